"""Layout chores shared by the panels that rebuild their contents."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


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
