"""One order in its own window: the editor with live screening, then checklist, decision and
history once the order is saved."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import OrderStatus
from reseller_app.services.dto import DecisionRecord, OrderView
from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.checklist_panel import ChecklistPanel
from reseller_app.ui.completeness_badge import CompletenessBadge, missing_line
from reseller_app.ui.decision_panel import DecisionPanel
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.history_view import HistoryView
from reseller_app.ui.labels import status_explanation, status_label
from reseller_app.ui.order_editor import OrderEditor
from reseller_app.ui.tier_badge import TierBadge
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message

ORDER_TAB, CHECKLIST_TAB, DECISION_TAB, HISTORY_TAB, ESCALATION_TAB = range(5)


class OrderWindow(QWidget):
    """A new or saved order; emits ``orderChanged(id)`` after every write."""

    orderChanged = Signal(int)
    packetQueued = Signal(object)  # OutboxItem: the main window's sender sends it now

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        # The pack first: one edited in the database (PackTampered) is refused in words
        # before a half-built window is left behind.
        _ = backend.pack
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backend = backend
        self.view: OrderView | None = None

        self.title = heading(self.tr("New order"), self, scale=1.4)
        self.title.setWordWrap(False)  # one line: wrapped, "Order DEMO-" broke at its hyphen
        self.tier = TierBadge(self)
        self.completeness = CompletenessBadge(self)
        self.status = paragraph("", self)
        self.missing = note("", self)  # what the order's information still lacks
        self.error = FieldError(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.tier)
        top.addStretch(1)
        top.addWidget(self.completeness)

        self.editor = OrderEditor(backend, self)
        self.checklist = ChecklistPanel(backend, self)
        self.decision = DecisionPanel(backend, self)
        self.history = HistoryView(backend, self)
        # late: the escalation tab loads when an order is first opened, not at start
        from reseller_app.ui.order_escalation import EscalationTab

        self.escalation = EscalationTab(backend, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.editor, self.tr("&Order and screening"))
        self.tabs.addTab(self.checklist, self.tr("Chec&klist"))
        self.tabs.addTab(self.decision, self.tr("Decisio&n"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.escalation, self.tr("Escalation and &follow-ups"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self.editor.saved.connect(self._saved)
        self.editor.reloaded.connect(self._reloaded)
        self.decision.reloadRequested.connect(self._reload)
        self.editor.changed.connect(self._update_title)
        for signal in (self.editor.changed, self.editor.screened, self.checklist.answersChanged):
            signal.connect(self._update_completeness)
        self.checklist.saved.connect(self._checklist_saved)
        # Asking for approval decides nothing; the history and the lists show the request.
        self.decision.approvalRequested.connect(self._approval_requested)
        self.decision.recorded.connect(self._decision_recorded)
        self.decision.escalateRequested.connect(self.escalate)
        self.decision.misuseRequested.connect(self.report_misuse)
        self.escalation.escalate.connect(self.escalate)
        self.escalation.recordAnswer.connect(self.record_answer)
        self.escalation.reportMisuse.connect(self.report_misuse)
        self.escalation.changed.connect(self._escalation_changed)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self._restore()

    # -- opening -----------------------------------------------------------------------------
    def start_new(self) -> None:
        self.view = None
        self.editor.start_new()
        self._refresh_header()
        self._set_saved_tabs(False)
        self.editor.customer.setFocus()

    def open_order(self, order_id: int) -> bool:
        try:
            view = self.backend.orders.get(order_id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return False
        self._show(view)
        return True

    def _show(self, view: OrderView, keep_editor: bool = False) -> None:
        self.view = view
        if not keep_editor:
            self.editor.load(view)
        self.checklist.load(view)
        self.decision.load(view)
        self.history.load(view.id)
        self.escalation.load(view)
        self._set_saved_tabs(True)
        self._refresh_header()

    def order_id(self) -> int | None:
        return self.view.id if self.view else self.editor.order_id()

    # -- after writes ------------------------------------------------------------------------
    def _saved(self, view: OrderView) -> None:
        was_new = self.view is None
        self._show(view)
        self.orderChanged.emit(view.id)
        if view.screening.blocked or view.status in (OrderStatus.HELD, OrderStatus.BLOCKED):
            self.status.setText(self.tr(
                "Saved. {0} Answer the checklist, then record a decision.").format(
                status_explanation(view.status, view.screening)))
            if was_new and view.screening.checklist:
                self.tabs.setCurrentIndex(CHECKLIST_TAB)

    def _reloaded(self, view: OrderView) -> None:
        """The editor showed the order as another desk saved it: the other tabs follow."""
        self._show(view, keep_editor=True)
        self._update_title()

    def _reload(self) -> None:
        """The order as saved now, after another desk changed it (the Decision tab's Reload).
        Text typed in the order form stays there: the form's own bar offers its reload."""
        if self.view is None:
            return
        try:
            view = self.backend.orders.get(self.view.id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        index = self.tabs.currentIndex()
        self._show(view, keep_editor=self.editor.is_dirty())
        self.tabs.setCurrentIndex(index)

    def _checklist_saved(self) -> None:
        if self.view is not None:
            self.history.load(self.view.id)
            self.orderChanged.emit(self.view.id)

    def _approval_requested(self, _request: object) -> None:
        self._checklist_saved()

    def _decision_recorded(self, record: DecisionRecord) -> None:
        if self.view is None:
            return
        order_id = self.view.id
        self.open_order(order_id)
        self.tabs.setCurrentIndex(DECISION_TAB)
        self.orderChanged.emit(order_id)

    # -- escalation --------------------------------------------------------------------------
    def escalate(self) -> QDialog | None:
        """The escalation packet dialog (compose, preview, send or save)."""
        if self.view is None:
            return None
        # late: the dialog's module loads when it is first opened, not with the order page
        from reseller_app.ui.escalation_dialog import EscalationDialog

        try:
            dialog = EscalationDialog(self.backend, self.view.id, self)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.built.connect(self._escalation_changed)
        dialog.panel.saved.connect(self._escalation_changed)
        dialog.queued.connect(self._packet_queued)
        dialog.show()
        return dialog

    def record_answer(self) -> QDialog | None:
        if self.view is None:
            return None
        # late: the dialog's module loads when it is first opened, not with the order page
        from reseller_app.ui.answer_dialog import AnswerDialog

        dialog = AnswerDialog(self.backend, self.view.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas: a lambda connected to a signal of a dialog that
        # deletes itself on close crashes PySide6 6.11 when the dialog is deleted.
        dialog.recorded.connect(self._answer_recorded)
        dialog.show()
        return dialog

    def report_misuse(self) -> QDialog | None:
        if self.view is None:
            return None
        # late: the dialog's module loads when it is first opened, not with the order page
        from reseller_app.ui.misuse_dialog import MisuseDialog

        dialog = MisuseDialog(self.backend, self, order_id=self.view.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.built.connect(self._escalation_changed)
        dialog.queued.connect(self._packet_queued)
        dialog.show()
        return dialog

    def _packet_queued(self, item: object) -> None:
        self.packetQueued.emit(item)
        self._escalation_changed()

    def _answer_recorded(self, _answer: object = None) -> None:
        self._escalation_changed()
        self.tabs.setCurrentIndex(ESCALATION_TAB)

    def _escalation_changed(self, *_: object) -> None:
        """A packet, an answer or a follow-up changed: status, history and list follow."""
        if self.view is None:
            return
        order_id = self.view.id
        index = self.tabs.currentIndex()
        if self.open_order(order_id):
            self.tabs.setCurrentIndex(index)
        self.orderChanged.emit(order_id)

    # -- header ------------------------------------------------------------------------------
    def _set_saved_tabs(self, saved: bool) -> None:
        for tab in (CHECKLIST_TAB, DECISION_TAB, HISTORY_TAB, ESCALATION_TAB):
            self.tabs.setTabEnabled(tab, saved)
            self.tabs.setTabToolTip(tab, "" if saved else self.tr("Save the order first."))

    def _refresh_header(self) -> None:
        self._update_title()
        if self.view is None:
            self.tier.set_tier(None)
            self.status.setText(self.tr(
                "Fill in the order. The screening on the right explains the risk as you type; "
                "saving records it."))
            return
        tier = self.view.screening.tier
        label = self.backend.pack.tiers.get(tier)  # type: ignore[call-overload]
        self.tier.set_tier(tier, label.label if label else None)
        self.status.setText(self.tr("{0}. {1}").format(
            status_label(self.view.status),
            status_explanation(self.view.status, self.view.screening)))

    def _update_completeness(self) -> None:
        """The indicator follows the form as typed and the checklist as ticked."""
        answers = {a.question_id: a.answer for a in self.view.checklist_answers} \
            if self.view is not None else {}
        if self.view is not None:
            answers.update(self.checklist.answers())
        c = self.editor.completeness(answers)
        self.completeness.set_completeness(c)
        self.missing.setText(missing_line(c))
        self.missing.setVisible(not c.complete)

    def _update_title(self) -> None:
        reference = self.editor.reference.text().strip()
        if self.view is None:
            text = self.tr("New order {0}").format(reference) if reference else \
                self.tr("New order")
        else:
            text = self.tr("Order {0}").format(self.view.draft.reference)
        self.title.setText(text)
        star = "*" if self.editor.is_dirty() else ""
        self.setWindowTitle(self.tr("{0}{1} — Channel Diligence").format(text, star))

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("This order has changes that are not saved. Save them now?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and self.editor.save() is None:
                event.ignore()
                return
        settings = QSettings()
        settings.setValue(options.ORDER_WINDOW_GEOMETRY.key, self.saveGeometry())
        self.editor.save_layout(settings)
        super().closeEvent(event)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(options.ORDER_WINDOW_GEOMETRY.key)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        self.editor.restore_layout(settings)
