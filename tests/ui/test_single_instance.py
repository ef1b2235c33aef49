"""One app per database: the lock, the "raise" message, and a real second start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from reseller_app.services.locations import resolve_db_url
from reseller_app.ui.single_instance import RAISE, RAISED, Outcome, SingleInstance, lock_path


def test_the_first_instance_answers_raise(qtbot: QtBot, app: object, tmp_path: Path) -> None:
    url = resolve_db_url(str(tmp_path / "shop.sqlite3"))
    first = SingleInstance(url)
    assert first.claim() is Outcome.FIRST
    assert lock_path(url) == tmp_path / "shop.sqlite3.window-lock" and lock_path(url).exists()

    second = QLocalSocket()
    second.connectToServer(first.server_name)
    assert second.waitForConnected(5000)
    with qtbot.waitSignal(first.raiseRequested, timeout=5000):
        second.write(RAISE)
        second.flush()
    qtbot.waitUntil(lambda: second.bytesAvailable() > 0 or second.waitForReadyRead(10),
                    timeout=5000)
    assert bytes(second.readAll().data()) == RAISED
    second.disconnectFromServer()

    # Another database has its own lock and server.
    other = SingleInstance(resolve_db_url(str(tmp_path / "other.sqlite3")))
    assert other.server_name != first.server_name
    assert other.claim() is Outcome.FIRST
    other.release()
    first.release()
    assert SingleInstance(url).claim() is Outcome.FIRST  # released: the next start has it


def test_a_held_lock_nobody_answers_for_means_in_use(app: object, tmp_path: Path) -> None:
    url = resolve_db_url(str(tmp_path / "shop.sqlite3"))
    held = QLockFile(str(lock_path(url)))  # a window that has the database but does not listen
    assert held.tryLock(0)
    try:
        assert SingleInstance(url).claim() is Outcome.IN_USE
    finally:
        held.unlock()


def test_a_second_start_brings_the_first_forward_and_exits_0(qtbot: QtBot, app: object,
                                                              tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    command = [sys.executable, "-m", "reseller_app", "--db", str(db)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        # The database is open (its first daily backup is there): the first window listens.
        qtbot.waitUntil(lambda: any((tmp_path / "backups").glob("shop-*.sqlite3"))
                        or first.poll() is not None, timeout=30_000)
        assert first.poll() is None
        assert lock_path(resolve_db_url(str(db))).exists()
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open on this database" in second.stdout
        assert first.poll() is None  # the first window goes on
    finally:
        first.kill()
        first.wait(30)
    # The first instance was killed: its lock is stale and the next start takes it over.
    guard = SingleInstance(resolve_db_url(str(db)))
    assert guard.claim() is Outcome.FIRST
    guard.release()
