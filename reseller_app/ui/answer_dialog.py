"""Record the distributor's answer to an escalation: approved, approved with conditions (each
condition becomes a follow-up) or rejected, with their reference, date and person; typed in,
or imported from a decision file that ``AnswerService`` checks against the packet (a refusal
is shown in words and nothing changes).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import AnswerOutcome
from reseller_app.services.dto import AnswerInput, AnswerView, PacketView
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.labels import date_format, from_qdate, local_time, to_qdate
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message

OUTCOMES = tuple(AnswerOutcome)


def answer_outcome_label(outcome: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {AnswerOutcome.APPROVED: QCoreApplication.translate("Answers", "Approved"),
            AnswerOutcome.APPROVED_WITH_CONDITIONS: QCoreApplication.translate(
                "Answers", "Approved with conditions"),
            AnswerOutcome.REJECTED: QCoreApplication.translate("Answers", "Rejected")}.get(
        str(outcome), str(outcome))


class AnswerDialog(QDialog):
    """``recorded(AnswerView)`` once the answer is stored."""

    recorded = Signal(object)

    def __init__(self, backend: Backend, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.order_id = order_id
        self.answer: AnswerView | None = None
        # Only the packet the order waits an answer for (its latest one): the service refuses
        # answers to older packets anyway.
        awaiting = backend.answers.awaiting(order_id)
        self.packets: list[PacketView] = [] if awaiting is None else \
            [backend.escalation.get(awaiting)]
        reference = backend.orders.get(order_id).draft.reference
        self.setWindowTitle(self.tr("The distributor's answer on {0}").format(reference))

        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)
        self.packet = QComboBox(self)
        for p in self.packets:
            self.packet.addItem(self.tr("Packet {0} of {1} to {2}").format(
                p.id[:8], local_time(p.created_at), p.recipient_name), p.id)
        outcome_box = self._outcome_choice()
        self._make_fields(backend)
        self.form = self._build_form(outcome_box)
        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("The distributor's answer on {0}").format(reference),
                                 self, scale=1.2))
        self.intro = paragraph(self.tr(
            "Type in what the distributor answered, or import their decision file. The "
            "order's status follows the answer: approved orders may go ahead, rejected ones "
            "are declined."), self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.import_error)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

        self.import_button.clicked.connect(self.ask_import)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        self._outcome_changed()
        if not self.packets:
            self.intro.setText(self.tr(
                "No escalation packet of this order waits for an answer: escalate the order "
                "first, or the answer is already recorded."))
            for w in (self.record_button, self.import_button):
                w.setEnabled(False)

    # -- the form, top to bottom -------------------------------------------------------------
    def _outcome_choice(self) -> QWidget:
        """Approved, approved with conditions or rejected, one under the other."""
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        outcome_box = QWidget(self)
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        for key, text in ((AnswerOutcome.APPROVED, self.tr("A&pproved")),
                          (AnswerOutcome.APPROVED_WITH_CONDITIONS,
                           self.tr("Approved &with conditions")),
                          (AnswerOutcome.REJECTED, self.tr("Re&jected"))):
            button = QRadioButton(text, outcome_box)
            button.setAccessibleName(text.replace("&", ""))
            self.outcome_group.addButton(button)
            self.outcome_buttons[key] = button
            outcome_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.toggled.connect(self._outcome_changed)
        return outcome_box

    def _make_fields(self, backend: Backend) -> None:
        """The conditions, their reference, the date, who decided, and a note."""
        self.conditions = QPlainTextEdit(self)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(80)
        self.conditions.setPlaceholderText(self.tr(
            "One condition per line, e.g. Disable face matching before delivery"))
        self.conditions_note = note(self.tr("Each line becomes a follow-up to check."), self)
        self.conditions_note.setWordWrap(False)  # wrapped labels get clipped in form rows
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("their reference, e.g. TD-2026-118"))
        self.answered_on = QDateEdit(self)
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat(date_format())
        today = backend.ctx.clock().astimezone(dt.UTC).date()
        self.answered_on.setDate(to_qdate(today))
        self.answered_on.setMaximumDate(to_qdate(today))
        if self.packets:  # an answer cannot be older than the packet it answers
            built = self.packets[0].created_at.astimezone(dt.UTC).date()
            self.answered_on.setMinimumDate(to_qdate(min(built, today)))
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("who decided at the distributor"))
        self.organisation = QLineEdit(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(56)

    def _build_form(self, outcome_box: QWidget) -> QFormLayout:
        """One labelled row per field, each with its error line; the conditions row is shown
        only for "approved with conditions"."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._conditions_row: QWidget | None = None
        for field, text, widget, below in (
            ("packet_id", self.tr("Pac&ket:"), self.packet, ()),
            ("outcome", self.tr("Their answer:"), outcome_box, ()),
            ("conditions", self.tr("&Conditions:"), self.conditions, (self.conditions_note,)),
            ("reference", self.tr("&Reference:"), self.reference, ()),
            ("answered_on", self.tr("&Date of the answer:"), self.answered_on, ()),
            ("person", self.tr("Decided &by:"), self.person, ()),
            ("organisation", self.tr("&Organisation:"), self.organisation, ()),
            ("note", self.tr("&Note:"), self.note_edit, ()),
        ):
            _label, holder, _error = add_field_row(form, self.errors, field, text, widget,
                                                   parent=self, below=below,
                                                   labelled=widget is not outcome_box)
            if field == "conditions":
                self._conditions_row = holder
        return form

    def _buttons(self) -> QHBoxLayout:
        """Import the decision file on the left; record and cancel on the right."""
        self.import_button = QPushButton(self.tr("&Import decision file…"), self)
        self.import_button.setAccessibleName(self.tr("Import the distributor's decision file"))
        self.import_button.setToolTip(self.tr(
            "A channel-diligence-decision/1 JSON file from the distributor. It is checked "
            "against the packet you sent; a file for another packet, or one that was changed, "
            "is refused and nothing is recorded."))
        self.record_button = QPushButton(self.tr("Record &answer"), self)
        self.record_button.setAccessibleName(self.tr("Record the answer"))
        self.record_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.import_error = FieldError(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def outcome(self) -> str | None:
        for key, button in self.outcome_buttons.items():
            if button.isChecked():
                return key
        return None

    def _outcome_changed(self, *_: object) -> None:
        visible = self.outcome() == AnswerOutcome.APPROVED_WITH_CONDITIONS
        if self._conditions_row is not None:
            self.form.setRowVisible(self._conditions_row, visible)

    def packet_id(self) -> str | None:
        data = self.packet.currentData()
        return str(data) if data else None

    # -- recording ---------------------------------------------------------------------------
    def record(self) -> AnswerView | None:
        self.errors.clear()
        self.import_error.clear()
        packet_id = self.packet_id()
        if packet_id is None:
            return None
        outcome = self.outcome()
        if outcome is None:
            self.errors.show("outcome", self.tr("Choose what the distributor answered."))
            return None
        conditions = [line.strip() for line in self.conditions.toPlainText().splitlines()
                      if line.strip()] if outcome == AnswerOutcome.APPROVED_WITH_CONDITIONS else []
        answer = AnswerInput(outcome, conditions, self.reference.text().strip(),
                             from_qdate(self.answered_on.date()), self.person.text().strip(),
                             self.organisation.text().strip(),
                             self.note_edit.toPlainText().strip())
        try:
            view = self.backend.answers.record(packet_id, answer)
        except ServiceError as exc:
            self.errors.show_error(exc)
            self.adjustSize()
            return None
        return self._recorded(view)

    def ask_import(self) -> AnswerView | None:
        folder = options.ANSWERS_FOLDER.last_folder()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the distributor's decision file"), folder,
            self.tr("Decision files (*.json);;All files (*)"))
        if not path:
            return None
        options.ANSWERS_FOLDER.remember(path)
        return self.import_file(Path(path))

    def import_file(self, path: Path) -> AnswerView | None:
        """Check and record a decision file; a refusal is shown and nothing changes."""
        self.errors.clear()
        self.import_error.clear()
        try:
            view = self.backend.answers.import_file(path, packet_id=self.packet_id())
        except ServiceError as exc:
            self.import_error.show_message(self.tr(
                "The decision file {0} was refused and nothing was recorded: {1}").format(
                path.name, decision_refusal(exc)))
            self.adjustSize()  # room for the words, without squeezing the form
            return None
        return self._recorded(view)

    def _recorded(self, view: AnswerView) -> AnswerView:
        self.answer = view
        self.recorded.emit(view)
        self.accept()
        return view

    def refusal(self) -> str:
        return self.import_error.message()


def decision_refusal(exc: ServiceError) -> str:
    """Why a decision file was refused, naming its field as the file does (``outcome: ...``),
    in the same words as ``reseller-app decision import``: the field is the file's, not one
    of this dialog's."""
    if isinstance(exc, ValidationError) and exc.field not in ("", "file"):
        return f"{exc.field}: {exc.message}"
    return error_message(exc)


def import_decision_file(backend: Backend, parent: QWidget) -> AnswerView | None:
    """File > Import a decision file without an order open: the file names its packet."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def tr(text: str) -> str:
        return QCoreApplication.translate("AnswerDialog", text)

    folder = options.ANSWERS_FOLDER.last_folder()
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import the distributor's decision file"), folder,
        tr("Decision files (*.json);;All files (*)"))
    if not path:
        return None
    options.ANSWERS_FOLDER.remember(path)
    try:
        view = backend.answers.import_file(Path(path))
    except ServiceError as exc:
        QMessageBox.warning(parent, tr("Decision file refused"), tr(
            "The decision file {0} was refused and nothing was recorded: {1}").format(
            Path(path).name, decision_refusal(exc)))
        return None
    QMessageBox.information(parent, tr("Answer recorded"), tr(
        "Order {0}: {1}. {2} follow-ups to track.").format(
        view.order_reference, answer_outcome_label(view.outcome), len(view.follow_ups)))
    return view
