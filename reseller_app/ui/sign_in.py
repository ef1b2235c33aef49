"""Who is working: asked once the first screen is up, shown in the status bar, switchable.

When the database has people, the app works as one of them: every audit event, decision,
packet, answer and policy version then names that person beside the OS login
(``AppContext.person``). The choice is remembered for this OS account on this computer
(``options.WORKING_PERSON``, per database). At the next start a remembered, still active
person is taken without asking: the OS account is already the lock on that desk, and a
one-person shop on its own PC is not asked for a passphrase every morning. Choosing someone
else ("Switch person…", or a first start on this account) always needs that person's
passphrase. Proof where it matters does not rest on this choice: a senior approval asks the
approver's own passphrase in the decision form itself.

A database without people keeps working as the OS login, and nothing here is shown.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.typography import note, paragraph

log = logging.getLogger(__name__)


def _database_key(db_url: str) -> str:
    """A short fingerprint of the database (not its URL: a server's URL may hold a password),
    so a person remembered for one database is not taken for another."""
    return hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:16]


def remembered_person(db_url: str) -> int | None:
    """The person id remembered for this database on this OS account, if any."""
    saved = options.WORKING_PERSON.value()
    if not isinstance(saved, str) or "@" not in saved:
        return None
    person, _, key = saved.partition("@")
    if key != _database_key(db_url) or not person.isdigit():
        return None
    return int(person)


def remember_person(db_url: str, person_id: int | None) -> None:
    if person_id is None:
        options.WORKING_PERSON.remove()
    else:
        options.WORKING_PERSON.set(f"{person_id}@{_database_key(db_url)}")


class SignInDialog(QDialog):
    """Choose who is working and type their passphrase (checked by ``PeopleService``)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None, *,
                 preselect: int | None = None, switching: bool = False) -> None:
        super().__init__(parent)
        self.backend = backend
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.person = QComboBox(self)
        for person in backend.people.list(include_inactive=False):
            self.person.addItem(f"{person.name} <{person.email}>", person.id)
        if preselect is not None and self.person.findData(preselect) >= 0:
            self.person.setCurrentIndex(self.person.findData(preselect))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember me on this computer for this account"),
                                  self)
        self.remember.setChecked(True)
        self.error = FieldError(self)
        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person)
        self.person.setAccessibleName(self.tr("Person"))
        passphrase_label = QLabel(self.tr("Pass&phrase:"), self)
        passphrase_label.setBuddy(self.passphrase)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(person_label, self.person)
        form.addRow(passphrase_label, self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        if not switching:  # the window does no work without someone working
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Everything you record is recorded in your name, with this computer's login "
            "beside it."), self))
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(note(self.tr(
            "Remembered, you are not asked again when you start the app under this computer "
            "account. Approving a high-risk order always asks the approver's passphrase."),
            self))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.passphrase.setFocus()

    def sign_in(self) -> None:
        """Check the passphrase; accepted only when it is right (the error says why not)."""
        self.error.clear()
        person_id = self.person.currentData()
        if person_id is None:
            self.error.show_message(self.tr("Choose who you are."))
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # typed once, never kept in the widget
        if not passphrase:
            self.error.show_message(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        try:
            person = self.backend.people.authenticate(int(person_id), passphrase)
        except ServiceError as exc:  # wrong (counted), locked, no longer active
            self.error.show_message(str(exc))
            self.passphrase.setFocus()
            return
        self.person_id = person.id
        self.accept()


class WhoIsWorking(QObject):
    """The working person of one main window: asks at start, shows them, switches.

    ``changed`` carries the person's name ("" when nobody: a database without people).
    """

    changed = Signal(str)

    def __init__(self, window: QMainWindow, backend: Backend) -> None:
        super().__init__(window)  # the window is the parent: no Python reference back to it
        self.backend = backend
        self.dialog: SignInDialog | None = None
        self.label = QLabel(window)
        self.label.setAccessibleName(self.tr("Who is working"))
        self.switch_button = QPushButton(self.tr("Switch person…"), window)
        self.switch_button.setAccessibleName(self.tr("Switch person"))
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch)
        window.statusBar().insertPermanentWidget(0, self.switch_button)
        window.statusBar().insertPermanentWidget(0, self.label)
        self.label.hide()
        self.switch_button.hide()

    @property
    def window(self) -> QMainWindow:
        return self.parent()  # type: ignore[return-value]

    @property
    def db_url(self) -> str:
        return self.backend.ctx.db_url

    def start(self) -> None:
        """Take the remembered person, or ask; nothing when the database has no people."""
        try:
            if not self.backend.people.is_set_up():
                return
            remembered = remembered_person(self.db_url)
            if remembered is not None:
                try:
                    person = self.backend.people.get(remembered)
                except ServiceError:  # removed from another desk meanwhile
                    person = None
                if person is not None and person.active:
                    self._work_as(person.id, person.name)
                    return
        except Exception:  # a failed read must not stop the app: ask instead
            log.exception("could not read who is working")
            remembered = None
        self._ask(preselect=remembered, switching=False)

    def switch(self) -> None:
        current = self.backend.ctx.person
        self._ask(preselect=current.id if current else None, switching=True)

    def _ask(self, *, preselect: int | None, switching: bool) -> None:
        self.dialog = dialog = SignInDialog(self.backend, self.window, preselect=preselect,
                                            switching=switching)
        if not switching:
            self._lock_window(True)
        dialog.finished.connect(lambda result: self._answered(dialog, result, switching))
        dialog.open()

    def _answered(self, dialog: SignInDialog, result: int, switching: bool) -> None:
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            person = self.backend.people.get(dialog.person_id)
            remember_person(self.db_url, person.id if dialog.remember.isChecked() else None)
            self._work_as(person.id, person.name)
            self._lock_window(False)
        elif not switching:  # nobody works: the window does not take work
            self.window.close()

    def _lock_window(self, locked: bool) -> None:
        central = self.window.centralWidget()
        for widget in (central, self.window.menuBar()):
            if widget is not None:
                widget.setEnabled(not locked)

    def _work_as(self, person_id: int, name: str) -> None:
        # Here: the services' context type, loaded with the services by now.
        from reseller_app.services.context import WorkingPerson

        self.backend.ctx.person = WorkingPerson(person_id, name)
        self.label.setText(self.tr("Working: {0}").format(name))
        self.label.setToolTip(self.tr("Recorded as {0}").format(self.backend.who))
        self.label.show()
        self.switch_button.show()
        self.changed.emit(name)


class ApproverProofDialog(QDialog):
    """The senior approver confirms with their own passphrase (adopting the policy): the
    service checks it; this dialog only collects the approver and the passphrase."""

    def __init__(self, backend: Backend, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Here: the people rules, loaded with the services by now.
        from reseller_app.domain.people import Action

        self.setWindowTitle(self.tr("Senior approver's confirmation"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.approver = QComboBox(self)
        for person in backend.people.list(include_inactive=False):
            if person.may(Action.APPROVE):
                self.approver.addItem(f"{person.name} <{person.email}>", person.id)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        approver_label = QLabel(self.tr("Appro&ver:"), self)
        approver_label.setBuddy(self.approver)
        self.approver.setAccessibleName(self.tr("Approver"))
        passphrase_label = QLabel(self.tr("Approver's pass&phrase:"), self)
        passphrase_label.setBuddy(self.passphrase)
        self.passphrase.setAccessibleName(self.tr("Approver's passphrase"))
        form = QFormLayout()
        form.addRow(approver_label, self.approver)
        form.addRow(passphrase_label, self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(purpose, self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.passphrase.setFocus()

    def proof(self) -> Any:
        """The ``Approval`` (person and passphrase) for the service; the field is cleared."""
        # Here: the services' data types, loaded with the services by now.
        from reseller_app.services.dto import Approval

        passphrase = self.passphrase.text()
        self.passphrase.clear()
        return Approval(self.approver.currentData() or "", passphrase)
