"""Review a possible match once: the party beside the listed entry, the score and why, and two
choices: "Not the same party" or "The same party (confirmed match)", with a required reason.

The dialog takes plain values (:class:`ReviewSubject`) and a ``record(verdict, reason)``
callable, so whatever shows the findings (the screening panel, the customer view) can open it;
:func:`subject_for` and :func:`recorder` build both from the services.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.sanctions.entries import ListEntry
from reseller_app.domain.sanctions.reviews import PartyRole, ReviewVerdict
from reseller_app.services.errors import ServiceError
from reseller_app.ui.countries import country_name
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext

MAX_REASON = 2000  # as services.party_reviews.MAX_REASON: said at the field, not after a trip


@dataclass(frozen=True, slots=True)
class ReviewSubject:
    """What the reviewer weighs: the party, the listed entry as the newest list has it, and the
    match the screening found between them."""

    party_name: str
    party_country: str  # ISO code, "" when unknown
    role: str  # PartyRole value: customer, end_user, consignee
    source: str  # ListSource value: ofac, un, eu, uk
    source_title: str  # "OFAC SDN"
    entry_id: str
    listed_names: tuple[str, ...]  # the primary name first
    countries: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    remarks: str = ""
    matched_name: str = ""
    score: float = 0.0
    why: str = ""


def review_subject(party_name: str, party_country: str | None, role: str,
                   match: Mapping[str, Any], entry: ListEntry, source_title: str
                   ) -> ReviewSubject:
    """A subject from a match (``Match.as_json``, as ``party_check.matches`` keeps it) and the
    entry it names."""
    names = tuple(n.text for n in entry.names if n.primary) + tuple(
        n.text for n in entry.names if not n.primary)
    return ReviewSubject(
        party_name, (party_country or "").upper(), role, entry.source.value, source_title,
        entry.entry_id, names, entry.countries, entry.birth_dates, entry.programs,
        entry.remarks, str(match.get("matched_name", "")), float(match.get("score") or 0.0),
        str(match.get("why", "")))


def subject_for(ctx: AppContext, party_name: str, party_country: str | None, role: str,
                match: Mapping[str, Any]) -> ReviewSubject:
    """The subject for a match, with the entry read from the newest list (``ValidationError``
    in words when it is no longer on it)."""
    # late: the services load the ORM, which the window must not load before its first screen
    from reseller_app.services.party_reviews import current_entry

    found = current_entry(ctx, str(match.get("source", "")), str(match.get("entry_id", "")))
    return review_subject(party_name, party_country, role, match, found.entry,
                          found.version.title)


def recorder(ctx: AppContext, subject_kind: str, subject_id: int,
             subject: ReviewSubject) -> Callable[[ReviewVerdict, str], object]:
    """``record(verdict, reason)`` for the dialog: the review recorded by the service (an
    order is screened again in the same call)."""
    def record(verdict: ReviewVerdict, reason: str) -> object:
        # late: the services load the ORM, which the window must not load before its first
        # screen
        from reseller_app.services.party_reviews import record_review

        return record_review(
            ctx, subject=subject_kind, subject_id=subject_id, role=subject.role,
            party_name=subject.party_name, party_country=subject.party_country,
            source=subject.source, entry_id=subject.entry_id, verdict=verdict, reason=reason)
    return record


class PartyReviewDialog(QDialog):
    """``review`` holds what ``record`` returned once the dialog is accepted."""

    def __init__(self, subject: ReviewSubject,
                 record: Callable[[ReviewVerdict, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = subject
        self._record = record
        self.review: object | None = None
        self.setWindowTitle(self.tr("Review a possible match"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._comparison(), 1)
        layout.addWidget(self._choice_box())
        self.error = FieldError(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(self.tr("&Save the review"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 640)

    # -- what is compared -------------------------------------------------------------------
    def _comparison(self) -> QScrollArea:
        """The party, the entry and the match, scrolling: a listed entry can be long (many
        names, a long remark) and the choice below stays in view."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Is this the listed party?"), body))
        layout.addWidget(paragraph(self.tr(
            "Compare the party with the entry on the list. Your answer is recorded with your "
            "name and reason, and this pair does not alert again until the party's name or "
            "country or the listed entry changes."), body))
        for box in (self._party_box(body), self._match_box(body), self._entry_box(body)):
            layout.addWidget(box)
        layout.addStretch(1)
        return scroll

    def _party_box(self, parent: QWidget) -> QGroupBox:
        s = self.subject
        box = QGroupBox(self.tr("The party"), parent)
        form = QFormLayout(box)
        form.addRow(self.tr("Name:"), paragraph(s.party_name, box, bold=True))
        form.addRow(self.tr("Country:"), paragraph(
            country_name(s.party_country) if s.party_country else self.tr("not known"), box))
        form.addRow(self.tr("Role:"), paragraph(self._role_words(s.role), box))
        return box

    def _role_words(self, role: str) -> str:
        words = {PartyRole.CUSTOMER: self.tr("customer"), PartyRole.END_USER: self.tr("end user"),
                 PartyRole.CONSIGNEE: self.tr("consignee")}
        return words.get(PartyRole(role), role) if role in tuple(PartyRole) else role

    def _entry_box(self, parent: QWidget) -> QGroupBox:
        s = self.subject
        box = QGroupBox(self.tr("{0} entry {1}").format(s.source_title, s.entry_id), parent)
        form = QFormLayout(box)
        none = self.tr("not given")
        rows = (
            (self.tr("Names:"), "\n".join(s.listed_names)),
            (self.tr("Countries:"), ", ".join(country_name(c) or c for c in s.countries)),
            (self.tr("Dates of birth:"), ", ".join(s.birth_dates)),
            (self.tr("Programmes:"), ", ".join(s.programs)),
            (self.tr("Remarks:"), s.remarks),
        )
        for label, text in rows:
            form.addRow(label, paragraph(text or none, box))
        return box

    def _match_box(self, parent: QWidget) -> QGroupBox:
        s = self.subject
        box = QGroupBox(self.tr("Why it was found"), parent)
        form = QFormLayout(box)
        first = s.listed_names[0] if s.listed_names else ""
        form.addRow(self.tr("Matched name:"), paragraph(s.matched_name or first, box))
        form.addRow(self.tr("Score:"), paragraph(f"{s.score:.2f}", box))
        form.addRow(self.tr("Why:"), paragraph(s.why, box))
        return box

    def _choice_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your review"), self)
        layout = QVBoxLayout(box)
        self.not_same = QRadioButton(self.tr("&Not the same party"), box)
        self.same = QRadioButton(self.tr("&The same party (confirmed match)"), box)
        group = QButtonGroup(self)
        group.addButton(self.not_same)
        group.addButton(self.same)
        layout.addWidget(self.not_same)
        layout.addWidget(self.same)
        self.warning = paragraph(self.tr(
            "A confirmed match blocks the order: only declining it will remain possible, and "
            "the distributor is told through the misuse report."), box, bold=True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.same.toggled.connect(self.warning.setVisible)
        label = QLabel(self.tr("&Reason (required):"), box)
        layout.addWidget(label)
        self.reason = QPlainTextEdit(box)
        label.setBuddy(self.reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr(
            "Why: e.g. other date of birth, other country, other registration number."))
        layout.addWidget(self.reason)
        layout.addWidget(note(self.tr("Say what tells the party apart from the entry, or what "
                                      "confirms it is the same."), box))
        return box

    # -- recording ------------------------------------------------------------------------------
    def verdict(self) -> ReviewVerdict | None:
        if self.not_same.isChecked():
            return ReviewVerdict.NOT_SAME
        if self.same.isChecked():
            return ReviewVerdict.SAME
        return None

    def _submit(self) -> None:
        verdict = self.verdict()
        reason = " ".join(self.reason.toPlainText().split())
        if verdict is None:
            self.error.show_message(self.tr(
                "Choose: not the same party, or the same party (a confirmed match)."))
            return
        if not reason:
            self.error.show_message(self.tr(
                "Say why: e.g. other date of birth, other country, other registration number."))
            self.reason.setFocus()
            return
        if len(reason) > MAX_REASON:
            self.error.show_message(self.tr("Say why in at most {0} characters.").format(
                f"{MAX_REASON:,}"))
            return
        try:
            self.review = self._record(verdict, reason)
        except ServiceError as exc:  # refused in words: nothing was recorded
            self.error.show_message(error_message(exc))
            return
        self.accept()


def review_match(parent: QWidget | None, subject: ReviewSubject,
                 record: Callable[[ReviewVerdict, str], object]) -> object | None:
    """Open the dialog for one possible match; what ``record`` returned, or None (cancelled)."""
    dialog = PartyReviewDialog(subject, record, parent)
    return dialog.review if dialog.exec() == QDialog.DialogCode.Accepted else None
