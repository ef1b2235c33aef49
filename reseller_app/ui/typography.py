"""Text building blocks used on every screen: headings, paragraphs and small grey notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
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
