"""The main window fits a small laptop screen: every page within 1024 px."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend

from .test_overview import started


def test_every_page_fits_a_1024_px_wide_window(qtbot: QtBot, configured: Backend) -> None:
    window = started(qtbot, configured)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        page = window.pages.currentWidget()
        assert window.minimumSizeHint().width() <= 1024, type(page).__name__
        assert page.minimumSizeHint().width() <= 1024 - window.nav.width()
