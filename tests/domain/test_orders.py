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
