"""Settings, "Reminders": the days until a held order and the criteria pack remind are shown,
kept through the reminders service (one audit event) and read back."""

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


def test_the_reminder_days_round_trip(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    box = dialog.reminders_box
    assert (box.held_days.value(), box.pack_days.value()) == (7, 365)
    assert box.held_days.accessibleName() == "Remind of an order held for more than"
    box.held_days.setValue(10)
    box.pack_days.setValue(180)
    dialog.save_and_close()  # no mail server set up: the reminders' settings alone are kept
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    kept = configured.reminders.settings()
    assert (kept.held_days, kept.pack_days) == (10, 180)
    again = open_dialog(qtbot, configured)
    assert (again.reminders_box.held_days.value(), again.reminders_box.pack_days.value()) == \
        (10, 180)
    assert not again.reminders_box.changed()


def saved_events(backend: Backend) -> int:
    with backend.ctx.session() as s:
        return len(s.execute(select(DbAuditEvent.seq).where(
            DbAuditEvent.action == AuditAction.SETTINGS_REMINDERS_SAVED)).all())


def test_unchanged_days_are_not_saved_again(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    dialog.reminders_box.held_days.setValue(3)
    dialog.save_and_close()
    assert saved_events(configured) == 1
    again = open_dialog(qtbot, configured)
    again.save_and_close()
    assert again.result() == SettingsDialog.DialogCode.Accepted
    assert saved_events(configured) == 1  # nothing changed: no second event
