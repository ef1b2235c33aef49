"""The shared shape of the catalog screens: a search box, a paged table, New and Edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import number_text
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import heading, note
from reseller_app.ui.workers import error_message

SEARCH_DELAY_MS = 250


class CatalogList(QWidget):
    """Subclasses give the columns, how to search and which dialog edits an entry."""

    changed = Signal()

    def __init__(self, title: str, intro: str, columns: Sequence[Column],
                 search: Callable[[str], list[Any]], new_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_fn = search
        self.model = PagedTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type to search"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Search"))
        self.new_button = QPushButton(new_text, self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.count_label = QLabel(self)
        self.error = FieldError(self)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        self.top_row = top  # a subclass adds its own buttons here
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(note(intro, self))
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit_current)
        self.table.activated.connect(self._edit)
        self.table.doubleClicked.connect(self._edit)
        self.model.loadFailed.connect(self.error.show_message)
        self.model.totalChanged.connect(self._count)

    def reload(self) -> None:
        self._timer.stop()
        self.error.clear()
        try:
            items = self._search_fn(self.search.text().strip())
        except Exception as exc:
            self.error.show_message(error_message(exc))
            items = []
        self.model.set_source(*self.source(items))

    def source(self, items: list[Any]) -> tuple[Callable[[], int],
                                                Callable[[int, int], Sequence[Any]]]:
        """The model's ``count`` and ``fetch`` over the entries found (a subclass reads more
        per page: the customers' sanctions checks)."""
        return list_source(items)

    def _count(self, total: int) -> None:
        self.count_label.setText(self.tr("{0} entries").format(number_text(total)) if total != 1
                                 else self.tr("1 entry"))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._edit(index)
        else:
            self.error.show_message(self.tr("Select an entry in the list first."))

    def _edit(self, index: QModelIndex) -> None:
        if index.isValid() and self.edit_entry(self.model.row_object(index.row())):
            self.reload()
            self.changed.emit()

    def _new(self) -> None:
        if self.edit_entry(None):
            self.reload()
            self.changed.emit()

    def edit_entry(self, entry: Any) -> bool:
        raise NotImplementedError


