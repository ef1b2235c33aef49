"""Escalation through the real widgets: escalate a held order, see its PDF rendered
in the app, send it to a real SMTP server on 127.0.0.1 and see it sent in the outbox; record a
conditional approval and see the follow-ups; a decision file for another packet is refused;
the settings dialog keeps the password in the keyring only; misuse report; evidence export.

Set ``CD_SCREENSHOTS=DIR`` to keep a PNG of every new screen in DIR.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import (
    MessageState,
    OrderView,
    PacketStatus,
    SmtpSettings,
)
from reseller_app.services.sanctions_lists import import_list
from reseller_app.ui.answer_dialog import AnswerDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.escalation_dialog import PREVIEW, EscalationDialog
from reseller_app.ui.evidence_dialog import EvidenceDialog
from reseller_app.ui.main_window import FOLLOW_UPS_PAGE, OUTBOX_PAGE, MainWindow
from reseller_app.ui.misuse_dialog import MisuseDialog
from reseller_app.ui.order_detail import DECISION_TAB, ESCALATION_TAB, OrderWindow
from reseller_app.ui.settings_dialog import SettingsDialog

from ..smtp_server import SmtpServer
from .conftest import Catalog, camera_order
from .test_walkthrough import duplicates, visible_mnemonics

SENDER = "orders@nordlicht.example"
DISTRIBUTOR = "compliance@techdistri.example"
LEFT = Qt.MouseButton.LeftButton
WAIT = 30000


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("CD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def no_duplicate_mnemonics(widget: QWidget) -> None:
    letters = visible_mnemonics(widget)
    assert not duplicates(letters), letters


def has_ink(image: QImage) -> bool:
    """More than a blank page: some dark pixels (text) on the white."""
    small = image.scaled(200, 280)
    dark = sum(1 for x in range(small.width()) for y in range(small.height())
               if small.pixelColor(x, y).lightness() < 128)
    return dark > 50


def use_server(backend: Backend, srv: SmtpServer) -> None:
    backend.settings.save_smtp(SmtpSettings(srv.host, srv.port, "none", "", SENDER))


def main_window(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.load_initial()
    return window


def only_child(parent: QWidget, kind: type) -> QWidget:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def build_preview(qtbot: QtBot, dialog: EscalationDialog | MisuseDialog) -> None:
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.panel.preview.page_count() >= 1, timeout=WAIT)


# -- escalate, preview, send, outbox -----------------------------------------------------------

def test_escalate_a_held_order_preview_it_send_it_and_see_it_sent(
        qtbot: QtBot, configured: Backend, held_order: OrderView, server: SmtpServer,
        tmp_path: Path) -> None:
    server.start()
    use_server(configured, server)
    window = main_window(qtbot, configured)
    order = window.open_order(held_order.id)
    qtbot.addWidget(order)
    order.tabs.setCurrentIndex(DECISION_TAB)
    panel = order.decision
    assert not panel.packet_button.isVisible()
    click(qtbot, panel.outcome_buttons["escalate"])
    assert panel.packet_button.isVisible()
    click(qtbot, panel.packet_button)
    dialog = only_child(order, EscalationDialog)
    assert isinstance(dialog, EscalationDialog)

    contents = dialog.contents.toPlainText()
    assert "SO-2001" in contents and "Policía Regional" in contents
    assert "Traffic monitoring at city junctions" in contents
    assert held_order.screening.flags[0].reason in contents
    assert dialog.distributor.currentText() == f"TechDistri Europe <{DISTRIBUTOR}>"
    no_duplicate_mnemonics(dialog)
    shoot(dialog, "escalation-compose")

    # The reason is required: said at the field, nothing built.
    click(qtbot, dialog.recommendation_buttons["approve_with_conditions"])
    assert dialog.recommendation() == "approve_with_conditions"
    click(qtbot, dialog.build_button)
    assert "why" in dialog.errors.error_for("recommendation_text").message().lower()
    assert configured.escalation.packets(order_id=held_order.id) == []

    first = next(iter(dialog.mitigations))
    dialog.mitigations[first].setChecked(True)
    qtbot.keyClicks(dialog.recommendation_text, "Traffic use only; end-use statement signed.")
    statement = tmp_path / "end-user-statement.pdf"
    statement.write_bytes(b"%PDF-1.4 signed statement")
    dialog.attachments.add_paths([statement])
    build_preview(qtbot, dialog)

    packet = dialog.packet
    assert packet is not None and packet.status == PacketStatus.BUILT
    image = dialog.panel.preview.page_image(0)
    assert not image.isNull() and image.width() > 500 and has_ink(image)
    assert "end-user-statement.pdf" in dialog.panel.files.text()
    no_duplicate_mnemonics(dialog)
    shoot(dialog, "escalation-preview")

    click(qtbot, dialog.panel.send_button)
    qtbot.waitUntil(lambda: len(server.received) == 1, timeout=WAIT)
    got = server.received[0]
    assert got.rcpt_tos == [DISTRIBUTOR] and got.message["Subject"] == packet.subject
    files = got.attachments()
    assert files[packet.pdf_name] == configured.escalation.pdf(packet.id)
    assert files["end-user-statement.pdf"] == statement.read_bytes()

    window.nav.setCurrentRow(OUTBOX_PAGE)
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.row_texts() == [("Sent", "Escalation of SO-2001")],
                    timeout=WAIT)
    outbox.table.selectRow(0)
    assert "250 OK" in outbox.details.text()
    assert configured.orders.get(held_order.id).status == "escalated"
    shoot(window, "outbox")
    qtbot.waitUntil(lambda: not window.outbox_sender.busy(), timeout=WAIT)
    dialog.close()
    order.tabs.setCurrentIndex(ESCALATION_TAB)
    tab = order.escalation
    qtbot.waitUntil(lambda: "Sent" in tab.model.data(tab.model.index(0, 3)), timeout=WAIT)
    shoot(order, "order-escalation-tab")


def test_a_refused_message_shows_the_server_s_reason_and_can_be_retried(
        qtbot: QtBot, configured: Backend, held_order: OrderView, server: SmtpServer) -> None:
    server.reply = "554 5.7.1 Rejected by policy: no attachments from unknown senders"
    server.start()
    use_server(configured, server)
    window = main_window(qtbot, configured)
    packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                         recommendation_text="Please decide.")
    configured.outbox.queue(packet.id)
    window.nav.setCurrentRow(OUTBOX_PAGE)
    outbox = window.outbox
    click(qtbot, outbox.send_button)
    qtbot.waitUntil(lambda: configured.outbox.items()[0].state == MessageState.FAILED,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: outbox.row_texts()[0][0] == "Failed", timeout=WAIT)
    outbox.table.selectRow(0)
    assert "Rejected by policy" in outbox.details.text()
    assert outbox.retry_button.isEnabled()
    shoot(window, "outbox-failed")

    server.reply = "250 OK: queued as 4712"
    click(qtbot, outbox.retry_button)
    qtbot.waitUntil(lambda: configured.outbox.items()[0].state == MessageState.SENT,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: outbox.row_texts()[0][0] == "Sent", timeout=WAIT)


# -- the distributor's answer ------------------------------------------------------------------

def open_order(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    window.tabs.setCurrentIndex(ESCALATION_TAB)
    return window


def test_a_conditional_approval_becomes_follow_ups(qtbot: QtBot, configured: Backend,
                                                   held_order: OrderView) -> None:
    packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                         recommendation_text="Please decide.")
    configured.outbox.queue(packet.id)
    window = open_order(qtbot, configured, held_order.id)
    tab = window.escalation
    assert tab.answer_button.isEnabled()
    no_duplicate_mnemonics(window)
    click(qtbot, tab.answer_button)
    dialog = only_child(window, AnswerDialog)
    assert isinstance(dialog, AnswerDialog)
    assert dialog.packet_id() == packet.id
    click(qtbot, dialog.outcome_buttons["approved_with_conditions"])
    assert dialog.conditions.isVisible()
    no_duplicate_mnemonics(dialog)
    shoot(dialog, "answer-dialog")
    click(qtbot, dialog.record_button)  # nothing typed yet: said at the fields
    assert dialog.errors.error_for("conditions").message()
    qtbot.keyClicks(dialog.conditions, "Disable face matching before delivery")
    qtbot.keyClick(dialog.conditions, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.conditions, "Send us the signed end-user statement")
    qtbot.keyClicks(dialog.reference, "TD-2026-118")
    qtbot.keyClicks(dialog.person, "Dana Ruiz")
    qtbot.keyClicks(dialog.organisation, "TechDistri Europe")
    with qtbot.waitSignal(window.orderChanged):
        click(qtbot, dialog.record_button)

    view = configured.orders.get(held_order.id)
    assert view.status == "proceed_with_conditions"
    assert window.view is not None and window.view.status == "proceed_with_conditions"
    assert window.tabs.currentIndex() == ESCALATION_TAB
    texts = [f.text for f in tab.follow_ups.rows]
    assert "Disable face matching before delivery" in texts
    assert "Send us the signed end-user statement" in texts
    assert any(f.kind == "contact" for f in tab.follow_ups.rows)  # a high-risk order
    assert "Approved with conditions by Dana Ruiz" in tab.answer_text.text()
    history = [window.history.model.row_object(i).action
               for i in range(window.history.model.loaded())]
    assert "distributor.answered" in history
    shoot(window, "order-follow-ups")

    # The company's list: the conditions are due today; mark one done.
    from reseller_app.ui.follow_ups_view import FollowUpsPanel

    page = FollowUpsPanel(configured)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    due = [f.text for f in page.rows]
    assert "Disable face matching before delivery" in due
    page.table.selectRow(due.index("Disable face matching before delivery"))
    qtbot.keyClicks(page.note_edit, "Checked on site")
    click(qtbot, page.done_button)
    assert "Disable face matching before delivery" not in [f.text for f in page.rows]
    no_duplicate_mnemonics(page)
    shoot(page, "follow-ups")


def decision_file(path: Path, packet, **changes) -> Path:
    data = {"format": "channel-diligence-decision/1", "packet_id": packet.id,
            "manifest_sha256": packet.manifest_sha256, "outcome": "approved",
            "conditions": [], "reference": "TD-2026-200", "answered_on": "2026-11-04",
            "person": "Dana Ruiz", "organisation": "TechDistri Europe", **changes}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_decision_file_for_another_packet_is_refused_in_words(
        qtbot: QtBot, configured: Backend, catalog: Catalog, held_order: OrderView,
        tmp_path: Path) -> None:
    other = configured.orders.save(camera_order(catalog, "SO-2003"))
    mine = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                       recommendation_text="Please decide.")
    configured.escalation.save_zip(mine.id, tmp_path)  # it left the app: answers may come
    theirs = configured.escalation.build(other.id, recommendation="no_recommendation",
                                         recommendation_text="Please decide.")
    window = open_order(qtbot, configured, held_order.id)
    dialog = AnswerDialog(configured, held_order.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.import_file(decision_file(tmp_path / "theirs.json", theirs)) is None
    refusal = dialog.refusal()
    assert "refused and nothing was recorded" in refusal
    assert theirs.id in refusal and mine.id in refusal
    shoot(dialog, "answer-refused")
    altered = decision_file(tmp_path / "altered.json", mine, manifest_sha256="0" * 64)
    assert dialog.import_file(altered) is None
    assert "altered" in dialog.refusal()
    assert configured.answers.answers() == []
    assert configured.orders.get(held_order.id).status == "held"

    view = dialog.import_file(decision_file(tmp_path / "mine.json", mine))
    assert view is not None and configured.orders.get(held_order.id).status == "proceed"


# -- settings ----------------------------------------------------------------------------------

def test_settings_keep_the_password_in_the_keyring_only(
        qtbot: QtBot, configured: Backend, memory_keyring, tmp_path: Path) -> None:
    password = "s3cret-P@ss-4711"
    srv = SmtpServer(user="mailer", password=password).start()
    try:
        dialog = SettingsDialog(configured)
        qtbot.addWidget(dialog)
        dialog.show()
        no_duplicate_mnemonics(dialog)
        qtbot.keyClicks(dialog.host, srv.host)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.port.setValue(srv.port)
        qtbot.keyClicks(dialog.user, "mailer")
        qtbot.keyClicks(dialog.password, password)
        dialog.sender.clear()
        qtbot.keyClicks(dialog.sender, SENDER)
        assert "system's password store" in dialog.keyring_note.text()
        assert dialog.save() is not None
        # Beside the company's signing key (made at setup), the password is the only entry.
        assert {k: v for k, v in memory_keyring.passwords.items()
                if k[0] != "Channel Diligence signing key"} == {
            ("Channel Diligence SMTP", f"mailer@{srv.host}"): password}
        assert dialog.password.text() == ""  # never shown back
        assert "stored" in dialog.password.placeholderText()
        db_file = Path(configured.ctx.db_url.removeprefix("sqlite:///"))
        for f in db_file.parent.glob(db_file.name + "*"):
            assert password.encode() not in f.read_bytes()
        shoot(dialog, "settings")

        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
        assert "The server took the test e-mail" in dialog.test_result.text()
        assert srv.logins == [("mailer", password)] and len(srv.received) == 1

        again = SettingsDialog(configured)
        qtbot.addWidget(again)
        assert again.host.text() == srv.host and again.password.text() == ""
        assert again.forget.isVisible() or not again.isVisible()
    finally:
        srv.stop()


def test_without_a_keyring_the_password_is_asked_for_when_sending(
        qtbot: QtBot, configured: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    password = "typed-each-time"
    srv = SmtpServer(user="mailer", password=password).start()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SettingsDialog(configured)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.password.isEnabled()
        assert "no password store" in dialog.keyring_note.text()
        shoot(dialog, "settings-no-keyring")
        qtbot.keyClicks(dialog.host, srv.host)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.port.setValue(srv.port)
        qtbot.keyClicks(dialog.user, "mailer")
        asked: list[str] = []

        def ask(message: str, account: str = "", parent: object = None) -> str:
            asked.append(message)
            return password

        monkeypatch.setattr("reseller_app.ui.password_dialog.PasswordDialog.ask", ask)
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: "The server took" in dialog.test_result.text(), timeout=WAIT)
        assert asked and "no password store" in asked[0]
        assert srv.logins[-1] == ("mailer", password)
    finally:
        srv.stop()


# -- misuse and evidence -----------------------------------------------------------------------

def test_a_misuse_report_is_previewed_and_saved_as_a_zip(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path) -> None:
    window = open_order(qtbot, configured, held_order.id)
    click(qtbot, window.escalation.misuse_button)
    dialog = only_child(window, MisuseDialog)
    assert isinstance(dialog, MisuseDialog)
    assert dialog.order_reference.text() == "SO-2001" and dialog.about_order.isChecked()
    assert "not to blame" in " ".join(w.text() for w in dialog.findChildren(QWidget)
                                      if hasattr(w, "text") and isinstance(w.text(), str))
    no_duplicate_mnemonics(dialog)
    shoot(dialog, "misuse-form")
    click(qtbot, dialog.build_button)  # what was seen is required
    assert dialog.errors.error_for("what_seen").message()
    qtbot.keyClicks(dialog.what_seen, "Cameras point at the entrance of a union office.")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg")
    dialog.evidence.add_paths([photo])
    build_preview(qtbot, dialog)
    assert has_ink(dialog.panel.preview.page_image(0))
    shoot(dialog, "misuse-preview")
    dialog.panel.save_to("zip", tmp_path)
    qtbot.waitUntil(lambda: not dialog.panel.busy(), timeout=WAIT)
    saved = list(tmp_path.glob("misuse-report-*.zip"))
    assert len(saved) == 1 and str(saved[0]) in dialog.panel.message.text()
    packets = configured.escalation.packets(kind="misuse")
    assert [p.status for p in packets] == [PacketStatus.EXPORTED]


def test_the_evidence_bundle_is_written_in_the_background(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path) -> None:
    import_list(configured.ctx, Path(__file__).resolve().parents[1] / "data" / "sanctions"
                / "ofac" / "sdn.csv")
    dialog = EvidenceDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    no_duplicate_mnemonics(dialog)
    dialog.out.setText(str(tmp_path / "evidence.zip"))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert (tmp_path / "evidence.zip").is_file()
    assert "Saved" in dialog.result.text() and "audit log is intact" in dialog.result.text()
    assert "Sanctions list versions: 1, reviews of possible matches: 0." in \
        dialog.result.text()
    shoot(dialog, "evidence")


def test_the_main_window_has_outbox_and_follow_ups_pages(qtbot: QtBot,
                                                         configured: Backend) -> None:
    window = main_window(qtbot, configured)
    window.nav.setCurrentRow(FOLLOW_UPS_PAGE)
    assert window.pages.currentWidget() is window.follow_ups
    assert window.follow_ups.summary.text() == "Nothing is due."
    window.nav.setCurrentRow(OUTBOX_PAGE)
    assert "not set up" in window.outbox.setup_note.text()
    assert window.outbox.settings_button.isVisible()
    no_duplicate_mnemonics(window)
    shoot(window, "outbox-empty")
    window.close()
    assert not window.outbox_sender.busy()


def test_closing_the_dialog_while_its_preview_renders_is_quiet(
        qtbot: QtBot, configured: Backend, held_order: OrderView,
        caplog: pytest.LogCaptureFixture) -> None:
    """Closing the escalation dialog while its PDF is being rendered: the render is cancelled
    and its late signals go nowhere; no "Signal source has been deleted" traceback, no crash."""
    import gc

    from PySide6.QtCore import QThreadPool

    from reseller_app.ui import pdf_preview

    dialog = EscalationDialog(configured, held_order.id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.recommendation_text.setPlainText("The end use cannot be verified.")
    click(qtbot, dialog.recommendation_buttons["reject"])
    pdf_preview.PDFIUM_LOCK.acquire()  # the render waits here: it is "in progress" when closed
    try:
        click(qtbot, dialog.build_button)
        preview = dialog.panel.preview
        qtbot.waitUntil(preview.busy, timeout=WAIT)
        job = preview._job
        del preview
        assert job is not None
        with qtbot.waitSignal(dialog.destroyed, timeout=WAIT):
            dialog.close()
        del dialog  # as in the app: nothing holds the closed dialog any more
        gc.collect()
    finally:
        pdf_preview.PDFIUM_LOCK.release()
    assert QThreadPool.globalInstance().waitForDone(WAIT)
    qtbot.wait(50)  # whatever the worker queued for the GUI thread is delivered now
    gc.collect()
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], \
        caplog.text
    assert job.is_cancelled()  # stopped, not rendered for nobody


def test_a_job_whose_view_is_gone_stops_quietly(qtbot: QtBot,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """The progress of a job whose signals were deleted with its view: no "Signal source has
    been deleted" traceback; the job stops at its next check."""
    import shiboken6

    from reseller_app.ui.workers import Job

    steps: list[int] = []

    def work(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        for i in range(5):
            if cancelled():
                break
            steps.append(i)
            progress(i + 1, 5)
        return "done"

    job = Job(work)
    job.setAutoDelete(False)
    shiboken6.delete(job.signals)  # what deleting the view did to them
    job.run()
    assert steps == [0] and job.is_cancelled()
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], \
        caplog.text
