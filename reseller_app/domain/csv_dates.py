"""Order dates as shops and spreadsheets write them, and the day/month order of a file.

Shopify writes ``2026-02-11 16:36:00 +0100``, WooCommerce ``2026-02-11 16:36``, APIs
``2026-02-11T16:36:00Z``, European spreadsheets ``11.02.2026`` or ``11/02/2026``, American ones
``02/11/2026``. The date is read as the shop wrote it: a time and an offset are dropped, not
converted, because the order's date is the day the shop (and its customer) saw.

``02/11/2026`` is 2 November or 11 February: a file is never read one way by guess. All of a
file's dates are looked at: one with 13 or more in its first part is day first, in its second
part month first (:func:`decide_date_order`); when none tells, the user chooses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from reseller_app.domain.texts import t


class DateOrder(StrEnum):
    DMY = "dmy"  # 11/02/2026 is 11 February
    MDY = "mdy"  # 02/11/2026 is 11 February


# A time after the date, with or without seconds and fractions, and an offset or Z.
_TIME = (r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[AP]\.?M\.?)?"
         r"(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME, re.IGNORECASE)
# Day and month in either order, then a four-digit year; the separator is kept to tell 11.02.
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _TIME, re.IGNORECASE)


def _not_a_date(text: str) -> ValueError:
    return ValueError(t("date '{text}' is not a date like 2026-11-25, 25.11.2026 or "
                        "2026-11-25 16:36:00 +0100", text=text))


def _date(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _not_a_date(text) from None


def _parts(text: str) -> tuple[int, int, int, str] | None:
    """First part, second part, year and separator of a day/month-first date, else None."""
    m = _NUMERIC.fullmatch(text)
    if m is None:
        return None
    return int(m[1]), int(m[3]), int(m[4]), m[2]


def parse_date(text: str, order: DateOrder | None = None) -> dt.date:
    """The date ``text`` stands for; ``order`` says how to read 02/11/2026.

    A date with dots (11.02.2026) is day first, as everywhere dots are used. Without ``order``,
    a date that reads two ways is refused rather than guessed.
    """
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        try:  # the usual ISO date, parsed in C
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    m = _ISO.fullmatch(text)
    if m is not None:
        return _date(text, int(m[1]), int(m[2]), int(m[3]))
    parts = _parts(text)
    if parts is None:
        raise _not_a_date(text)
    first, second, year, separator = parts
    if separator == "." or first > 12 or (order is DateOrder.DMY and second <= 12):
        return _date(text, year, second, first)
    if second > 12 or order is DateOrder.MDY or first == second:
        return _date(text, year, first, second)
    raise ValueError(t("date '{text}' can be read as day first or as month first: choose the "
                       "date order of the file", text=text))


@dataclass(frozen=True, slots=True)
class DateOrderDecision:
    """What a file's dates say about their order.

    ``order`` is the order its dates show (None when none shows it); ``ambiguous`` is a date
    that reads two ways (None if there is none); ``day_first`` and ``month_first`` are dates
    that show each order, both set when the file mixes them.
    """

    order: DateOrder | None
    ambiguous: str | None = None
    day_first: str | None = None
    month_first: str | None = None

    @property
    def needs_choice(self) -> bool:
        """Whether the user must say how to read the file's dates."""
        return self.order is None and self.ambiguous is not None

    @property
    def mixed(self) -> bool:
        return self.day_first is not None and self.month_first is not None


def decide_date_order(texts: Iterable[str | None]) -> DateOrderDecision:
    """How a file's dates are to be read, from all of them (blank ones are skipped)."""
    day_first: str | None = None
    month_first: str | None = None
    ambiguous: str | None = None
    seen: set[str] = set()
    for raw in texts:
        if not raw or raw in seen:
            continue
        seen.add(raw)
        parts = _parts(raw.strip())
        if parts is None or parts[3] == ".":
            continue
        first, second = parts[0], parts[1]
        if first > 12 and second <= 12:
            day_first = day_first or raw.strip()
        elif second > 12 and first <= 12:
            month_first = month_first or raw.strip()
        elif first != second and ambiguous is None:
            ambiguous = raw.strip()
    if day_first is not None and month_first is None:
        order: DateOrder | None = DateOrder.DMY
    elif month_first is not None and day_first is None:
        order = DateOrder.MDY
    else:
        order = None
    return DateOrderDecision(order, ambiguous, day_first, month_first)
