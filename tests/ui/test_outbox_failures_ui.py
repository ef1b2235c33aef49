"""In the window: a wrong password stops the send with one message pointing to
Settings and every message still queued (no timed retries with it); a refused message is
retried or cancelled with the buttons; a cancelled one shows who and when. Real SMTP servers
on 127.0.0.1, real widgets."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reseller_app.services.dto import MessageState, OrderView, SmtpSettings
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import OUTBOX_PAGE

from ..smtp_server import SmtpServer
from .test_escalation import SENDER, WAIT, click, main_window, no_duplicate_mnemonics

PASSWORD = "s3cret-P@ss-4711"


def test_a_wrong_password_is_said_once_with_the_way_to_settings(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    srv = SmtpServer(user="mailer", password=PASSWORD).start()
    try:
        configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "mailer",
                                                   SENDER), "wrong")
        packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                             recommendation_text="Please decide.")
        configured.outbox.queue(packet.id)
        window = main_window(qtbot, configured)
        window.nav.setCurrentRow(OUTBOX_PAGE)
        outbox = window.outbox
        problems: list[str] = []
        window.outbox_sender.problem.connect(problems.append)
        qtbot.waitUntil(lambda: not window.outbox_sender.busy(), timeout=WAIT)
        click(qtbot, outbox.send_button)
        qtbot.waitUntil(lambda: bool(outbox.problem), timeout=WAIT)
        qtbot.waitUntil(lambda: not window.outbox_sender.busy(), timeout=WAIT)
        assert "refused the login of mailer" in outbox.setup_note.text()
        assert "Settings" in outbox.setup_note.text()
        assert outbox.settings_button.isVisible()
        assert "Settin" in outbox.settings_button.text()
        no_duplicate_mnemonics(outbox)
        item = configured.outbox.items()[0]
        assert item.state == MessageState.QUEUED and item.attempts == 0
        assert outbox.row_texts()[0][0] == "Queued"
        # Paused: a timed run does not try the wrong password again.
        assert window.outbox_sender.paused()
        assert window.outbox_sender.run(only_due=False, interactive=False) is None
        logins = len(srv.logins)

        click(qtbot, outbox.send_button)  # the user tries again: said, but not twice
        qtbot.waitUntil(lambda: len(srv.logins) > logins, timeout=WAIT)
        qtbot.waitUntil(lambda: not window.outbox_sender.busy(), timeout=WAIT)
        assert configured.outbox.items()[0].state == MessageState.QUEUED

        configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "mailer",
                                                   SENDER), PASSWORD)
        click(qtbot, outbox.send_button)
        qtbot.waitUntil(lambda: configured.outbox.items()[0].state == MessageState.SENT,
                        timeout=WAIT)
        qtbot.waitUntil(lambda: not outbox.problem, timeout=WAIT)
        assert not outbox.settings_button.isVisible()
        assert len(problems) == 2  # once per press of "Send now", never per timed minute
    finally:
        srv.stop()


def test_a_refused_message_is_cancelled_with_the_button(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    srv = SmtpServer()
    srv.refuse["compliance@techdistri.example"] = "550 5.1.1 No such user here"
    srv.start()
    try:
        configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "", SENDER))
        packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                             recommendation_text="Please decide.")
        configured.outbox.queue(packet.id)
        window = main_window(qtbot, configured)
        window.nav.setCurrentRow(OUTBOX_PAGE)
        outbox = window.outbox
        click(qtbot, outbox.send_button)
        qtbot.waitUntil(lambda: configured.outbox.items()[0].state == MessageState.FAILED,
                        timeout=WAIT)
        qtbot.waitUntil(lambda: outbox.row_texts()[0][0] == "Failed", timeout=WAIT)
        outbox.table.selectRow(0)
        assert "No such user here" in outbox.details.text()
        assert outbox.retry_button.isEnabled() and outbox.cancel_button.isEnabled()
        click(qtbot, outbox.cancel_button)
        assert outbox.row_texts()[0][0] == "Cancelled"
        outbox.table.selectRow(0)
        assert "Cancelled by tester" in outbox.details.text()
        assert not outbox.retry_button.isEnabled() and not outbox.cancel_button.isEnabled()
        assert configured.escalation.get(packet.id).status == "built"
        assert len(srv.received) == 0
    finally:
        srv.stop()


def test_a_missing_password_is_said_once_by_the_timed_sends(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    from reseller_app.ui.outbox_sender import OutboxSender

    srv = SmtpServer(user="mailer", password=PASSWORD)  # not even listening: never reached
    configured.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "mailer", SENDER))
    packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                         recommendation_text="Please decide.")
    configured.outbox.queue(packet.id)
    sender = OutboxSender(configured, interval_ms=3_600_000)
    said: list[str] = []
    sender.waiting.connect(said.append)
    sender.start()
    for _ in range(3):  # the timer's runs
        qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
        sender.run(only_due=True, interactive=False)
    qtbot.waitUntil(lambda: not sender.busy(), timeout=WAIT)
    assert len(said) == 1 and "No password is stored" in said[0]
    assert configured.outbox.items()[0].attempts == 0
    assert sender.stop()
