"""The distributor's answer to an escalation: typed in, or imported from a decision file that
is checked against the packet id and the manifest of exactly the packet that was sent.

The order's status follows the answer; each condition becomes a tracked follow-up, and an
approved high-risk order gets a contact follow-up after ``followup_days`` (from the pack).

An answer only counts for the order as it was escalated: it is refused when it answers an
older packet than the order's latest one, when the order already has an answer recorded after
the packet was built, when it is dated before the packet existed, and when the order was
screened again with another outcome after the packet was built (a blocked order above all:
nobody can approve it). A decision file is refused for a packet that never left the app.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain import packets as p
from reseller_app.domain import signing
from reseller_app.domain.packs import TIER_RANK
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, RiskTier
from reseller_app.services.context import AppContext
from reseller_app.services.distributor_keys import DecisionSignature, check_decision_signature
from reseller_app.services.dto import (
    AnswerInput,
    AnswerOutcome,
    AnswerView,
    OrderStatus,
    PacketStatus,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.followups import follow_up_view
from reseller_app.services.history import tier_words
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.packs import PackService
from reseller_app.store import audit_log, repositories
from reseller_app.store.tables import (
    DbDistributorAnswer,
    DbFollowUp,
    DbOrder,
    DbPacket,
    DbScreening,
    utc,
)

STATUS_AFTER = {
    AnswerOutcome.APPROVED.value: OrderStatus.PROCEED.value,
    AnswerOutcome.APPROVED_WITH_CONDITIONS.value: OrderStatus.PROCEED_WITH_CONDITIONS.value,
    AnswerOutcome.REJECTED.value: OrderStatus.DECLINED.value,
}


# An answer changes the order's status to one of these; while one stands, the order is decided.
ANSWERED_STATUSES = frozenset(STATUS_AFTER.values())


def outcome_words(outcome: str) -> str:
    return {AnswerOutcome.APPROVED: t("approved"),
            AnswerOutcome.APPROVED_WITH_CONDITIONS: t("approved with conditions"),
            AnswerOutcome.REJECTED: t("rejected")}.get(outcome, outcome)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def latest_escalation_packet(s: Session, order_id: int) -> DbPacket | None:
    """The order's newest escalation packet: the only one an answer may still be for."""
    return s.execute(select(DbPacket).where(DbPacket.order_id == order_id,
                                            DbPacket.kind == "escalation")
                     .order_by(DbPacket.created_at.desc(), DbPacket.id.desc())
                     .limit(1)).scalar()


def latest_answer(s: Session, order_id: int) -> DbDistributorAnswer | None:
    return s.execute(select(DbDistributorAnswer)
                     .where(DbDistributorAnswer.order_id == order_id)
                     .order_by(DbDistributorAnswer.recorded_at.desc(),
                               DbDistributorAnswer.id.desc()).limit(1)).scalar()


def answer_in_force(s: Session, order: DbOrder) -> DbDistributorAnswer | None:
    """The distributor's answer the order still follows, if any.

    Once the distributor answered, the order is decided and is not escalated again; only when
    an edit screened it again with another outcome (its status went back to what screening
    says: held, cleared, blocked) does the answer stop applying.
    """
    answer = latest_answer(s, order.id)  # type: ignore[arg-type]
    return answer if answer is not None and order.status in ANSWERED_STATUSES else None


def cannot_escalate_reason(s: Session, order: DbOrder) -> str:
    """Why the order cannot be escalated again because of an answer ("" when it can).

    The one rule the escalate dialog, the order window and the CLI share."""
    answer = answer_in_force(s, order)
    if answer is None:
        return ""
    return t("The distributor already answered for order {reference} ({outcome}, reference "
             "{their_reference}, {date}): the order follows that answer and is not escalated "
             "again. If the order changes, save it: when the new screening differs, you can "
             "escalate it again.", reference=order.reference,
             outcome=outcome_words(answer.outcome),
             their_reference=answer.reference, date=answer.answered_on.isoformat())


def _packet_screening(packet: DbPacket) -> dict:
    """The screening the packet carried (tier, hold, when) as built."""
    try:
        return dict(json.loads(bytes(packet.json_content)).get("screening") or {})
    except (ValueError, TypeError):
        return {}


def _changed_since(s: Session, order: DbOrder, packet: DbPacket) -> DbScreening | None:
    """The order's screening after the packet was built, when its tier or hold differ from
    what the packet told the distributor (``None``: the packet still describes the order)."""
    latest = repositories.latest_screening(s, order.id)  # type: ignore[arg-type]
    if latest is None or utc(latest.created_at) <= utc(packet.created_at):
        return None
    sent = _packet_screening(packet)
    if latest.blocked or latest.tier != sent.get("tier") or \
            bool(latest.hold) != bool(sent.get("hold")):
        return latest
    return None


class AnswerService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.packs = PackService(ctx)

    def _view(self, s: Session, row: DbDistributorAnswer) -> AnswerView:
        order = s.get(DbOrder, row.order_id)
        today = self.ctx.clock().date()
        follow_ups = s.execute(select(DbFollowUp).where(DbFollowUp.answer_id == row.id)
                               .order_by(DbFollowUp.due_on, DbFollowUp.id)).scalars()
        return AnswerView(
            id=row.id, packet_id=row.packet_id, order_id=row.order_id,  # type: ignore[arg-type]
            order_reference=order.reference if order else "",
            outcome=AnswerOutcome(row.outcome), conditions=list(json.loads(row.conditions)),
            reference=row.reference, answered_on=row.answered_on, person=row.person,
            organisation=row.organisation, note=row.note, source=row.source,
            recorded_at=utc(row.recorded_at), recorded_by=row.recorded_by,
            order_status=order.status if order else "",
            follow_ups=[follow_up_view(s, f, today) for f in follow_ups])

    def get(self, answer_id: int) -> AnswerView:
        with self.ctx.session() as s:
            row = s.get(DbDistributorAnswer, answer_id)
            if row is None:
                raise NotFound(t("There is no answer {answer}.", answer=answer_id))
            return self._view(s, row)

    def answers(self, order_id: int | None = None) -> list[AnswerView]:
        with self.ctx.session() as s:
            q = select(DbDistributorAnswer).order_by(DbDistributorAnswer.id)
            if order_id is not None:
                q = q.where(DbDistributorAnswer.order_id == order_id)
            return [self._view(s, r) for r in s.execute(q).scalars()]

    def awaiting(self, order_id: int) -> str | None:
        """The id of the packet whose answer the order waits for: its latest escalation
        packet, while it has no answer and no answer was recorded after it was built."""
        with self.ctx.session() as s:
            order = s.get(DbOrder, order_id)
            if order is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            packet = latest_escalation_packet(s, order_id)
            if packet is None or packet.status == PacketStatus.ANSWERED.value:
                return None
            answer = latest_answer(s, order_id)
            if answer is not None and utc(answer.recorded_at) >= utc(packet.created_at):
                return None
            return packet.id

    def _refusal(self, s: Session, packet: DbPacket, order: DbOrder,
                 a: AnswerInput) -> ValidationError | None:
        """Why this answer cannot count for the order now (``None``: it can)."""
        latest = latest_escalation_packet(s, order.id)  # type: ignore[arg-type]
        if latest is not None and latest.id != packet.id:
            return ValidationError("packet_id", t(
                "Packet {packet} is not the latest escalation of order {reference}: packet "
                "{latest} of {date} replaced it. Nothing was recorded; record the answer to "
                "the latest packet.", packet=packet.id, reference=order.reference,
                latest=latest.id, date=utc(latest.created_at).date().isoformat()))
        answered = latest_answer(s, order.id)  # type: ignore[arg-type]
        if answered is not None and utc(answered.recorded_at) >= utc(packet.created_at):
            return ValidationError("packet_id", t(
                "The distributor's answer on order {reference} is already recorded "
                "({outcome}, reference {their_reference}). Nothing was recorded; to ask "
                "again, build a new packet.", reference=order.reference,
                outcome=outcome_words(answered.outcome),
                their_reference=answered.reference))
        built_on = utc(packet.created_at).date()
        # One day's grace: the distributor dates the answer in its own time zone, which can
        # still be the day before the packet's UTC date.
        if a.answered_on < built_on - dt.timedelta(days=1):
            return ValidationError("answered_on", t(
                "The answer is dated {answered}, before packet {packet} was built on "
                "{built}: it cannot be the answer to this packet. Nothing was recorded; "
                "check the date.", answered=a.answered_on.isoformat(), packet=packet.id,
                built=built_on.isoformat()))
        changed = _changed_since(s, order, packet)
        if changed is not None and changed.blocked:
            return ValidationError("order", t(
                "Order {reference} was changed after packet {packet} was built and now asks "
                "for a prohibited use: nobody can approve it, it can only be declined. "
                "Nothing was recorded.", reference=order.reference, packet=packet.id))
        if changed is not None:
            return ValidationError("order", t(
                "Order {reference} was changed after packet {packet} was built: it is now "
                "screened {tier}, not as the distributor saw it. Nothing was recorded; build "
                "and send a new packet for the order as it is now.",
                reference=order.reference, packet=packet.id, tier=tier_words(changed.tier)))
        return None

    # -- recording -----------------------------------------------------------------------------
    def _validate(self, answer: AnswerInput) -> AnswerInput:
        outcome = str(answer.outcome)
        if outcome not in STATUS_AFTER:
            raise ValidationError("outcome", t("Choose approved, approved with conditions or "
                                               "rejected."))
        conditions = [c.strip() for c in answer.conditions if c and c.strip()]
        if outcome == AnswerOutcome.APPROVED_WITH_CONDITIONS and not conditions:
            raise ValidationError("conditions", t("Write down the distributor's conditions, "
                                                  "one per line."))
        if outcome != AnswerOutcome.APPROVED_WITH_CONDITIONS and conditions:
            raise ValidationError("conditions", t(
                "Conditions only go with an approval with conditions; this answer is "
                "{outcome}. Nothing was recorded: leave the conditions out, or choose "
                "approved with conditions.", outcome=outcome_words(outcome)))
        reference = _clean(answer.reference)
        if not reference:
            raise ValidationError("reference", t("Enter the distributor's reference."))
        person = _clean(answer.person)
        if not person:
            raise ValidationError("person", t("Enter who decided at the distributor."))
        if not isinstance(answer.answered_on, dt.date):
            raise ValidationError("answered_on", t("Enter the date of the answer."))
        if answer.answered_on > self.ctx.clock().date():
            raise ValidationError("answered_on", t("The date of the answer is in the future."))
        return AnswerInput(outcome, conditions, reference[:200], answer.answered_on,
                           person[:200], _clean(answer.organisation)[:200],
                           (answer.note or "").strip())

    def record(self, packet_id: str, answer: AnswerInput) -> AnswerView:
        """Record an answer typed in by hand."""
        return self._record(packet_id, self._validate(answer), source="manual")

    def import_file(self, raw: bytes | Path | str, *, packet_id: str | None = None,
                    signature: bytes | Path | str | None = None) -> AnswerView:
        """Record the answer in a decision file (``distributor-decision-v1``); refused, with
        nothing changed, when it is malformed, for another packet, or altered.

        Its detached signature (``signature``; for a file chosen by its path, the
        ``<name>.sig.json`` beside it when there is one) is checked against the pinned key of
        the distributor the packet was sent to (``services/distributor_keys.py``)."""
        if isinstance(raw, Path | str):
            chosen = Path(raw)
            if chosen.name.lower().endswith(".sig.json"):  # the signature chosen by mistake
                decision_file = chosen.with_name(chosen.name[:-len(".sig.json")] + ".json")
                raw = decision_file if decision_file.is_file() else raw
            beside = Path(raw).with_name(signing.signature_name(Path(raw).name))
            if signature is None and beside.is_file():
                signature = beside
            raw = read_input(raw, InputKind.DECISION)  # refused unread when far too large
        if isinstance(signature, Path | str):
            signature = read_input(signature, InputKind.MAPPING)
        try:
            decision = p.parse_decision(raw)
        except p.PacketFileError as exc:
            raise ValidationError(exc.field or "file", exc.message) from None
        expected = (packet_id or "").strip().lower()
        if expected and decision.packet_id != expected:
            raise ValidationError("packet_id", t("The decision file is for packet {answered}, "
                                                 "not for packet {expected}.",
                                                 answered=decision.packet_id,
                                                 expected=expected))
        with self.ctx.session() as s:
            packet = s.get(DbPacket, decision.packet_id)
            if packet is None or packet.kind != "escalation":
                raise ValidationError("packet_id", t("No escalation packet {packet} was sent "
                                                     "from here: the decision file is for "
                                                     "another packet.",
                                                     packet=decision.packet_id))
            if packet.status == PacketStatus.BUILT.value:
                raise ValidationError("packet_id", t(
                    "Packet {packet} was built here but never sent: it was not e-mailed or "
                    "saved to send another way, so the distributor cannot have answered it. "
                    "Nothing was recorded; send the packet first.", packet=packet.id))
            # The signature first: a file altered after signing is named as such, whatever
            # else it now says.
            signed = check_decision_signature(s, packet.distributor_name, raw, signature)
            try:
                p.check_decision(decision, packet_id=packet.id,
                                 manifest=p.parse_manifest(bytes(packet.manifest)),
                                 manifest_sha256=packet.manifest_sha256)
            except p.PacketFileError as exc:
                raise ValidationError(exc.field or "file", exc.message) from None
        answer = self._validate(AnswerInput(
            decision.outcome, list(decision.conditions), decision.reference,
            decision.answered_on, decision.person, decision.organisation, decision.note))
        view = self._record(decision.packet_id, answer, source="file",
                            source_sha256=p.sha256(raw), source_file=raw,
                            source_signature=signature, signed=signed)
        view.signature, view.signature_warning = signed.message, signed.warning
        return view

    def _record(self, packet_id: str, a: AnswerInput, *, source: str,
                source_sha256: str | None = None, source_file: bytes | None = None,
                source_signature: bytes | None = None,
                signed: DecisionSignature | None = None) -> AnswerView:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            packet = s.get(DbPacket, (packet_id or "").strip().lower())
            if packet is None or packet.order_id is None or packet.kind != "escalation":
                raise NotFound(t("There is no escalation packet {packet}.", packet=packet_id))
            earlier = s.execute(select(DbDistributorAnswer).where(
                DbDistributorAnswer.packet_id == packet.id)).scalar()
            if earlier is not None:
                raise ValidationError("packet_id", t("The answer to this packet is already "
                                                     "recorded ({outcome}, reference "
                                                     "{reference}).", outcome=earlier.outcome,
                                                     reference=earlier.reference))
            order = s.get(DbOrder, packet.order_id)
            if order is None:
                raise NotFound(t("Order {order} does not exist.", order=packet.order_id))
            refusal = self._refusal(s, packet, order, a)
            if refusal is not None:
                raise refusal
            row = DbDistributorAnswer(
                packet_id=packet.id, order_id=order.id, outcome=str(a.outcome),  # type: ignore[arg-type]
                conditions=json.dumps(a.conditions, ensure_ascii=False), reference=a.reference,
                answered_on=a.answered_on, person=a.person, organisation=a.organisation,
                note=a.note, source=source, source_sha256=source_sha256,
                source_file=source_file, source_signature=source_signature,
                recorded_by=self.ctx.who, recorded_at=now)
            s.add(row)
            s.flush()
            for text in a.conditions:
                s.add(DbFollowUp(order_id=order.id, answer_id=row.id, kind="condition",  # type: ignore[arg-type]
                                 due_on=a.answered_on, text=text, created_at=now))
            contact_on = None
            screening = repositories.latest_screening(s, order.id)  # type: ignore[arg-type]
            if a.outcome != AnswerOutcome.REJECTED and screening is not None and \
                    TIER_RANK.get(screening.tier, 0) >= TIER_RANK[RiskTier.HIGH]:
                days = self.packs.by_sha256(screening.pack_sha256).pack.followup_days
                contact_on = a.answered_on + dt.timedelta(days=days)
                s.add(DbFollowUp(order_id=order.id, answer_id=row.id, kind="contact",  # type: ignore[arg-type]
                                 due_on=contact_on, created_at=now,
                                 text=f"Contact {order.customer_name or 'the customer'}: check "
                                      "that the products are used as agreed and give the "
                                      "responsible-use guidance again if needed."))
            previous = order.status
            order.status, order.updated_at = STATUS_AFTER[str(a.outcome)], now
            packet.status = PacketStatus.ANSWERED.value
            s.add_all([order, packet])
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.DISTRIBUTOR_ANSWERED, entity="order",
                entity_id=order.id, at=now,  # type: ignore[arg-type]
                details={"reference": order.reference, "packet_id": packet.id,
                         "outcome": str(a.outcome), "conditions": a.conditions,
                         "distributor_reference": a.reference, "answered_on": a.answered_on,
                         "person": a.person, "organisation": a.organisation, "source": source,
                         "source_sha256": source_sha256, "status": order.status,
                         "previous_status": previous, "contact_follow_up_on": contact_on,
                         **({} if signed is None else {
                             "signed_by": signed.signed_by if signed.signed else "",
                             "key_fingerprint": signed.fingerprint if signed.signed else "",
                             "signature_sha256": p.sha256(source_signature)
                             if source_signature is not None else None})})
            s.commit()
            return self._view(s, row)
