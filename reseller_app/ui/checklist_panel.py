"""The checklist: the pack's yes / no / unknown questions that this order's flags call for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.citations import Citation, cite
from reseller_app.domain.packs import Question
from reseller_app.services.dto import ChecklistAnswer, OrderView
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.citations import citation_note
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.layouts import clear_layout
from reseller_app.ui.party_findings import PartyFindingsBox
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message

ANSWERS = ("yes", "no", "unknown")


class QuestionItem(QFrame):
    """One question with its three answers, the guidance, and an optional note."""

    answerChanged = Signal()

    def __init__(self, number: int, question: Question, answer: ChecklistAnswer | None,
                 parent: QWidget | None = None, citations: tuple[Citation, ...] = ()) -> None:
        super().__init__(parent)
        self.question = question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        text = paragraph(f"{number}. {question.text}", self, bold=True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        labels = {"yes": self.tr("&Yes"), "no": self.tr("&No"), "unknown": self.tr("Not &sure yet")}
        self.buttons: dict[str, QRadioButton] = {}
        for value in ANSWERS:
            button = QRadioButton(labels[value], self)
            button.setAccessibleName(f"{question.text} {labels[value].replace('&', '')}")
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
            button.toggled.connect(self._toggled)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(note(question.guidance, self))
        self.risk = paragraph(self.tr(
            "This answer points to a risk: say in the decision how it is addressed."), self)
        self.risk.setVisible(False)
        layout.addWidget(self.risk)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional): what the customer told you"))
        self.note.setAccessibleName(self.tr("Note for: {0}").format(question.text))
        layout.addWidget(self.note)
        self.basis = citation_note(citations, self) if citations else None
        if self.basis is not None:
            layout.addWidget(self.basis)
        if answer is not None:
            if answer.answer in self.buttons:
                self.buttons[answer.answer].setChecked(True)
            self.note.setText(answer.note)
        self.note.textChanged.connect(self.answerChanged)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.risk.setVisible(self.value() == self.question.risky_answer)
            self.answerChanged.emit()

    def value(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return "unknown"

    def answer(self) -> ChecklistAnswer:
        return ChecklistAnswer(self.question.id, self.value(), self.note.text().strip())

    def set_answer(self, value: str) -> None:
        self.buttons[value].setChecked(True)


class ChecklistPanel(QWidget):
    saved = Signal()
    answersChanged = Signal()  # an answer ticked, or the questions loaded

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._order_id: int | None = None
        self.items: list[QuestionItem] = []
        self.parties: PartyFindingsBox | None = None  # the order's restricted-party findings
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(scroll)
        scroll.setWidget(self._body)
        self._list = QVBoxLayout(self._body)
        self.save_button = QPushButton(self.tr("Save &answers"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.error = FieldError(self)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.status)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(footer)

    def load(self, view: OrderView) -> None:
        self._order_id = view.id
        clear_layout(self._list)
        self.items = []
        self.error.clear()
        self.status.clear()
        questions = {q.id: q for q in self.backend.pack.checklist}
        answers = {a.question_id: a for a in view.checklist_answers}
        asked = [questions[qid] for qid in view.screening.checklist if qid in questions]
        self._list.addWidget(heading(self.tr("Questions to ask"), self._body))
        self._parties(view)
        if not asked:
            self._list.addWidget(paragraph(self.tr(
                "The screening raised nothing that needs these questions for this order."),
                self._body))
        else:
            self._list.addWidget(paragraph(self.tr(
                "Ask the customer these questions, or answer them from what you know. "
                "\"Not sure yet\" is an honest answer: it is recorded as such."), self._body))
        for number, question in enumerate(asked, start=1):
            item = QuestionItem(number, question, answers.get(question.id), self._body,
                                cite(self.backend.pack.sources, question.basis))
            item.answerChanged.connect(self.status.clear)
            item.answerChanged.connect(self.answersChanged)
            self.items.append(item)
            self._list.addWidget(item)
        self._list.addStretch(1)
        self.save_button.setEnabled(bool(asked))
        self.answersChanged.emit()

    def _parties(self, view: OrderView) -> None:
        """The restricted-party findings first: a possible match is a question to settle with
        the customer too (who are they, where are they, which date of birth)."""
        parties = view.screening.parties
        if parties is None or not parties.findings:
            self.parties = None
            return
        self._list.addWidget(paragraph(self.tr(
            "Settle these restricted-party findings first: confirm who the party is (full "
            "name, country, registration or date of birth) and record the review."),
            self._body))
        self.parties = PartyFindingsBox(self._body)
        self.parties.show_parties(parties)
        self._list.addWidget(self.parties)

    def save(self) -> bool:
        if self._order_id is None:
            return False
        self.error.clear()
        try:
            self.backend.orders.save_checklist(self._order_id, [i.answer() for i in self.items])
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return False
        self.status.setText(self.tr("Answers saved."))
        self.saved.emit()
        return True

    def item(self, question_id: str) -> QuestionItem | None:
        return next((i for i in self.items if i.question.id == question_id), None)

    def answers(self) -> dict[str, str]:
        """The answers as ticked (saved or not), by question id."""
        return {i.question.id: i.value() for i in self.items}

    def questions(self) -> list[str]:
        return [i.question.id for i in self.items]

