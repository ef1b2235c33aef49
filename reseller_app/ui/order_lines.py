"""The lines of an order being edited: a small editable table model and its cell editors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reseller_app.domain.packs import Term
from reseller_app.services.dto import LineDraft, Product
from reseller_app.ui.labels import unrecognised_label

Index = QModelIndex | QPersistentModelIndex

SKU, DESCRIPTION, CATEGORY, QUANTITY, PRICE, TOTAL = range(6)
MAX_QUANTITY = 1_000_000
MAX_PRICE = 100_000_000


class LinesModel(QAbstractTableModel):
    """Order lines. Catalog lines keep the product's SKU, name and category; free lines let the
    user type a description and pick the category."""

    linesChanged = Signal()

    def __init__(self, category_label: Callable[[str | None], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._category_label = category_label
        self._lines: list[LineDraft] = []
        self._headers = (
            self.tr("SKU"), self.tr("Description"), self.tr("Category"), self.tr("Quantity"),
            self.tr("Unit price"), self.tr("Line total"),
        )

    # -- lines -----------------------------------------------------------------------------
    def lines(self) -> list[LineDraft]:
        return [LineDraft(ln.sku, ln.description, ln.category, ln.quantity, ln.unit_price,
                          ln.product_id) for ln in self._lines]

    def set_lines(self, lines: Sequence[LineDraft]) -> None:
        self.beginResetModel()
        self._lines = [LineDraft(ln.sku, ln.description, ln.category, ln.quantity,
                                 ln.unit_price, ln.product_id) for ln in lines]
        self.endResetModel()
        self.linesChanged.emit()

    def add_product(self, product: Product, quantity: int = 1) -> int:
        return self._append(LineDraft(product.sku, product.name, product.category, quantity,
                                      None, product.id))

    def add_free_line(self) -> int:
        return self._append(LineDraft(None, "", None, 1, None, None))

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self.linesChanged.emit()

    def _append(self, line: LineDraft) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        self.linesChanged.emit()
        return row

    def total(self) -> Decimal:
        return sum(((ln.unit_price or Decimal(0)) * ln.quantity for ln in self._lines),
                   Decimal(0))

    # -- table -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the table's root is no cell (Qt's model contract)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        editable = {QUANTITY, PRICE}
        if line.product_id is None:
            editable |= {DESCRIPTION, CATEGORY}
        if index.column() in editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = index.column()
        locale = QLocale()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == SKU:
                return line.sku or self.tr("(free line)")
            if col == DESCRIPTION:
                return line.description or ""
            if col == CATEGORY:
                return self._category_label(line.category) if line.category else \
                    self.tr("Choose a category")
            if col == QUANTITY:
                return locale.toString(line.quantity)
            if col == PRICE:
                return "" if line.unit_price is None else locale.toString(
                    float(line.unit_price), "f", 2)
            if col == TOTAL:
                if line.unit_price is None:
                    return ""
                return locale.toString(float(line.unit_price * line.quantity), "f", 2)
        if role == Qt.ItemDataRole.EditRole:
            return {DESCRIPTION: line.description or "", CATEGORY: line.category,
                    QUANTITY: line.quantity,
                    PRICE: float(line.unit_price) if line.unit_price is not None else 0.0,
                    }.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (QUANTITY, PRICE, TOTAL):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and col == CATEGORY and not line.category:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == CATEGORY and not line.category:
            return self.tr("Without a category the screening counts this line as missing "
                           "information.")
        if role == Qt.ItemDataRole.ToolTipRole and col in (DESCRIPTION, CATEGORY):
            # The columns share the width: the whole text when a cell is cut short.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self._lines[index.row()]
        col = index.column()
        if col == DESCRIPTION:
            line.description = str(value or "")
        elif col == CATEGORY:
            line.category = str(value) if value else None
        elif col == QUANTITY:
            try:
                quantity = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= quantity <= MAX_QUANTITY:
                return False
            line.quantity = quantity
        elif col == PRICE:
            try:
                price = Decimal(str(value)).quantize(Decimal("0.01"))
            except (InvalidOperation, ValueError):
                return False
            line.unit_price = price if price > 0 else None
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), TOTAL))
        self.linesChanged.emit()
        return True


class CategoryDelegate(QStyledItemDelegate):
    """Choose a free line's category from the pack's vocabulary."""

    def __init__(self, terms: Sequence[Term], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = tuple(terms)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Category"))
        for term in self._terms:
            combo.addItem(term.label, term.id)
            combo.setItemData(combo.count() - 1, term.description or term.reason,
                              Qt.ItemDataRole.ToolTipRole)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found < 0 and value:
            # A category the pack does not know stays as it is until the user picks another.
            editor.insertItem(0, unrecognised_label(str(value)), value)
            found = 0
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Whole quantities from 1, or prices with two decimals."""

    def __init__(self, *, decimals: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decimals = decimals

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor: QSpinBox | QDoubleSpinBox
        if self._decimals == 0:
            editor = QSpinBox(parent)
            editor.setRange(1, MAX_QUANTITY)
            editor.setAccessibleName(self.tr("Quantity"))
        else:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(self._decimals)
            editor.setRange(0, MAX_PRICE)
            editor.setAccessibleName(self.tr("Unit price"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 1))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: Index) -> None:
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
