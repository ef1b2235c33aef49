"""An order's history: every audit event about it, newest first (time, who, what)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from reseller_app.services.dto import HistoryEntry
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import local_time
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


def _details(entry: HistoryEntry) -> str:
    if not entry.details:
        return entry.summary
    return json.dumps(entry.details, indent=2, ensure_ascii=False, default=str)[:2000]


class HistoryView(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.model = PagedTableModel(
            (
                Column(self.tr("When"), lambda e: local_time(e.at)),
                Column(self.tr("Who"), lambda e: e.actor),
                Column(self.tr("What happened"), lambda e: e.summary or e.action,
                       tooltip=_details),
            ),
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Order history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.error = FieldError(self)
        self.model.loadFailed.connect(self.error.show_message)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Everything that happened to this order, newest first. The history is part of the "
            "audit log and cannot be edited."), self))
        layout.addWidget(self.error)
        layout.addWidget(self.table)

    def load(self, order_id: int) -> None:
        self.error.clear()
        try:
            entries = sorted(self.backend.orders.history(order_id), key=lambda e: e.seq,
                             reverse=True)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            entries = []
        self.model.set_source(*list_source(entries))

    def summaries(self) -> list[str]:
        return [self.model.row_object(i).summary for i in range(self.model.loaded())]

