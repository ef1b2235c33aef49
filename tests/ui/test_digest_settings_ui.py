"""Settings, "Daily digest": off by default with the approver's address filled in, turned on
through the digest service (one audit event) and read back; a wrong address is refused at its
field and the dialog stays open."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseller_app.domain.vocabulary import AuditAction
from reseller_app.store.tables import DbAuditEvent
from reseller_app.ui.backend import Backend
from reseller_app.ui.settings_dialog import SettingsDialog


def open_dialog(qtbot: QtBot, backend: Backend) -> SettingsDialog:
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def saved_events(backend: Backend) -> int:
    with backend.ctx.session() as s:
        return len(s.execute(select(DbAuditEvent.seq).where(
            DbAuditEvent.action == AuditAction.SETTINGS_DIGEST_SAVED)).all())


def test_the_digest_is_turned_on_for_the_approver(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    box = dialog.digest_box
    assert not box.enabled.isChecked() and not box.recipients.isEnabled()
    assert box.recipients.text() == "anna.weber@example.com"  # the profile's approver
    dialog.save_and_close()  # nothing touched: nothing saved
    assert saved_events(configured) == 0

    again = open_dialog(qtbot, configured)
    qtbot.mouseClick(again.digest_box.enabled, _left())
    assert again.digest_box.recipients.isEnabled()
    again.digest_box.recipients.setText("anna.weber@example.com; Tom@Example.com")
    again.save_and_close()
    assert again.result() == SettingsDialog.DialogCode.Accepted
    kept = configured.digest.settings()
    assert kept.enabled and kept.recipients == ("anna.weber@example.com", "tom@example.com")
    assert saved_events(configured) == 1
    third = open_dialog(qtbot, configured)
    assert third.digest_box.enabled.isChecked()
    assert third.digest_box.recipients.text() == "anna.weber@example.com, tom@example.com"
    assert not third.digest_box.changed()


def test_a_wrong_address_is_shown_at_its_field(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    dialog.digest_box.enabled.setChecked(True)
    dialog.digest_box.recipients.setText("anna.weber@example.com, tom at example")
    dialog.save_and_close()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "'tom at example' is not an e-mail address." in dialog.digest_box.recipients \
        .accessibleDescription()
    assert saved_events(configured) == 0


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
