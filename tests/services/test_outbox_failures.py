"""A refused login or an unreachable server is a settings problem, not a failed
message (the run stops, everything stays queued, the attempt is not counted); only a message
the server itself refuses fails; failed messages are retried or cancelled; scheduled sending
reads the password from the keyring, an environment variable or a file. Real SMTP servers on
127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile

import keyring
import pytest
from keyring.backends import fail

from reseller_app.services.audit import AuditService
from reseller_app.services.dto import MessageState, PacketStatus, SmtpSettings
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.orders import OrderService
from reseller_app.services.outbox import OutboxService
from reseller_app.services.passwords import ENV_PASSWORD, read_password_file
from reseller_app.services.settings import PasswordNeeded, SettingsService

from ..smtp_server import SmtpServer
from .test_escalation import build, held_order

PASSWORD = "Tr0ub4dor&3-horse-staple"
SENDER = "orders@nordlicht.example"
DISTRIBUTOR = "compliance@techdistri.example"


@pytest.fixture
def login_server():
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    yield srv
    srv.stop()


@pytest.fixture
def plain_server():
    srv = SmtpServer().start()
    yield srv
    srv.stop()


def with_login(ctx, srv: SmtpServer, password: str | None) -> None:
    SettingsService(ctx).save_smtp(SmtpSettings(srv.host, srv.port, "none", "orders", SENDER),
                                   password)


def three_queued(ctx, catalog) -> list[int]:
    outbox = OutboxService(ctx)
    ids = []
    for ref in ("SO-2001", "SO-2002", "SO-2003"):
        packet = build(ctx, held_order(ctx, catalog, ref))
        ids.append(outbox.queue(packet.id).id)
    return ids


def test_a_wrong_password_stops_at_the_first_message_and_keeps_every_message_queued(
        configured, catalog, login_server):
    ids = three_queued(configured, catalog)
    with_login(configured, login_server, "wrong-password")
    outbox = OutboxService(configured)
    logins = []
    for _ in range(3):  # however often it is tried: nothing fails, no attempt is burnt
        report = outbox.send_pending(only_due=False)
        assert (report.sent, report.failed) == (0, 0)
        assert report.stopped_kind == "login"
        assert "refused the login of orders" in report.stopped
        assert "Settings" in report.stopped and "stays queued" in report.stopped
        assert [i.id for i in report.items] == [ids[0]]  # stopped at the first
        logins.append(len(login_server.logins))
    # One connection per run (smtplib tries each login method the server offers once).
    assert logins == [logins[0], 2 * logins[0], 3 * logins[0]] and logins[0] <= 2
    items = {i.id: i for i in outbox.items()}
    assert [items[i].state for i in ids] == [MessageState.QUEUED] * 3
    assert [items[i].attempts for i in ids] == [0, 0, 0]
    assert login_server.received == []
    packets = EscalationService(configured)
    assert {packets.get(i.packet_id).status for i in outbox.items()} == {PacketStatus.QUEUED}

    with_login(configured, login_server, PASSWORD)  # fixed in Settings: all go out
    report = outbox.send_pending(only_due=False)
    assert (report.sent, report.stopped) == (3, "")
    assert len(login_server.received) == 3
    assert AuditService(configured).verify().ok


def test_no_stored_password_changes_nothing(configured, catalog, login_server):
    ids = three_queued(configured, catalog)
    with_login(configured, login_server, None)
    outbox = OutboxService(configured)
    with pytest.raises(PasswordNeeded):
        outbox.send_pending(only_due=False)
    assert [outbox.get(i).attempts for i in ids] == [0, 0, 0]
    assert {outbox.get(i).state for i in ids} == {MessageState.QUEUED}
    assert login_server.logins == []


def test_a_server_that_wants_a_login_is_a_settings_problem(configured, catalog, login_server):
    three_queued(configured, catalog)
    SettingsService(configured).save_smtp(SmtpSettings(login_server.host, login_server.port,
                                                       "none", "", SENDER))
    report = OutboxService(configured).send_pending(only_due=False)
    assert report.stopped_kind == "login" and "wants a login" in report.stopped
    assert {i.state for i in OutboxService(configured).items()} == {MessageState.QUEUED}


def test_a_refused_recipient_fails_only_its_message(configured, catalog, plain_server):
    plain_server.refuse["nobody@techdistri.example"] = "550 5.1.1 No such user here"
    plain_server.refuse["busy@techdistri.example"] = "451 4.3.0 Try again later"
    SettingsService(configured).save_smtp(SmtpSettings(plain_server.host, plain_server.port,
                                                       "none", "", SENDER))
    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    refused = outbox.queue(packet.id, to="nobody@techdistri.example")
    busy = outbox.queue(packet.id, to="busy@techdistri.example")
    good = outbox.queue(packet.id)
    report = outbox.send_pending(only_due=False)
    assert (report.sent, report.retry_later, report.failed, report.stopped) == (1, 1, 1, "")
    failed = outbox.get(refused.id)
    assert failed.state == MessageState.FAILED and "No such user here" in failed.last_error
    waiting = outbox.get(busy.id)
    assert waiting.state == MessageState.QUEUED and waiting.attempts == 1
    assert "Try again later" in waiting.last_error
    assert outbox.get(good.id).state == MessageState.SENT
    assert [r.rcpt_tos for r in plain_server.received] == [[DISTRIBUTOR]]
    assert EscalationService(configured).get(packet.id).status == PacketStatus.SENT


def test_failed_messages_are_retried_or_cancelled_for_good(configured, catalog, plain_server,
                                                           tmp_path):
    plain_server.reply = "554 5.7.1 Rejected by policy"
    SettingsService(configured).save_smtp(SmtpSettings(plain_server.host, plain_server.port,
                                                       "none", "", SENDER))
    first = build(configured, held_order(configured, catalog))
    second = build(configured, held_order(configured, catalog, "SO-2002"))
    outbox = OutboxService(configured)
    a, b = outbox.queue(first.id), outbox.queue(second.id)
    assert outbox.send_pending(only_due=False).failed == 2
    packets = EscalationService(configured)
    assert packets.get(first.id).status == PacketStatus.BUILT

    cancelled = outbox.cancel(a.id)
    assert cancelled.state == MessageState.CANCELLED
    assert cancelled.cancelled_by == "tester" and cancelled.cancelled_at is not None
    assert packets.get(first.id).status == PacketStatus.BUILT
    with pytest.raises(ValidationError) as exc:
        outbox.retry(a.id)
    assert "was cancelled" in exc.value.message
    with pytest.raises(ValidationError):
        outbox.cancel(a.id)
    with pytest.raises(NotFound):
        outbox.retry(999)

    plain_server.reply = "250 OK"
    assert [i.id for i in outbox.retry_failed()[0]] == [b.id]  # not the cancelled one
    assert packets.get(second.id).status == PacketStatus.QUEUED
    with pytest.raises(ValidationError) as exc:
        outbox.retry(b.id)
    assert "still queued" in exc.value.message
    refused = len(plain_server.received)  # the test server keeps what it refused, too
    report = outbox.send_pending(only_due=False)
    assert report.sent == 1 and len(plain_server.received) == refused + 1
    assert plain_server.received[-1].message["Message-ID"] == b.message_id
    with pytest.raises(ValidationError) as exc:
        outbox.cancel(b.id)
    assert "was sent" in exc.value.message
    assert outbox.counts() == {"cancelled": 1, "sent": 1}
    history = " ".join(h.summary for h in OrderService(configured).history(first.order_id))
    assert "was cancelled" in history
    assert AuditService(configured).verify().ok
    bundle = EvidenceService(configured).bundle(dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                                tmp_path).path
    with zipfile.ZipFile(bundle) as zf:
        packets_json = json.loads(zf.read("packets.json"))
    messages = {m["message_id"]: m for p in packets_json for m in p["messages"]}
    assert messages[a.message_id]["state"] == "cancelled"
    assert messages[a.message_id]["cancelled_by"] == "tester"
    assert messages[b.message_id]["cancelled_at"] is None


def test_a_cancelled_queued_message_is_never_sent(configured, catalog, plain_server):
    SettingsService(configured).save_smtp(SmtpSettings(plain_server.host, plain_server.port,
                                                       "none", "", SENDER))
    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    item = outbox.queue(packet.id)
    outbox.cancel(item.id)
    assert outbox.send_pending(only_due=False).items == []
    assert plain_server.received == []
    assert EscalationService(configured).get(packet.id).status == PacketStatus.BUILT
    again = outbox.queue(packet.id)  # the user changes their mind: a new message
    assert again.id != item.id and again.state == MessageState.QUEUED


# -- the password without a keyring -----------------------------------------------------------

def test_without_a_keyring_the_password_comes_from_the_environment(
        configured, catalog, login_server, monkeypatch):
    with_login(configured, login_server, PASSWORD)  # ... then the keyring is gone
    keyring.set_keyring(fail.Keyring())
    three_queued(configured, catalog)
    outbox = OutboxService(configured)
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    with pytest.raises(PasswordNeeded):
        outbox.send_pending(only_due=False)
    monkeypatch.setenv(ENV_PASSWORD, "not-it")
    report = outbox.send_pending(only_due=False)
    assert report.stopped_kind == "login" and ENV_PASSWORD in report.stopped
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    assert outbox.send_pending(only_due=False).sent == 3
    assert login_server.logins[-1] == ("orders", PASSWORD)


def test_a_password_file_is_read_and_refused_in_words(tmp_path):
    good = tmp_path / "smtp-password"
    good.write_text(PASSWORD + "\n", encoding="utf-8")
    good.chmod(0o600)
    assert read_password_file(good) == PASSWORD
    empty = tmp_path / "empty"
    empty.write_text("\n")
    empty.chmod(0o600)
    with pytest.raises(ValidationError) as exc:
        read_password_file(empty)
    assert "is empty" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        read_password_file(tmp_path / "missing")
    assert "There is no file" in exc.value.message
    if os.name == "posix":
        good.chmod(0o644)
        with pytest.raises(ValidationError) as exc:
            read_password_file(good)
        assert "chmod 600" in exc.value.message


def test_a_tls_failure_stops_the_run_and_a_dropped_connection_is_tried_later(
        configured, catalog, plain_server):
    """SSL against a plain server: the secure connection fails, a settings problem (nothing
    counted); a server that closes in the middle of the message: tried again later."""
    ids = three_queued(configured, catalog)
    settings = SettingsService(configured)
    settings.save_smtp(SmtpSettings(plain_server.host, plain_server.port, "ssl", "", SENDER))
    outbox = OutboxService(configured)
    report = outbox.send_pending(only_due=False)
    assert report.stopped_kind == "connection" and "Settings" in report.stopped
    assert [outbox.get(i).attempts for i in ids] == [0, 0, 0]

    settings.save_smtp(SmtpSettings(plain_server.host, plain_server.port, "none", "", SENDER))

    def drop() -> None:
        raise ConnectionResetError("gone")  # aiosmtpd closes the connection

    plain_server.on_data = drop
    report = outbox.send_pending(only_due=False)
    assert report.stopped == "" and report.failed == 0
    assert {outbox.get(i).state for i in ids} == {MessageState.QUEUED}
    assert all(outbox.get(i).attempts == 1 for i in ids)


def test_a_failed_message_queued_again_meanwhile_is_not_retried_twice(configured, catalog,
                                                                     plain_server):
    plain_server.reply = "554 5.7.1 Rejected by policy"
    SettingsService(configured).save_smtp(SmtpSettings(plain_server.host, plain_server.port,
                                                       "none", "", SENDER))
    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    first = outbox.queue(packet.id)
    assert outbox.send_pending(only_due=False).failed == 1
    again = outbox.queue(packet.id)  # the user queued the packet anew instead
    with pytest.raises(ValidationError) as exc:
        outbox.retry(first.id)
    assert "already in the outbox" in exc.value.message
    done, refused = outbox.retry_failed()
    assert done == [] and [(i.id, "already in the outbox" in why) for i, why in refused] == \
        [(first.id, True)]
    assert outbox.get(first.id).state == MessageState.FAILED
    assert outbox.get(again.id).state == MessageState.QUEUED
