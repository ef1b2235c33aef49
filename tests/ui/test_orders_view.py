"""The orders list: filters by tier and search text; pages lazily."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.orders_view import OrdersFilterBar, OrdersTableModel, OrdersView

from .conftest import Catalog, camera_order, laptop_order


def test_filter_by_tier_and_search_text(qtbot: QtBot, configured: Backend,
                                        catalog: Catalog) -> None:
    for i in range(3):
        configured.orders.save(camera_order(catalog, f"CAM-{i}"))
        configured.orders.save(laptop_order(catalog, f"LAP-{i}"))
    view = OrdersView(configured)
    qtbot.addWidget(view)
    view.show()
    view.load()
    assert sorted(view.references()) == ["CAM-0", "CAM-1", "CAM-2", "LAP-0", "LAP-1", "LAP-2"]
    assert view.count_label.text() == "6 orders"

    tier = view.filters.tier
    tier.setCurrentIndex(tier.findText("High"))
    assert sorted(view.references()) == ["CAM-0", "CAM-1", "CAM-2"]
    assert "match the filters" in view.count_label.text()

    tier.setCurrentIndex(0)
    qtbot.keyClicks(view.filters.search, "accounting")
    assert view.filters.search_pending()  # debounced, not re-queried on every key
    qtbot.waitUntil(lambda: sorted(view.references()) == ["LAP-0", "LAP-1", "LAP-2"])

    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "no such order anywhere")
    qtbot.waitUntil(lambda: view.references() == [])
    assert view.empty.isVisibleTo(view)


def test_model_pages_with_fetch_more(qtbot: QtBot, configured: Backend,
                                     catalog: Catalog) -> None:
    for i in range(7):
        configured.orders.save(laptop_order(catalog, f"P-{i}"))
    model = OrdersTableModel(configured)
    model.PAGE_SIZE = 3
    from reseller_app.services.dto import OrderFilter

    model.set_filter(OrderFilter())
    assert model.total == 7
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    assert not model.canFetchMore(QModelIndex())


def test_screen_again_for_selected_and_all_open_orders(qtbot: QtBot, configured: Backend,
                                                      catalog: Catalog) -> None:
    from PySide6.QtCore import QItemSelectionModel, Qt

    from reseller_app.ui.rescreen_dialog import RESULT_PAGE, RescreenDialog

    for i in range(3):
        configured.orders.save(laptop_order(catalog, f"LAP-{i}"))
    view = OrdersView(configured)
    qtbot.addWidget(view)
    view.show()
    view.load()
    assert not view.rescreen_button.isEnabled()  # nothing selected yet
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(view.model.index(0, 0), flags)
    selection.select(view.model.index(2, 0), flags)
    assert view.rescreen_button.isEnabled()
    assert len(view.selected_ids()) == 2

    qtbot.mouseClick(view.rescreen_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(RescreenDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.intro_title.text() == "Screen 2 selected orders again"
    with qtbot.waitSignal(view.rescreened, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == RESULT_PAGE
    assert dialog.report is not None and dialog.report.screened == 2
    # Saved with the pack in use and a complete catalog: nothing to change.
    assert dialog.result_text.text() == "2 orders screened again. No screening result changed."
    assert not dialog.changes_view.isVisibleTo(dialog)
    dialog.close()

    all_open = view.screen_again(None)
    assert all_open.intro_title.text() == "Screen all open orders again"
    with qtbot.waitSignal(all_open.rescreened, timeout=20000):
        qtbot.mouseClick(all_open.start_button, Qt.MouseButton.LeftButton)
    assert all_open.report is not None and all_open.report.screened == 3
    all_open.close()


def test_filter_combos_are_compact_but_their_lists_show_whole_items(qtbot: QtBot,
                                                                   app: QApplication) -> None:
    bar = OrdersFilterBar()
    qtbot.addWidget(bar)
    bar.show()
    status = bar.status
    longest = status.findText("Needs attention (on hold, blocked, escalated)")
    assert longest > 0
    text_width = status.fontMetrics().horizontalAdvance(status.itemText(longest))
    assert status.minimumSizeHint().width() < text_width
    QApplication.processEvents()
    assert status.view().minimumWidth() >= text_width
    bar.country.showPopup()  # fills the country list on first use
    QApplication.processEvents()
    widest = max(bar.country.fontMetrics().horizontalAdvance(bar.country.itemText(i))
                 for i in range(bar.country.count()))
    assert bar.country.view().minimumWidth() >= widest
    bar.country.hidePopup()
