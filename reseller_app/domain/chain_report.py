"""The periodic due diligence report up the chain: what the reseller screened and decided in a
period, shared with a distributor.

Pure data: the service (``services.chain_report``) runs the GROUP BY queries and hands the rows
to the small functions here, which fold them into a frozen ``ChainReport``; ``to_json`` writes
the document published as ``resources/schemas/due-diligence-report-v1.schema.json``. The PDF
(``reports/chain_report_pdf.py``) and the in-app preview read the same ``ChainReport``.

Choices a reader of the report should know:

- **Period.** "2026Q4" (a quarter), "2026-11" (a month) or "2026" (a year); an order belongs to
  the period of its ``order_date``. With no period named, the report covers the **last
  finished quarter** (on 7 December 2026: 2026Q3): a report up the chain is about a closed
  period, whose numbers no longer move, and it falls due when a quarter ends.
- **As of.** Follow-ups overdue and the policy's review are judged on the period's last day,
  or on the day the report is made when that comes first (a report of the running quarter).
- **Distributor.** Orders do not record a distributor, so the report covers all the
  reseller's orders of the period and names the distributor as its recipient.
- **Names.** Only counts, unless the user ticks names in: then ``named_orders`` lists the
  orders held, escalated, declined or blocked in the period with their customer and end user.
- **Regions.** Destinations are grouped by the UN M49 sub-regions ("Western Europe",
  "Sub-Saharan Africa"...), read from ``resources/data/m49/regions.csv`` by the service.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import CompletenessItem, OrderStatus, RiskTier

REPORT_FORMAT = "channel-diligence-due-diligence-report/1"
SCHEMA_FILE = "due-diligence-report-v1.schema.json"
# The tiers in rank order, lowest first: every count by tier lists all four, zeros included.
TIERS: tuple[str, ...] = tuple(RiskTier)
UNKNOWN_REGION = ""  # the code of "no destination / not a country the M49 table knows"
NO_CATEGORY = ""  # order lines without a product category


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class PeriodError(ValueError):
    """A period the user typed that is not one: the message says what is expected."""


_QUARTER = re.compile(r"^(\d{4})\s*-?\s*[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@dataclass(frozen=True)
class ReportPeriod:
    """A calendar month, quarter or year; ``start`` and ``end`` are both inside it."""

    kind: PeriodKind
    year: int
    number: int  # the month (1-12) or the quarter (1-4); 0 for a year

    def __post_init__(self) -> None:
        limit = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 0}[self.kind]
        low = 0 if self.kind is PeriodKind.YEAR else 1
        if not (1 <= self.year <= 9999 and low <= self.number <= limit):
            raise PeriodError(t("{year} {number} is not a period.", year=self.year,
                                number=self.number))

    # -- making one ------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> ReportPeriod:
        """"2026Q4" / "2026-Q4", "2026-11" or "2026"; anything else raises ``PeriodError``."""
        raw = (text or "").strip()
        if m := _QUARTER.match(raw):
            return cls(PeriodKind.QUARTER, int(m[1]), int(m[2]))
        if (m := _MONTH.match(raw)) and 1 <= int(m[2]) <= 12:
            return cls(PeriodKind.MONTH, int(m[1]), int(m[2]))
        if (m := _YEAR.match(raw)) and int(m[1]) >= 1:
            return cls(PeriodKind.YEAR, int(m[1]), 0)
        raise PeriodError(t('"{text}" is not a period: write a quarter like 2026Q4, a month '
                            "like 2026-11 or a year like 2026.", text=raw))

    @classmethod
    def quarter_of(cls, day: dt.date) -> ReportPeriod:
        return cls(PeriodKind.QUARTER, day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def last_finished_quarter(cls, today: dt.date) -> ReportPeriod:
        """The default period: the quarter before the one ``today`` is in."""
        return cls.quarter_of(today).previous()

    def previous(self) -> ReportPeriod:
        return self._shift(-1)

    def next(self) -> ReportPeriod:
        return self._shift(1)

    def _shift(self, step: int) -> ReportPeriod:
        if self.kind is PeriodKind.YEAR:
            return ReportPeriod(self.kind, self.year + step, 0)
        size = 12 if self.kind is PeriodKind.MONTH else 4
        index = self.year * size + self.number - 1 + step
        return ReportPeriod(self.kind, index // size, index % size + 1)

    # -- reading one -----------------------------------------------------------------------
    @property
    def start(self) -> dt.date:
        if self.kind is PeriodKind.YEAR:
            return dt.date(self.year, 1, 1)
        month = self.number if self.kind is PeriodKind.MONTH else 3 * self.number - 2
        return dt.date(self.year, month, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the period (inclusive)."""
        if self.kind is PeriodKind.YEAR:
            return dt.date(self.year, 12, 31)
        month = self.number if self.kind is PeriodKind.MONTH else 3 * self.number
        return _month_end(self.year, month)

    @property
    def label(self) -> str:
        """The period as typed on the command line and used in file names: 2026Q4, 2026-11."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.number}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}"

    @property
    def words(self) -> str:
        """The period as people read it: "Q4 2026" (translated); a month or year as its label."""
        if self.kind is PeriodKind.QUARTER:
            return t("Q{quarter} {year}", quarter=self.number, year=self.year)
        return self.label

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def finished(self, today: dt.date) -> bool:
        return today > self.end

    def as_of(self, today: dt.date) -> dt.date:
        """The day overdue things are judged on: the period's end, or today if that is first."""
        return min(self.end, today)

    def months(self) -> tuple[str, ...]:
        """Every month of the period as "YYYY-MM", oldest first (the chart's x axis)."""
        first, last = self.start, self.end
        index, stop = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
        return tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index, stop + 1))

    def __str__(self) -> str:
        return self.label


# -- the report's contents ---------------------------------------------------------------------
@dataclass(frozen=True)
class RegionCount:
    """Orders going to one UN M49 sub-region (``code`` "" : destination unknown)."""

    code: str  # M49 sub-region code, e.g. "155"
    name: str  # its English M49 name, e.g. "Western Europe"
    region: str  # the M49 region (continent) it is part of, e.g. "Europe"
    orders: int


@dataclass(frozen=True)
class MonthTiers:
    """Orders of one month by tier, every tier listed (zeros included), for the chart."""

    month: str  # "2026-10"
    tiers: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.tiers)


@dataclass(frozen=True)
class Outcomes:
    """What became of the period's orders.

    ``held``: orders a screening held for a decision (some time in their life); ``decided``:
    those of them with a decision since; ``median_days_to_decision``: the median of the days
    from the first hold to the first decision after it (None when nothing was decided).
    ``declined`` / ``escalated`` / ``blocked``: orders whose current status is that;
    ``escalations``: orders ever escalated to a distributor (a decision "escalate").
    """

    held: int
    decided: int
    median_days_to_decision: float | None
    declined: int
    escalated: int
    blocked: int
    escalations: int

    @property
    def undecided(self) -> int:
        return self.held - self.decided


@dataclass(frozen=True)
class FollowUps:
    """Follow-ups done within the period, and those overdue on the report's as-of day."""

    done: int
    overdue: int


@dataclass(frozen=True)
class PolicyState:
    """The human rights policy as it stood on the as-of day (all None: none adopted)."""

    adopted_version: int | None
    approved_on: dt.date | None
    last_review: dt.date | None  # the day the adopted version was approved (a review adopts one)
    next_review: dt.date | None
    review_overdue: bool

    @property
    def adopted(self) -> bool:
        return self.adopted_version is not None


@dataclass(frozen=True)
class PackUse:
    """A criteria pack version the period's orders were screened with."""

    pack_id: str
    version: str
    sha256: str
    screenings: int


@dataclass(frozen=True)
class ListVersion:
    """A restricted-party list version in force during the period."""

    source: str  # ofac | un | eu | uk
    published: str  # ISO date as the file says it; "" when the file is silent
    imported_on: dt.date
    file_sha256: str
    entries: int


# The parts of an order's information the completeness share counts, in the report's order:
# the items of ``domain/completeness.py``, the measure the order window and list show.
COMPLETENESS_PARTS: tuple[str, ...] = tuple(CompletenessItem)


@dataclass(frozen=True)
class Completeness:
    """How many of the period's orders carry complete information (every item of
    ``domain/completeness.py``), overall and per part.

    ``parts`` maps each of ``COMPLETENESS_PARTS`` the measure knows to the number of orders
    that have it (a part missing from the map was not measured).
    """

    orders: int
    complete: int
    parts: tuple[tuple[str, int], ...] = ()

    @property
    def share(self) -> float | None:
        return share(self.complete, self.orders)

    def part_share(self, part: str) -> float | None:
        parts = dict(self.parts)
        return share(parts[part], self.orders) if part in parts else None


@dataclass(frozen=True)
class NamedOrder:
    """An order named in the report: only when the user ticked names in."""

    reference: str
    order_date: dt.date
    tier: str
    status: str
    customer: str
    end_user: str
    destination: str  # ISO country code, "" unknown


@dataclass(frozen=True)
class ChainReport:
    period: ReportPeriod
    as_of: dt.date
    generated_at: dt.datetime  # aware, UTC
    reseller: str  # the company's name
    distributor: str  # the recipient, as the company profile names it
    orders: int  # orders of the period (all of them are screened when saved or imported)
    by_tier: tuple[tuple[str, int], ...]  # every tier, rank order
    by_category: tuple[tuple[str, int], ...]  # orders with a line of the category, most first
    by_region: tuple[RegionCount, ...]  # most first, unknown last
    by_month: tuple[MonthTiers, ...]  # every month of the period
    outcomes: Outcomes
    misuse_reports: int  # misuse reports built in the period
    follow_ups: FollowUps
    policy: PolicyState
    packs: tuple[PackUse, ...]
    lists: tuple[ListVersion, ...]
    completeness: Completeness
    # None: names were not ticked in (the default); a tuple (maybe empty) when they were.
    named_orders: tuple[NamedOrder, ...] | None = field(default=None)

    @property
    def include_names(self) -> bool:
        return self.named_orders is not None


# -- folding query rows ------------------------------------------------------------------------
def share(part: int, whole: int) -> float | None:
    """``part / whole`` rounded to 4 places; None when there is nothing to divide."""
    return round(part / whole, 4) if whole else None


def median_days(spans: Iterable[float]) -> float | None:
    """The median of the spans (in days), to one decimal; None for none."""
    values = [s for s in spans if s is not None and s >= 0]
    return round(statistics.median(values), 1) if values else None


def days_between(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 86400


def tier_counts(rows: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Counts by tier in rank order, all tiers present; unknown tiers are added after them."""
    counts: dict[str, int] = dict.fromkeys(TIERS, 0)
    for tier, n in rows:
        counts[tier] = counts.get(tier, 0) + n
    return tuple(counts.items())


def most_first(rows: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Counts merged by key, largest first, ties by key; the empty key last."""
    counts: dict[str, int] = {}
    for key, n in rows:
        key = key or ""
        counts[key] = counts.get(key, 0) + n
    return tuple(sorted(counts.items(), key=lambda kv: (kv[0] == "", -kv[1], kv[0])))


@dataclass(frozen=True)
class Region:
    """A row of the M49 table: the sub-region a country is in, and its region."""

    code: str
    name: str
    region: str


def region_counts(by_country: Iterable[tuple[str | None, int]],
                  regions: Mapping[str, Region]) -> tuple[RegionCount, ...]:
    """Counts by destination country folded into M49 sub-regions, most first, unknown last."""
    merged: dict[str, list[Any]] = {}
    for country, n in by_country:
        found = regions.get((country or "").upper())
        key = found.code if found else UNKNOWN_REGION
        if key not in merged:
            merged[key] = [found.name if found else "", found.region if found else "", 0]
        merged[key][2] += n
    rows = [RegionCount(code, name, region, n) for code, (name, region, n) in merged.items()]
    return tuple(sorted(rows, key=lambda r: (r.code == UNKNOWN_REGION, -r.orders, r.name)))


def month_tiers(rows: Iterable[tuple[dt.date, str, int]], period: ReportPeriod
                ) -> tuple[MonthTiers, ...]:
    """Counts by (day, tier) folded into every month of the period, all tiers per month."""
    months = {m: dict.fromkeys(TIERS, 0) for m in period.months()}
    for day, tier, n in rows:
        key = f"{day.year:04d}-{day.month:02d}"
        if key in months:
            months[key][tier] = months[key].get(tier, 0) + n
    return tuple(MonthTiers(m, tuple(c.items())) for m, c in months.items())


def lists_in_force(versions: Sequence[ListVersion], period: ReportPeriod
                   ) -> tuple[ListVersion, ...]:
    """The list versions screening could use in the period: per source, the newest imported
    before it started, and every version imported during it. ``versions`` oldest first."""
    kept: list[ListVersion] = []
    before: dict[str, ListVersion] = {}
    for v in versions:
        if v.imported_on < period.start:
            before[v.source] = v
        elif v.imported_on <= period.end:
            kept.append(v)
    return tuple(sorted([*before.values(), *kept], key=lambda v: (v.source, v.imported_on)))


# -- the JSON ----------------------------------------------------------------------------------
def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_json(report: ChainReport) -> dict[str, Any]:
    """The report as the published JSON (``due-diligence-report-v1.schema.json``)."""
    o, c = report.outcomes, report.completeness
    data: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "period": {"label": report.period.label, "kind": str(report.period.kind),
                   "start": report.period.start.isoformat(),
                   "end": report.period.end.isoformat()},
        "as_of": report.as_of.isoformat(),
        "generated_at": report.generated_at.astimezone(dt.UTC).isoformat().replace(
            "+00:00", "Z"),
        "reseller": {"name": report.reseller},
        "recipient": {"distributor": report.distributor},
        "orders": {
            "screened": report.orders,
            "by_tier": dict(report.by_tier),
            "by_category": [{"category": k, "orders": n} for k, n in report.by_category],
            "by_region": [{"code": r.code, "name": r.name, "region": r.region,
                           "orders": r.orders} for r in report.by_region],
            "by_month": [{"month": m.month, "tiers": dict(m.tiers)} for m in report.by_month],
        },
        # keys named by the order statuses they count (the same words in the JSON)
        "outcomes": {OrderStatus.HELD: o.held, "decided": o.decided, "undecided": o.undecided,
                     "median_days_hold_to_decision": o.median_days_to_decision,
                     OrderStatus.DECLINED: o.declined, OrderStatus.ESCALATED: o.escalated,
                     OrderStatus.BLOCKED: o.blocked, "escalations": o.escalations},
        "misuse_reports": report.misuse_reports,
        "follow_ups": {"done": report.follow_ups.done, "overdue": report.follow_ups.overdue},
        "policy": {"adopted": report.policy.adopted,
                   "adopted_version": report.policy.adopted_version,
                   "approved_on": _day(report.policy.approved_on),
                   "last_review": _day(report.policy.last_review),
                   "next_review": _day(report.policy.next_review),
                   "review_overdue": report.policy.review_overdue},
        "criteria_packs": [{"pack_id": p.pack_id, "version": p.version, "sha256": p.sha256,
                            "screenings": p.screenings} for p in report.packs],
        "restricted_party_lists": [
            {"source": v.source, "published": v.published or None,
             "imported_on": v.imported_on.isoformat(), "file_sha256": v.file_sha256,
             "entries": v.entries} for v in report.lists],
        "completeness": {
            "orders": c.orders, "complete": c.complete, "share": c.share,
            "parts": {p: {"orders": n, "share": share(n, c.orders)} for p, n in c.parts},
        },
        "names_included": report.include_names,
    }
    if report.named_orders is not None:
        data["named_orders"] = [
            {"reference": n.reference, "order_date": n.order_date.isoformat(), "tier": n.tier,
             "status": n.status, "customer": n.customer, "end_user": n.end_user,
             "destination": n.destination or None} for n in report.named_orders]
    return data
