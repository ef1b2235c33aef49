"""When a due diligence report up the chain is due (issue 15): quarters as ``2026Q4``, and
which distributor still waits for the report of a quarter that has ended.

Pure: the caller gives today's date, the distributors, the quarters that had orders and the
(distributor, quarter) pairs already sent or saved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")


def quarter_of(day: dt.date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first day of the quarter and the first day after it."""
    match = _QUARTER.match(period.strip().upper())
    if match is None:
        raise ValueError(period)
    year, q = int(match.group(1)), int(match.group(2))
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
    return start, end


def is_quarter(period: str) -> bool:
    return _QUARTER.match(period.strip().upper()) is not None


def previous_quarter(period: str) -> str:
    start, _ = quarter_bounds(period)
    return quarter_of(start - dt.timedelta(days=1))


def recent_quarters(today: dt.date, count: int = 8) -> list[str]:
    """The quarter under way, then the ``count - 1`` before it, newest first."""
    out = [quarter_of(today)]
    while len(out) < count:
        out.append(previous_quarter(out[-1]))
    return out


def last_ended_quarter(today: dt.date) -> str:
    return previous_quarter(quarter_of(today))


def due_reports(today: dt.date, distributors: Iterable[str], busy_quarters: Iterable[str],
                done: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(distributor, quarter) for the last quarter that has ended, when it had orders
    (``busy_quarters``) and its report was not sent or saved to that distributor (``done``).

    Only the last ended quarter: a report missed for an older one is no longer a reminder
    (the user still builds it from the dialog), and a new installation is not greeted with
    years of "due" reports. Distributor names compare without case or extra spaces."""
    period = last_ended_quarter(today)
    if period not in set(busy_quarters):
        return []
    sent = {(distributor_key(d), p) for d, p in done}
    return [(d, period) for d in dict.fromkeys(distributors)
            if (distributor_key(d), period) not in sent]


def distributor_key(name: str) -> str:
    """A distributor's name as compared: without case or extra spaces."""
    return " ".join(name.split()).casefold()
