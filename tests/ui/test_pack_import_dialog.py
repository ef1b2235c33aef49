"""The criteria-pack import dialog says what an import would do before it does it."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.backend import Backend
from reseller_app.ui.pack_import_dialog import PackImportDialog


def pack_file(tmp_path: Path, name: str, **change: object) -> Path:
    data = json.loads(default_pack_bytes())
    data.update(change)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_pack_dialog_refuses_other_content_under_the_same_version(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    path = pack_file(tmp_path, "same.json", title="Someone else's pack")
    assert not dialog.load_file(str(path))
    assert "A different pack with the same id and version" in dialog.error.message()
    assert not dialog.import_button.isEnabled()


def test_pack_dialog_keeps_an_older_version_out_of_use(qtbot: QtBot, configured: Backend,
                                                      tmp_path: Path) -> None:
    configured.packs.import_pack(pack_file(tmp_path, "new.json", version="2099.1.0")
                                 .read_bytes())
    configured.reload_pack()
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    old = pack_file(tmp_path, "old.json", version="2099.0.1")
    assert dialog.load_file(str(old))
    assert "older version (2099.0.1)" in dialog.changes_title.text()
    assert dialog.import_button.text().replace("&", "") == "Import and keep it (not in use)"


def test_pack_dialog_names_a_country_left_out_in_words(qtbot: QtBot, configured: Backend,
                                                      tmp_path: Path) -> None:
    data = json.loads(default_pack_bytes())
    data["version"] = "2099.1.0"
    del data["geography"]["countries"]["FR"]
    path = tmp_path / "no-france.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.load_file(str(path))
    texts = [dialog.changes.data(dialog.changes.index(r, 2))
             for r in range(dialog.changes.rowCount())]
    fallback = data["geography"]["fallback_level"]
    assert f"France: no longer listed, gets the fallback tier ({fallback})." in texts
    assert not any("None" in text for text in texts)
