"""The tray (``ui/tray.py``): what is notified, which screen a reminder opens, closing into the
tray, the tray's settings (``ui/tray_settings_box.py``) and starting minimized.

The offscreen platform has no system tray: the tests that need one say ``available=True``
(the icon is a real ``QSystemTrayIcon`` all the same; only the desktop does not show it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.cli import _parse
from reseller_app.domain import reminders as rules
from reseller_app.domain.reminders import OrderItem, Reminder, ReminderTarget
from reseller_app.domain.vocabulary import OrderStatus, ReminderKind, ReminderScreen
from reseller_app.services.autostart import Autostart
from reseller_app.services.dto import OrderView
from reseller_app.services.tray_settings import TraySettings, TraySettingsService
from reseller_app.ui import options
from reseller_app.ui.app import show_started
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import (
    FOLLOW_UPS_PAGE,
    ORDERS_PAGE,
    OUTBOX_PAGE,
    OVERVIEW_PAGE,
    MainWindow,
)
from reseller_app.ui.tray import ReminderTray, new_reminders, notification, open_target
from reseller_app.ui.tray_settings_box import TraySettingsBox

from .test_overview import started

WAIT = 10_000
TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def window(qtbot: QtBot, configured: Backend) -> Iterator[MainWindow]:
    win = started(qtbot, configured)
    yield win
    if win.tray is not None:
        win.tray.stop()


def follow_up(order_id: int, ref: str, on: dt.date = TODAY) -> list[Reminder]:
    return rules.follow_ups([(OrderItem(order_id * 10, order_id, ref), on)], TODAY)


def outbox() -> Reminder:
    reminder = rules.outbox_failed([7], ["SO-7"])
    assert reminder is not None
    return reminder


def test_only_reminders_not_notified_yet_are_new() -> None:
    [due] = follow_up(1, "SO-1")
    assert new_reminders([due, outbox()], {due.key}) == [outbox()]
    assert new_reminders([due], set()) == [due]


def test_one_reminder_is_notified_in_its_words_and_opens_its_screen(app: object) -> None:
    [overdue] = follow_up(1, "SO-1", TODAY - dt.timedelta(days=2))
    title, text, target = notification([overdue])
    assert (title, text) == ("Overdue", "A follow-up is overdue: order SO-1.")
    assert target == ReminderTarget(ReminderScreen.ORDER, 1)
    title, text, target = notification([overdue, outbox()])
    assert title == "2 new reminders (1 overdue)"
    assert text.splitlines() == [f"• {overdue.text}", f"• {outbox().text}"]
    assert target is None  # several: the overview


def test_a_reminder_is_notified_once_also_after_a_restart_the_same_day(
        window: MainWindow) -> None:
    [due] = follow_up(1, "SO-1")
    tray = ReminderTray(window, available=False)
    assert tray.notify([due], TODAY) == [due]
    assert tray.notify([due], TODAY) == []
    assert tray.notify([due, outbox()], TODAY) == [outbox()]  # a new one: only it
    again = ReminderTray(window, available=False)  # the app started again
    assert again.notify([due, outbox()], TODAY) == []
    tomorrow = ReminderTray(window, available=False)
    assert tomorrow.notify([due], TODAY + dt.timedelta(days=1)) == [due]


def test_without_a_system_tray_the_app_says_so_once(qtbot: QtBot, window: MainWindow) -> None:
    tray = window.start_tray()
    assert tray is not None and not tray.available and tray.icon is None  # offscreen: none
    bar = window.statusBar()
    bar.clearMessage()  # the policy's reminder was there first: said once the bar is free
    qtbot.waitUntil(lambda: bar.currentMessage() == tray.unavailable_text(), timeout=WAIT)
    assert options.TRAY_UNAVAILABLE_SAID.value() == "1"
    bar.clearMessage()
    ReminderTray(window, available=False).say_unavailable()  # the next start
    assert bar.currentMessage() == ""
    # And the app keeps working: the reminders are read all the same.
    with qtbot.waitSignal(tray.checked, timeout=WAIT) as got:
        tray.check()
    kinds = {r.kind for r in got.args[0]}
    assert ReminderKind.POLICY_REVIEW_DUE in kinds  # no policy adopted in this database


@pytest.mark.parametrize(("screen", "page"), [
    (ReminderScreen.FOLLOW_UPS, FOLLOW_UPS_PAGE), (ReminderScreen.OUTBOX, OUTBOX_PAGE),
    (ReminderScreen.ANSWERS, OVERVIEW_PAGE), (ReminderScreen.ORDERS_HELD, ORDERS_PAGE),
])
def test_a_reminder_opens_its_page(window: MainWindow, screen: ReminderScreen,
                                   page: int) -> None:
    window.show_page(FOLLOW_UPS_PAGE if page != FOLLOW_UPS_PAGE else OVERVIEW_PAGE)
    window.hide()  # in the tray
    open_target(window, ReminderTarget(screen))
    assert window.isVisible()
    assert window.pages.currentIndex() == page
    if screen == ReminderScreen.ORDERS_HELD:
        assert window.orders.filters.status.currentData() == OrderStatus.HELD


def test_a_reminder_opens_its_order_the_policy_and_the_lists(
        qtbot: QtBot, window: MainWindow, held_order: OrderView) -> None:
    open_target(window, ReminderTarget(ReminderScreen.ORDER, held_order.id))
    order = window.order_windows[held_order.id]
    qtbot.waitUntil(lambda: order.view is not None, timeout=WAIT)
    open_target(window, ReminderTarget(ReminderScreen.POLICY))
    assert window.policy_window is not None and window.policy_window.isVisible()
    open_target(window, ReminderTarget(ReminderScreen.REPORT))  # the report's dialog
    qtbot.waitUntil(lambda: any(type(w).__name__ == "ReportDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    open_target(window, ReminderTarget(ReminderScreen.LISTS))
    assert any(type(w).__name__ == "ListsWindow" and w.isVisible()
               for w in QApplication.topLevelWidgets())


def with_tray(qtbot: QtBot, window: MainWindow, due: list[Reminder],
              keep: bool) -> ReminderTray:
    """A tray as on a desktop that has one, with these reminders and this setting."""
    tray = ReminderTray(window, available=True,
                        due=lambda: (due, TraySettings(keep_in_tray=keep)))
    window.tray = tray
    with qtbot.waitSignal(tray.checked, timeout=WAIT):
        tray.start(delay_ms=0)
    return tray


def test_the_tray_menu_lists_the_reminders_and_opens_them(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    [due] = follow_up(1, "SO-1")
    tray = with_tray(qtbot, window, [due, outbox()], keep=False)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["&Open Channel Diligence", due.text, outbox().text, "&Quit"]
    assert tray.notified == {due.key, outbox().key}
    assert tray.icon is not None and tray.icon.toolTip() == "Channel Diligence: 2 reminders"
    window.show_page(OVERVIEW_PAGE)
    next(a for a in tray.menu.actions() if a.text() == outbox().text).trigger()
    assert window.pages.currentIndex() == OUTBOX_PAGE
    tray._clicked = ReminderTarget(ReminderScreen.FOLLOW_UPS)
    tray.icon.messageClicked.emit()  # a click on the notification
    assert window.pages.currentIndex() == FOLLOW_UPS_PAGE


def test_closing_keeps_the_app_in_the_tray_when_the_setting_is_on(
        qtbot: QtBot, app: QApplication, window: MainWindow) -> None:
    tray = with_tray(qtbot, window, [], keep=True)
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "&Open Channel Diligence", "Nothing is due", "&Quit"]
    window.close()
    assert not window.isVisible()
    assert tray.icon is not None and tray.icon.isVisible()  # still running, in the tray
    assert not app.quitOnLastWindowClosed()
    next(a for a in tray.menu.actions() if a.text() == "&Open Channel Diligence").trigger()
    assert window.isVisible()
    next(a for a in tray.menu.actions() if a.text() == "&Quit").trigger()
    assert not window.isVisible()
    assert not tray.icon.isVisible() and not tray.timer.isActive()  # ended


def test_closing_ends_the_app_when_the_setting_is_off(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    tray = with_tray(qtbot, window, [], keep=False)
    window.close()
    assert not window.isVisible()
    assert tray.icon is not None and not tray.icon.isVisible() and not tray.timer.isActive()


def test_without_a_tray_closing_ends_the_app_whatever_the_setting(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    tray = ReminderTray(window, available=False,
                        due=lambda: ([], TraySettings(keep_in_tray=True)))
    window.tray = tray
    with qtbot.waitSignal(tray.checked, timeout=WAIT):
        tray.start(delay_ms=0)
    window.close()
    assert not window.isVisible() and not tray.timer.isActive()


def test_the_tray_settings_box_writes_the_autostart_entry(qtbot: QtBot, configured: Backend,
                                                          tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", home=tmp_path, environ={},
                          command=["/opt/cd/ChannelDiligence", "--minimized"])
    service = TraySettingsService(configured.ctx, autostart=autostart)
    box = TraySettingsBox(configured, service=service, tray_available=True)
    qtbot.addWidget(box)
    assert not box.keep.isChecked() and not box.autostart.isChecked()  # off by default
    assert str(autostart.path()) in box.autostart_note.text()
    box.keep.setChecked(True)
    box.autostart.setChecked(True)
    assert box.save()
    assert autostart.enabled()
    assert service.read() == TraySettings(True, True, str(autostart.path()))
    again = TraySettingsBox(configured, service=service, tray_available=True)
    qtbot.addWidget(again)
    assert again.keep.isChecked() and again.autostart.isChecked()
    again.autostart.setChecked(False)
    assert again.save() and not autostart.enabled()


def test_a_refused_autostart_entry_is_said_in_the_box(qtbot: QtBot, configured: Backend,
                                                      tmp_path: Path) -> None:
    (tmp_path / "cfg").write_text("not a folder")
    autostart = Autostart(platform="linux", home=tmp_path, command=["cd", "--minimized"],
                          environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    box = TraySettingsBox(configured, tray_available=False,
                          service=TraySettingsService(configured.ctx, autostart=autostart))
    qtbot.addWidget(box)
    assert "no system tray" in box.keep_note.text()
    box.autostart.setChecked(True)
    assert not box.save()
    assert "could not be changed" in box.error.message()


def test_a_server_password_is_never_put_in_the_autostart_entry(qtbot: QtBot,
                                                               configured: Backend,
                                                               tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", home=tmp_path, environ={},
                          command=["cd", "--minimized"],
                          db_url="postgresql://ana:s3cret@db.example/diligence")
    box = TraySettingsBox(configured, tray_available=True,
                          service=TraySettingsService(configured.ctx, autostart=autostart))
    qtbot.addWidget(box)
    box.autostart.setChecked(True)
    assert not box.save()
    assert "holds its password" in box.error.message() and "s3cret" not in box.error.message()
    assert not autostart.enabled() and not any(tmp_path.rglob("*.desktop"))


def test_the_settings_dialog_has_the_tray_box(qtbot: QtBot, configured: Backend) -> None:
    # late: the dialog loads the mail settings' modules
    from reseller_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.tray_box.title() == "Tray"
    assert not dialog.tray_box.changed()


def test_started_with_the_session_the_window_starts_minimized_without_a_tray(
        qtbot: QtBot, app: object) -> None:
    assert _parse(["--minimized"]).minimized and _parse(["--tray"]).minimized
    assert not _parse([]).minimized
    window = MainWindow()
    qtbot.addWidget(window)
    show_started(window, True)  # offscreen: no tray to hide in
    assert window.isMinimized()


def test_the_app_started_with_the_session_stays_minimized_while_it_opens(
        qtbot: QtBot, configured: Backend, db_url: str) -> None:
    # late: as tests/ui/test_startup.py, the app object with its opening thread
    from reseller_app.services.startup import open_app
    from reseller_app.ui.app import ChannelDiligenceApp

    running = ChannelDiligenceApp(lambda: open_app(db_url), db_url=db_url, minimized=True)
    window = running.start_window()
    qtbot.addWidget(window)
    assert window.isMinimized()  # offscreen: no tray, so minimized rather than hidden
    qtbot.waitUntil(lambda: window.new_order_action.isEnabled(), timeout=30_000)
    qtbot.waitUntil(lambda: window.tray is not None, timeout=WAIT)
    assert window.isMinimized()
    window.tray.stop()  # type: ignore[union-attr]
    running._dispose()
