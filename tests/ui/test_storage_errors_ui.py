"""The desktop app when the database cannot save, when an error escapes a slot, when the saved
window size no longer fits the screen, and the screenshots' own settings (real widgets)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from reseller_app.ui.app import ExceptionReporter, Opener
from reseller_app.ui.backend import Backend
from reseller_app.ui.import_dialog import RESULT_PAGE
from reseller_app.ui.main_window import MIN_SIZE, MainWindow
from reseller_app.ui.screenshots import separate_settings
from reseller_app.ui.workers import error_message
from tests.services.test_storage_errors import pragmas

from .conftest import Catalog
from .test_import_dialog import open_dialog, row, write


def test_a_full_disk_during_the_import_is_said_in_words(qtbot: QtBot, configured: Backend,
                                                         catalog: Catalog,
                                                         tmp_path: Path) -> None:
    path = write(tmp_path / "orders.csv", [row(f"FULL-{i:04d}") for i in range(1500)])
    dialog = open_dialog(qtbot, configured, path)
    with pragmas(configured.ctx, "PRAGMA max_page_count=1"):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.running(), timeout=60000)
    assert dialog.current_page() == RESULT_PAGE
    message = dialog.result_error.message()
    assert message.startswith("The disk is full, so nothing was saved.")
    assert "Something unexpected" not in message
    assert configured.orders.get_by_reference("FULL-0001") is None


def test_a_database_error_outside_a_service_is_still_said_in_words(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA query_only=ON")
    try:
        con.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as exc:
        message = error_message(exc)
    finally:
        con.close()
    assert message == ("Nothing was saved: the database is read-only. Try again, and tell "
                       "your IT contact if it happens again.")


def test_a_read_only_database_is_reported_at_start(app: QApplication, configured: Backend,
                                                   qtbot: QtBot) -> None:
    """The start-up thread's work, run here: the read-only warning, then the daily backup
    reported as made (its audit entry could not be written), without SQL."""
    ctx = configured.ctx
    opener = Opener(lambda: ctx)
    read_only: list[str] = []
    backed_up: list[str] = []
    opener.readOnly.connect(read_only.append)
    opener.backedUp.connect(backed_up.append)
    with pragmas(ctx, "PRAGMA query_only=ON"):
        opener._run()
    assert len(read_only) == 1 and "read-only" in read_only[0]
    assert "changes cannot be saved" in read_only[0]
    assert len(backed_up) == 1
    assert backed_up[0].startswith("The backup was saved as ")
    assert "read-only" in backed_up[0] and "SQL" not in backed_up[0]

    window = MainWindow()
    qtbot.addWidget(window)
    window.show_read_only(read_only[0])
    label = window.statusBar().findChild(QLabel, "readOnlyLabel")
    assert label is not None and label.text() == "Read-only: changes cannot be saved"
    assert label.toolTip() == read_only[0]


def test_an_error_in_a_slot_shows_a_message_box(app: QApplication, qtbot: QtBot,
                                                capsys: object) -> None:
    printed: list[str] = []
    reporter = ExceptionReporter(lambda *exc_info: printed.append(exc_info[0].__name__))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]

    try:
        raise KeyError("order 42")
    except KeyError:
        reporter(*sys.exc_info())  # what Qt does with an exception a slot lets through
    assert printed == ["KeyError"]  # the traceback still goes to stderr (and the log)
    [box] = boxes()
    assert "Something unexpected went wrong (KeyError)" in box.text()
    try:
        raise RuntimeError("again")
    except RuntimeError:
        reporter(*sys.exc_info())
    assert len(boxes()) == 1  # one box at a time
    box.accept()
    qtbot.waitUntil(lambda: reporter.box is None)


def save_geometry(window: QMainWindow) -> None:
    QSettings().setValue("mainWindow/geometry", window.saveGeometry())


def assert_fits_the_screen(window: MainWindow) -> None:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame), (frame, area)
    assert frame.width() >= MIN_SIZE[0] and frame.height() >= MIN_SIZE[1], frame


def test_a_squashed_window_from_a_bigger_monitor_gets_the_default_size(
        app: QApplication, qtbot: QtBot) -> None:
    old = QMainWindow()
    qtbot.addWidget(old)
    old.resize(1280, 282)  # as it came up after moving from a big monitor to a 1280x800 one
    old.move(2200, 40)
    old.show()
    save_geometry(old)
    window = MainWindow()
    qtbot.addWidget(window)
    assert_fits_the_screen(window)


def test_unreadable_saved_geometry_gets_the_default_size(app: QApplication,
                                                         qtbot: QtBot) -> None:
    QSettings().setValue("mainWindow/geometry", b"not a geometry")
    window = MainWindow()
    qtbot.addWidget(window)
    assert_fits_the_screen(window)


def test_a_saved_geometry_that_fits_is_kept(app: QApplication, qtbot: QtBot) -> None:
    area = app.primaryScreen().availableGeometry()
    old = QMainWindow()
    qtbot.addWidget(old)
    old.resize(area.width() - 100, area.height() - 120)
    old.move(area.x() + 30, area.y() + 40)
    old.show()
    save_geometry(old)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.size() == old.size()


def test_screenshots_keep_the_users_settings(app: QApplication) -> None:
    QSettings().setValue("mainWindow/geometry", b"the user's")
    mine = QSettings().fileName()
    with separate_settings() as folder:
        inside = QSettings()
        assert inside.fileName().startswith(str(folder))
        assert inside.value("mainWindow/geometry") is None
        inside.setValue("mainWindow/geometry", b"the screenshots'")
        inside.sync()
        del inside  # (a QSettings alive after the block would write its folder again)
    assert not folder.exists()
    assert QSettings(mine, QSettings.Format.IniFormat).value("mainWindow/geometry") == \
        b"the user's"
