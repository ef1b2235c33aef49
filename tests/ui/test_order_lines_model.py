"""The order lines model, headless: no order editor, no view. Catalog lines keep the product's
SKU, name and category; free lines let the user type a description and pick a category; the
quantity and price are edited through ``setData`` and checked there. Qt's item-model contract
is checked on every change with ``QAbstractItemModelTester``."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from reseller_app.domain.packs import load_pack
from reseller_app.services.dto import LineDraft, Product
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.order_lines import (
    CATEGORY,
    DESCRIPTION,
    MAX_QUANTITY,
    PRICE,
    QUANTITY,
    SKU,
    TOTAL,
    CategoryDelegate,
    LinesModel,
    NumberDelegate,
)

EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CATEGORIES = {"general_it": "General IT equipment", "video_surveillance": "Video surveillance"}
CAMERA = Product("CAM-4K", "4K IP dome camera", "Axis", "video_surveillance", id=7)


@pytest.fixture
def model(app: QApplication, qtlog: object) -> Iterator[LinesModel]:
    """An empty lines model with Qt's contract tester watching every change (pytest-qt fails
    the test on any complaint of the tester; Warning mode rather than Fatal, which would abort
    the whole test run)."""
    lines = LinesModel(lambda category: CATEGORIES.get(category or "", category or ""))
    tester = QAbstractItemModelTester(lines,
                                      QAbstractItemModelTester.FailureReportingMode.Warning)
    yield lines
    del tester
    assert not [r for r in qtlog.records if "FAIL!" in r.message]  # type: ignore[attr-defined]


@pytest.fixture
def english_numbers() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def row_texts(model: LinesModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def changes(model: LinesModel) -> list[tuple[int, int, int, int]]:
    """``dataChanged`` as (top row, left column, bottom row, right column), as emitted."""
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda tl, br, _roles=(): seen.append(
        (tl.row(), tl.column(), br.row(), br.column())))
    return seen


def test_a_new_model_is_empty_with_six_named_columns(model: LinesModel) -> None:
    assert model.rowCount() == 0 and model.columnCount() == 6
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(6)] == [
        "SKU", "Description", "Category", "Quantity", "Unit price", "Line total"]
    assert model.headerData(0, horizontal, TOOLTIP) is None
    assert model.total() == Decimal(0)
    assert model.lines() == []


def test_a_catalog_line_shows_the_product_and_its_total(model: LinesModel,
                                                        english_numbers: None) -> None:
    inserted: list[tuple[int, int]] = []
    edited: list[bool] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.linesChanged.connect(lambda: edited.append(True))
    assert model.add_product(CAMERA, 40) == 0
    assert inserted == [(0, 0)] and edited == [True]
    assert row_texts(model, 0) == ["CAM-4K", "4K IP dome camera", "Video surveillance", "40",
                                   "", ""]  # no price yet: no total either
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"

    assert model.setData(model.index(0, PRICE), 1234.5)
    assert row_texts(model, 0)[PRICE:] == ["1,234.50", "49,380.00"]
    assert model.total() == Decimal("49380.00")
    assert model.lines() == [LineDraft("CAM-4K", "4K IP dome camera", "video_surveillance", 40,
                                       Decimal("1234.50"), 7)]
    for column in (QUANTITY, PRICE, TOTAL):
        assert model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(0, SKU), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, DESCRIPTION), Qt.ItemDataRole.AccessibleTextRole) == \
        "4K IP dome camera"
    # The shared-width columns show their whole text on hover; the others need no tooltip.
    assert model.data(model.index(0, DESCRIPTION), TOOLTIP) == "4K IP dome camera"
    assert model.data(model.index(0, CATEGORY), TOOLTIP) == "Video surveillance"
    assert model.data(model.index(0, SKU), TOOLTIP) is None
    assert model.data(model.index(0, CATEGORY), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, SKU), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None


def test_numbers_follow_the_users_locale(model: LinesModel) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        model.add_product(CAMERA, 1200)
        model.setData(model.index(0, PRICE), "310.5")
        assert row_texts(model, 0)[QUANTITY:] == ["1.200", "310,50", "372.600,00"]
    finally:
        QLocale.setDefault(previous)


def test_only_a_catalog_lines_quantity_and_price_are_editable(model: LinesModel) -> None:
    model.add_product(CAMERA)
    model.add_free_line()
    editable = Qt.ItemFlag.ItemIsEditable
    catalog = [bool(model.flags(model.index(0, c)) & editable) for c in range(6)]
    free = [bool(model.flags(model.index(1, c)) & editable) for c in range(6)]
    assert catalog == [False, False, False, True, True, False]
    assert free == [False, True, True, True, True, False]
    assert model.flags(model.index(0, SKU)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.setData(model.index(0, SKU), "OTHER")
    assert not model.setData(model.index(0, TOTAL), "1")
    assert not model.setData(model.index(0, QUANTITY), 3, Qt.ItemDataRole.DisplayRole)
    assert not model.setData(QModelIndex(), 3)
    assert model.lines()[0].sku == "CAM-4K"


def test_a_free_line_asks_for_its_category(model: LinesModel, english_numbers: None) -> None:
    row = model.add_free_line()
    assert row_texts(model, row) == ["(free line)", "", "Choose a category", "1", "", ""]
    category = model.index(row, CATEGORY)
    font = model.data(category, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "missing information" in model.data(category, TOOLTIP)

    seen = changes(model)
    assert model.setData(model.index(row, DESCRIPTION), "Rack cabinet 42U")
    assert model.setData(category, "general_it")
    assert seen == [(row, SKU, row, TOTAL)] * 2  # the whole row: the total may change with it
    assert row_texts(model, row)[:3] == ["(free line)", "Rack cabinet 42U",
                                         "General IT equipment"]
    assert model.data(category, Qt.ItemDataRole.FontRole) is None
    assert model.data(category, EDIT) == "general_it"
    assert model.setData(category, "")  # cleared again
    assert model.lines()[row].category is None
    assert model.setData(model.index(row, DESCRIPTION), None)
    assert model.lines()[row].description == ""


def test_quantities_and_prices_out_of_range_are_refused(model: LinesModel) -> None:
    model.add_product(CAMERA, 5)
    quantity, price = model.index(0, QUANTITY), model.index(0, PRICE)
    seen = changes(model)
    for bad in (0, -1, MAX_QUANTITY + 1, "many", None):
        assert not model.setData(quantity, bad), bad
    assert not model.setData(price, "ten euros")
    assert seen == [] and model.lines()[0].quantity == 5
    assert model.setData(quantity, MAX_QUANTITY)
    assert model.setData(quantity, "12")
    assert model.data(quantity, EDIT) == 12
    assert model.setData(price, "19.999")
    assert model.lines()[0].unit_price == Decimal("20.00")  # to the cent
    assert model.data(price, EDIT) == 20.0
    assert model.setData(price, 0)  # no price is "not known yet", not free of charge
    assert model.lines()[0].unit_price is None
    assert model.data(price, EDIT) == 0.0
    assert model.total() == Decimal(0)


def test_lines_are_replaced_removed_and_handed_out_as_copies(model: LinesModel) -> None:
    given = [LineDraft("LT-14", "Business laptop", "general_it", 10, Decimal("900"), 3),
             LineDraft(None, "Cabling", None, 1, Decimal("45.10"), None)]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_lines(given)
    assert resets == [True] and model.rowCount() == 2
    assert model.total() == Decimal("9045.10")
    given[0].quantity = 99  # the caller's list is not the model's
    assert model.lines()[0].quantity == 10
    out = model.lines()
    out[0].quantity = 77
    assert model.lines()[0].quantity == 10

    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.remove(0)
    model.remove(5)  # no such row: nothing happens
    assert removed == [(0, 0)]
    assert [line.description for line in model.lines()] == ["Cabling"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


# -- the cell editors write through setData ----------------------------------------------------
def test_the_category_editor_offers_the_packs_categories(qtbot: QtBot,
                                                         model: LinesModel) -> None:
    terms = load_pack(default_pack_bytes()).pack.vocabulary.product_categories
    delegate = CategoryDelegate(terms)
    parent = QWidget()
    qtbot.addWidget(parent)
    row = model.add_free_line()
    index = model.index(row, CATEGORY)
    editor = delegate.createEditor(parent, None, index)  # type: ignore[arg-type]
    assert isinstance(editor, QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == [t.id for t in terms]
    editor.setCurrentIndex(editor.findData("video_surveillance"))
    delegate.setModelData(editor, model, index)
    assert model.lines()[row].category == "video_surveillance"

    model.setData(index, "retired_category")  # from an older pack
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "retired_category"  # kept until the user picks another


def test_the_number_editors_keep_quantities_whole_and_prices_to_the_cent(
        qtbot: QtBot, model: LinesModel) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model.add_product(CAMERA, 3)
    quantity, price = model.index(0, QUANTITY), model.index(0, PRICE)
    whole = NumberDelegate(decimals=0)
    cents = NumberDelegate(decimals=2)
    spin = whole.createEditor(parent, None, quantity)  # type: ignore[arg-type]
    money = cents.createEditor(parent, None, price)  # type: ignore[arg-type]
    assert isinstance(spin, QSpinBox) and spin.minimum() == 1
    assert isinstance(money, QDoubleSpinBox) and money.decimals() == 2
    whole.setEditorData(spin, quantity)
    assert spin.value() == 3
    spin.setValue(8)
    whole.setModelData(spin, model, quantity)
    money.setValue(12.34)
    cents.setModelData(money, model, price)
    assert model.lines()[0].quantity == 8
    assert model.lines()[0].unit_price == Decimal("12.34")
    assert model.total() == Decimal("98.72")
