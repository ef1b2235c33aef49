"""The demo data gives the reminders, the report up the chain and the completeness indicator
something to show: orders held for days, follow-ups due, a finished quarter with
orders, and orders with more and with less of their information."""

from __future__ import annotations

from reseller_app.domain.completeness import Completeness
from reseller_app.domain.vocabulary import ReminderKind
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import OrderFilter
from reseller_app.services.orders import OrderService
from reseller_app.services.reminders import RemindersService


def test_demo_has_reminders_due(ctx) -> None:
    load_demo_data(ctx)
    kinds = {r.kind for r in RemindersService(ctx).due()}
    assert ReminderKind.ORDERS_HELD in kinds  # screened on their own dates, held for days
    assert ReminderKind.FOLLOW_UPS_OVERDUE in kinds
    assert ReminderKind.REPORT_DUE in kinds  # the last quarter ended with orders in it


def test_demo_orders_vary_in_completeness(ctx) -> None:
    load_demo_data(ctx)
    rows = OrderService(ctx).query(OrderFilter(), 0, 100)
    done = {Completeness.from_mask(r.completeness).done for r in rows
            if r.completeness is not None}
    assert len(done) >= 3 and max(done) == len(Completeness.from_mask(0).present)
