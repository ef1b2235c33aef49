"""The window on a database whose criteria pack was edited behind the app's back: the import
dialog and the order window say so in words, not with a traceback, and nothing is stored."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reseller_app.services.packs import PackTampered
from reseller_app.services.startup import open_app
from reseller_app.store.db import sqlite_path
from reseller_app.ui.app import ExceptionReporter
from reseller_app.ui.backend import Backend
from reseller_app.ui.import_dialog import ImportDialog
from reseller_app.ui.order_detail import OrderWindow

from ..conftest import stepping_clock
from .conftest import Catalog

STOPPED = "Screening is stopped so that no order is screened with altered rules"


@pytest.fixture
def tampered(configured: Backend, catalog: Catalog) -> Iterator[Backend]:
    """The app opened again after every "prohibited" of the stored pack became "standard"."""
    con = sqlite3.connect(sqlite_path(configured.ctx.db_url))
    try:
        with con:
            con.execute("UPDATE pack SET content = replace(content, '\"prohibited\"', "
                        "'\"standard\"') WHERE active")
    finally:
        con.close()
    ctx = open_app(configured.ctx.db_url, clock=stepping_clock(), actor="tester")
    yield Backend(ctx)
    ctx.engine.dispose()


@pytest.mark.parametrize("window", [OrderWindow, ImportDialog])
def test_a_window_needing_the_pack_says_it_was_edited(qtbot: QtBot, tampered: Backend,
                                                      window: type) -> None:
    # The order window and the import dialog need the pack's vocabularies to be built: they
    # do not open, and the app's last resort for a slot (the exception hook) shows the
    # service's own words in a box, the traceback going to stderr and the log only.
    printed: list[str] = []
    reporter = ExceptionReporter(lambda *exc_info: printed.append(exc_info[0].__name__))
    try:
        qtbot.addWidget(window(tampered))
    except PackTampered:
        reporter(*sys.exc_info())  # what Qt does with an exception a slot lets through
    assert printed == ["PackTampered"]
    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert STOPPED in box.text() and "(channel-diligence-default " in box.text()
    assert "Something unexpected" not in box.text()
    box.close()
