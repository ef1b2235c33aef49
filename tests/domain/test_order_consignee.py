"""The consignee of an order (who receives the goods for the customer or end user): order JSON,
screening of its country, what a decision rests on, and which shipping party of a shop's export
is one (tables of cases)."""

from __future__ import annotations

import pytest

from reseller_app.domain.order_rows import FIELD_KEYS, consignee_party, orders_from_rows
from reseller_app.domain.order_state import decided_on
from reseller_app.domain.orders import OrderInputError, order_to_json, parse_order
from reseller_app.domain.screening import Screener, split_subject

BASE = {"reference": "SO-1", "customer": {"name": "Acme GmbH", "country": "DE",
                                          "type": "private"},
        "destination_country": "DE", "intended_use": "Office laptops",
        "lines": [{"sku": "LT-1", "category": "general_it", "quantity": 2}]}


def test_an_order_json_without_a_consignee_reads_and_writes_as_before():
    order = parse_order(BASE)
    assert order.consignee is None
    assert "consignee" not in order_to_json(order)


def test_a_consignee_is_read_and_checked_like_the_end_user():
    order = parse_order({**BASE, "consignee": {"name": "  Gulf Freight FZE ", "country": "ae"}})
    assert (order.consignee.name, order.consignee.country) == ("Gulf Freight FZE", "AE")
    assert order_to_json(order)["consignee"] == {"name": "Gulf Freight FZE", "country": "AE"}
    assert parse_order({**BASE, "consignee": None}).consignee is None
    with pytest.raises(OrderInputError) as exc:
        parse_order({**BASE, "consignee": {"name": "X", "country": "Narnia"}})
    assert exc.value.field == "consignee.country"


@pytest.fixture
def screener(default_pack) -> Screener:
    return Screener(default_pack)


def _geography(screener: Screener, order: dict) -> list[str]:
    return [f.subject for f in screener.screen(parse_order(order)).flags
            if f.factor == "geography"]


@pytest.mark.parametrize(
    ("consignee", "destination", "subjects"),
    [
        (None, "DE", []),
        ({"name": "Hamburg Logistics", "country": "DE"}, "DE", []),  # standard country
        ({"name": "Gulf Freight FZE", "country": "AE"}, "DE", ["consignee: AE"]),  # high
        ({"name": "Gulf Freight FZE", "country": "AE"}, "AE", ["destination: AE"]),  # once
        ({"name": "Gulf Freight FZE"}, "DE", []),  # no country: nothing to weigh
    ],
)
def test_the_consignee_s_country_is_weighed_where_it_is_another_country(
        screener, consignee, destination, subjects):
    order = {**BASE, "destination_country": destination, "consignee": consignee}
    assert _geography(screener, order) == subjects


def test_a_consignee_flag_names_its_role():
    assert split_subject("consignee: AE") == ("consignee", "AE")


def test_another_consignee_is_another_fact_a_decision_rested_on():
    before = order_to_json(parse_order(BASE))
    after = order_to_json(parse_order({**BASE, "consignee": {"name": "Gulf Freight FZE"}}))
    assert decided_on(before) != decided_on(after)
    assert decided_on(before) == decided_on(order_to_json(parse_order(BASE)))


# -- the shipping party of a shop's export ------------------------------------------------------
@pytest.mark.parametrize(
    ("company", "person", "customer_company", "customer_person", "end_user", "expected"),
    [
        # A consumer's own address (the name as the shop wrote it): no other party.
        (None, "Jeanne Martin", None, "Jeanne Martin", None, None),
        (None, "JEANNE  MARTIN", None, "Jeanne Martin", None, None),
        (None, "Zoé Dupont", None, "Zoe Dupont", None, None),
        # A consumer's present sent to someone else.
        (None, "Paul Martin", None, "Jeanne Martin", None, "Paul Martin"),
        # A company's own address, to any of its people.
        ("Acme GmbH", "Petra Schmidt", "Acme GmbH", "Petra Schmidt", None, None),
        (None, "Hans Weber", "Acme GmbH", "Petra Schmidt", None, None),
        ("acme gmbh", "Hans Weber", "Acme GmbH", "Petra Schmidt", None, None),
        # A forwarder or warehouse: the company receives, whoever it is addressed to.
        ("Gulf Freight FZE", "Petra Schmidt", "Acme GmbH", "Petra Schmidt", None,
         "Gulf Freight FZE"),
        ("Gulf Freight FZE", None, None, "Jeanne Martin", None, "Gulf Freight FZE"),
        # Shipped to the end user named on the order: no other party.
        ("Stadtwerke Köln", None, "Acme GmbH", None, "Stadtwerke Köln", None),
        # Nothing named.
        (None, None, "Acme GmbH", None, None, None),
    ],
)
def test_a_shipping_party_is_a_consignee_only_when_it_is_another_party(
        company, person, customer_company, customer_person, end_user, expected):
    assert consignee_party(company, person, customer_company, customer_person,
                           end_user) == expected


def _read(header: list[str], rows: list[list[str]]):
    index = {key: header.index(key) for key in header if key in FIELD_KEYS}
    return list(orders_from_rows([(n, r) for n, r in enumerate(rows, start=2)], index))


HEADER = ["reference", "customer_name", "customer_country", "consignee_name",
          "consignee_person", "consignee_country", "destination_country", "sku", "quantity"]


def test_rows_name_the_consignee_where_the_destination_is_unless_the_file_says():
    parsed = _read(HEADER, [
        ["A1", "Acme GmbH", "DE", "Gulf Freight FZE", "", "", "AE", "LT-1", "1"],
        ["A2", "Acme GmbH", "DE", "Hamburg Hub GmbH", "", "DE", "PL", "LT-1", "1"],
        ["A3", "Acme GmbH", "DE", "Acme GmbH", "Petra", "", "DE", "LT-1", "1"],
    ])
    consignees = [(p.order.consignee.name, p.order.consignee.country)
                  if p.order.consignee else None for p in parsed]
    assert consignees == [("Gulf Freight FZE", "AE"), ("Hamburg Hub GmbH", "DE"), None]


def test_a_later_row_naming_another_consignee_is_refused_in_words():
    parsed = _read(HEADER, [
        ["A1", "Acme GmbH", "DE", "Gulf Freight FZE", "", "", "AE", "LT-1", "1"],
        ["A1", "Acme GmbH", "DE", "Caspian Cargo LLC", "", "", "AE", "MS-1", "1"],
    ])
    assert parsed[0].reason == "order A1: the consignee differs from row 2"
    bad = _read(HEADER, [["A1", "Acme GmbH", "DE", "Gulf", "", "Atlantis", "AE", "LT-1", "1"]])
    assert "consignee country 'Atlantis'" in bad[0].reason


def test_the_order_json_schema_takes_a_consignee_and_older_orders_alike():
    import json
    from pathlib import Path

    jsonschema = pytest.importorskip("jsonschema")
    path = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "order-v1.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))
    for consignee in ({"name": "Gulf Freight FZE", "country": "AE", "type": "private"}, None):
        assert not list(validator.iter_errors({**BASE, "consignee": consignee}))
    assert not list(validator.iter_errors(BASE))  # an order of before: no consignee
    assert list(validator.iter_errors({**BASE, "consignee": {"country": "Dubai"}}))


def test_the_fast_engine_weighs_consignees_as_the_reference_engine_does(default_pack):
    from tests.domain import screening_reference as before

    new, old = Screener(default_pack), before.Screener(default_pack)
    countries = (None, "DE", "AE", "AL", "VE")
    for i, (dest, user, cons) in enumerate(
            (d, u, c) for d in countries for u in countries for c in countries):
        order = parse_order({
            **BASE, "reference": f"C-{i}", "destination_country": dest,
            "end_user": {"name": "User", "country": user} if user else None,
            "consignee": {"name": "Forwarder", "country": cons} if cons else None})
        # Twice: the second time from the engine's memo.
        for _ in range(2):
            assert new.screen(order).as_dict() == old.screen(order).as_dict(), order
