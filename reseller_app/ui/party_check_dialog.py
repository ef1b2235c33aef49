"""A catalog customer's sanctions check in detail: when it was checked, its verdict, and each
listed entry that resembles it (which name matched, the score and why, and what a review said),
each possible match with the "Review…" button of the screening panel. A review checks the
customer again at once (``services.party_reviews.record_review``) and the dialog shows the new
result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.sanctions.reviews import (
    REVIEW_KEY,
    PartyRole,
    PartySubject,
    ReviewVerdict,
)
from reseller_app.services.dto import Customer
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import date_text
from reseller_app.ui.layouts import clear_layout
from reseller_app.ui.party_findings import source_label
from reseller_app.ui.party_rescreen_dialog import verdict_text
from reseller_app.ui.party_review_dialog import recorder, subject_for
from reseller_app.ui.screening_panel import review_button
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message


class PartyCheckDialog(QDialog):
    """One customer's latest check; ``reviewed`` counts the reviews recorded here."""

    def __init__(self, backend: Backend, customer: Customer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.customer = customer
        self.reviewed = 0
        self.setWindowTitle(self.tr("Sanctions check of {0}").format(customer.name))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(customer.name, self))
        self.summary = paragraph("", self)
        layout.addWidget(self.summary)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self._matches = QVBoxLayout(body)
        self._matches.addStretch(1)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_check()

    def show_check(self) -> None:
        """The customer's latest check as stored now (read again after a review)."""
        clear_layout(self._matches)
        status = self.backend.parties.customer_checks([self.customer.id or 0]).get(
            self.customer.id or 0)
        if status is None:
            self.summary.setText(self.tr(
                "Not checked against the sanctions lists yet: import a list to check every "
                "customer."))
            return
        self.summary.setText(self.tr("{0} (checked on {1})").format(
            verdict_text(status.verdict), date_text(status.checked_at.date())))
        body = self._matches.parentWidget()
        for match in status.matches:
            self._matches.addWidget(self._match_box(match, status.party_name, body))
        if not status.matches:
            self._matches.addWidget(paragraph(self.tr(
                "No listed name resembles this customer."), body))
        self._matches.addStretch(1)

    def _match_box(self, match: Mapping[str, Any], name: str, parent: QWidget) -> QFrame:
        box = QFrame(parent)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        title = self.tr("{source} entry {entry}: {listed}").format(
            source=source_label(str(match.get("source", ""))), entry=match.get("entry_id", ""),
            listed=match.get("listed_name", ""))
        top.addWidget(paragraph(title, box, bold=True), 1)
        review = match.get(REVIEW_KEY)
        if not isinstance(review, Mapping) or review.get("verdict") != ReviewVerdict.NOT_SAME:
            top.addWidget(self._review_button(match, name, box))
        layout.addLayout(top)
        layout.addWidget(paragraph(self.tr("Matched name: {name}; score {score}").format(
            name=match.get("matched_name", ""), score=f"{float(match.get('score') or 0):.2f}"),
            box))
        layout.addWidget(note(str(match.get("why", "")), box))
        if isinstance(review, Mapping):
            layout.addWidget(paragraph(self.tr("Reviewed by {who}: {verdict}. {reason}").format(
                who=review.get("by", ""), verdict=self._verdict_words(str(review.get("verdict"))),
                reason=review.get("reason", "")), box))
        elif match.get("review_note"):
            layout.addWidget(paragraph(str(match["review_note"]), box, bold=True))
        return box

    def _verdict_words(self, verdict: str) -> str:
        return self.tr("not the same party") if verdict == ReviewVerdict.NOT_SAME else \
            self.tr("the same party (confirmed match)")

    def _review_button(self, match: Mapping[str, Any], name: str, parent: QWidget) -> QWidget:
        ctx = self.backend.ctx
        try:
            subject = subject_for(ctx, name, self.customer.country, PartyRole.CUSTOMER, match)
        except ServiceError as exc:  # the entry is no longer on the newest list
            return note(error_message(exc), parent)
        return review_button(parent, subject, recorder(
            ctx, PartySubject.CUSTOMER, self.customer.id or 0, subject), self._reviewed)

    def _reviewed(self, _review: object) -> None:
        self.reviewed += 1
        self.show_check()
