"""CSV rows to orders: rows of one order that contradict each other, numbers no order can
hold, and blanks filled from the catalog's facts (all pure: rows in, orders out)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reseller_app.domain.order_rows import (
    BadRow,
    ParsedOrder,
    fill_party,
    orders_from_rows,
    parse_decimal,
    suggest_mapping,
)

HEADERS = ["Order No", "Date", "Company", "Country", "Ship to country", "Channel", "Purpose",
           "Tags", "Currency", "End user", "SKU", "Category", "Qty", "Price"]


def row(ref="A1", date="2026-11-02", company="Acme", country="DE", ship_to="DE",
        channel="assisted", purpose="Office", tags="", currency="EUR", end_user="", sku="LT-1",
        category="general_it", qty="1", price="10") -> list[str]:
    return [ref, date, company, country, ship_to, channel, purpose, tags, currency, end_user,
            sku, category, qty, price]


def run(rows, **catalog):
    mapping = suggest_mapping(HEADERS)
    index = {key: HEADERS.index(h) for key, h in mapping.items()}
    return list(orders_from_rows([(i + 2, r) for i, r in enumerate(rows)], index, **catalog))


def orders_of(out) -> dict[str, ParsedOrder]:
    return {o.order.reference: o for o in out if isinstance(o, ParsedOrder)}


def bad_of(out) -> dict[int, str]:
    return {o.row: o.reason for o in out if isinstance(o, BadRow)}


# -- rows of one order that disagree ---------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"company": "Other Ltd"}, "the customer differs from row 3"),
        ({"country": "FR"}, "the customer differs from row 3"),
        ({"end_user": "Someone"}, "the end user differs from row 3"),
        ({"ship_to": "VE"}, "the destination country differs from row 3"),
        ({"date": "2026-11-05"}, "the order date differs from row 3"),
        ({"channel": "webshop"}, "the sales model differs from row 3"),
        ({"purpose": "Surveillance"}, "the intended use differs from row 3"),
        ({"tags": "public_space_surveillance"}, "the use-case tags differ from row 3"),
        ({"currency": "USD"}, "the currency differs from row 3"),
    ],
)
def test_a_row_that_contradicts_its_order_is_bad_and_the_order_left_out(change, words):
    out = run([row("OK"), row(), row(sku="MS-1"), row(**change, sku="CAM-4K")])
    bad = bad_of(out)
    assert bad[5] == f"order A1: {words}"
    assert set(bad) == {3, 4, 5}  # the other rows of A1 are left out with it
    assert "another row of order A1 is bad" in bad[3]
    assert list(orders_of(out)) == ["OK"]


def test_the_row_of_another_customer_does_not_become_a_line_of_the_first():
    """The exploratory test's case: a 12th row reusing a reference with another customer."""
    out = run([row("IMP-1"), row("IMP-2", company="Müller GmbH"),
               row("IMP-2", company="Policía Regional", country="VE", ship_to="VE",
                   sku="CAM-4K", category="video_surveillance", qty="40")])
    assert bad_of(out)[4] == "order IMP-2: the customer differs from row 3"
    assert list(orders_of(out)) == ["IMP-1"]


def test_rows_that_repeat_the_order_differently_written_or_leave_it_blank_agree():
    out = run([
        row(country="DE", date="2026-11-02", channel="webshop", tags="a; b", currency="EUR"),
        row(country=" de ", date="02.11.2026", channel="Online", tags="a,b", currency="eur",
            sku="MS-1"),
        # Some exports fill the order's own fields on its first row only.
        row(date="", company="", country="", ship_to="", channel="", purpose="", tags="",
            currency="", sku="KB-1"),
    ])
    assert not bad_of(out)
    order = orders_of(out)["A1"].order
    assert [ln.sku for ln in order.lines] == ["LT-1", "MS-1", "KB-1"]
    assert order.customer.name == "Acme" and order.use_cases == ("a", "b")


def test_a_value_where_the_first_row_has_a_blank_is_a_contradiction():
    out = run([row(purpose=""), row(purpose="Surveillance", sku="MS-1")])
    assert bad_of(out)[3] == "order A1: the intended use differs from row 2"


def test_a_bad_country_in_a_later_row_is_named_as_such():
    out = run([row(), row(country="Narnia", sku="MS-1")])
    assert "customer country 'Narnia'" in bad_of(out)[3]


def test_when_the_first_row_is_bad_the_next_one_is_compared_with():
    out = run([row(country="Narnia"), row(), row(company="Other", sku="MS-1")])
    bad = bad_of(out)
    assert "Narnia" in bad[2]
    assert bad[4] == "order A1: the customer differs from row 3"


# -- numbers no order can hold ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("qty", "price", "words"),
    [
        ("1", "NaN", "'NaN' is not a number"),
        ("1", "sNaN", "'sNaN' is not a number"),
        ("1", "Infinity", "'Infinity' is not a number"),
        ("1", "-inf", "'-inf' is not a number"),
        ("1", "1000000000000.01", "unit price 1000000000000.01 is more than "
                                  "1,000,000,000,000"),
        ("1", "1e400", "unit price 1e400 is more than 1,000,000,000,000"),
        ("1000000001", "1", "quantity 1000000001 is more than 1,000,000,000"),
        ("99999999999999999999999", "1", "quantity 99999999999999999999999 is more than"),
        ("1e400", "1", "quantity 1e400 is more than 1,000,000,000"),
        ("1e999999999", "1", "quantity 1e999999999 is more than"),
        ("-1e999999999", "1", "quantity -1e999999999 must be greater than zero"),
        ("NaN", "1", "'NaN' is not a number"),
        ("Infinity", "1", "'Infinity' is not a number"),
    ],
)
def test_numbers_no_order_can_hold_are_bad_rows(qty, price, words):
    out = run([row("OK"), row(qty=qty, price=price)])
    assert words in bad_of(out)[3]
    assert list(orders_of(out)) == ["OK"]


def test_the_largest_numbers_allowed_are_read():
    out = run([row(qty="1000000000", price="1000000000000"), row("A2", qty="1e9", price="1e12")])
    for parsed in orders_of(out).values():
        line = parsed.order.lines[0]
        assert (line.quantity, line.unit_price) == (1_000_000_000, Decimal("1e12"))
        assert parsed.order.total == Decimal("1e21")


def test_parse_decimal_refuses_what_is_not_a_finite_number():
    for text in ("NaN", "snan", "Infinity", "-Infinity", "inf"):
        with pytest.raises(ValueError, match="is not a number"):
            parse_decimal(text)


# -- blanks filled from the catalog ----------------------------------------------------------
POLICE = {("Policía Regional", "VE"): ("government", None, "law_enforcement")}


def test_a_blank_category_is_the_catalogs_for_the_sku():
    out = run([row(sku="CAM-4K", category=""), row(sku="XX-1", category=""),
               row(sku="LT-1", category="general_it")],
              categories={"CAM-4K": "video_surveillance", "LT-1": "video_surveillance"})
    lines = orders_of(out)["A1"].order.lines
    # Found: the catalog's; unknown SKU: still blank; given by the file: the file's.
    assert [ln.category for ln in lines] == ["video_surveillance", None, "general_it"]


def test_a_known_customer_and_end_user_get_the_catalogs_facts_for_blank_fields():
    headers = ["Ref", "Customer", "Customer country", "Customer type", "End user",
               "End user country", "SKU"]
    index = {key: headers.index(h) for key, h in suggest_mapping(headers).items()}
    rows = [["A1", "Policía Regional", "VE", "", "Policía Regional", "VE", "CAM-4K"],
            ["A2", "Policía Regional", "VE", "private", "", "", "CAM-4K"],
            ["A3", "Policía Regional", "CO", "", "", "", "CAM-4K"],
            ["A4", "Policía Regional", "VE", "", "", "", "CAM-4K"]]
    out = orders_of(orders_from_rows(enumerate(rows, start=2), index, parties=POLICE))
    a1 = out["A1"].order
    assert (a1.customer.type, a1.customer.sector, a1.customer.government_function) == (
        "government", None, "law_enforcement")
    assert a1.end_user is not None and a1.end_user.type == "government"
    assert a1.end_user.government_function == "law_enforcement"
    # The file's own value wins; the catalog's other facts still fill the blanks.
    a2 = out["A2"].order.customer
    assert (a2.type, a2.government_function) == ("private", "law_enforcement")
    # Another country is another customer.
    assert out["A3"].order.customer.type is None
    # Equal customers are still one object (memoised).
    assert out["A4"].order.customer is a1.customer


def test_fill_party_never_overwrites_the_files_values():
    known = {("X", "DE"): ("government", "security", "military")}
    assert fill_party("X", "DE", None, None, None, known) == ("government", "security",
                                                              "military")
    assert fill_party("X", "DE", "private", "retail", "other", known) == ("private", "retail",
                                                                         "other")
    assert fill_party("X", None, None, None, None, known) == (None, None, None)
    assert fill_party(None, "DE", None, None, None, known) == (None, None, None)
