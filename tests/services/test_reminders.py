"""The reminders on a real SQLite database: one test per source, the settings, the order."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from reseller_app.domain.vocabulary import AuditAction, ReminderKind, ReminderScreen
from reseller_app.services.answers import AnswerService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import AnswerInput, SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.followups import FollowUpService
from reseller_app.services.history import summarise
from reseller_app.services.outbox import OutboxService
from reseller_app.services.packs import PackService
from reseller_app.services.policy import PolicyService
from reseller_app.services.reminders import RemindersService
from reseller_app.services.sanctions_lists import import_list
from reseller_app.services.settings import SettingsService
from reseller_app.store.tables import DbAuditEvent

from ..list_server import DATA
from ..smtp_server import SmtpServer
from .test_escalation import build, held_order

TODAY = dt.date(2026, 11, 5)  # the tests' clock (conftest.START)
DAY = dt.timedelta(days=1)


def kinds(service: RemindersService, today: dt.date = TODAY) -> dict[ReminderKind, object]:
    return {r.kind: r for r in service.due(today)}


def test_follow_ups_due_today_and_overdue(configured, catalog) -> None:
    first = held_order(configured, catalog)
    second = held_order(configured, catalog, "SO-2002")
    follow = FollowUpService(configured)
    late = follow.add(first, TODAY - DAY, "Ask the customer for the site plan")
    follow.add(second, TODAY, "Call the end user")
    follow.add(second, TODAY + DAY, "Not yet")
    service = RemindersService(configured)
    found = kinds(service)
    overdue = found[ReminderKind.FOLLOW_UPS_OVERDUE]
    assert overdue.overdue and overdue.count == 1 and overdue.order_refs == ("SO-2001",)
    assert overdue.target.screen == ReminderScreen.ORDER and overdue.target.order_id == first
    assert "SO-2001" in overdue.text and "overdue" in overdue.text
    today = found[ReminderKind.FOLLOW_UPS_DUE]
    assert not today.overdue and today.order_refs == ("SO-2002",) and "today" in today.text
    # Tomorrow all three are due or late, on two orders: the follow-ups screen opens.
    tomorrow = kinds(service, TODAY + DAY)
    assert tomorrow[ReminderKind.FOLLOW_UPS_OVERDUE].count == 2
    assert tomorrow[ReminderKind.FOLLOW_UPS_OVERDUE].target.screen == ReminderScreen.FOLLOW_UPS
    assert tomorrow[ReminderKind.FOLLOW_UPS_OVERDUE].key != overdue.key  # a new item
    follow.done(late.id, "Plan received")
    assert ReminderKind.FOLLOW_UPS_OVERDUE not in kinds(service)


def test_orders_held_longer_than_the_set_days(configured, catalog) -> None:
    order_id = held_order(configured, catalog)
    service = RemindersService(configured)
    assert service.settings().held_days == 7
    assert ReminderKind.ORDERS_HELD not in kinds(service, TODAY + 7 * DAY)
    held = kinds(service, TODAY + 8 * DAY)[ReminderKind.ORDERS_HELD]
    assert held.overdue and held.order_refs == ("SO-2001",) and "7 days" in held.text
    assert held.target.order_id == order_id
    service.save_settings(held_days=10, pack_days=365)
    assert ReminderKind.ORDERS_HELD not in kinds(service, TODAY + 8 * DAY)
    DecisionService(configured).record(order_id, "decline", "No.", decided_by="Tom")
    assert ReminderKind.ORDERS_HELD not in kinds(service, TODAY + 30 * DAY)


def test_a_failed_e_mail_reminds_until_it_is_dealt_with(configured, catalog) -> None:
    server = SmtpServer().start()
    try:
        server.reply = "554 5.7.1 Rejected by policy"
        SettingsService(configured).save_smtp(SmtpSettings(server.host, server.port, "none",
                                                           "", "orders@nordlicht.example"))
        outbox = OutboxService(configured)
        message = outbox.queue(build(configured, held_order(configured, catalog)).id)
        service = RemindersService(configured)
        assert ReminderKind.OUTBOX_FAILED not in kinds(service)  # queued is not failed
        assert outbox.send_pending(only_due=False).failed == 1
    finally:
        server.stop()
    failed = kinds(service)[ReminderKind.OUTBOX_FAILED]
    assert failed.count == 1 and failed.order_refs == ("SO-2001",) and not failed.overdue
    assert failed.target.screen == ReminderScreen.OUTBOX
    outbox.cancel(message.id)
    assert ReminderKind.OUTBOX_FAILED not in kinds(service)


def test_an_answer_received_reminds_for_the_recent_days(configured, catalog) -> None:
    order_id = held_order(configured, catalog)
    packet = build(configured, order_id)
    service = RemindersService(configured)
    assert ReminderKind.ANSWER_RECEIVED not in kinds(service)
    AnswerService(configured).record(packet.id, AnswerInput(
        "approved", [], "TD-2026-118", TODAY, "Dana Ruiz", "TechDistri Europe"))
    answer = kinds(service)[ReminderKind.ANSWER_RECEIVED]
    assert answer.order_refs == ("SO-2001",) and answer.target.order_id == order_id
    assert "SO-2001" in answer.text
    # The overview's "recently": gone once the answer is older than that (the clock's days).
    later = RemindersService(configured)
    configured.clock = lambda: dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    assert ReminderKind.ANSWER_RECEIVED not in kinds(later, dt.date(2026, 12, 1))


def test_the_policy_review_is_due_then_overdue(ctx) -> None:
    service = RemindersService(ctx)
    load_demo_data(ctx)
    review = PolicyService(ctx).review_status(TODAY).next_review
    assert review is not None
    assert not {ReminderKind.POLICY_REVIEW_DUE, ReminderKind.POLICY_REVIEW_OVERDUE} \
        & kinds(service).keys()
    due = kinds(service, review)[ReminderKind.POLICY_REVIEW_DUE]
    assert not due.overdue and due.target.screen == ReminderScreen.POLICY
    late = kinds(service, review + DAY)[ReminderKind.POLICY_REVIEW_OVERDUE]
    assert late.overdue and review.isoformat() in late.text


def test_no_policy_is_due_but_not_overdue(configured) -> None:
    found = kinds(RemindersService(configured))
    assert not found[ReminderKind.POLICY_REVIEW_DUE].overdue
    assert "No human rights policy" in found[ReminderKind.POLICY_REVIEW_DUE].text


def test_an_old_criteria_pack_reminds(configured) -> None:
    service = RemindersService(configured)
    info = next(p for p in PackService(configured).list_packs() if p.active)
    issued = dt.date.fromisoformat(info.issued) if info.issued else TODAY
    assert ReminderKind.PACK_OLD not in kinds(service, issued + 365 * DAY)
    old = kinds(service, issued + 366 * DAY)[ReminderKind.PACK_OLD]
    assert info.version in old.text and old.target.screen == ReminderScreen.PACKS
    service.save_settings(held_days=7, pack_days=30)
    assert ReminderKind.PACK_OLD in kinds(service, issued + 31 * DAY)


def test_lists_none_then_old(configured) -> None:
    service = RemindersService(configured)
    none = kinds(service)[ReminderKind.LISTS_NONE]
    assert none.target.screen == ReminderScreen.LISTS and not none.overdue
    import_list(configured, DATA / "un-consolidated-excerpt.xml")  # published 2026-02-27
    SettingsService(configured).save_lists_settings(None, 90)
    assert service.settings().lists_days == 90
    found = kinds(service)
    assert ReminderKind.LISTS_NONE not in found
    old = found[ReminderKind.LISTS_OLD]
    assert "UN Security Council" in old.text and "90 days" in old.text
    assert ReminderKind.LISTS_OLD not in kinds(service, dt.date(2026, 3, 1))


def test_overdue_come_first(configured, catalog) -> None:
    order_id = held_order(configured, catalog)
    FollowUpService(configured).add(order_id, TODAY, "Call")
    reminders = RemindersService(configured).due(TODAY + 8 * DAY)
    flags = [r.overdue for r in reminders]
    assert flags == sorted(flags, reverse=True) and flags[0]
    assert reminders[0].kind == ReminderKind.FOLLOW_UPS_OVERDUE


def test_settings_are_checked_and_audited(configured) -> None:
    service = RemindersService(configured)
    for held, pack in ((0, 365), (7, 0), (7, 100_000)):
        with pytest.raises(ValidationError) as err:
            service.save_settings(held_days=held, pack_days=pack)
        assert "whole number" in str(err.value)
    saved = service.save_settings(held_days=14, pack_days=180)
    assert (saved.held_days, saved.pack_days) == (14, 180)
    with configured.session() as s:
        events = s.execute(select(DbAuditEvent.details).where(
            DbAuditEvent.action == AuditAction.SETTINGS_REMINDERS_SAVED)).scalars().all()
    assert len(events) == 1 and "180" in events[0]
    assert summarise(AuditAction.SETTINGS_REMINDERS_SAVED, json.loads(events[0])) == \
        "Reminder settings saved: orders held more than 14 days, criteria pack older than " \
        "180 days."
