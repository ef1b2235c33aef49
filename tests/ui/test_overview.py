"""The overview (home) page, in-app help (F1), Find (Ctrl+F), the About box and the menus'
mnemonics, on the demo data."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import OrderFilter, OverviewSummary
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import (
    FOLLOW_UPS_PAGE,
    ORDERS_PAGE,
    OVERVIEW_PAGE,
    PAGE_HELP,
    MainWindow,
)
from reseller_app.ui.screen_help import help_texts

WAIT = 10_000
SCREENSHOTS = os.environ.get("OVERVIEW_SCREENSHOTS")  # a folder: save PNGs there to look at


@pytest.fixture
def demo(backend: Backend) -> Backend:
    backend.load_demo_data()
    backend.reload_profile()
    return backend


def started(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.load_initial()
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def test_overview_is_first_and_its_counts_match_the_orders(qtbot: QtBot, demo: Backend,
                                                           tmp_path: Path) -> None:
    window = started(qtbot, demo)
    assert window.nav.currentRow() == OVERVIEW_PAGE
    assert window.pages.currentWidget() is window.overview
    assert window.nav.item(OVERVIEW_PAGE).text() == "Overview"

    orders = demo.orders
    held = orders.count(OrderFilter(statuses=["held"]))
    blocked = orders.count(OrderFilter(statuses=["blocked"]))
    counts = window.overview.counts()
    assert counts["held"] == str(held) and held > 0
    assert counts["blocked"] == str(blocked) and blocked > 0
    assert counts["escalated"] == "1"
    assert counts["follow_ups"] == "2"  # the demo's follow-ups after conditional sales
    assert {"answers", "outbox"}.isdisjoint(counts)  # nothing there: not shown
    assert window.overview.held.text.text() == "orders are on hold, waiting for your decision."
    assert window.overview.held.text.accessibleName().startswith(f"{held} orders are on hold")
    assert "policy is adopted" in window.overview.policy.text.text()  # the demo's is
    assert window.overview.held.button.accessibleName() == "Show orders on hold"
    _save(window.overview, "overview.png", tmp_path)

    # "Show orders on hold": the orders list, filtered to held orders only.
    qtbot.mouseClick(window.overview.held.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.orders
    assert window.nav.currentRow() == ORDERS_PAGE
    view = window.orders
    qtbot.waitUntil(lambda: view.model.loaded() == held, timeout=WAIT)
    assert view.filters.current_filter() == OrderFilter(statuses=["held"])
    assert {view.model.row_object(i).status for i in range(view.model.loaded())} == {"held"}
    assert view.count_label.text() == f"{held} orders match the filters"

    # Back on the overview it counts again (a decision may have been made meanwhile).
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.nav.setCurrentRow(OVERVIEW_PAGE)


def test_the_chart_has_twelve_months_with_bars(qtbot: QtBot, demo: Backend,
                                               tmp_path: Path) -> None:
    window = started(qtbot, demo)
    chart = window.overview.chart
    assert len(chart.months) == 12
    assert sum(m.total for m in chart.months) == demo.orders.count(OrderFilter()) == 34
    assert [m.month.month for m in chart.months][-1] == 11  # this month (the tests' clock)
    assert sum(1 for m in chart.months if m.total) >= 3
    # The same in words for screen readers, month by month.
    description = chart.accessibleDescription()
    assert chart.accessibleName() == "Orders by risk tier, last 12 months"
    assert re.search(r"November 2026: \d+ orders? \(", description)
    assert "December 2025: no orders" in description
    # The bars are drawn in the tier colours: the high-risk red is on the picture.
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2)}
    assert {"#2e7d32", "#c62828"} <= colours
    _save(chart, "overview-chart.png", tmp_path)


def test_f1_shows_help_for_the_screen_in_view(qtbot: QtBot, demo: Backend) -> None:
    window = started(qtbot, demo)
    activate(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.key == "overview" and dialog.title.text() == "Overview"
    assert "what needs you today" in dialog.plain_text()
    assert dialog.basis.text().startswith("Based on: BSR (2022)")

    window.nav.setCurrentRow(FOLLOW_UPS_PAGE)
    activate(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert dialog.key == "follow_ups" and "after the sale" in dialog.plain_text()

    # An order's window: the help follows its tab (checklist, decision...).
    order = window.open_order(demo.orders.get_by_reference("DEMO-0019").id)
    qtbot.addWidget(order)
    order.tabs.setCurrentIndex(2)
    activate(qtbot, order)
    qtbot.keyClick(order.tabs, Qt.Key.Key_F1)
    assert dialog.key == "decision" and "senior approver" in dialog.plain_text()


def test_every_screen_has_help_text() -> None:
    texts = help_texts("en")
    wanted = {*PAGE_HELP, "order", "checklist", "decision", "history", "escalation", "policy"}
    assert wanted <= set(texts)
    for key, screen in texts.items():
        assert screen.title and screen.paragraphs and "BSR (2022)" in screen.basis, key
    assert help_texts("xx") == texts  # an unknown language falls back to English


def test_ctrl_f_focuses_the_orders_search(qtbot: QtBot, demo: Backend) -> None:
    window = started(qtbot, demo)
    activate(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.orders
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.orders.filters.search,
                    timeout=WAIT)


def test_about_names_version_licence_and_data(qtbot: QtBot, demo: Backend) -> None:
    window = started(qtbot, demo)
    text = window.about_text()
    assert "Channel Diligence 0." in text and "Apache License 2.0" in text
    assert "Worldwide Governance Indicators" in text and "CC BY 4.0" in text
    assert "DejaVu" in text and "Bitstream" in text


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else None


def test_menus_and_overview_buttons_have_no_clashing_mnemonics(qtbot: QtBot,
                                                               demo: Backend) -> None:
    window = started(qtbot, demo)
    bar = [a.text() for a in window.menuBar().actions()]
    letters = [_mnemonic(t) for t in bar]
    assert len(letters) == len(set(letters)), bar
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in map(_mnemonic, items) if k]
        assert len(keys) == len(set(keys)), items
    # The overview's buttons share the window with the menu bar's Alt+letters.
    buttons = [b.text() for b in window.overview.findChildren(QPushButton)]
    keys = [k for k in map(_mnemonic, buttons) if k]
    assert len(keys) == len(set(keys)) and not set(keys) & set(letters), buttons
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+P", "Ctrl+Q"} <= {
        a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()}


def _save(widget: object, name: str, tmp_path: Path) -> None:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / name))  # type: ignore[attr-defined]


def test_summary_reaches_the_page_as_a_dto(qtbot: QtBot, demo: Backend) -> None:
    window = started(qtbot, demo)
    summary = window.overview.summary
    assert isinstance(summary, OverviewSummary)
    assert summary.held == int(window.overview.counts()["held"])


def test_overview_of_a_new_database_says_nothing_waits(qtbot: QtBot,
                                                      configured: Backend) -> None:
    window = started(qtbot, configured)
    overview = window.overview
    assert overview.all_clear.isVisibleTo(overview)
    assert "need you now" in overview.all_clear.text()
    assert overview.counts() == {}


def test_the_overview_warns_of_missing_and_old_lists_and_opens_them(qtbot: QtBot,
                                                                   demo: Backend) -> None:
    from reseller_app.services.sanctions_lists import import_list
    from reseller_app.services.settings import SettingsService
    from reseller_app.ui.lists_window import ListsWindow
    from tests.list_server import DATA

    window = started(qtbot, demo)
    lists = window.overview.lists
    assert not lists.text.isHidden() and lists.text.text().startswith(
        "No sanctions list imported: customers are not checked against sanctions lists.")
    assert not window.overview.all_clear.text().startswith("Nothing needs")
    window.finish_pages()
    qtbot.mouseClick(lists.button, Qt.MouseButton.LeftButton)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, ListsWindow)]
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()

    import_list(demo.ctx, DATA / "un-consolidated-excerpt.xml")  # published 2026-02-27
    SettingsService(demo.ctx).save_lists_settings(None, 60)
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.overview.reload()
    assert lists.text.text().startswith("UN Security Council is 251 days old (published ")
    assert "older than 60 days misses the parties listed since" in lists.text.text()

    SettingsService(demo.ctx).save_lists_settings(None, 365)
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.overview.reload()
    assert lists.text.isHidden() and lists.button.isHidden()
