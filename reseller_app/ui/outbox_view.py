"""The outbox page: every message with its state (queued, sending, sent, failed with the
server's reason, cancelled with who and when), attempts and next attempt; "Send now",
"Retry" (a failed message) and "Don't send" (a queued or failed one: cancelled for good). A
send stopped by a refused login or an unreachable server is said above the list, with the way
to Settings.

The sending itself is done by ``OutboxSender`` in the background; this page only lists what
``OutboxService`` holds and asks the sender to go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import MessageKind
from reseller_app.services.dto import MessageState, OutboxItem, PacketKind
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import local_time
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message


def table(parent: QWidget, name: str, model: PagedTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class OutboxView(QWidget):
    sendNow = Signal()  # the user wants everything queued sent now
    openSettings = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.items: list[OutboxItem] = []
        self.problem = ""  # why the last send stopped (login, connection), until one works
        self.model = PagedTableModel((
            Column(self.tr("State"), self.state_text, tooltip=self.detail_text),
            Column(self.tr("About"), self.about_text),
            Column(self.tr("To"), lambda i: i.to),
            Column(self.tr("Attempts"), lambda i: str(i.attempts)),
            Column(self.tr("Next attempt / sent"), self.when_text),
            Column(self.tr("The server's words"), lambda i: i.last_error
                   if i.state != MessageState.SENT else i.server_reply,
                   tooltip=self.detail_text),
        ), self)
        self.table = table(self, self.tr("Outbox"), self.model)
        self.setup_note = paragraph("", self)
        self.settings_button = QPushButton(self.tr("Set up e-&mail…"), self)
        self.settings_button.setAccessibleName(self.tr("Set up e-mail sending"))
        self.send_button = QPushButton(self.tr("&Send now"), self)
        self.send_button.setAccessibleName(self.tr("Send everything queued now"))
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry the selected message"))
        self.cancel_button = QPushButton(self.tr("Do&n't send"), self)
        self.cancel_button.setAccessibleName(self.tr("Do not send the selected message"))
        self.send_button.setToolTip(self.tr("Send what is waiting now, without waiting for "
                                            "the next try (every minute)"))
        self.retry_button.setToolTip(self.tr("Try a failed message again, the same message "
                                             "with the same Message-ID"))
        self.cancel_button.setToolTip(self.tr("Never send the selected message: it stays "
                                              "listed as cancelled, with who and when"))
        self.settings_button.setToolTip(self.tr("Your mail server (File > Settings)"))
        self.busy_note = note("", self)
        self.details = paragraph("", self)
        self.details.setAccessibleName(self.tr("Details of the selected message"))
        self.error = FieldError(self)

        setup = QHBoxLayout()
        setup.addWidget(self.setup_note, 1)
        setup.addWidget(self.settings_button)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addWidget(self.busy_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Outbox"), self))
        layout.addWidget(note(self.tr(
            "Packets wait here until the mail server takes them. What cannot be sent now is "
            "tried again after 1, 2, 4… minutes, also after a restart; a message is never lost "
            "and never sent as a different one."), self))
        layout.addLayout(setup)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

        self.send_button.clicked.connect(self.sendNow)
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.settings_button.clicked.connect(self.openSettings)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self._add_eml_way_out()

    # -- words -------------------------------------------------------------------------------
    def state_text(self, item: OutboxItem) -> str:
        return {MessageState.QUEUED: self.tr("Waiting") if item.attempts else self.tr("Queued"),
                MessageState.SENDING: self.tr("Sending"),
                MessageState.SENT: self.tr("Sent"),
                MessageState.FAILED: self.tr("Failed"),
                MessageState.CANCELLED: self.tr("Cancelled")}.get(item.state, str(item.state))

    def about_text(self, item: OutboxItem) -> str:
        if item.kind == "misuse":
            return self.tr("Misuse report {0}").format(item.order_reference).strip()
        if item.kind == PacketKind.DECISION:  # sent from the distributor desk
            return self.tr("Answer on {0}").format(item.order_reference)
        if item.kind == PacketKind.REPORT:  # about a period, not an order
            return self.tr("Due diligence report")
        if item.kind == MessageKind.DIGEST:  # its subject says what it is and which day
            return item.subject
        if item.order_reference:
            return self.tr("Escalation of {0}").format(item.order_reference)
        return item.subject

    def when_text(self, item: OutboxItem) -> str:
        if item.state == MessageState.SENT and item.sent_at is not None:
            return self.tr("sent {0}").format(local_time(item.sent_at))
        if item.state == MessageState.QUEUED:
            return local_time(item.next_attempt_at)
        return ""

    def detail_text(self, item: OutboxItem) -> str:
        parts = [self.tr("{0} to {1}: {2}").format(self.state_text(item), item.to,
                                                   item.subject)]
        if item.state == MessageState.FAILED:
            parts.append(self.tr("Not sent. The reason: {0}").format(item.last_error))
        elif item.state == MessageState.QUEUED and item.last_error:
            parts.append(self.tr("The last attempt did not go through ({0}). Next attempt: "
                                 "{1}.").format(item.last_error,
                                                local_time(item.next_attempt_at)))
        elif item.state == MessageState.SENT:
            parts.append(self.tr("The server's answer: {0}").format(item.server_reply))
        elif item.state == MessageState.CANCELLED:
            parts.append(self.tr("Cancelled by {0} on {1}: it is never sent.").format(
                item.cancelled_by or self.tr("a user"),
                local_time(item.cancelled_at) if item.cancelled_at else "?"))
        parts.append(self.tr("Message-ID {0}").format(item.message_id))
        return "\n".join(parts)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.error.clear()
        selected = self.selected()
        try:
            self.items = self.backend.outbox.items()
            settings = self.backend.settings.smtp_settings()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.model.set_source(*list_source(self.items))
        if settings is None:
            self.setup_note.setText(self.tr(
                "E-mail sending is not set up yet: packets wait here until you enter your mail "
                "server."))
        elif self.problem:
            self.setup_note.setText(self.problem)
        else:
            self.setup_note.setText(self.tr("Sending through {0}, port {1}, as {2}.").format(
                settings.host, settings.port, settings.from_address))
        self.settings_button.setVisible(settings is None or bool(self.problem))
        self.settings_button.setText(self.tr("Open Settin&gs…") if self.problem
                                     else self.tr("Set up e-&mail…"))
        if selected is not None:
            for row, item in enumerate(self.items):
                if item.id == selected.id:
                    self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> OutboxItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.loaded():
            return None
        return self.model.row_object(index.row())

    def _selection_changed(self, *_: QModelIndex) -> None:
        item = self.selected()
        self.details.setText(self.detail_text(item) if item else "")
        self.details.setVisible(item is not None)
        self.retry_button.setEnabled(item is not None and item.state == MessageState.FAILED)
        self.cancel_button.setEnabled(item is not None and item.state in (
            MessageState.QUEUED, MessageState.FAILED))
        self.send_button.setEnabled(any(i.state == MessageState.QUEUED for i in self.items))

    def set_busy(self, busy: bool) -> None:
        self.busy_note.setText(self.tr("Sending…") if busy else "")

    def show_message(self, text: str) -> None:
        self.busy_note.setText(text)

    def show_problem(self, text: str) -> None:
        """Why sending stopped (a refused login, an unreachable server), above the list with
        the way to Settings, until a send goes through."""
        self.problem = text
        self.reload()

    def clear_problem(self) -> None:
        if self.problem:
            self.problem = ""
            self.reload()

    # -- actions -----------------------------------------------------------------------------
    def retry(self) -> OutboxItem | None:
        item = self.selected()
        if item is None:
            return None
        try:
            updated = self.backend.outbox.retry(item.id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        self.reload()
        self.sendNow.emit()
        return updated

    def cancel(self) -> OutboxItem | None:
        item = self.selected()
        if item is None:
            return None
        try:
            updated = self.backend.outbox.cancel(item.id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        self.reload()
        return updated

    def row_texts(self) -> list[tuple[str, str]]:
        """(state, about) of every row, as shown."""
        return [(self.state_text(i), self.about_text(i)) for i in self.items]

    # -- the .eml way out: the user's own mail program sends it ------------------------------
    def _add_eml_way_out(self) -> None:
        """"Save as .eml…" for the selected message: when sending is not set up or fails, the
        same message goes out from the user's mail program. Set up apart from the buttons
        above, after "Don't send" (or under the list when the row has moved)."""
        self.eml_button = QPushButton(self.tr("Save as .em&l…"), self)
        self.eml_button.setAccessibleName(self.tr("Save the selected message as an e-mail file"))
        self.eml_button.setToolTip(self.tr(
            "An e-mail file your mail program opens, ready to send: the way out when sending "
            "from this app is not set up or fails."))
        self._eml_job: Job | None = None
        layout = self.layout()
        row = next((sub for sub in (layout.itemAt(i).layout() for i in range(layout.count()))
                    if sub is not None and sub.indexOf(self.cancel_button) >= 0), None)
        if isinstance(row, QHBoxLayout):
            row.insertWidget(row.indexOf(self.cancel_button) + 1, self.eml_button)
        elif isinstance(layout, QVBoxLayout):
            layout.addWidget(self.eml_button)

        def follow_selection(*_: object) -> None:
            self.eml_button.setEnabled(self.selected() is not None and self._eml_job is None)

        self.table.selectionModel().currentRowChanged.connect(follow_selection)
        self.model.modelReset.connect(follow_selection)
        self.eml_button.clicked.connect(self.save_eml)
        follow_selection()

    def save_eml(self) -> object:
        """Ask where (the suggested name ``escalation-REF-ID8.eml``) and write the selected
        message's .eml in the pool. Returns the job, ``None`` when nothing is saved."""
        # late: the packet panel loads when a message is saved, not with the outbox page
        from reseller_app.ui.packet_panel import ask_packet_target

        item = self.selected()
        if item is None or self._eml_job is not None:
            return None
        self.error.clear()
        if item.kind == PacketKind.DECISION:  # no packet here: the desk saves the file
            self.error.show_message(self.tr(
                "This message carries a decision file: save it from the distributor desk "
                "(Escalation > Distributor desk…)."))
            return None
        if item.kind == MessageKind.DIGEST:
            self.error.show_message(self.tr(
                "This message is a daily digest: it has no packet to save as a file."))
            return None
        try:
            packet = self.backend.escalation.get(item.packet_id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        target = ask_packet_target(self, packet, "eml")
        if target is None:
            return None
        service, to = self.backend.escalation, item.to

        def saved(path: object) -> None:
            self._eml_job = None
            self.eml_button.setEnabled(self.selected() is not None)
            self.show_message(self.tr("Saved {0}. Open it in your mail program and send it "
                                      "from there.").format(str(path)))

        def failed(message: str) -> None:
            self._eml_job = None
            self.eml_button.setEnabled(self.selected() is not None)
            self.show_message("")
            self.error.show_message(self.tr("The e-mail file was not saved: {0}")
                                    .format(message))

        job = Job(lambda _progress, _cancelled: service.save_eml(packet.id, Path(target),
                                                                 to=to))
        job.signals.finished.connect(saved)
        job.signals.failed.connect(failed)
        self._eml_job = job
        self.eml_button.setEnabled(False)
        self.show_message(self.tr("Saving…"))
        return job.start()
