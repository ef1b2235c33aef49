"""A plain e-mail that is no packet (the daily digest) goes through the same outbox: sent once
through a real SMTP server on 127.0.0.1, failed when the server refuses it, retried, cancelled;
the packets' messages are untouched."""

from __future__ import annotations

import pytest

from reseller_app.domain.vocabulary import AuditAction, MessageKind
from reseller_app.services.audit import AuditService
from reseller_app.services.dto import MessageState
from reseller_app.services.errors import ValidationError
from reseller_app.services.outbox import OutboxService
from reseller_app.services.startup import open_app
from reseller_app.store import audit_log

from .test_outbox import Clock, use_server


@pytest.fixture
def app(db_url):
    ctx = open_app(db_url, clock=Clock(), actor="tester")
    yield ctx
    ctx.engine.dispose()


BODY = "Overdue (1):\n- Follow-up of SO-1001 was due on 1 December 2026.\n"


def queue(app, to: str = "approver@nordlicht.example"):
    return OutboxService(app).queue_message(MessageKind.DIGEST, to, "Daily digest: 1 overdue",
                                            BODY, key="digest-2026-12-07")


def test_a_plain_message_is_sent_once_with_its_text(app, server):
    use_server(app, server.start())
    item = queue(app)
    assert (item.kind, item.packet_id, item.order_reference) == (MessageKind.DIGEST, "", "")
    assert item.message_id.startswith("<digest-2026-12-07.1@")
    report = OutboxService(app).send_pending()
    assert (report.sent, report.failed) == (1, 0)
    assert OutboxService(app).send_pending().sent == 0  # never twice
    [got] = server.received
    message = got.message
    assert message["Subject"] == "Daily digest: 1 overdue"
    assert message["To"] == "approver@nordlicht.example"
    assert message["Message-ID"] == item.message_id
    assert "SO-1001" in message.get_content()
    assert list(message.iter_attachments()) == []
    assert OutboxService(app).get(item.id).state == MessageState.SENT
    with app.session() as s:
        actions = [e.action for e in audit_log.events_for(s, "outbox_message", [str(item.id)])]
    assert actions == [AuditAction.OUTBOX_QUEUED, AuditAction.OUTBOX_SENT]
    assert AuditService(app).verify().ok


def test_a_refused_plain_message_fails_and_can_be_retried_or_cancelled(app, server):
    server.refuse["nobody@nordlicht.example"] = "550 5.1.1 No such user"
    use_server(app, server.start())
    item = queue(app, "nobody@nordlicht.example")
    assert OutboxService(app).send_pending().failed == 1
    failed = OutboxService(app).get(item.id)
    assert failed.state == MessageState.FAILED and "No such user" in failed.last_error
    assert OutboxService(app).retry(item.id).state == MessageState.QUEUED
    assert OutboxService(app).send_pending().failed == 1
    cancelled = OutboxService(app).cancel(item.id)
    assert cancelled.state == MessageState.CANCELLED and cancelled.cancelled_by == "tester"
    assert AuditService(app).verify().ok


def test_a_plain_message_needs_an_address(app):
    with pytest.raises(ValidationError) as err:
        queue(app, "not an address")
    assert err.value.field == "to"
    assert OutboxService(app).items() == []
