"""Errors shown at the field they belong to (from ValidationError.field or local checks)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui.workers import error_message


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
        # Icon and text both at the top left: in a page that spreads its widgets out the box
        # grows taller, and a vertically centred text left the icon alone on a line above it.
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        icon.setAlignment(top_left)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setAlignment(top_left)
        font = QFont(self._text.font())
        font.setBold(True)
        self._text.setFont(font)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
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

    def show_error(self, exc: ServiceError) -> FieldError:
        """A ``ValidationError`` at its field, any other service error at the fallback."""
        if isinstance(exc, ValidationError):
            return self.show(exc.field, exc.message)
        self._fallback.show_message(error_message(exc))
        return self._fallback

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


def field_with_error(parent: QWidget | None, widget: QWidget, *, above: Iterable[QWidget] = (),
                     below: Iterable[QWidget] = (), spacing: int = 2,
                     ) -> tuple[QWidget, FieldError]:
    """``widget`` with its error line under it, in one box for a form row.

    ``above`` and ``below`` are notes that go with the field; ``spacing=-1`` keeps the style's
    spacing.
    """
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    if spacing >= 0:
        column.setSpacing(spacing)
    for extra in above:
        column.addWidget(extra)
    column.addWidget(widget)
    for extra in below:
        column.addWidget(extra)
    error = FieldError(box)
    column.addWidget(error)
    return box, error


def add_field_row(form: QFormLayout, errors: FieldErrors, field: str, text: str,
                  widget: QWidget, *, parent: QWidget | None = None,
                  focus: QWidget | None = None, labelled: bool = True,
                  above: Iterable[QWidget] = (), below: Iterable[QWidget] = (),
                  spacing: int = 2) -> tuple[QLabel, QWidget, FieldError]:
    """A form row: the label ``text``, then ``widget`` with its error line, registered as
    ``field`` in ``errors``.

    ``focus`` (``widget`` unless given) is the label's buddy, is named after the label and is
    where an error moves the keyboard focus. ``labelled=False`` for a group of buttons that
    name themselves: no buddy, no name, and the error does not move the focus. ``parent`` is
    the form's widget unless given; returns the label, the field's box and its error line.
    """
    parent = parent if parent is not None else form.parentWidget()
    box, error = field_with_error(parent, widget, above=above, below=below, spacing=spacing)
    label = QLabel(text, parent)
    target = None
    if labelled:
        target = focus if focus is not None else widget
        label.setBuddy(target)
        target.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(label, box)
    errors.register(field, error, target)
    return label, box, error
