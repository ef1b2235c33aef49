"""An order's completeness: the order window's measure of a saved order (``view_completeness``)
and the orders list's (SQL, through the ORM and through the first screen's quick reads) agree
order by order, over orders missing each item in turn."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from reseller_app.domain.completeness import FULL_MASK, Completeness
from reseller_app.domain.vocabulary import CompletenessItem as Item
from reseller_app.services.catalog import CatalogService
from reseller_app.services.completeness import view_completeness
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import ChecklistAnswer, Customer, LineDraft, OrderDraft, OrderFilter
from reseller_app.services.first_screen import FirstScreen
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.store import db

from .test_imports import write

DAY = dt.date(2026, 11, 2)


def _draft(ref: str, customer: int | None, **change) -> OrderDraft:
    values = {"reference": ref, "date": DAY, "sales_model": "assisted",
              "customer_id": customer, "end_user_id": None, "destination_country": "DE",
              "intended_use": "Cameras for the loading bay of our warehouse",
              "use_cases": ["access_control"],
              "lines": [LineDraft("CAM-X", "Dome camera", "video_surveillance", 2,
                                  Decimal("300"))]}
    return OrderDraft(**{**values, **change})


def _orders(ctx, tmp_path) -> dict[str, int]:
    catalog = CatalogService(ctx)
    acme = catalog.save_customer(Customer("Acme Logistik GmbH", "DE", "private"))
    nowhere = catalog.save_customer(Customer("Somebody Ltd", None, "private"))
    user = catalog.save_customer(Customer("Lager Nord GmbH", "DE", "private"))
    orders = OrderService(ctx)
    drafts = [
        _draft("C-FULL", acme.id),
        _draft("C-NO-CUSTOMER", None),
        _draft("C-NO-COUNTRY", nowhere.id, destination_country=None),
        _draft("C-END-USER", acme.id, end_user_id=user.id),
        _draft("C-NO-USE", acme.id, intended_use=""),
        _draft("C-TAG-USE", acme.id, intended_use="access_control; workplace_monitoring"),
        _draft("C-NO-TAGS", acme.id, use_cases=[]),
    ]
    ids = {d.reference: orders.save(d).id for d in drafts}
    # The checklist: all asked answered, one "not sure yet", none.
    for ref, answer in (("C-FULL", "yes"), ("C-NO-TAGS", "unknown")):
        view = orders.get(ids[ref])
        orders.save_checklist(view.id, [ChecklistAnswer(q, answer)
                                        for q in view.screening.checklist])
    # Imported: one with an end user named, one without (a blank end user states nothing).
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", [
        ["I-1", "2026-11-02", "Acme Logistik GmbH", "DE", "Lager Nord GmbH", "DE",
         "Office laptops", "LT-1", "general_it", "3", "900"],
        ["I-2", "2026-11-02", "Acme Logistik GmbH", "DE", "", "", "Office laptops", "LT-1",
         "general_it", "3", "900"],
    ], header=["Order No", "Date", "Company", "Country", "End user", "End user country",
               "Purpose", "SKU", "Category", "Qty", "Price"])
    mapping = service.suggest_mapping(service.read_headers(path))
    mapping["end_user_name"], mapping["end_user_country"] = "End user", "End user country"
    assert service.import_csv(path, mapping).imported == 2
    for ref in ("I-1", "I-2"):
        ids[ref] = orders.get_by_reference(ref).id  # type: ignore[union-attr]
    return ids


@pytest.fixture
def filled(configured, tmp_path):
    load_demo_data(configured)
    return configured, _orders(configured, tmp_path)


def test_each_item_is_told_apart(filled) -> None:
    ctx, ids = filled
    orders = OrderService(ctx)

    def missing(ref: str) -> tuple[Item, ...]:
        return view_completeness(orders.get(ids[ref])).missing_items

    asked = bool(orders.get(ids["C-FULL"]).screening.checklist)
    assert asked  # a camera order: the screening asks questions
    assert missing("C-FULL") == ()
    assert missing("C-NO-CUSTOMER") == (Item.CUSTOMER, Item.END_USER, Item.CHECKLIST)
    assert missing("C-NO-COUNTRY") == (Item.CUSTOMER, Item.DESTINATION, Item.CHECKLIST)
    assert missing("C-END-USER") == (Item.CHECKLIST,)
    assert missing("C-NO-USE") == (Item.INTENDED_USE, Item.CHECKLIST)
    assert missing("C-TAG-USE") == (Item.INTENDED_USE, Item.CHECKLIST)
    assert missing("C-NO-TAGS") == (Item.USE_CASES, Item.CHECKLIST)  # "not sure yet"
    assert Item.END_USER not in missing("I-1")
    assert Item.END_USER in missing("I-2")


def test_the_list_says_what_the_order_window_says(filled) -> None:
    ctx, ids = filled
    orders = OrderService(ctx)
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    orm_rows = orders.query(OrderFilter(), 0, 500)
    quick_rows = quick.orders.query(OrderFilter(), 0, 500)
    assert orm_rows == quick_rows
    assert len(orm_rows) > 30 and {r.reference for r in orm_rows} >= set(ids)
    for row in orm_rows:
        expected = view_completeness(orders.get(row.id))
        assert Completeness.from_mask(row.completeness) == expected, row.reference  # type: ignore[arg-type]
    by_ref = {r.reference: r.completeness for r in orm_rows}
    assert by_ref["C-FULL"] == FULL_MASK
    assert len({by_ref[r] for r in ids}) >= 5  # the items are told apart in SQL too


def test_a_page_reads_the_masks_of_its_rows_only(filled) -> None:
    ctx, _ids = filled
    orders = OrderService(ctx)
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    everything = {r.id: r.completeness for r in orders.query(OrderFilter(), 0, 500)}
    for offset in (0, 5, 10):
        page = orders.query(OrderFilter(), offset, 5)
        assert page == quick.orders.query(OrderFilter(), offset, 5)
        assert all(r.completeness == everything[r.id] for r in page)


def test_an_order_without_its_screening_still_lists(filled) -> None:
    """An order whose screening rows are gone (saved by an older version): nothing is asked."""
    ctx, ids = filled
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    with con:
        con.execute("DELETE FROM screening WHERE order_id = ?", (ids["C-NO-TAGS"],))
    con.close()
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    rows = OrderService(ctx).query(OrderFilter(text="C-NO-TAGS"), 0, 10)
    assert rows == quick.orders.query(OrderFilter(text="C-NO-TAGS"), 0, 10)
    assert Completeness.from_mask(rows[0].completeness).missing_items == (Item.USE_CASES,)  # type: ignore[arg-type]
