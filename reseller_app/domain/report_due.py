"""When a due diligence report up the chain is due: which distributor still waits
for the report of the quarter that has ended (quarters are ``chain_report.ReportPeriod``).

Pure: the caller gives today's date, the distributors, the quarters that had orders and the
(distributor, quarter) pairs already sent or saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reseller_app.domain.chain_report import ReportPeriod


def due_reports(today: dt.date, distributors: Iterable[str], busy_quarters: Iterable[str],
                done: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(distributor, quarter) for the last quarter that has ended, when it had orders
    (``busy_quarters``) and its report was not sent or saved to that distributor (``done``).

    Only the last ended quarter: a report missed for an older one is no longer a reminder
    (the user still builds it from the dialog), and a new installation is not greeted with
    years of "due" reports. Distributor names compare without case or extra spaces."""
    period = ReportPeriod.last_finished_quarter(today).label
    if period not in set(busy_quarters):
        return []
    sent = {(distributor_key(d), p) for d, p in done}
    return [(d, period) for d in dict.fromkeys(distributors)
            if (distributor_key(d), period) not in sent]


def distributor_key(name: str) -> str:
    """A distributor's name as compared: without case or extra spaces."""
    return " ".join(name.split()).casefold()
