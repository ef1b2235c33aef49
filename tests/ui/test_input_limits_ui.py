"""In the windows: the pack import, decision file and CSV import dialogs
refuse a 2 GB file, 1,000 levels of nesting and a 5,000-digit number with the same sentence as
the command line, naming the field as the file does."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import OrderView
from reseller_app.ui.answer_dialog import AnswerDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.import_dialog import FILE_PAGE, ImportDialog
from reseller_app.ui.pack_import_dialog import PackImportDialog

DEEP = "[" * 1000 + "]" * 1000
DEEP_WORDS = "The file nests its data more than 64 levels deep; no file this app reads does " \
             "that. Check that you chose the right file."


def sparse(path: Path, size: int = 2 * 1024**3) -> Path:
    with path.open("wb") as fh:  # takes no room on the disk
        fh.truncate(size)
    return path


def test_the_pack_import_dialog_refuses_what_the_command_line_refuses(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(str(sparse(tmp_path / "film.mkv")))
    assert dialog.error.message() == "film.mkv is 2 GB, more than such a file ever is (at " \
                                     "most 20 MB): check that you chose the right file."
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP, encoding="utf-8")
    assert not dialog.load_file(str(deep))
    assert dialog.error.message() == f"This pack cannot be used. {DEEP_WORDS}"
    pack = json.loads(configured.loaded_pack.canonical)
    pack["followup_days"] = "LONG"
    long = tmp_path / "long.json"
    long.write_text(json.dumps(pack).replace('"LONG"', "9" * 5000), encoding="utf-8")
    assert not dialog.load_file(str(long))
    assert "followup_days: is a number of 5,000 digits" in dialog.error.message()
    assert not dialog.import_button.isEnabled()


def test_the_decision_dialog_names_the_field_of_the_file(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path) -> None:
    dialog = AnswerDialog(configured, held_order.id)
    qtbot.addWidget(dialog)
    dialog.show()
    refused = "The decision file {} was refused and nothing was recorded: {}"
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP, encoding="utf-8")
    assert dialog.import_file(deep) is None
    assert dialog.refusal() == refused.format("deep.json", DEEP_WORDS)
    long = tmp_path / "long.json"
    long.write_text('{"format": "channel-diligence-decision/1", "person": ' + "9" * 5000 + "}",
                    encoding="utf-8")
    assert dialog.import_file(long) is None
    assert dialog.refusal() == refused.format(
        "long.json", "person: is a number of 5,000 digits; numbers of more than 20 digits are "
                     "not read.")
    assert dialog.import_file(sparse(tmp_path / "big.json")) is None
    assert "big.json is 2 GB, more than such a file ever is (at most 5 MB)" in dialog.refusal()
    assert configured.answers.answers() == []


def test_the_csv_import_dialog_refuses_a_2_gb_file_at_once(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    dialog = ImportDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(sparse(tmp_path / "export.csv")))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == FILE_PAGE
    assert dialog.file_error.message() == "export.csv is 2 GB, more than such a file ever is " \
                                          "(at most 256 MB): check that you chose the right " \
                                          "file."
