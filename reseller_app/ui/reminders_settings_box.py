"""Settings, "Reminders": after how many days a held order and the criteria pack remind (the
tray, the digest e-mail and ``reseller-app reminders``). The lists' days are set in the
"Sanctions lists" box, which the note says.

Kept through ``RemindersService.save_settings`` (audited); a refused number is shown at its
field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from reseller_app.domain.reminders import MAX_DAYS, MIN_DAYS, ReminderSettings
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


class RemindersSettingsBox(QGroupBox):
    """The reminders' numbers of days, saved with the dialog (``save``)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.backend = backend
        self.loaded: ReminderSettings | None = None
        self.error = FieldError(self)
        self.errors = FieldErrors(self.error)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.held_days = self._days()
        add_field_row(form, self.errors, "held_days",
                      self.tr("Remind of an order &held for more than:"), self.held_days)
        self.pack_days = self._days()
        add_field_row(form, self.errors, "pack_days",
                      self.tr("Remind when the criteria &pack is older than:"), self.pack_days)
        form.addRow(note(self.tr(
            "Reminders also name follow-ups that are due, e-mails that could not be sent, "
            "answers from the distributor and the policy's yearly review. The age at which a "
            "sanctions list reminds is set in the Sanctions lists box."), self))
        form.addRow(self.error)
        self.load()

    def _days(self) -> QSpinBox:
        days = QSpinBox(self)
        days.setRange(MIN_DAYS, MAX_DAYS)
        days.setSuffix(self.tr(" days"))
        days.setMaximumWidth(days.sizeHint().width() + 40)
        return days

    def load(self) -> None:
        try:
            self.loaded = loaded = self.backend.reminders.settings()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.held_days.setValue(loaded.held_days)
        self.pack_days.setValue(loaded.pack_days)

    def changed(self) -> bool:
        loaded = self.loaded
        return loaded is not None and (self.held_days.value(), self.pack_days.value()) \
            != (loaded.held_days, loaded.pack_days)

    def save(self) -> bool:
        """Keep what changed; False (the reason at its field) when refused."""
        self.errors.clear()
        if not self.changed():
            return True
        try:
            self.loaded = self.backend.reminders.save_settings(
                held_days=self.held_days.value(), pack_days=self.pack_days.value())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return False
        return True
