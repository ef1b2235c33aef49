"""Dates as shops write them, and a file's day/month order decided from all its dates."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.csv_dates import DateOrder, decide_date_order, parse_date

FEB_11 = dt.date(2026, 2, 11)


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-11",
        "2026-02-11 16:36:00 +0100",  # Shopify's "Created at"
        "2026-02-11 16:36:00 -0500",
        "2026-02-11 16:36",  # WooCommerce's "Order Date"
        "2026-02-11T16:36:00Z",
        "2026-02-11T16:36:00.123+01:00",
        "2026/02/11",
        "11.02.2026",  # dots: day first, everywhere they are used
        "11.02.2026 16:36",
        "  2026-02-11 16:36:00 +0100 ",
    ],
)
def test_the_forms_shops_write_are_read(text):
    assert parse_date(text) == FEB_11


def test_a_time_late_in_the_day_keeps_the_date_the_shop_wrote():
    # Converted to UTC, 23:30 -0500 would be the next day; the customer ordered on the 11th.
    assert parse_date("2026-02-11 23:30:00 -0500") == FEB_11


@pytest.mark.parametrize(
    ("text", "order", "date"),
    [
        ("11/02/2026", DateOrder.DMY, FEB_11),
        ("02/11/2026", DateOrder.MDY, FEB_11),
        ("25/11/2026", None, dt.date(2026, 11, 25)),  # 25 can only be a day
        ("11/25/2026", None, dt.date(2026, 11, 25)),
        ("03/03/2026", None, dt.date(2026, 3, 3)),  # the same either way
        ("11/02/2026 16:36", DateOrder.DMY, FEB_11),
        ("11-02-2026", DateOrder.DMY, FEB_11),
        ("2/11/2026 4:36 PM", DateOrder.MDY, FEB_11),  # a US spreadsheet
    ],
)
def test_day_and_month_first_dates_follow_the_order(text, order, date):
    assert parse_date(text, order) == date


def test_a_date_that_reads_two_ways_is_never_guessed():
    with pytest.raises(ValueError, match="day first or as month first"):
        parse_date("02/11/2026")


@pytest.mark.parametrize("text", ["yesterday", "2026-02-30", "31.02.2026", "2026-02-11 25h",
                                  "11/02/26", "13/13/2026"])
def test_what_is_no_date_is_refused_with_the_forms_that_are(text):
    with pytest.raises(ValueError, match="is not a date like 2026-11-25"):
        parse_date(text, DateOrder.DMY)


@pytest.mark.parametrize(
    ("dates", "order", "needs_choice"),
    [
        (["2026-02-11 16:36:00 +0100", "11.02.2026"], None, False),
        (["02/11/2026", "03/04/2026"], None, True),
        (["02/11/2026", "13/04/2026"], DateOrder.DMY, False),  # 13 in the first part decides
        (["02/11/2026", "04/13/2026"], DateOrder.MDY, False),
        (["05/05/2026", "", None], None, False),
    ],
)
def test_a_files_order_is_decided_from_all_its_dates(dates, order, needs_choice):
    decision = decide_date_order(dates)
    assert decision.order is order
    assert decision.needs_choice is needs_choice
    if needs_choice:
        assert decision.ambiguous == "02/11/2026"


def test_a_file_that_mixes_both_orders_is_said_to():
    decision = decide_date_order(["13/04/2026", "04/13/2026"])
    assert decision.mixed and decision.order is None
    assert (decision.day_first, decision.month_first) == ("13/04/2026", "04/13/2026")
