"""Importing orders from CSV in the background: row errors are listed, Cancel stops it."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.import_dialog import MAPPING_PAGE, RESULT_PAGE, ImportDialog

from .conftest import Catalog

COLUMNS = ["order_reference", "order_date", "sales_model", "customer_name", "customer_country",
           "customer_type", "destination_country", "intended_use", "sku", "description",
           "category", "quantity", "unit_price", "currency"]


def row(ref: str, quantity: str = "2", category: str = "general_it") -> list[str]:
    return [ref, "2026-11-02", "assisted", "Müller Steuerberatung", "DE", "private", "DE",
            "Laptops for the accounting team", "LT-14", "Business laptop", category, quantity,
            "900", "EUR"]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def open_dialog(qtbot: QtBot, backend: Backend, path: Path) -> ImportDialog:
    dialog = ImportDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == MAPPING_PAGE, dialog.file_error.message()
    return dialog


def test_import_lists_the_bad_row(qtbot: QtBot, configured: Backend, catalog: Catalog,
                                  tmp_path: Path) -> None:
    path = write(tmp_path / "orders.csv", [row("IMP-1"), row("IMP-2", quantity="0"),
                                           row("IMP-3")])
    dialog = open_dialog(qtbot, configured, path)
    mapping = dialog.mapping()
    assert mapping  # prefilled by ImportService.suggest_mapping

    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == RESULT_PAGE
    report = dialog.report
    assert report is not None and not report.cancelled
    assert report.imported == 2
    assert dialog.errors_model.rowCount() == 1
    bad = dialog.errors_model.row_object(0)
    assert bad.row == 3  # header is row 1
    assert "quantity" in bad.reason.lower()
    assert dialog.errors_view.isVisibleTo(dialog)
    assert "2 orders imported" in dialog.result_text.text()
    assert configured.orders.get_by_reference("IMP-3") is not None


def test_cancel_stops_the_import(qtbot: QtBot, configured: Backend, catalog: Catalog,
                                 tmp_path: Path) -> None:
    rows = [row(f"BIG-{i:05d}") for i in range(5000)]
    path = write(tmp_path / "big.csv", rows)
    dialog = open_dialog(qtbot, configured, path)

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.running()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report is not None
    assert report.cancelled
    assert report.imported < 5000
    assert dialog.result_title.text() == "Import cancelled"
    assert dialog.isVisible()  # Cancel stopped the import, it did not close the dialog


def test_dates_that_read_two_ways_are_asked_for_before_anything_is_imported(
        qtbot: QtBot, configured: Backend, catalog: Catalog, tmp_path: Path) -> None:
    first, second = row("AMB-1"), row("AMB-2")
    first[1], second[1] = "02/11/2026", "03/11/2026"
    first[5] = second[5] = ""  # a shop's export: no customer type
    first[3] = second[3] = "Jana Nowak"  # a consumer, not in the catalog
    path = write(tmp_path / "orders.csv", [first, second])
    dialog = open_dialog(qtbot, configured, path)

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.current_page() == MAPPING_PAGE
    assert "02/11/2026 is day first or month first" in dialog.date_order_error.message()
    assert configured.orders.get_by_reference("AMB-1") is None

    dialog.date_order.setCurrentIndex(dialog.date_order.findData("dmy"))
    dialog.customer_type.set_term_id("individual")
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.imported == 2
    order = configured.orders.get_by_reference("AMB-1")
    assert str(order.draft.date) == "2026-11-02"
    assert order.customer is not None and order.customer.type == "individual"
    # The next import starts from the type given this time (a shop's customers stay the same).
    again = ImportDialog(configured)
    qtbot.addWidget(again)
    assert again.customer_type.term_id() == "individual"


def test_a_shopify_export_is_recognised_and_its_columns_matched(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    shops = Path(__file__).parents[1] / "fixtures" / "shops"
    dialog = open_dialog(qtbot, configured, shops / "shopify-orders.csv")
    assert dialog.preset_note.isVisibleTo(dialog)
    assert "order export from Shopify" in dialog.preset_note.text()
    mapping = dialog.mapping()
    assert (mapping["reference"], mapping["date"], mapping["quantity"]) == (
        "Name", "Created at", "Lineitem quantity")
    assert "intended_use" not in mapping  # Shopify's Notes are not the intended use
    dialog.choose_file(str(write(tmp_path / "orders.csv", [row("X-1")])))
    assert not dialog.preset_note.isVisibleTo(dialog)


def test_large_file_shows_its_rows_from_the_start_and_cancels_cleanly(
        qtbot: QtBot, configured: Backend, catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path / "large.csv", [row(f"L-{i:05d}") for i in range(50_000)])
    dialog = open_dialog(qtbot, configured, path)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        seen: list[tuple[int, int, str]] = []

        def first_report(done: int, total: int) -> None:
            # Queued to the GUI thread after the dialog's own slot: the label is up to date.
            seen.append((done, total, dialog.progress_label.text()))
            if len(seen) == 1:
                qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog._job is not None
        dialog._job.signals.progress.connect(first_report)
        with qtbot.waitSignal(dialog.imported, timeout=60000):
            pass
    finally:
        QLocale.setDefault(before)
    # The first report comes while the rows are read, with the file's rows and a separator.
    done, total, label = seen[0]
    assert total == 50_000 and done < 50_000 // 3
    assert label == f"{done:,} of 50,000 rows"
    assert dialog.report is not None and dialog.report.cancelled
    assert dialog.result_title.text() == "Import cancelled"
    assert configured.orders.get_by_reference("L-00000") is None  # nothing half-stored


def test_importing_the_same_file_again_says_so_in_one_line(
        qtbot: QtBot, configured: Backend, catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path / "orders.csv", [row("AG-1"), row("AG-2"), row("AG-3", quantity="0")])
    first = open_dialog(qtbot, configured, path)
    with qtbot.waitSignal(first.imported, timeout=20000):
        qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    assert first.report is not None and first.report.imported == 2

    again = open_dialog(qtbot, configured, path)
    with qtbot.waitSignal(again.imported, timeout=20000):
        qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    # The row still wrong stays on top, listed; the two imported ones are one sentence.
    assert again.errors_model.rowCount() == 1
    assert again.errors_model.row_object(0).row == 4
    assert "2 rows were already imported." in again.result_text.text()


def test_a_shop_exports_orders_are_imported_as_self_service(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    shops = Path(__file__).parents[1] / "fixtures" / "shops"
    dialog = open_dialog(qtbot, configured, shops / "shopify-orders.csv")
    # The company sells both ways, usually sales-assisted; a webshop's orders are self-service.
    assert dialog.sales_model.currentData() == "self_service"
    assert dialog.sales_model.itemText(0) == (
        "As the company usually sells: Sales-assisted (we talk to the customer)")
    assert dialog.sales_model.accessibleName() == "Sales model of these orders"
    # Tab goes from the default customer type to it, as the rows are laid out.
    after = dialog.customer_type.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus or not after.isVisible():
        after = after.nextInFocusChain()
    assert after is dialog.sales_model
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # Elevated (no customer type, no category): held for a salesperson to look at first.
    assert dialog.report is not None and dialog.report.held == 2
    order = configured.orders.get_by_reference("#1002")
    assert order.draft.sales_model == "self_service" and order.screening.hold


def test_the_sales_model_chosen_is_the_one_imported(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    shops = Path(__file__).parents[1] / "fixtures" / "shops"
    dialog = open_dialog(qtbot, configured, shops / "woocommerce-orders.csv")
    assert dialog.sales_model.currentData() == "self_service"
    # Another file, not a shop's: the company's usual sales model again.
    dialog.choose_file(str(write(tmp_path / "orders.csv", [row("X-1")])))
    assert dialog.sales_model.currentIndex() == 0
    dialog.choose_file(str(shops / "woocommerce-orders.csv"))
    dialog.sales_model.setCurrentIndex(dialog.sales_model.findData("assisted"))
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.imported == 2
    assert dialog.report.held == 0
    assert configured.orders.get_by_reference("4712").draft.sales_model == "assisted"


def run_import(qtbot: QtBot, backend: Backend, path: Path) -> ImportDialog:
    dialog = open_dialog(qtbot, backend, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.current_page() == RESULT_PAGE
    return dialog


def test_a_header_only_file_says_there_was_nothing_to_import(
        qtbot: QtBot, configured: Backend, catalog: Catalog, tmp_path: Path) -> None:
    dialog = run_import(qtbot, configured, write(tmp_path / "empty.csv", []))
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
    dialog = run_import(qtbot, configured, write(tmp_path / "one.csv", [row("ONE-1")]))
    assert dialog.result_text.text().startswith("1 order imported and screened.")
