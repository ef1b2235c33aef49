"""How complete an order's information is: the order window's indicator follows the form as
typed and the checklist as ticked; the orders list shows the same in a small column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.domain.vocabulary import CompletenessItem as Item
from reseller_app.services.dto import OrderFilter
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import OrderWindow
from reseller_app.ui.orders_view import OrdersView

from .conftest import Catalog, camera_order, laptop_order
from .test_order_editor import choose


def _missing(window: OrderWindow) -> tuple[Item, ...]:
    c = window.completeness.completeness
    assert c is not None
    return c.missing_items


def test_the_indicator_follows_the_form_and_the_checklist(qtbot: QtBot, configured: Backend,
                                                          catalog: Catalog) -> None:
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.start_new()
    window.show()
    editor = window.editor
    # Nothing typed: no customer (so no end user either), no destination, no use.
    assert _missing(window) == (Item.CUSTOMER, Item.END_USER, Item.DESTINATION,
                                Item.INTENDED_USE, Item.USE_CASES)
    assert window.completeness.text() == "Information: 1 of 6"
    assert "Not yet done: Customer identified" in window.missing.text()
    assert "The destination country is not given." in window.completeness.toolTip()

    choose(qtbot, editor.customer, "Pol")  # Policía Regional, VE: the destination too
    assert editor.customer.customer_id() == catalog.police.id  # left the field: chosen
    assert _missing(window) == (Item.INTENDED_USE, Item.USE_CASES)
    qtbot.keyClicks(editor.intended_use, "public_space_surveillance")  # a tag, not words
    assert _missing(window) == (Item.INTENDED_USE, Item.USE_CASES)
    editor.intended_use.clear()
    qtbot.keyClicks(editor.intended_use, "Traffic monitoring at city junctions")
    assert _missing(window) == (Item.USE_CASES,)
    item = editor.use_cases.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(editor.product_picker.lineEdit(), "CAM-4K")
    qtbot.mouseClick(editor.add_product, Qt.MouseButton.LeftButton)
    # Once screened, the screening's questions are to be answered.
    qtbot.waitUntil(lambda: not editor.preview_pending() and _missing(window) == (
        Item.CHECKLIST,))
    assert window.completeness.text() == "Information: 5 of 6"
    assert window.missing.isVisibleTo(window)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.view is not None and window.view.screening.checklist
    assert _missing(window) == (Item.CHECKLIST,)
    items = window.checklist.items
    for question in items[:-1]:
        question.set_answer("no")
    assert _missing(window) == (Item.CHECKLIST,)
    items[-1].set_answer("unknown")  # "not sure yet" answers nothing
    assert _missing(window) == (Item.CHECKLIST,)
    items[-1].set_answer("yes")
    assert _missing(window) == ()
    assert window.completeness.text() == "Information: 6 of 6"
    assert not window.missing.isVisibleTo(window)
    assert window.checklist.save()

    # The end user: "Same as the customer" counts; a customer removed takes it away.
    editor.customer.set_customer_id(None)
    assert Item.END_USER in _missing(window) and Item.CUSTOMER in _missing(window)


def test_an_opened_order_shows_what_the_list_shows(qtbot: QtBot, configured: Backend,
                                                   catalog: Catalog) -> None:
    saved = configured.orders.save(camera_order(catalog, "SO-3001"))
    configured.orders.save(laptop_order(catalog, "SO-3002"))
    view = OrdersView(configured)
    qtbot.addWidget(view)
    view.show()
    view.load()
    column = view.model.columnCount() - 1
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Information"
    row = view.references().index("SO-3001")
    index = view.model.index(row, column)
    assert index.data() == "4/6"  # no use case tagged, the checklist not answered
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "No use case is tagged." in tip and "✗ Checklist answered" in tip

    window = OrderWindow(configured)
    qtbot.addWidget(window)
    assert window.open_order(saved.id)
    assert window.completeness.text() == "Information: 4 of 6"
    assert _missing(window) == (Item.USE_CASES, Item.CHECKLIST)
    # The list's rows and the window agree for every order, and so do both read paths.
    rows = configured.orders.query(OrderFilter(), 0, 10)
    assert {r.reference: r.completeness for r in rows}["SO-3001"] \
        == window.completeness.completeness.mask  # type: ignore[union-attr]
