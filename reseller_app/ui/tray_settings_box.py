"""Settings, "Tray": keep running in the tray when the window is closed, and start with my
session (both off by default; ``services/tray_settings.py``, one audit event per save).

"Start with my session" writes this computer's autostart entry (an XDG file on Linux, a
LaunchAgent on macOS, the registry's Run value on Windows); a refusal is shown at the box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QSystemTrayIcon, QVBoxLayout, QWidget

from reseller_app.services.errors import ServiceError
from reseller_app.services.tray_settings import TraySettings, TraySettingsService
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


class TraySettingsBox(QGroupBox):
    """The tray's settings, saved with the dialog (``save``)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None, *,
                 service: TraySettingsService | None = None,
                 tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tray"))
        self.service = service or TraySettingsService(backend.ctx)
        self.loaded: TraySettings | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None \
            else tray_available
        layout = QVBoxLayout(self)
        self.keep = QCheckBox(self.tr("&Keep running in the tray when the window is closed"),
                              self)
        self.keep_note = note(self.tr(
            "Reminders keep reaching you as desktop notifications; quit from the tray icon's "
            "menu.") if available else self.tr(
            "This desktop has no system tray, so closing the window quits the app."), self)
        self.autostart = QCheckBox(self.tr("Start with m&y session"), self)
        self.autostart_note = note("", self)
        self.error = FieldError(self)
        self.errors = FieldErrors(self.error)
        self.errors.register("start_with_session", self.error, self.autostart)
        for widget in (self.keep, self.keep_note, self.autostart, self.autostart_note,
                       self.error):
            layout.addWidget(widget)
        self.load()

    def load(self) -> None:
        try:
            self.loaded = loaded = self.service.read()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.keep.setChecked(loaded.keep_in_tray)
        self.autostart.setChecked(loaded.start_with_session)
        self.autostart_note.setText(self.tr(
            "Channel Diligence starts in the tray when you log in to this computer (the entry "
            "is {0}).").format(loaded.entry))

    def changed(self) -> bool:
        loaded = self.loaded
        return loaded is not None and (
            self.keep.isChecked() != loaded.keep_in_tray
            or self.autostart.isChecked() != loaded.start_with_session)

    def save(self) -> bool:
        """Keep what changed; False (the reason in the box) when refused."""
        self.errors.clear()
        if not self.changed():
            return True
        try:
            self.loaded = self.service.save(self.keep.isChecked(), self.autostart.isChecked())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return False
        return True
