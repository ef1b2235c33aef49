"""An order's completeness on a real PostgreSQL server: the orders list's SQL (with
PostgreSQL's JSON functions for the checklist) says what the order window says."""

from __future__ import annotations

from reseller_app.domain.completeness import Completeness
from reseller_app.domain.vocabulary import CompletenessItem as Item
from reseller_app.services.completeness import view_completeness
from reseller_app.services.dto import OrderFilter
from reseller_app.services.orders import OrderService
from tests.services.test_completeness import _orders


def test_the_list_says_what_the_order_window_says(configured, tmp_path) -> None:
    ids = _orders(configured, tmp_path)
    orders = OrderService(configured)
    rows = orders.query(OrderFilter(), 0, 100)
    assert {r.reference for r in rows} == set(ids)
    for row in rows:
        expected = view_completeness(orders.get(row.id))
        assert Completeness.from_mask(row.completeness) == expected, row.reference  # type: ignore[arg-type]
    by_ref = {r.reference: Completeness.from_mask(r.completeness).missing_items  # type: ignore[arg-type]
              for r in rows}
    assert by_ref["C-FULL"] == () and by_ref["C-TAG-USE"] == (Item.INTENDED_USE, Item.CHECKLIST)
    assert Item.END_USER in by_ref["I-2"] and Item.END_USER not in by_ref["I-1"]
