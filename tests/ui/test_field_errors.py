"""The error panel shown under a field or at the top of a page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reseller_app.ui.field_errors import FieldError


def test_error_icon_sits_beside_the_first_line_of_the_message(qtbot: QtBot,
                                                              app: QApplication) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    error = FieldError(page)
    layout.addWidget(error, 1)  # given more height than it needs, as on a spread-out page
    error.show_message("Something went wrong. " * 12)
    page.resize(400, 400)
    page.show()
    QApplication.processEvents()
    icon, text = [w for w in error.findChildren(QLabel)]
    assert text.alignment() & Qt.AlignmentFlag.AlignTop
    assert icon.alignment() & Qt.AlignmentFlag.AlignTop
    assert icon.geometry().right() < text.geometry().left()
