"""How complete an order's information is: each item, as a table of cases."""

from __future__ import annotations

from typing import Any

import pytest

from reseller_app.domain.completeness import (
    FULL_MASK,
    ITEMS,
    Completeness,
    bit,
    in_words,
    order_completeness,
)
from reseller_app.domain.vocabulary import CompletenessItem as Item

FULL: dict[str, Any] = {
    "customer_name": "Acme GmbH", "customer_country": "DE", "end_user_named": True,
    "end_user_same_as_customer": False, "destination_country": "DE",
    "intended_use": "Cameras for the loading bay of our warehouse",
    "use_cases": ("access_control",), "checklist_asked": ("use_fits_business",),
    "checklist_answers": {"use_fits_business": "yes"},
}


def test_a_full_order_is_complete() -> None:
    c = order_completeness(**FULL)
    assert c.complete and c.done == c.total == 6 and c.missing == ()
    assert c.mask == FULL_MASK and c.summary() == "6 of 6"


@pytest.mark.parametrize(("change", "item"), [
    ({"customer_name": None}, Item.CUSTOMER),
    ({"customer_name": "  "}, Item.CUSTOMER),
    ({"customer_country": None}, Item.CUSTOMER),  # a name alone could be anyone
    ({"end_user_named": False}, Item.END_USER),
    ({"destination_country": None}, Item.DESTINATION),
    ({"intended_use": None}, Item.INTENDED_USE),
    ({"intended_use": "   "}, Item.INTENDED_USE),
    ({"intended_use": "public_space_surveillance"}, Item.INTENDED_USE),  # a tag id copied in
    ({"intended_use": "access_control; workplace_monitoring"}, Item.INTENDED_USE),
    ({"intended_use": "access_control,workplace_monitoring"}, Item.INTENDED_USE),
    ({"use_cases": ()}, Item.USE_CASES),
    ({"use_cases": (" ",)}, Item.USE_CASES),
    ({"checklist_answers": {}}, Item.CHECKLIST),
    ({"checklist_answers": {"use_fits_business": "unknown"}}, Item.CHECKLIST),  # not sure yet
    ({"checklist_asked": ("use_fits_business", "reexport_intent")}, Item.CHECKLIST),
])
def test_each_item_missing(change: dict[str, Any], item: Item) -> None:
    c = order_completeness(**{**FULL, **change})
    assert c.missing_items == (item,)
    assert c.done == 5 and not c.complete
    assert len(c.missing) == 1 and c.missing[0].endswith(".")
    assert c.mask == FULL_MASK & ~bit(item)


@pytest.mark.parametrize("change", [
    {"end_user_named": False, "end_user_same_as_customer": True},  # stated to be the customer
    {"checklist_asked": (), "checklist_answers": {}},  # nothing asked, nothing left
    {"checklist_answers": {"use_fits_business": "no", "other": "unknown"}},  # no counts
    {"intended_use": "CCTV"},  # one word is words
    {"intended_use": "cameras for access_control"},  # a tag within a sentence
    {"intended_use": "Überwachung des Lagers"},
])
def test_still_complete(change: dict[str, Any]) -> None:
    assert order_completeness(**{**FULL, **change}).complete


def test_nothing_known() -> None:
    c = order_completeness(customer_name=None, customer_country=None, end_user_named=False,
                           end_user_same_as_customer=False, destination_country=None,
                           intended_use=None, use_cases=(), checklist_asked=("q",),
                           checklist_answers={})
    assert c.done == 0 and c.missing_items == ITEMS and c.summary() == "0 of 6"
    assert len(set(c.missing)) == 6


@pytest.mark.parametrize("mask", [0, 1, 0b101010, FULL_MASK])
def test_mask_round_trip(mask: int) -> None:
    assert Completeness.from_mask(mask).mask == mask


@pytest.mark.parametrize(("text", "words"), [
    ("", False), (None, False), ("a_b", False), ("a_b;c_d", False), ("a_b, c_d", False),
    ("a_b c", True), ("ab", True), ("a_b\nc", True),
])
def test_in_words(text: str | None, words: bool) -> None:
    assert in_words(text) is words
