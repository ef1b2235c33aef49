"""SMTP settings: validated; the password only in the keyring (never in the database file,
the settings, the logs or an export); no keyring -> say so and ask at send time."""

from __future__ import annotations

import base64
import logging

import keyring
import pytest
from keyring.backends import fail

from reseller_app.services.dto import MessageState, SmtpSettings
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.outbox import OutboxService
from reseller_app.services.settings import PasswordNeeded, SettingsService
from reseller_app.store import db

from ..smtp_server import SmtpServer
from .test_escalation import build, held_order

PASSWORD = "Tr0ub4dor&3-horse-staple"
SENDER = "orders@nordlicht.example"


@pytest.fixture
def server():
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    yield srv
    srv.stop()


def settings_for(srv: SmtpServer, **kw) -> SmtpSettings:
    args = {"host": srv.host, "port": srv.port, "security": "none", "user": "orders",
            "from_address": SENDER}
    args.update(kw)
    return SmtpSettings(**args)


@pytest.mark.parametrize("change, field", [
    ({"host": ""}, "host"), ({"host": "smtp example"}, "host"), ({"port": 0}, "port"),
    ({"port": "abc"}, "port"), ({"security": "tls13"}, "security"),
    ({"from_address": "nobody"}, "from_address"),
    ({"host": "smtp.example.com", "security": "none"}, "security"),  # a password in clear
])
def test_bad_settings_are_refused_at_the_field(configured, change, field):
    base = {"host": "smtp.example.com", "port": 587, "security": "starttls", "user": "u",
            "from_address": SENDER}
    base.update(change)
    with pytest.raises(ValidationError) as exc:
        SettingsService(configured).save_smtp(SmtpSettings(**base))
    assert exc.value.field == field


def test_starttls_and_ssl_settings_are_kept_and_fail_in_words_against_a_plain_server(
        configured, server):
    service = SettingsService(configured)
    for security in ("starttls", "ssl"):
        status = service.save_smtp(settings_for(server, security=security), PASSWORD)
        assert status.settings.security == security and status.password_stored
        with pytest.raises(ServiceError) as exc:
            service.send_test_email()
        words = "STARTTLS" if security == "starttls" else "secure connection"
        assert words in str(exc.value)
    assert server.received == []


def test_the_password_lives_only_in_the_keyring(configured, catalog, server, memory_keyring,
                                                tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    service = SettingsService(configured)
    status = service.save_smtp(settings_for(server), PASSWORD)
    assert status.password_stored and status.keyring_available and status.message == ""
    # Beside the company's signing key (made at setup), the password is the only entry.
    assert {k: v for k, v in memory_keyring.passwords.items()
            if k[0] != "Channel Diligence signing key"} == {
        ("Channel Diligence SMTP", f"orders@{server.host}"): PASSWORD}
    assert "250" in service.send_test_email()
    assert server.logins[-1] == ("orders", PASSWORD)

    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    outbox.queue(packet.id)
    assert outbox.send_pending().sent == 1
    escalation = EscalationService(configured)
    exports = [escalation.save_zip(packet.id, tmp_path), escalation.save_eml(packet.id, tmp_path)]
    folder = escalation.save_folder(packet.id, tmp_path)
    exports += [p for p in folder.rglob("*") if p.is_file()]
    import datetime as dt

    exports.append(EvidenceService(configured).bundle(dt.date(2026, 1, 1),
                                                      dt.date(2026, 12, 31), tmp_path).path)
    configured.engine.dispose()  # flush everything to the files

    secret_forms = [PASSWORD.encode(), PASSWORD.encode("utf-16-le"),
                    base64.b64encode(PASSWORD.encode()),
                    base64.b64encode(f"\0orders\0{PASSWORD}".encode())]
    database = db.sqlite_path(configured.db_url)
    stored = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    for path in [*stored, *exports]:
        data = path.read_bytes()
        assert not any(s in data for s in secret_forms), path
    import zipfile

    for path in exports:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    assert not any(s in zf.read(name) for s in secret_forms), name
    assert PASSWORD not in caplog.text
    assert not any(s.decode() in caplog.text for s in secret_forms[2:])
    assert PASSWORD not in repr(SettingsService(configured).smtp())


def test_without_a_keyring_the_app_says_so_and_asks_at_send_time(configured, catalog, server):
    keyring.set_keyring(fail.Keyring())
    service = SettingsService(configured)
    with pytest.raises(ValidationError) as exc:
        service.save_smtp(settings_for(server), PASSWORD)
    assert exc.value.field == "password" and "keyring" in exc.value.message
    status = service.save_smtp(settings_for(server))
    assert not status.keyring_available and "asks for it" in status.message

    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    outbox.queue(packet.id)
    with pytest.raises(PasswordNeeded):
        outbox.send_pending()
    assert outbox.items()[0].state == MessageState.QUEUED
    assert outbox.send_pending(password=PASSWORD).sent == 1
    assert len(server.received) == 1


def test_a_wrong_password_fails_with_the_servers_reason(configured, catalog, server):
    SettingsService(configured).save_smtp(settings_for(server), "wrong")
    packet = build(configured, held_order(configured, catalog))
    outbox = OutboxService(configured)
    item = outbox.queue(packet.id)
    report = outbox.send_pending()
    # A settings problem, not a failed message: it stays queued, said once.
    assert report.failed == 0 and report.stopped_kind == "login", report.items[0].last_error
    waiting = outbox.get(item.id)
    assert waiting.state == MessageState.QUEUED and "535" in waiting.last_error
    assert waiting.attempts == 0 and "535" in report.stopped
    assert "wrong" not in waiting.last_error and "wrong" not in report.stopped
