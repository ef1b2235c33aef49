"""The criteria-pack import dialog says what an import would do before it does it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.context import AppContext
from reseller_app.services.desk import DeskKeyService, DeskService
from reseller_app.services.distributor_keys import ROLE_DISTRIBUTOR, PinnedKeyService
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.backend import Backend
from reseller_app.ui.data_sources_dialog import DataSourcesDialog
from reseller_app.ui.pack_import_dialog import PackImportDialog

from ..services.test_desk import open_desk
from ..services.test_pack_signatures import DISTRIBUTOR, sig_of, write_pack


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


# -- signed packs ---------------------------------------------------------------------------------
@pytest.fixture
def signing_desk(configured: Backend, tmp_path: Path) -> Iterator[AppContext]:
    """A distributor's desk with its key, pinned by the reseller (as keygen and pin-key do)."""
    desk = open_desk(tmp_path, "desk")
    key_file = DeskKeyService(desk, owner=DISTRIBUTOR).export(tmp_path / "desk-key.json")
    PinnedKeyService(configured.ctx).pin(ROLE_DISTRIBUTOR, DISTRIBUTOR, key_file)
    yield desk
    desk.engine.dispose()


def stored_packs(backend: Backend) -> int:
    return len(backend.packs.list_packs())


def test_pack_dialog_imports_a_signed_pack_naming_its_signer(
        qtbot: QtBot, configured: Backend, signing_desk: AppContext, tmp_path: Path) -> None:
    path = write_pack(tmp_path)
    DeskService(signing_desk).sign_pack(path)
    fingerprint = DeskKeyService(signing_desk).current().fingerprint
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    # Choosing the signature file reads the pack beside it.
    assert dialog.load_file(str(sig_of(path)))
    signed = f"Signed by {DISTRIBUTOR} (fingerprint {fingerprint})."
    assert dialog.signature.text() == signed
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].signed_by == DISTRIBUTOR and imported.args[0].active
    again = PackImportDialog(configured)
    qtbot.addWidget(again)
    assert f"signed by {DISTRIBUTOR} (fingerprint {fingerprint}) (in use)" in \
        again.kept_packs()[0]
    sources = DataSourcesDialog(configured)
    qtbot.addWidget(sources)
    assert signed in sources.browser.toPlainText()


def test_pack_dialog_refuses_a_pack_altered_after_signing(
        qtbot: QtBot, configured: Backend, signing_desk: AppContext, tmp_path: Path) -> None:
    path = write_pack(tmp_path)
    DeskService(signing_desk).sign_pack(path)
    data = json.loads(path.read_bytes())
    data["holds"]["hold_from_tier"] = "prohibited"  # held far less often
    path.write_text(json.dumps(data), encoding="utf-8")
    before = stored_packs(configured)
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(str(path))
    assert "altered after signing" in dialog.error.message()
    assert "Nothing was imported." in dialog.error.message()
    assert not dialog.import_button.isEnabled()
    assert stored_packs(configured) == before


def test_pack_dialog_refuses_an_unsigned_pack_from_a_pinned_distributor(
        qtbot: QtBot, configured: Backend, signing_desk: AppContext, tmp_path: Path) -> None:
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(str(write_pack(tmp_path)))
    assert "not signed" in dialog.error.message()
    assert not dialog.import_button.isEnabled()


def test_pack_dialog_warns_of_an_unsigned_pack_from_a_distributor_without_a_key(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.load_file(str(write_pack(tmp_path)))
    assert dialog.signature.text().startswith("Warning: The criteria pack is not signed")
    assert dialog.import_button.isEnabled()
    sources = DataSourcesDialog(configured)
    qtbot.addWidget(sources)
    assert "app's own default pack" in sources.browser.toPlainText()
