"""The .eml way out: where sending is not set up, "Save as .eml…" is the suggested
action of the escalation and misuse dialogs, and a packet already built is saved as an .eml
from the order's Escalation tab. The file dialog is answered by a stand-in, the file is
written for real and read back with the email package."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import OrderView, PacketStatus
from reseller_app.ui.backend import Backend
from reseller_app.ui.escalation_dialog import EscalationDialog
from reseller_app.ui.misuse_dialog import MisuseDialog
from reseller_app.ui.order_detail import OrderWindow

from .test_escalation import (
    WAIT,
    build_preview,
    click,
    no_duplicate_mnemonics,
    only_child,
    open_order,
    use_server,
)

REASON = "The end use cannot be verified."


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the names it was offered, in order."""
    offered: list[str] = []

    def fake(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), "E-mail files (*.eml)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return offered


def read_eml(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def escalation_dialog(qtbot: QtBot, backend: Backend, order_id: int
                      ) -> tuple[OrderWindow, EscalationDialog]:
    """The order's window (kept: the dialog is its child) and its escalation dialog."""
    window = open_order(qtbot, backend, order_id)
    click(qtbot, window.escalation.escalate_button)
    dialog = only_child(window, EscalationDialog)
    assert isinstance(dialog, EscalationDialog)
    dialog.recommendation_text.setPlainText(REASON)
    click(qtbot, dialog.recommendation_buttons["reject"])
    return window, dialog


def test_without_mail_settings_save_as_eml_is_the_suggested_way_out(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert configured.settings.smtp_settings() is None
    _window, dialog = escalation_dialog(qtbot, configured, held_order.id)
    build_preview(qtbot, dialog)
    panel = dialog.panel
    assert panel.mail_hint.isVisible() and "mail program" in panel.mail_hint.text()
    assert panel.eml_button.font().bold() and panel.eml_button.hasFocus()
    no_duplicate_mnemonics(dialog)

    target = tmp_path / "chosen.eml"
    offered = answer_file_dialog(monkeypatch, target)
    click(qtbot, panel.eml_button)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=WAIT)
    packet = dialog.packet
    assert packet is not None
    assert Path(offered[0]).name == f"escalation-SO-2001-{packet.id[:8]}.eml"
    assert str(target) in panel.message.text() and "mail program" in panel.message.text()
    msg = read_eml(target)
    assert msg["Subject"] == packet.subject and msg["To"] == packet.recipient_email
    assert {p.get_filename() for p in msg.iter_attachments()} == {f.name for f in packet.files}
    assert configured.escalation.get(packet.id).status == PacketStatus.EXPORTED


def test_with_mail_settings_nothing_is_pressed_on_the_user(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    use_server(configured, _NoServer())
    _window, dialog = escalation_dialog(qtbot, configured, held_order.id)
    build_preview(qtbot, dialog)
    assert not dialog.panel.mail_hint.isVisible()
    assert not dialog.panel.eml_button.font().bold()


class _NoServer:
    """Settings only: nothing is sent in this test."""
    host, port = "127.0.0.1", 2525


def test_a_misuse_report_without_mail_suggests_the_eml_too(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_order(qtbot, configured, held_order.id)
    click(qtbot, window.escalation.misuse_button)
    dialog = only_child(window, MisuseDialog)
    assert isinstance(dialog, MisuseDialog)
    qtbot.keyClicks(dialog.what_seen, "Cameras point at the entrance of a union office.")
    build_preview(qtbot, dialog)
    assert dialog.panel.mail_hint.isVisible() and dialog.panel.eml_button.font().bold()
    folder = tmp_path / "out"
    folder.mkdir()
    answer_file_dialog(monkeypatch, folder / "report")  # no suffix typed: .eml is added
    click(qtbot, dialog.panel.eml_button)
    qtbot.waitUntil(lambda: not dialog.panel.busy(), timeout=WAIT)
    saved = folder / "report.eml"
    assert read_eml(saved)["Subject"].startswith("Report of possible misuse")


def test_the_escalation_tab_saves_a_built_packet_as_eml(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    packet = configured.escalation.build(
        held_order.id, recommendation="reject", recommendation_text=REASON, mitigations=[],
        conditions="", attachments=[])
    window = open_order(qtbot, configured, held_order.id)
    tab = window.escalation
    assert tab.eml_button.isVisible() and tab.eml_button.isEnabled()
    no_duplicate_mnemonics(window)

    target = tmp_path / "packet.eml"
    offered = answer_file_dialog(monkeypatch, target)
    click(qtbot, tab.eml_button)
    qtbot.waitUntil(lambda: window.escalation._eml_job is None and target.exists(),
                    timeout=WAIT)
    assert Path(offered[0]).name == f"escalation-SO-2001-{packet.id[:8]}.eml"
    assert read_eml(target)["X-Channel-Diligence-Packet"] == packet.id
    qtbot.waitUntil(lambda: configured.escalation.get(packet.id).status ==
                    PacketStatus.EXPORTED, timeout=WAIT)
    tab = window.escalation
    assert str(target) in tab.eml_message.text()

    # A folder that is gone by the time of writing: said in words, nothing written.
    answer_file_dialog(monkeypatch, tmp_path / "gone" / "packet.eml")
    click(qtbot, tab.eml_button)
    qtbot.waitUntil(lambda: tab.error.message() != "", timeout=WAIT)
    assert f"The folder {tmp_path / 'gone'} does not exist." in tab.error.message()
    assert tab.eml_button.isEnabled()


def test_the_outbox_saves_a_waiting_message_as_eml_to_its_recipient(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reseller_app.ui.outbox_view import OutboxView

    packet = configured.escalation.build(
        held_order.id, recommendation="reject", recommendation_text=REASON, mitigations=[],
        conditions="", attachments=[])
    item = configured.outbox.queue(packet.id, to="legal@techdistri.example")
    view = OutboxView(configured)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert not view.eml_button.isEnabled()  # nothing selected yet
    view.table.selectRow(0)
    assert view.eml_button.isEnabled() and view.selected() == item

    target = tmp_path / "outbox.eml"
    offered = answer_file_dialog(monkeypatch, target)
    click(qtbot, view.eml_button)
    qtbot.waitUntil(lambda: view._eml_job is None, timeout=WAIT)
    assert Path(offered[0]).name == f"escalation-SO-2001-{packet.id[:8]}.eml"
    assert str(target) in view.busy_note.text()
    msg = read_eml(target)
    assert msg["To"] == "legal@techdistri.example" and msg["Subject"] == packet.subject
    # Still in the outbox: saving it is a way out, not a decision not to send it.
    assert configured.outbox.get(item.id).state == item.state
