"""A staff member's walk through the app, through the real widgets."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QRadioButton,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer, LineDraft, OrderDraft, OrderFilter, OrderView
from reseller_app.ui.app import Launcher
from reseller_app.ui.audit_dialog import AuditDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import CustomerDialog, ProductDialog
from reseller_app.ui.data_sources_dialog import DataSourcesDialog
from reseller_app.ui.import_dialog import MAPPING_PAGE, RESULT_PAGE, ImportDialog
from reseller_app.ui.order_detail import (
    CHECKLIST_TAB,
    DECISION_TAB,
    HISTORY_TAB,
    ORDER_TAB,
    OrderWindow,
)
from reseller_app.ui.order_lines import CATEGORY
from reseller_app.ui.orders_view import OrdersView
from reseller_app.ui.pack_import_dialog import PackImportDialog
from reseller_app.ui.setup_wizard import FINISH_PAGE, SetupWizard

from .conftest import APPROVER, Catalog, camera_order, laptop_order

WGI_LINE = ("The World Bank: Worldwide Governance Indicators: WGI 2024 Update (wgidataset.xlsx, "
            "data 1996–2023), https://www.worldbank.org/en/publication/"
            "worldwide-governance-indicators")


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_wizard(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.company.name, "Nordlicht IT GmbH")
    wizard.company.country.set_code("DE")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.approver.name, APPROVER)
    qtbot.keyClicks(wizard.approver.title, "Managing Director")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # people: skipped
    qtbot.keyClicks(wizard.distributors.rows[0].name, "TechDistri Europe")
    qtbot.keyClicks(wizard.distributors.rows[0].email, "compliance@techdistri.example")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def mnemonics(widgets: list[QWidget]) -> list[str]:
    """The Alt+letter of every labelled control among ``widgets``."""
    letters = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        i = text.replace("&&", "").find("&")
        if i >= 0 and i + 1 < len(text):
            letters.append(text.replace("&&", "")[i + 1].lower())
    return letters


def visible_mnemonics(root: QWidget, *, skip_radios: bool = False) -> list[str]:
    widgets = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)
               and not (skip_radios and isinstance(w, QRadioButton))]
    letters = mnemonics(widgets)
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            text = tabs.tabText(i)
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
    return letters


def duplicates(letters: list[str]) -> set[str]:
    return {c for c in letters if letters.count(c) > 1}


# -- 1. first run ------------------------------------------------------------------------------

def test_first_run_with_demo_data_fills_every_tier(qtbot: QtBot, backend: Backend) -> None:
    launcher = Launcher(backend)
    launcher.start()
    wizard = launcher.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard)
    assert wizard.currentId() == FINISH_PAGE
    wizard.finish.demo.setChecked(True)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(),
                    timeout=60000)
    qtbot.addWidget(launcher.window)
    assert wizard.demo_loaded
    orders = backend.orders
    assert orders.count(OrderFilter()) >= 30
    for tier in ("low", "elevated", "high", "prohibited"):
        assert orders.count(OrderFilter(tiers=[tier])) > 0, tier


def test_distributor_email_is_checked_and_labelled(qtbot: QtBot, backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    page = wizard.distributors
    row = page.rows[0]
    row.email.clear()
    qtbot.keyClicks(row.email, "compliance at techdistri")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() != FINISH_PAGE
    assert "is not an e-mail address" in row.error.message()

    # The fields keep a visible label once typed in, and Tab runs row by row.
    assert [label.buddy() for label in page.heading_labels] == [row.name, row.email,
                                                                row.contact]
    click(qtbot, page.add_button)
    assert page.rows[-1].remove.nextInFocusChain() is page.add_button
    assert row.remove.nextInFocusChain() is page.rows[1].name


# -- 2. catalog --------------------------------------------------------------------------------

def test_edit_customer_type_and_government_function(qtbot: QtBot, configured: Backend,
                                                    catalog: Catalog) -> None:
    dialog = CustomerDialog(configured, catalog.police)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit customer"
    assert dialog.name.text() == "Policía Regional"
    assert dialog.function.isVisibleTo(dialog)
    assert dialog.function.term_id() == "law_enforcement"
    dialog.type.set_term_id("non_profit")
    assert not dialog.function.isVisibleTo(dialog)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    saved = configured.catalog.customer(catalog.police.id)
    assert (saved.type, saved.government_function) == ("non_profit", None)
    assert not duplicates(visible_mnemonics(dialog))


def test_product_category_comes_from_the_pack(qtbot: QtBot, configured: Backend,
                                              catalog: Catalog) -> None:
    dialog = ProductDialog(configured, catalog.camera)
    qtbot.addWidget(dialog)
    categories = [dialog.category.itemData(i) for i in range(dialog.category.count())]
    assert categories == [t.id for t in configured.pack.vocabulary.product_categories]
    assert dialog.category.term_id() == "video_surveillance"
    dialog.category.set_term_id("ai_analytics")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert configured.catalog.product_by_sku("CAM-4K").category == "ai_analytics"


# -- 3, 4. orders and their screening ----------------------------------------------------------

def test_unrecognised_values_are_shown_and_kept(qtbot: QtBot, configured: Backend) -> None:
    odd = configured.catalog.save_customer(Customer("Odd Ltd", "DE", "guild",
                                                    sector="space_mining"))
    view = configured.orders.save(OrderDraft(
        reference="ODD-1", date=dt.date(2026, 11, 2), sales_model="assisted",
        customer_id=odd.id, end_user_id=None, destination_country="DE",
        intended_use="Office use", use_cases=["mind_reading"],
        lines=[LineDraft("Q-1", "Quantum box", "quantum_gadget", 1, Decimal("10"), None)],
    ))
    assert view.screening.tier != "low"  # unrecognised counts as missing information

    window = OrderWindow(configured)
    qtbot.addWidget(window)
    assert window.open_order(view.id)
    editor = window.editor
    category = editor.lines.data(editor.lines.index(0, CATEGORY))
    assert category == "quantum_gadget (not recognised)"
    items = [editor.use_cases.item(i) for i in range(editor.use_cases.count())]
    odd_items = [i for i in items if "mind_reading" in i.text()]
    assert [i.text() for i in odd_items] == ["mind_reading (not recognised)"]
    assert odd_items[0].checkState() == Qt.CheckState.Checked
    assert any(item.flag.criterion == "missing.unrecognised_value"
               for item in editor.panel.flag_items())

    # Saving again keeps the value the pack does not know (it is not silently dropped).
    qtbot.keyClicks(editor.intended_use, " and more")
    click(qtbot, editor.save_button)
    assert configured.orders.get(view.id).draft.use_cases == ["mind_reading"]

    dialog = CustomerDialog(configured, odd)
    qtbot.addWidget(dialog)
    assert dialog.type.currentText() == "guild (not recognised)"
    assert dialog.sector.currentText() == "space_mining (not recognised)"


def test_self_service_order_is_held_until_a_sales_assisted_review(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.start_new()
    window.show()
    editor = window.editor
    editor.sales_model.setCurrentIndex(editor.sales_model.findData("self_service"))
    editor.customer.set_customer_id(catalog.office.id)
    qtbot.keyClicks(editor.product_picker.lineEdit(), "CAM-4K")
    click(qtbot, editor.add_product)
    qtbot.keyClicks(editor.intended_use, "Cameras for the office entrance")
    assert editor.preview_pending()  # debounced: not screened on every key
    qtbot.waitUntil(lambda: not editor.preview_pending() and editor.panel.result() is not None)
    live = editor.panel.result()
    assert live.tier != "low" and live.hold
    assert "self-service" in editor.panel.banner_text()

    click(qtbot, editor.save_button)
    assert window.view is not None and window.view.status == "held"
    assert window.view.screening.tier == live.tier  # screened again on save, same answer

    window.tabs.setCurrentIndex(DECISION_TAB)
    panel = window.decision
    assert "sales-assisted review" in panel.explanation.text()
    click(qtbot, panel.outcome_buttons["proceed"])
    qtbot.keyClicks(panel.rationale, "Called the customer: entrance camera only.")
    if panel.needs_approval():
        qtbot.keyClicks(panel.approved_by, APPROVER)
    with qtbot.waitSignal(window.orderChanged):
        click(qtbot, panel.record_button)
    decided = configured.orders.get(window.view.id)
    assert decided.status == "proceed"
    assert decided.decisions[-1].sales_review


def test_blocked_order_says_it_once(qtbot: QtBot, configured: Backend,
                                    catalog: Catalog) -> None:
    draft = camera_order(catalog, "SO-3000")
    draft.use_cases = [configured.pack.prohibited_use_cases[0].id]
    view = configured.orders.save(draft)
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(view.id)
    window.show()
    window.tabs.setCurrentIndex(DECISION_TAB)
    panel = window.decision
    assert panel.blocked.text()
    assert not panel.explanation.isVisibleTo(panel)
    assert panel.offered_outcomes() == ["decline"]


# -- 5, 8. checklist, decision, history --------------------------------------------------------

def test_history_shows_edits_and_decisions_in_words(qtbot: QtBot, configured: Backend,
                                                    held_order: OrderView) -> None:
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(held_order.id)
    window.show()
    editor = window.editor
    qtbot.keyClicks(editor.intended_use, " and parking")
    click(qtbot, editor.save_button)
    assert any("Changed: intended use" in s for s in window.history.summaries())

    window.tabs.setCurrentIndex(DECISION_TAB)
    panel = window.decision
    click(qtbot, panel.outcome_buttons["decline"])
    qtbot.keyClicks(panel.rationale, "No oversight of the police force.")
    with qtbot.waitSignal(window.orderChanged):
        click(qtbot, panel.record_button)

    window.tabs.setCurrentIndex(HISTORY_TAB)
    history = window.history
    assert history.summaries()[0].startswith("Decision to decline")
    history.table.selectRow(0)
    assert "Why: No oversight of the police force." in history.details.text()


# -- 6. the orders list ------------------------------------------------------------------------

def test_orders_list_filters_by_status_customer_country_and_date(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    configured.orders.save(camera_order(catalog, "CAM-1"))  # held, VE, police, 2026-11-02
    configured.orders.save(laptop_order(catalog, "LAP-1"))  # cleared, DE, office, 2026-11-03
    view = OrdersView(configured)
    qtbot.addWidget(view)
    view.show()
    view.load()
    bar = view.filters

    def shows(expected: list[str]) -> None:
        qtbot.waitUntil(lambda: sorted(view.references()) == expected)

    shows(["CAM-1", "LAP-1"])
    bar.status.setCurrentIndex(bar.status.findData("held"))
    shows(["CAM-1"])
    bar.clear()
    bar.customer.set_customer_id(catalog.office.id)
    shows(["LAP-1"])
    bar.clear()
    bar.country.set_code("VE")
    shows(["CAM-1"])
    bar.clear()
    bar.date_from.setDate(QDate(2026, 11, 3))
    shows(["LAP-1"])
    bar.date_from.setDate(QDate(2026, 11, 1))
    bar.date_to.setDate(QDate(2026, 11, 2))
    shows(["CAM-1"])
    bar.clear()
    shows(["CAM-1", "LAP-1"])


# -- 7. CSV import -----------------------------------------------------------------------------

def test_import_remembers_the_column_mapping(qtbot: QtBot, configured: Backend,
                                             catalog: Catalog, tmp_path: Path) -> None:
    headers = ["Beleg", "Kunde", "Land", "Artikel", "Warengruppe", "Stück", "Zweck"]

    def write(name: str, ref: str) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(headers)
            out.writerow([ref, "Müller Steuerberatung", "DE", "LT-14", "general_it", "3",
                          "Laptops for the accounting team"])
        return path

    first = ImportDialog(configured)
    qtbot.addWidget(first)
    first.show()
    assert first.choose_file(str(write("a.csv", "IMP-A")))
    assert first.current_page() == MAPPING_PAGE
    for field, header in (("reference", "Beleg"), ("customer_name", "Kunde"),
                          ("customer_country", "Land"), ("sku", "Artikel"),
                          ("category", "Warengruppe"), ("quantity", "Stück"),
                          ("intended_use", "Zweck")):
        first.set_mapping(field, header)
    mapping = first.mapping()
    with qtbot.waitSignal(first.imported, timeout=20000):
        click(qtbot, first.next_button)
    assert first.current_page() == RESULT_PAGE
    assert first.report is not None and first.report.imported == 1
    assert first.progress.maximum() == 0 or first.progress.value() == first.progress.maximum()

    second = ImportDialog(configured)
    qtbot.addWidget(second)
    second.show()
    assert second.choose_file(str(write("b.csv", "IMP-B")))
    assert second.mapping() == mapping  # remembered from the first import


# -- Help menu: audit, data sources, packs -----------------------------------------------------

def test_tampered_audit_log_is_reported_in_words(qtbot: QtBot, configured: Backend,
                                                 held_order: OrderView, tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "app.sqlite3")
    try:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_change")
        bad = con.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
        con.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", (bad,))
        con.commit()
    finally:
        con.close()
    dialog = AuditDialog(configured)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.result is not None and not dialog.result.ok
    assert dialog.title.text() == "The audit log has been altered"
    text = dialog.text.text()
    assert f"Entry {bad} does not match" in text
    assert f"The {bad - 1} entries before it check out" in text


def test_a_deleted_audit_log_is_reported_in_words(qtbot: QtBot, configured: Backend,
                                                  held_order: OrderView, tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "app.sqlite3")
    try:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        con.execute("DELETE FROM audit_event")
        con.commit()
    finally:
        con.close()
    dialog = AuditDialog(configured)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.result is not None and not dialog.result.ok
    assert dialog.title.text() == "The audit log has been altered"
    text = dialog.text.text()
    assert text.startswith(f"order {held_order.draft.reference} has no audit event")
    assert "deleted entries outside the app" in text and "None" not in text


def test_data_sources_show_the_wgi_attribution(qtbot: QtBot, configured: Backend) -> None:
    dialog = DataSourcesDialog(configured)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert f"{WGI_LINE} (CC BY 4.0)" in text
    assert "adaptation" in text
    assert text.count(WGI_LINE) == 2  # once as the credit line, once under Sources
    shipped = (importlib.resources.files("reseller_app.resources") / "ATTRIBUTION.md")
    notice = shipped.read_text(encoding="utf-8")
    assert WGI_LINE in notice and "CC BY 4.0" in notice


def test_pack_import_keeps_older_packs_and_can_use_one_again(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    original = configured.loaded_pack.ref
    data = json.loads(configured.loaded_pack.canonical)
    data["version"] = data["version"] + "-test"
    data["mitigations"][0]["label"] = data["mitigations"][0]["label"] + " (revised)"
    path = tmp_path / "new-pack.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    dialog = PackImportDialog(configured)
    qtbot.addWidget(dialog)
    assert len(dialog.kept_packs()) == 1
    assert dialog.load_file(str(path)), dialog.error.message()
    assert dialog.changes_title.text() == "1 change compared with the pack in use:"
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert configured.loaded_pack.ref.version == data["version"]

    again = PackImportDialog(configured)
    qtbot.addWidget(again)
    kept = again.kept_packs()
    assert len(kept) == 2
    assert data["version"] in kept[0] and kept[0].endswith("(in use)")
    assert original.version in kept[1]
    again.kept.setCurrentRow(1)
    assert again.review_kept()
    assert again.changes.rowCount() == 1
    with qtbot.waitSignal(again.imported):
        click(qtbot, again.import_button)
    assert configured.loaded_pack.ref.sha256 == original.sha256
    assert len(configured.packs.list_packs()) == 2

    same = PackImportDialog(configured)
    qtbot.addWidget(same)
    same.kept.setCurrentRow(0)  # the pack in use: nothing to review
    assert not same.review_button.isEnabled()


# -- keyboard ----------------------------------------------------------------------------------

def test_order_window_mnemonics_are_unique_on_every_tab(qtbot: QtBot, configured: Backend,
                                                        held_order: OrderView) -> None:
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(held_order.id)
    window.show()
    for tab in (ORDER_TAB, CHECKLIST_TAB, DECISION_TAB, HISTORY_TAB):
        window.tabs.setCurrentIndex(tab)
        if tab == DECISION_TAB:
            click(qtbot, window.decision.outcome_buttons["proceed_with_conditions"])
        # Every question has its own Yes / No / Not sure: those repeat by design.
        letters = visible_mnemonics(window, skip_radios=tab == CHECKLIST_TAB)
        assert not duplicates(letters), (tab, letters)


def test_setup_wizard_mnemonics_are_unique_on_every_page(qtbot: QtBot,
                                                         backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(qtbot, wizard)  # walks to the last page
    for _ in range(4):
        letters = visible_mnemonics(wizard)
        assert not duplicates(letters), (wizard.currentId(), letters)
        wizard.back()
