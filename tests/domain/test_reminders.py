"""The reminders' rules as tables of cases: what is due, what is overdue, the keys, the order."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain import reminders as r
from reseller_app.domain.reminders import OrderItem, ReminderSettings
from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.freshness import ListAge, ListsFreshness
from reseller_app.domain.vocabulary import ReminderKind, ReminderScreen

TODAY = dt.date(2026, 11, 5)
DAY = dt.timedelta(days=1)


def item(n: int, order: int | None = None) -> OrderItem:
    order = n if order is None else order
    return OrderItem(n, order, f"SO-{order}")


@pytest.mark.parametrize(("due_on", "kinds"), [
    (TODAY - DAY, [(ReminderKind.FOLLOW_UPS_OVERDUE, True)]),
    (TODAY, [(ReminderKind.FOLLOW_UPS_DUE, False)]),
])
def test_a_follow_up_is_due_on_its_day_and_overdue_after(due_on, kinds) -> None:
    found = r.follow_ups([(item(1), due_on)], TODAY)
    assert [(x.kind, x.overdue) for x in found] == kinds
    assert found[0].target == r.ReminderTarget(ReminderScreen.ORDER, 1)


def test_many_follow_ups_name_a_few_orders_and_open_the_list() -> None:
    late = [(item(n), TODAY - DAY) for n in range(1, 9)]
    (reminder,) = r.follow_ups(late, TODAY)
    assert reminder.count == 8 and reminder.order_refs == tuple(f"SO-{n}" for n in range(1, 6))
    assert "SO-5 and 3 more" in reminder.text and reminder.text.startswith("8 follow-ups")
    assert reminder.target == r.ReminderTarget(ReminderScreen.FOLLOW_UPS)


def test_two_follow_ups_on_one_order_open_the_order() -> None:
    (reminder,) = r.follow_ups([(item(1, 7), TODAY - DAY), (item(2, 7), TODAY - DAY)], TODAY)
    assert reminder.order_refs == ("SO-7",) and reminder.target.order_id == 7


@pytest.mark.parametrize(("held_since", "days", "expected"), [
    (TODAY - 7 * DAY, 7, False),  # exactly a week: not yet longer than 7 days
    (TODAY - 8 * DAY, 7, True),
    (TODAY - 8 * DAY, 10, False),
    (TODAY, 1, False),
])
def test_held_longer_than_the_set_days(held_since, days, expected) -> None:
    found = r.orders_held([(item(1), held_since)], TODAY, days)
    assert (found is not None) is expected
    if found is not None:
        assert found.overdue and found.kind == ReminderKind.ORDERS_HELD


@pytest.mark.parametrize(("adopted", "next_review", "kind", "overdue"), [
    (False, None, ReminderKind.POLICY_REVIEW_DUE, False),
    (True, None, ReminderKind.POLICY_REVIEW_DUE, False),
    (True, TODAY, ReminderKind.POLICY_REVIEW_DUE, False),
    (True, TODAY - DAY, ReminderKind.POLICY_REVIEW_OVERDUE, True),
    (True, TODAY + DAY, None, None),
])
def test_policy_review(adopted, next_review, kind, overdue) -> None:
    found = r.policy_review(adopted, next_review, TODAY)
    got = (found.kind, found.overdue) if found else (None, None)
    assert got == (kind, overdue)


@pytest.mark.parametrize(("age", "limit", "reminds"), [(365, 365, False), (366, 365, True),
                                                       (31, 30, True), (-5, 30, False)])
def test_pack_age(age, limit, reminds) -> None:
    found = r.pack_old("Default", "2026.1", "abc", TODAY - age * DAY, TODAY, limit)
    assert (found is not None) is reminds


def test_lists_none_old_and_fresh() -> None:
    assert r.lists(ListsFreshness(False, (), 30)).kind == ReminderKind.LISTS_NONE
    assert r.lists(ListsFreshness(True, (), 30)) is None
    age = ListAge(ListSource.UN, TODAY - 40 * DAY, True, 40)
    old = r.lists(ListsFreshness(True, (age,), 30), {"un": "UN Security Council"})
    assert old.kind == ReminderKind.LISTS_OLD and "UN Security Council (40 days)" in old.text


@pytest.mark.parametrize(("today", "expected"), [
    (TODAY - DAY, None), (TODAY, False), (TODAY + DAY, True)])
def test_report_due_then_overdue(today, expected) -> None:
    found = r.report_due("2026Q3", "TechDistri", TODAY, today)
    assert (found.overdue if found else None) is expected


def test_nothing_to_say_is_none() -> None:
    assert r.follow_ups([], TODAY) == []
    assert r.orders_held([], TODAY, 7) is None
    assert r.outbox_failed([], []) is None
    assert r.answers_received([], 14) is None


def test_keys_stay_while_the_items_stay_and_change_with_a_new_one() -> None:
    one = r.answers_received([item(1), item(2)], 14)
    same = r.answers_received([item(2), item(1)], 14)
    more = r.answers_received([item(3), item(1), item(2)], 14)
    assert one.key == same.key != more.key and one.key.startswith("answer_received:")
    other_kind = r.outbox_failed([1, 2], [])
    assert other_kind.key != one.key


def test_most_urgent_first() -> None:
    answer = r.answers_received([item(1)], 14)
    held = r.orders_held([(item(2), TODAY - 30 * DAY)], TODAY, 7)
    due, late = r.follow_ups([(item(3), TODAY), (item(4), TODAY - DAY)], TODAY)[::-1]
    ordered = r.most_urgent_first([answer, None, due, held, late])
    assert [x.kind for x in ordered] == [ReminderKind.FOLLOW_UPS_OVERDUE,
                                         ReminderKind.ORDERS_HELD, ReminderKind.FOLLOW_UPS_DUE,
                                         ReminderKind.ANSWER_RECEIVED]
    assert r.any_overdue(ordered) and not r.any_overdue([answer])


@pytest.mark.parametrize(("stored", "expected"), [
    (None, ReminderSettings(7, 365, 30)),
    ({"held_days": 3, "pack_days": 90}, ReminderSettings(3, 90, 30)),
    ({"held_days": 0, "pack_days": "x"}, ReminderSettings(7, 365, 30)),
    ({"held_days": True}, ReminderSettings(7, 365, 30)),
    ("garbage", ReminderSettings(7, 365, 30)),
])
def test_settings_from_what_is_stored(stored, expected) -> None:
    assert r.settings_from(stored, 30) == expected
