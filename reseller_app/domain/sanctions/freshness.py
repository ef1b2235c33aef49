"""How old the imported sanctions lists are: the overview warns when the newest version of a
list is older than a set number of days, and when no list is imported at all.

A list's age is counted from the publication date the file states; a file that states none
is counted from the day it was imported. Pure: the dates come in, the answer goes out, so the
first screen (plain sqlite3) and the services (the ORM) give the same warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reseller_app.domain.sanctions.entries import ListSource

DEFAULT_STALE_DAYS = 30  # a month: the publishers change their lists every few days
MIN_STALE_DAYS, MAX_STALE_DAYS = 1, 3650


@dataclass(frozen=True, slots=True)
class ListAge:
    """The newest version of one list, and from when its age is counted."""

    source: ListSource
    as_of: dt.date  # its publication date, or the day it was imported when the file is silent
    published: bool  # as_of is the publication date (False: the import date)
    days: int  # days from as_of to today (0 on the day itself)


@dataclass(frozen=True, slots=True)
class ListsFreshness:
    """What the overview says of the lists: none imported, or which are too old."""

    imported: bool  # at least one list is imported
    stale: tuple[ListAge, ...]  # the newest versions older than ``stale_days``
    stale_days: int


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def list_age(source: str, published: str | None, imported_at: dt.date | dt.datetime | str,
             today: dt.date) -> ListAge | None:
    """The age of a version as stored (``published`` an ISO date or ""); None for a source
    the app does not know (a hand-edited database)."""
    try:
        known = ListSource(source)
    except ValueError:
        return None
    stated = _date(published)
    if isinstance(imported_at, dt.datetime):
        imported = imported_at.date()
    elif isinstance(imported_at, dt.date):
        imported = imported_at
    else:
        imported = _date(imported_at) or today
    as_of = stated or imported
    return ListAge(known, as_of, stated is not None, max((today - as_of).days, 0))


def freshness(newest: Iterable[tuple[str, str | None, dt.date | dt.datetime | str]],
              today: dt.date, stale_days: int) -> ListsFreshness:
    """The warning for the newest version of each list: (source, published, imported at)."""
    ages = [age for row in newest if (age := list_age(*row, today)) is not None]
    stale = tuple(sorted((a for a in ages if a.days > stale_days), key=lambda a: a.source))
    return ListsFreshness(bool(ages), stale, stale_days)


def stale_days_setting(value: object) -> int:
    """The number of days from the stored setting (``{"stale_days": n}``); the default when
    it is missing or not a sensible number."""
    days = value.get("stale_days") if isinstance(value, dict) else None
    if isinstance(days, int) and not isinstance(days, bool) \
            and MIN_STALE_DAYS <= days <= MAX_STALE_DAYS:
        return days
    return DEFAULT_STALE_DAYS
