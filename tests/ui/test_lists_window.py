"""The sanctions lists window: importing a file in the background with progress and Cancel,
refusals in words with nothing stored, Update lists against a local server and offline, and
who may import (real widgets, real SQLite, a web server on 127.0.0.1: never the internet)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from pytestqt.qtbot import QtBot

from reseller_app.domain.people import Role
from reseller_app.services.input_files import MB
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.sanctions_lists import all_versions
from reseller_app.services.settings import SettingsService
from reseller_app.ui.backend import Backend
from reseller_app.ui.lists_window import ListsWindow
from tests.list_server import DATA, local_addresses, offline_addresses, serve

from .test_people_window import ADMIN_PASS, APPROVER_PASS, FAST, STAFF_PASS, working_as

OFAC = DATA / "ofac" / "sdn.csv"
UN = DATA / "un-consolidated-excerpt.xml"


def opened(qtbot: QtBot, backend: Backend) -> ListsWindow:
    window = ListsWindow(backend)
    qtbot.addWidget(window)
    window.show()
    return window


def finish(qtbot: QtBot, window: ListsWindow) -> None:
    qtbot.waitUntil(lambda: not window.running(), timeout=30000)


def rows(window: ListsWindow) -> list[list[str]]:
    m = window.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def entries(backend: Backend) -> int:
    con = sqlite3.connect(backend.ctx.db_url.removeprefix("sqlite:///"))
    try:
        return con.execute("SELECT COUNT(*) FROM sanction_entry").fetchone()[0]
    finally:
        con.close()


def test_an_import_runs_in_the_background_and_lists_the_version(qtbot: QtBot,
                                                                configured: Backend) -> None:
    window = opened(qtbot, configured)
    assert rows(window) == [] and window.import_button.isEnabled()
    assert not window.empty.isHidden()
    changed: list[bool] = []
    window.changed.connect(lambda: changed.append(True))
    assert window.import_file(OFAC) is not None
    assert window.busy.isVisible() and window.import_button.isEnabled() is False
    finish(qtbot, window)
    assert not window.busy.isVisible() and window.progress.maximum() == 7
    assert window.result.text().startswith("Imported OFAC SDN, published date not stated in "
                                           "the file: 7 entries,")
    assert changed == [True]
    window.import_file(UN)
    finish(qtbot, window)
    table = rows(window)
    assert [r[0] for r in table] == ["UN Security Council", "OFAC SDN"]  # newest first
    assert table[0][1].endswith(" (in use)") and table[1][1].endswith(" (in use)")
    assert table[0][7] == UN.name
    assert len(table[0][8]) == 12  # the SHA-256, short (the whole one in the tooltip)
    assert window.empty.isHidden()
    window.import_file(UN)  # the very same file again
    finish(qtbot, window)
    assert "was imported already on" in window.result.text() and len(rows(window)) == 2


def test_cancel_stores_nothing(qtbot: QtBot, configured: Backend) -> None:
    pool = QThreadPool.globalInstance()
    release = threading.Event()

    class Blocker(QRunnable):  # holds every thread of the pool: the import waits its turn
        def run(self) -> None:
            release.wait(30)

    for _ in range(pool.maxThreadCount()):
        pool.start(Blocker())
    window = opened(qtbot, configured)
    try:
        window.import_file(OFAC)
        window.cancel()  # before the import has run at all: it stops at its first check
        assert window.progress_label.text() == "Stopping…"
    finally:
        release.set()
    finish(qtbot, window)
    assert window.result.text().startswith("Cancelled: nothing of the list being imported")
    assert all_versions(configured.ctx) == [] and entries(configured) == 0


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "consolidated.xml"
    raw = UN.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    path.write_text("name,country\nMüller GmbH,DE\n", encoding="utf-8")
    return path


def _gigantic(tmp_path: Path) -> Path:
    path = tmp_path / "sdn.csv"
    with path.open("wb") as f:  # sparse: no disk is used, the size alone is refused
        f.truncate(201 * MB)
    return path


@pytest.mark.parametrize(("make", "words"), [
    (_truncated, "consolidated.xml"),
    (_foreign, "is none of the lists the app reads"),
    (_gigantic, "more than such a file ever is"),
])
def test_a_refused_file_is_shown_in_words_and_nothing_changes(
        qtbot: QtBot, configured: Backend, tmp_path: Path, make, words: str) -> None:
    window = opened(qtbot, configured)
    window.import_file(make(tmp_path))
    finish(qtbot, window)
    message = window.error.message()
    assert message.startswith("Nothing was imported: ") and words in message
    assert "Traceback" not in message and window.result.text() == ""
    assert all_versions(configured.ctx) == [] and entries(configured) == 0


def test_update_lists_from_a_local_server(qtbot: QtBot, configured: Backend) -> None:
    window = opened(qtbot, configured)
    with serve(DATA) as server:
        SettingsService(configured.ctx).save_lists_settings(local_addresses(server), 30)
        assert window.update_lists() is not None
        finish(qtbot, window)
    lines = window.result.text().splitlines()
    assert len(lines) == 4 and lines[0].startswith("Imported OFAC SDN")
    assert lines[1].startswith("Imported UN Security Council, published")
    assert window.error.message() == ""
    assert [r[0] for r in rows(window)][:1] == ["UK sanctions list"]  # the last one imported


def test_update_lists_offline_says_so_per_list(qtbot: QtBot, configured: Backend) -> None:
    SettingsService(configured.ctx).save_lists_settings(offline_addresses(), 30)
    window = opened(qtbot, configured)
    window.update_lists()
    finish(qtbot, window)
    lines = window.result.text().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "OFAC SDN", "UN Security Council", "EU financial sanctions", "UK sanctions list"]
    assert all("Could not reach 127.0.0.1" in line and
               "The lists already imported stay in use." in line for line in lines)
    assert window.error.message() == "No list was updated."
    assert rows(window) == [] and window.update_button.isEnabled()


def test_only_a_role_that_manages_lists_may_import(qtbot: QtBot, configured: Backend) -> None:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, _approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    working_as(configured, staff)
    window = opened(qtbot, configured)
    assert not window.import_button.isEnabled() and not window.update_button.isEnabled()
    assert "needs the role administrator; Lea Kim has the role staff" in window.access.text()
    assert window.import_file(OFAC) is None and all_versions(configured.ctx) == []
    working_as(configured, admin)
    window.reload()
    assert window.import_button.isEnabled() and window.update_button.isEnabled()
    assert "Anna Weber" in window.access.text()


def test_escape_while_importing_cancels_first(qtbot: QtBot, configured: Backend) -> None:
    window = opened(qtbot, configured)
    window.import_file(OFAC)
    window.reject()  # Escape / Close while it runs: stops the work, the window stays
    assert window.isVisible()
    finish(qtbot, window)
    window.reject()
    assert not window.isVisible()
