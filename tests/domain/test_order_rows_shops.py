"""Shop exports as rows: Shopify's continuation rows, whole orders, country names, a file's
default customer type, mapping presets chosen from the headers, and rows split wrongly."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from reseller_app.domain.csv_dates import DateOrder
from reseller_app.domain.csv_shape import Layout, column_over_limit, mixed_separators, row_problem
from reseller_app.domain.mapping_presets import MappingPreset, choose_preset
from reseller_app.domain.order_rows import (
    FIELD_KEYS,
    BadRow,
    ParsedOrder,
    country_from_name,
    orders_from_rows,
)

SHOPS = Path(__file__).parents[1] / "fixtures" / "shops"
MAPPINGS = Path(__file__).parents[2] / "resources" / "mappings"


def presets() -> list[MappingPreset]:
    return [MappingPreset.model_validate_json(p.read_text(encoding="utf-8"))
            for p in sorted(MAPPINGS.glob("*.json"))]


def read(name: str) -> tuple[list[str], list[list[str]]]:
    with (SHOPS / name).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def run(headers, rows, mapping, **kw):
    index = {key: headers.index(h) for key, h in mapping.items()}
    return list(orders_from_rows([(n, r) for n, r in enumerate(rows, start=2)], index, **kw))


def shopify() -> tuple[list[str], list[list[str]], dict[str, str]]:
    headers, rows = read("shopify-orders.csv")
    preset = choose_preset(headers, presets())
    assert preset is not None
    return headers, rows, preset.mapping_for(headers)


# -- presets ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("file", "preset", "expected"),
    [
        ("shopify-orders.csv", "shopify",
         {"reference": "Name", "date": "Created at", "sku": "Lineitem sku",
          "description": "Lineitem name", "quantity": "Lineitem quantity",
          "unit_price": "Lineitem price", "customer_name": "Billing Company",
          "customer_person": "Billing Name", "destination_country": "Shipping Country"}),
        ("woocommerce-orders.csv", "woocommerce",
         {"reference": "Order Number", "date": "Order Date", "description": "Item Name",
          "sku": "SKU", "quantity": "Quantity", "unit_price": "Item Cost",
          "customer_name": "Billing Company", "destination_country": "Shipping Country"}),
    ],
)
def test_a_shops_export_gets_its_preset_from_the_headers(file, preset, expected):
    headers, _ = read(file)
    chosen = choose_preset(headers, presets())
    assert chosen is not None and chosen.id == preset
    mapping = chosen.mapping_for(headers)
    assert expected.items() <= mapping.items()
    assert "intended_use" not in mapping or preset == "generic"  # notes are no intended use


def test_other_files_get_the_generic_preset_and_every_preset_names_known_fields():
    chosen = choose_preset(["Order No", "Date", "Company"], presets())
    assert chosen is not None and chosen.id == "generic"
    assert chosen.mapping_for(["Order No", "Date", "Company"]) == {
        "reference": "Order No", "date": "Date", "customer_name": "Company"}
    for preset in presets():
        assert set(preset.mapping) <= set(FIELD_KEYS)
    assert set(next(p for p in presets() if p.id == "generic").mapping) == set(FIELD_KEYS)


def test_a_preset_with_an_unknown_field_is_refused_at_load():
    with pytest.raises(ValueError, match="Unknown fields in the mapping"):
        MappingPreset.model_validate(json.loads(
            '{"id": "x", "name": "X", "mapping": {"refrence": "Name"}}'))


# -- Shopify's orders --------------------------------------------------------------------------
def test_shopify_orders_are_read_with_their_continuation_rows():
    headers, rows, mapping = shopify()
    orders = {o.order.reference: o for o in run(headers, rows, mapping)
              if isinstance(o, ParsedOrder)}
    first = orders["#1001"].order
    assert orders["#1001"].rows == (2, 3)
    assert str(first.date) == "2026-02-11"
    assert first.customer.name == "Acme GmbH" and first.destination_country == "DE"
    assert [(ln.sku, ln.quantity) for ln in first.lines] == [("LT-1", 2), ("MS-1", 1)]
    consumer = orders["#1002"].order
    assert consumer.customer.name == "Jeanne Martin"  # no company: the person's name


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("Created at", "someday", "date 'someday'"),
        ("Billing Country", "Narnia", "customer country 'Narnia'"),
        ("Lineitem quantity", "0", "greater than zero"),
    ],
)
def test_when_the_first_row_of_an_order_is_refused_its_other_rows_are_too(column, value,
                                                                         words):
    headers, rows, mapping = shopify()
    rows[0][headers.index(column)] = value
    out = run(headers, rows, mapping)
    assert [o.order.reference for o in out if isinstance(o, ParsedOrder)] == ["#1002"]
    bad = {b.row: b.reason for b in out if isinstance(b, BadRow)}
    assert words in bad[2]
    assert bad[3] == "left out because another row of order #1001 is bad"


# -- countries and customer types ----------------------------------------------------------------
@pytest.mark.parametrize(("name", "code"), [("Germany", "DE"), ("germany", "DE"),
                                            ("United States", "US"), ("DEU", "DE"),
                                            ("Kosovo", "XK"), ("Narnia", None)])
def test_countries_written_by_name(name, code):
    assert country_from_name(name) == code


def test_a_files_default_customer_type_is_used_where_neither_file_nor_catalog_gives_one():
    headers, rows, mapping = shopify()
    rows[0][headers.index("Billing Country")] = "Germany"
    known = {("Acme GmbH", "DE"): ("private", None, None)}
    orders = {o.order.reference: o.order for o in run(
        headers, rows, mapping, parties=known, default_customer_type="individual")
        if isinstance(o, ParsedOrder)}
    assert orders["#1001"].customer.country == "DE"
    assert orders["#1001"].customer.type == "private"  # the catalog knows Acme
    assert orders["#1002"].customer.type == "individual"  # the file's default
    typed = {**mapping, "customer_type": "Tags"}
    rows[2][headers.index("Tags")] = "education"
    orders = {o.order.reference: o.order for o in run(
        headers, rows, typed, default_customer_type="individual") if isinstance(o, ParsedOrder)}
    assert orders["#1002"].customer.type == "education"  # the file's own value wins
    assert orders["#1001"].end_user is None


def test_day_first_dates_are_read_in_the_files_order():
    headers, rows, mapping = shopify()
    rows[0][headers.index("Created at")] = "11/02/2026"
    rows[2][headers.index("Created at")] = "12/02/2026"
    for order, months in ((DateOrder.DMY, [2, 2]), (DateOrder.MDY, [11, 12])):
        dates = [o.order.date.month for o in run(headers, rows, mapping, date_order=order)
                 if isinstance(o, ParsedOrder)]
        assert dates == months


# -- rows split wrongly ----------------------------------------------------------------------------
HEADERS = ["Order No", "Date", "Company", "Country", "SKU", "Notes"]
INDEX = {"reference": 0, "date": 1, "customer_name": 2, "customer_country": 3, "sku": 4,
         "intended_use": 5}


def problem(values, span=(2, 2), delimiter=",", nul=False):
    spans = [(1, 1)] * (10) + [span]
    return row_problem(11, values, HEADERS, INDEX, Layout(delimiter, spans, nul))


def test_a_cell_that_swallowed_the_next_lines_is_named_with_them():
    swallowed = "Acme GmbH,DE,LT-1\nW-2,2026-11-03,Beta,FR,LT-2\nW-3,2026-11-03,Beta"
    words = problem(["W-1", "2026-11-02", swallowed, "FR", "LT-2", ""], span=(2, 4))
    assert words is not None
    assert "Company cell holds line breaks and commas" in words
    assert "lines 2 to 4" in words


def test_trailing_separators_of_the_first_row_or_the_others_are_no_data():
    headers = [*HEADERS, ""]  # "Order No,...,Notes,"
    layout = Layout(",", [(1, 1), (2, 2)])
    assert row_problem(2, ["W-1", "d", "Acme", "DE", "LT-1", ""], headers, INDEX, layout) is None
    found = row_problem(2, ["W-1", "d", "Acme", "DE", "LT-1", "", "", "x"], headers, INDEX,
                        layout)
    assert found is not None and "8 cells where the first row has 6 column names" in found


def test_line_breaks_in_notes_and_well_split_rows_are_fine():
    assert problem(["W-1", "2026-11-02", "Acme", "DE", "LT-1", "Call first,\nthen ship"],
                   span=(2, 3)) is None
    assert problem(["W-1", "2026-11-02", "Acme", "DE", "LT-1", ""]) is None
    assert problem(["W-1", "2026-11-02", "Acme", "DE", "LT-1", "", "", ""]) is None


@pytest.mark.parametrize(
    ("values", "words"),
    [
        (["W-1;2026-11-02;Acme;DE;LT-1;"], "1 cells where the first row has 6"),
        (["W-1", "2026-11-02", "Acme", "DE"], "4 cells where the first row has 6"),
        (["W-1", "2026-11-02", "Acme", "DE", "LT-1", "", "x"], "7 cells"),
        (["W-1;2", "2026-11-02", "Acme", "DE", "LT-1", ""], "'W-1;2' holds semicolons"),
    ],
)
def test_rows_split_otherwise_than_the_first_are_named(values, words):
    found = problem(values)
    assert found is not None and words in found


def test_a_zero_byte_is_named_by_its_column():
    found = problem(["W-1", "2026-11-02", "Ac\x00me", "DE", "LT-1", ""], nul=True)
    assert found is not None and "Company cell holds a zero byte" in found


def test_a_header_with_commas_over_rows_with_semicolons_is_seen():
    rows = [["W-1;2026-11-02;Acme"], ["W-2;2026-11-03;Beta"]]
    assert mixed_separators("Order No,Date,Company", rows, 3, ",") == ";"
    assert mixed_separators("Order No,Date,Company", [["a", "b", "c"]], 3, ",") is None


def test_the_column_of_a_cell_over_the_limit():
    text = 'a,b,c\nx,"yyyyyy\nyyyy,z\n'
    assert column_over_limit(text, 2, ",", '"', 8) == 1
    assert column_over_limit("a,b,c\nx,y,zzzzzzzzzzz\n", 2, ",", '"', 8) == 2
