"""Escalation packets: an order and its screening, made into PDF + JSON + attachments +
manifest for the distributor, stored exactly as built, and saved as a folder, zip or .eml.

BSR 2022 §6.3-6.4: the end customer and the intended use go up the chain; small resellers can
escalate sales decisions. Building a packet does not send it (``OutboxService.queue`` does).
"""

from __future__ import annotations

import email.policy
import json
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain import packets as p
from reseller_app.domain.citations import citation_text, cited_sources, flag_citations
from reseller_app.domain.countries import country_name
from reseller_app.domain.packs import CriteriaPack, PackRef
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion
from reseller_app.services.answers import cannot_escalate_reason
from reseller_app.services.chain_head import head_signer
from reseller_app.services.chain_head import packet_files as head_file
from reseller_app.services.company_key import CompanyKeyService, manifest_signer
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    AttachmentInput,
    CompanyProfile,
    Customer,
    EscalationDraft,
    OrderStatus,
    PacketFile,
    PacketKind,
    PacketStatus,
    PacketView,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.history import status_words
from reseller_app.services.input_files import LIMITS, InputKind, read_input
from reseller_app.services.mail import build_message, message_domain, new_message_id
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import SetupService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbOrder, DbPacket, DbPacketAttachment, utc

MAX_ATTACHMENTS_BYTES = LIMITS[InputKind.ATTACHMENT]  # all of them together
_ESCALATABLE = {OrderStatus.HELD, OrderStatus.ESCALATED, OrderStatus.CLEARED,
                OrderStatus.PROCEED, OrderStatus.PROCEED_WITH_CONDITIONS}


def party_info(c: Customer | None, language: str = "en") -> p.PartyInfo | None:
    if c is None:
        return None
    return p.PartyInfo(c.name, c.country, country_name(c.country, language), c.type, c.sector,
                       c.government_function)


def vocabulary_labels(pack: CriteriaPack) -> dict[str, str]:
    """The pack's words for every vocabulary id (the PDF shows words, the JSON keeps ids)."""
    v = pack.vocabulary
    return {term.id: term.label for group in (v.sectors, v.government_functions,
                                              v.customer_types, v.use_cases,
                                              v.product_categories) for term in group}


def reseller_info(profile: CompanyProfile, actor: str) -> p.Reseller:
    return p.Reseller(profile.name, profile.country, profile.approver_name,
                      profile.approver_title, profile.approver_email, actor)


def company_profile(ctx: AppContext) -> CompanyProfile:
    profile = SetupService(ctx).profile()
    if profile is None:
        raise ValidationError("company", t("Set up the company profile first (who you are "
                                           "and your distributor)."))
    return profile


def recipient_for(profile: CompanyProfile, distributor_id: int | None) -> p.Recipient:
    if not profile.distributors:
        raise ValidationError("distributor_id", t("Add a distributor with an escalation "
                                                  "e-mail address in the company profile "
                                                  "first."))
    chosen = profile.distributors[0] if distributor_id is None else next(
        (d for d in profile.distributors if d.id == distributor_id), None)
    if chosen is None:
        raise ValidationError("distributor_id", t("This distributor is no longer in the "
                                                  "company profile."))
    return p.Recipient(chosen.name, chosen.email, chosen.contact_name)


def read_attachments(items: Sequence[Path | AttachmentInput | str],
                     field: str = "attachments", reserved: Sequence[str] = ()
                     ) -> list[tuple[str, bytes]]:
    """(name as listed in the manifest, bytes) for each file the user added.

    The name is the file's own name, beside the PDF, the JSON and the manifest (``reserved``:
    a file named like one of them is numbered), so that the e-mail's attachments, the zip,
    the folder and ``manifest.json`` all name a file alike and its hash can be looked up."""
    raw: list[tuple[str, bytes]] = []
    for item in items:
        name = item.name if isinstance(item, AttachmentInput) else Path(item).name
        problem = p.attachment_name_problem(name)
        if problem:
            raise ValidationError(field, problem)
        if isinstance(item, AttachmentInput):
            raw.append((p.safe_file_name(item.name), bytes(item.content)))
            continue
        path = Path(item)
        try:  # a 2 GB file picked by mistake is refused by its size, not read
            raw.append((p.safe_file_name(path.name), read_input(path, InputKind.ATTACHMENT)))
        except ValidationError as exc:
            raise ValidationError(field, exc.message) from None
    if sum(len(b) for _, b in raw) > MAX_ATTACHMENTS_BYTES:
        raise ValidationError(field, t("The files are larger than 20 MB together, more than "
                                       "most mail servers accept: leave some out."))
    taken = [*reserved, p.MANIFEST_NAME, MANIFEST_SIGNATURE_NAME, p.CHAIN_HEAD_NAME]
    names = p.unique_names(taken + [n for n, _ in raw])[len(taken):]
    return [(n, b) for n, (_, b) in zip(names, raw, strict=True)]


def store_packet(s: Session, *, packet_id: str, kind: str, order_id: int | None,
                 customer_id: int | None, recipient: p.Recipient, subject: str, stem: str,
                 pdf: bytes, json_content: bytes, attachments: list[tuple[str, bytes]],
                 created_by: str, created_at: Any,
                 sign: Callable[[bytes], bytes] | None = None) -> tuple[DbPacket, p.Manifest]:
    """Add the packet and its files (inside the caller's write transaction); ``sign``
    (``company_key.manifest_signer``) makes the manifest's detached signature."""
    pdf_name, json_name = f"{stem}.pdf", f"{stem}.json"
    files = {pdf_name: pdf, json_name: json_content, **dict(attachments)}
    manifest = p.build_manifest(packet_id, created_at, files)
    manifest_raw = p.manifest_bytes(manifest)
    row = DbPacket(id=packet_id, kind=kind, status=PacketStatus.BUILT.value, order_id=order_id,
                   customer_id=customer_id, distributor_name=recipient.name,
                   recipient=recipient.email, subject=subject, file_stem=stem,
                   json_name=json_name, json_content=json_content, pdf_name=pdf_name, pdf=pdf,
                   manifest=manifest_raw, manifest_sha256=p.sha256(manifest_raw),
                   manifest_signature=sign(manifest_raw) if sign is not None else None,
                   created_by=created_by, created_at=created_at)
    s.add(row)
    s.flush()
    for i, (name, data) in enumerate(attachments):
        s.add(DbPacketAttachment(packet_id=packet_id, position=i, name=name, content=data,
                                 sha256=p.sha256(data), size=len(data)))
    s.flush()
    return row, manifest


def packet_files(s: Session, row: DbPacket) -> dict[str, bytes]:
    """Every file of the packet as built: PDF, JSON, attachments, then manifest.json (and its
    signature, manifest.sig.json, when the packet was signed)."""
    files = {row.pdf_name: bytes(row.pdf), row.json_name: bytes(row.json_content)}
    for a in s.execute(select(DbPacketAttachment).where(DbPacketAttachment.packet_id == row.id)
                       .order_by(DbPacketAttachment.position)).scalars():
        files[a.name] = bytes(a.content)
    files[p.MANIFEST_NAME] = bytes(row.manifest)
    if row.manifest_signature is not None:
        files[MANIFEST_SIGNATURE_NAME] = bytes(row.manifest_signature)
    return files


def packet_view(s: Session, row: DbPacket) -> PacketView:
    reference = ""
    if row.order_id is not None:
        reference = s.execute(select(DbOrder.reference)
                              .where(DbOrder.id == row.order_id)).scalar() or ""
    files = [PacketFile(n, p.sha256(b), len(b)) for n, b in packet_files(s, row).items()]
    return PacketView(
        id=row.id, kind=PacketKind(row.kind), status=PacketStatus(row.status),
        order_id=row.order_id, order_reference=reference, customer_id=row.customer_id,
        created_at=utc(row.created_at), created_by=row.created_by,
        recipient_name=row.distributor_name, recipient_email=row.recipient,
        subject=row.subject, file_stem=row.file_stem, files=files,
        manifest_sha256=row.manifest_sha256, pdf_name=row.pdf_name, json_name=row.json_name)


def _contact_line(reseller: dict[str, Any]) -> str:
    """Whom the distributor writes back to: the reseller's contact as the packet names it."""
    name, email = reseller.get("contact_name") or "", reseller.get("contact_email") or ""
    if not (name or email):
        return ""
    who = name or email
    if reseller.get("contact_title"):
        who += f", {reseller['contact_title']}"
    if name and email:
        who += f" <{email}>"
    company = f" at {reseller['name']}" if reseller.get("name") else ""
    return f"Questions: please contact {who}{company}.\n\n"


def mail_body(view: PacketView, reseller: dict[str, Any] | None = None) -> str:
    """The e-mail's text, for the distributor's mailbox (English, like the subject).

    An escalation asks for a decision (and says how a decision file names the packet); a
    misuse report asks the distributor to look into it and acknowledge it: it has no
    approve / reject answer. ``reseller`` is the packet JSON's reseller (fixed when the
    packet was built, so every attempt sends the same bytes)."""
    reseller = reseller or {}
    # Packets built before attachments sat beside the other files name them under a folder
    # in manifest.json: say which attachment is which entry.
    names = "\n".join(f"  - {f.name}" if "/" not in f.name else
                      f"  - {f.name.rsplit('/', 1)[-1]} (in manifest.json: {f.name})"
                      for f in view.files)
    sender = f" from {reseller['name']}" if reseller.get("name") else ""
    greeting = f"Dear {view.recipient_name},\n\n"
    closing = f"{_contact_line(reseller)}Sent with Channel Diligence.\n"
    signed = "" if all(f.name != MANIFEST_SIGNATURE_NAME for f in view.files) else (
        f"{MANIFEST_SIGNATURE_NAME} is our Ed25519 signature of manifest.json: check it with "
        "our public-key file (reseller-app verify-packet), and compare the key's fingerprint "
        "with us by phone once.\n\n")
    if view.kind == PacketKind.REPORT:
        return (
            greeting
            + f"Attached is our due diligence report{sender} (packet {view.id}): what we "
            "screened, held, declined and escalated in the period, with the criteria pack and "
            "restricted-party lists used, as the guidance asks resellers to share up the "
            "chain.\n\n"
            "The PDF is for reading; the JSON holds the same figures for your systems (its "
            "schema is published with Channel Diligence).\n\n"
            f"Files:\n{names}\n\n"
            "manifest.json lists the SHA-256 of every file, so you can check nothing changed "
            f"on the way (manifest SHA-256: {view.manifest_sha256}).\n\n"
            + signed + "No answer is needed; we welcome your questions.\n\n" + closing)
    if view.kind == PacketKind.MISUSE:
        about = f"order {view.order_reference}" if view.order_reference else "one of our customers"
        return (
            greeting
            + f"Attached is a report of possible misuse{sender} concerning {about} "
            f"(packet {view.id}). We saw something after the sale that may mean the products "
            "are used in a way that harms people; we report it to solve the problem together, "
            "not to assign blame.\n\n"
            "The PDF describes what was seen and when; the JSON holds the same content for "
            "your systems; any evidence files are attached as they were given to us.\n\n"
            f"Files:\n{names}\n\n"
            "manifest.json lists the SHA-256 of every file, so you can check nothing changed "
            f"on the way (manifest SHA-256: {view.manifest_sha256}).\n\n"
            + signed +
            "We ask you to look into it and take the steps you see fit (for example with the "
            "manufacturer), and to acknowledge that you received this report by replying to "
            "this e-mail, quoting the packet id.\n\n"
            + closing)
    return (
        greeting
        + f"Attached is the escalation of order {view.order_reference}{sender} "
        f"(packet {view.id}).\n\n"
        f"Files:\n{names}\n\n"
        "manifest.json lists the SHA-256 of every file. Please answer with approved, approved "
        "with conditions or rejected, your reference, the date and the person deciding; a "
        "decision file (channel-diligence-decision/1) must quote the packet id and the "
        f"manifest's SHA-256:\n  {view.manifest_sha256}\n\n"
        + signed + closing)


class EscalationService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.orders = OrderService(ctx)
        self.packs = PackService(ctx)

    # -- building ------------------------------------------------------------------------------
    def answered_reason(self, order_id: int) -> str:
        """Why the order is not escalated again: the distributor's answer it follows ("" when
        there is none). ``draft`` and ``build`` both use it, so the window and the CLI agree."""
        with self.ctx.session() as s:
            order = s.get(DbOrder, order_id)
            if order is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            return cannot_escalate_reason(s, order)

    def draft(self, order_id: int) -> EscalationDraft:
        view = self.orders.get(order_id)
        profile = SetupService(self.ctx).profile()
        pack = self.packs.localized(view.screening.pack.sha256)
        last = view.decisions[-1] if view.decisions else None
        can, reason = True, ""
        if view.status == OrderStatus.BLOCKED and view.screening.parties is not None \
                and view.screening.parties.confirmed:
            can, reason = False, t(
                "A party of this order is on a sanctions list: it can only be declined, "
                "there is nothing to escalate. Tell the distributor with the misuse "
                "report.")
        elif view.status == OrderStatus.BLOCKED:
            can, reason = False, t("This order asks for a prohibited use: it can only be "
                                   "declined. To tell the distributor, report it as misuse.")
        elif answered := self.answered_reason(order_id):
            can, reason = False, answered
        elif profile is None or not profile.distributors:
            can, reason = False, t("Add a distributor with an escalation e-mail address in "
                                   "the company profile first.")
        mitigations = list(last.mitigations) if last else []
        conditions = last.conditions if last else ""
        return EscalationDraft(
            order_id=order_id, reference=view.draft.reference,
            distributors=list(profile.distributors) if profile else [],
            distributor_id=profile.distributors[0].id if profile and profile.distributors
            else None,
            mitigations=mitigations, conditions=conditions,
            recommendation="approve_with_conditions" if mitigations or conditions
            else "no_recommendation",
            recommendation_text=last.rationale if last else "",
            available_mitigations=[(m.id, m.label) for m in pack.mitigations],
            can_escalate=can, reason=reason)

    def _packet(self, order_id: int, packet_id: str, recommendation: str,
                recommendation_text: str, mitigations: tuple[str, ...], conditions: str,
                attachments: list[tuple[str, bytes]], distributor_id: int | None
                ) -> tuple[p.EscalationPacket, int | None]:
        """The packet's content, and the order's customer id."""
        view = self.orders.get(order_id)
        if view.status not in _ESCALATABLE:
            if view.status == OrderStatus.BLOCKED and view.screening.parties is not None \
                    and view.screening.parties.confirmed:
                raise ValidationError("order", t(
                    "A party of this order is on a sanctions list: it can only be declined, "
                    "there is nothing to escalate. Tell the distributor with the misuse "
                    "report."))
            if view.status == OrderStatus.BLOCKED:
                raise ValidationError("order", t("This order asks for a prohibited use: it can "
                                                 "only be declined, there is nothing to "
                                                 "escalate. Report it as misuse instead."))
            raise ValidationError("order", t("Order {reference} is {status}: it cannot be "
                                             "escalated.", reference=view.draft.reference,
                                             status=status_words(view.status)))
        answered = self.answered_reason(order_id)
        if answered:
            raise ValidationError("order", answered)
        profile = company_profile(self.ctx)
        recipient = recipient_for(profile, distributor_id)
        pack = self.packs.localized(view.screening.pack.sha256)
        offered = {m.id: m for m in pack.mitigations}
        unknown = [m for m in mitigations if m not in offered]
        if unknown:
            raise ValidationError("mitigations", t("Unknown safeguard: {safeguard}.",
                                                   safeguard=unknown[0]))
        questions = {q.id: q for q in pack.checklist}
        d, r = view.draft, view.screening
        lines = tuple(p.LineInfo(ln.sku, ln.description, ln.category, ln.quantity,
                                 None if ln.unit_price is None else str(ln.unit_price))
                      for ln in d.lines)
        total = sum(((ln.unit_price or 0) * ln.quantity for ln in d.lines), start=0)
        # The distributor reads each flag's basis as titles with sections, not pack ids.
        cited = [flag_citations(pack, f.criterion, f.basis) for f in r.flags]
        return p.EscalationPacket(
            packet_id=packet_id, created_at=self.ctx.clock(),
            reseller=reseller_info(profile, self.ctx.who), recipient=recipient,
            reference=d.reference, order_date=d.date, sales_model=d.sales_model,
            currency=d.currency, total=str(total), lines=lines,
            customer=party_info(view.customer, self.ctx.language),
            end_user=party_info(view.end_user, self.ctx.language),
            consignee=party_info(view.consignee, self.ctx.language),
            destination_country=d.destination_country,
            destination_name=country_name(d.destination_country, self.ctx.language),
            intended_use=d.intended_use, use_cases=tuple(d.use_cases), tier=r.tier,
            hold=r.hold, summary=r.summary, hold_reasons=tuple(r.hold_reasons),
            flags=tuple(p.FlagInfo(f.factor, f.criterion, f.severity, f.reason, f.action,
                                   citation_text(cited[i]), f.subject)
                        for i, f in enumerate(r.flags)),
            missing=tuple(r.missing),
            checklist=tuple(
                p.ChecklistItem(a.question_id, questions[a.question_id].text
                                if a.question_id in questions else a.question_id, a.answer,
                                a.note, a.question_id in questions and
                                questions[a.question_id].risky_answer == a.answer)
                for a in view.checklist_answers),
            mitigations=tuple(p.MitigationInfo(m, offered[m].label, offered[m].description)
                              for m in mitigations),
            conditions=conditions, recommendation=recommendation,
            recommendation_text=recommendation_text,
            pack=PackRef(r.pack.id, r.pack.version, r.pack.sha256),
            screened_at=view.screened_at, attachments=tuple(n for n, _ in attachments),
            sources=cited_sources(pack, (c for cs in cited for c in cs)),
            parties=r.parties), d.customer_id

    def build(self, order_id: int, *, recommendation: str, recommendation_text: str,
              mitigations: Sequence[str] = (), conditions: str = "",
              attachments: Sequence[Path | AttachmentInput | str] = (),
              distributor_id: int | None = None) -> PacketView:
        """Build and store the packet of a held or chosen order (not sent yet)."""
        mitigations = tuple(dict.fromkeys(m.strip() for m in mitigations if m.strip()))
        recommendation_text, conditions = recommendation_text.strip(), conditions.strip()
        problem = p.recommendation_problem(recommendation, recommendation_text, conditions,
                                           mitigations)
        if problem:
            raise ValidationError(*problem)
        with self.ctx.session() as s:  # the PDF's and JSON's names, before the attachments'
            order = s.get(DbOrder, order_id)
            if order is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            taken = p.file_stem("escalation", order.reference, order.order_date)
        files = read_attachments(attachments, reserved=(f"{taken}.pdf", f"{taken}.json",
                                                        *p.TEMPLATE_FILES))
        packet_id = str(uuid.uuid4())
        packet, customer_id = self._packet(order_id, packet_id, recommendation, recommendation_text,
                              mitigations, conditions, files, distributor_id)
        # late: ReportLab loads only when a PDF is built
        from reseller_app.reports.packet_pdf import escalation_pdf

        labels = vocabulary_labels(self.packs.localized(packet.pack.sha256))
        sign = manifest_signer(self.ctx)  # before the transaction: it may make the key
        # The first page names the key that signs the packet (nothing when unsigned).
        key = CompanyKeyService(self.ctx).current() if sign is not None else None
        # Outside the write transaction: it takes a moment.
        pdf = escalation_pdf(packet, labels, language=self.ctx.language,
                             key_fingerprint=key.fingerprint if key else None)
        json_content = p.json_bytes(packet.to_json())
        stem = p.file_stem("escalation", packet.reference, packet.order_date)
        # Short enough not to be folded ("Subject: " + 78 characters) for usual references.
        subject = f"Escalation of {packet.reference} ({packet.tier} risk) [packet {packet_id[:8]}]"
        # What a distributor without the app answers from; kept with the attachments (after
        # them), listed in the manifest and signed with it.
        template = p.decision_template(packet_id, packet.recipient.name, {
            f"{stem}.pdf": pdf, f"{stem}.json": json_content, **dict(files)})
        files = [*files, (p.DECISION_TEMPLATE_NAME, template),
                 (p.HOW_TO_ANSWER_NAME, p.how_to_answer(packet_id, packet.reference,
                                                        packet.recipient.name))]
        heads = head_signer(self.ctx) if sign is not None else None
        with self.ctx.write_session() as s:
            # The chain's signed head travels in the packet, listed in its signed manifest.
            files = [*files, *head_file(s, heads, HeadOccasion.PACKET, self.ctx)]
            row, manifest = store_packet(
                s, packet_id=packet_id, kind=PacketKind.ESCALATION.value, order_id=order_id,
                customer_id=customer_id,
                recipient=packet.recipient, subject=subject, stem=stem, pdf=pdf,
                json_content=json_content, attachments=files, created_by=self.ctx.who,
                created_at=packet.created_at, sign=sign)
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.PACKET_BUILT, entity="order",
                entity_id=order_id, at=packet.created_at,
                details={"reference": packet.reference, "packet_id": packet_id,
                         "kind": "escalation", "to": packet.recipient.email,
                         "recommendation": recommendation, "mitigations": list(mitigations),
                         "manifest_sha256": row.manifest_sha256,
                         "files": [{"name": f.name, "sha256": f.sha256}
                                   for f in manifest.files]})
            view = packet_view(s, row)  # as stored, without opening the packet again
            s.commit()
        return view

    # -- reading -------------------------------------------------------------------------------
    def _row(self, s: Session, packet_id: str) -> DbPacket:
        row = s.get(DbPacket, (packet_id or "").strip().lower())
        if row is None:
            raise NotFound(t("There is no packet {packet}.", packet=packet_id))
        return row

    def get(self, packet_id: str) -> PacketView:
        with self.ctx.session() as s:
            return packet_view(s, self._row(s, packet_id))

    def packets(self, order_id: int | None = None, kind: str | None = None) -> list[PacketView]:
        with self.ctx.session() as s:
            q = select(DbPacket).order_by(DbPacket.created_at.desc(), DbPacket.id)
            if order_id is not None:
                q = q.where(DbPacket.order_id == order_id)
            if kind is not None:
                q = q.where(DbPacket.kind == kind)
            return [packet_view(s, r) for r in s.execute(q).scalars()]

    def files(self, packet_id: str) -> dict[str, bytes]:
        with self.ctx.session() as s:
            return packet_files(s, self._row(s, packet_id))

    def file(self, packet_id: str, name: str) -> bytes:
        files = self.files(packet_id)
        if name not in files:
            raise NotFound(t("Packet {packet} has no file {name}.", packet=packet_id, name=name))
        return files[name]

    def pdf(self, packet_id: str) -> bytes:
        with self.ctx.session() as s:
            return bytes(self._row(s, packet_id).pdf)

    def zip_bytes(self, packet_id: str) -> bytes:
        try:
            return p.zip_bytes(self.files(packet_id))
        except p.PacketFileError as exc:
            raise ValidationError("target", exc.message) from None

    def message(self, packet_id: str, *, to: str | None = None, message_id: str | None = None,
                date: Any = None, draft: bool = False) -> Any:
        """The e-mail of the packet (an ``EmailMessage``)."""
        view = self.get(packet_id)
        smtp = SettingsService(self.ctx).smtp_settings()
        sender = smtp.from_address if smtp else ""
        if not sender:
            profile = SetupService(self.ctx).profile()
            sender = profile.approver_email if profile else ""
        with self.ctx.session() as s:
            reseller = dict(packet_json(self._row(s, packet_id)).get("reseller") or {})
        return build_message(
            files=self.files(packet_id), subject=view.subject, to=to or view.recipient_email,
            from_address=sender,
            message_id=message_id or new_message_id(view.id, 0, message_domain(sender)),
            date=date or view.created_at, body=mail_body(view, reseller), packet_id=view.id,
            draft=draft)

    # -- saving to send another way ------------------------------------------------------------
    def _exported(self, packet_id: str, fmt: str, target: Path) -> None:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._row(s, packet_id)
            if row.status == PacketStatus.BUILT.value:
                row.status = PacketStatus.EXPORTED.value
                s.add(row)
            s.flush()
            entity, entity_id = ("order", row.order_id) if row.order_id is not None else \
                ("packet", row.id)
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.PACKET_EXPORTED,
                             entity=entity, entity_id=entity_id, at=now,
                             details={"packet_id": row.id, "kind": row.kind, "format": fmt,
                                      "file": target.name,
                                      "manifest_sha256": row.manifest_sha256})
            s.commit()

    def _target(self, packet_id: str, target: Path, suffix: str) -> Path:
        target = Path(target)
        if target.is_dir():
            view = self.get(packet_id)
            return target / f"{view.file_stem}-{view.id[:8]}{suffix}"
        if not target.parent.is_dir():
            raise ValidationError("target", t("The folder {folder} does not exist.",
                                              folder=target.parent))
        return target

    def save_folder(self, packet_id: str, parent: Path) -> Path:
        parent = Path(parent)
        if not parent.is_dir():
            raise ValidationError("target", t("The folder {folder} does not exist.",
                                              folder=parent))
        view = self.get(packet_id)
        folder = parent / f"{view.file_stem}-{view.id[:8]}"
        files = self.files(packet_id)
        for name in [view.file_stem, *files]:  # from the database: checked again at each write
            problem = p.packet_name_problem(name)
            if problem:
                raise ValidationError("target", problem)
        try:
            for name, data in files.items():
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        except OSError as exc:
            raise ValidationError("target", t("Cannot write {file}: {error}.", file=folder,
                                              error=exc.strerror or exc)) from None
        self._exported(packet_id, "folder", folder)
        return folder

    def _write(self, path: Path, data: bytes) -> None:
        """Written beside the target and renamed: a full disk or a crash never leaves half a
        zip or .eml where the user expects the whole one."""
        write_atomically(path, data, field="target")

    def save_zip(self, packet_id: str, target: Path) -> Path:
        path = self._target(packet_id, target, ".zip")
        self._write(path, self.zip_bytes(packet_id))
        self._exported(packet_id, "zip", path)
        return path

    def eml(self, packet_id: str, *, to: str | None = None) -> bytes:
        """The packet's e-mail as an RFC 5322 .eml file: the message the outbox sends (the
        same builder), marked as a draft so that mail programs open it ready to send, with
        CRLF line ends as the standard has them (Outlook, Thunderbird and Apple Mail open it).
        ``to``: another recipient than the packet's (an outbox message's)."""
        return self.message(packet_id, to=to, draft=True).as_bytes(policy=email.policy.SMTP)

    def save_eml(self, packet_id: str, target: Path, *, to: str | None = None) -> Path:
        """An .eml the user's mail program opens as a message ready to send."""
        path = self._target(packet_id, target, ".eml")
        self._write(path, self.eml(packet_id, to=to))
        self._exported(packet_id, "eml", path)
        return path


def order_status_after_escalation(status: str) -> str | None:
    """The order's new status once its packet goes out (``None``: unchanged)."""
    return OrderStatus.ESCALATED.value if status in (OrderStatus.HELD, OrderStatus.CLEARED) \
        else None


def packet_json(row: DbPacket) -> dict[str, Any]:
    return json.loads(bytes(row.json_content))
