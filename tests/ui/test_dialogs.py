"""The smaller dialogs: data sources, audit verification, pack import, catalog."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.chain_head import ChainHeadService
from reseller_app.ui.audit_dialog import AuditDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import CustomerDialog, ProductDialog
from reseller_app.ui.data_sources_dialog import DataSourcesDialog
from reseller_app.ui.pack_import_dialog import PackImportDialog

from .conftest import Catalog, camera_order


def test_data_sources_show_the_attribution(qtbot: QtBot, configured: Backend) -> None:
    dialog = DataSourcesDialog(configured)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert configured.packs.attribution().split()[0] in text
    assert "pycountry" in text and "LGPL-2.1" in text
    for source in configured.pack.sources:
        assert source.title in text


def test_audit_log_is_reported_intact(qtbot: QtBot, configured: Backend,
                                      catalog: Catalog) -> None:
    dialog = AuditDialog(configured)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.result is not None and dialog.result.ok
    assert dialog.title.text() == "The audit log is intact"


def test_the_audit_dialog_checks_against_a_head_file(qtbot: QtBot, configured: Backend,
                                                   catalog: Catalog, tmp_path: Path) -> None:
    """"Check against a head file…": a head kept elsewhere holds, then names the events
    deleted since; a file that is not a head says so."""
    configured.orders.save(camera_order(catalog))
    heads = ChainHeadService(configured.ctx)
    path, head = heads.export(tmp_path / "head.json")
    dialog = AuditDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.against_button.text() == "Check against a head file…"
    dialog.check_against(path)
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.title.text() == "The head file matches the audit log"
    assert dialog.text.text().startswith(f"The head signed on {head.when} (event {head.seq}) "
                                         "holds: the audit log still holds that entry")

    con = sqlite3.connect(tmp_path / "app.sqlite3")
    try:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        con.execute(f"DELETE FROM audit_event WHERE seq >= {head.seq}")
        con.commit()
    finally:
        con.close()
    dialog.check_against(path)
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.title.text() == "The audit log has been altered"
    assert dialog.text.text().startswith(f"Events after {head.seq - 1} were deleted: the head "
                                         f"signed on {head.when} names event {head.seq}")

    dialog.check_against(configured_file(tmp_path))
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.title.text() == "The check could not run"
    assert "notes.json" in dialog.text.text()


def configured_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    path.write_text('{"note": "not a head"}', encoding="utf-8")
    return path


def test_pack_import_shows_the_problem_in_words(qtbot: QtBot, configured: Backend,
                                                tmp_path: Path) -> None:
    bad = tmp_path / "bad-pack.json"
    bad.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(str(bad))
    assert "not a Channel Diligence criteria pack" in dialog.error.message()
    assert not dialog.import_button.isEnabled()


def test_pack_import_previews_changes(qtbot: QtBot, configured: Backend,
                                      tmp_path: Path) -> None:
    data = json.loads(configured.loaded_pack.canonical)
    data["version"] = data["version"] + "-test"
    data["mitigations"][0]["label"] = data["mitigations"][0]["label"] + " (revised)"
    path = tmp_path / "new-pack.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.load_file(str(path)), dialog.error.message()
    assert data["version"] in dialog.identity.text()
    assert dialog.changes.rowCount() >= 1
    assert dialog.import_button.isEnabled()


def test_customer_dialog_shows_government_function_only_for_government(
        qtbot: QtBot, configured: Backend) -> None:
    dialog = CustomerDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.function.isVisibleTo(dialog)
    dialog.type.set_term_id("government")
    assert dialog.function.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    error = dialog.errors.error_for("name")
    assert error is not None and error.message()

    qtbot.keyClicks(dialog.name, "Stadtpolizei")
    dialog.country.set_code("DE")
    dialog.function.set_term_id("law_enforcement")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    saved = dialog.saved_customer
    assert saved is not None and saved.id is not None
    assert (saved.type, saved.government_function) == ("government", "law_enforcement")


def test_product_dialog_saves_the_risk_category(qtbot: QtBot, configured: Backend) -> None:
    dialog = ProductDialog(configured)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.sku, "FP-200")
    qtbot.keyClicks(dialog.vendor, "Suprema")
    qtbot.keyClicks(dialog.name, "Fingerprint reader")
    dialog.category.set_term_id("biometrics")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert configured.catalog.product_by_sku("FP-200") is not None
