"""Save PNGs of the main screens, to look at the app as a user would.

    python -m reseller_app.ui.screenshots OUTDIR [--db URL] [--language es]

Without ``--db`` the demo database is used. A database without a company profile gets a sample
profile and the demo data first. Works under Xvfb or with ``QT_QPA_PLATFORM=offscreen``.

The windows save their size and column layouts when they close: here into settings of their own
in a temporary folder (``separate_settings``), never into the user's.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reseller_app.domain.vocabulary import OrderStatus
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.demo import load_demo_data
from reseller_app.services.desk import DeskService
from reseller_app.services.distributor_keys import ROLE_RESELLER, PinnedKeyService
from reseller_app.services.dto import (
    CompanyProfile,
    CompanySalesModel,
    CompanySize,
    Customer,
    Distributor,
    LineDraft,
    OrderDraft,
    OrderFilter,
)
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.party_rescreen import rescreen_parties
from reseller_app.services.sanctions_lists import all_versions, import_list
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.ui import language
from reseller_app.ui.app import application
from reseller_app.ui.audit_dialog import AuditDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.data_sources_dialog import DataSourcesDialog
from reseller_app.ui.import_dialog import ImportDialog
from reseller_app.ui.main_window import (
    CUSTOMERS_PAGE,
    FOLLOW_UPS_PAGE,
    ORDERS_PAGE,
    OUTBOX_PAGE,
    OVERVIEW_PAGE,
    PRODUCTS_PAGE,
    MainWindow,
)
from reseller_app.ui.people_window import PeopleWindow
from reseller_app.ui.settings_dialog import SettingsDialog
from reseller_app.ui.setup_wizard import SetupWizard

SIZE = (1280, 800)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _shoot(app: QApplication, widget: QWidget, path: Path, size: tuple[int, int] | None = SIZE
           ) -> Path:
    if size is not None:
        widget.resize(*size)
    widget.show()
    _settle(app)
    widget.grab().save(str(path))
    print(path)
    return path


def _ensure_demo(ctx: object) -> None:
    setup = SetupService(ctx)  # type: ignore[arg-type]
    if setup.is_configured():
        return
    setup.save_profile(CompanyProfile(
        name="Nordlicht IT GmbH", country="DE", size=CompanySize.SMALL,
        sales_model=CompanySalesModel.BOTH, approver_name="Anna Weber",
        approver_title="Managing Director", approver_email="anna.weber@example.com",
        distributors=[Distributor("TechDistri Europe", "compliance@techdistri.example",
                                  "Compliance desk")],
    ))
    load_demo_data(ctx)  # type: ignore[arg-type]


Visit = Callable[[str, QWidget, "tuple[int, int] | None"], None]


def walk(backend: object, app: QApplication, visit: Visit) -> None:
    """Show every main screen and dialog in turn and hand each to ``visit(name, widget, size)``
    (the screenshots save it; the accessibility test checks its controls)."""
    window = MainWindow(backend)  # type: ignore[arg-type]
    window.resize(*SIZE)
    window.show()
    window.load_initial()
    _settle(app)
    visit("00-overview", window, SIZE)
    window.nav.setCurrentRow(ORDERS_PAGE)
    visit("01-orders", window, SIZE)
    window.orders.filters.tier.setCurrentIndex(1)  # high or prohibited
    visit("02-orders-high", window, SIZE)
    window.orders.filters.clear()
    for page, name in ((CUSTOMERS_PAGE, "03-customers"), (PRODUCTS_PAGE, "04-products"),
                       (OUTBOX_PAGE, "04b-outbox"), (FOLLOW_UPS_PAGE, "04c-follow-ups")):
        window.nav.setCurrentRow(page)
        visit(name, window, SIZE)
    window.nav.setCurrentRow(OVERVIEW_PAGE)

    new = window.new_order()
    visit("05-new-order", new, SIZE)
    new.editor._dirty = False
    new.close()

    def first(statuses: list[str]) -> int | None:
        rows = backend.orders.query(OrderFilter(statuses=statuses), 0, 1)  # type: ignore[attr-defined]
        return rows[0].id if rows else None

    held = first([OrderStatus.HELD])
    if held is not None:
        order = window.open_order(held)
        visit("06-held-order", order, SIZE)
        for index, name in ((1, "07-checklist"), (2, "08-decision"), (3, "09-history"),
                            (4, "09b-escalation")):
            order.tabs.setCurrentIndex(index)
            visit(name, order, SIZE)
        order.close()
    partial = _partly_complete(backend)
    if partial is not None:  # the completeness indicator with something missing
        order = window.open_order(partial)
        visit("06b-order-information", order, SIZE)
        order.close()
    blocked = first([OrderStatus.BLOCKED])
    if blocked is not None:
        order = window.open_order(blocked)
        visit("10-blocked-order", order, SIZE)
        order.tabs.setCurrentIndex(2)
        visit("11-blocked-decision", order, SIZE)
        order.close()

    for name, build in _dialogs(backend, app, window):
        dialog = build()
        visit(name, dialog, None)
        dialog.close()
    matched = _match_sample(backend)  # the lists of "20-sanctions-lists" in use
    if matched is not None:
        order = window.open_order(matched)
        visit("21-sanctions-match", order, SIZE)
        order.close()
    window.close()


def _dialogs(backend: object, app: QApplication, window: QWidget
             ) -> list[tuple[str, Callable[[], QWidget]]]:
    """The dialogs ``walk`` shows after the main screens, each by its name and how to make
    it (made only when its turn comes)."""

    def wizard() -> QWidget:
        return SetupWizard(backend)  # type: ignore[arg-type]

    def import_dialog() -> QWidget:
        return ImportDialog(backend)  # type: ignore[arg-type]

    def sources() -> QWidget:
        return DataSourcesDialog(backend)  # type: ignore[arg-type]

    def audit() -> QWidget:
        dialog = AuditDialog(backend)  # type: ignore[arg-type]
        dialog.start()
        # Wait for the check in the pool, then deliver its result (no busy loop of events).
        QThreadPool.globalInstance().waitForDone()
        while dialog.running():
            app.processEvents()
        return dialog

    def settings() -> QWidget:
        return SettingsDialog(backend, window)  # type: ignore[arg-type]

    def reminders() -> QWidget:
        return _settings_at_reminders(backend, app, window)

    def report() -> QWidget:
        return window.open_report()  # type: ignore[attr-defined]

    def report_preview() -> QWidget:
        return _report_preview(app, window)

    def policy() -> QWidget:
        return window.open_policy()  # type: ignore[attr-defined]

    def people() -> QWidget:
        return PeopleWindow(backend, window)  # type: ignore[arg-type]

    def lists() -> QWidget:
        if getattr(backend, "ctx", None) is not None and backend.ctx.demo:  # type: ignore[attr-defined]
            _lists_sample(backend)
        return window.open_lists()  # type: ignore[attr-defined]

    def desk() -> QWidget:
        desk_window = window.open_desk()  # type: ignore[attr-defined]
        if getattr(backend, "ctx", None) is not None and backend.ctx.demo:  # type: ignore[attr-defined]
            # Without a keyring nothing is signed: the desk is shown empty.
            with contextlib.suppress(ServiceError):
                _desk_sample(backend, app, desk_window)
        QThreadPool.globalInstance().waitForDone()  # the chosen packet's PDF
        _settle(app, 20)
        return desk_window

    return [
        ("12-setup-wizard", wizard), ("13-import", import_dialog),
        ("14-data-sources", sources), ("15-audit", audit), ("16-settings", settings),
        ("16b-settings-reminders", reminders),
        ("17-policy", policy), ("18-people", people), ("19-distributor-desk", desk),
        ("20-sanctions-lists", lists), ("22-report", report),
        ("23-report-preview", report_preview)]


def _settings_at_reminders(backend: object, app: QApplication, window: QWidget) -> QWidget:
    """The Settings dialog scrolled down to the reminders, digest and tray boxes."""
    dialog = SettingsDialog(backend, window)  # type: ignore[arg-type]
    dialog.show()
    _settle(app)
    dialog.scroll.ensureWidgetVisible(dialog.tray_box)
    dialog.scroll.ensureWidgetVisible(dialog.reminders_box)
    return dialog


def _report_preview(app: QApplication, window: QWidget) -> QWidget:
    """The due diligence report dialog with the last quarter's report built and previewed."""
    dialog = window.open_report()  # type: ignore[attr-defined]
    _settle(app)
    # The screens closed before are collected here, on the GUI thread: a collection in the
    # worker that builds the report would delete Qt objects there (and crash).
    gc.collect()
    gc.disable()
    try:
        dialog.build()
        QThreadPool.globalInstance().waitForDone()
        while dialog.busy():
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(50)
    finally:
        gc.enable()
    _settle(app, 20)
    return dialog


def _desk_sample(backend: object, app: QApplication, window: QWidget) -> None:
    """The demo's desk with a packet in it: a held order's packet, signed with the company
    key, received as if from a reseller whose key is pinned (only on the demo database)."""
    ctx = backend.ctx  # type: ignore[attr-defined]
    if DeskService(ctx).packets():
        return
    held = backend.orders.query(  # type: ignore[attr-defined]
        OrderFilter(statuses=[OrderStatus.HELD]), 0, 1)
    if not held:
        return
    escalation = EscalationService(ctx)
    packet = escalation.build(held[0].id, recommendation="approve_with_conditions",
                              recommendation_text="The stated use is plausible; we propose "
                                                  "limits.",
                              conditions="No face matching.")
    with tempfile.TemporaryDirectory() as folder:
        key = CompanyKeyService(ctx).export(Path(folder))
        with contextlib.suppress(ValidationError):  # pinned by an earlier run
            PinnedKeyService(ctx).pin(ROLE_RESELLER, "", key)
        path = escalation.save_zip(packet.id, Path(folder))
        window.open_packet(path)  # type: ignore[attr-defined]
        QThreadPool.globalInstance().waitForDone()
        while window.busy():  # type: ignore[attr-defined]
            app.processEvents()


# The small excerpts of the lists the tests use (OFAC's data is US public domain), in a checkout
# of the repository; the app itself ships no list.
SAMPLE_LISTS = Path(__file__).resolve().parents[2] / "tests" / "data" / "sanctions"


def _lists_sample(backend: object) -> None:
    """The demo's lists window with versions in it: the tests' excerpts of OFAC's and the
    UN's lists, imported once (only on the demo database, only in a checkout)."""
    ctx = backend.ctx  # type: ignore[attr-defined]
    if all_versions(ctx) or not SAMPLE_LISTS.is_dir():
        return
    for path in (SAMPLE_LISTS / "ofac" / "sdn.csv", SAMPLE_LISTS / "un-consolidated-excerpt.xml",
                 SAMPLE_LISTS / "uk-sanctions-list-sample.csv"):
        with contextlib.suppress(ServiceError):
            import_list(ctx, path)
    rescreen_parties(ctx)  # as the lists window has the main window do after an import


def _partly_complete(backend: object) -> int | None:
    """An order whose information is only partly there (the fewest items among the first
    orders), to show the completeness indicator with what is missing."""
    rows = backend.orders.query(OrderFilter(), 0, 50)  # type: ignore[attr-defined]
    known = [r for r in rows if r.completeness is not None
             and r.reference != MATCH_SAMPLE]
    if not known:
        return None
    return int(min(known, key=lambda r: bin(r.completeness).count("1")).id)


MATCH_SAMPLE = "DEMO-SANCTIONS"  # the demo's order for a listed customer (screenshots only)


def _match_sample(backend: object) -> int | None:
    """The demo's order for a customer on the OFAC list, blocked by the match (made once, only
    on the demo database once the sample lists are in it); None otherwise."""
    ctx = getattr(backend, "ctx", None)
    if ctx is None or not ctx.demo or not all_versions(ctx):
        return None
    orders, catalog = backend.orders, backend.catalog  # type: ignore[attr-defined]
    existing = orders.get_by_reference(MATCH_SAMPLE)
    if existing is not None:
        return int(existing.id)
    bank = next((c for c in catalog.customers("BANCO NACIONAL DE CUBA")
                 if c.name == "BANCO NACIONAL DE CUBA"), None) or catalog.save_customer(
        Customer("BANCO NACIONAL DE CUBA", "PA", "private", sector="finance"))
    products = catalog.products()
    if not products:
        return None
    p = products[0]
    view = orders.save(OrderDraft(
        reference=MATCH_SAMPLE, date=ctx.clock().date(), sales_model="assisted",
        customer_id=bank.id, end_user_id=None, destination_country="PA",
        intended_use="Laptops for the branch office", use_cases=[],
        lines=[LineDraft(p.sku, p.name, p.category, 5, None, p.id)]))
    return int(view.id)


@contextlib.contextmanager
def separate_settings() -> Iterator[Path]:
    """QSettings in a temporary folder while the screens are shown, deleted afterwards: the
    windows' geometry and column layouts never reach the user's own settings.

    The INI format everywhere (on Windows the default would be the registry, which ignores
    the folder). Back to the previous format afterwards; the folder is gone by then, so a
    later QSettings in this process does not touch the user's either.
    """
    previous = QSettings.defaultFormat()
    with tempfile.TemporaryDirectory(prefix="channel-diligence-screenshots-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        try:
            yield Path(folder)
        finally:
            QSettings.setDefaultFormat(previous)


def take(outdir: Path, db_url: str | None, lang: str | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    app = application()
    if lang is None:  # the user's language, read before the settings are swapped
        lang = language.preference()
    ctx = open_app(db_url, demo=db_url is None)
    try:
        with separate_settings():
            ctx.language = language.install(app, lang)
            _ensure_demo(ctx)
            shots: list[Path] = []
            walk(Backend(ctx), app,
                 lambda name, widget, size: shots.append(
                     _shoot(app, widget, outdir / f"{name}.png", size)))
    finally:
        ctx.engine.dispose()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", default=None, help="database URL (default: the demo database)")
    parser.add_argument("--language", default=None,
                        help="es, fr, pt, de or en (default: the settings', else the system's)")
    args = parser.parse_args(argv)
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QTimer.singleShot(0, lambda: None)
    take(args.outdir, args.db, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
