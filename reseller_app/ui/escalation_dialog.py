"""Escalate an order to the distributor (BSR 2022 §6.3-6.4): what goes in the packet, the
reseller's recommendation and safeguards, attachments; then the PDF previewed in the app and
Send (the outbox) or save as .eml, folder or zip.

Two steps in one dialog: compose, then preview. Building runs in the thread pool; a packet is
fixed once built, so going back and building again makes a new packet.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import EscalationDraft, OrderView, PacketView
from reseller_app.services.errors import ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, field_with_error
from reseller_app.ui.file_list import FileList
from reseller_app.ui.labels import (
    date_text,
    factor_label,
    severity_label,
    status_label,
    term_text,
    tier_label,
)
from reseller_app.ui.packet_dialog import FORM, PREVIEW, PacketDialog
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job

COMPOSE = FORM  # the pages: COMPOSE, then PREVIEW
RECOMMENDATIONS = ("approve", "approve_with_conditions", "reject", "no_recommendation")
__all__ = ["COMPOSE", "PREVIEW", "RECOMMENDATIONS", "EscalationDialog",
           "backend_pack_mitigations"]


class EscalationDialog(PacketDialog):
    """``built(PacketView)`` once the packet is stored; ``queued(OutboxItem)`` after Send."""

    def __init__(self, backend: Backend, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self.order_id = order_id
        self.draft: EscalationDraft = backend.escalation.draft(order_id)
        self.view: OrderView = backend.orders.get(order_id)
        self.setWindowTitle(self.tr("Escalate order {0} to the distributor").format(
            self.draft.reference))

        self.compose = self._build_compose()
        self._add_pages(self.compose, self.tr("Build the packet and preview the PDF"))
        self.back_button.setAccessibleName(self.tr("Back to change the packet"))
        self.back_button.setToolTip(self.tr("Building again makes a new packet; one that was "
                                            "not sent or saved is simply not used."))
        self._load_draft()
        self._show_page(COMPOSE)
        self.resize(980, 760)

    # -- compose page ------------------------------------------------------------------------
    def _build_compose(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = heading(self.tr("Escalate order {0} to your distributor").format(
            self.draft.reference), body, scale=1.3)
        layout.addWidget(self.title)
        layout.addWidget(paragraph(self.tr(
            "The distributor decides whether this sale goes ahead: approved, approved with "
            "conditions, or rejected. The packet gives their compliance person everything they "
            "need: a PDF to read, the same content as JSON for their systems, your files, and "
            "a manifest with the SHA-256 of every file. Nothing is sent until you press Send "
            "after the preview."), body))
        self.reason = FieldError(body)
        layout.addWidget(self.reason)

        contents = QGroupBox(self.tr("What goes in the packet"), body)
        contents_layout = QVBoxLayout(contents)
        self.contents = QTextBrowser(contents)
        self.contents.setAccessibleName(self.tr("What goes in the packet"))
        self.contents.setOpenLinks(False)
        self.contents.setMinimumHeight(200)
        contents_layout.addWidget(self.contents)
        layout.addWidget(contents)

        self.general_error = FieldError(body)
        self.errors = FieldErrors(self.general_error)

        form_box = QGroupBox(self.tr("Your recommendation"), body)
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.distributor = QComboBox(form_box)
        self.distributor.setAccessibleName(self.tr("Distributor"))
        box, error = field_with_error(form_box, self.distributor)
        label = QLabel(self.tr("&Distributor:"), form_box)
        label.setBuddy(self.distributor)
        form.addRow(label, box)
        self.errors.register("distributor_id", error, self.distributor)

        rec = QWidget(form_box)
        rec_layout = QVBoxLayout(rec)
        rec_layout.setContentsMargins(0, 0, 0, 0)
        self.recommendation_group = QButtonGroup(self)
        texts = {"approve": self.tr("&Approve"),
                 "approve_with_conditions": self.tr("Approve &with conditions"),
                 "reject": self.tr("&Reject"),
                 "no_recommendation": self.tr("&No recommendation: we ask you to decide")}
        self.recommendation_buttons: dict[str, QRadioButton] = {}
        for key in RECOMMENDATIONS:
            button = QRadioButton(texts[key], rec)
            button.setAccessibleName(texts[key].replace("&", ""))
            self.recommendation_group.addButton(button)
            self.recommendation_buttons[key] = button
            rec_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.toggled.connect(self._recommendation_changed)
        box, error = field_with_error(form_box, rec)
        form.addRow(QLabel(self.tr("We recommend:"), form_box), box)
        self.errors.register("recommendation", error, None)

        self.recommendation_text = QPlainTextEdit(form_box)
        self.recommendation_text.setTabChangesFocus(True)
        self.recommendation_text.setFixedHeight(80)
        self.recommendation_text.setPlaceholderText(self.tr(
            "Why? What did you check, what did the customer say or sign?"))
        self.recommendation_text.setAccessibleName(self.tr("Why we recommend this"))
        box, error = field_with_error(form_box, self.recommendation_text)
        label = QLabel(self.tr("W&hy (required):"), form_box)
        label.setBuddy(self.recommendation_text)
        form.addRow(label, box)
        self.errors.register("recommendation_text", error, self.recommendation_text)
        layout.addWidget(form_box)

        self.safeguards_box = QGroupBox(self.tr("Safeguards we propose"), body)
        safeguards = QVBoxLayout(self.safeguards_box)
        safeguards.addWidget(note(self.tr(
            "From the criteria pack. The distributor sees each one with its description."),
            self.safeguards_box))
        self.mitigations: dict[str, QCheckBox] = {}
        descriptions = {m.id: m.description for m in backend_pack_mitigations(self.backend)}
        for mid, label_text in self.draft.available_mitigations:
            check = QCheckBox(label_text, self.safeguards_box)
            check.setToolTip(descriptions.get(mid, ""))
            check.setAccessibleDescription(descriptions.get(mid, ""))
            self.mitigations[mid] = check
            safeguards.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
        self.mitigations_error = FieldError(self.safeguards_box)
        safeguards.addWidget(self.mitigations_error)
        self.errors.register("mitigations", self.mitigations_error, None)
        self.conditions = QPlainTextEdit(self.safeguards_box)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(60)
        self.conditions.setPlaceholderText(self.tr("Other conditions, in your own words"))
        self.conditions.setAccessibleName(self.tr("Other conditions"))
        label = QLabel(self.tr("&Other conditions:"), self.safeguards_box)
        label.setBuddy(self.conditions)
        safeguards.addWidget(label)
        safeguards.addWidget(self.conditions)
        self.conditions_error = FieldError(self.safeguards_box)
        safeguards.addWidget(self.conditions_error)
        self.errors.register("conditions", self.conditions_error, self.conditions)
        layout.addWidget(self.safeguards_box)

        files_box = QGroupBox(self.tr("Attachments"), body)
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(note(self.tr(
            "For example the signed end-user statement or an excerpt of the contract (20 MB "
            "at most together)."), files_box))
        self.attachments = FileList(self.tr("Attachments"), self.tr("Add &files…"),
                                    self.tr("Re&move"), files_box)
        files_layout.addWidget(self.attachments)
        self.attachments_error = FieldError(files_box)
        files_layout.addWidget(self.attachments_error)
        self.errors.register("attachments", self.attachments_error, None)
        layout.addWidget(files_box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        return scroll

    def _load_draft(self) -> None:
        d = self.draft
        for distributor in d.distributors:
            self.distributor.addItem(f"{distributor.name} <{distributor.email}>",
                                     distributor.id)
        index = self.distributor.findData(d.distributor_id)
        self.distributor.setCurrentIndex(max(index, 0))
        self.recommendation_buttons.get(d.recommendation,
                                        self.recommendation_buttons["no_recommendation"]
                                        ).setChecked(True)
        self.recommendation_text.setPlainText(d.recommendation_text)
        for mid in d.mitigations:
            if mid in self.mitigations:
                self.mitigations[mid].setChecked(True)
        self.conditions.setPlainText(d.conditions)
        self.contents.setHtml(self._contents_html())
        self.reason.show_message(d.reason if not d.can_escalate else "")
        self._recommendation_changed()

    def _contents_html(self) -> str:
        v, pack = self.view, self.backend.pack
        e = html.escape
        r = v.screening
        customer = v.customer.name if v.customer else self.tr("(no customer)")
        end_user = v.end_user.name if v.end_user else customer
        rows = [
            (self.tr("Order"), self.tr("{0} of {1}, {2}").format(
                v.draft.reference, date_text(v.draft.date), status_label(v.status))),
            (self.tr("Customer"), customer),
            (self.tr("End user"), end_user),
            (self.tr("Destination"), v.draft.destination_country or self.tr("not given")),
            (self.tr("Lines"), "; ".join(
                f"{ln.quantity} × {ln.description or ln.sku or ''}" for ln in v.draft.lines)),
            (self.tr("Intended use, in the customer's words"),
             v.draft.intended_use or self.tr("not given")),
            (self.tr("Risk"), tier_label(r.tier)),
        ]
        parts = ["<table cellspacing='2'>"]
        for key, value in rows:
            parts.append(f"<tr><td valign='top'><b>{e(key)}:</b></td><td>{e(value)}</td></tr>")
        parts.append("</table>")
        if r.flags:
            parts.append(f"<p><b>{e(self.tr('Screening flags ({0})').format(len(r.flags)))}"
                         "</b></p><ul>")
            for f in r.flags:
                parts.append(f"<li>{e(severity_label(f.severity))}, "
                             f"{e(factor_label(f.factor))}: {e(f.reason)}</li>")
            parts.append("</ul>")
        questions = {q.id: q.text for q in pack.checklist}
        if v.checklist_answers:
            answer_words = {"yes": self.tr("yes"), "no": self.tr("no"),
                            "unknown": self.tr("not sure yet")}
            title = self.tr("Checklist answers ({0})").format(len(v.checklist_answers))
            parts.append(f"<p><b>{e(title)}</b></p><ul>")
            for a in v.checklist_answers:
                text = questions.get(a.question_id, a.question_id)
                extra = f" ({e(a.note)})" if a.note else ""
                parts.append(f"<li>{e(text)} <b>{e(answer_words.get(a.answer, a.answer))}</b>"
                             f"{extra}</li>")
            parts.append("</ul>")
        else:
            text = self.tr("No checklist answers yet: the distributor will ask. Answer the "
                           "checklist first if you can.")
            parts.append(f"<p>{e(text)}</p>")
        use_cases = [term_text(pack, "use_cases", u) for u in v.draft.use_cases]
        if use_cases:
            parts.append(f"<p><b>{e(self.tr('Use cases'))}:</b> {e(', '.join(use_cases))}</p>")
        also = self.tr("Also in the packet: your company and contact, the criteria pack used, "
                       "the packet id and the date.")
        parts.append(f"<p>{e(also)}</p>")
        return "".join(parts)

    def _recommendation_changed(self, *_: object) -> None:
        self.safeguards_box.setVisible(self.recommendation() != "reject")

    def recommendation(self) -> str:
        for key, button in self.recommendation_buttons.items():
            if button.isChecked():
                return key
        return "no_recommendation"

    # -- building ----------------------------------------------------------------------------
    def build(self) -> Job | None:
        """Build the packet in the background, then show the preview."""
        if self._job is not None or not self.draft.can_escalate:
            return None
        self.errors.clear()
        recommendation = self.recommendation()
        text = self.recommendation_text.toPlainText().strip()
        if not text:
            self.errors.show("recommendation_text", self.tr(
                "Say in a sentence or two why you recommend this: it is what the distributor "
                "reads first."))
            return None
        mitigations = [m for m, box in self.mitigations.items() if box.isChecked()]
        conditions = self.conditions.toPlainText().strip()
        if recommendation == "reject":
            mitigations, conditions = [], ""
        if recommendation == "approve_with_conditions" and not (mitigations or conditions):
            self.errors.show("mitigations", self.tr(
                "Tick at least one safeguard or write the conditions you propose."))
            return None
        distributor_id = self.distributor.currentData()
        attachments = self.attachments.paths()
        service, order_id = self.backend.escalation, self.order_id

        def work(_progress: object, _cancelled: object) -> PacketView | ValidationError:
            try:
                return service.build(
                    order_id, recommendation=recommendation, recommendation_text=text,
                    mitigations=mitigations, conditions=conditions, attachments=attachments,
                    distributor_id=distributor_id)
            except ValidationError as exc:  # shown at its field, not as a failure
                return exc

        return self._start(work, self.tr("Building the packet…"))

    def _failure_text(self, message: str) -> str:
        return self.tr("The packet was not built: {0}").format(message)

    def _can_build(self) -> bool:
        return self.draft.can_escalate

    def _show_page(self, page: int) -> None:
        super()._show_page(page)
        self.build_button.setEnabled(self.draft.can_escalate and self._job is None)


def backend_pack_mitigations(backend: Backend) -> list:
    try:
        return list(backend.pack.mitigations)
    except Exception:  # the descriptions are a courtesy
        return []

