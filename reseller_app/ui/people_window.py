"""The list of people, for the administrator: add a person, change a role, deactivate or
reactivate, reset another person's passphrase.

Every change goes through ``services.people`` (audited, with its rules: only an administrator
manages people, and there is always an active administrator and an active approver); a
refusal is shown here in the service's words. Anyone may open the list: a person who is not
an administrator sees it read-only, with the role that managing people needs. A database
without people gets its first administrator here (who is also the senior approver until
someone else is given that role).

The lists are a handful of rows: read on the GUI thread. Each change sends the version of the
person the list showed, so a change made meanwhile on another desk is refused, not overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.people import Action, Role, role_label
from reseller_app.services.errors import ServiceError
from reseller_app.services.people import NewPerson, Person
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.layouts import FlowLayout, side_by_side
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import error_message

Index = QModelIndex | QPersistentModelIndex


def _local(at: dt.datetime) -> str:
    return f"{at.astimezone():%Y-%m-%d %H:%M}"


class PeopleModel(QAbstractTableModel):
    """The people as rows: name, e-mail, role, active, locked until."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self.now = dt.datetime.now(dt.UTC)
        self.headers = [self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("Active"),
                        self.tr("Locked until")]

    def set_people(self, people: list[Person], now: dt.datetime) -> None:
        self.beginResetModel()
        self.people, self.now = people, now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.people[index.row()]
        locked = p.locked_until is not None and p.locked_until > self.now
        return (p.name, p.email, role_label(p.role),
                self.tr("Active") if p.active else self.tr("Inactive"),
                _local(p.locked_until) if locked and p.locked_until else "")[index.column()]


def _passphrase_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _twice(first: QLineEdit, again: QLineEdit, error: FieldError, differ: str) -> str | None:
    """The new passphrase typed twice, or None (``differ`` shown); both fields cleared."""
    passphrase, repeated = first.text(), again.text()
    first.clear()
    again.clear()
    if passphrase != repeated:
        error.show_message(differ)
        first.setFocus()
        return None
    return passphrase


class AddPersonDialog(QDialog):
    """A new person with a first passphrase (typed twice), to tell them; the service checks
    the name, the address, the passphrase's strength and that the address is new. On a
    database without people, the first person becomes the administrator."""

    def __init__(self, backend: Backend, acting: int | None, parent: QWidget | None = None,
                 *, first: bool = False) -> None:
        super().__init__(parent)
        self.backend, self.acting, self.first = backend, acting, first
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Add a person"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for role in ([Role.ADMINISTRATOR] if first else list(Role)):
            self.role.addItem(role_label(role), role.value)
        self.passphrase = _passphrase_field(self, self.tr("First passphrase"))
        self.again = _passphrase_field(self, self.tr("First passphrase again"))
        form = QFormLayout()
        for text, field in ((self.tr("&Name:"), self.name), (self.tr("&E-mail:"), self.email),
                            (self.tr("&Role:"), self.role),
                            (self.tr("First &passphrase:"), self.passphrase),
                            (self.tr("The same a&gain:"), self.again)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = FieldError(self)
        buttons, self.add_button = _ok_cancel(self, self.tr("&Add"))
        buttons.accepted.connect(self.add)
        layout = QVBoxLayout(self)
        if first:
            layout.addWidget(paragraph(self.tr(
                "Nobody is in the list yet. The first person is the administrator and, until "
                "someone else gets the role approver, also the senior approver."), self))
        layout.addLayout(form)
        layout.addWidget(note(self.tr(
            "Tell the person their first passphrase in person or by phone; they can change "
            "it later. Nobody can read a passphrase once it is saved."), self))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add(self) -> None:
        """Save the person; on a refusal the dialog stays open with the reason."""
        self.error.clear()
        passphrase = _twice(self.passphrase, self.again, self.error, self.tr(
            "The two passphrases differ: type the same one twice."))
        if passphrase is None:
            return
        new = NewPerson(self.name.text(), self.email.text(), passphrase,
                        self.role.currentData())
        try:
            if self.first:
                self.person = self.backend.people.first_setup(new)[0]
            else:
                self.person = self.backend.people.add(self.acting or 0, new)
        except ServiceError as exc:  # not an administrator, weak passphrase, address taken
            self.error.show_message(error_message(exc))
            return
        self.accept()


class ResetPassphraseDialog(QDialog):
    """An administrator gives another person a new passphrase (typed twice); it lifts a lock."""

    def __init__(self, backend: Backend, acting: int, person: Person,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.acting, self.target = backend, acting, person
        self.setWindowTitle(self.tr("Reset passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.passphrase = _passphrase_field(self, self.tr("New passphrase"))
        self.again = _passphrase_field(self, self.tr("New passphrase again"))
        form = QFormLayout()
        for text, field in ((self.tr("&New passphrase:"), self.passphrase),
                            (self.tr("The same a&gain:"), self.again)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = FieldError(self)
        buttons, self.reset_button = _ok_cancel(self, self.tr("&Reset"))
        buttons.accepted.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "A new passphrase for {0} <{1}>: the old one stops working, and a lock after "
            "wrong passphrases is lifted.").format(person.name, person.email), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def reset(self) -> None:
        self.error.clear()
        passphrase = _twice(self.passphrase, self.again, self.error, self.tr(
            "The two passphrases differ: type the same one twice."))
        if passphrase is None:
            return
        try:
            self.backend.people.reset_passphrase(self.acting, self.target.id, passphrase)
        except ServiceError as exc:  # weak, not an administrator, one's own passphrase
            self.error.show_message(error_message(exc))
            return
        self.accept()


class PeopleWindow(QDialog):
    """The list of people; an administrator's changes to it. ``firstSetUp`` when the first
    administrator was added (the main window then asks who is working)."""

    firstSetUp = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.dialog: QDialog | None = None  # the add or reset dialog open now (tests)
        self.setWindowTitle(self.tr("People"))
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.access = paragraph("", self)
        self.error = FieldError(self)
        self.done_label = note("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.access)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._actions())
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.resize(760, 420)
        self.reload()

    def _actions(self) -> QWidget:
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.add_button.clicked.connect(self.add_person)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("New role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("Change &role"), self)
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Reset &passphrase…"), self)
        self.reset_button.clicked.connect(self.reset_passphrase)
        role_label_ = QLabel(self.tr("R&ole:"), self)
        role_label_.setBuddy(self.role)
        # A row that wraps: in a longer language the buttons do not widen the window.
        actions = QWidget(self)
        row = FlowLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.add_button, side_by_side(actions, role_label_, self.role),
                       self.role_button, self.active_button, self.reset_button):
            row.addWidget(widget)
        return actions

    # -- reading ---------------------------------------------------------------------------
    def acting(self) -> Person | None:
        """The working person as stored now (None: nobody signed in, or no people)."""
        working = self.backend.ctx.person
        if working is None:
            return None
        try:
            return self.backend.people.get(working.id)
        except ServiceError:  # removed meanwhile: treated as nobody
            return None

    def reload(self) -> None:
        """Read the list again and say what the working person may do with it."""
        selected = self.selected()
        people = self.backend.people.list()
        self.model.set_people(people, self.backend.ctx.clock())
        self.manager = self._may_manage(people)
        if selected is not None:
            for row, person in enumerate(people):
                if person.id == selected.id:
                    self.table.selectRow(row)
        self._selected()

    def _may_manage(self, people: list[Person]) -> bool:
        acting = self.acting()
        if not people:
            self.access.setText(self.tr(
                "Nobody is in the list yet: everything is recorded under this computer's "
                "login. Add the first person, the administrator, to record who does what."))
            return True
        if acting is None:
            self.access.setText(self.tr("Nobody is signed in: sign in as an administrator "
                                        "to change the list (Switch person in the status "
                                        "bar)."))
            return False
        if acting.may(Action.MANAGE_PEOPLE):
            self.access.setText(self.tr("You are working as {0}, administrator: you can add "
                                        "people, change roles, deactivate people and reset "
                                        "passphrases.").format(acting.name))
            return True
        self.access.setText(self.tr(
            "Managing people needs the role administrator; {0} has the role {1}. You can "
            "look at the list; an administrator makes the changes.").format(
                acting.name, role_label(acting.role)))
        return False

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return self.model.people[rows[0].row()] if rows else None

    def select(self, email: str) -> None:
        """Select the person with this address (tests and after adding)."""
        for row, person in enumerate(self.model.people):
            if person.email == email:
                self.table.selectRow(row)

    def _selected(self, *_: object) -> None:
        person = self.selected()
        has_people = bool(self.model.people)
        self.add_button.setEnabled(self.manager)
        for widget in (self.role, self.role_button, self.active_button, self.reset_button):
            widget.setEnabled(self.manager and has_people and person is not None)
        if person is not None:
            self.role.setCurrentIndex(self.role.findData(person.role.value))
            self.active_button.setText(self.tr("&Deactivate") if person.active
                                       else self.tr("R&eactivate"))

    # -- changes ---------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.error.clear()
        self.done_label.setText(text)
        self.reload()

    def _refused(self, exc: ServiceError) -> None:
        self.done_label.clear()
        self.error.show_message(error_message(exc))
        self.reload()  # the list as it is now (a change made meanwhile shows)

    def _by(self) -> int:
        working = self.backend.ctx.person
        return working.id if working is not None else 0

    def add_person(self) -> None:
        first = not self.model.people
        self.dialog = dialog = AddPersonDialog(self.backend, self._by(), self, first=first)
        dialog.accepted.connect(lambda: self._added(dialog, first))
        dialog.open()

    def _added(self, dialog: AddPersonDialog, first: bool) -> None:
        self.dialog = None
        person = dialog.person
        if person is None:
            return
        self._done(self.tr("{0} <{1}> was added as {2}.").format(
            person.name, person.email, role_label(person.role)))
        self.select(person.email)
        if first:
            self.firstSetUp.emit()

    def change_role(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            changed = self.backend.people.change_role(self._by(), person.id,
                                                      self.role.currentData(), person.version)
        except ServiceError as exc:  # the last administrator, not an administrator, ...
            self._refused(exc)
            return
        self._done(self.tr("{0} now has the role {1}.").format(changed.name,
                                                               role_label(changed.role)))

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        people = self.backend.people
        try:
            if person.active:
                changed = people.deactivate(self._by(), person.id, person.version)
            else:
                changed = people.reactivate(self._by(), person.id, person.version)
        except ServiceError as exc:  # the last administrator or approver, ...
            self._refused(exc)
            return
        self._done(self.tr("{0} is active again.").format(changed.name) if changed.active
                   else self.tr("{0} is no longer active: they cannot sign in or act; what "
                                "they did keeps their name.").format(changed.name))

    def reset_passphrase(self) -> None:
        person = self.selected()
        if person is None:
            return
        self.dialog = dialog = ResetPassphraseDialog(self.backend, self._by(), person, self)
        dialog.accepted.connect(lambda: self._reset(person))
        dialog.open()

    def _reset(self, person: Person) -> None:
        self.dialog = None
        self._done(self.tr("{0} has a new passphrase: tell it to them.").format(person.name))
