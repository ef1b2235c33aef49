"""The administrator's passphrase, asked once per session before the first signature, where the
company's signing key is kept in a file encrypted with it (no system keyring on this computer;
``services/company_key.py``).

Cancel builds nothing: a packet, misuse report or evidence bundle is never made unsigned
because a passphrase was missing (a distributor that pinned the company's key would refuse it,
and an unsigned packet proves less than the escalation needs). The passphrase is checked off the
GUI thread (scrypt, about half a second) as a try of that administrator: a wrong one counts
towards their lock, as at sign-in. The opened key stays in memory until the app closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services import key_session
from reseller_app.services.context import AppContext
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import Job


class KeyUnlockDialog(QDialog):
    def __init__(self, ctx: AppContext, holder: str, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Open the signing key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of {0}").format(holder))
        label = QLabel(self.tr("Pass&phrase of {0}:").format(holder), self)
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Open and sign"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(reason, self))  # whose passphrase, and why (the service's)
        layout.addLayout(form)
        layout.addWidget(note(self.tr(
            "It is asked once until the app closes. Cancel builds nothing: nothing is made "
            "unsigned for want of the passphrase."), self))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.passphrase.setFocus()

    def unlock(self) -> Job | None:
        """Check the passphrase in the background; the dialog closes when it opens the key,
        and says why not otherwise (wrong and counted, locked, the file unreadable)."""
        if self._job is not None:
            return None
        self.error.clear()
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # typed once, never kept in the widget
        if not passphrase:
            self.error.show_message(self.tr("Type the passphrase."))
            return None
        ctx = self.ctx
        job = self._job = Job(lambda _progress, _cancelled: key_session.unlock(ctx, passphrase))
        job.signals.finished.connect(self._opened)
        job.signals.failed.connect(self._refused)
        self.unlock_button.setEnabled(False)
        return job.start()

    def _opened(self, _key: object) -> None:
        self._job = None
        self.accept()

    def _refused(self, message: str) -> None:
        self._job = None
        self.unlock_button.setEnabled(True)
        self.error.show_message(message)
        self.passphrase.setFocus()


def ask_key_first(parent: QWidget, ctx: AppContext,
                  then: Callable[[], object]) -> KeyUnlockDialog | None:
    """When signing needs the administrator's passphrase first (the key in its encrypted file,
    not opened this session), open the dialog asking for it; ``then`` runs once the key is
    open. None: nothing to ask, go on at once."""
    locked = key_session.locked(ctx)
    if locked is None:
        return None
    dialog = KeyUnlockDialog(ctx, locked.holder_name, str(locked), parent)
    dialog.accepted.connect(then)
    dialog.open()
    return dialog
