"""The first screen before the ORM is loaded: the orders list and the overview's numbers.

The desktop app shows its first screen from ``store.quick_read`` (the standard library's
sqlite3) while SQLModel, SQLAlchemy and the services load behind it, then switches every read to
the services (``FirstScreen.switch``). The objects here have the names and return types of the
services they stand in for, so the views do not know which one answers:

- ``QuickOrders.query`` / ``count``  -> ``OrderService.query`` / ``count`` (``OrderRow``)
- ``QuickOverview.summary``          -> ``OverviewService.summary`` (``OverviewSummary``)
- ``QuickPolicy.review_status``      -> ``PolicyService.review_status`` (``ReviewStatus``)

tests/services/test_first_screen.py fills a real database and checks that both answer alike.
Once switched, each object hands every call to the service (a page fetched later by a list
built on the quick path reads through the ORM). This module imports no SQLAlchemy or SQLModel.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from reseller_app.domain.dates import date_of
from reseller_app.domain.sanctions.freshness import (
    ListsFreshness,
    freshness,
    stale_days_setting,
)
from reseller_app.domain.sanctions.reviews import PartySubject
from reseller_app.domain.vocabulary import RiskTier
from reseller_app.services.dto import (
    Customer,
    MessageState,
    OrderFilter,
    OrderRow,
    OrderStatus,
    OverviewSummary,
    RecentAnswer,
    ReviewStatus,
    TierMonth,
)
from reseller_app.store.quick_read import ListRow, QuickReader

# The overview's rules, here rather than in services/overview.py (which takes them from here)
# so that the first screen reads them without loading the ORM.
MONTHS = 12
RECENT_DAYS = 14  # "answers received recently"
LATEST_ANSWERS = 5
ATTENTION = (OrderStatus.HELD.value, OrderStatus.BLOCKED.value, OrderStatus.ESCALATED.value)
TIERS = tuple(RiskTier)  # lowest first, as domain/packs.py's TIER_RANK
ADOPTED = "adopted"  # PolicyService's status of the policy in force
# The business setting of the sanctions lists (their addresses for Update lists, and after how
# many days the overview calls a list old): ``SettingsService.lists_settings`` writes it.
LISTS_SETTING = "sanctions_lists"
# Sanctions checks that need a look (``Verdict`` values: possible_match, match), counted for
# catalog customers and for the parties of orders not declined (``services.party_checks``).
FLAGGED_VERDICTS = ("possible_match", "match")
ORDER_PARTY = PartySubject.ORDER.value  # party_check.subject of an order's party
CLOSED_ORDERS = (OrderStatus.DECLINED.value,)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def month_starts(today: dt.date, months: int = MONTHS) -> list[dt.date]:
    """The first days of the last ``months`` months, this one included, oldest first."""
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def _decimal(text: str | None) -> Decimal:
    try:
        return Decimal(text) if text else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def order_row(r: ListRow) -> OrderRow:
    """One line of the list, as ``OrderService.query`` makes it."""
    return OrderRow(r.id, r.reference, r.order_date, r.customer_name, r.destination_country,
                    r.tier, r.status, _decimal(r.total), r.currency, r.completeness)


class _Standing:
    """Hands every call to the service once it is there (``full``)."""

    full: Any = None


class QuickOrders(_Standing):
    """``OrderService``'s list reads."""

    def __init__(self, reader: QuickReader) -> None:
        self.reader = reader

    def query(self, f: OrderFilter, offset: int, limit: int) -> list[OrderRow]:
        if self.full is not None:
            return self.full.query(f, offset, limit)
        return [order_row(r) for r in self.reader.list_orders(f, offset, limit)]

    def count(self, f: OrderFilter, cap: int | None = None) -> int:
        if self.full is not None:
            return self.full.count(f, cap)
        return self.reader.count_orders(f, cap)


class QuickPolicy(_Standing):
    """``PolicyService.review_status``."""

    def __init__(self, reader: QuickReader, clock: Callable[[], dt.datetime] = _utc_now
                 ) -> None:
        self.reader = reader
        self.clock = clock

    def review_status(self, today: dt.date | None = None) -> ReviewStatus:
        if self.full is not None:
            return self.full.review_status(today)
        today = today or self.clock().astimezone(dt.UTC).date()
        adopted = self.reader.adopted_policy(ADOPTED)
        if adopted is None:
            return ReviewStatus(adopted=False, next_review=None, due=True, days_left=None)
        next_review = adopted[0] or _review_date(adopted[1])
        if next_review is None:
            return ReviewStatus(True, None, True, None)
        days = (next_review - today).days
        return ReviewStatus(True, next_review, days <= 0, days)


def _review_date(field_values: str) -> dt.date | None:
    """The ``next_review`` answer of a stored policy (as ``domain.policy.parse_date``)."""
    try:
        values = json.loads(field_values or "{}")
    except ValueError:
        return None
    return date_of(values.get("next_review"), whole_text=True) if isinstance(values, dict) \
        else None


class QuickOverview(_Standing):
    """``OverviewService.summary``."""

    def __init__(self, reader: QuickReader, policy: QuickPolicy,
                 clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self.reader = reader
        self.policy = policy
        self.clock = clock

    def summary(self, today: dt.date | None = None) -> OverviewSummary:
        if self.full is not None:
            return self.full.summary(today)
        now = self.clock()
        today = today or now.astimezone(dt.UTC).date()
        starts = month_starts(today)
        counts = self.reader.overview(
            attention=ATTENTION, tiers=TIERS, first_day=starts[0], today=today,
            outbox_states=(MessageState.FAILED.value, MessageState.QUEUED.value,
                           MessageState.SENDING.value),
            since=now - dt.timedelta(days=RECENT_DAYS), latest=LATEST_ANSWERS,
            flagged=FLAGGED_VERDICTS, order_party=ORDER_PARTY, closed=CLOSED_ORDERS)
        months = {start: TierMonth(start) for start in starts}
        for tier, y, m, count in counts.by_month:
            entry = months.get(dt.date(y, m, 1))
            if entry is not None:
                entry.counts[tier] = entry.counts.get(tier, 0) + count
        statuses, outbox = counts.statuses, counts.outbox
        return OverviewSummary(
            today=today,
            held=statuses.get(OrderStatus.HELD.value, 0),
            blocked=statuses.get(OrderStatus.BLOCKED.value, 0),
            escalated=statuses.get(OrderStatus.ESCALATED.value, 0),
            answers_recent=counts.answers_recent, recent_days=RECENT_DAYS,
            follow_ups_due=counts.follow_ups_due, follow_ups_overdue=counts.follow_ups_overdue,
            outbox_failed=outbox.get(MessageState.FAILED.value, 0),
            outbox_waiting=outbox.get(MessageState.QUEUED.value, 0)
            + outbox.get(MessageState.SENDING.value, 0),
            policy=self.policy.review_status(today),
            months=list(months.values()),
            latest_answers=[RecentAnswer(*a) for a in counts.latest_answers],
            lists=self._lists(today),
            possible_matches=counts.sanctions.get(FLAGGED_VERDICTS[0], 0),
            confirmed_matches=counts.sanctions.get(FLAGGED_VERDICTS[1], 0),
        )

    def _lists(self, today: dt.date) -> ListsFreshness:
        """How old the lists are (``OverviewService`` tells the same from the ORM)."""
        rows, setting = self.reader.sanctions_lists(LISTS_SETTING)
        try:
            stored = json.loads(setting) if setting else None
        except ValueError:
            stored = None
        return freshness(rows, today, stale_days_setting(stored))


class QuickCatalog(_Standing):
    """``CatalogService``'s customer look-ups for the list's filter: none until the services
    are there (the drop-down is filled then; its closed field shows "All customers")."""

    def customers(self, search: str = "", limit: int | None = None) -> list[Customer]:
        if self.full is not None:
            return self.full.customers(search, limit)
        return []

    def customer(self, customer_id: int) -> Customer | None:
        if self.full is not None:
            return self.full.customer(customer_id)
        return None


class FirstScreen:
    """The stand-ins a ``Backend`` hands out before its ``AppContext`` is open."""

    def __init__(self, reader: QuickReader,
                 clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self.reader = reader
        self.orders = QuickOrders(reader)
        self.policy = QuickPolicy(reader, clock)
        self.overview = QuickOverview(reader, self.policy, clock)
        self.catalog = QuickCatalog()

    @classmethod
    def open(cls, url: str | None) -> FirstScreen | None:
        """The first screen of the database at ``url``; ``None`` when it must take the ORM
        path (not SQLite, not set up, needs a migration, cannot be read)."""
        reader = QuickReader.open_current(url)
        if reader is None:
            return None
        screen = cls(reader)
        try:  # the first screen's own queries, once (a few ms): a failure is not shown there
            screen.overview.summary()
            screen.orders.query(OrderFilter(), 0, 1)
        except Exception:  # the ORM path opens the database and says what is wrong
            return None
        return screen

    def pack_ref(self) -> tuple[str, str, str] | None:
        """The active criteria pack's id, version and SHA-256."""
        try:
            return self.reader.active_pack()
        except Exception:  # the status bar says "No criteria pack loaded"; the ORM path knows
            return None

    def switch(self, services: Callable[[str], Any]) -> None:
        """From now on every call goes to ``services(name)`` ("orders", "overview", ...)."""
        for name in ("orders", "policy", "overview", "catalog"):
            getattr(self, name).full = services(name)
