"""Settings' "Signing key" group: the company key's fingerprint (to compare over the phone),
whether its private half is on this computer and in which storage (the system keyring, or the
file encrypted with the administrator's passphrase), and "Export public key…" for distributors and
auditors (``services/company_key.py``; the folder is remembered like the other file dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from reseller_app.domain.vocabulary import KeyStorage
from reseller_app.services.company_key import CompanyKey, CompanyKeyService
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import error_message


class SigningKeyBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signing key"), parent)
        self.service = CompanyKeyService(ctx)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fingerprint = paragraph("", self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the company's signing key"))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        fingerprint_label = QLabel(self.tr("Fingerprint:"), self)
        self.private_note = note("", self)
        self.export_button = QPushButton(self.tr("E&xport public key…"), self)
        self.export_button.setAccessibleName(self.tr("Export the company's public key"))
        self.result = note("", self)
        self.error = FieldError(self)
        form.addRow(fingerprint_label, self.fingerprint)
        form.addRow(self.private_note)
        form.addRow(self.export_button)
        form.addRow(self.result)
        form.addRow(self.error)
        self.export_button.clicked.connect(self.ask_target)
        self.load()

    def load(self) -> None:
        key = self.service.current()
        self.export_button.setEnabled(key is not None)
        if key is None:
            self.fingerprint.setText(self.tr("No key yet"))
            self.private_note.setText(self.tr(
                "Packets are not signed until the company has a key: it is made on a computer "
                "with a system keyring (password store), or where there is none, when the "
                "administrator is set up, in a file encrypted with their passphrase."))
            return
        self.fingerprint.setText(key.fingerprint)
        self.private_note.setText(self._where(key))

    def _where(self, key: CompanyKey) -> str:
        """Which storage holds the private half on this computer, if any."""
        if key.storage == KeyStorage.KEYRING:
            return self.tr("The private key is on this computer, in the system keyring: "
                           "packets made here are signed.")
        if key.storage == KeyStorage.FILE:
            return self.tr("The private key is on this computer, in an encrypted file, "
                           "unlocked with the administrator's passphrase ({0}): packets made "
                           "here are signed once it is given, once per session.").format(
                               key.holder)
        return self.tr("The private key is not on this computer: packets made here are not "
                       "signed.")

    def ask_target(self) -> None:
        name = "channel-diligence-public-key.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the company's public key"),
            str(Path(options.KEY_EXPORT_FOLDER.last_folder()) / name),
            self.tr("Key files (*.json)"))
        if path:
            self.export_to(Path(path) if Path(path).suffix else Path(path).with_suffix(".json"))

    def export_to(self, target: Path) -> Path | None:
        """Write the public-key file to ``target``; the folder is remembered."""
        self.error.clear()
        self.result.clear()
        try:
            written = self.service.export(target)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        options.KEY_EXPORT_FOLDER.remember(written)
        self.result.setText(self.tr("Saved {0}").format(written))
        return written
