"""The restricted-party screening of an order, explained: which lists it was checked against,
and for each listed entry that resembles one of its parties, which list and entry, which of the
entry's names matched which words of the party, the score, what corroborates or contradicts it,
and what an earlier review said. Shown in the screening panel and in the checklist; where a
reviewer is given (a saved order's editor), each finding that alerts has a "Review…" button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reseller_app.domain.sanctions.party_findings import (
    PartyFinding,
    PartyScreening,
)
from reseller_app.domain.vocabulary import RiskTier
from reseller_app.ui.layouts import clear_layout
from reseller_app.ui.tier_badge import TierBadge
from reseller_app.ui.typography import heading, note, paragraph


def _t(text: str) -> str:
    return QCoreApplication.translate("PartyFindings", text)


def source_label(source: str) -> str:
    labels = {"ofac": _t("OFAC SDN list"), "un": _t("UN Security Council Consolidated List"),
              "eu": _t("EU consolidated financial sanctions list"),
              "uk": _t("UK sanctions list")}
    return labels.get(source, source)


def role_label(role: str) -> str:
    labels = {"customer": _t("Customer"), "end_user": _t("End user"),
              "consignee": _t("Consignee")}
    return labels.get(role, role)


class FindingItem(QFrame):
    """One listed entry resembling one party of the order."""

    def __init__(self, finding: PartyFinding, parent: QWidget | None = None,
                 reviewer: Callable[[PartyFinding], None] | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.review_button: QPushButton | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        top = QHBoxLayout()
        pill = TierBadge(self)
        pill.set_tier(*self._state())
        top.addWidget(pill)
        title = self.tr("{role} {party} resembles {source} entry {entry}: {listed}").format(
            role=role_label(finding.role), party=finding.party_name,
            source=source_label(finding.source), entry=finding.entry_id,
            listed=finding.listed_name)
        top.addWidget(paragraph(title, self, bold=True), 1)
        if reviewer is not None and finding.alerts:
            self.review_button = self._review_button(reviewer)
            top.addWidget(self.review_button)
        layout.addLayout(top)
        layout.addWidget(paragraph(self.tr("Matched name: {name}; score {score}").format(
            name=finding.matched_name, score=f"{finding.score:.2f}"), self))
        layout.addWidget(paragraph(self.tr("Why: {0}").format(finding.why), self))
        for fact in finding.evidence:
            layout.addWidget(note(fact, self))
        if finding.review_note:
            layout.addWidget(paragraph(finding.review_note, self, bold=finding.alerts))
        self.setAccessibleName(f"{self._state()[1]}: {title}")

    def _review_button(self, reviewer: Callable[[PartyFinding], None]) -> QPushButton:
        # The words of ui.screening_panel.review_button (one translation for both).
        button = QPushButton(QCoreApplication.translate("ScreeningPanel", "Review…"), self)
        button.setAccessibleName(QCoreApplication.translate(
            "ScreeningPanel", "Review the possible match with {0} entry {1}").format(
                source_label(self.finding.source), self.finding.entry_id))
        button.clicked.connect(lambda: reviewer(self.finding))
        return button

    def _state(self) -> tuple[str, str]:
        """(tier for the pill's colours, its words)."""
        if self.finding.confirmed:
            return RiskTier.PROHIBITED, self.tr("Confirmed match")
        if self.finding.alerts:
            return RiskTier.HIGH, self.tr("Possible match")
        return RiskTier.LOW, self.tr("Reviewed: not the same")

    def text(self) -> str:
        """Everything the item says, for tests and screen readers."""
        return "\n".join(w.text() for w in self.findChildren(QWidget)
                         if hasattr(w, "text") and isinstance(w.text(), str))


class PartyFindingsBox(QWidget):
    """The restricted-party section: the lists used and each finding (hidden without lists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self.setVisible(False)
        self._reviewer: Callable[[PartyFinding], None] | None = None

    def set_reviewer(self, reviewer: Callable[[PartyFinding], None] | None) -> None:
        """``reviewer(finding)`` opens the review of a finding (None: no "Review…" buttons)."""
        self._reviewer = reviewer

    def show_parties(self, parties: PartyScreening | None) -> None:
        clear_layout(self._layout)
        self.setVisible(parties is not None)
        if parties is None:
            return
        self._layout.addWidget(heading(self.tr("Restricted-party screening"), self,
                                       scale=1.05))
        lists = "; ".join(self._list_text(v.source, v.published, v.id) for v in parties.lists)
        self._layout.addWidget(note(self.tr("Checked against: {0}").format(lists), self))
        if not parties.findings:
            names = ", ".join(name for _, name in parties.checked)
            self._layout.addWidget(paragraph(self.tr(
                "No party resembles a listed entry ({0}).").format(names or "-"), self))
        for finding in parties.findings:
            self._layout.addWidget(FindingItem(finding, self, self._reviewer))

    def _list_text(self, source: str, published: str, version: int) -> str:
        if not published:  # OFAC's CSV files state no date
            return self.tr("{list}, publication date not stated (version {version})").format(
                list=source_label(source), version=version)
        return self.tr("{list} published {date} (version {version})").format(
            list=source_label(source), date=published, version=version)

    def items(self) -> list[FindingItem]:
        return self.findChildren(FindingItem)

    def text(self) -> str:
        return "\n".join(w.text() for w in self.findChildren(QWidget)
                         if hasattr(w, "text") and isinstance(w.text(), str))
