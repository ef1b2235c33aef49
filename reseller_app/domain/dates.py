"""Date rules every layer shares: stored times are UTC, ISO dates read leniently, and what
"a year later" means on 29 February. Pure functions (no clock: the caller passes "now")."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_utc(at: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken as UTC (the app stores UTC, and SQLite
    gives stored times back without their zone)."""
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


def utc_iso(at: dt.datetime, timespec: str = "seconds") -> str:
    """``2026-11-05T09:00:00+00:00``: a time in UTC as ISO 8601 text (naive = UTC)."""
    return as_utc(at).isoformat(timespec=timespec)


def date_of(value: Any, *, whole_text: bool = False) -> dt.date | None:
    """A stored date value as a date: a ``date``, a ``datetime`` (its date) or text beginning
    with an ISO date (``2026-11-05``, ``2026-11-05T09:00``); anything else is no date. With
    ``whole_text`` the text must be the date and nothing more (a form's answer)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.date.fromisoformat(text if whole_text else text[:10])
        except ValueError:
            return None
    return None


def one_year_after(day: dt.date) -> dt.date:
    """The same day a year later; 28 February after a 29 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
