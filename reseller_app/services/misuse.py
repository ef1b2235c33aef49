"""Reporting misuse seen after a sale: short, non-punitive, the same PDF + JSON + manifest as
an escalation, sent the same way (``OutboxService.queue`` or the exports). BSR 2022 §6.2."""

from __future__ import annotations

import uuid

from reseller_app.domain import packets as p
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion
from reseller_app.reports.packet_pdf import misuse_pdf
from reseller_app.services.catalog import customer_dto
from reseller_app.services.chain_head import head_signer
from reseller_app.services.chain_head import packet_files as head_file
from reseller_app.services.company_key import manifest_signer
from reseller_app.services.context import AppContext
from reseller_app.services.dto import MisuseDraft, PacketKind, PacketView
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import (
    EscalationService,
    company_profile,
    party_info,
    read_attachments,
    recipient_for,
    reseller_info,
    store_packet,
    vocabulary_labels,
)
from reseller_app.services.packs import PackService
from reseller_app.store import audit_log, repositories
from reseller_app.store.tables import DbCustomer, DbOrder

MAX_TEXT = 4000


class MisuseService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def report(self, draft: MisuseDraft) -> PacketView:
        what = (draft.what_seen or "").strip()
        if not what:
            raise ValidationError("what_seen", t("Describe what you saw, in a few sentences."))
        if len(what) > MAX_TEXT:
            raise ValidationError("what_seen", t("Keep it under {limit} characters; add "
                                                 "longer documents as evidence files.",
                                                 limit=MAX_TEXT))
        now = self.ctx.clock()
        if draft.seen_on is None or draft.seen_on > now.date():
            raise ValidationError("seen_on", t("Enter when you saw it (not a future date)."))
        if draft.order_id is None and draft.customer_id is None:
            raise ValidationError("order_id",
                                  t("Choose the order or the customer this is about."))
        stem = p.file_stem("misuse", "", now.date())
        evidence = read_attachments(draft.evidence, field="evidence",
                                    reserved=(f"{stem}.pdf", f"{stem}.json"))
        profile = company_profile(self.ctx)
        recipient = recipient_for(profile, draft.distributor_id)
        reference, customer_id, pack_sha256 = "", draft.customer_id, None
        with self.ctx.session() as s:
            if draft.order_id is not None:
                order = s.get(DbOrder, draft.order_id)
                if order is None:
                    raise ValidationError("order_id", t("This order no longer exists."))
                reference = order.reference
                customer_id = customer_id or order.customer_id
                screening = repositories.latest_screening(s, order.id)  # type: ignore[arg-type]
                pack_sha256 = screening.pack_sha256 if screening else None
            customer = s.get(DbCustomer, customer_id) if customer_id is not None else None
            if customer_id is not None and customer is None:
                raise ValidationError("customer_id", t("This customer is no longer in the "
                                                       "catalog."))
            party = party_info(customer_dto(customer), self.ctx.language) if customer else None
        packet_id = str(uuid.uuid4())
        report = p.MisuseReport(packet_id, now, reseller_info(profile, self.ctx.who),
                                recipient, reference, party, what, draft.seen_on,
                                tuple(n for n, _ in evidence))
        # The pack's words for customer types, sectors and functions, as in an escalation (the
        # pack that screened the order, else the active one).
        labels = vocabulary_labels(PackService(self.ctx).localized(pack_sha256))
        pdf = misuse_pdf(report, labels, language=self.ctx.language)
        # The subject is for the distributor's mailbox, not for the user: not translated here.
        about = f"order {reference}" if reference else (party.name if party else "a customer")
        subject = f"Report of possible misuse: {about} [packet {packet_id[:8]}]"
        sign = manifest_signer(self.ctx)  # before the transaction: it may make the key
        heads = head_signer(self.ctx) if sign is not None else None
        with self.ctx.write_session() as s:
            # The chain's signed head travels in the report, listed in its signed manifest.
            evidence = [*evidence, *head_file(s, heads, HeadOccasion.MISUSE, self.ctx)]
            row, manifest = store_packet(
                s, packet_id=packet_id, kind=PacketKind.MISUSE.value, order_id=draft.order_id,
                customer_id=customer_id, recipient=recipient, subject=subject, stem=stem,
                pdf=pdf, json_content=p.json_bytes(report.to_json()), attachments=evidence,
                created_by=self.ctx.who, created_at=now, sign=sign)
            entity, entity_id = ("order", draft.order_id) if draft.order_id is not None else \
                ("packet", packet_id)
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.MISUSE_REPORTED,
                             entity=entity, entity_id=entity_id, at=now,
                             details={"packet_id": packet_id, "reference": reference,
                                      "customer_id": customer_id, "seen_on": draft.seen_on,
                                      "to": recipient.email,
                                      "manifest_sha256": row.manifest_sha256,
                                      "files": [f.name for f in manifest.files]})
            s.commit()
        return EscalationService(self.ctx).get(packet_id)
