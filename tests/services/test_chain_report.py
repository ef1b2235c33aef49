"""The due diligence report up the chain, built from a real SQLite database: orders across
tiers, months and regions, held and decided at known times, follow-ups, and its JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.domain.chain_report import ReportPeriod
from reseller_app.domain.vocabulary import DecisionOutcome, OrderStatus
from reseller_app.services.chain_report import (
    ChainReportService,
    m49_regions,
    report_json_bytes,
)
from reseller_app.services.decisions import DecisionService
from reseller_app.services.errors import ValidationError
from reseller_app.services.followups import FollowUpService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.store.tables import DbAuditEvent

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO / "resources" / "schemas" / "due-diligence-report-v1.schema.json"
Q4 = ReportPeriod.parse("2026Q4")


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, day: dt.date, hour: int = 10) -> None:
        self.now = dt.datetime.combine(day, dt.time(hour), dt.UTC)


@pytest.fixture
def quarter(configured, catalog):
    """Seven orders: six in 2026Q4 (two low in DE / FR, three cameras to VE held, one of them
    declined after 2 days and one escalated after 4, and one prohibited), one in 2026Q3."""
    clock = Clock(configured.clock())
    configured.clock = clock
    orders, decisions = OrderService(configured), DecisionService(configured)

    def save(draft, day: dt.date) -> int:
        clock.at(day)
        return orders.save(draft).id

    D = dt.date
    ids = {
        "SO-1": save(catalog.laptop_order("SO-1", date=D(2026, 10, 5)), D(2026, 10, 5)),
        "SO-2": save(catalog.laptop_order("SO-2", customer=catalog.school, country="FR",
                                          use="Ordinateurs pour les élèves",
                                          date=D(2026, 11, 10)), D(2026, 11, 10)),
        "SO-3": save(catalog.camera_order("SO-3", date=D(2026, 11, 12)), D(2026, 11, 12)),
        "SO-4": save(catalog.camera_order("SO-4", date=D(2026, 12, 1)), D(2026, 12, 1)),
        "SO-5": save(catalog.camera_order("SO-5", use="Facial recognition of protesters",
                                          date=D(2026, 12, 2)), D(2026, 12, 2)),
        "SO-7": save(catalog.camera_order("SO-7", date=D(2026, 12, 3)), D(2026, 12, 3)),
        "SO-6": save(catalog.laptop_order("SO-6", date=D(2026, 9, 30)), D(2026, 9, 30)),
    }
    clock.at(D(2026, 11, 14))
    decisions.record(ids["SO-3"], DecisionOutcome.DECLINE, "Police use, no safeguards.",
                     decided_by="Anna Weber")
    clock.at(D(2026, 12, 5))
    decisions.record(ids["SO-4"], DecisionOutcome.ESCALATE, "Ask the distributor.",
                     decided_by="Anna Weber")
    follow = FollowUpService(configured)
    follow.add(ids["SO-1"], D(2026, 11, 1), "Call the customer about the laptops' use")
    done = follow.add(ids["SO-2"], D(2026, 12, 20), "Check the school's delivery")
    clock.at(D(2026, 12, 15))
    follow.done(done.id, "Delivered to the school")
    clock.at(D(2027, 1, 10))  # the report is made after the quarter
    return configured, ids


def test_the_quarter_is_counted_by_tier_month_region_and_outcome(quarter) -> None:
    ctx, ids = quarter
    report = ChainReportService(ctx).build(Q4, "techdistri europe")
    assert report.distributor == "TechDistri Europe"  # as the profile spells it
    assert report.reseller == "Nordlicht IT GmbH"
    assert report.as_of == dt.date(2026, 12, 31) and report.orders == 6
    tiers = dict(report.by_tier)
    assert tiers["low"] == 2 and tiers["prohibited"] == 1 and sum(tiers.values()) == 6
    assert [(m.month, m.total) for m in report.by_month] == [
        ("2026-10", 1), ("2026-11", 2), ("2026-12", 3)]
    assert [(r.name, r.orders) for r in report.by_region] == [
        ("Latin America and the Caribbean", 4), ("Western Europe", 2)]
    assert dict(report.by_category) == {"video_surveillance": 4, "general_it": 2}
    o = report.outcomes
    statuses = {ref: OrderService(ctx).get(i).status for ref, i in ids.items()}
    held = sum(1 for ref in ("SO-3", "SO-4", "SO-5", "SO-7")
               if statuses[ref] != OrderStatus.CLEARED)
    assert o.held == held >= 3 and o.decided == 2
    assert o.median_days_to_decision == 3.0  # 2 days (SO-3) and 4 days (SO-4)
    assert (o.declined, o.escalated, o.escalations, o.blocked) == (1, 1, 1, 1)
    # SO-1's follow-up was due in November and is still open; SO-2's was done in December
    assert (report.follow_ups.done, report.follow_ups.overdue) == (1, 1)
    assert report.misuse_reports == 0
    assert not report.policy.adopted and report.policy.review_overdue
    active = PackService(ctx).active().ref
    assert [(p.pack_id, p.version) for p in report.packs] == [(active.id, active.version)]
    assert report.packs[0].screenings >= 6
    assert report.lists == ()
    c = report.completeness
    assert c.orders == 6 and dict(c.parts)["customer"] == 6
    # saved in the app without an end user: "same as the customer"; no use case tagged
    assert dict(c.parts)["destination"] == dict(c.parts)["end_user"] == 6
    assert dict(c.parts)["use_cases"] == 0 and c.complete == 0 and c.share == 0.0
    assert report.named_orders is None


def test_names_only_when_ticked_in(quarter) -> None:
    ctx, _ = quarter
    service = ChainReportService(ctx)
    plain = json.dumps(service.build(Q4, "TechDistri Europe").__repr__())
    text = report_json_bytes(service.build(Q4, "TechDistri Europe")).decode("utf-8")
    for name in ("Policía Regional", "Müller", "École", "SO-3"):
        assert name not in text and name not in plain
    named = service.build(Q4, "TechDistri Europe", include_names=True)
    assert [n.reference for n in named.named_orders] == ["SO-3", "SO-4", "SO-5", "SO-7"]
    assert named.named_orders[0].customer == "Policía Regional"
    assert {n.status for n in named.named_orders} >= {OrderStatus.DECLINED,
                                                      OrderStatus.ESCALATED}


def test_the_json_follows_the_schema_and_building_writes_nothing(quarter) -> None:
    """The builder only counts: the report that leaves the app is the signed packet of
    services/chain_report_send.py, with its own audit events (test_chain_report_send.py)."""
    jsonschema = pytest.importorskip("jsonschema")
    ctx, _ = quarter
    service = ChainReportService(ctx)
    with ctx.session() as s:
        before = len(s.execute(select(DbAuditEvent.seq)).all())
    data = json.loads(report_json_bytes(service.build(Q4, "TechDistri Europe",
                                                      include_names=True)))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")),
                        format_checker=jsonschema.FormatChecker())
    assert data["period"] == {"label": "2026Q4", "kind": "quarter", "start": "2026-10-01",
                              "end": "2026-12-31"}
    assert data["outcomes"]["median_days_hold_to_decision"] == 3.0
    assert data["names_included"] is True and len(data["named_orders"]) == 4
    with ctx.session() as s:
        assert len(s.execute(select(DbAuditEvent.seq)).all()) == before


def test_an_empty_period_and_a_month(quarter) -> None:
    ctx, _ = quarter
    service = ChainReportService(ctx)
    empty = service.build(ReportPeriod.parse("2025"), "TechDistri Europe")
    assert empty.orders == 0 and empty.outcomes.median_days_to_decision is None
    assert empty.completeness.share is None and len(empty.by_month) == 12
    november = service.build(ReportPeriod.parse("2026-11"), "TechDistri Europe")
    assert november.orders == 2 and november.outcomes.decided == 1
    assert november.outcomes.median_days_to_decision == 2.0
    assert service.default_period().label == "2026Q4"  # the clock is in January 2027


def test_an_unknown_distributor_is_named_with_the_known_ones(quarter) -> None:
    ctx, _ = quarter
    with pytest.raises(ValidationError, match=r'"Acme".*TechDistri Europe'):
        ChainReportService(ctx).build(Q4, "Acme")


def test_every_country_has_an_m49_region() -> None:
    import pycountry

    table = m49_regions()
    assert {c.alpha_2 for c in pycountry.countries} <= set(table)
    assert table["DE"].name == "Western Europe" and table["KE"].region == "Africa"
    assert table["XK"].name == "Southern Europe"


def test_every_query_starts_from_an_index_on_the_period(configured) -> None:
    """No query reads all the orders, screenings, lines or decisions: each starts from an
    index on the order date (the bench's ``report:`` line measures the time)."""
    import re

    from sqlalchemy.dialects import sqlite

    from reseller_app.services.chain_report import named_orders_query, report_queries

    queries = [*report_queries(Q4, Q4.end).values(), named_orders_query(Q4)]
    raw = configured.engine.raw_connection()
    try:
        for query in queries:
            sql = str(query.compile(dialect=sqlite.dialect(),
                                    compile_kwargs={"literal_binds": True}))
            plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)]
            scans = [step for step in plan
                     if re.match(r"SCAN (orders|screening|order_line|decision)\b", step)]
            assert not scans, (sql.splitlines()[0], plan)
            if "FROM orders" in sql or "JOIN orders" in sql:
                assert any("ix_orders_date_id" in step for step in plan), plan
    finally:
        raw.close()
