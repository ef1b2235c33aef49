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

from reseller_app.domain.packs import CriteriaPack
from reseller_app.services.dto import HistoryEntry
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import (
    answer_label,
    criterion_text,
    field_label,
    local_time,
    missing_label,
    mitigation_label,
    outcome_label,
    question_text,
    status_label,
    tier_label,
)
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import error_message


def _details(entry: HistoryEntry) -> str:
    if not entry.details:
        return entry.summary
    return json.dumps(entry.details, indent=2, ensure_ascii=False, default=str)[:2000]


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def _ids(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)] if value else []


def _listed(words: list[str]) -> str:
    return ", ".join(words) or _t("none")


def readable_details(entry: HistoryEntry, pack: CriteriaPack) -> str:
    """The event's recorded details in words, one line each (what the selected row shows).

    The recorded ids (questions, safeguards, flags, missing information, changed fields) are
    shown in ``pack``'s words, in the user's language; ids it does not know stay as they are.
    """
    d = entry.details or {}
    rows: list[tuple[str, str]] = []
    if "outcome" in d:
        rows.append((_t("Decision"), outcome_label(str(d["outcome"]))))
    for key, label in (("rationale", _t("Why")), ("decided_by", _t("Decided by")),
                       ("approved_by", _t("Approved by"))):
        if d.get(key):
            rows.append((label, str(d[key])))
    if d.get("mitigations"):
        rows.append((_t("Safeguards"), _listed(
            [mitigation_label(pack, m) for m in _ids(d["mitigations"])])))
    if d.get("conditions"):
        rows.append((_t("Other conditions"), str(d["conditions"])))
    if d.get("changed"):
        rows.append((_t("Changed"), _listed([field_label(f) for f in _ids(d["changed"])])))
    if d.get("flags"):
        rows.append((_t("Warnings"), _listed(
            list(dict.fromkeys(criterion_text(pack, c) for c in _ids(d["flags"]))))))
    for key, label in (("flags_added", _t("Warnings added")),
                       ("flags_removed", _t("Warnings removed"))):
        if d.get(key):  # "Screen again": what the new screening found that the old did not
            rows.append((label, _listed(
                list(dict.fromkeys(criterion_text(pack, c) for c in _ids(d[key]))))))
    if d.get("missing"):
        rows.append((_t("Missing information"), _listed(
            [missing_label(m) for m in _ids(d["missing"])])))
    answers = d.get("answers")
    if isinstance(answers, dict) and answers:
        lines = [f"  {question_text(pack, q)} — {answer_label(str(a))}"
                 for q, a in answers.items()]
        rows.append((_t("Answers"), "\n" + "\n".join(lines)))
    notes = d.get("notes")
    if isinstance(notes, dict) and notes:
        lines = [f"  {question_text(pack, q)} — {n}" for q, n in notes.items()]
        rows.append((_t("Notes"), "\n" + "\n".join(lines)))
    elif notes:
        rows.append((_t("Notes"), str(notes)))
    if d.get("note"):
        rows.append((_t("Note"), str(d["note"])))
    if d.get("tier"):
        rows.append((_t("Risk"), tier_label(str(d["tier"]))))
    if d.get("previous_tier") and d.get("previous_tier") != d.get("tier"):
        rows.append((_t("Risk before"), tier_label(str(d["previous_tier"]))))
    if d.get("status"):
        rows.append((_t("Status"), status_label(str(d["status"]))))
    info = d.get("pack")
    if isinstance(info, dict) and info.get("id"):
        rows.append((_t("Criteria pack"), f"{info.get('id')} {info.get('version', '')}"))
    # A list (the answers) starts on the next line.
    return "\n".join(f"{k}:{v}" if v.startswith("\n") else f"{k}: {v}" for k, v in rows)


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
            self.details.setText(readable_details(entry, self._pack_for(entry))
                                 or entry.summary)

    def _pack_for(self, entry: HistoryEntry) -> CriteriaPack:
        """The pack that screened the order at the time (its words for its ids), in the
        user's language; the active one when the event names none or it cannot be read."""
        info = (entry.details or {}).get("pack")
        sha256 = info.get("sha256") if isinstance(info, dict) else None
        if sha256:
            try:
                return self.backend.packs.localized(str(sha256))
            except ServiceError:
                pass
        return self.backend.pack

    def summaries(self) -> list[str]:
        return [self.model.row_object(i).summary for i in range(self.model.loaded())]

