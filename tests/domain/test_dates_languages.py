"""The shared date rules (domain/dates.py) and the one language_of (domain/languages.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.dates import as_utc, date_of, one_year_after, utc_iso
from reseller_app.domain.languages import language_of
from reseller_app.reports.words import words
from reseller_app.services.i18n import resolve


@pytest.mark.parametrize(("name", "language"), [
    ("es_MX.UTF-8", "es"), ("pt-BR", "pt"), ("de_AT", "de"), ("FR", "fr"), ("en", "en"),
    ("it_IT", None), ("", None), (None, None), ("C.UTF-8", None)])
def test_language_of(name: str | None, language: str | None) -> None:
    assert language_of(name) == language


def test_documents_windows_and_messages_pick_the_same_language() -> None:
    for name in ("es_MX.UTF-8", "pt-BR", "de_AT", "it_IT", None):
        assert words(name).language == resolve(name)


def test_as_utc_takes_naive_times_as_utc() -> None:
    naive = dt.datetime(2026, 11, 5, 9, 0)
    assert as_utc(naive) == dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)
    cet = dt.datetime(2026, 11, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert as_utc(cet).tzinfo is dt.UTC and as_utc(cet).hour == 9
    assert utc_iso(cet) == "2026-11-05T09:00:00+00:00"
    assert utc_iso(naive, "microseconds") == "2026-11-05T09:00:00.000000+00:00"


@pytest.mark.parametrize(("value", "day"), [
    ("2026-11-05", dt.date(2026, 11, 5)), (" 2026-11-05T09:00 ", dt.date(2026, 11, 5)),
    (dt.datetime(2026, 11, 5, 23, 0), dt.date(2026, 11, 5)), (dt.date(2026, 1, 2),
                                                              dt.date(2026, 1, 2)),
    ("05/11/2026", None), ("", None), (None, None), (20261105, None)])
def test_date_of(value: object, day: dt.date | None) -> None:
    assert date_of(value) == day


def test_one_year_after() -> None:
    assert one_year_after(dt.date(2026, 3, 1)) == dt.date(2027, 3, 1)
    assert one_year_after(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
