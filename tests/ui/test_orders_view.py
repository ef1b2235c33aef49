"""The orders list: filters by tier and search text; pages lazily."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.orders_view import OrdersTableModel, OrdersView

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
