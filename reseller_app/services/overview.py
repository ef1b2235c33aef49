"""The overview (home) page's numbers: what needs attention today, and orders by tier per month.

Every count is a GROUP BY on an indexed column, so the page costs a few milliseconds also with
100,000 orders: the statuses through ``ix_orders_status_date``, the months through
``ix_orders_tier_date`` (tier, order_date, id), which holds every column the query reads.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from reseller_app.domain.packs import TIER_RANK
from reseller_app.domain.sanctions.freshness import (
    ListsFreshness,
    freshness,
    stale_days_setting,
)
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    MessageState,
    OrderStatus,
    OverviewSummary,
    RecentAnswer,
    TierMonth,
)
from reseller_app.services.first_screen import (
    ATTENTION,
    LATEST_ANSWERS,
    LISTS_SETTING,
    MONTHS,
    RECENT_DAYS,
)
from reseller_app.services.party_checks import match_counts
from reseller_app.services.policy import PolicyService
from reseller_app.store import bulk
from reseller_app.store import sanctions as lists_store
from reseller_app.store.tables import (
    DbDistributorAnswer,
    DbFollowUp,
    DbOrder,
    DbOutboxMessage,
)


def month_starts(today: dt.date, months: int = MONTHS) -> list[dt.date]:
    """The first days of the last ``months`` months, this one included, oldest first."""
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def lists_freshness(ctx: AppContext, s: Session, today: dt.date) -> ListsFreshness:
    """Whether a list is imported and which are older than the set days (the overview's
    warning and the lists' reminder)."""
    newest = [(row.source, row.published, row.imported_at) for row in lists_store.newest(s)]
    return freshness(newest, today, stale_days_setting(bulk.get_setting(ctx, LISTS_SETTING)))


class OverviewService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.policy = PolicyService(ctx)

    def _today(self) -> dt.date:
        return self.ctx.clock().astimezone(dt.UTC).date()

    def summary(self, today: dt.date | None = None) -> OverviewSummary:
        today = today or self._today()
        now = self.ctx.clock()
        starts = month_starts(today)
        tiers = sorted(TIER_RANK, key=TIER_RANK.__getitem__)
        with self.ctx.session() as s:
            statuses = dict(s.execute(
                select(DbOrder.status, func.count()).where(DbOrder.status.in_(ATTENTION))
                .group_by(DbOrder.status)).all())
            # tier IN (...) lets SQLite walk ix_orders_tier_date once per tier, from the first
            # month on, without reading the table.
            year, month = extract("year", DbOrder.order_date), extract("month", DbOrder.order_date)
            by_month = s.execute(
                select(DbOrder.tier, year, month, func.count())
                .where(DbOrder.tier.in_(tiers), DbOrder.order_date >= starts[0],
                       DbOrder.order_date <= today)
                .group_by(DbOrder.tier, year, month)).all()
            open_follow_ups = (DbFollowUp.done_on.is_(None), DbFollowUp.due_on <= today)
            due = s.execute(select(func.count()).select_from(DbFollowUp)
                            .where(*open_follow_ups)).scalar() or 0
            overdue = s.execute(select(func.count()).select_from(DbFollowUp).where(
                DbFollowUp.done_on.is_(None), DbFollowUp.due_on < today)).scalar() or 0
            outbox = dict(s.execute(
                select(DbOutboxMessage.state, func.count()).where(DbOutboxMessage.state.in_(
                    [MessageState.FAILED.value, MessageState.QUEUED.value,
                     MessageState.SENDING.value]))
                .group_by(DbOutboxMessage.state)).all())
            since = now - dt.timedelta(days=RECENT_DAYS)
            recent = s.execute(select(func.count()).select_from(DbDistributorAnswer)
                               .where(DbDistributorAnswer.recorded_at >= since)).scalar() or 0
            latest = s.execute(
                select(DbDistributorAnswer.order_id, DbOrder.reference,
                       DbDistributorAnswer.outcome, DbDistributorAnswer.answered_on)
                .join(DbOrder, DbOrder.id == DbDistributorAnswer.order_id)
                .where(DbDistributorAnswer.recorded_at >= since)
                .order_by(DbDistributorAnswer.recorded_at.desc(), DbDistributorAnswer.id.desc())
                .limit(LATEST_ANSWERS)).all()
            lists = lists_freshness(self.ctx, s, today)
            possible_matches, confirmed_matches = match_counts(s)

        months = {start: TierMonth(start) for start in starts}
        for tier, y, m, count in by_month:
            entry = months.get(dt.date(int(y), int(m), 1))
            if entry is not None:
                entry.counts[tier] = entry.counts.get(tier, 0) + int(count)
        return OverviewSummary(
            today=today,
            held=int(statuses.get(OrderStatus.HELD.value, 0)),
            blocked=int(statuses.get(OrderStatus.BLOCKED.value, 0)),
            escalated=int(statuses.get(OrderStatus.ESCALATED.value, 0)),
            answers_recent=int(recent), recent_days=RECENT_DAYS,
            follow_ups_due=int(due), follow_ups_overdue=int(overdue),
            outbox_failed=int(outbox.get(MessageState.FAILED.value, 0)),
            outbox_waiting=int(outbox.get(MessageState.QUEUED.value, 0)
                               + outbox.get(MessageState.SENDING.value, 0)),
            policy=self.policy.review_status(today),
            months=list(months.values()),
            latest_answers=[RecentAnswer(int(order_id), ref, outcome, answered_on)
                            for order_id, ref, outcome, answered_on in latest],
            lists=lists,
            possible_matches=possible_matches, confirmed_matches=confirmed_matches,
        )
