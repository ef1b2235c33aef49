"""A new list version imported in the lists window (a file, or Update lists) has the main
window check every customer and open order again in the background; a file imported again
changes nothing and checks nothing (real widgets, real SQLite, a local web server)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer
from reseller_app.services.settings import SettingsService
from reseller_app.ui.backend import Backend
from reseller_app.ui.party_rescreen_dialog import PartyRescreenDialog
from tests.list_server import DATA, local_addresses, serve

from .test_overview import started

OFAC = DATA / "ofac" / "sdn.csv"
LISTED = "Banco Nacional de Cuba"
WAIT = 30_000


def _rechecks(window) -> list[PartyRescreenDialog]:
    return window.findChildren(PartyRescreenDialog)


def test_a_list_imported_in_the_lists_window_checks_everything_again(qtbot: QtBot,
                                                                     configured: Backend) -> None:
    configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    window = started(qtbot, configured)
    lists = window.open_lists()
    lists.import_file(OFAC)
    qtbot.waitUntil(lambda: bool(_rechecks(window)), timeout=WAIT)
    [dialog] = _rechecks(window)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.result_text.text().endswith("1 new match.")
    qtbot.waitUntil(lambda: window.overview.counts().get("confirmed_matches") == "1",
                    timeout=WAIT)
    dialog.close()

    lists.import_file(OFAC)  # the same file again: no new version, nothing to check again
    qtbot.waitUntil(lambda: not lists.running(), timeout=WAIT)
    assert "was imported already" in lists.result.text()
    assert not any(d.running() for d in _rechecks(window))
    lists.close()


def test_update_lists_checks_everything_again(qtbot: QtBot, configured: Backend) -> None:
    configured.catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    window = started(qtbot, configured)
    lists = window.open_lists()
    with serve(DATA) as server:
        SettingsService(configured.ctx).save_lists_settings(local_addresses(server), 30)
        lists.update_lists()
        qtbot.waitUntil(lambda: not lists.running(), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(_rechecks(window)), timeout=WAIT)
    dialog = _rechecks(window)[-1]
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.running(), timeout=WAIT)
    assert "1 new match" in dialog.result_text.text()
    lists.close()
