"""Screen again from the window: progress, what changed in words, Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Product
from reseller_app.ui.backend import Backend
from reseller_app.ui.rescreen_dialog import RESULT_PAGE, RescreenDialog

from .conftest import Catalog
from .test_import_dialog import row, write


def import_unknown_cameras(backend: Backend, tmp_path: Path, n: int) -> None:
    rows = []
    for i in range(n):
        cells = row(f"CAM-{i:04d}", category="")
        cells[8] = "DOME-9"  # a SKU the catalog does not know yet: no category at import
        rows.append(cells)
    path = write(tmp_path / "cameras.csv", rows)
    imports = backend.imports
    report = imports.import_csv(path, imports.suggest_mapping(imports.read_headers(path)))
    assert report.imported == n
    backend.catalog.save_product(Product("DOME-9", "Dome camera", "Axis",
                                         "video_surveillance"))


def test_screen_again_lists_what_changed_in_words(qtbot: QtBot, configured: Backend,
                                                  catalog: Catalog, tmp_path: Path) -> None:
    import_unknown_cameras(configured, tmp_path, 2)
    dialog = RescreenDialog(configured, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rescreened, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == RESULT_PAGE
    assert dialog.result_text.text() == "2 orders screened again. 2 changed (listed below)."
    assert dialog.changes_model.rowCount() == 2
    first = dialog.changes_model.row_object(0)
    text = dialog.change_text(first)
    assert text.startswith("new warnings: ") and "category.video" not in text  # words, not ids
    assert dialog.changes_view.isVisibleTo(dialog)
    assert dialog.cancel_button.text() == "Close"
    history = configured.orders.history(first.order_id)
    assert history[-1].action == "order.rescreened"


def test_cancel_stops_between_orders(qtbot: QtBot, configured: Backend, catalog: Catalog,
                                     tmp_path: Path) -> None:
    import_unknown_cameras(configured, tmp_path, 450)
    dialog = RescreenDialog(configured, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running()
    with qtbot.waitSignal(dialog.rescreened, timeout=60000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report is not None and report.cancelled and report.screened < 450
    # Whole orders only: every order screened so far has its new screening and history entry.
    assert len(report.renewed) == report.screened
    assert dialog.result_title.text() == "Screening again stopped"
    assert dialog.isVisible()


def test_history_shows_the_screen_again_entry_in_words(qtbot: QtBot, configured: Backend,
                                                       catalog: Catalog,
                                                       tmp_path: Path) -> None:
    from reseller_app.ui.history_view import readable_details

    import_unknown_cameras(configured, tmp_path, 1)
    service = configured.rescreening
    report = service.rescreen(service.open_order_ids())
    entry = configured.orders.history(report.renewed[0].order_id)[-1]
    assert "screened again with the current catalog and criteria pack" in entry.summary
    assert "Product categories filled in from the catalog: DOME-9." in entry.summary
    details = readable_details(entry, configured.pack)
    assert "Warnings added: " in details and "category.video" not in details
    assert "Warnings removed: Missing: Product category" in details
    assert ("Risk before: " in details) == (report.renewed[0].previous_tier !=
                                            report.renewed[0].tier)
