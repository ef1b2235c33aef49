"""Start the desktop app: the setup wizard on first run, else the main window.

Start-up stays fast: the main window is shown first and its first page of orders is loaded
right after (``QTimer.singleShot(0, …)``); dialogs import their modules when opened.
"""

from __future__ import annotations

import logging
import sys
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reseller_app import APP_NAME
from reseller_app.ui.app_icons import named_icon
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext
    from reseller_app.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication, created once, with the names QSettings uses."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Channel Diligence")
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def app_icon() -> QIcon | None:
    icon = named_icon("channel-diligence")
    return None if icon.isNull() else icon


def install_translations(app: QApplication) -> None:
    """Qt's own strings and ours (resources/translations/channel_diligence_<locale>.qm)."""
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    try:
        folder = resources.files("reseller_app.resources") / "translations"
        if ours.load(locale, "channel_diligence", "_", str(folder)):
            app.installTranslator(ours)
    except (ModuleNotFoundError, OSError):
        pass


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window on ``ctx`` (not shown, nothing loaded yet: call ``load_initial``)."""
    application()
    return MainWindow(Backend(ctx))


class Launcher(QObject):
    """Shows the setup wizard when the app is not configured yet, then the main window."""

    def __init__(self, backend: Backend, *, first_run_demo: bool = False) -> None:
        super().__init__()
        self.backend = backend
        self.first_run_demo = first_run_demo
        self.wizard: SetupWizard | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        if self.backend.setup.is_configured():
            self.show_main_window()
            return
        from reseller_app.ui.setup_wizard import SetupWizard

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The wizard closes before the main window opens: do not quit in between.
            app.setQuitOnLastWindowClosed(False)
        self.wizard = SetupWizard(self.backend, demo=self.first_run_demo)
        self.wizard.accepted.connect(self.show_main_window)
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.wizard.show()

    def show_main_window(self) -> MainWindow:
        self.window = MainWindow(self.backend)
        self.window.show()
        QTimer.singleShot(0, self.window.load_initial)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        return self.window

    def _wizard_cancelled(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()


def run(ctx: AppContext, *, first_run_demo: bool = False) -> int:
    """Run the app until the user quits; returns the exit code.

    ``first_run_demo`` ticks "Load demo data" in the setup wizard (``reseller-app --demo``).
    """
    app = application()
    install_translations(app)
    launcher = Launcher(Backend(ctx), first_run_demo=first_run_demo)
    launcher.start()  # the window is up before the event loop turns; its data follows
    return app.exec()
