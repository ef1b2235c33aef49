"""Start the desktop app (``ChannelDiligenceApp``): the setup wizard on first run, else the
main window.

Start-up stays fast: on a database that is set up and current the window shows its first
screen (the overview's numbers, the first page of orders) read with plain sqlite3
(``services.first_screen``) while the ORM and the services load in a thread (``Opener``); on
any other database the window shows at once with an "Opening…" page and its pages follow.
Dialogs import their modules when opened.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reseller_app import APP_NAME
from reseller_app.services.errors import ServiceError, storage_error
from reseller_app.services.first_screen import FirstScreen
from reseller_app.ui import language
from reseller_app.ui.app_icons import named_icon
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import PAGE_MODULES, MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reseller_app.services.context import AppContext
    from reseller_app.ui.setup_wizard import SetupWizard
    from reseller_app.ui.single_instance import SingleInstance

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


def install_translations(app: QApplication) -> str:
    """Qt's strings and ours in the user's language (see ``ui.language``); returns its code."""
    return language.install(app)


def unexpected_error_text(exc: BaseException) -> str:
    """Words for an exception nobody caught: a service's or the database's own message, else
    a calm generic sentence naming the kind of error (the traceback goes to the log)."""
    known = exc if isinstance(exc, ServiceError) else storage_error(exc)
    if known is not None:
        return str(known)
    return QCoreApplication.translate(
        "App", "Something unexpected went wrong ({0}). What you were doing may not have been "
        "completed: check it and try again, and tell your IT contact if it happens again."
    ).format(type(exc).__name__)


class ExceptionReporter:
    """The last resort for an exception in a slot (Qt would only print it to stderr): the
    traceback is still printed and logged, and a message box tells the user in words.

    One box at a time: an error repeating in a paint event must not pile up boxes.
    """

    def __init__(self, previous: Callable[..., object] | None = None) -> None:
        self.previous = previous or sys.__excepthook__
        self.box: object | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: object) -> None:
        self.previous(exc_type, exc, tb)  # the traceback on stderr, as before
        if logging.getLogger().handlers:  # and in the log, when one is set up (not twice)
            log.error("unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            return
        try:
            self.show(exc)
        except Exception:  # the hook itself must never fail
            log.exception("could not show the unexpected error")

    def show(self, exc: BaseException) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self.box is not None:
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("App", "Channel Diligence"),
                          unexpected_error_text(exc), QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        self.box = None


def install_excepthook() -> ExceptionReporter:
    """Make ``ExceptionReporter`` the interpreter's ``sys.excepthook``; returns it."""
    reporter = ExceptionReporter(sys.excepthook)
    sys.excepthook = reporter
    return reporter


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window on ``ctx`` (not shown, nothing loaded yet: call ``load_initial``)."""
    application()
    return MainWindow(Backend(ctx))


class Launcher(QObject):
    """Shows the setup wizard when the app is not configured yet, then the main window.

    ``window`` may be a main window already on screen without its pages (the start-up shell):
    the pages are then built into it.
    """

    def __init__(self, backend: Backend, *, first_run_demo: bool = False,
                 window: MainWindow | None = None, minimized: bool = False) -> None:
        super().__init__()
        self.backend = backend
        self.first_run_demo = first_run_demo
        self.minimized = minimized  # started with the session: the window stays in the tray
        self.wizard: SetupWizard | None = None
        self.window: MainWindow | None = window

    def start(self) -> None:
        if self.backend.setup.is_configured():
            self.show_main_window()
            return
        # Here: only a first run needs the wizard (and the services it imports).
        from reseller_app.ui.setup_wizard import SetupWizard

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The wizard closes before the main window opens: do not quit in between.
            app.setQuitOnLastWindowClosed(False)
        if self.window is not None:
            self.window.hide()
        self.wizard = SetupWizard(self.backend, demo=self.first_run_demo)
        self.wizard.accepted.connect(self.show_main_window)
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.wizard.show()

    def show_main_window(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.backend)
        elif self.window.backend is None:
            self.window.attach(self.backend)
        QTimer.singleShot(0, self.window.load_initial)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        show_started(self.window, self.minimized and self.wizard is None)
        return self.window

    def _wizard_cancelled(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()


def show_started(window: MainWindow, minimized: bool) -> None:
    """Show the window at start; started with the session (``--minimized``) it stays hidden
    where the desktop has a tray (its icon appears once the database is open), else it starts
    minimized."""
    if not minimized:
        window.show()
        return
    # Here: only a start with the session asks the desktop about its tray.
    from PySide6.QtWidgets import QSystemTrayIcon

    if QSystemTrayIcon.isSystemTrayAvailable():
        window.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # no window yet: the tray holds the app
    else:
        window.showMinimized()


class Opener(QObject):
    """Opens the database in a background thread while the window is already on screen.

    Opening means importing the ORM and the services, upgrading the schema if needed and
    loading the criteria pack: about a second on an ordinary PC, during which the window
    stays responsive. The result arrives in the GUI thread through ``opened`` or ``failed``.
    Then a read-only database is reported (``readOnly``: better now than at the first save)
    and the daily backup is made (``BackupService.ensure_daily``), reported by ``backedUp``.
    """

    opened = Signal(object)  # Backend
    failed = Signal(str)
    readOnly = Signal(str)  # after ``opened``: the database cannot be written, in words
    backedUp = Signal(str)  # after ``opened``: the daily backup was made (or failed), in words

    def __init__(self, open_ctx: Callable[[], AppContext]) -> None:
        super().__init__()
        self._open_ctx = open_ctx
        self.ctx: AppContext | None = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="open-database", daemon=True).start()

    def _run(self) -> None:
        try:
            self.ctx = ctx = self._open_ctx()
            ctx.language = language.current()
            backend = Backend(ctx)
            if backend.setup.is_configured():  # imports the services now, off the GUI thread
                # The active criteria pack, compiled here into ``ctx.cache`` (~35 ms): not
                # on the GUI thread when the status bar or the first order asks for it.
                with contextlib.suppress(Exception):  # a broken pack is said where it is used
                    backend.packs.active()
            for name in PAGE_MODULES:
                importlib.import_module(name)
            backups = backend.backups  # built here, off the GUI thread
        except Exception as exc:  # every failure reaches the user as words
            log.exception("the database could not be opened")
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.opened.emit(backend)
        try:
            read_only = ctx.read_only()
        except Exception:  # only a warning: the first save will say what is wrong
            log.exception("could not check whether the database is writable")
            read_only = False
        if read_only:
            # Here: it imports SQLAlchemy, loaded by this thread by now (not at start-up).
            from reseller_app.services.context import display_url

            self.readOnly.emit(QCoreApplication.translate(
                "App", "The database {0} is read-only: you can look at everything, but changes "
                "cannot be saved. Ask your IT contact for write access to the file and its "
                "folder, then start the app again.").format(display_url(ctx.db_url)))
        # The daily backup, behind the first page of orders (the window stays usable).
        self.backedUp.emit(self._daily_backup(backups))

    @staticmethod
    def _daily_backup(backups: object) -> str:
        """Make the daily backup if due; returns one line for the status bar ("" if none)."""
        # Here: it imports the ORM, which this thread has loaded by now (not the GUI thread).
        from reseller_app.services.backups import BackupNotRecorded

        try:
            made = backups.ensure_daily()  # type: ignore[attr-defined]
        except BackupNotRecorded as exc:  # the copy is good: not a failed backup
            log.warning("the daily backup was not noted in the audit log: %s", exc.error)
            return str(exc)
        except Exception as exc:  # a failed backup must not stop the app: say so, in words
            log.exception("the daily backup failed")
            known = exc if isinstance(exc, ServiceError) else storage_error(exc)
            if known is not None:
                return QCoreApplication.translate(
                    "App", "The daily backup failed: {0}").format(" ".join(str(known).split()))
            return QCoreApplication.translate(
                "App", "The daily backup failed ({0}). Your data is not affected; try File > "
                "Back up now, and tell your IT contact if it fails again."
            ).format(type(exc).__name__)
        if made is None:
            return ""
        return QCoreApplication.translate("App", "Daily backup saved: {0}").format(
            str(made.path))


class ChannelDiligenceApp(QObject):
    """The running desktop app: one main window at a time on one database.

    ``run`` starts it: ``claim`` the database (one app per database: a second start brings this
    window forward, ``bring_forward``), ``start_window`` (the window at once; the first screen
    from plain sqlite3 when the database allows, else the "Opening…" page; the ORM and the
    services behind it through an ``Opener``; the setup wizard on first run through a
    ``Launcher``), and ``restart`` on the restored database after a restore from a backup.
    ``read_only`` holds the words shown when the database cannot be written.
    """

    def __init__(self, open_ctx: Callable[[], AppContext], *, first_run_demo: bool = False,
                 db_url: str | None = None, minimized: bool = False) -> None:
        self.qapp = application()
        super().__init__(self.qapp)
        self.open_ctx = open_ctx
        self.first_run_demo = first_run_demo
        self.minimized = minimized  # this start only (``--minimized``): not after a restart
        self.db_url = db_url
        self.guard: SingleInstance | None = None
        self.window: MainWindow | None = None
        self.opener: Opener | None = None
        self.launcher: Launcher | None = None
        self.first_screen: Backend | None = None  # the backend of the first screen, if any
        self.read_only: str | None = None  # why nothing can be saved, once known
        self._contexts: list[AppContext] = []  # opened, disposed at restart and at exit

    # -- one app per database --------------------------------------------------------------------
    def claim(self) -> int | None:
        """Claim the database; an exit code when this start must end (0: the app already open
        on it was brought forward, 1: it does not answer, said in a message)."""
        if self.db_url is None:
            return None
        # Here: it imports QtNetwork (~20 ms), needed only with a database to claim.
        from reseller_app.ui.single_instance import IN_USE, Outcome, SingleInstance

        self.guard = SingleInstance(self.db_url, self.qapp)
        outcome = self.guard.claim(listen=False)  # the server listens once the database is open
        if outcome is Outcome.RAISED:
            print("Channel Diligence is already open on this database: its window was brought "
                  "forward.")
            return 0
        if outcome is Outcome.IN_USE:
            text = QCoreApplication.translate("App", IN_USE)
            print(f"reseller-app: {text}", file=sys.stderr)
            QMessageBox.warning(None, QCoreApplication.translate("App", "Channel Diligence"),
                                text)
            return 1
        self.guard.raiseRequested.connect(self.bring_forward)
        return None

    def bring_forward(self) -> None:
        """A second start on this database: show this app's window (the wizard, if open)."""
        launcher = self.launcher
        window: QWidget | None = launcher.wizard if launcher is not None \
            and launcher.wizard is not None and launcher.wizard.isVisible() else self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # -- the window ------------------------------------------------------------------------------
    def start_window(self) -> MainWindow:
        """The main window, shown, with the database opening behind it."""
        self.window = window = MainWindow()
        window.restartRequested.connect(self.restart)
        self.launcher = None
        self.read_only = None
        # A database that is set up and current: its first screen (the overview's numbers,
        # the first page of orders) is read with plain sqlite3 and drawn with the window,
        # while the ORM and the services load behind it (``services.first_screen``).
        first = FirstScreen.open(self.db_url) if self.db_url is not None else None
        self.first_screen = Backend.starting(first) if first is not None else None
        if self.first_screen is not None:
            window.attach_first_screen(self.first_screen)
            window.show_first_screen_now()
        self.qapp.setQuitOnLastWindowClosed(True)  # again, after a restart (the wizard unsets it)
        show_started(window, self.minimized)
        self.opener = opener = Opener(self.open_ctx)
        # Signals of an opener replaced by a restart are dropped: they are about the old file.
        opener.opened.connect(lambda backend: self._opened(opener, backend))
        opener.failed.connect(lambda message: self._failed(opener, message))
        opener.readOnly.connect(lambda text: self._read_only(opener, text))
        opener.backedUp.connect(lambda text: self._backed_up(opener, text))
        # Once the window is painted (with its first screen, if any): opening imports the ORM
        # in a thread, which would otherwise compete with the first paint for the interpreter.
        if self.first_screen is not None:
            window.ready.connect(lambda: QTimer.singleShot(30, opener.start))
        else:
            QTimer.singleShot(30, opener.start)
        return window

    def restart(self) -> None:
        """The database was replaced (restore): a new window on it, the old one closed."""
        old = self.window
        self.qapp.setQuitOnLastWindowClosed(False)
        if old is not None:
            old.close_for_good(restarting=True)  # not into the tray
            old.deleteLater()
        self._dispose()
        self.minimized = False
        self.start_window()

    # -- the database, opening behind the window -------------------------------------------------
    def _opened(self, opener: Opener, backend: Backend) -> None:
        if opener is not self.opener or self.window is None:
            backend.ctx.engine.dispose()  # a window replaced meanwhile (restore) asked for it
            return
        self._contexts.append(backend.ctx)
        if self.first_screen is not None:  # the first screen is up: the services take over
            self.first_screen.open_context(backend.ctx)
            self.window.finish_start()
        else:
            self.launcher = Launcher(backend, first_run_demo=self.first_run_demo,
                                     window=self.window, minimized=self.minimized)
            self.launcher.start()
        if self.guard is not None:
            # Now, not before the window shows (QtNetwork's import and the socket cost
            # ~20 ms); a second start meanwhile retries its connect for a few seconds.
            self.guard.listen()

    def _failed(self, opener: Opener, message: str) -> None:
        if opener is not self.opener or self.window is None:
            return
        text = QCoreApplication.translate(
            "App", "Channel Diligence could not open its database:\n\n{0}").format(message)
        self.window.show_open_error(text)
        QMessageBox.critical(self.window, QCoreApplication.translate(
            "App", "Cannot open the database"), text)
        self.qapp.exit(1)

    def _read_only(self, opener: Opener, text: str) -> None:
        if opener is not self.opener or self.window is None:
            return
        self.read_only = text
        self.window.show_read_only(text)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "App", "Changes cannot be saved"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _backed_up(self, opener: Opener, text: str) -> None:
        if opener is self.opener and self.window is not None and text:
            self.window.statusBar().showMessage(text, 15000)

    def _dispose(self) -> None:
        """Close the database connections of the windows so far (the file may be replaced)."""
        if self.opener is not None and self.opener.ctx is not None \
                and self.opener.ctx not in self._contexts:
            self._contexts.append(self.opener.ctx)  # opened, but its window never took it
        for ctx in self._contexts:
            ctx.engine.dispose()
        self._contexts.clear()

    def sign_heads(self) -> None:
        """At closing: sign the audit chain's head of each open database if it grew (nothing
        where the company's key is not on this computer; a read-only or lost database is left
        as it is: closing never fails). Only when this session wrote events: closing a window
        that wrote nothing (or closed before its database opened) imports nothing and signs
        nothing, and never imports the ORM here while the opening thread may be importing it."""
        audit_log = sys.modules.get("reseller_app.store.audit_log")
        if audit_log is None or not getattr(audit_log, "appended", False):
            return
        # late: the services load when the database opens, not with the window
        from reseller_app.domain.vocabulary import HeadOccasion
        from reseller_app.services.chain_head import ChainHeadService

        for ctx in self._contexts:
            try:
                ChainHeadService(ctx).sign_if_grown(HeadOccasion.CLOSING)
            except Exception:  # closing must go on: the next close or command signs it
                log.warning("the chain's head could not be signed at closing", exc_info=True)

    # -- running -----------------------------------------------------------------------------------
    def run(self) -> int:
        """Until the user quits; the exit code."""
        code = self.claim()
        if code is not None:
            return code
        self.start_window()
        try:
            return self.qapp.exec()
        finally:
            self.sign_heads()
            self._dispose()
            if self.guard is not None:
                self.guard.release()


def run(open_ctx: Callable[[], AppContext], *, first_run_demo: bool = False,
        db_url: str | None = None, minimized: bool = False) -> int:
    """Run the app until the user quits; returns the exit code (``ChannelDiligenceApp``).

    With ``db_url``, one app runs per database: when another window already has it, that window
    is brought forward and this returns 0 at once (1, with a message, when it does not answer).
    The main window is shown at once and the database opens behind it (``Opener``); then the
    setup wizard (first run) or the orders list appears. ``first_run_demo`` ticks "Load demo
    data" in the setup wizard (``reseller-app --demo``). After a restore from a backup the
    window starts again on the restored database. ``minimized``: started with the session
    (``--minimized``), the window stays in the tray (``show_started``).
    """
    install_translations(application())
    install_excepthook()
    return ChannelDiligenceApp(open_ctx, first_run_demo=first_run_demo, db_url=db_url,
                               minimized=minimized).run()
