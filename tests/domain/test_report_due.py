"""When a due diligence report up the chain is due (domain/report_due.py); its quarters are
``ReportPeriod`` (tests/domain/test_chain_report.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain import report_due as due


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
