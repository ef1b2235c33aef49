"""Creating an order: the live screening explains a held order before it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.order_detail import CHECKLIST_TAB, OrderWindow

from .conftest import Catalog


def main_window(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.load_initial()
    return window


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into an editable combo and leave it, as a keyboard user does."""
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)


def test_held_order_is_explained_live_and_listed_as_held(qtbot: QtBot, configured: Backend,
                                                         catalog: Catalog) -> None:
    window = main_window(qtbot, configured)
    window.new_order_action.trigger()
    order = window.new_order_windows[0]
    assert isinstance(order, OrderWindow)
    qtbot.addWidget(order)
    editor = order.editor
    reference = editor.reference.text()
    assert reference  # prefilled with the next free reference

    choose(qtbot, editor.customer, "Pol")
    assert editor.customer.customer_id() == catalog.police.id
    qtbot.keyClicks(editor.product_picker.lineEdit(), "CAM-4K")
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    assert [ln.sku for ln in editor.lines.lines()] == ["CAM-4K"]
    qtbot.keyClicks(editor.intended_use, "Traffic monitoring at city junctions")

    panel = editor.panel
    qtbot.waitUntil(lambda: not editor.preview_pending() and panel.result() is not None
                    and panel.result().tier == "high")
    assert panel.banner_text().startswith("On hold:")
    factors = {item.flag.factor for item in panel.flag_items()}
    assert {"product", "customer", "geography"} <= factors
    assert order.tabs.isTabEnabled(CHECKLIST_TAB) is False  # not saved yet

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert order.view is not None
    assert order.view.status == "held"
    assert order.tabs.isTabEnabled(CHECKLIST_TAB)

    orders = window.orders
    qtbot.waitUntil(lambda: reference in orders.references())
    row = orders.model.row_object(orders.references().index(reference))
    assert (row.tier, row.status) == ("high", "held")


def test_save_shows_validation_error_at_the_field(qtbot: QtBot, configured: Backend,
                                                  catalog: Catalog) -> None:
    order = OrderWindow(configured)
    qtbot.addWidget(order)
    order.start_new()
    order.show()
    editor = order.editor
    editor.reference.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("reference") == "Enter a reference for the order."
    assert order.view is None


def test_prohibited_use_case_is_marked_and_blocks(qtbot: QtBot, configured: Backend,
                                                  catalog: Catalog) -> None:
    order = OrderWindow(configured)
    qtbot.addWidget(order)
    order.start_new()
    editor = order.editor
    prohibited = {t.id for t in configured.pack.prohibited_use_cases}
    assert prohibited
    items = [editor.use_cases.item(i) for i in range(editor.use_cases.count())]
    marked = [i for i in items if "prohibited" in i.text()]
    assert len(marked) == len(prohibited)

    choose(qtbot, editor.customer, "Steuerberatung")
    qtbot.keyClicks(editor.product_picker.lineEdit(), "CAM-4K")
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    marked[0].setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: editor.panel.result() is not None
                    and editor.panel.result().blocked)
    assert editor.panel.banner_text().startswith("Blocked:")
