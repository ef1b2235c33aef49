"""The order editor's consignee: folded away and empty by default, ticked and chosen from the
catalog like the end user, screened live, saved, shown again when the order is opened, and
refused at its field when it is the customer; and a shop export's shipping party mapped to it
in the import dialog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import OrderWindow

from .conftest import Catalog, laptop_order
from .test_escalation import no_duplicate_mnemonics
from .test_import_dialog import open_dialog
from .test_order_editor import choose


def new_order(qtbot: QtBot, backend: Backend) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    window.start_new()
    window.show()
    return window


def test_a_new_order_has_no_consignee_until_one_is_ticked_and_chosen(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    forwarder = configured.catalog.save_customer(
        Customer("Gulf Freight Forwarding FZE", "AE", "private", sector="other"))
    window = new_order(qtbot, configured)
    editor = window.editor
    box = editor.consignee_box
    assert not box.isChecked() and not editor.consignee.isVisible()
    assert editor.draft().consignee_id is None

    choose(qtbot, editor.customer, "Steuer")
    qtbot.keyClicks(editor.product_picker.lineEdit(), "LT-14")
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.intended_use, "Laptops for the accounting team")

    box.setChecked(True)  # what a click on its title or Space on it does
    assert editor.consignee.isVisible() and editor.new_consignee.isVisible()
    no_duplicate_mnemonics(window)
    choose(qtbot, editor.consignee, "Gulf")
    assert editor.draft().consignee_id == forwarder.id

    panel = editor.panel
    qtbot.waitUntil(lambda: not editor.preview_pending() and panel.result() is not None
                    and any(f.subject == "consignee: AE" for f in panel.result().flags))

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.view is not None
    assert window.view.consignee is not None and window.view.consignee.id == forwarder.id

    # Opened again, the box is ticked and names it; unticked, the order has none.
    again = OrderWindow(configured)
    qtbot.addWidget(again)
    again.open_order(window.view.id)
    again.show()
    assert again.editor.consignee_box.isChecked()
    assert again.editor.consignee.customer_id() == forwarder.id
    assert "Gulf Freight Forwarding FZE" in again.editor.consignee.currentText()
    again.editor.consignee_box.setChecked(False)
    assert again.editor.consignee.customer_id() is None
    assert again.editor.save() is not None
    assert configured.orders.get(window.view.id).consignee is None


def test_an_order_opened_without_a_consignee_shows_the_box_folded(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    saved = configured.orders.save(laptop_order(catalog))
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(saved.id)
    window.show()
    assert not window.editor.consignee_box.isChecked()
    assert not window.editor.consignee.isVisible()


def test_the_customer_as_consignee_is_refused_at_the_field(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    saved = configured.orders.save(laptop_order(catalog))
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(saved.id)
    window.show()
    editor = window.editor
    editor.consignee_box.setChecked(True)
    choose(qtbot, editor.consignee, "Steuer")
    assert editor.save() is None
    assert "customer or the end user" in editor.error_text("consignee_id")
    assert configured.orders.get(saved.id).draft == dataclasses.replace(saved.draft)


def test_the_import_dialog_maps_a_shops_shipping_party_to_the_consignee(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    path = tmp_path / "orders_export.csv"
    path.write_text(
        "Name,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
        "Billing Name,Billing Company,Billing Country,Shipping Name,Shipping Company,"
        "Shipping Country,Currency\n"
        "#3001,2026-02-11 16:36:00 +0100,2,Laptop,900.00,LT-1,Petra Schmidt,Acme GmbH,DE,"
        "Omar Haddad,Gulf Freight Forwarding FZE,AE,EUR\n"
        "#3002,2026-02-11 17:00:00 +0100,1,Mouse,20.00,MS-1,Petra Schmidt,Acme GmbH,DE,"
        "Petra Schmidt,Acme GmbH,DE,EUR\n", encoding="utf-8", newline="")
    dialog = open_dialog(qtbot, configured, path)
    mapping = dialog.mapping()
    assert (mapping["consignee_name"], mapping["consignee_person"]) == (
        "Shipping Company", "Shipping Name")
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.imported == 2
    routed = configured.orders.get_by_reference("#3001")
    assert routed.consignee is not None
    assert (routed.consignee.name, routed.consignee.country) == (
        "Gulf Freight Forwarding FZE", "AE")
    assert configured.orders.get_by_reference("#3002").consignee is None
