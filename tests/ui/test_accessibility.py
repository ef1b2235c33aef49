"""Every control a keyboard reaches has a name for screen readers, and Tab follows the layout.

The screens and dialogs are the ones the screenshots show (``ui.screenshots.walk``). The name is
what Qt's accessibility layer reports (``QAccessible``: a button's text, a field's buddy label or
an explicit accessible name), which is what a screen reader announces.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.screenshots import walk

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
            QAbstractItemView, QTabBar)


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Controls Tab can reach (a combo box's or date field's own line edit is part of it)."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisibleTo(root) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)]


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    out = []
    for w in focusable_controls(root):
        if not accessible_name(w):
            parent = w.parentWidget()
            out.append(f"{type(w).__name__} {w.objectName()!r} in "
                       f"{type(parent).__name__ if parent else '-'}")
    return out


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, in order, from its first control."""
    controls = set(focusable_controls(root))
    start = next(iter(sorted(controls, key=id)), None)
    if start is None:
        return []
    chain, w = [], start
    for _ in range(20_000):  # the chain holds every widget, labels and containers too
        w = w.nextInFocusChain()
        if w in controls and w not in chain:
            chain.append(w)
        if w is start:
            break
    return chain


def backward_jumps(root: QWidget, chain: list[QWidget]) -> int:
    """Tab steps that go back up and to the left (against reading order); going round from
    the last control to the first is one of them."""
    pos = [c.mapTo(root, QPoint(0, 0)) for c in chain]
    return sum(1 for a, b in itertools.pairwise(pos)
               if b.y() < a.y() - 30 and b.x() <= a.x() + 10)


def test_every_control_has_an_accessible_name_and_tab_reaches_it(
        qtbot: QtBot, configured: Backend, app: QApplication) -> None:
    configured.load_demo_data()
    configured.reload_profile()
    problems: dict[str, list[str]] = {}
    unreachable: dict[str, list[str]] = {}
    visited: list[str] = []
    disordered: list[str] = []

    def visit(name: str, widget: QWidget, size: tuple[int, int] | None) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        for _ in range(3):
            app.processEvents()
        visited.append(name)
        if missing := unnamed(widget):
            problems[name] = missing
        chain = tab_chain(widget)
        if backward_jumps(widget, chain) > 1:
            disordered.append(name)
        reached = set(chain)
        left_out = [f"{type(w).__name__} {accessible_name(w)!r}"
                    for w in focusable_controls(widget) if w not in reached]
        if left_out:
            unreachable[name] = left_out

    walk(configured, app, visit)
    assert len(visited) >= 20
    assert problems == {}
    assert unreachable == {}
    assert disordered == []


def test_an_unnamed_control_is_found(qtbot: QtBot, app: QApplication) -> None:
    """The check can fail: a bare line edit has no name a screen reader could say."""
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Customer name")
    root.show()
    assert unnamed(root) == ["QLineEdit '' in QWidget"]
