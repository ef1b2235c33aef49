"""The tray icon: desktop notifications of new reminders, a menu with the current ones, and
the window kept in the tray when the user asked for it (Settings, Tray).

What is due is computed in the thread pool (``RemindersService.due``) once the database is
open, every ``CHECK_INTERVAL_MS`` and shortly after the app wrote something (``soon``). A
reminder is notified once: its ``key`` stays the same while its items do, and the keys
notified today are remembered in QSettings, so starting the app again the same day does not
repeat them. A click on a notification or on a reminder in the menu opens its screen
(``open_target``).

Where the desktop has no system tray the app says so once (remembered in QSettings) in the
status bar and keeps working: the overview shows what is due, and closing the window quits.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from reseller_app.domain.reminders import Reminder, ReminderTarget
from reseller_app.domain.vocabulary import OrderStatus, ReminderScreen
from reseller_app.ui import options
from reseller_app.ui.app_icons import named_icon
from reseller_app.ui.workers import Job

if TYPE_CHECKING:
    from reseller_app.services.tray_settings import TraySettings
    from reseller_app.ui.backend import Backend
    from reseller_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 15 * 60 * 1000  # every quarter of an hour
START_DELAY_MS = 2000  # the first check, after the first screen's own reads
SOON_MS = 3000  # after a write: once the writes of one action are done
MENU_REMINDERS = 5  # the tray menu lists at most this many reminders
MESSAGE_MS = 15000


def new_reminders(due: Iterable[Reminder], notified: set[str]) -> list[Reminder]:
    """The reminders not notified yet (by key), in the order given (most urgent first)."""
    return [r for r in due if r.key not in notified]


def notification(fresh: Sequence[Reminder]) -> tuple[str, str, ReminderTarget | None]:
    """The notification for ``fresh`` reminders: title, text and the screen a click opens
    (the reminder's own for one; the overview, which lists them all, for several)."""
    if len(fresh) == 1:
        title = QCoreApplication.translate("Tray", "Overdue") if fresh[0].overdue else \
            QCoreApplication.translate("Tray", "Reminder")
        return title, fresh[0].text, fresh[0].target
    overdue = sum(1 for r in fresh if r.overdue)
    title = QCoreApplication.translate("Tray", "{0} new reminders ({1} overdue)").format(
        len(fresh), overdue) if overdue else \
        QCoreApplication.translate("Tray", "{0} new reminders").format(len(fresh))
    text = "\n".join(f"• {r.text}" for r in fresh[:3])
    if len(fresh) > 3:
        text += "\n" + QCoreApplication.translate(
            "Tray", "and {0} more: open the overview.").format(len(fresh) - 3)
    return title, text, None


def remembered_keys(today: dt.date) -> set[str]:
    """The keys notified today by an earlier run of the app ("<date>|key key ...")."""
    day, _, keys = str(options.TRAY_NOTIFIED.value()).partition("|")
    return set(keys.split()) if day == today.isoformat() else set()


def remember_keys(today: dt.date, keys: Iterable[str]) -> None:
    options.TRAY_NOTIFIED.set(f"{today.isoformat()}|{' '.join(sorted(set(keys)))}")


def read_due(backend: Backend | None) -> tuple[list[Reminder], TraySettings | None]:
    """What is due and the tray's settings (in the thread pool)."""
    assert backend is not None
    # late: the services (and SQLAlchemy) load in this thread, not the GUI's
    from reseller_app.services.reminders import RemindersService
    from reseller_app.services.tray_settings import TraySettingsService

    return RemindersService(backend.ctx).due(), TraySettingsService(backend.ctx).read()


def open_target(window: MainWindow, target: ReminderTarget | None) -> None:
    """Open the screen of a reminder in ``window`` (None: the overview)."""
    screen = target.screen if target is not None else None
    if screen == ReminderScreen.ORDER and target is not None and target.order_id is not None:
        window.open_order(target.order_id)
        return
    if screen == ReminderScreen.POLICY:
        window.open_policy()
        return
    if screen == ReminderScreen.LISTS:
        window.open_lists()
        return
    show_window(window)
    pages = {ReminderScreen.FOLLOW_UPS: "follow_ups", ReminderScreen.OUTBOX: "outbox"}
    if screen == ReminderScreen.ORDERS_HELD:
        window.show_orders_with_status(OrderStatus.HELD)
    elif screen == ReminderScreen.PACKS:
        QTimer.singleShot(0, window.import_pack)  # a dialog: after the menu has closed
    elif screen == ReminderScreen.REPORT:  # a dialog too
        QTimer.singleShot(0, window.open_report)
    else:
        window.show_named_page(pages.get(screen, "overview"))  # type: ignore[arg-type]


def show_window(window: MainWindow) -> None:
    """The main window back from the tray (or from behind other windows)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(True)  # hidden again on close when the setting says


class ReminderTray(QObject):
    """The tray icon of ``window`` and what it notifies (``start`` once the services are open).

    ``available``: whether the desktop has a system tray (``QSystemTrayIcon``'s answer by
    default; the tests choose it, the offscreen platform having none).
    """

    checked = Signal(object)  # the reminders due, after each check (most urgent first)

    def __init__(self, window: MainWindow, *, available: bool | None = None,
                 due: Callable[[], Any] | None = None) -> None:
        super().__init__(window)  # the window reached through parent(): no reference cycle
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None \
            else available
        self._due = due  # (reminders, tray settings), in the thread pool
        self.keep_in_tray = False
        self.reminders: list[Reminder] = []
        self.notified: set[str] = set()
        self._clicked: ReminderTarget | None = None
        self._job: Job | None = None
        self._again = False
        self.icon: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(SOON_MS)
        self.soon_timer.timeout.connect(self.check)

    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    # -- starting ------------------------------------------------------------------------------
    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Show the icon (or say once that there is no tray), then check soon and regularly
        (not at once: the first screen's own work goes first)."""
        if self.available:
            self._build_icon()
        else:
            self.say_unavailable()
        self.soon_timer.start(delay_ms)  # a child timer: gone with the window, unlike singleShot
        self.timer.start()

    def say_unavailable(self) -> None:
        """Tell the user once (ever, on this computer) that reminders cannot reach the
        desktop: in the status bar, once it is free (a reminder of the policy's review may be
        there), and remembered once shown."""
        if options.TRAY_UNAVAILABLE_SAID.value():
            return
        bar = self.window.statusBar()
        if bar.currentMessage():
            bar.messageChanged.connect(self._bar_free)
            return
        options.TRAY_UNAVAILABLE_SAID.set("1")
        bar.showMessage(self.unavailable_text(), 60000)

    def unavailable_text(self) -> str:
        # Short: the status bar shows one line beside the policy and the pack, never wrapped.
        return self.tr("No system tray here: reminders are not notified, and closing the "
                       "window quits the app.")

    def _bar_free(self, message: str) -> None:
        if not message:
            self.window.statusBar().messageChanged.disconnect(self._bar_free)
            self.say_unavailable()

    def _build_icon(self) -> None:
        icon = QSystemTrayIcon(named_icon("channel-diligence"), self)
        icon.setToolTip(self.tr("Channel Diligence"))
        self.menu = QMenu(self.window)
        self.menu.setObjectName("trayMenu")
        self.menu.setToolTipsVisible(True)  # a reminder cut short reads whole in its tooltip
        icon.setContextMenu(self.menu)
        icon.activated.connect(self._activated)
        icon.messageClicked.connect(self._message_clicked)
        self.icon = icon
        self._fill_menu()
        icon.show()

    # -- checking -----------------------------------------------------------------------------
    def soon(self) -> None:
        """Check again shortly (the app just wrote something a reminder may be about)."""
        self.soon_timer.start(SOON_MS)

    def check(self) -> Job | None:
        """Compute what is due in the thread pool; ``checked`` when done."""
        if self._job is not None:
            self._again = True  # a write during the check: once more after it
            return None
        backend = self.window.backend  # read here, on the GUI thread
        due = self._due
        job = Job(lambda _progress, _cancelled: due() if due is not None else read_due(backend))
        job.signals.finished.connect(self._checked)
        job.signals.failed.connect(self._failed)
        self._job = job
        return job.start()

    def _failed(self, message: str) -> None:
        self._job = None
        log.warning("reminders could not be read: %s", message)  # the next check tries again

    def _checked(self, result: tuple[list[Reminder], TraySettings | None]) -> None:
        self._job = None
        reminders, settings = result
        if settings is not None:
            self.keep_in_tray = settings.keep_in_tray
        self.reminders = list(reminders)
        self.notify(self.reminders)
        self._fill_menu()
        self.checked.emit(self.reminders)
        if self._again:
            self._again = False
            self.soon()

    def notify(self, due: Sequence[Reminder], today: dt.date | None = None) -> list[Reminder]:
        """Show a notification of the reminders not notified yet; returns them."""
        today = today or dt.date.today()
        self.notified |= remembered_keys(today)
        fresh = new_reminders(due, self.notified)
        if not fresh:
            return []
        self.notified |= {r.key for r in fresh}
        remember_keys(today, self.notified & {r.key for r in due} | {r.key for r in fresh})
        title, text, target = notification(fresh)
        self._clicked = target
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon.Warning if any(r.overdue for r in fresh) \
                else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, text, kind, MESSAGE_MS)
        return fresh

    # -- the menu and clicks ------------------------------------------------------------------
    def _fill_menu(self) -> None:
        if self.icon is None:
            return
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("&Open Channel Diligence"), lambda: show_window(self.window))
        menu.addSeparator()
        if not self.reminders:
            none = menu.addAction(self.tr("Nothing is due"))
            none.setEnabled(False)
        for reminder in self.reminders[:MENU_REMINDERS]:
            action = QAction(_menu_text(reminder.text), menu)
            action.setToolTip(reminder.text)
            action.triggered.connect(lambda _=False, r=reminder: self.open(r.target))
            menu.addAction(action)
        if len(self.reminders) > MENU_REMINDERS:
            menu.addAction(self.tr("All reminders…"), lambda: self.open(None))
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.quit)
        tip = self.tr("Channel Diligence: {0} reminders").format(len(self.reminders)) \
            if self.reminders else self.tr("Channel Diligence: nothing is due")
        self.icon.setToolTip(tip)

    def open(self, target: ReminderTarget | None) -> None:
        open_target(self.window, target)

    def _message_clicked(self) -> None:
        self.open(self._clicked)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            show_window(self.window)

    def quit(self) -> None:
        """End the app (the window's closing runs: open orders may ask to save first)."""
        self.window.quit_app()

    # -- closing the window ---------------------------------------------------------------------
    def keeps_window(self) -> bool:
        """Closing the window hides it in the tray (the setting is on and there is a tray)."""
        return self.keep_in_tray and self.icon is not None

    def hide_window(self) -> None:
        self.window.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # an order window closed later: stay
        if self.icon is not None and not options.TRAY_HIDDEN_SAID.value():
            options.TRAY_HIDDEN_SAID.set("1")
            self.icon.showMessage(self.tr("Channel Diligence"), self.tr(
                "Still running in the tray: reminders keep coming. Quit from the tray icon's "
                "menu."), QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def stop(self) -> None:
        """The window closed for good: no more checks, no icon."""
        self.timer.stop()
        self.soon_timer.stop()
        if self.icon is not None:
            self.icon.hide()


def _menu_text(text: str, limit: int = 70) -> str:
    """A menu line: the sentence cut to ``limit`` characters, "&" shown as itself."""
    line = text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return line.replace("&", "&&")
