"""Start-up: the window shows before the database is open; the pages follow, or the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseller_app.services.startup import open_app
from reseller_app.store.db import DatabaseError
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
