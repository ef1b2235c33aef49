"""An order's history: every audit event about it, newest first (time, who, what)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import HistoryEntry
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import local_time, outcome_label, status_label, tier_label
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import error_message


def _details(entry: HistoryEntry) -> str:
    if not entry.details:
        return entry.summary
    return json.dumps(entry.details, indent=2, ensure_ascii=False, default=str)[:2000]


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def _words(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v).replace("_", " ") for v in value) or _t("none")
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_words(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    return str(value)


def readable_details(entry: HistoryEntry) -> str:
    """The event's recorded details in words, one line each (what the selected row shows)."""
    d = entry.details or {}
    rows: list[tuple[str, str]] = []
    if "outcome" in d:
        rows.append((_t("Decision"), outcome_label(str(d["outcome"]))))
    for key, label in (("rationale", _t("Why")), ("decided_by", _t("Decided by")),
                       ("approved_by", _t("Approved by")),
                       ("mitigations", _t("Safeguards")),
                       ("conditions", _t("Other conditions")),
                       ("changed", _t("Changed")), ("flags", _t("Warnings")),
                       ("missing", _t("Missing information")), ("answers", _t("Answers")),
                       ("notes", _t("Notes"))):
        if d.get(key):
            rows.append((label, _words(d[key])))
    if d.get("tier"):
        rows.append((_t("Risk"), tier_label(str(d["tier"]))))
    if d.get("status"):
        rows.append((_t("Status"), status_label(str(d["status"]))))
    pack = d.get("pack")
    if isinstance(pack, dict) and pack.get("id"):
        rows.append((_t("Criteria pack"), f"{pack.get('id')} {pack.get('version', '')}"))
    return "\n".join(f"{k}: {v}" for k, v in rows)


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
        self.details = paragraph("", self)
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)

    def load(self, order_id: int) -> None:
        self.error.clear()
        try:
            entries = sorted(self.backend.orders.history(order_id), key=lambda e: e.seq,
                             reverse=True)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            entries = []
        self.model.set_source(*list_source(entries))
        self.details.setText(self.tr("Select an entry to see what was recorded.")
                             if entries else "")

    def _show_details(self, current: QModelIndex, _previous: object = None) -> None:
        row = current.row() if current.isValid() else -1
        if 0 <= row < self.model.loaded():
            entry = self.model.row_object(row)
            self.details.setText(readable_details(entry) or entry.summary)

    def summaries(self) -> list[str]:
        return [self.model.row_object(i).summary for i in range(self.model.loaded())]

