"""A read-only table model that loads its rows page by page as the view scrolls.

The source is two functions, ``count()`` and ``fetch(offset, limit)``; the orders list pages
through ``OrderService.query`` with them, the catalog lists through a list already in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from reseller_app.ui.tier_badge import TIER_ROLE
from reseller_app.ui.workers import error_message

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = _LEFT
    tier: Callable[[Any], str] | None = None  # draws the cell as a tier pill
    tooltip: Callable[[Any], str] | None = None


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200

    loadFailed = Signal(str)
    totalChanged = Signal(int)

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._total = 0
        self._exhausted = True
        self._failed = False
        self._count: Callable[[], int] = lambda: 0
        self._fetch: Callable[[int, int], Sequence[Any]] = lambda offset, limit: []

    # -- source ------------------------------------------------------------------------------
    def set_source(self, count: Callable[[], int],
                   fetch: Callable[[int, int], Sequence[Any]]) -> None:
        self._count, self._fetch = count, fetch
        self.refresh()

    def refresh(self) -> None:
        """Forget the loaded rows, load the first page, and count again.

        The count only feeds ``totalChanged`` (a label): rows load page by page until a page
        comes back short, so a count capped for speed never hides rows.
        """
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())
        if self._exhausted and not self._failed:
            self._total = len(self._rows)  # everything is loaded: no need to count
        else:
            try:
                self._total = self._count()
            except Exception as exc:  # a failed load must not take the window down
                self._total = len(self._rows)
                self.loadFailed.emit(error_message(exc))
        self.totalChanged.emit(self._total)

    @property
    def total(self) -> int:
        return self._total

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    # -- lazy loading ------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        offset = len(self._rows)
        self._failed = False
        try:
            page = list(self._fetch(offset, self.PAGE_SIZE))
        except Exception as exc:
            self._exhausted = self._failed = True
            self.loadFailed.emit(error_message(exc))
            return
        if len(page) < self.PAGE_SIZE:
            self._exhausted = True
        if not page:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- table ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return column.align
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == TIER_ROLE and column.tier is not None:
            return column.tier(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == ROW_ROLE:
            return row
        return None


def list_source(items: Sequence[Any]) -> tuple[Callable[[], int],
                                               Callable[[int, int], Sequence[Any]]]:
    """``count`` and ``fetch`` over a list already in memory."""
    return (lambda: len(items)), (lambda offset, limit: items[offset: offset + limit])
