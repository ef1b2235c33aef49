"""How old a list is: from its publication date, else from its import day; the setting."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.freshness import (
    DEFAULT_STALE_DAYS,
    freshness,
    list_age,
    stale_days_setting,
)

TODAY = dt.date(2026, 11, 5)


@pytest.mark.parametrize(("published", "imported", "as_of", "by_publication", "days"), [
    ("2026-10-01", "2026-11-01 09:00:00.000000", dt.date(2026, 10, 1), True, 35),
    ("", "2026-11-01 09:00:00.000000", dt.date(2026, 11, 1), False, 4),
    ("", dt.datetime(2026, 11, 5, 23, 0), TODAY, False, 0),
    ("2026-12-01", "2026-11-01", dt.date(2026, 12, 1), True, 0),  # a date ahead: not negative
    ("not a date", "2026-10-06", dt.date(2026, 10, 6), False, 30),
])
def test_a_list_is_as_old_as_its_publication_else_its_import(
        published, imported, as_of, by_publication, days) -> None:
    age = list_age("un", published, imported, TODAY)
    assert age is not None
    assert (age.source, age.as_of, age.published, age.days) == \
        (ListSource.UN, as_of, by_publication, days)


def test_stale_lists_are_those_older_than_the_days() -> None:
    rows = [("un", "2026-10-06", "2026-10-07"), ("ofac", "", "2026-10-05"),
            ("interpol", "2020-01-01", "2020-01-01")]  # unknown source: left out
    result = freshness(rows, TODAY, 30)
    assert result.imported and [a.source for a in result.stale] == [ListSource.OFAC]
    assert freshness([], TODAY, 30).imported is False


@pytest.mark.parametrize(("stored", "days"), [
    (None, DEFAULT_STALE_DAYS), ({}, DEFAULT_STALE_DAYS), ({"stale_days": 14}, 14),
    ({"stale_days": 0}, DEFAULT_STALE_DAYS), ({"stale_days": "14"}, DEFAULT_STALE_DAYS),
    ({"stale_days": True}, DEFAULT_STALE_DAYS), ([], DEFAULT_STALE_DAYS),
])
def test_the_days_setting_falls_back_to_the_default(stored, days) -> None:
    assert stale_days_setting(stored) == days
