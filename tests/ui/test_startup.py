"""Start-up: the window shows before the database is open; the pages follow, or the reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseller_app.services.startup import open_app
from reseller_app.store.db import DatabaseError, sqlite_path
from reseller_app.ui.app import Launcher, Opener
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow

from .conftest import sample_profile


def test_shell_then_pages_once_the_database_is_open(qtbot: QtBot, app: object,
                                                    db_url: str) -> None:
    ctx = open_app(db_url)
    Backend(ctx).setup.save_profile(sample_profile())
    ctx.engine.dispose()

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.backend is None
    assert not window.nav.isEnabled()
    assert not window.new_order_action.isEnabled()  # nothing to act on yet

    opener = Opener(lambda: open_app(db_url))
    with qtbot.waitSignal(opener.opened, timeout=20_000) as opened:
        opener.start()
    backend = opened.args[0]
    launcher = Launcher(backend, window=window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        launcher.start()
    assert launcher.window is window and window.backend is backend
    assert window.nav.isEnabled() and window.new_order_action.isEnabled()
    assert window.pages.currentWidget() is window.overview  # the home page comes first
    assert window.orders.model.loaded() == 0 or window.orders._loaded  # the list loaded too
    assert "channel-diligence-default" in window.pack_label.text()
    backend.ctx.engine.dispose()


def test_a_database_that_cannot_open_is_explained(qtbot: QtBot, app: object,
                                                  tmp_path: Path) -> None:
    broken = tmp_path / "not-a-database.sqlite3"
    broken.write_bytes(b"this is not an SQLite file" * 100)

    with pytest.raises(DatabaseError, match="not a database"):
        open_app(f"sqlite:///{broken}")
    opener = Opener(lambda: open_app(f"sqlite:///{broken}"))
    with qtbot.waitSignal(opener.failed, timeout=20_000) as failed:
        opener.start()
    assert f"The database {broken} cannot be opened: file is not a database" in failed.args[0]
    assert broken.read_bytes().startswith(b"this is not")  # nothing written over it


def test_ready_waits_for_the_overview_numbers_and_the_orders(qtbot: QtBot, app: object,
                                                             db_url: str) -> None:
    ctx = open_app(db_url)
    Backend(ctx).load_demo_data()
    window = MainWindow(Backend(ctx))
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[object, int]] = []
    window.ready.connect(lambda: seen.append((window.overview.summary,
                                              window.orders.model.rowCount())))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.load_initial()
    assert len(seen) == 1
    summary, rows = seen[0]
    assert summary is not None and summary.held > 0  # the numbers were in the page
    assert rows == 34 and window.overview.counts()["held"] == str(summary.held)
    ctx.engine.dispose()


def test_the_first_screen_comes_before_the_orm_and_stays(qtbot: QtBot, app: object,
                                                         db_url: str) -> None:
    """Drawn from plain sqlite3, then handed to the services: the same rows and numbers,
    the list still pages, and a page chosen meanwhile opens once it is built."""
    from reseller_app.services.first_screen import FirstScreen

    ctx = open_app(db_url)
    Backend(ctx).load_demo_data()
    first = FirstScreen.open(db_url)
    assert first is not None
    backend = Backend.starting(first)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_first_screen(backend)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show_first_screen_now()
        window.show()
    assert not window.new_order_action.isEnabled()  # the services are not there yet
    quick_rows = window.orders.references()
    quick_counts = window.overview.counts()
    assert len(quick_rows) == 34 and quick_counts["held"] == "9"
    assert "channel-diligence-default" in window.pack_label.text()
    assert window.orders.count_label.text() == "34 orders"
    window.nav.setCurrentRow(2)  # Customers, not built yet: nothing breaks
    assert window.pages.currentWidget() is window.overview

    backend.open_context(ctx)
    window.finish_start()
    assert window.pages.currentWidget() is window.customers  # the page asked for
    assert window.new_order_action.isEnabled() and window.nav.isEnabled()
    assert window.orders.references() == quick_rows  # no change of content
    assert window.overview.counts() == quick_counts
    assert type(backend.orders).__name__ == "OrderService"
    window.orders.model.PAGE_SIZE = 10  # paging after the switch reads through the services
    window.orders.refresh()
    assert window.orders.model.loaded() == 10 and window.orders.model.total == 34
    window.orders.model.fetchMore()
    assert window.orders.references()[:20] == quick_rows[:20]
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        window.nav.setCurrentRow(0)
    assert window.overview.counts() == quick_counts
    ctx.engine.dispose()


def test_the_app_shows_its_first_screen_without_the_orm(db_url: str, tmp_path: Path) -> None:
    """The real start (``reseller-app --db``) on a set-up database: when ``ready`` fires,
    SQLAlchemy, SQLModel and Alembic are not even imported yet."""
    import os
    import subprocess
    import sys

    ctx = open_app(db_url)
    Backend(ctx).load_demo_data()
    ctx.engine.dispose()
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reseller_app import cli\n"
        "from reseller_app.ui.app import application\n"
        "app = application()\n"
        "def ready():\n"
        "    w = [w for w in QApplication.topLevelWidgets() if hasattr(w, 'ready')][0]\n"
        "    def report():\n"
        "        orm = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'sqlmodel', 'alembic'})\n"
        "        print('ORM', orm, w.orders.model.rowCount(), w.overview.counts()['held'])\n"
        "        QTimer.singleShot(0, app.quit)\n"
        "    w.ready.connect(report)\n"
        "QTimer.singleShot(0, ready)\n"
        f"sys.exit(cli.main(['--db', {db_url!r}]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True,
                         timeout=120, env=env)
    assert "ORM [] 34 9" in out.stdout, out.stdout + out.stderr


def test_the_app_object_starts_restarts_and_brings_its_window_forward(
        qtbot: QtBot, app: object, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from reseller_app.ui.app import ChannelDiligenceApp

    ctx = open_app(db_url)
    Backend(ctx).load_demo_data()
    ctx.engine.dispose()
    running = ChannelDiligenceApp(lambda: open_app(db_url), db_url=db_url)
    first = running.start_window()
    qtbot.addWidget(first)
    assert running.first_screen is not None  # set up and current: the quick first screen
    assert first.orders.model.rowCount() == 34
    qtbot.waitUntil(lambda: first.new_order_action.isEnabled(), timeout=30_000)
    assert running.first_screen.is_open and running.read_only is None

    first.restartRequested.emit()  # as after a restore from a backup
    second = running.window
    assert second is not None and second is not first and second.isVisible()
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.new_order_action.isEnabled(), timeout=30_000)
    assert second.orders.model.rowCount() == 34
    assert app.quitOnLastWindowClosed()  # type: ignore[attr-defined]

    second.showMinimized()
    running.bring_forward()
    assert second.isVisible() and not second.isMinimized()
    # Closing signs the audit chain's head (the company's key is in the test keyring), when
    # this process wrote events: a session that wrote nothing imports and signs nothing.
    from reseller_app.store import audit_log

    monkeypatch.setattr(audit_log, "appended", False)
    running.sign_heads()
    con = sqlite3.connect(sqlite_path(db_url))
    try:
        assert con.execute("SELECT count(*) FROM chain_head").fetchone() == (0,)
    finally:
        con.close()
    monkeypatch.setattr(audit_log, "appended", True)
    running.sign_heads()
    con = sqlite3.connect(sqlite_path(db_url))
    try:
        assert con.execute("SELECT occasion FROM chain_head").fetchall() == [("closing",)]
    finally:
        con.close()
    running._dispose()
