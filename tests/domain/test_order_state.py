"""The status after a screening, and whether an earlier decision stands: one table of cases."""

from __future__ import annotations

from typing import Any

import pytest

from reseller_app.domain.order_state import (
    DECIDED,
    Earlier,
    decision_reset,
    decision_stands,
    screening_status,
    status_after_screening,
)
from reseller_app.domain.screening import Flag, ScreeningResult

ORDER: dict[str, Any] = {
    "reference": "SO-1", "date": "2026-03-01", "sales_model": "assisted",
    "customer": {"name": "Acme", "country": "FR", "type": "company"},
    "intended_use": "Office laptops", "use_cases": ["office"],
    "lines": [{"sku": "LT-1", "category": "laptop", "quantity": 4, "unit_price": "900"}],
    "currency": "EUR",
}
FLAG = Flag("product", "category.video_surveillance", "high", "r", "a", subject="CAM-1")


def screened(tier: str = "high", hold: bool = True, blocked: bool = False,
             flags: tuple[Flag, ...] = (FLAG,)) -> ScreeningResult:
    return ScreeningResult(tier=tier, hold=hold, blocked=blocked, needs_senior_approval=False,
                           hold_reasons=(), flags=flags, missing=(), next_steps=(),
                           checklist=(), factors={}, rules=(), pack=None)


def decided(status: str = "proceed", **changes: Any) -> Earlier:
    values: dict[str, Any] = {"status": status, "tier": "high", "hold": True,
                              "order": ORDER, "flags": frozenset({(FLAG.criterion,
                                                                   FLAG.subject)})}
    return Earlier(**{**values, **changes})


def edited(**changes: Any) -> dict[str, Any]:
    return {**ORDER, **changes}


# (case, earlier, order screened again, new result, the decision stands)
CASES = [
    ("nothing changed", decided(), ORDER, screened(), True),
    ("each decided status stands alike", decided("proceed_with_conditions"), ORDER,
     screened(), True),
    ("escalated", decided("escalated"), ORDER, screened(), True),
    ("declined", decided("declined"), ORDER, screened(), True),
    ("the price changed", decided(), edited(lines=[{**ORDER["lines"][0], "unit_price": "1"}]),
     screened(), True),
    ("the reference and date changed", decided(), edited(reference="SO-2", date="2026-04-01"),
     screened(), True),
    ("the currency changed", decided(), edited(currency="USD"), screened(), True),
    ("the intended use differs in case, accents and punctuation only", decided(),
     edited(intended_use="office LAPTOPS!"), screened(), True),
    ("a blank destination filled in with the customer's country", decided(),
     edited(destination_country="FR"), screened(), True),
    ("no decision: held by screening", decided("held"), ORDER, screened(), False),
    ("no decision: cleared", decided("cleared"), ORDER, screened(), False),
    ("no screening stored", decided(tier=None), ORDER, screened(), False),
    ("no earlier state at all", None, ORDER, screened(), False),
    ("the tier changed", decided(), ORDER, screened(tier="elevated"), False),
    ("the hold changed", decided(), ORDER, screened(hold=False), False),
    ("a flag was added", decided(), ORDER,
     screened(flags=(FLAG, Flag("customer", "customer.police", "high", "r", "a"))), False),
    ("a flag is about something else", decided(), ORDER,
     screened(flags=(Flag(**{**FLAG.as_dict(), "subject": "CAM-2"}),)), False),
    ("a flag was removed", decided(), ORDER, screened(flags=()), False),
    ("the customer changed", decided(),
     edited(customer={**ORDER["customer"], "name": "Other"}), screened(), False),
    ("an end user was named", decided(), edited(end_user={"name": "Police", "country": "FR"}),
     screened(), False),
    ("the destination changed", decided(), edited(destination_country="DE"), screened(),
     False),
    ("the sales model changed", decided(), edited(sales_model="self_service"), screened(),
     False),
    ("the use cases changed", decided(), edited(use_cases=["surveillance"]), screened(), False),
    ("the intended use changed", decided(), edited(intended_use="Watching journalists"),
     screened(), False),
    ("a quantity changed", decided(), edited(lines=[{**ORDER["lines"][0], "quantity": 40}]),
     screened(), False),
    ("a product changed", decided(), edited(lines=[{**ORDER["lines"][0], "sku": "LT-2"}]),
     screened(), False),
    ("a line's category changed", decided(),
     edited(lines=[{**ORDER["lines"][0], "category": "camera"}]), screened(), False),
]


@pytest.mark.parametrize(("previous", "order", "result", "stands"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decision_stands(previous: Earlier | None, order: dict[str, Any],
                         result: ScreeningResult, stands: bool) -> None:
    assert decision_stands(previous, order, result) is stands
    status = status_after_screening(result, previous, order)
    if stands:
        assert previous is not None and status == previous.status
        assert not decision_reset(previous, order, result)
    else:
        assert status == screening_status(result)
        # The history says "no longer applies" only where there was a decision to drop.
        dropped = previous is not None and previous.status in DECIDED
        assert decision_reset(previous, order, result) is dropped


@pytest.mark.parametrize(("result", "status"), [
    (screened(tier="low", hold=False, flags=()), "cleared"),
    (screened(tier="elevated", hold=True), "held"),
    (screened(tier="prohibited", hold=True, blocked=True), "blocked"),
    (screened(tier="prohibited", hold=False, blocked=True), "blocked"),
])
def test_status_after_screening_of_a_new_order(result: ScreeningResult, status: str) -> None:
    assert screening_status(result) == status
    assert status_after_screening(result) == status
