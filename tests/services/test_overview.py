"""The overview's numbers, on the demo data and after an escalation is answered."""

from __future__ import annotations

import datetime as dt

from reseller_app.services.answers import AnswerService
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import AnswerInput, OrderFilter
from reseller_app.services.orders import OrderService
from reseller_app.services.overview import OverviewService, month_starts

from .test_escalation import build, held_order

TODAY = dt.date(2026, 11, 5)  # the tests' clock (conftest.START)


def test_month_starts_cross_the_year() -> None:
    starts = month_starts(dt.date(2026, 2, 17))
    assert len(starts) == 12
    assert starts[0] == dt.date(2025, 3, 1) and starts[-1] == dt.date(2026, 2, 1)


def test_demo_counts_match_the_orders_list(ctx) -> None:
    load_demo_data(ctx)
    summary = OverviewService(ctx).summary()
    orders = OrderService(ctx)

    def count(*statuses: str) -> int:
        return orders.count(OrderFilter(statuses=list(statuses)))

    assert summary.today == TODAY
    assert summary.held == count("held") > 0
    assert summary.blocked == count("blocked") > 0
    assert summary.escalated == count("escalated") == 1  # DEMO-0019, sent to the distributor
    # Two follow-ups after conditional sales are due by now (the demo's reminders).
    assert (summary.follow_ups_due, summary.outbox_failed, summary.answers_recent) == (2, 0, 0)
    assert summary.policy.adopted and not summary.policy.due  # the demo policy is adopted

    # Twelve months, oldest first, ending with this one; every demo order is in one of them.
    assert [m.month for m in summary.months] == month_starts(TODAY)
    assert summary.months[-1].month == dt.date(2026, 11, 1)
    assert sum(m.total for m in summary.months) == orders.count(OrderFilter()) == 34
    for tier in ("low", "elevated", "high", "prohibited"):
        assert sum(m.counts.get(tier, 0) for m in summary.months) == \
            orders.count(OrderFilter(tiers=[tier]))
    assert sum(1 for m in summary.months if m.total) >= 3  # the demo spans about 100 days


def test_answers_and_follow_ups_are_counted(configured, catalog) -> None:
    order_id = held_order(configured, catalog)
    packet = build(configured, order_id)
    service = OverviewService(configured)
    assert service.summary().policy.due and not service.summary().policy.adopted

    AnswerService(configured).record(packet.id, AnswerInput(
        "approved_with_conditions", ["Disable face matching before delivery"], "TD-2026-118",
        dt.date(2026, 11, 4), "Dana Ruiz", "TechDistri Europe"))
    summary = service.summary()
    assert summary.answers_recent == 1
    assert [(a.order_id, a.order_reference, a.outcome) for a in summary.latest_answers] == \
        [(order_id, "SO-2001", "approved_with_conditions")]
    # The condition is due on the answer's date (yesterday): due and overdue.
    assert (summary.follow_ups_due, summary.follow_ups_overdue) == (1, 1)
    assert summary.held == 0  # the answer decided the order
    # Two weeks later the answer is no longer "recent"; the follow-up is still due.
    later = service.summary(TODAY + dt.timedelta(days=30))
    assert later.follow_ups_due == 1
