"""Text building blocks used on every screen: headings, paragraphs and small grey notes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", parent: QWidget | None = None, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def note(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Small grey text for sources, bases and hints (the platform's placeholder colour)."""
    label = paragraph(text, parent)
    make_note(label)
    return label


def make_note(label: QLabel) -> None:
    font = QFont(label.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class ElidedLabel(QLabel):
    """One line of text that ends in "…" rather than widen its window (a status bar in a
    longer language); when cut, hovering shows the whole text above the label's own tooltip."""

    MIN_CHARS = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        self._tip = ""
        super().__init__(parent)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        return QSize(min(hint.width(), least), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._show_tip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._show_tip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())

    def _show_tip(self) -> None:
        whole = self.text() if self.is_elided() else ""
        super().setToolTip("\n".join(part for part in (whole, self._tip) if part))
