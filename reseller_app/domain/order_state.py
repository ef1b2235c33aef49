"""An order's status after a screening, and whether an earlier decision about it still stands.

One rule for every way an order is screened again: saved from the editor, screened again with
the current catalog and pack. (An import stores new orders only: their status is the
screening's.) Pure: the services read the earlier state from the store and hand it in.

A decision is about who buys and uses what, how many, where it goes and what for, as screened.
It stops applying when the screening finds something else (tier, hold or flags) or when one of
those facts changes; fixing a price, a description, the date or the reference keeps it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reseller_app.domain.decisions import STATUS_AFTER
from reseller_app.domain.screening import ScreeningResult
from reseller_app.domain.text_fold import fold
from reseller_app.domain.vocabulary import OrderStatus

DECIDED = frozenset(STATUS_AFTER.values())  # statuses people set (the rest come from screening)

# What a decision is about (order JSON v1 keys), besides the intended use and the lines.
_DECIDED_ON = ("sales_model", "customer", "end_user", "destination_country", "use_cases",
               "consignee")


@dataclass(frozen=True, slots=True)
class Earlier:
    """An order as stored before it is screened again: its status and its latest screening."""

    status: str
    tier: str | None = None  # the latest screening's; None when no screening is stored
    hold: bool = False
    order: Mapping[str, Any] = field(default_factory=dict)  # the order as screened (JSON v1)
    flags: frozenset[tuple[str, str]] = frozenset()  # (criterion, subject) of its flags


def flag_keys(result: ScreeningResult) -> frozenset[tuple[str, str]]:
    """What the screening found, comparable: its flags and its restricted-party findings (a
    new possible match, or one reviewed since, is something else found)."""
    keys = frozenset((f.criterion, f.subject) for f in result.flags)
    if result.parties is not None and result.parties.findings:
        keys |= frozenset(f.key() for f in result.parties.findings)
    return keys


def decided_on(order: Mapping[str, Any]) -> tuple[Any, ...]:
    """The facts of an order (JSON v1) a decision about it rests on, comparable."""
    # Orders stored before a blank destination was filled in have none in their snapshot: the
    # end user's country (the customer's without one) is where they went all the same.
    user = order.get("end_user") or order.get("customer") or {}
    order = {**order, "destination_country": order.get("destination_country")
             or user.get("country")}
    facts: list[Any] = [json.dumps(order.get(k), sort_keys=True) for k in _DECIDED_ON]
    facts.append(" ".join(re.findall(r"\w+", fold(order.get("intended_use") or ""))))
    facts.append(tuple((ln.get("sku"), ln.get("category"), ln.get("quantity"))
                       for ln in order.get("lines") or ()))
    return tuple(facts)


def screening_status(result: ScreeningResult) -> str:
    """The status a screening alone gives an order (no decision taken on it)."""
    return OrderStatus.BLOCKED if result.blocked else OrderStatus.HELD if result.hold \
        else OrderStatus.CLEARED


def decision_stands(previous: Earlier | None, order: Mapping[str, Any],
                    result: ScreeningResult) -> bool:
    """Whether the decision ``previous`` holds still applies to the order (JSON v1) screened
    again as ``result``. False when there is no decision, or no screening it was taken on."""
    if previous is None or previous.status not in DECIDED or previous.tier is None:
        return False
    return (previous.tier == result.tier and previous.hold == result.hold
            and decided_on(previous.order) == decided_on(order)
            and previous.flags == flag_keys(result))


def decision_reset(previous: Earlier | None, order: Mapping[str, Any],
                   result: ScreeningResult) -> bool:
    """Whether screening again drops an earlier decision (what the history says)."""
    return previous is not None and previous.status in DECIDED and \
        not decision_stands(previous, order, result)


def status_after_screening(result: ScreeningResult, previous: Earlier | None = None,
                           order: Mapping[str, Any] | None = None) -> str:
    """The order's status once screened as ``result``: the earlier decision's while it stands,
    else the screening's. A new order has no ``previous``."""
    if previous is not None and order is not None and decision_stands(previous, order, result):
        return previous.status
    return screening_status(result)
