""""Waiting for your approval": the senior approver's desk on a shared database.

The approver, signed in at their own desk, sees the decisions colleagues proposed for orders
that need the senior approver, opens one with the order's warnings and the proposed decision,
and approves it (typing their own passphrase again, at that moment) or sends it back with a
reason the colleague reads on the order. ``services.approvals`` checks everything again: the
person, the passphrase, and that the order has not changed since approval was asked.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import Approval, ApprovalRequestView
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.labels import local_time, outcome_label, tier_label
from reseller_app.ui.typography import heading, paragraph
from reseller_app.ui.workers import error_message

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(QAbstractTableModel):
    """The requests waiting for the signed-in approver, oldest first (a handful: no paging)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ApprovalRequestView] = []

    def set_rows(self, rows: list[ApprovalRequestView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Order"), self.tr("Risk"), self.tr("Proposed decision"),
                self.tr("Asked by"), self.tr("Asked on"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        if index.column() == 0 and not r.current:
            return self.tr("{0} (changed since)").format(r.reference)
        return (r.reference, tier_label(r.tier), outcome_label(r.outcome), r.requested_by,
                local_time(r.requested_at))[index.column()]


class ApprovalsDialog(QDialog):
    """The list of requests, the chosen one in full, and Approve / Send back."""

    approved = Signal(int)  # the order's id: its decision was recorded
    returned = Signal(int)  # the order's id: the request went back to the colleague

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Waiting for your approval"))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Waiting for your approval"), self))
        self.intro = paragraph("", self)
        layout.addWidget(self.intro)
        self.model = WaitingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Requests waiting for your approval"))
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)
        layout.addWidget(self._answer_form())
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter after the passphrase approves; it never closes the dialog by surprise.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.approve_button.setDefault(True)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.approve_button.clicked.connect(self.approve)
        self.back_button.clicked.connect(self.send_back)
        self.reload()

    def _answer_form(self) -> QWidget:
        """The passphrase with Approve, the reason with Send back."""
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.approve_button = QPushButton(self.tr("&Approve"), box)
        self.approve_button.setToolTip(self.tr(
            "Records the proposed decision as approved by you. Your passphrase proves it was "
            "you."))
        add_field_row(form, self.errors, "approver_passphrase",
                      self.tr("Your &passphrase:"), _beside(box, self.passphrase,
                                                             self.approve_button),
                      focus=self.passphrase)
        self.reason = QPlainTextEdit(box)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason.setPlaceholderText(self.tr(
            "What is missing or wrong? Your colleague reads this on the order."))
        self.back_button = QPushButton(self.tr("&Send back"), box)
        add_field_row(form, self.errors, "reason", self.tr("&Reason to send it back:"),
                      _beside(box, self.reason, self.back_button), focus=self.reason)
        return box

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """The requests waiting for the person signed in here (none without one)."""
        person = self.backend.ctx.person
        rows: list[ApprovalRequestView] = []
        if person is None:
            self.intro.setText(self.tr(
                "Nobody is signed in at this desk. Approvals are made by the approver signed "
                "in at their own desk: switch person in the status bar."))
        else:
            try:
                rows = self.backend.approvals.waiting(person.id)
            except ServiceError as exc:
                self.general_error.show_message(error_message(exc))
            self.intro.setText(self.tr(
                "Decisions your colleagues proposed for orders that need the senior approver. "
                "Approving records the decision as approved by you, {0}.").format(person.name)
                if rows else self.tr("Nothing is waiting for your approval, {0}.").format(
                    person.name))
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._show(rows[0] if rows else None)

    def current(self) -> ApprovalRequestView | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show_current(self, *_: object) -> None:
        self.errors.clear()
        self._show(self.current())

    def _show(self, request: ApprovalRequestView | None) -> None:
        for widget in (self.passphrase, self.approve_button, self.reason, self.back_button):
            widget.setEnabled(request is not None)
        self.details.setVisible(request is not None)
        if request is not None:
            self.details.setText(self._details(request))

    def _details(self, r: ApprovalRequestView) -> str:
        """The request in full: the order's warnings, the proposed decision and why."""
        title = self.tr("Order {0}, {1} risk").format(r.reference, tier_label(r.tier))
        parts = [f"<b>{escape(title)}</b>"]
        try:
            flags = self.backend.orders.get(r.order_id).screening.flags
        except ServiceError:
            flags = ()
        if flags:
            parts.append(escape(self.tr("Warnings:")) + "<ul>" + "".join(
                f"<li>{escape(f.reason)}</li>" for f in flags) + "</ul>")
        parts.append(escape(self.tr("Proposed: {0}, by {1} on {2}.").format(
            outcome_label(r.outcome), r.requested_by, local_time(r.requested_at))))
        parts.append(escape(self.tr("Why: {0}").format(r.rationale)))
        labels = {m.id: m.label for m in self.backend.pack.mitigations}
        conditions = [labels.get(m, m) for m in r.mitigations]
        conditions += [r.conditions] if r.conditions else []
        if conditions:
            parts.append(escape(self.tr("Conditions: {0}").format("; ".join(conditions))))
        if not r.current:
            parts.append("<b>" + escape(self.tr(
                "The order changed after approval was asked: it cannot be approved. Send it "
                "back, or ask your colleague to ask again.")) + "</b>")
        return "<br>".join(parts)

    # -- answering ---------------------------------------------------------------------------
    def approve(self) -> bool:
        request, person = self.current(), self.backend.ctx.person
        if request is None or person is None:
            return False
        self.errors.clear()
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # typed once, for this approval only
        if not passphrase:
            self.errors.show("approver_passphrase", self.tr(
                "Type your own passphrase to confirm the approval."))
            return False
        try:
            self.backend.approvals.approve(request.id, Approval(person.id, passphrase))
        except ServiceError as exc:
            if getattr(exc, "field", "") == "request":  # stale or answered meanwhile
                self.reload()
            self.errors.show_error(exc)
            return False
        self.approved.emit(request.order_id)
        self.reload()
        return True

    def send_back(self) -> bool:
        request = self.current()
        if request is None:
            return False
        self.errors.clear()
        try:
            self.backend.approvals.send_back(request.id, self.reason.toPlainText())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return False
        self.reason.clear()
        self.returned.emit(request.order_id)
        self.reload()
        return True


def _beside(parent: QWidget, field: QWidget, button: QPushButton) -> QWidget:
    """``field`` with its button at the right."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return holder
