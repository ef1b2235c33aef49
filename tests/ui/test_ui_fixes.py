"""Fixes found by exploratory testing: window width, the product picker, translated history,
the import and error panels, the overview when nothing needs attention, outbox dates."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import types
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reseller_app.domain.packs import load_pack
from reseller_app.services.dto import ChecklistAnswer, MessageState, OrderView, Product
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.import_dialog import RESULT_PAGE, ImportDialog
from reseller_app.ui.labels import local_time, status_explanation
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.order_detail import OrderWindow
from reseller_app.ui.order_editor import OrderEditor
from reseller_app.ui.orders_view import OrdersFilterBar
from reseller_app.ui.outbox_view import OutboxView
from reseller_app.ui.pack_import_dialog import PackImportDialog

from .conftest import APPROVER, Catalog, camera_order
from .test_import_dialog import COLUMNS as CSV_COLUMNS
from .test_import_dialog import open_dialog as open_import
from .test_import_dialog import row as csv_row

WAIT = 10_000


def started(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.overview.loaded, timeout=WAIT):
        window.load_initial()
    return window


# -- 1. the main window fits a small laptop screen ---------------------------------------------
def test_every_page_fits_a_1024_px_wide_window(qtbot: QtBot, configured: Backend) -> None:
    window = started(qtbot, configured)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        page = window.pages.currentWidget()
        assert window.minimumSizeHint().width() <= 1024, type(page).__name__
        assert page.minimumSizeHint().width() <= 1024 - window.nav.width()


def test_filter_combos_are_compact_but_their_lists_show_whole_items(qtbot: QtBot,
                                                                   app: QApplication) -> None:
    bar = OrdersFilterBar()
    qtbot.addWidget(bar)
    bar.show()
    status = bar.status
    longest = status.findText("Needs attention (on hold, blocked, escalated)")
    assert longest > 0
    text_width = status.fontMetrics().horizontalAdvance(status.itemText(longest))
    assert status.minimumSizeHint().width() < text_width
    QApplication.processEvents()
    assert status.view().minimumWidth() >= text_width
    bar.country.showPopup()  # fills the country list on first use
    QApplication.processEvents()
    widest = max(bar.country.fontMetrics().horizontalAdvance(bar.country.itemText(i))
                 for i in range(bar.country.count()))
    assert bar.country.view().minimumWidth() >= widest
    bar.country.hidePopup()


# -- 2. the product picker finds products by name --------------------------------------------
def product_editor(qtbot: QtBot, backend: Backend) -> OrderEditor:
    editor = OrderEditor(backend)
    qtbot.addWidget(editor)
    editor.start_new()
    editor.show()
    return editor


def add(qtbot: QtBot, editor: OrderEditor, text: str) -> list[str]:
    editor.product_picker.setCurrentIndex(-1)
    editor.product_picker.clearEditText()
    qtbot.keyClicks(editor.product_picker.lineEdit(), text)
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    return [line.sku for line in editor.lines.lines()]


def test_product_picker_finds_products_by_words_of_the_name(qtbot: QtBot, configured: Backend,
                                                             catalog: Catalog) -> None:
    configured.catalog.save_product(Product("CAM-2K", "2K Außenkamera Dôme", "Axis",
                                            "video_surveillance"))
    editor = product_editor(qtbot, configured)
    assert add(qtbot, editor, "4K dome") == ["CAM-4K"]
    assert editor.error_text("lines") == ""
    assert add(qtbot, editor, "lenovo LAPTOP") == ["CAM-4K", "LT-14"]
    assert add(qtbot, editor, "aussenkamera") == ["CAM-4K", "LT-14", "CAM-2K"]
    assert add(qtbot, editor, "cam-4k") == ["CAM-4K", "LT-14", "CAM-2K", "CAM-4K"]

    assert add(qtbot, editor, "dome") == ["CAM-4K", "LT-14", "CAM-2K", "CAM-4K"]
    message = editor.error_text("lines")
    assert "matches several products" in message
    assert "CAM-4K" in message and "CAM-2K" in message

    assert add(qtbot, editor, "toaster") == ["CAM-4K", "LT-14", "CAM-2K", "CAM-4K"]
    assert "No product in the catalog matches “toaster”" in editor.error_text("lines")


def test_product_chosen_in_the_list_is_added(qtbot: QtBot, configured: Backend,
                                             catalog: Catalog) -> None:
    editor = product_editor(qtbot, configured)
    picker = editor.product_picker
    index = next(i for i in range(picker.count()) if picker.itemData(i).sku == "LT-14")
    picker.setCurrentIndex(index)
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    assert [line.sku for line in editor.lines.lines()] == ["LT-14"]


# -- 4. the order history in the user's language ----------------------------------------------
def test_history_details_use_the_packs_words_in_the_users_language(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    configured.ctx.language = "es"  # the pack's Spanish texts (no Qt translator needed)
    configured.reload_pack()
    spanish = configured.pack
    english = load_pack(default_pack_bytes()).pack
    view = configured.orders.save(camera_order(catalog, use="Covert tracking of journalists"))
    configured.orders.save(dataclasses.replace(
        view.draft, id=view.id, intended_use="Covert tracking of journalists at night"))
    view = configured.orders.get(view.id)
    asked = view.screening.checklist[0]
    configured.orders.save_checklist(view.id, [ChecklistAnswer(asked, "no", "Asked by phone")])

    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(view.id)
    history = window.history
    rows = {history.model.row_object(i).action: i for i in range(history.model.loaded())}
    texts = {}
    for action, row in rows.items():
        history.table.selectRow(row)
        texts[action] = history.details.text()

    question = next(q for q in spanish.checklist if q.id == asked)
    assert question.text != next(q.text for q in english.checklist if q.id == asked)
    assert f"{question.text} — Yes" not in texts["checklist.answered"]
    assert f"{question.text} — No" in texts["checklist.answered"]
    assert f"{question.text} — Asked by phone" in texts["checklist.answered"]
    assert asked not in texts["checklist.answered"]

    updated = texts["order.updated"]
    flags = [f for f in view.screening.flags]
    for flag in flags:
        assert flag.criterion not in updated
    red = next(f for f in spanish.red_flags
               if any(fl.criterion == f"red_flag.{f.id}" for fl in flags))
    assert red.label in updated
    assert "Changed: Intended use" in updated
    assert "intended_use" not in updated and "intended use" not in updated
    assert "country.high" not in updated and "Destination country: high risk" in updated
    assert "_" not in updated.replace("channel-diligence", "")


def test_decision_details_name_the_safeguards_in_the_users_language(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    configured.ctx.language = "es"
    configured.reload_pack()
    allowed = configured.decisions.allowed(held_order.id)
    chosen = allowed.mitigations[:2]
    configured.decisions.record(held_order.id, "proceed_with_conditions", "Checked on site.",
                                "Tom Sales", mitigations=chosen, approved_by=APPROVER)
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(held_order.id)
    window.history.table.selectRow(0)
    text = window.history.details.text()
    labels = [m.label for m in configured.pack.mitigations if m.id in chosen]
    assert len(labels) == 2
    assert f"Safeguards: {labels[0]}, {labels[1]}" in text or \
        f"Safeguards: {labels[1]}, {labels[0]}" in text
    assert not any(m in text for m in chosen)


# -- 5. pack import: the dialog says what an import would do ----------------------------------
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


# -- 7. nits ------------------------------------------------------------------------------------
def test_cleared_text_is_true_for_elevated_orders_with_warnings() -> None:
    text = status_explanation("cleared")
    assert "found nothing" not in text
    assert "optional" in text and "warnings" in text


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    return path


def run_import(qtbot: QtBot, backend: Backend, path: Path) -> ImportDialog:
    dialog = open_import(qtbot, backend, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.current_page() == RESULT_PAGE
    return dialog


def test_a_header_only_file_says_there_was_nothing_to_import(
        qtbot: QtBot, configured: Backend, catalog: Catalog, tmp_path: Path) -> None:
    dialog = run_import(qtbot, configured, write_csv(tmp_path / "empty.csv", []))
    # The service refuses such a file (or reports 0 orders): either way, said plainly.
    if dialog.result_error.message():
        assert dialog.result_title.text() == "Nothing was imported"
        assert "no orders" in dialog.result_error.message()
        below = dialog.result_error
    else:
        assert dialog.result_title.text() == "Nothing to import"
        assert "no order rows" in dialog.result_text.text()
        below = dialog.result_text
    assert "0 orders" not in dialog.result_text.text()
    QApplication.processEvents()
    gap = below.geometry().top() - dialog.result_title.geometry().bottom()
    assert gap < 30  # together at the top, not spread over the page


def test_one_imported_order_is_singular(qtbot: QtBot, configured: Backend, catalog: Catalog,
                                        tmp_path: Path) -> None:
    dialog = run_import(qtbot, configured, write_csv(tmp_path / "one.csv", [csv_row("ONE-1")]))
    assert dialog.result_text.text().startswith("1 order imported and screened.")


def test_error_icon_sits_beside_the_first_line_of_the_message(qtbot: QtBot,
                                                              app: QApplication) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    error = FieldError(page)
    layout.addWidget(error, 1)  # given more height than it needs, as on a spread-out page
    error.show_message("Something went wrong. " * 12)
    page.resize(400, 400)
    page.show()
    QApplication.processEvents()
    icon, text = [w for w in error.findChildren(QLabel)]
    assert text.alignment() & Qt.AlignmentFlag.AlignTop
    assert icon.alignment() & Qt.AlignmentFlag.AlignTop
    assert icon.geometry().right() < text.geometry().left()


def test_overview_of_a_new_database_says_nothing_waits(qtbot: QtBot,
                                                      configured: Backend) -> None:
    window = started(qtbot, configured)
    overview = window.overview
    assert overview.all_clear.isVisibleTo(overview)
    assert "need you now" in overview.all_clear.text()
    assert overview.counts() == {}


def test_outbox_times_are_all_in_the_users_format() -> None:
    queued = dt.datetime(2026, 11, 26, 4, 4, tzinfo=dt.UTC)
    sent = dt.datetime(2026, 11, 26, 3, 58, tzinfo=dt.UTC)
    view_text = OutboxView.when_text
    fake = types.SimpleNamespace
    q = view_text(fake(tr=lambda s: s), fake(state=MessageState.QUEUED, next_attempt_at=queued,
                                             sent_at=None))
    s = view_text(fake(tr=lambda s: s), fake(state=MessageState.SENT, next_attempt_at=sent,
                                             sent_at=sent))
    assert q == local_time(queued)
    assert s == f"sent {local_time(sent)}"
