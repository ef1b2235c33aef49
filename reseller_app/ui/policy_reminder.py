"""The yearly review of the human rights policy in words: a badge and a reminder bar.

Small on purpose: the main window imports it after start-up to remind the user, without the
policy window's modules.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from reseller_app.domain.vocabulary import RiskTier
from reseller_app.ui.labels import date_text
from reseller_app.ui.tier_badge import tier_colours
from reseller_app.ui.typography import paragraph

DUE_SOON_DAYS = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("PolicyReminder", text)


def review_badge(status: Any) -> tuple[str, str]:
    """(colour tier, short words) for a ``ReviewStatus``: green, amber or red."""
    if not status.adopted:
        return RiskTier.HIGH, _t("No policy adopted")
    days = status.days_left
    if days is not None and days < 0:
        return RiskTier.HIGH, (_t("Review overdue by 1 day") if days == -1 else
                        _t("Review overdue by {0} days").format(-days))
    if status.due:
        return RiskTier.HIGH, _t("Review due today")
    if days is not None and days <= DUE_SOON_DAYS:
        return RiskTier.ELEVATED, (_t("Review due tomorrow") if days == 1 else
                            _t("Review due in {0} days").format(days))
    if days is not None:
        return RiskTier.LOW, _t("Next review in {0} days").format(days)
    return RiskTier.LOW, _t("Adopted")


def review_reminder(status: Any) -> str | None:
    """The start-up reminder sentence, or None when the policy is adopted and not due."""
    if not status.adopted:
        return _t("Your company has no human rights policy yet. The UN Guiding Principles "
                  "expect one; the policy wizard writes it with you in about half an hour "
                  "(Policy menu).")
    if status.due or (status.days_left is not None and status.days_left < 0):
        when = date_text(status.next_review) if status.next_review else ""
        return _t("The yearly review of your human rights policy is due (review date {0}). "
                  "Open it from the Policy menu, check it is still right and adopt it "
                  "again.").format(when)
    return None


class PolicyReminderBar(QFrame):
    """A framed sentence with an "Open the policy" button; hidden when nothing is due."""

    openPolicy = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyReminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = paragraph("", self)
        self.button = QPushButton(self.tr("Open the policy…"), self)
        self.button.setAccessibleName(self.tr("Open the human rights policy"))
        self.button.clicked.connect(self.openPolicy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        colour = tier_colours(RiskTier.ELEVATED)[0].name()
        self.setStyleSheet(
            f"QFrame#policyReminder {{ border: 2px solid {colour}; border-radius: 6px; }}")
        self.setVisible(False)

    def show_status(self, status: Any) -> str | None:
        text = review_reminder(status)
        self.label.setText(text or "")
        self.setAccessibleName(text or "")
        self.setVisible(bool(text))
        return text

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
