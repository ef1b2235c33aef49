"""The outbox through a real SMTP server on 127.0.0.1: sent once, kept while the server is
down, sent once it is up, also across a restart; what a crash in the middle does."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.dto import MessageState, OrderStatus, PacketStatus, SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService
from reseller_app.services.outbox import LEASE, OutboxService, backoff
from reseller_app.services.settings import SettingsService
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbOutboxMessage

from ..conftest import START
from ..smtp_server import SmtpServer
from .test_escalation import build, held_order

SENDER = "orders@nordlicht.example"


class Clock:
    """A test clock: one second per reading, and jumps on demand."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now

    def advance(self, delta: dt.timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(db_url, clock):
    ctx = open_app(db_url, clock=clock, actor="tester")
    yield ctx
    ctx.engine.dispose()


def use_server(ctx, srv: SmtpServer) -> None:
    SettingsService(ctx).save_smtp(SmtpSettings(srv.host, srv.port, "none", "", SENDER))


@pytest.fixture
def packet(app, catalog_on_app):
    order_id = held_order(app, catalog_on_app)
    return build(app, order_id)


@pytest.fixture
def catalog_on_app(app, request):
    # The services' catalog fixture, on this test's context (with its clock).
    from reseller_app.services.setup import SetupService

    from .conftest import sample_profile

    SetupService(app).save_profile(sample_profile())
    return request.getfixturevalue("catalog_for")(app)


@pytest.fixture
def catalog_for():
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer, Product

    from .conftest import Catalog

    def make(ctx):
        cat = CatalogService(ctx)
        return Catalog(
            police=cat.save_customer(Customer("Policía Regional", "VE", "government",
                                              government_function="law_enforcement")),
            office=cat.save_customer(Customer("Müller Steuerberatung", "DE", "private",
                                              sector="finance")),
            school=cat.save_customer(Customer("École Jules Ferry", "FR", "education",
                                              sector="education")),
            camera=cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                            "video_surveillance")),
            laptop=cat.save_product(Product("LT-14", "Business laptop", "Lenovo",
                                            "general_it")),
        )
    return make


def test_a_queued_packet_arrives_once_with_every_file_byte_for_byte(app, packet, server):
    server.start()
    use_server(app, server)
    outbox = OutboxService(app)
    item = outbox.queue(packet.id)
    assert item.state == MessageState.QUEUED and item.to == "compliance@techdistri.example"
    order = OrderService(app).get(packet.order_id)
    assert order.status == OrderStatus.ESCALATED

    report = outbox.send_pending()
    assert (report.sent, report.retry_later, report.failed) == (1, 0, 0)
    assert len(server.received) == 1, report.items[0].last_error
    got = server.received[0]
    assert got.rcpt_tos == ["compliance@techdistri.example"] and got.mail_from == SENDER
    msg = got.message
    assert msg["Subject"] == packet.subject and "SO-2001" in msg["Subject"]
    assert msg["To"] == "compliance@techdistri.example"
    assert msg["Message-ID"] == item.message_id
    files = EscalationService(app).files(packet.id)
    attached = got.attachments()
    assert attached[packet.pdf_name] == files[packet.pdf_name]
    assert attached[packet.json_name] == files[packet.json_name]
    assert attached["End-user statement (signed).pdf"] == \
        files["End-user statement (signed).pdf"]
    assert hashlib.sha256(attached["manifest.json"]).hexdigest() == packet.manifest_sha256

    sent = outbox.get(item.id)
    assert sent.state == MessageState.SENT and sent.server_reply.startswith("250")
    assert EscalationService(app).get(packet.id).status == PacketStatus.SENT
    assert outbox.send_pending(only_due=False).sent == 0  # nothing twice
    assert len(server.received) == 1
    with pytest.raises(ValidationError):
        outbox.queue(packet.id)  # already sent to this address
    assert AuditService(app).verify().ok


def test_with_the_server_down_it_waits_and_goes_out_once_after_a_restart(
        app, packet, server, db_url, clock):
    use_server(app, server)  # configured, but nothing listens on the port yet
    outbox = OutboxService(app)
    item = outbox.queue(packet.id)
    report = outbox.send_pending()
    assert (report.sent, report.retry_later) == (0, 1)
    assert report.stopped_kind == "connection" and "stays queued" in report.stopped
    waiting = outbox.get(item.id)
    # Not the message's fault: the attempt is not counted, and it is due again at once.
    assert waiting.state == MessageState.QUEUED and waiting.attempts == 0
    assert "Cannot reach the mail server" in waiting.last_error
    assert waiting.next_attempt_at <= clock.now
    assert outbox.send_pending().stopped_kind == "connection"
    assert outbox.get(item.id).attempts == 0

    app.engine.dispose()  # the app quits; the server comes up; the app starts again
    server.start()
    again = open_app(db_url, clock=clock, actor="tester")
    try:
        outbox2 = OutboxService(again)
        assert outbox2.send_pending().sent == 1
        assert outbox2.send_pending(only_due=False).sent == 0
        assert len(server.received) == 1
        item2 = outbox2.get(item.id)
        assert item2.state == MessageState.SENT and item2.attempts == 1
        assert server.received[0].message["Message-ID"] == item.message_id
    finally:
        again.engine.dispose()


def test_backoff_doubles_and_a_refusal_fails_with_the_servers_reason(app, packet, server,
                                                                    clock):
    assert [backoff(n).total_seconds() / 60 for n in (1, 2, 3, 4, 8, 20)] == \
        [1, 2, 4, 8, 60, 60]
    server.reply = "550 5.7.1 Relaying denied for this sender"
    server.start()
    use_server(app, server)
    outbox = OutboxService(app)
    item = outbox.queue(packet.id)
    report = outbox.send_pending()
    assert report.failed == 1
    failed = outbox.get(item.id)
    assert failed.state == MessageState.FAILED
    assert "550" in failed.last_error and "Relaying denied" in failed.last_error
    packets = EscalationService(app)
    # Not "in the outbox" any more: the packet did not go out.
    assert packets.get(packet.id).status == PacketStatus.BUILT
    server.reply = "250 OK"
    assert outbox.retry(item.id).state == MessageState.QUEUED
    assert packets.get(packet.id).status == PacketStatus.QUEUED
    assert outbox.send_pending().sent == 1
    assert packets.get(packet.id).status == PacketStatus.SENT


def test_a_saved_packet_whose_e_mail_fails_stays_saved(app, packet, server, tmp_path):
    server.reply = "554 5.7.1 Rejected by policy"
    server.start()
    use_server(app, server)
    packets, outbox = EscalationService(app), OutboxService(app)
    packets.save_zip(packet.id, tmp_path)
    item = outbox.queue(packet.id)
    assert packets.get(packet.id).status == PacketStatus.QUEUED
    assert outbox.send_pending().failed == 1
    assert packets.get(packet.id).status == PacketStatus.EXPORTED
    outbox.retry(item.id)
    assert packets.get(packet.id).status == PacketStatus.QUEUED
    cancelled = outbox.cancel(item.id)
    assert cancelled.state == MessageState.CANCELLED and cancelled.cancelled_by == "tester"
    assert packets.get(packet.id).status == PacketStatus.EXPORTED


def test_a_crash_while_sending_is_recovered_with_the_same_message_id(app, packet, server,
                                                                     db_url, clock):
    """The app died after claiming the message: on the next start, once the lease has run
    out, it is sent again, with the same Message-ID (at least once, never lost)."""
    server.start()
    use_server(app, server)
    item = OutboxService(app).queue(packet.id)
    with app.write_session() as s:  # what a kill between claim and reply leaves behind
        m = s.get(DbOutboxMessage, item.id)
        m.state, m.attempts, m.next_attempt_at = "sending", 1, clock.now + LEASE
        s.add(m)
        s.commit()
    app.engine.dispose()

    restarted = open_app(db_url, clock=clock, actor="tester")
    try:
        outbox = OutboxService(restarted)
        assert outbox.recover() == 0  # the lease still runs: another process may be sending
        assert outbox.send_pending(only_due=False).items == []
        clock.advance(LEASE)
        assert outbox.send_pending().sent == 1
        assert [r.message["Message-ID"] for r in server.received] == [item.message_id]
        assert "same Message-ID" in " ".join(
            h.summary + str(h.details) for h in OrderService(restarted).history(
                packet.order_id))
    finally:
        restarted.engine.dispose()


def test_sending_needs_the_settings_first(app, packet):
    outbox = OutboxService(app)
    outbox.queue(packet.id)
    with pytest.raises(ValidationError) as exc:
        outbox.send_pending()
    assert exc.value.field == "smtp"
    assert outbox.items()[0].state == MessageState.QUEUED


def _second_packet(app, catalog_on_app, reference: str = "SO-2002"):
    return build(app, held_order(app, catalog_on_app, reference))


def test_a_reference_stored_with_a_line_break_goes_out_on_one_header_line(
        app, packet, server, monkeypatch):
    """References refuse line breaks now; one stored before (in the order and the packet's
    subject) must still be sent, its subject folded to one line."""
    monkeypatch.delenv("CD_STRICT_STAMPS")  # the old data is written behind the services
    from reseller_app.store.tables import DbOrder, DbPacket

    with app.write_session() as s:
        s.get(DbOrder, packet.order_id).reference = "SO-2001\nINJECTED: x"
        s.get(DbPacket, packet.id).subject = "Escalation of SO-2001\nBcc: evil@example.com"
        s.commit()
    server.start()
    use_server(app, server)
    outbox = OutboxService(app)
    outbox.queue(packet.id)
    assert outbox.send_pending().sent == 1
    msg = server.received[0].message
    assert msg["Subject"] == "Escalation of SO-2001 Bcc: evil@example.com"
    assert msg["Bcc"] is None and server.received[0].rcpt_tos == [
        "compliance@techdistri.example"]


def test_a_message_that_cannot_be_built_fails_with_its_reason_and_the_rest_go_out(
        app, packet, catalog_on_app, server, monkeypatch):
    """One bad message must not stop the outbox: it is marked failed with its reason, the
    clean message queued behind it is sent, and the next run does not claim it again."""
    monkeypatch.delenv("CD_STRICT_STAMPS")  # the broken packet is written behind the services
    from reseller_app.store.tables import DbPacket

    clean = _second_packet(app, catalog_on_app)
    server.start()
    use_server(app, server)
    outbox = OutboxService(app)
    bad_item = outbox.queue(packet.id)
    good_item = outbox.queue(clean.id)
    with app.write_session() as s:  # a packet whose stored JSON cannot be read any more
        s.get(DbPacket, packet.id).json_content = b"{broken"
        s.commit()
    report = outbox.send_pending()
    assert (report.sent, report.retry_later, report.failed) == (1, 0, 1)
    bad = outbox.get(bad_item.id)
    assert bad.state == MessageState.FAILED
    assert "could not be made from the packet" in bad.last_error
    assert outbox.get(good_item.id).state == MessageState.SENT
    assert [r.message["Message-ID"] for r in server.received] == [good_item.message_id]
    assert outbox.send_pending(only_due=False).items == []
    assert EscalationService(app).get(packet.id).status == PacketStatus.BUILT
    assert AuditService(app).verify().ok
