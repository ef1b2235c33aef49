"""Asks for the mail server's password when it is needed and cannot be kept (no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui.typography import note, paragraph


class PasswordDialog(QDialog):
    def __init__(self, message: str, account: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail server password"))
        self.message = paragraph(message, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        label = QLabel(self.tr("&Password:"), self)
        label.setBuddy(self.password)
        form = QFormLayout()
        if account:
            form.addRow(QLabel(self.tr("Account:"), self), paragraph(account, self))
        form.addRow(label, self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(note(self.tr(
            "The password is kept in memory until you quit Channel Diligence; it is not "
            "saved anywhere."), self))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def value(self) -> str:
        return self.password.text()

    @classmethod
    def ask(cls, message: str, account: str = "", parent: QWidget | None = None) -> str | None:
        dialog = cls(message, account, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.value():
            return None
        return dialog.value()
