"""Errors shown at the field they belong to (from ValidationError.field or local checks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class FieldError(QWidget):
    """A warning icon and one sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        font = QFont(self._text.font())
        font.setBold(True)
        self._text.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(self._text, 1)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self._text.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))

    def message(self) -> str:
        return "" if self.isHidden() else self._text.text()

    def clear(self) -> None:
        self._text.clear()
        self.setVisible(False)


class FieldErrors:
    """Maps service field names (``reference``, ``lines[0].quantity``) to a field's error label.

    A field name is matched exactly first, then by its first part, so ``lines[2].quantity``
    lands at ``lines`` when only that is registered. Unknown names go to the fallback label.
    """

    def __init__(self, fallback: FieldError) -> None:
        self._fallback = fallback
        self._errors: dict[str, tuple[FieldError, QWidget | None]] = {}

    def register(self, field: str, error: FieldError, widget: QWidget | None = None) -> None:
        self._errors[field] = (error, widget)

    def clear(self) -> None:
        self._fallback.clear()
        for error, widget in self._errors.values():
            error.clear()
            if widget is not None:
                widget.setAccessibleDescription("")

    def show(self, field: str, message: str) -> FieldError:
        """Show ``message`` at ``field`` and move the keyboard focus there."""
        entry = self._lookup(field)
        if entry is None:
            self._fallback.show_message(message)
            return self._fallback
        error, widget = entry
        error.show_message(message)
        if widget is not None:
            widget.setAccessibleDescription(message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return error

    def error_for(self, field: str) -> FieldError | None:
        entry = self._lookup(field)
        return entry[0] if entry else None

    def _lookup(self, field: str) -> tuple[FieldError, QWidget | None] | None:
        if field in self._errors:
            return self._errors[field]
        head = field.split(".")[0].split("[")[0]
        if head in self._errors:
            return self._errors[head]
        for key, entry in self._errors.items():
            if field.startswith(key):
                return entry
        return None
