"""Settings, "Daily digest": whether the app e-mails what is waiting and overdue once a day,
and to whom (the approvers' addresses until it is first saved).

Kept through ``DigestService.save_settings`` (audited); a refused address is shown at its
field. The app queues the digest once a day (``ui/outbox_sender``); a scheduled
``reseller-app digest --send`` does the same where the app is not running.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


class DigestSettingsBox(QGroupBox):
    """The daily digest's on/off and addresses, saved with the dialog (``save``)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Daily digest"))
        self.backend = backend
        self.loaded: tuple[bool, str] | None = None
        self.error = FieldError(self)
        self.errors = FieldErrors(self.error)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.enabled = QCheckBox(self.tr("Send a daily digest o&f what is waiting and "
                                         "overdue"), self)
        form.addRow(self.enabled)
        self.recipients = QLineEdit(self)
        self.recipients.setPlaceholderText(self.tr("name@example.com, other@example.com"))
        add_field_row(form, self.errors, "recipients", self.tr("Recipients' e-&mail addresses:"),
                      self.recipients)
        form.addRow(note(self.tr(
            "Once a day, through the outbox, with the order references; nothing is sent on a "
            "day when nothing is due. The approvers' addresses are filled in until you save. "
            "Where the app is not running, a scheduled task can run 'reseller-app digest "
            "--send'."), self))
        form.addRow(self.error)
        self.enabled.toggled.connect(self.recipients.setEnabled)
        self.load()

    def load(self) -> None:
        try:
            settings = self.backend.digest.settings()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.enabled.setChecked(settings.enabled)
        self.recipients.setEnabled(settings.enabled)
        self.recipients.setText(", ".join(settings.recipients))
        # Until saved the approvers' addresses are only a suggestion: unchanged, nothing to save.
        self.loaded = (settings.enabled, self.recipients.text())

    def changed(self) -> bool:
        loaded = self.loaded
        return loaded is not None and \
            (self.enabled.isChecked(), self.recipients.text().strip()) != loaded

    def save(self) -> bool:
        """Keep what changed; False (the reason at its field) when refused."""
        self.errors.clear()
        if not self.changed():
            return True
        try:
            settings = self.backend.digest.save_settings(enabled=self.enabled.isChecked(),
                                                         recipients=self.recipients.text())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return False
        self.recipients.setText(", ".join(settings.recipients))
        self.loaded = (settings.enabled, self.recipients.text())
        return True
