"""The due diligence report up the chain: its figures, built from the database (read only).

``build`` runs a dozen GROUP BY queries over the period's orders and folds their rows with the
pure functions of ``domain.chain_report``. Every query filters on ``orders.order_date``, so
SQLite starts from an index on it (``ix_orders_date_id``, or ``ix_orders_tier_date`` /
``ix_orders_status_date`` / ``ix_orders_country`` where the grouped column leads) and reads the
period's rows only; with 100,000 orders the whole report costs a fraction of a second
(``bench/run.py``'s ``report:`` line compares it with the same queries run bare).

The distributor: orders do not record one (a packet does, when an order is escalated), so the
report counts all the reseller's orders of the period and names the distributor, one of those
listed in the company profile, as its recipient.

Nothing here writes: a report that leaves the app is the signed packet of
``services/chain_report_send.py`` (built, then queued or exported).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import and_, case, distinct, func, literal_column, or_, select

from reseller_app.domain import chain_report as cr
from reseller_app.domain.completeness import FULL_MASK, bit
from reseller_app.domain.text_fold import fold
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import (
    DecisionOutcome,
    OrderStatus,
    PacketKind,
)
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ValidationError
from reseller_app.store.completeness_sql import mask_sql
from reseller_app.store.tables import (
    COMPANY_ID,
    DbCompany,
    DbDecision,
    DbDistributor,
    DbFollowUp,
    DbOrder,
    DbOrderLine,
    DbPacket,
    DbPolicyVersion,
    DbSanctionList,
    DbScreening,
    utc,
)

# The statuses a named order is listed for (when the user ticks names in).
NAMED_STATUSES = (OrderStatus.HELD, OrderStatus.ESCALATED, OrderStatus.DECLINED,
                  OrderStatus.BLOCKED)
# Policy versions that were adopted once (the current one and those it replaced).
_ADOPTED_ONCE = ("adopted", "superseded")


@cache
def m49_regions() -> Mapping[str, cr.Region]:
    """ISO country code -> its UN M49 sub-region (``resources/data/m49/regions.csv``)."""
    raw = (resources.files("reseller_app.resources") / "data" / "m49" / "regions.csv"
           ).read_text(encoding="utf-8")
    table: dict[str, cr.Region] = {}
    for line in raw.splitlines()[1:]:
        if line.strip():
            country, code, name, region = line.split(",")
            table[country] = cr.Region(code, name, region)
    return table


def completeness_query(in_period: tuple[Any, ...], dialect: str) -> Any:
    """Orders, complete ones, and orders with each item, in one pass: each row's completeness
    mask (the orders list's SQL, ``store/completeness_sql.py``) is worked out once, then its
    bits are counted (the checklist's part reads the screening's JSON: not twice per row)."""
    masks = select(literal_column(mask_sql(dialect)).label("mask")).where(*in_period).subquery()
    return select(func.count(), func.sum(case((masks.c.mask == FULL_MASK, 1), else_=0)),
                  *[func.sum(case((masks.c.mask.op("&")(bit(item)) != 0, 1), else_=0))
                    for item in cr.COMPLETENESS_PARTS])


class ChainReportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def default_period(self) -> cr.ReportPeriod:
        """The last finished quarter (see ``domain.chain_report``)."""
        return cr.ReportPeriod.last_finished_quarter(self.ctx.clock().astimezone(dt.UTC).date())

    # -- who it is for ---------------------------------------------------------------------
    def distributors(self) -> list[str]:
        """The distributors of the company profile, in the order the user listed them."""
        with self.ctx.session() as s:
            return list(s.execute(select(DbDistributor.name)
                                  .order_by(DbDistributor.position, DbDistributor.id)).scalars())

    def distributor(self, name: str) -> str:
        """The distributor called ``name`` (case and accents aside), as the profile spells it."""
        names = self.distributors()
        wanted = fold(name.strip())
        for known in names:
            if fold(known) == wanted and wanted:
                return known
        if not names:
            raise ValidationError("distributor", t(
                "The company profile lists no distributors: add the distributor in the app "
                "(Company profile) first."))
        raise ValidationError("distributor", t(
            'No distributor is called "{name}": the company profile lists {names}.',
            name=name.strip(), names=", ".join(names)))

    # -- building ------------------------------------------------------------------------------
    def build(self, period: cr.ReportPeriod, distributor: str, include_names: bool = False
              ) -> cr.ChainReport:
        """The report of ``period`` for ``distributor`` (read only: nothing is written)."""
        recipient = self.distributor(distributor)
        now = self.ctx.clock().astimezone(dt.UTC)
        as_of = period.as_of(now.date())
        with self.ctx.session() as s:
            run: Callable[[Any], list[Any]] = lambda q: list(s.execute(q).all())  # noqa: E731
            return self._build(run, period, recipient, now, as_of, include_names,
                               s.get(DbCompany, COMPANY_ID))

    def _build(self, run: Callable[[Any], list[Any]], period: cr.ReportPeriod, recipient: str,
               now: dt.datetime, as_of: dt.date, include_names: bool,
               company: DbCompany | None) -> cr.ChainReport:
        queries = report_queries(period, as_of, self.ctx.engine.dialect.name)
        rows = {name: run(q) for name, q in queries.items()}
        day_tiers = [(_date(d), tier, n) for d, tier, n in rows["day_tier"]]
        statuses = {status: n for status, n in rows["status"]}
        held = rows["holds"]
        spans = [cr.days_between(utc(h), utc(d)) for _, h, d in held if d is not None]
        parts_row = rows["completeness"][0]
        orders = int(parts_row[0] or 0)
        outcomes = cr.Outcomes(
            held=len(held), decided=len(spans), median_days_to_decision=cr.median_days(spans),
            declined=statuses.get(OrderStatus.DECLINED, 0),
            escalated=statuses.get(OrderStatus.ESCALATED, 0),
            blocked=statuses.get(OrderStatus.BLOCKED, 0),
            escalations=int(rows["escalations"][0][0] or 0))
        follow = rows["follow_ups"][0]
        named = None
        if include_names:
            named = tuple(cr.NamedOrder(ref, _date(day), tier, status, customer or "",
                                        end_user or "", country or "")
                          for ref, day, tier, status, customer, end_user, country
                          in run(named_orders_query(period)))
        return cr.ChainReport(
            period=period, as_of=as_of, generated_at=now,
            reseller=company.name if company else "", distributor=recipient,
            orders=orders,
            by_tier=cr.tier_counts((tier, n) for _, tier, n in day_tiers),
            by_category=cr.most_first((c or cr.NO_CATEGORY, n) for c, n in rows["category"]),
            by_region=cr.region_counts(rows["country"], m49_regions()),
            by_month=cr.month_tiers(day_tiers, period),
            outcomes=outcomes,
            misuse_reports=int(rows["misuse"][0][0] or 0),
            follow_ups=cr.FollowUps(done=int(follow[0] or 0), overdue=int(follow[1] or 0)),
            policy=_policy(rows["policy"], as_of),
            packs=tuple(cr.PackUse(pid, version, sha, n)
                        for pid, version, sha, n in rows["packs"]),
            lists=cr.lists_in_force([cr.ListVersion(src, published or "", utc(at).date(), sha,
                                                    n) for src, published, at, sha, n
                                     in rows["lists"]], period),
            completeness=cr.Completeness(
                orders=orders, complete=int(parts_row[1] or 0),
                parts=tuple((p, int(parts_row[i + 2] or 0))
                            for i, p in enumerate(cr.COMPLETENESS_PARTS))),
            named_orders=named)


def report_json_bytes(report: cr.ChainReport) -> bytes:
    """The JSON file's bytes: sorted keys and UTF-8, so the same report gives the same file."""
    return (json.dumps(cr.to_json(report), ensure_ascii=False, indent=2, sort_keys=True)
            + "\n").encode("utf-8")


def _date(value: Any) -> dt.date:
    # SQLite hands a GROUP BY on a DATE column back as a date (SQLAlchemy's type) or as text
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _policy(rows: list[Any], as_of: dt.date) -> cr.PolicyState:
    if not rows:
        return cr.PolicyState(None, None, None, None, True)
    number, approved_on, next_review = rows[0]
    approved_on, next_review = _opt_date(approved_on), _opt_date(next_review)
    # as ``PolicyService.review_status``: due on the review day, overdue with no day set
    overdue = next_review is None or next_review <= as_of
    return cr.PolicyState(number, approved_on, approved_on, next_review, overdue)


def _opt_date(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def _day_bounds(period: cr.ReportPeriod) -> tuple[dt.datetime, dt.datetime]:
    """The period as [start, end) in UTC timestamps, for the columns that are timestamps."""
    start = dt.datetime.combine(period.start, dt.time(), dt.UTC)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), dt.UTC)
    return start, end


def report_queries(period: cr.ReportPeriod, as_of: dt.date, dialect: str = "sqlite"
                   ) -> dict[str, Any]:
    """The report's GROUP BY queries (also run bare by the bench, for its comparison)."""
    in_period = (DbOrder.order_date >= period.start, DbOrder.order_date <= period.end)
    start, end = _day_bounds(period)
    first_hold = (select(DbScreening.order_id.label("order_id"),
                         func.min(DbScreening.created_at).label("held_at"))
                  .join(DbOrder, DbOrder.id == DbScreening.order_id)
                  .where(*in_period, DbScreening.hold.is_(True))
                  .group_by(DbScreening.order_id).subquery())
    first_decision = (select(func.min(DbDecision.decided_at))
                      .where(DbDecision.order_id == first_hold.c.order_id,
                             DbDecision.decided_at >= first_hold.c.held_at)
                      .scalar_subquery())
    open_on = or_(DbFollowUp.done_on.is_(None), DbFollowUp.done_on > as_of)
    return {
        "day_tier": select(DbOrder.order_date, DbOrder.tier, func.count())
        .where(*in_period).group_by(DbOrder.order_date, DbOrder.tier),
        "status": select(DbOrder.status, func.count()).where(*in_period)
        .group_by(DbOrder.status),
        "country": select(DbOrder.destination_country, func.count()).where(*in_period)
        .group_by(DbOrder.destination_country),
        "category": select(DbOrderLine.category, func.count(distinct(DbOrderLine.order_id)))
        .join(DbOrder, DbOrder.id == DbOrderLine.order_id).where(*in_period)
        .group_by(DbOrderLine.category),
        "completeness": completeness_query(in_period, dialect),
        "holds": select(first_hold.c.order_id, first_hold.c.held_at, first_decision),
        "escalations": select(func.count(distinct(DbDecision.order_id)))
        .join(DbOrder, DbOrder.id == DbDecision.order_id)
        .where(*in_period, DbDecision.outcome == DecisionOutcome.ESCALATE),
        "misuse": select(func.count()).select_from(DbPacket)
        .where(DbPacket.kind == PacketKind.MISUSE, DbPacket.created_at >= start,
               DbPacket.created_at < end),
        "follow_ups": select(
            func.sum(case((and_(DbFollowUp.done_on >= period.start,
                                DbFollowUp.done_on <= period.end), 1), else_=0)),
            func.sum(case((and_(DbFollowUp.due_on < as_of, open_on), 1), else_=0))),
        "policy": select(DbPolicyVersion.number, DbPolicyVersion.approved_on,
                         DbPolicyVersion.next_review)
        .where(DbPolicyVersion.status.in_(_ADOPTED_ONCE),
               DbPolicyVersion.approved_on <= as_of)
        .order_by(DbPolicyVersion.number.desc()).limit(1),
        "packs": select(DbScreening.pack_id, DbScreening.pack_version, DbScreening.pack_sha256,
                        func.count())
        .join(DbOrder, DbOrder.id == DbScreening.order_id).where(*in_period)
        .group_by(DbScreening.pack_id, DbScreening.pack_version, DbScreening.pack_sha256)
        .order_by(DbScreening.pack_id, DbScreening.pack_version),
        "lists": select(DbSanctionList.source, DbSanctionList.published,
                        DbSanctionList.imported_at, DbSanctionList.file_sha256,
                        DbSanctionList.entry_count).order_by(DbSanctionList.id),
    }


def named_orders_query(period: cr.ReportPeriod) -> Any:
    return (select(DbOrder.reference, DbOrder.order_date, DbOrder.tier, DbOrder.status,
                   DbOrder.customer_name, DbOrder.end_user_name, DbOrder.destination_country)
            .where(DbOrder.order_date >= period.start, DbOrder.order_date <= period.end,
                   or_(DbOrder.hold.is_(True), DbOrder.status.in_(NAMED_STATUSES)))
            .order_by(DbOrder.order_date, DbOrder.reference))
