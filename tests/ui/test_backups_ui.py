"""File > Back up now, File > Restore from backup…, the daily backup at start, and the column
layouts the main window keeps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer
from reseller_app.services.startup import open_app
from reseller_app.ui.app import Opener
from reseller_app.ui.backend import Backend
from reseller_app.ui.backup_dialog import RestoreDialog
from reseller_app.ui.main_window import MainWindow


def test_back_up_now_from_the_file_menu(qtbot: QtBot, configured: Backend) -> None:
    window = MainWindow(configured)
    qtbot.addWidget(window)
    assert configured.backups.list() == []
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(),
                    timeout=10_000)
    backups = configured.backups.list()
    assert len(backups) == 1 and str(backups[0].path) in window.statusBar().currentMessage()


def test_restore_dialog_lists_restores_and_refuses_in_words(qtbot: QtBot, configured: Backend,
                                                             tmp_path: Path) -> None:
    kept = configured.catalog.save_customer(Customer("Kept GmbH", "DE", "private"))
    backup = configured.backups.backup_now()
    configured.catalog.save_customer(Customer("Added later AG", "AT", "private"))

    dialog = RestoreDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(1) and item.text(1)[0].isdigit()  # the size, e.g. "340 KiB"
    assert item.toolTip(0) == str(backup.path)

    junk = tmp_path / "holiday-photos.sqlite3"
    junk.write_bytes(b"\x89PNG not a database" * 100)
    dialog.start_restore(junk)
    qtbot.waitUntil(lambda: "Nothing was restored" in dialog.message.text(), timeout=10_000)
    assert "holiday-photos.sqlite3 is not a Channel Diligence backup" in dialog.message.text()
    assert dialog.restored is None and dialog.list.isEnabled()

    with qtbot.waitSignal(dialog.restoredTo, timeout=10_000):
        dialog.start_restore(backup.path)
    assert dialog.restored is not None and dialog.restored.safety_copy.exists()
    assert "Restored from" in dialog.message.text()
    dialog.reject()  # Close: after a restore that means "open the restored data"
    assert dialog.result() == RestoreDialog.DialogCode.Accepted

    configured.ctx.engine.dispose()
    reopened = open_app(configured.ctx.db_url)
    try:
        assert [c.name for c in Backend(reopened).catalog.customers()] == [kept.name]
    finally:
        reopened.engine.dispose()


def test_the_daily_backup_is_made_after_the_database_opens(qtbot: QtBot, app: object,
                                                           db_url: str) -> None:
    opener = Opener(lambda: open_app(db_url))
    with qtbot.waitSignal(opener.backedUp, timeout=20_000) as backed_up:
        opener.start()
    assert backed_up.args[0].startswith("Daily backup saved: ")
    path = Path(backed_up.args[0].removeprefix("Daily backup saved: "))
    assert path.is_file() and path.parent.name == "backups"
    assert opener.ctx is not None
    opener.ctx.engine.dispose()


def test_column_layouts_are_restored(qtbot: QtBot, configured: Backend) -> None:
    # (The outbox and follow-up tables size their columns to the content.)
    window = MainWindow(configured)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    header = window.customers.table.horizontalHeader()
    last = header.count() - 1
    header.resizeSection(last, 233)
    window.products.table.horizontalHeader().resizeSection(1, 177)
    window.close()
    assert QSettings().value("customersView/header") is not None

    again = MainWindow(configured)
    qtbot.addWidget(again)
    assert again.customers.table.horizontalHeader().sectionSize(last) == 233
    assert again.products.table.horizontalHeader().sectionSize(1) == 177
