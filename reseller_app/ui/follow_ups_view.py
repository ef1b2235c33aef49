"""Contact over time (BSR 2022 §6.4): the follow-ups that are due (and overdue) with "Mark
done", an order's follow-ups on its window, and the responsible-use guidance PDF for a
customer. Everything through ``FollowUpService``; the PDF is written in the thread pool.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import FollowUpView
from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import date_text
from reseller_app.ui.layouts import FlowLayout, side_by_side
from reseller_app.ui.outbox_view import table
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.pdf_print import PdfPrint
from reseller_app.ui.theme import text_colour
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message


class FollowUpModel(PagedTableModel):
    """Overdue rows in red, light or dark for the theme ("overdue" is in the first column too)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and \
                index.row() < self.loaded() and self.row_object(index.row()).overdue:
            return QBrush(text_colour("bad"))
        return super().data(index, role)


class GuidanceSaver(QObject):
    """Asks where to save the responsible-use guidance PDF and writes it in the background."""

    saved = Signal(object)  # Path
    failed = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget) -> None:
        super().__init__(parent)
        self.backend = backend
        self._parent = parent
        self._job: Job | None = None

    def ask(self, order_id: int | None, reference: str = "") -> Job | None:
        folder = options.GUIDANCE_FOLDER.last_folder()
        name = f"responsible-use-guidance-{reference}.pdf" if reference else \
            "responsible-use-guidance.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save the responsible-use guidance"),
            str(Path(folder) / name), self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
        options.GUIDANCE_FOLDER.remember(target)
        return self.save(order_id, target)

    def save(self, order_id: int | None, target: Path) -> Job | None:
        if self._job is not None:
            return None
        service = self.backend.followups

        def work(_progress: object, _cancelled: object) -> Path:
            data = service.guidance_pdf(order_id)
            try:
                target.write_bytes(data)
            except OSError as exc:
                raise ServiceError(self.tr("Cannot write {0}: {1}").format(
                    target, exc.strerror or exc)) from None
            return target

        job = Job(work)
        job.signals.finished.connect(self._saved)
        job.signals.failed.connect(self._failed)
        self._job = job
        return job.start()

    def _saved(self, path: object) -> None:
        self._job = None
        self.saved.emit(path)

    def _failed(self, message: str) -> None:
        self._job = None
        self.failed.emit(message)

    def busy(self) -> bool:
        return self._job is not None


class FollowUpsPanel(QWidget):
    """A list of follow-ups with "Mark done". ``order_id`` None: the whole company's."""

    changed = Signal()
    openOrder = Signal(int)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *,
                 for_order: bool = False) -> None:
        super().__init__(parent)
        self.backend = backend
        self.for_order = for_order
        self.order_id: int | None = None
        self.reference = ""
        self.rows: list[FollowUpView] = []
        columns = [
            Column(self.tr("Due"), self.due_text),
            Column(self.tr("Order"), lambda f: f.order_reference),
            Column(self.tr("Kind"), self.kind_text),
            Column(self.tr("What to do"), lambda f: f.text, tooltip=lambda f: f.text),
        ]
        if for_order:
            columns.append(Column(self.tr("Done"), self.done_text))
        self.model = FollowUpModel(columns, self)
        self.table = table(self, self.tr("Follow-ups"), self.model)
        self.table.setWordWrap(True)

        filters = self._filters(for_order)
        self.summary = paragraph("", self)
        self.summary.setAccessibleName(self.tr("Follow-ups summary"))

        actions = self._actions(for_order)

        layout = QVBoxLayout(self)
        if for_order:
            layout.setContentsMargins(0, 0, 0, 0)
            self.due_only.hide()
            self.all_open.hide()
            self.open_button.hide()
        else:
            layout.addWidget(heading(self.tr("Follow-ups"), self))
            layout.addWidget(note(self.tr(
                "The distributor's conditions to check, and contact with the customers of "
                "approved high-risk orders over time (BSR 2022 §6.4)."), self))
            layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.error)

        self.due_only.toggled.connect(self._filter_changed)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open_order)
        self.guidance_button.clicked.connect(self.save_guidance)
        self.print_guidance_button.clicked.connect(self.print_guidance)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_order)

    # -- the rows above and below the table -------------------------------------------------
    def _filters(self, for_order: bool) -> QHBoxLayout:
        """Show the follow-ups due now, or all open ones."""
        self.due_only = QRadioButton(self.tr("&Due now"), self)
        self.all_open = QRadioButton(self.tr("&All open"), self)
        self.filter_group = QButtonGroup(self)
        self.filter_group.addButton(self.due_only)
        self.filter_group.addButton(self.all_open)
        self.due_only.setChecked(True)
        filters = QHBoxLayout()
        if not for_order:
            filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.due_only)
        filters.addWidget(self.all_open)
        filters.addStretch(1)
        return filters

    def _actions(self, for_order: bool) -> FlowLayout:
        """A note and "Mark done" for the selected follow-up, open its order, the customer's
        responsible-use guidance as a PDF or printed; the result and error lines under it."""
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What was done (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note on what was done"))
        self.note_edit.setMinimumWidth(220)
        note_label = QLabel(self.tr("No&te:") if for_order else self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        # On the order window "Mark &done": Alt+M and Alt+N are taken there.
        self.done_button = QPushButton(self.tr("Mark &done") if for_order else
                                       self.tr("&Mark done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up done"))
        self.open_button = QPushButton(self.tr("&Open order"), self)
        self.open_button.setAccessibleName(self.tr("Open the order of the selected follow-up"))
        self.guidance_button = QPushButton(self.tr("Responsible-use &guidance PDF…"), self)
        self.guidance_button.setAccessibleName(self.tr(
            "Save the responsible-use guidance for the customer as a PDF"))
        self.guidance_button.setToolTip(self.tr(
            "One page from the criteria pack for the customer: how to use the products "
            "responsibly and whom to tell about misuse."))
        self.print_guidance_button = QPushButton(self.tr("Print the guidan&ce…"), self)
        self.print_guidance_button.setAccessibleName(self.tr(
            "Print the responsible-use guidance for the customer"))
        self.message = paragraph("", self)
        self.message.setAccessibleName(self.tr("Result"))
        self.error = FieldError(self)
        self.guidance = GuidanceSaver(self.backend, self)
        self.printing: PdfPrint | None = None
        self.guidance.saved.connect(self._guidance_saved)
        self.guidance.failed.connect(self._guidance_failed)

        # The note and its button stay together; the other buttons wrap below them when a
        # longer language would make the row wider than the window.
        actions = FlowLayout(justify=True)
        actions.addWidget(side_by_side(self, note_label, self.note_edit, self.done_button,
                                       grows=self.note_edit))
        for button in (self.open_button, self.guidance_button, self.print_guidance_button):
            actions.addWidget(button)
        return actions

    def _filter_changed(self, _checked: bool) -> None:
        self.reload()

    def _guidance_saved(self, path: object) -> None:
        self.message.setText(self.tr("Saved {0}. Give it to the customer with the delivery or "
                                     "at the next contact.").format(str(path)))

    def _guidance_failed(self, message: str) -> None:
        self.error.show_message(self.tr("The guidance was not saved: {0}").format(message))

    # -- words -------------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.backend.ctx.clock().astimezone(dt.UTC).date()

    def due_text(self, f: FollowUpView) -> str:
        if f.overdue:
            days = (self._today() - f.due_on).days
            return self.tr("{0} (overdue, {1} d)").format(date_text(f.due_on), days)
        return date_text(f.due_on)

    def kind_text(self, f: FollowUpView) -> str:
        return {"condition": self.tr("Distributor's condition"),
                "contact": self.tr("Contact the customer")}.get(f.kind, f.kind)

    def done_text(self, f: FollowUpView) -> str:
        if f.done_on is None:
            return ""
        return f"{date_text(f.done_on)} {f.done_note}".strip()

    # -- loading -----------------------------------------------------------------------------
    def load_order(self, order_id: int, reference: str) -> None:
        self.order_id, self.reference = order_id, reference
        self.reload()

    def reload(self) -> None:
        self.error.clear()
        service = self.backend.followups
        try:
            if self.for_order:
                self.rows = service.for_order(self.order_id) if self.order_id else []
            elif self.due_only.isChecked():
                self.rows = service.due()
            else:
                self.rows = service.open()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.model.set_source(*list_source(self.rows))
        overdue = sum(1 for f in self.rows if f.overdue)
        open_rows = [f for f in self.rows if f.done_on is None]
        if self.for_order:
            text = self.tr("No follow-ups for this order yet. The distributor's conditions "
                           "and contact dates appear here once their answer is recorded.") \
                if not self.rows else self.tr("{0} open, {1} overdue.").format(
                    len(open_rows), overdue)
        elif not self.rows:
            text = self.tr("Nothing is due.") if self.due_only.isChecked() else \
                self.tr("No open follow-ups.")
        else:
            text = self.tr("{0} to do, {1} overdue.").format(len(self.rows), overdue)
        self.summary.setText(text)
        self._selection_changed()

    def selected(self) -> FollowUpView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.loaded():
            return None
        return self.model.row_object(index.row())

    def _selection_changed(self, *_: object) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None and row.done_on is None)
        self.open_button.setEnabled(row is not None)
        self.guidance_button.setEnabled(self.for_order or row is not None)
        self.print_guidance_button.setEnabled(self.for_order or row is not None)

    # -- actions -----------------------------------------------------------------------------
    def mark_done(self) -> FollowUpView | None:
        row = self.selected()
        if row is None:
            self.error.show_message(self.tr("Select the follow-up in the list first."))
            return None
        try:
            done = self.backend.followups.done(row.id, self.note_edit.text().strip())
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        self.note_edit.clear()
        self.message.setText(self.tr("Done: {0}").format(row.text))
        self.reload()
        self.changed.emit()
        return done

    def _open_order(self, *_: object) -> None:
        row = self.selected()
        if row is not None and not self.for_order:
            self.openOrder.emit(row.order_id)

    def save_guidance(self) -> Job | None:
        self.error.clear()
        if self.for_order:
            return self.guidance.ask(self.order_id, self.reference)
        row = self.selected()
        if row is None:
            return self.guidance.ask(None)
        return self.guidance.ask(row.order_id, row.order_reference)

    def print_guidance(self) -> Job | None:
        """The print preview of the guidance PDF for the order (or the selected row's)."""
        self.error.clear()
        if self.printing is not None and self.printing.in_use():
            return self.printing.preview()
        row = self.selected()
        order_id, reference = (self.order_id, self.reference) if self.for_order else \
            (row.order_id, row.order_reference) if row is not None else (None, "")
        service = self.backend.followups
        name = f"responsible-use-guidance-{reference}.pdf" if reference else \
            "responsible-use-guidance.pdf"
        if self.printing is not None:
            self.printing.deleteLater()  # done with: it holds a PDF
        self.printing = PdfPrint(lambda paper: service.guidance_pdf(order_id, paper),
                                 title=self.tr("Responsible-use guidance"), file_name=name,
                                 parent=self)
        self.printing.printed.connect(lambda _pages: self.message.setText(self.tr(
            "Sent to the printer. Give it to the customer with the delivery or at the next "
            "contact.")))
        self.printing.status.connect(self.message.setText)
        self.printing.failed.connect(lambda message: self.error.show_message(
            self.tr("The guidance was not printed: {0}").format(message)))
        return self.printing.preview()

    def due_count(self) -> int:
        try:
            return len(self.backend.followups.due())
        except ServiceError:
            return 0
