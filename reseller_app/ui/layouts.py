"""Layout chores shared by the panels that rebuild their contents, and a wrapping row with the
widgets that stay together in it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


def side_by_side(parent: QWidget, *widgets: QWidget, grows: QWidget | None = None) -> QWidget:
    """``widgets`` in one row that a ``FlowLayout`` moves as one item (a label stays beside its
    field); with ``grows``, that widget takes the row's spare width and the row takes the
    flow's."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is grows else 0)
    if grows is not None:
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return row


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and nested layout in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # gone from the screen (and from findChildren) now
            widget.deleteLater()
            continue
        child = item.layout()
        if child is not None:
            clear_layout(child)


class FlowLayout(QLayout):
    """Widgets side by side while they fit, wrapping to a new row when they do not (Qt's
    flow layout example). A row of buttons or filters in a longer language, or on a narrow
    screen, wraps instead of making the window wider than the screen.

    ``justify``: each row's spare width goes to its widgets that may grow (a search field,
    a group box), as in a box layout; otherwise the rows are left-aligned.
    """

    def __init__(self, parent: QWidget | None = None, *, justify: bool = False,
                 spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._justify = justify
        if spacing >= 0:
            self.setSpacing(spacing)

    # -- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal if self._justify else Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single widget: every other one may go to a row of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- arranging ----------------------------------------------------------------------------
    def _gap(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _vertical_gap(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _spacing(self, metric: QStyle.PixelMetric) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        value = parent.style().pixelMetric(metric, None, parent) if parent is not None else -1
        return value if value >= 0 else 6  # some styles (macOS) leave it to each pair

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if rows and used + self._gap() + wanted <= width:
                rows[-1].append(item)
                used += self._gap() + wanted
            else:
                rows.append([item])
                used = wanted
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows = self._rows(area.width())
        if not rows:
            return 0
        y = area.y()
        gap = self._gap()
        for row in rows:
            widths = [min(i.sizeHint().width(), area.width()) for i in row]
            spare = area.width() - sum(widths) - gap * (len(row) - 1)
            growing = [n for n, i in enumerate(row)
                       if i.expandingDirections() & Qt.Orientation.Horizontal]
            if self._justify and spare > 0 and growing:
                for n in growing:
                    widths[n] += spare // len(growing)
            widths = [max(w, i.minimumSize().width()) for w, i in zip(widths, row, strict=True)]
            height = max(i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                         for w, i in zip(widths, row, strict=True))
            x = area.x()
            for w, item in zip(widths, row, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, w, height))
                x += w + gap
            y += height + self._vertical_gap()
        return y - self._vertical_gap() - rect.y() + margins.bottom()
