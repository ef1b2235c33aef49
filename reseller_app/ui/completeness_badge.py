"""How complete an order's information is, shown small: a row of dots and "4 of 6" in the order
window (``CompletenessBadge``), "4/6" in the orders list; what is missing in words in the
tooltip (``completeness_tooltip``) and on a line of the order window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from reseller_app.domain.completeness import Completeness, label

DOT = 8  # px, each item's dot
GAP = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Completeness", text)


def completeness_tooltip(c: Completeness) -> str:
    """Every item ticked or not, then what is missing, in sentences (plain text)."""
    lines = [_tr("Order information: {0} complete").format(c.summary())]
    lines += [("✓ " if ok else "✗ ") + label(item) for item, ok in c.items]
    if c.missing:
        lines += ["", _tr("Missing:"), *c.missing]
    return "\n".join(lines)


def list_text(mask: int | None) -> str:
    """The list's cell: "4/6" (empty when not known)."""
    if mask is None:
        return ""
    c = Completeness.from_mask(mask)
    return f"{c.done}/{c.total}"


def list_tooltip(mask: int | None) -> str:
    return "" if mask is None else completeness_tooltip(Completeness.from_mask(mask))


def missing_line(c: Completeness) -> str:
    """One line naming what is missing ("" when complete)."""
    if c.complete:
        return ""
    # The items are named as ticked ("Customer identified"): "not yet done" fits them.
    return _tr("Not yet done: {0}").format(
        "; ".join(label(item) for item in c.missing_items))


class CompletenessDots(QWidget):
    """One dot per item: filled when present, a ring when missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.present: tuple[bool, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_present(self, present: tuple[bool, ...]) -> None:
        self.present = present
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        n = len(self.present)
        return QSize(max(n * (DOT + GAP) - GAP, 0) + 2, DOT + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        y = (self.height() - DOT) / 2
        for i, ok in enumerate(self.present):
            rect = QRectF(1 + i * (DOT + GAP), y, DOT, DOT)
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(colour if ok else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(0.6, 0.6, -0.6, -0.6))
        painter.end()


class CompletenessBadge(QWidget):
    """Dots and "Information: 4 of 6"; the tooltip lists the items and what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots = CompletenessDots(self)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dots)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.completeness: Completeness | None = None
        self.set_completeness(None)

    def set_completeness(self, c: Completeness | None) -> None:
        self.completeness = c
        self.setVisible(c is not None)
        if c is None:
            return
        self.dots.set_present(c.present)
        self.label.setText(_tr("Information: {0}").format(c.summary()))
        tip = completeness_tooltip(c)
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        self.dots.setToolTip(tip)
        self.setAccessibleName(_tr("Order information: {0} complete").format(c.summary()))
        self.setAccessibleDescription("\n".join(c.missing))

    def text(self) -> str:
        return self.label.text()
