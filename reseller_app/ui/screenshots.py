"""Save PNGs of the main screens, to look at the app as a user would.

    python -m reseller_app.ui.screenshots OUTDIR [--db URL]

Without ``--db`` the demo database is used. A database without a company profile gets a sample
profile and the demo data first. Works under Xvfb or with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

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
    from reseller_app.services.dto import (
        CompanyProfile,
        CompanySalesModel,
        CompanySize,
        Distributor,
    )
    from reseller_app.services.setup import SetupService

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
    setup.load_demo_data()


def take(outdir: Path, db_url: str | None) -> list[Path]:
    from reseller_app.services.context import open_app
    from reseller_app.services.dto import OrderFilter
    from reseller_app.ui.app import application
    from reseller_app.ui.backend import Backend
    from reseller_app.ui.main_window import MainWindow

    outdir.mkdir(parents=True, exist_ok=True)
    app = application()
    ctx = open_app(db_url, demo=db_url is None)
    _ensure_demo(ctx)
    backend = Backend(ctx)
    shots: list[Path] = []
    window = MainWindow(backend)
    window.resize(*SIZE)
    window.show()
    window.load_initial()
    shots.append(_shoot(app, window, outdir / "01-orders.png"))
    window.orders.filters.tier.setCurrentIndex(1)  # high or prohibited
    shots.append(_shoot(app, window, outdir / "02-orders-high.png"))
    window.orders.filters.clear()
    window.nav.setCurrentRow(1)
    shots.append(_shoot(app, window, outdir / "03-customers.png"))
    window.nav.setCurrentRow(2)
    shots.append(_shoot(app, window, outdir / "04-products.png"))
    window.nav.setCurrentRow(0)

    new = window.new_order()
    shots.append(_shoot(app, new, outdir / "05-new-order.png"))
    new.editor._dirty = False
    new.close()

    def first(statuses: list[str]) -> int | None:
        rows = backend.orders.query(OrderFilter(statuses=statuses), 0, 1)
        return rows[0].id if rows else None

    held = first(["held"])
    if held is not None:
        order = window.open_order(held)
        shots.append(_shoot(app, order, outdir / "06-held-order.png"))
        for index, name in ((1, "07-checklist"), (2, "08-decision"), (3, "09-history")):
            order.tabs.setCurrentIndex(index)
            shots.append(_shoot(app, order, outdir / f"{name}.png"))
        order.close()
    blocked = first(["blocked"])
    if blocked is not None:
        order = window.open_order(blocked)
        shots.append(_shoot(app, order, outdir / "10-blocked-order.png"))
        order.tabs.setCurrentIndex(2)
        shots.append(_shoot(app, order, outdir / "11-blocked-decision.png"))
        order.close()

    dialogs: list[tuple[str, Callable[[], QWidget]]] = []

    def wizard() -> QWidget:
        from reseller_app.ui.setup_wizard import SetupWizard

        return SetupWizard(backend)

    def import_dialog() -> QWidget:
        from reseller_app.ui.import_dialog import ImportDialog

        return ImportDialog(backend)

    def sources() -> QWidget:
        from reseller_app.ui.data_sources_dialog import DataSourcesDialog

        return DataSourcesDialog(backend)

    def audit() -> QWidget:
        from reseller_app.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(backend)
        dialog.start()
        while dialog.running():
            app.processEvents()
        return dialog

    dialogs += [("12-setup-wizard", wizard), ("13-import", import_dialog),
                ("14-data-sources", sources), ("15-audit", audit)]
    for name, build in dialogs:
        dialog = build()
        shots.append(_shoot(app, dialog, outdir / f"{name}.png", size=None))
        dialog.close()
    window.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--db", default=None, help="database URL (default: the demo database)")
    args = parser.parse_args(argv)
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QTimer.singleShot(0, lambda: None)
    take(args.outdir, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
