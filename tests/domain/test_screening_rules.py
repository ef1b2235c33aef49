"""Issue 10: what a flag tells the user to do matches what the screening did, a high-risk use holds
the order on its own, the tier follows the risk for self-service, and negated red-flag phrases.

Tables of realistic orders against the shipped default pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from reseller_app.domain.orders import parse_order
from reseller_app.domain.packs import MISSING_KINDS, CriteriaPack
from reseller_app.domain.screening import Screener, ScreeningResult

CUSTOMER = {"name": "Acme Software GmbH", "type": "private", "sector": "it_services",
            "country": "DE"}
LAPTOP = {"sku": "LT-14", "category": "general_it"}
CAMERA = {"sku": "CAM-IN", "description": "Indoor camera", "category": "video_surveillance"}
DPI = {"sku": "DPI-100", "description": "DPI probe", "category": "network_monitoring"}


@pytest.fixture(scope="module")
def screener(default_pack) -> Screener:
    return Screener(default_pack)


def _order(**changes: Any) -> dict[str, Any]:
    """An ordinary order (everyday IT for a known company in Germany), with ``changes``."""
    data: dict[str, Any] = {"reference": "R-1", "customer": dict(CUSTOMER),
                            "destination_country": "DE", "intended_use": "Office work",
                            "lines": [LAPTOP]}
    data.update(changes)
    return data


def _minimal_orders(pack: CriteriaPack) -> Iterator[tuple[str, dict[str, Any]]]:
    """For every criterion of the pack, the plainest order that raises it, sold both ways
    (standard terms raise no flag: they are left out)."""
    v = pack.vocabulary
    cases: list[tuple[str, dict[str, Any]]] = []
    cases += [(f"category.{t.id}", _order(lines=[{"sku": "S", "category": t.id}]))
              for t in v.product_categories]
    cases += [(f"use_case.{t.id}", _order(use_cases=[t.id])) for t in v.use_cases]
    cases += [(f"customer_type.{t.id}",
               _order(customer={**CUSTOMER, "type": t.id, "government_function": "other"
                                if t.id == "government" else None}))
              for t in v.customer_types if t.id != "unknown"]  # that is missing.customer_type
    cases += [(f"government_function.{t.id}",
               _order(customer={**CUSTOMER, "type": "government", "sector": None,
                                "government_function": t.id}))
              for t in v.government_functions]
    cases += [(f"sector.{t.id}", _order(customer={**CUSTOMER, "sector": t.id}))
              for t in v.sectors]
    cases += [(f"red_flag.{f.id}", _order(intended_use=phrase))
              for f in pack.red_flags for phrases in f.phrases.values() for phrase in phrases]
    missing = {
        "customer_identity": _order(customer={**CUSTOMER, "name": None}),
        "customer_type": _order(customer={**CUSTOMER, "type": None}),
        "end_user": _order(end_user={"type": "private", "country": "DE"}),
        "government_function": _order(customer={**CUSTOMER, "type": "government"}),
        "intended_use": _order(intended_use=None),
        "destination": _order(destination_country=None, customer={**CUSTOMER, "country": None}),
        "product_category": _order(lines=[{"sku": "X-1"}]),
        "unrecognised_value": _order(lines=[{"sku": "X-1", "category": "quantum_widgets"}]),
    }
    assert set(missing) == set(MISSING_KINDS)
    cases += [(f"missing.{kind}", order) for kind, order in missing.items()]
    cases += [("country.high", _order(destination_country="VE")),
              ("country.elevated", _order(destination_country="BR"))]
    standard = {f"{kind}.{t.id}" for kind, group in (
        ("category", v.product_categories), ("use_case", v.use_cases),
        ("customer_type", v.customer_types), ("government_function", v.government_functions),
        ("sector", v.sectors)) for t in group if t.level == "standard"}
    for criterion, order in cases:
        if criterion in standard:
            continue
        for model in ("assisted", "self_service"):
            yield criterion, {**order, "sales_model": model}


# Words that tell the user to hold the order or to get a senior person's decision ("hold" alone
# also means "contain": "systems hold personal data").
HOLD_WORDS = re.compile(r"\bhold (the|this) order\b|\bheld\b|\bdo not (ship|sell)\b"
                        r"|\bstop the sale\b", re.IGNORECASE)
SENIOR_WORDS = re.compile(r"\bsenior\b", re.IGNORECASE)


def _contradictions(result: ScreeningResult) -> list[str]:
    problems = []
    for f in result.flags:
        words = f"{f.reason} {f.action}"
        if HOLD_WORDS.search(words) and not result.hold:
            problems.append(f"{f.criterion} says hold, the {result.tier} order is not held")
        if SENIOR_WORDS.search(words) and not (result.needs_senior_approval or result.blocked):
            problems.append(f"{f.criterion} asks for a senior person, the {result.tier} order "
                            "does not need one")
    return problems


def test_no_flag_asks_for_a_hold_or_a_senior_decision_the_order_does_not_get(
        screener, default_pack):
    """Every criterion of the pack on its own (rules only ever raise the tier, so what holds
    alone holds in any company): a flag that says "hold" or "a senior person decides" comes
    with a held order that needs that person (or is blocked outright)."""
    seen: set[str] = set()
    problems: list[str] = []
    for criterion, data in _minimal_orders(default_pack.pack):
        result = screener.screen(parse_order(data))
        fired = {f.criterion for f in result.flags}
        assert criterion in fired, (criterion, data, fired)
        seen.add(criterion)
        problems += [f"{p} ({data['sales_model']})" for p in _contradictions(result)]
    assert sorted(set(problems)) == []
    assert len(seen) > 60  # the criteria of the pack, each raised above


def test_the_check_finds_a_contradiction(screener):
    """The check itself: a flag saying "hold" on an order that is not held is reported."""
    result = screener.screen(parse_order(_order(intended_use="wiretap")))
    assert result.hold and not _contradictions(result)
    from dataclasses import replace
    assert _contradictions(replace(result, hold=False, needs_senior_approval=False))
