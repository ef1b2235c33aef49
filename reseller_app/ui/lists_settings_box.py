"""Settings, "Sanctions lists": after how many days the overview calls a list old, and the
address Update lists fetches each list's files from (the publishers' own, shipped in
``resources/sanctions_sources.json``; "Reset" puts them back).

Kept through ``SettingsService.save_lists_settings`` (audited); a refused address is shown at
its field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from reseller_app.domain.sanctions.freshness import MAX_STALE_DAYS, MIN_STALE_DAYS
from reseller_app.services.errors import ServiceError
from reseller_app.services.list_updates import ListsSettings, official_addresses
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.labels import list_name
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


class ListsSettingsBox(QGroupBox):
    """The sanctions lists' settings, saved with the dialog (``save``)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sanctions lists"))
        self.backend = backend
        self.loaded: ListsSettings | None = None
        self.error = FieldError(self)
        self.errors = FieldErrors(self.error)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.days = QSpinBox(self)
        self.days.setRange(MIN_STALE_DAYS, MAX_STALE_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setMaximumWidth(self.days.sizeHint().width() + 40)
        add_field_row(form, self.errors, "stale_days", self.tr("Warn when a list is &older "
                                                                "than:"), self.days)
        self.urls: dict[str, QLineEdit] = {}
        for source, where in official_addresses().items():
            for file in where.files:
                key = f"{source.value}/{file.name}"
                field = QLineEdit(self)
                field.setPlaceholderText(file.url)
                self.urls[key] = field
                label = self.tr("{0}, {1}:").format(list_name(source.value), file.name) \
                    if len(where.files) > 1 else self.tr("{0}:").format(list_name(source.value))
                add_field_row(form, self.errors, key, label, field)
        form.addRow(note(self.tr(
            "Update lists fetches each list from these addresses, the publishers' own. The "
            "EU's address carries the public key (token) of the EU's Financial Sanctions Files "
            "page; if the EU changes it, copy the link of the XML file (version 1.1) from that "
            "page and paste it here."), self))
        self.reset_button = QPushButton(self.tr("Reset to the offi&cial addresses"), self)
        self.reset_button.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        form.addRow(row)
        form.addRow(self.error)
        self.load()

    def load(self) -> None:
        try:
            self.loaded = loaded = self.backend.settings.lists_settings()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.days.setValue(loaded.stale_days)
        for source, where in loaded.addresses.items():
            for file in where.files:
                self._show(f"{source.value}/{file.name}", file.url)

    def _show(self, key: str, url: str) -> None:
        self.urls[key].setText(url)
        self.urls[key].setCursorPosition(0)  # the server's name, not the end of the address

    def reset(self) -> None:
        """The official addresses in the fields (kept when the dialog is saved)."""
        for source, where in official_addresses().items():
            for file in where.files:
                self._show(f"{source.value}/{file.name}", file.url)

    def values(self) -> dict[str, str]:
        return {key: field.text().strip() for key, field in self.urls.items()}

    def changed(self) -> bool:
        loaded = self.loaded
        if loaded is None:
            return False
        before = {f"{s.value}/{f.name}": f.url for s, a in loaded.addresses.items()
                  for f in a.files}
        return self.values() != before or self.days.value() != loaded.stale_days

    def save(self) -> bool:
        """Keep what changed; False (the reason at its field) when refused."""
        self.errors.clear()
        if not self.changed():
            return True
        try:
            self.loaded = self.backend.settings.save_lists_settings(self.values(),
                                                                    self.days.value())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return False
        return True
