"""The screening result, explained: tier, hold or block, every flag with what to do, next steps.

Shown live in the order editor (re-run as the user types) and on saved orders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.citations import Citation, cite, flag_citations
from reseller_app.domain.packs import CriteriaPack, PackRef
from reseller_app.domain.sanctions.reviews import ReviewVerdict
from reseller_app.domain.screening import Flag, ScreeningResult
from reseller_app.domain.vocabulary import RiskTier
from reseller_app.ui.citations import citation_note
from reseller_app.ui.labels import (
    FACTORS,
    factor_label,
    severity_label,
    severity_tier,
    subject_text,
)
from reseller_app.ui.layouts import clear_layout
from reseller_app.ui.party_findings import PartyFindingsBox
from reseller_app.ui.party_review_dialog import ReviewSubject, review_match
from reseller_app.ui.tier_badge import TierBadge, tier_colours
from reseller_app.ui.typography import heading, note, paragraph


class Banner(QFrame):
    """A framed sentence with an icon: "On hold: …" or "Blocked: …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = paragraph("", self, bold=True)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.setVisible(False)

    def show_banner(self, tier: str, text: str, *, critical: bool) -> None:
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if critical
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize) // 2 + 8
        self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size))
        colour = tier_colours(tier)[0].name()
        self.setStyleSheet(
            f"QFrame#banner {{ border: 2px solid {colour}; border-radius: 6px; }}"
        )
        self._text.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()


class FlagItem(QWidget):
    """One flag: severity, the reason in plain words, what to do, and the basis in grey: the
    sources it rests on, each linked."""

    def __init__(self, flag: Flag, parent: QWidget | None = None,
                 citations: tuple[Citation, ...] | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        # Without the pack that screened it, the basis shows as it is written.
        self.citations = cite((), flag.basis) if citations is None else citations
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        pill = TierBadge(self)
        pill.set_tier(severity_tier(flag.severity), severity_label(flag.severity))
        top.addWidget(pill, 0, Qt.AlignmentFlag.AlignTop)
        reason = paragraph(flag.reason or flag.criterion, self, bold=True)
        top.addWidget(reason, 1)
        layout.addLayout(top)
        if flag.subject:
            about = subject_text(flag.subject)
            layout.addWidget(note(self.tr("Concerns: {0}").format(about), self))
        if flag.action:
            layout.addWidget(paragraph(self.tr("What to do: {0}").format(flag.action), self))
        # Zero-width spaces let long criterion ids wrap in a narrow panel.
        criterion = flag.criterion.replace(".", ".\u200b").replace("_", "_\u200b")
        self.basis = citation_note(self.citations, self, lead=criterion)
        layout.addWidget(self.basis)
        self.setAccessibleName(f"{severity_label(flag.severity)}: {flag.reason}")


class ScreeningPanel(QWidget):
    """Shows a :class:`ScreeningResult` the way a salesperson can act on it."""

    def __init__(self, tier_label: Callable[[str], str], parent: QWidget | None = None, *,
                 pack_of: Callable[[PackRef], CriteriaPack | None] | None = None) -> None:
        """``pack_of`` gives the pack that screened a result (None: unknown), whose sources
        the flags' bases cite."""
        super().__init__(parent)
        self._tier_label = tier_label
        self._pack_of = pack_of
        self._result: ScreeningResult | None = None
        self.setAccessibleName(self.tr("Screening result"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)

        layout.addWidget(heading(self.tr("Screening"), body))
        self._state = note("", body)
        layout.addWidget(self._state)

        badge_row = QHBoxLayout()
        self._badge = TierBadge(body, large=True)
        badge_row.addWidget(self._badge)
        badge_row.addStretch(1)
        layout.addLayout(badge_row)
        self._summary = paragraph("", body)
        layout.addWidget(self._summary)
        self._banner = Banner(body)
        layout.addWidget(self._banner)
        self._message = paragraph("", body)
        layout.addWidget(self._message)
        self.parties = PartyFindingsBox(body)  # the sanctions lists' findings, with lists
        layout.addWidget(self.parties)

        self._flags_box = QVBoxLayout()
        layout.addLayout(self._flags_box)

        self._steps_title = heading(self.tr("Next steps"), body, scale=1.05)
        layout.addWidget(self._steps_title)
        self._steps = paragraph("", body)
        self._steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self._steps)
        self._attribution = note("", body)
        layout.addWidget(self._attribution)
        layout.addStretch(1)
        self.show_message(self.tr("Add a customer, a product and the intended use to see the "
                                  "screening."))

    # -- state ---------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """No result to show (yet): say why in one calm sentence."""
        self._result = None
        self._badge.set_tier(None)
        self._summary.clear()
        self._banner.setVisible(False)
        self.parties.show_parties(None)
        self._message.setText(text)
        self._message.setVisible(True)
        clear_layout(self._flags_box)
        self._steps_title.setVisible(False)
        self._steps.clear()
        self._attribution.clear()

    def set_state(self, text: str) -> None:
        """A short note beside the title: "Updated as you type", "Saved on …"."""
        self._state.setText(text)

    def show_result(self, result: ScreeningResult) -> None:
        if result == self._result:
            return
        self._result = result
        self._message.setVisible(False)
        self._badge.set_tier(result.tier, self._tier_label(result.tier))
        self._summary.setText(result.summary)
        if (result.hold and result.tier == RiskTier.LOW and result.parties is not None
                and result.parties.alerts):
            # The tier's summary says the order may go ahead: only the sanctions check holds it.
            self._summary.setText(self.tr(
                "The products, their use and the destination raise no special risk, but a party "
                "of the order resembles a name on a sanctions list: see below."))
        if result.blocked:
            self._banner.show_banner(
                RiskTier.PROHIBITED,  # a blocked order's frame is the blocking colour
                self.tr("Blocked: {0}").format(" ".join(result.hold_reasons)),
                critical=True,
            )
        elif result.hold:
            self._banner.show_banner(
                RiskTier.ELEVATED if result.tier == RiskTier.LOW else result.tier,
                self.tr("On hold: {0}").format(" ".join(result.hold_reasons)),
                critical=False,
            )
        else:
            self._banner.setVisible(False)
        self.parties.show_parties(result.parties)
        self._show_flags(result)
        steps = "".join(f"<li>{_escape(s)}</li>" for s in result.next_steps)
        self._steps_title.setVisible(bool(steps))
        self._steps.setText(f"<ol style='margin-left:-20px'>{steps}</ol>" if steps else "")
        self._attribution.setText(result.attribution)
        self._attribution.setVisible(bool(result.attribution))

    def _show_flags(self, result: ScreeningResult) -> None:
        clear_layout(self._flags_box)
        parent = self._summary.parentWidget()
        if not result.flags:
            self._flags_box.addWidget(paragraph(
                self.tr("Nothing in this order raises a concern."), parent))
            return
        self._flags_box.addWidget(heading(self.tr("Why"), parent, scale=1.05))
        pack = self._pack_of(result.pack) if self._pack_of is not None else None
        for factor in FACTORS:
            flags = [f for f in result.flags if f.factor == factor]
            if not flags:
                continue
            group = heading(factor_label(factor), parent, scale=1.0)
            self._flags_box.addWidget(group)
            for flag in flags:
                cited = (flag_citations(pack, flag.criterion, flag.basis) if pack is not None
                         else None)
                self._flags_box.addWidget(FlagItem(flag, parent, cited))

    # -- for tests and screen readers -------------------------------------------------------
    def result(self) -> ScreeningResult | None:
        return self._result

    def tier_text(self) -> str:
        return self._badge.text() if not self._badge.isHidden() else ""

    def banner_text(self) -> str:
        return self._banner.text()

    def flag_items(self) -> list[FlagItem]:
        return self.findChildren(FlagItem)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def review_button(parent: QWidget, subject: ReviewSubject,
                  record: Callable[[ReviewVerdict, str], object],
                  done: Callable[[object], None] | None = None) -> QPushButton:
    """A "Review…" button for one possible-match finding: it opens the review dialog
    (``ui.party_review_dialog``); ``done(review)`` once a review is recorded (reload the order
    or the customer: its screening took the review in)."""
    button = QPushButton(QCoreApplication.translate("ScreeningPanel", "Review…"), parent)
    button.setAccessibleName(QCoreApplication.translate(
        "ScreeningPanel", "Review the possible match with {0} entry {1}").format(
            subject.source_title, subject.entry_id))

    def clicked() -> None:
        review = review_match(button.window(), subject, record)
        if review is not None and done is not None:
            done(review)
    button.clicked.connect(clicked)
    return button
