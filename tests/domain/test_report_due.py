"""Quarters and when a due diligence report up the chain is due (domain/report_due.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain import report_due as due


@pytest.mark.parametrize(("day", "quarter"), [
    (dt.date(2026, 1, 1), "2026Q1"), (dt.date(2026, 3, 31), "2026Q1"),
    (dt.date(2026, 4, 1), "2026Q2"), (dt.date(2026, 9, 30), "2026Q3"),
    (dt.date(2026, 12, 31), "2026Q4"),
])
def test_quarter_of_a_day(day: dt.date, quarter: str) -> None:
    assert due.quarter_of(day) == quarter


@pytest.mark.parametrize(("period", "bounds"), [
    ("2026Q1", (dt.date(2026, 1, 1), dt.date(2026, 4, 1))),
    ("2026q4", (dt.date(2026, 10, 1), dt.date(2027, 1, 1))),
])
def test_quarter_bounds(period: str, bounds: tuple[dt.date, dt.date]) -> None:
    assert due.quarter_bounds(period) == bounds


@pytest.mark.parametrize("period", ["2026", "2026Q5", "Q4 2026", "2026-10", ""])
def test_what_is_not_a_quarter(period: str) -> None:
    assert not due.is_quarter(period)
    with pytest.raises(ValueError):
        due.quarter_bounds(period)


def test_recent_quarters_go_back_across_years() -> None:
    assert due.recent_quarters(dt.date(2026, 2, 10), 4) == ["2026Q1", "2025Q4", "2025Q3",
                                                            "2025Q2"]
    assert due.last_ended_quarter(dt.date(2026, 2, 10)) == "2025Q4"


@pytest.mark.parametrize(("busy", "done", "expected"), [
    # The last ended quarter had orders, nothing sent: due to every distributor.
    (["2026Q3"], [], [("TechDistri", "2026Q3"), ("Also", "2026Q3")]),
    # Sent to one (names compared without case or extra spaces).
    (["2026Q3"], [(" techdistri ", "2026Q3")], [("Also", "2026Q3")]),
    # A report for another quarter does not count.
    (["2026Q3"], [("TechDistri", "2026Q2"), ("Also", "2026Q2")],
     [("TechDistri", "2026Q3"), ("Also", "2026Q3")]),
    # No orders in the quarter: nothing to report.
    (["2026Q2", "2026Q4"], [], []),
])
def test_which_reports_are_due(busy: list[str], done: list[tuple[str, str]],
                               expected: list[tuple[str, str]]) -> None:
    today = dt.date(2026, 11, 5)
    assert due.due_reports(today, ["TechDistri", "Also"], busy, done) == expected
