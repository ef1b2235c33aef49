"""CSV rows to orders: grouping, field parsing, and bad rows named with their reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reseller_app.domain.order_rows import (
    BadRow,
    ParsedOrder,
    orders_from_rows,
    parse_decimal,
    suggest_mapping,
)

HEADERS = ["Order No", "Date", "Company", "Country", "SKU", "Qty", "Price", "Purpose"]


def run(rows):
    mapping = suggest_mapping(HEADERS)
    index = {key: HEADERS.index(h) for key, h in mapping.items()}
    numbered = [(i + 2, r) for i, r in enumerate(rows)]
    return list(orders_from_rows(numbered, index))


def test_mapping_is_guessed_from_common_names_and_remembered_first():
    mapping = suggest_mapping(HEADERS)
    assert mapping["reference"] == "Order No"
    assert mapping["quantity"] == "Qty"
    assert mapping["customer_country"] == "Country"
    remembered = suggest_mapping(HEADERS, {"intended_use": "Company", "sku": "Gone"})
    assert remembered["intended_use"] == "Company"
    assert remembered["sku"] == "SKU"


def test_rows_with_the_same_reference_form_one_order():
    out = run([
        ["A1", "2026-11-02", "Acme", "de", "LT-1", "2", "10,50", "Office"],
        ["A2", "25.11.2026", "Beta", "FR", "PR-9", "1", "1.234,50", "Printing"],
        ["A1", "2026-11-02", "Acme", "DE", "MS-3", "3", "5", "Office"],
    ])
    orders = [o for o in out if isinstance(o, ParsedOrder)]
    assert [o.order.reference for o in orders] == ["A1", "A2"]
    a1 = orders[0]
    assert a1.rows == (2, 4)
    assert [ln.sku for ln in a1.order.lines] == ["LT-1", "MS-3"]
    assert a1.order.customer.country == "DE"
    assert orders[1].order.lines[0].unit_price == Decimal("1234.50")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (["B1", "2026-11-02", "X", "Narnia", "S", "1", "1", ""], "customer country 'Narnia'"),
        (["B1", "2026-11-02", "X", "DE", "S", "0", "1", ""], "greater than zero"),
        (["B1", "2026-11-02", "X", "DE", "S", "1.5", "1", ""], "whole number"),
        (["B1", "2026-11-02", "X", "DE", "S", "two", "1", ""], "'two' is not a number"),
        (["B1", "yesterday", "X", "DE", "S", "1", "1", ""], "date 'yesterday'"),
        (["B1", "2026-11-02", "X", "DE", "S", "1", "-3", ""], "must not be negative"),
        (["", "2026-11-02", "X", "DE", "S", "1", "1", ""], "reference is empty"),
        (["B1\nX", "2026-11-02", "X", "DE", "S", "1", "1", ""], "must not contain a line"),
        (["B1\u202eX", "2026-11-02", "X", "DE", "S", "1", "1", ""], "control character"),
    ],
)
def test_bad_rows_are_named_with_a_reason(row, reason):
    out = run([["OK", "2026-11-02", "Y", "DE", "S", "1", "1", ""], row])
    bad = [o for o in out if isinstance(o, BadRow)]
    assert len(bad) == 1 and bad[0].row == 3
    assert reason in bad[0].reason
    assert any(isinstance(o, ParsedOrder) and o.order.reference == "OK" for o in out)


def test_an_order_with_a_bad_row_is_left_out_whole():
    out = run([
        ["C1", "2026-11-02", "X", "DE", "S1", "1", "1", ""],
        ["C1", "2026-11-02", "X", "DE", "S2", "-1", "1", ""],
    ])
    assert all(isinstance(o, BadRow) for o in out)
    assert {o.row for o in out} == {2, 3}


@pytest.mark.parametrize(("text", "value"), [("1,5", "1.5"), ("1.234,5", "1234.5"),
                                             ("1,234.5", "1234.5"), (" 7 ", "7")])
def test_parse_decimal(text, value):
    assert parse_decimal(text) == Decimal(value)


def test_a_unit_price_written_again_is_read_and_checked_as_the_first_time():
    # Prices are read once per text in a file; a bad one is refused on every row it is on.
    out = run([["A1", "2026-11-02", "X", "DE", "S", "1", "10,50", ""],
               ["A2", "2026-11-02", "X", "DE", "S", "1", "-3", ""],
               ["A3", "2026-11-02", "X", "DE", "S", "1", "10,50", ""],
               ["A4", "2026-11-02", "X", "DE", "S", "1", "-3", ""]])
    good = [o.order.lines[0].unit_price for o in out if isinstance(o, ParsedOrder)]
    assert good == [Decimal("10.50"), Decimal("10.50")]
    assert [(b.row, "must not be negative" in b.reason) for b in out
            if isinstance(b, BadRow)] == [(3, True), (5, True)]


def test_orders_are_built_as_model_construct_builds_them():
    from reseller_app.domain.order_rows import _construct
    from reseller_app.domain.orders import Order, OrderLine, Party, SalesModel

    line = {"sku": "S", "description": None, "category": "general_it", "quantity": 2,
            "unit_price": Decimal("1.50")}
    party = {"name": "Acme", "country": "DE", "type": None, "sector": None,
             "government_function": None}
    for cls, values in ((OrderLine, line), (Party, party)):
        fast, slow = _construct(cls, dict(values)), cls.model_construct(**values)
        assert fast == slow and fast.model_fields_set == slow.model_fields_set
        assert (fast.__pydantic_extra__, fast.__pydantic_private__) == (None, None)
        assert fast.model_dump_json() == slow.model_dump_json()
    order = {"reference": "A1", "date": None, "sales_model": SalesModel.ASSISTED,
             "customer": _construct(Party, dict(party)), "end_user": None,
             "consignee": None,
             "destination_country": "DE", "intended_use": "Office", "use_cases": (),
             "lines": (_construct(OrderLine, dict(line)),), "currency": None}
    fast, slow = _construct(Order, dict(order)), Order.model_construct(**order)
    assert fast == slow and fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json(exclude_none=True) == slow.model_dump_json(exclude_none=True)
    assert hash(fast.customer) == hash(slow.customer)
    # Each model has its own set of the fields given, as model_construct gives it.
    assert _construct(Order, dict(order)).model_fields_set is not fast.model_fields_set


def test_short_rows_and_unmapped_columns_read_as_blank():
    out = run([
        ["D1", "2026-11-02", "Acme", "DE", "LT-1", "2"],  # no price, no purpose
        ["D1", "2026-11-02", "Acme", "DE", "LT-2"],  # nor a quantity
        ["D2"],
    ])
    orders = {o.order.reference: o.order for o in out if isinstance(o, ParsedOrder)}
    d1 = orders["D1"]
    assert [(ln.sku, ln.quantity, ln.unit_price) for ln in d1.lines] == [("LT-1", 2, None),
                                                                         ("LT-2", 1, None)]
    assert d1.intended_use is None and d1.end_user is None and d1.customer.name == "Acme"
    assert orders["D2"].customer.name is None and orders["D2"].lines[0].sku is None
