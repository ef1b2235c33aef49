"""The due diligence report's periods, medians, shares and folding of query rows."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reseller_app.domain.chain_report import (
    TIERS,
    ChainReport,
    Completeness,
    FollowUps,
    ListVersion,
    NamedOrder,
    Outcomes,
    PackUse,
    PeriodError,
    PeriodKind,
    PolicyState,
    Region,
    ReportPeriod,
    lists_in_force,
    median_days,
    month_tiers,
    most_first,
    region_counts,
    share,
    tier_counts,
    to_json,
)

D = dt.date
SCHEMA = (Path(__file__).resolve().parents[2] / "resources" / "schemas"
          / "due-diligence-report-v1.schema.json")


@pytest.mark.parametrize(("text", "kind", "start", "end", "label"), [
    ("2026Q4", PeriodKind.QUARTER, D(2026, 10, 1), D(2026, 12, 31), "2026Q4"),
    ("2026q1", PeriodKind.QUARTER, D(2026, 1, 1), D(2026, 3, 31), "2026Q1"),
    ("2026-Q2", PeriodKind.QUARTER, D(2026, 4, 1), D(2026, 6, 30), "2026Q2"),
    (" 2026Q3 ", PeriodKind.QUARTER, D(2026, 7, 1), D(2026, 9, 30), "2026Q3"),
    ("2026-11", PeriodKind.MONTH, D(2026, 11, 1), D(2026, 11, 30), "2026-11"),
    ("2024-2", PeriodKind.MONTH, D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
    ("2026-12", PeriodKind.MONTH, D(2026, 12, 1), D(2026, 12, 31), "2026-12"),
    ("2026", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31), "2026"),
])
def test_periods_parse(text: str, kind: PeriodKind, start: dt.date, end: dt.date,
                       label: str) -> None:
    p = ReportPeriod.parse(text)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)
    assert ReportPeriod.parse(p.label) == p


@pytest.mark.parametrize("text", ["", "2026Q5", "2026Q0", "2026-13", "2026-00", "26Q4",
                                  "Q4 2026", "last quarter", "2026-11-01", "0000"])
def test_bad_periods_say_what_is_expected(text: str) -> None:
    with pytest.raises(PeriodError, match="2026Q4"):
        ReportPeriod.parse(text)


@pytest.mark.parametrize(("today", "expected"), [
    (D(2026, 12, 7), "2026Q3"),
    (D(2026, 10, 1), "2026Q3"),
    (D(2026, 9, 30), "2026Q2"),
    (D(2026, 1, 15), "2025Q4"),
])
def test_default_is_the_last_finished_quarter(today: dt.date, expected: str) -> None:
    assert ReportPeriod.last_finished_quarter(today).label == expected


def test_previous_next_months_and_as_of() -> None:
    q = ReportPeriod.parse("2026Q1")
    assert q.previous().label == "2025Q4" and q.next().label == "2026Q2"
    assert ReportPeriod.parse("2026-01").previous().label == "2025-12"
    assert ReportPeriod.parse("2026").next().label == "2027"
    assert q.months() == ("2026-01", "2026-02", "2026-03")
    assert len(ReportPeriod.parse("2026").months()) == 12
    assert q.as_of(D(2026, 2, 10)) == D(2026, 2, 10)
    assert q.as_of(D(2026, 7, 1)) == D(2026, 3, 31)
    assert q.finished(D(2026, 4, 1)) and not q.finished(D(2026, 3, 31))


@pytest.mark.parametrize(("spans", "expected"), [
    ([], None),
    ([2.0], 2.0),
    ([1.0, 3.0], 2.0),
    ([5.0, 1.0, 3.0], 3.0),
    ([0.25, 0.5, 10.0, 12.0], 5.2),  # (0.5 + 10) / 2 = 5.25, shown to one decimal
    ([-1.0, 4.0], 4.0),  # a decision before the hold (clock skew) is not a span
])
def test_median_days(spans: list[float], expected: float | None) -> None:
    assert median_days(spans) == expected


@pytest.mark.parametrize(("part", "whole", "expected"), [
    (0, 0, None), (0, 4, 0.0), (1, 3, 0.3333), (4, 4, 1.0),
])
def test_share(part: int, whole: int, expected: float | None) -> None:
    assert share(part, whole) == expected


def test_counts_are_folded_in_a_stable_order() -> None:
    assert tier_counts([("high", 2), ("low", 5)]) == (
        ("low", 5), ("elevated", 0), ("high", 2), ("prohibited", 0))
    assert most_first([("laptop", 2), (None, 9), ("server", 5), ("laptop", 4), ("camera", 6)]
                      ) == (("camera", 6), ("laptop", 6), ("server", 5), ("", 9))


def test_countries_fold_into_m49_subregions() -> None:
    table = {"DE": Region("155", "Western Europe", "Europe"),
             "FR": Region("155", "Western Europe", "Europe"),
             "KE": Region("202", "Sub-Saharan Africa", "Africa")}
    rows = region_counts([("DE", 3), ("fr", 2), ("KE", 7), (None, 1), ("ZZ", 2)], table)
    assert [(r.code, r.name, r.region, r.orders) for r in rows] == [
        ("202", "Sub-Saharan Africa", "Africa", 7), ("155", "Western Europe", "Europe", 5),
        ("", "", "", 3)]


def test_month_tiers_list_every_month_and_tier() -> None:
    rows = [(D(2026, 10, 3), "low", 4), (D(2026, 10, 20), "low", 1),
            (D(2026, 12, 31), "high", 2), (D(2027, 1, 1), "high", 9)]
    months = month_tiers(rows, ReportPeriod.parse("2026Q4"))
    assert [m.month for m in months] == ["2026-10", "2026-11", "2026-12"]
    assert [m.total for m in months] == [5, 0, 2]
    assert [t for t, _ in months[1].tiers] == list(TIERS)


def test_lists_in_force_are_the_one_before_and_those_during() -> None:
    def v(source: str, day: dt.date) -> ListVersion:
        return ListVersion(source, "", day, "0" * 64, 10)
    versions = [v("ofac", D(2026, 1, 5)), v("ofac", D(2026, 9, 1)), v("un", D(2026, 10, 9)),
                v("ofac", D(2026, 11, 2)), v("eu", D(2027, 1, 3))]
    kept = lists_in_force(versions, ReportPeriod.parse("2026Q4"))
    assert [(x.source, x.imported_on) for x in kept] == [
        ("ofac", D(2026, 9, 1)), ("ofac", D(2026, 11, 2)), ("un", D(2026, 10, 9))]


def report(named: tuple[NamedOrder, ...] | None = None) -> ChainReport:
    period = ReportPeriod.parse("2026Q4")
    return ChainReport(
        period=period, as_of=D(2026, 12, 7),
        generated_at=dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC),
        reseller="Nordlicht IT GmbH", distributor="Alpha Distribution",
        orders=7, by_tier=tier_counts([("low", 5), ("high", 2)]),
        by_category=(("laptop", 6), ("", 1)),
        by_region=region_counts([("DE", 6), (None, 1)],
                                {"DE": Region("155", "Western Europe", "Europe")}),
        by_month=month_tiers([(D(2026, 10, 2), "low", 5), (D(2026, 11, 2), "high", 2)], period),
        outcomes=Outcomes(held=2, decided=1, median_days_to_decision=1.5, declined=1,
                          escalated=0, blocked=0, escalations=1),
        misuse_reports=0, follow_ups=FollowUps(done=1, overdue=2),
        policy=PolicyState(2, D(2026, 3, 1), D(2026, 3, 1), D(2027, 3, 1), False),
        packs=(PackUse("bsr-2022", "1.0.0", "a" * 64, 7),),
        lists=(ListVersion("ofac", "2026-09-30", D(2026, 10, 1), "b" * 64, 17000),),
        completeness=Completeness(7, 3, (("customer", 7), ("end_user", 5))),
        named_orders=named)


def test_json_matches_the_published_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = to_json(report())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert data["names_included"] is False and "named_orders" not in data
    assert data["completeness"]["share"] == 0.4286
    assert data["completeness"]["parts"]["end_user"] == {"orders": 5, "share": 0.7143}
    assert data["generated_at"] == "2026-12-07T09:30:00Z"
    assert data["outcomes"]["undecided"] == 1
    named = to_json(report((NamedOrder("SO-1", D(2026, 10, 2), "high", "declined", "Acme",
                                       "Acme Labs", "DE"),)))
    jsonschema.validate(named, schema)
    assert named["named_orders"][0]["end_user"] == "Acme Labs"
    # names without the flag, or the flag without names, are not a valid report
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "named_orders": named["named_orders"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "names_included": True}, schema)
    json.dumps(named)  # plain JSON types only
