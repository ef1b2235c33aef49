"""The parties' sanctions checks in the window: the customers' column, checking everything again
in the background after a new list (progress, Cancel, what changed, each row opening its
screen), and the overview's lines for the matches to review."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.domain.sanctions.matching import Verdict
from reseller_app.services import party_rescreen
from reseller_app.services.dto import Customer
from reseller_app.services.sanctions_lists import import_list
from reseller_app.ui.backend import Backend
from reseller_app.ui.customers_view import CustomersView
from reseller_app.ui.main_window import OVERVIEW_PAGE
from reseller_app.ui.party_rescreen_dialog import (
    RESULT_PAGE,
    FlaggedPartiesDialog,
    PartyRescreenDialog,
)

from .test_overview import started

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
OFAC = DATA / "ofac" / "sdn.csv"
LISTED = "Banco Nacional de Cuba"
WAIT = 20_000


def _without_the_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "ofac-later"
    folder.mkdir()
    for name in ("alt.csv", "add.csv", "sdn_comments.csv"):
        shutil.copy(OFAC.with_name(name), folder / name)
    lines = OFAC.read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "sdn.csv").write_text("".join(x for x in lines if not x.startswith("306,")),
                                    encoding="utf-8")
    return folder / "sdn.csv"


def test_the_customers_list_shows_each_customers_check(qtbot: QtBot, configured: Backend
                                                        ) -> None:
    unchecked = configured.catalog.save_customer(Customer("Nordlicht IT", "DE", "private"))
    import_list(configured.ctx, OFAC)
    configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    configured.catalog.save_customer(Customer("Müller Steuerberatung", "DE", "private"))
    view = CustomersView(configured)
    qtbot.addWidget(view)
    view.reload()
    texts = {view.model.row_object(r).name: (
        view.model.index(r, 4).data(), view.model.index(r, 4).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(view.model.rowCount())}
    assert texts[LISTED][0] == "match" and "306" in texts[LISTED][1]
    assert texts["Müller Steuerberatung"][0] == "clear"
    assert "No listed name resembles" in texts["Müller Steuerberatung"][1]
    assert texts[unchecked.name][0] == "not checked"
    assert "Not checked" in texts[unchecked.name][1]


def test_a_new_list_is_checked_again_in_the_background_and_says_what_changed(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    bank = configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    import_list(configured.ctx, OFAC)
    dialog = PartyRescreenDialog(configured, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rescreened, timeout=WAIT):
        dialog.start()
    assert dialog.pages.currentIndex() == RESULT_PAGE
    assert dialog.result_text.text().endswith("1 new match.")
    assert dialog.changes_model.rowCount() == 1
    change = dialog.changes_model.row_object(0)
    assert dialog.change_text(change) == "new match"
    assert dialog.changes_model.index(0, 1).data() == f"Customer {LISTED}"
    with qtbot.waitSignal(dialog.openCustomer, timeout=WAIT) as opened:
        dialog.changes_view.doubleClicked.emit(dialog.changes_model.index(0, 0))
    assert opened.args == [bank.id]
    assert dialog.close_button.text() == "Close"


def test_cancel_keeps_the_earlier_checks(qtbot: QtBot, configured: Backend, tmp_path: Path,
                                         monkeypatch) -> None:
    monkeypatch.setattr(party_rescreen, "CHUNK", 5)  # a look at Cancel every 5 customers
    import_list(configured.ctx, OFAC)
    bank = configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    for i in range(20):
        configured.catalog.save_customer(Customer(f"Kunde {i:04d} GmbH", "DE", "private"))
    import_list(configured.ctx, _without_the_bank(tmp_path))
    # The work waits after its first piece until Cancel is clicked, so Cancel lands mid-way.
    gate = threading.Event()
    real = configured.parties.rescreen

    def held(progress, cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done:
                gate.wait(WAIT / 1000)
        return real(report, cancelled)

    configured.parties.rescreen = held  # type: ignore[method-assign]
    dialog = PartyRescreenDialog(configured, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.running() and dialog.close_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=WAIT)
    assert dialog.progress_label.text() == "5 of 21 customers and orders"
    with qtbot.waitSignal(dialog.rescreened, timeout=WAIT):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # Cancel
        gate.set()
    assert dialog.report.cancelled
    assert "earlier checks" in dialog.result_text.text()
    checks = configured.parties.customer_checks([bank.id])
    assert checks[bank.id].verdict == Verdict.MATCH  # the earlier list's result, kept


def test_the_overview_counts_the_matches_and_opens_them(qtbot: QtBot, configured: Backend
                                                         ) -> None:
    import_list(configured.ctx, OFAC)
    bank = configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    configured.catalog.save_customer(Customer(LISTED, "DE", "unknown"))  # possible
    window = started(qtbot, configured)
    assert window.pages.currentIndex() == OVERVIEW_PAGE
    counts = window.overview.counts()
    assert counts["possible_matches"] == "1" and counts["confirmed_matches"] == "1"
    assert "possible sanctions match to review" in window.overview.possible_matches.text.text()
    opened: list[FlaggedPartiesDialog] = []
    window.show_sanction_matches = lambda: opened.append(  # type: ignore[method-assign]
        FlaggedPartiesDialog(configured, window))
    qtbot.mouseClick(window.overview.confirmed_matches.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    dialog = opened[0]
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 0).data() == "match"
    assert "306" in dialog.model.index(0, 2).data()
    with qtbot.waitSignal(dialog.openCustomer, timeout=WAIT) as signal:
        dialog.view.activated.emit(dialog.model.index(0, 1))
    assert signal.args == [bank.id]


def test_the_window_checks_again_in_the_background_and_counts_anew(qtbot: QtBot,
                                                                    configured: Backend) -> None:
    configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    window = started(qtbot, configured)
    assert "confirmed_matches" not in window.overview.counts()
    import_list(configured.ctx, OFAC)  # as the lists window does, then it calls:
    dialog = window.rescreen_parties()
    assert dialog.isVisible() and not dialog.isModal()
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert window.overview.counts()["confirmed_matches"] == "1"
    assert dialog.result_text.text().endswith("1 new match.")
