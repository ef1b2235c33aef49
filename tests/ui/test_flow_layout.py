"""A row of widgets that wraps instead of widening its window (``ui.layouts.FlowLayout``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QSizePolicy, QWidget
from pytestqt.qtbot import QtBot

from reseller_app.ui.layouts import FlowLayout


def row_of_buttons(qtbot: QtBot, *, justify: bool = False) -> tuple[QWidget, list[QWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout(window, justify=justify)
    widgets: list[QWidget] = [QPushButton(f"Button number {n}", window) for n in range(4)]
    for widget in widgets:
        flow.addWidget(widget)
    return window, widgets


def rows(widgets: list[QWidget]) -> list[list[int]]:
    """Which widgets share a row, by their top edge."""
    tops: dict[int, list[int]] = {}
    for n, widget in enumerate(widgets):
        tops.setdefault(widget.geometry().top(), []).append(n)
    return [tops[top] for top in sorted(tops)]


def test_widgets_stay_on_one_row_while_they_fit_and_wrap_when_not(
        qtbot: QtBot, app: QApplication) -> None:
    window, buttons = row_of_buttons(qtbot)
    flow = window.layout()
    wide = flow.sizeHint().width()
    window.resize(wide, flow.heightForWidth(wide))
    window.show()
    app.processEvents()
    assert rows(buttons) == [[0, 1, 2, 3]]

    narrow = buttons[0].sizeHint().width() * 2 + 30
    assert flow.heightForWidth(narrow) > flow.heightForWidth(wide)
    window.resize(narrow, flow.heightForWidth(narrow))
    app.processEvents()
    assert rows(buttons) == [[0, 1], [2, 3]]
    for button in buttons:
        assert window.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()
    # The least width is the widest widget alone, not the whole row.
    assert window.minimumSizeHint().width() < wide
    assert flow.minimumSize().width() >= max(b.minimumSizeHint().width() for b in buttons)


def test_a_justified_row_gives_its_spare_width_to_what_may_grow(
        qtbot: QtBot, app: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    flow = FlowLayout(window, justify=True)
    search = QLineEdit(window)
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button = QPushButton("Clear", window)
    flow.addWidget(search)
    flow.addWidget(button)
    window.resize(800, 60)
    window.show()
    app.processEvents()
    assert button.width() == button.sizeHint().width()
    assert search.width() > 800 - button.width() - 40
    hidden = QPushButton("Hidden", window)
    flow.addWidget(hidden)
    hidden.hide()
    app.processEvents()
    assert flow.heightForWidth(800) < 2 * search.sizeHint().height() + 10  # hidden takes no row
