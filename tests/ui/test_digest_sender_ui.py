"""The running app queues the daily digest off the GUI thread (the outbox sender's pool): at
start, then at each hourly look, once a day; a digest that cannot go out is said once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reseller_app.services.dto import SmtpSettings
from reseller_app.ui.backend import Backend
from reseller_app.ui.outbox_sender import OutboxSender

from ..smtp_server import SmtpServer

WAIT = 20_000
SENDER = "orders@nordlicht.example"
HOUR = 3_600_000  # the tests call the hourly look themselves


def test_the_app_queues_and_sends_the_digest_once_a_day(qtbot: QtBot,
                                                        configured: Backend) -> None:
    srv = SmtpServer().start()
    try:
        configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "", SENDER))
        # A new database: the policy is not adopted yet, so something is due.
        configured.digest.save_settings(enabled=True, recipients="anna.weber@example.com")
        sender = OutboxSender(configured, interval_ms=HOUR, digest_interval_ms=HOUR)
        sender.start()
        qtbot.waitUntil(lambda: len(srv.received) == 1 and not sender.busy(), timeout=WAIT)
        message = srv.received[0].message
        assert message["To"] == "anna.weber@example.com"
        assert "No human rights policy is adopted yet." in message.get_content()
        sender.check_digest()  # the next hour, the same day
        qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
        assert len(srv.received) == 1
        assert sender.stop()
    finally:
        srv.stop()


def test_a_digest_without_a_mail_server_is_said_once(qtbot: QtBot,
                                                     configured: Backend) -> None:
    configured.digest.save_settings(enabled=True, recipients="anna.weber@example.com")
    sender = OutboxSender(configured, interval_ms=HOUR, digest_interval_ms=HOUR)
    said: list[str] = []
    sender.digestProblem.connect(said.append)
    sender.start()
    for _ in range(2):
        qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
        sender.check_digest()
    qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
    assert len(said) == 1 and "set up e-mail sending first" in said[0]
    assert configured.outbox.items() == []
    assert sender.stop()


def test_a_sender_without_a_digest_never_looks_at_it(qtbot: QtBot,
                                                     configured: Backend) -> None:
    configured.digest.save_settings(enabled=True, recipients="anna.weber@example.com")
    sender = OutboxSender(configured, interval_ms=HOUR)  # the distributor desk's
    said: list[str] = []
    sender.digestProblem.connect(said.append)
    sender.start()
    qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
    assert said == [] and sender.digest_timer is None
    assert sender.stop()


def test_the_outbox_page_shows_the_digest_by_its_subject(qtbot: QtBot,
                                                        configured: Backend) -> None:
    from reseller_app.ui.outbox_view import OutboxView

    srv = SmtpServer()  # not listening: the digest stays queued
    configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "", SENDER))
    configured.digest.save_settings(enabled=True, recipients="anna.weber@example.com")
    queued = configured.digest.queue_digest()
    assert queued is not None
    view = OutboxView(configured)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.table.selectRow(0)
    item = view.selected()
    assert item is not None and item.id == queued.items[0].id
    about = view.about_text(item)
    assert about == queued.digest.subject and "daily digest" in about
    assert view.save_eml() is None  # no packet to save
    assert "daily digest" in view.error.message()
