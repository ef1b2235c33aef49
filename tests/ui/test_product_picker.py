"""The order editor's product picker finds products by words of their name, accents folded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Product
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_editor import OrderEditor

from .conftest import Catalog


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
