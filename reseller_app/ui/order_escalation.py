"""The order window's "Escalation and follow-ups" tab: the packets sent for the order and
their state, the distributor's answer, the order's follow-ups, and the buttons to escalate,
record the answer, report misuse and give the customer the responsible-use guidance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import OrderStatus
from reseller_app.services.dto import AnswerView, OrderView, PacketStatus, PacketView
from reseller_app.services.errors import ServiceError
from reseller_app.ui.answer_dialog import answer_outcome_label
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.follow_ups_view import FollowUpsPanel
from reseller_app.ui.labels import date_text, local_time
from reseller_app.ui.layouts import FlowLayout
from reseller_app.ui.outbox_view import table
from reseller_app.ui.packet_panel import ask_packet_target, packet_printing
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.pdf_print import PdfPrint
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message


def packet_status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("Packets", text)

    words = {PacketStatus.BUILT: tr("Built, not sent"),
             PacketStatus.QUEUED: tr("In the outbox"),
             PacketStatus.SENT: tr("Sent, waiting for the answer"),
             PacketStatus.EXPORTED: tr("Saved to send another way"),
             PacketStatus.ANSWERED: tr("Answered")}
    return words.get(status, str(status))  # type: ignore[call-overload]


class EscalationTab(QWidget):
    escalate = Signal()
    recordAnswer = Signal()
    reportMisuse = Signal()
    changed = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.view: OrderView | None = None
        self.packets: list[PacketView] = []
        self.answers: list[AnswerView] = []

        self.state = paragraph("", self, bold=True)
        self.state.setAccessibleName(self.tr("Escalation state"))
        self.escalate_button = QPushButton(self.tr("E&scalate to distributor…"), self)
        self.escalate_button.setAccessibleName(self.tr("Escalate to the distributor"))
        self.answer_button = QPushButton(self.tr("Record the distributor's &answer…"), self)
        self.answer_button.setAccessibleName(self.tr("Record the distributor's answer"))
        self.misuse_button = QPushButton(self.tr("Report &misuse…"), self)
        self.misuse_button.setAccessibleName(self.tr("Report possible misuse"))
        self.print_button = QPushButton(self.tr("&Print the packet…"), self)
        self.print_button.setAccessibleName(self.tr(
            "Print the PDF of the selected packet (the latest when none is selected)"))
        self.printing: PdfPrint | None = None
        self.eml_button = QPushButton(self.tr("Save as .em&l…"), self)
        self.eml_button.setAccessibleName(self.tr(
            "Save the selected packet (the latest when none is selected) as an e-mail file"))
        self.eml_button.setToolTip(self.tr(
            "An e-mail file your mail program opens, ready to send: the way out when sending "
            "from this app is not set up or fails."))
        self._eml_job: Job | None = None
        buttons = FlowLayout()  # wraps rather than widen the window in a longer language
        for button in (self.escalate_button, self.answer_button, self.misuse_button,
                       self.print_button, self.eml_button):
            buttons.addWidget(button)

        self.model = PagedTableModel((
            Column(self.tr("Built"), lambda p: local_time(p.created_at)),
            Column(self.tr("Kind"), lambda p: self.tr("Misuse report") if p.kind == "misuse"
                   else self.tr("Escalation")),
            Column(self.tr("To"), lambda p: f"{p.recipient_name} <{p.recipient_email}>"),
            Column(self.tr("State"), lambda p: packet_status_text(p.status)),
            Column(self.tr("Packet"), lambda p: p.id[:8], tooltip=lambda p: self.tr(
                "Packet {0}; manifest SHA-256 {1}").format(p.id, p.manifest_sha256)),
        ), self)
        self.table = table(self, self.tr("Packets of this order"), self.model)
        self.table.setMaximumHeight(150)
        self.answer_text = paragraph("", self)
        self.answer_text.setAccessibleName(self.tr("The distributor's answer"))
        self.follow_ups = FollowUpsPanel(backend, self, for_order=True)
        self.error = FieldError(self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Escalation to the distributor"), self, scale=1.1))
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.eml_message = note("", self)
        self.eml_message.setAccessibleName(self.tr("Saved e-mail file"))
        self.eml_message.hide()
        layout.addWidget(self.eml_message)
        layout.addWidget(self.table)
        layout.addWidget(self.answer_text)
        layout.addWidget(heading(self.tr("Follow-ups"), self, scale=1.1))
        layout.addWidget(note(self.tr(
            "The distributor's conditions to check, and when to contact the customer again."),
            self))
        layout.addWidget(self.follow_ups, 1)

        self.escalate_button.clicked.connect(self.escalate)
        self.answer_button.clicked.connect(self.recordAnswer)
        self.misuse_button.clicked.connect(self.reportMisuse)
        self.print_button.clicked.connect(self.print_packet)
        self.eml_button.clicked.connect(self.save_eml)
        self.follow_ups.changed.connect(self.changed)

    def load(self, view: OrderView) -> None:
        self.view = view
        self.error.clear()
        try:
            self.packets = self.backend.escalation.packets(order_id=view.id)
            self.answers = self.backend.answers.answers(order_id=view.id)
            draft = self.backend.escalation.draft(view.id)
            awaiting = self.backend.answers.awaiting(view.id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.model.set_source(*list_source(self.packets))
        self.table.setVisible(bool(self.packets))
        self.print_button.setEnabled(bool(self.packets))
        self.eml_button.setEnabled(bool(self.packets) and self._eml_job is None)
        waiting = next((p for p in self.packets if p.id == awaiting), None)
        answered = bool(self.answers)
        if waiting is not None and waiting.status in (PacketStatus.SENT,
                                                      PacketStatus.EXPORTED):
            state = self.tr("The packet went out: record the distributor's answer when it "
                            "comes.")
        elif waiting is not None and waiting.status == PacketStatus.QUEUED:
            state = self.tr("The packet is in the outbox.")
        elif answered and not draft.can_escalate:
            state = self.tr("The distributor answered.")
        elif not draft.can_escalate:
            state = draft.reason
        elif view.status in (OrderStatus.HELD, OrderStatus.ESCALATED):
            state = self.tr("Ask the distributor to decide: build the escalation packet, "
                            "check its PDF, and send it.")
        else:
            state = self.tr("You may escalate this order if you want the distributor's "
                            "view.")
        self.state.setText(state)
        # The services decide: no second escalation while an answer stands, and an answer
        # only for the order's latest packet (the CLI follows the same rules).
        self.escalate_button.setEnabled(draft.can_escalate)
        self.answer_button.setEnabled(awaiting is not None)
        self.answer_text.setText("\n".join(self.answer_words(a) for a in self.answers))
        self.answer_text.setVisible(bool(self.answers))
        self.follow_ups.load_order(view.id, view.draft.reference)

    def selected_packet(self) -> PacketView | None:
        """The packet selected in the list, else the latest one built."""
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.loaded():
            return self.model.row_object(index.row())
        return max(self.packets, key=lambda p: p.created_at, default=None)

    def print_packet(self) -> Job | None:
        """The print preview of the packet's PDF as it was sent (escalation or misuse)."""
        packet = self.selected_packet()
        if packet is None:
            return None
        if self.printing is not None and self.printing.in_use():
            return self.printing.preview()
        self.error.clear()
        if self.printing is not None:
            self.printing.deleteLater()  # done with: it holds a PDF
        self.printing = packet_printing(self.backend, packet, self)
        self.printing.failed.connect(lambda message: self.error.show_message(
            self.tr("The PDF was not printed: {0}").format(message)))
        return self.printing.preview()

    def answer_words(self, a: AnswerView) -> str:
        who = f"{a.person} ({a.organisation})" if a.organisation else a.person
        text = self.tr("{0} by {1} on {2}, their reference {3}.").format(
            answer_outcome_label(a.outcome), who, date_text(a.answered_on), a.reference)
        if a.conditions:
            text += " " + self.tr("Conditions: {0}").format("; ".join(a.conditions))
        return text

    # -- the .eml way out ----------------------------------------------------------------------
    def save_eml(self) -> Job | None:
        """Save the selected packet as an .eml (asked where, under the suggested name)."""
        packet = self.selected_packet()
        if packet is None or self._eml_job is not None:
            return None
        target = ask_packet_target(self, packet, "eml")
        return self.save_eml_to(packet, target) if target is not None else None

    def save_eml_to(self, packet: PacketView, target: Path) -> Job | None:
        """Written in the pool (a packet with large attachments takes a moment)."""
        if self._eml_job is not None:
            return None
        service, packet_id = self.backend.escalation, packet.id
        self.error.clear()
        self.eml_message.setText(self.tr("Saving…"))
        self.eml_message.show()
        self.eml_button.setEnabled(False)
        job = Job(lambda _progress, _cancelled: service.save_eml(packet_id, target))
        job.signals.finished.connect(self._eml_saved)
        job.signals.failed.connect(self._eml_failed)
        self._eml_job = job
        return job.start()

    def _eml_saved(self, path: object) -> None:
        self._eml_job = None
        self.eml_button.setEnabled(bool(self.packets))
        self.eml_message.setText(self.tr(
            "Saved {0}. Open it in your mail program and send it from there.").format(str(path)))
        self.changed.emit()  # the packet is now "saved to send another way"

    def _eml_failed(self, message: str) -> None:
        self._eml_job = None
        self.eml_button.setEnabled(bool(self.packets))
        self.eml_message.hide()
        self.error.show_message(self.tr("The e-mail file was not saved: {0}").format(message))
