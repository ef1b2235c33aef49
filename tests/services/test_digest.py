"""The daily digest e-mail on a real SQLite database, received by a real SMTP server on
127.0.0.1: its subject and lines with the order references, nothing when nothing is due, once
a day, off by default with the approvers' addresses ready, and no secret in it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from reseller_app.domain.reminders import DEFAULT_PACK_DAYS, MAX_DAYS
from reseller_app.domain.vocabulary import AuditAction, MessageKind
from reseller_app.services.audit import AuditService
from reseller_app.services.chain_report_send import ReportSendService, report_due
from reseller_app.services.demo import load_demo_data
from reseller_app.services.digest import DigestService, parse_recipients
from reseller_app.services.dto import MessageState, SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.followups import FollowUpService
from reseller_app.services.outbox import OutboxService
from reseller_app.services.passwords import ENV_PASSWORD
from reseller_app.services.reminders import RemindersService
from reseller_app.services.sanctions_lists import import_list
from reseller_app.services.settings import SettingsService
from reseller_app.store.tables import DbAuditEvent, DbOrder

from ..list_server import DATA
from ..smtp_server import SmtpServer

TODAY = dt.date(2026, 11, 5)  # the tests' clock (conftest.START)
DAY = dt.timedelta(days=1)
SENDER = "orders@nordlicht.example"
TO = ("anna.weber@nordlicht.example", "tom.berg@nordlicht.example")
PASSWORD = "Tr0ub4dor&3-digest-horse"


@pytest.fixture
def quiet(ctx, tmp_path):
    """A database where nothing is due today: the demo's company, orders and adopted policy,
    a restricted-party list that is not old (the demo's follow-ups done, its held orders
    reminding only after a long hold), and the last quarter's due diligence report saved for
    each distributor (the demo has orders in 2026Q3)."""
    load_demo_data(ctx)
    follow_ups = FollowUpService(ctx)
    for follow_up in follow_ups.open():
        follow_ups.done(follow_up.id, "Done")
    RemindersService(ctx).save_settings(held_days=MAX_DAYS, pack_days=DEFAULT_PACK_DAYS)
    import_list(ctx, DATA / "un-consolidated-excerpt.xml")  # published 2026-02-27
    SettingsService(ctx).save_lists_settings(None, 365)
    reports = ReportSendService(ctx)
    for distributor, period in report_due(ctx, TODAY):
        EscalationService(ctx).save_zip(reports.build_for(period, distributor).id, tmp_path)
    assert report_due(ctx, TODAY) == []
    return ctx


@pytest.fixture
def server(server):  # tests/conftest.py's, started
    return server.start()


def use_server(ctx, srv: SmtpServer, user: str = "") -> None:
    SettingsService(ctx).save_smtp(SmtpSettings(srv.host, srv.port, "none", user, SENDER))


def overdue_follow_up(ctx) -> str:
    """A follow-up due yesterday on the first demo order; its reference."""
    with ctx.session() as s:
        order_id, reference = s.execute(select(DbOrder.id, DbOrder.reference)
                                        .order_by(DbOrder.id).limit(1)).one()
    FollowUpService(ctx).add(order_id, TODAY - DAY, "Ask for the site plan")
    return reference


def digest_events(ctx) -> list[DbAuditEvent]:
    with ctx.session() as s:
        return list(s.execute(select(DbAuditEvent).where(
            DbAuditEvent.action == AuditAction.DIGEST_QUEUED)).scalars())


def test_the_digest_reaches_each_recipient_with_the_order_references(quiet, server):
    reference = overdue_follow_up(quiet)
    use_server(quiet, server)
    service = DigestService(quiet)
    service.save_settings(enabled=True, recipients=", ".join(TO))
    queued = service.queue_digest(TODAY)
    assert queued is not None
    assert [i.to for i in queued.items] == list(TO)
    assert {i.kind for i in queued.items} == {MessageKind.DIGEST}
    assert queued.digest.order_refs == (reference,) and queued.digest.overdue == 1
    report = OutboxService(quiet).send_pending()
    assert (report.sent, report.failed) == (2, 0)
    assert sorted(r.rcpt_tos[0] for r in server.received) == sorted(TO)
    message = server.received[0].message
    assert message["Subject"] == \
        f"Channel Diligence daily digest of {TODAY}: 1 overdue, 0 waiting"
    lines = message.get_content().splitlines()
    assert lines[0].startswith(f"What is waiting in Channel Diligence on {TODAY}")
    assert "Overdue (1):" in lines
    assert f"- A follow-up is overdue: order {reference}." in lines
    assert f"Orders named: {reference}" in lines
    [event] = digest_events(quiet)
    assert event.entity == "digest" and event.entity_id == TODAY.isoformat()
    details = json.loads(event.details)
    assert details["to"] == list(TO) and details["order_refs"] == [reference]
    assert AuditService(quiet).verify().ok


def test_nothing_is_queued_when_nothing_is_due(quiet, server):
    use_server(quiet, server)
    service = DigestService(quiet)
    service.save_settings(enabled=True, recipients=TO[0])
    assert service.preview(TODAY) is None and service.due_digest(TODAY) is None
    assert service.queue_digest(TODAY) is None
    assert OutboxService(quiet).items() == [] and digest_events(quiet) == []
    assert service.last_day() is None
    assert OutboxService(quiet).send_pending().sent == 0 and server.received == []


def test_the_digest_is_queued_once_a_day(quiet, server):
    overdue_follow_up(quiet)
    use_server(quiet, server)
    service = DigestService(quiet)
    service.save_settings(enabled=True, recipients=[TO[0]])
    first = service.queue_digest(TODAY)
    assert first is not None and service.last_day() == TODAY
    assert service.due_digest(TODAY) is None
    assert DigestService(quiet).queue_digest(TODAY) is None  # another desk, the same day
    assert len(OutboxService(quiet).items()) == 1 and len(digest_events(quiet)) == 1
    second = service.queue_digest(TODAY + DAY)  # the follow-up is still overdue tomorrow
    assert second is not None and second.items[0].message_id != first.items[0].message_id
    assert len(digest_events(quiet)) == 2
    OutboxService(quiet).send_pending()
    assert len(server.received) == 2


def test_off_by_default_with_the_approvers_addresses_ready(configured, server):
    service = DigestService(configured)
    settings = service.settings()
    assert not settings.enabled and not settings.saved
    assert settings.recipients == ("anna.weber@example.com",)  # the profile's approver
    use_server(configured, server)
    assert service.queue_digest(TODAY) is None  # off: nothing, whatever is due
    assert OutboxService(configured).items() == []
    saved = service.save_settings(enabled=True, recipients=settings.recipients)
    assert saved.enabled and saved.saved
    with configured.session() as s:
        [event] = s.execute(select(DbAuditEvent).where(
            DbAuditEvent.action == AuditAction.SETTINGS_DIGEST_SAVED)).scalars()
    assert json.loads(event.details) == {"enabled": True, "recipients": ["anna.weber@example.com"]}
    assert service.queue_digest(TODAY) is not None  # a new database: the policy is due


def test_what_stops_a_digest_is_said_in_words(configured):
    service = DigestService(configured)
    with pytest.raises(ValidationError) as err:
        service.save_settings(enabled=True, recipients="anna@example.com, not-an-address")
    assert err.value.field == "recipients" and "not-an-address" in err.value.message
    with pytest.raises(ValidationError) as err:
        service.save_settings(enabled=True, recipients="")
    assert err.value.field == "recipients"
    service.save_settings(enabled=True, recipients="anna@example.com")
    with pytest.raises(ValidationError) as err:
        service.queue_digest(TODAY)
    assert err.value.field == "smtp" and "mail server" in err.value.message
    assert OutboxService(configured).items() == []
    assert parse_recipients("A@Example.com; Bea <b@example.com>\n, a@example.com") == (
        "a@example.com", "b@example.com")


def test_no_secret_is_in_the_digest(quiet, monkeypatch):
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    try:
        reference = overdue_follow_up(quiet)
        SettingsService(quiet).save_smtp(SmtpSettings(srv.host, srv.port, "none", "orders",
                                                      SENDER), password=PASSWORD)
        monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
        service = DigestService(quiet)
        service.save_settings(enabled=True, recipients=TO[0])
        queued = service.queue_digest(TODAY)
        assert queued is not None
        assert OutboxService(quiet).send_pending().sent == 1
        [got] = srv.received
    finally:
        srv.stop()
    assert reference in queued.digest.body
    for text in (queued.digest.body, queued.digest.subject, got.raw.decode()):
        assert PASSWORD not in text
    # Nor the mail server's login or address (only the sender's address, in the header).
    body = got.message.get_content()
    assert srv.host not in body and "orders@" not in body
    assert OutboxService(quiet).get(queued.items[0].id).state == MessageState.SENT
