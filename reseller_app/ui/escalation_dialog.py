"""Escalate an order to the distributor (BSR 2022 §6.3-6.4): what goes in the packet, the
reseller's recommendation and safeguards, attachments; then the PDF previewed in the app and
Send (the outbox) or save as .eml, folder or zip.

Two steps in one dialog: compose, then preview. Building runs in the thread pool; a packet is
fixed once built, so going back and building again makes a new packet. The compose page's
parts are in ``escalation_compose``.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from reseller_app.services.dto import EscalationDraft, OrderView, PacketView
from reseller_app.services.errors import ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.escalation_compose import RECOMMENDATIONS, ComposePage
from reseller_app.ui.labels import (
    date_text,
    factor_label,
    severity_label,
    status_label,
    term_text,
    tier_label,
)
from reseller_app.ui.packet_dialog import FORM, PREVIEW, PacketDialog
from reseller_app.ui.workers import Job

COMPOSE = FORM  # the pages: COMPOSE, then PREVIEW
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
    def _build_compose(self) -> ComposePage:
        descriptions = {m.id: m.description for m in backend_pack_mitigations(self.backend)}
        page = ComposePage(self.draft.reference, self.draft.available_mitigations,
                           descriptions, self)
        # The page's controls under the names the dialog (and its tests) always used.
        self.title, self.reason = page.title, page.reason
        self.contents = page.contents.browser
        self.general_error, self.errors = page.general_error, page.errors
        self.distributor = page.recommendation.distributor
        self.recommendation_group = page.recommendation.group
        self.recommendation_buttons = page.recommendation.buttons
        self.recommendation_text = page.recommendation.text
        self.safeguards_box = page.safeguards
        self.mitigations = page.safeguards.mitigations
        self.mitigations_error = page.safeguards.mitigations_error
        self.conditions = page.safeguards.conditions
        self.conditions_error = page.safeguards.conditions_error
        self.attachments = page.attachments.files
        self.attachments_error = page.attachments.error
        for button in self.recommendation_buttons.values():
            button.toggled.connect(self._recommendation_changed)
        return page

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
            *([(self.tr("Consignee (receives the goods)"), v.consignee.name)]
              if v.consignee else []),
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
        return self.compose.recommendation.recommendation()

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
        mitigations = self.safeguards_box.ticked()
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

