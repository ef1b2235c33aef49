"""Order JSON v1: what is accepted, what is refused, and which field is named."""

from __future__ import annotations

import pytest

from reseller_app.domain.orders import OrderInputError, parse_order, parse_order_json

BASE = {
    "reference": "SO-1",
    "date": "2026-11-02",
    "sales_model": "assisted",
    "customer": {"name": "Acme GmbH", "country": "de", "type": "private"},
    "destination_country": "DE",
    "intended_use": "Office laptops",
    "lines": [{"sku": "LT-1", "category": "general_it", "quantity": 3, "unit_price": 900}],
}


def with_(**changes):
    data = {**BASE, **changes}
    return data


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (with_(sales_model="webshop"), "sales_model"),
        (with_(destination_country="XX"), "destination_country"),
        (with_(customer={"name": "A", "country": "Germany"}), "customer.country"),
        (with_(end_user={"name": "B", "country": "ZZ"}), "end_user.country"),
        (with_(lines=[{"sku": "A", "quantity": 0}]), "lines[0].quantity"),
        (with_(lines=[{"sku": "A", "quantity": 1}, {"sku": "B", "quantity": -2}]),
         "lines[1].quantity"),
        (with_(lines=[{"sku": "A", "quantity": 1, "unit_price": -1}]), "lines[0].unit_price"),
        (with_(date="yesterday"), "date"),
    ],
)
def test_bad_input_names_the_field(data, field):
    with pytest.raises(OrderInputError) as exc:
        parse_order(data)
    assert exc.value.field == field


@pytest.mark.parametrize("reference", ["SO-1\nBcc: x", "SO-1\rX", "SO\t1", "SO-1\x00",
                                       "SO-\u202e1", "SO\u20281", "SO\u200b1"])
def test_a_reference_with_a_control_character_is_refused_in_words(reference):
    with pytest.raises(OrderInputError) as exc:
        parse_order(with_(reference=reference))
    assert exc.value.field == "reference"
    assert exc.value.message == ("must not contain a line break, a tab or another invisible "
                                 "control character")


@pytest.mark.parametrize("reference", ["SO-2001", "Auftrag 12/Ä", "注文-7", "A B"])
def test_usual_references_are_accepted(reference):
    assert parse_order(with_(reference=reference)).reference == reference


def test_malformed_json_is_refused():
    with pytest.raises(OrderInputError, match="not valid JSON"):
        parse_order_json("{not json")
    with pytest.raises(OrderInputError, match="JSON object"):
        parse_order_json("[1, 2]")


def test_country_codes_are_normalised_and_kosovo_accepted():
    order = parse_order(with_(destination_country=" xk "))
    assert order.destination_country == "XK"
    assert order.customer.country == "DE"


def test_unknown_fields_and_values_are_accepted():
    order = parse_order(
        with_(colour="blue", customer={"name": "A", "type": "alien", "sector": ""},
              use_cases="a; b")
    )
    assert order.customer.type == "alien"
    assert order.customer.sector is None
    assert order.use_cases == ("a", "b")


def test_end_user_defaults_to_customer_and_total_sums_lines():
    order = parse_order(with_(lines=[{"quantity": 2, "unit_price": "10.50"}, {"quantity": 1}]))
    assert order.effective_end_user is order.customer
    assert str(order.total) == "21.00"


@pytest.mark.parametrize("prices", [
    ["10.50", None, "1E+2"], ["0.00", "7"], ["1E+2"], [], ["0.001", "2.5", "-0"], [None]])
def test_the_total_is_written_as_the_sum_of_the_lines_always_was(prices):
    # Stored as text: the exponent of the sum (21.00, not 21) must stay what sum() gave.
    from decimal import Decimal

    order = parse_order(with_(lines=[{"quantity": i + 2, "unit_price": p}
                                     for i, p in enumerate(prices)]))
    expected = sum(((ln.unit_price or Decimal(0)) * ln.quantity for ln in order.lines),
                   Decimal(0))
    assert str(order.total) == str(expected)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ('{"lines": [{"unit_price": NaN}]}', "lines[0].unit_price", "must be a number"),
        ('{"lines": [{"unit_price": "sNaN"}]}', "lines[0].unit_price", "must be a number"),
        ('{"lines": [{"unit_price": Infinity}]}', "lines[0].unit_price", "must be a number"),
        ('{"lines": [{"unit_price": 1e13}]}', "lines[0].unit_price", "1,000,000,000,000"),
        ('{"lines": [{"unit_price": "1e400"}]}', "lines[0].unit_price", "1,000,000,000,000"),
        ('{"lines": [{"quantity": 1000000001}]}', "lines[0].quantity", "1,000,000,000"),
        ('{"lines": [{"quantity": 1e400}]}', "lines[0].quantity", "whole number"),
        ('{"lines": [{"quantity": 1' + "0" * 400 + '}]}', "lines[0].quantity", "401 digits"),
        ('{"lines": [{"quantity": 1' + "0" * 19 + '}]}', "lines[0].quantity", "1,000,000,000"),
        ('{"use_cases": 5}', "use_cases", "list of tags"),
        ('{"use_cases": true}', "use_cases", "list of tags"),
        ('{"use_cases": {"a": 1}}', "use_cases", "list of tags"),
        ('{"use_cases": [1, 2]}', "use_cases", "every tag must be a text"),
        ('{"use_cases": ["ok", null]}', "use_cases", "every tag must be a text"),
    ],
)
def test_numbers_out_of_bounds_and_tags_that_are_not_texts_name_the_field(text, field, words):
    with pytest.raises(OrderInputError) as exc:
        parse_order_json(text)
    assert exc.value.field == field
    assert words in exc.value.message


def test_the_largest_numbers_and_tag_lists_are_accepted():
    order = parse_order(with_(lines=[{"quantity": 1_000_000_000, "unit_price": "1e12"}],
                              use_cases=["a", " b ", ""]))
    assert order.lines[0].quantity == 1_000_000_000
    assert order.use_cases == ("a", "b")
    assert parse_order(with_(use_cases=None)).use_cases == ()


def test_the_json_schema_states_the_same_bounds():
    import json
    from pathlib import Path

    jsonschema = pytest.importorskip("jsonschema")
    path = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "order-v1.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))

    def valid(**changes) -> bool:
        customer = {"name": "Acme GmbH", "country": "DE"}  # the schema wants upper case
        return not list(validator.iter_errors(with_(customer=customer, **changes)))

    assert valid(lines=[{"quantity": 1_000_000_000, "unit_price": 1e12}])
    assert valid(lines=[{"unit_price": "1000000000000"}, {"unit_price": "999.50"}])
    for bad in ([{"quantity": 1_000_000_001}], [{"unit_price": 1e12 + 1}],
                [{"unit_price": "1000000000000.01"}], [{"unit_price": "10000000000000"}]):
        assert not valid(lines=bad), bad
        with pytest.raises(OrderInputError):
            parse_order(with_(lines=bad))
    for bad_tags in (5, True, [1, 2]):
        assert not valid(use_cases=bad_tags), bad_tags
        with pytest.raises(OrderInputError):
            parse_order(with_(use_cases=bad_tags))
