"""The distributor's answer desk as a window (Escalation > Distributor desk…).

The other half of the escalation loop, in the same installation: the packets resellers sent
(a zip, a folder or the ``.eml`` as it arrived) are opened here, checked against their
manifest and the reseller's pinned key (``services/desk.py``), kept in a list that sorts by
state, reseller, order or date, read as their PDF, and answered: the signed decision file is
kept with the packet, saved where the user wants and sent back through the outbox.

Opening a packet reads and hashes every file in it (a packet with large attachments takes a
while): that runs in the thread pool; the rest is a few database rows.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import AnswerOutcome, MessageState, ReceivedState
from reseller_app.services.desk import DeskCheck, DeskService, ReceivedView
from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.answer_dialog import answer_outcome_label
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import local_time
from reseller_app.ui.pdf_preview import PdfPreview
from reseller_app.ui.workers import Job, error_message

if TYPE_CHECKING:
    from reseller_app.ui.outbox_sender import OutboxSender

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ReceivedTable(QTableView):
    """The received packets, one row each; sorted by any column (received date first)."""

    COLUMNS = 5  # state, reseller, order, received, answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(0, self.COLUMNS, self)
        self.model_.setHorizontalHeaderLabels([
            self.tr("State"), self.tr("Reseller"), self.tr("Order"), self.tr("Received"),
            self.tr("Answer")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model_)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # in the order they came
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(self.tr("Received packets"))

    def state_text(self, view: ReceivedView) -> str:
        if view.state != ReceivedState.ANSWERED:
            return self.tr("Waiting")
        return {MessageState.SENT: self.tr("Answered, sent"),
                MessageState.QUEUED: self.tr("Answered, waiting to send"),
                MessageState.SENDING: self.tr("Answered, waiting to send"),
                MessageState.FAILED: self.tr("Answered, sending failed")}.get(
            view.send_state, self.tr("Answer recorded"))

    def _row(self, view: ReceivedView) -> list[QStandardItem]:
        answer = ""
        if view.outcome:
            answer = self.tr("{0} ({1})").format(answer_outcome_label(view.outcome),
                                                 view.answer_reference)
        cells = [(self.state_text(view), f"{view.state}-{view.send_state}"),
                 (view.reseller, view.reseller.casefold()),
                 (view.order_reference, view.order_reference.casefold()),
                 (local_time(view.received_at), f"{view.received_at.isoformat()}-{view.id:09d}"),
                 (answer, answer.casefold())]
        items = []
        for text, key in cells:
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            item.setData(view.packet_id, ID_ROLE)
            items.append(item)
        return items

    def set_rows(self, views: list[ReceivedView]) -> None:
        """The list again (the selection kept on the same packet)."""
        chosen = self.selected_id()
        self.model_.removeRows(0, self.model_.rowCount())
        for view in views:
            self.model_.appendRow(self._row(view))
        self.resizeColumnsToContents()  # 50 resellers' names: each column as wide as it needs
        if chosen:
            self.select(chosen)

    def selected_id(self) -> str:
        rows = self.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else ""

    def select(self, packet_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == packet_id:
                self.selectRow(row)
                return

    def column_texts(self, column: int) -> list[str]:
        """What a column shows, top to bottom (as sorted)."""
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]


class AnswerForm(QGroupBox):
    """The answer to the packet shown: outcome, conditions, reference, who decided; once it
    is recorded, the same fields read-only, and the decision file to save or send."""

    recordClicked = Signal()
    saveClicked = Signal()
    sendClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Answer"), parent)
        self.outcome = QComboBox(self)
        for outcome in AnswerOutcome:
            self.outcome.addItem(answer_outcome_label(outcome), outcome.value)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setPlaceholderText(self.tr("One condition a line"))
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMaximumHeight(90)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(200)
        self.person = QLineEdit(self)
        self.person.setMaxLength(200)
        self.to = QLineEdit(self)
        self.to.setMaxLength(320)
        self.record_button = QPushButton(self.tr("&Record answer"), self)
        self.save_button = QPushButton(self.tr("Sa&ve decision file…"), self)
        self.send_button = QPushButton(self.tr("&Send to reseller"), self)
        self.error = FieldError(self)
        self._lay_out()
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.record_button.clicked.connect(self.recordClicked)
        self.save_button.clicked.connect(self.saveClicked)
        self.send_button.clicked.connect(self.sendClicked)
        self._outcome_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("O&utcome:"), self.outcome)
        form.addRow(self.tr("&Conditions:"), self.conditions)
        form.addRow(self.tr("Your re&ference:"), self.reference)
        form.addRow(self.tr("Decided &by:"), self.person)
        form.addRow(self.tr("Send &to:"), self.to)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _outcome_changed(self) -> None:
        with_conditions = self.outcome.currentData() == AnswerOutcome.APPROVED_WITH_CONDITIONS
        self.conditions.setEnabled(with_conditions and not self.conditions.isReadOnly())

    def values(self) -> dict:
        return {"outcome": str(self.outcome.currentData()),
                "conditions": self.conditions.toPlainText().splitlines(),
                "reference": self.reference.text(), "person": self.person.text()}

    def show_packet(self, view: ReceivedView | None, person: str, to: str) -> None:
        """Empty for a waiting packet (who decides: ``person``), the answer for an answered
        one; disabled when nothing is chosen."""
        self.error.clear()
        self.setEnabled(view is not None)
        answered = view is not None and view.state == ReceivedState.ANSWERED
        for field in (self.reference, self.person, self.conditions):
            field.setReadOnly(answered)
        self.outcome.setEnabled(not answered)
        self.record_button.setEnabled(not answered)
        self.save_button.setEnabled(answered)
        sent = answered and view is not None and view.send_state in (
            MessageState.QUEUED, MessageState.SENDING, MessageState.SENT)
        self.send_button.setEnabled(answered and not sent)
        self.to.setText(view.sent_to if view is not None and view.sent_to else to)
        if answered and view is not None:
            self.outcome.setCurrentIndex(max(self.outcome.findData(view.outcome), 0))
            self.reference.setText(view.answer_reference)
            self.person.setText(view.answered_by)
        else:
            self.outcome.setCurrentIndex(0)
            self.conditions.clear()
            self.reference.clear()
            self.person.setText(person)
        self._outcome_changed()


class PacketPane(QWidget):
    """The chosen packet: who sent it and its signature, its PDF, and the answer form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self)
        self.viewer_button = QPushButton(self.tr("Open the PDF in your vie&wer"), self)
        self.answer = AnswerForm(self)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.viewer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.answer)

    def show_heading(self, view: ReceivedView | None) -> None:
        if view is None:
            self.heading.setText(self.tr("Choose a packet in the list, or open one."))
            return
        signed = self.tr("Signed by {0} (fingerprint {1}).").format(
            view.signed_by, view.fingerprint) if view.signed_by else self.tr(
            "Its signature was not checked: no key of {0} is pinned.").format(
            view.reseller or "?")
        self.heading.setText(self.tr("{0}, order {1} (packet {2}). {3}").format(
            view.reseller, view.order_reference, view.packet_id[:8], signed))


class DeskWindow(QMainWindow):
    """``closed`` when the window closes; ``opened(packet_id)`` once a packet is in the list
    (``refused(message)`` when it is not)."""

    closed = Signal()
    opened = Signal(str)
    refused = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *,
                 sender: OutboxSender | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.desk = DeskService(backend.ctx)
        self.sender_ = sender  # the main window's OutboxSender: sends at once when given
        self.setWindowTitle(self.tr("Distributor desk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._job: Job | None = None
        self._pdf_folder: tempfile.TemporaryDirectory | None = None
        self._build()
        self._connect()
        self.reload()
        self._select_oldest_waiting()
        self.resize(1180, 760)

    def _build(self) -> None:
        central = QWidget(self)
        self.open_button = QPushButton(self.tr("&Open packet…"), central)
        self.open_folder_button = QPushButton(self.tr("Open packet fol&der…"), central)
        self.verdict = QLabel(central)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setVisible(False)
        self.error = FieldError(central)
        self.table = ReceivedTable(central)
        self.pane = PacketPane(central)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 640])
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.open_folder_button)
        top.addStretch(1)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.choose_packet)
        self.open_folder_button.clicked.connect(self.choose_folder)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        answer = self.pane.answer
        answer.recordClicked.connect(self.record_answer)
        answer.saveClicked.connect(self.save_decision)
        answer.sendClicked.connect(self.send_decision)
        self.pane.viewer_button.clicked.connect(self.open_in_viewer)
        if self.sender_ is not None:
            self.sender_.sent.connect(self._sent)
            self.sender_.failed.connect(self.error.show_message)
            self.sender_.problem.connect(self.error.show_message)

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.table.set_rows(self.desk.packets())
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
        self.show_selected()

    def _select_oldest_waiting(self) -> None:
        """The next packet to answer, chosen when the window opens."""
        try:
            waiting = self.desk.packets(ReceivedState.WAITING)
        except ServiceError:
            return
        if waiting:
            self.table.select(waiting[0].packet_id)

    def _sent(self, *_: object) -> None:
        self.reload()

    def selected(self) -> ReceivedView | None:
        packet_id = self.table.selected_id()
        if not packet_id:
            return None
        try:
            return self.desk.get(packet_id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None

    def show_selected(self, *_: object) -> None:
        view = self.selected()
        self.pane.show_heading(view)
        self.pane.viewer_button.setEnabled(view is not None)
        to = ""
        if view is not None:
            try:
                to = self.desk.reseller_contact(view.packet_id)[1]
            except ServiceError:
                to = ""
        self.pane.answer.show_packet(view, self.backend.who, to)
        pdf = self._pdf(view)
        if pdf:
            self.pane.preview.show_pdf(pdf)
        else:
            self.pane.preview.cancel()
            self.pane.preview.clear(self.tr("This packet holds no PDF.") if view else "")

    def _pdf(self, view: ReceivedView | None) -> bytes:
        if view is None:
            return b""
        files = self.desk.files(view.packet_id)
        name = next((n for n in files if n.lower().endswith(".pdf")
                     and n.startswith("escalation-")), "")
        return files.get(name, b"")

    # -- opening a packet ----------------------------------------------------------------------
    def choose_packet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a packet a reseller sent"),
            options.DESK_PACKETS_FOLDER.last_folder(),
            self.tr("Packets (*.zip *.eml);;All files (*)"))
        if path:
            options.DESK_PACKETS_FOLDER.remember(path)
            self.open_packet(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Open a packet's folder"), options.DESK_PACKETS_FOLDER.last_folder())
        if path:
            options.DESK_PACKETS_FOLDER.remember(path, is_folder=True)
            self.open_packet(Path(path))

    def open_packet(self, path: Path) -> Job | None:
        """Check the packet and keep it in the list, in the thread pool (every file is read
        and hashed); the verdict in words above the list."""
        if self._job is not None:
            return None
        desk = self.desk
        self.error.clear()
        self.verdict.setText(self.tr("Checking {0}…").format(path.name))
        self.verdict.setVisible(True)
        self.open_button.setEnabled(False)
        self.open_folder_button.setEnabled(False)

        def work(_progress: object, _cancelled: object) -> tuple[DeskCheck, ReceivedView]:
            check = desk.verify(path)
            return check, desk.keep(check, path)

        job = Job(work)
        job.signals.finished.connect(self._opened)
        job.signals.failed.connect(self._refused)
        self._job = job
        return job.start()

    def _done(self) -> None:
        self._job = None
        self.open_button.setEnabled(True)
        self.open_folder_button.setEnabled(True)

    def _opened(self, result: object) -> None:
        self._done()
        check, view = result  # type: ignore[misc]
        if check.warning:
            self.verdict.setVisible(False)
            self.error.show_message(check.message)
        else:
            self.verdict.setText(self.tr("{0}, order {1}: {2}").format(
                check.reseller, check.order_reference, check.message))
        self.reload()
        self.table.select(view.packet_id)
        self.opened.emit(view.packet_id)

    def _refused(self, message: str) -> None:
        self._done()
        self.verdict.setVisible(False)
        self.error.show_message(self.tr("Refused, nothing was added to the list: {0}").format(
            message))
        self.refused.emit(message)

    def busy(self) -> bool:
        return self._job is not None

    # -- answering -----------------------------------------------------------------------------
    def record_answer(self) -> ReceivedView | None:
        """Record the answer and keep the signed decision file with the packet."""
        view, form = self.selected(), self.pane.answer
        if view is None:
            return None
        try:
            row, _, _ = self.desk.answer_received(view.packet_id, **form.values())
        except ServiceError as exc:
            form.error.show_message(error_message(exc))
            return None
        self.verdict.setText(self.tr(
            "Answer to {0}, order {1} recorded and signed. Save the decision file or send it "
            "to the reseller.").format(row.reseller, row.order_reference))
        self.verdict.setVisible(True)
        self.reload()
        return row

    def save_decision(self) -> Path | None:
        view = self.selected()
        if view is None:
            return None
        name = next(iter(self.desk.decision_files(view.packet_id)))
        start = str(Path(options.DESK_DECISIONS_FOLDER.last_folder()) / name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the decision file"), start,
            self.tr("Decision files (*.json)"))
        if not path:
            return None
        options.DESK_DECISIONS_FOLDER.remember(path)
        try:
            out, sig = self.desk.save_decision(view.packet_id, Path(path))
        except ServiceError as exc:
            self.pane.answer.error.show_message(error_message(exc))
            return None
        self.verdict.setText(self.tr("Saved {0} and its signature {1}: send both to {2}.")
                             .format(out.name, sig.name, view.reseller))
        self.verdict.setVisible(True)
        return out

    def send_decision(self) -> bool:
        """Put the decision's e-mail in the outbox (to the address in "Send to"), and send
        the outbox now when the window has the app's sender."""
        view, form = self.selected(), self.pane.answer
        if view is None:
            return False
        try:
            item = self.backend.outbox.queue_decision(view.packet_id, to=form.to.text())
        except ServiceError as exc:
            form.error.show_message(error_message(exc))
            return False
        self.verdict.setText(self.tr("The answer to {0}, order {1} is in the outbox to {2}.")
                             .format(view.reseller, view.order_reference, item.to))
        self.verdict.setVisible(True)
        self.reload()
        if self.sender_ is not None:
            self.sender_.send_now()
        return True

    def open_in_viewer(self) -> Path | None:
        """The packet's PDF in the system's PDF viewer (a copy in a temporary folder that goes
        when the window closes)."""
        view = self.selected()
        pdf = self._pdf(view)
        if view is None or not pdf:
            return None
        if self._pdf_folder is None:
            self._pdf_folder = tempfile.TemporaryDirectory(prefix="channel-diligence-desk-")
        path = Path(self._pdf_folder.name) / f"escalation-{view.packet_id[:8]}.pdf"
        path.write_bytes(pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pane.preview.cancel()
        sender = self.sender_
        if sender is not None:  # the app's sender outlives this window
            for signal, slot in ((sender.sent, self._sent),
                                 (sender.failed, self.error.show_message),
                                 (sender.problem, self.error.show_message)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        if self._pdf_folder is not None:
            self._pdf_folder.cleanup()
        self.closed.emit()
        super().closeEvent(event)
