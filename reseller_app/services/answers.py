"""The distributor's answer to an escalation: typed in, or imported from a decision file that
is checked against the packet id and the manifest of exactly the packet that was sent.

The order's status follows the answer; each condition becomes a tracked follow-up, and an
approved high-risk order gets a contact follow-up after ``followup_days`` (from the pack).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain import packets as p
from reseller_app.domain.packs import TIER_RANK
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    AnswerInput,
    AnswerOutcome,
    AnswerView,
    OrderStatus,
    PacketStatus,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.followups import follow_up_view
from reseller_app.services.packs import PackService
from reseller_app.store import audit_log, repositories
from reseller_app.store.tables import (
    DbDistributorAnswer,
    DbFollowUp,
    DbOrder,
    DbPacket,
    utc,
)

STATUS_AFTER = {
    AnswerOutcome.APPROVED.value: OrderStatus.PROCEED.value,
    AnswerOutcome.APPROVED_WITH_CONDITIONS.value: OrderStatus.PROCEED_WITH_CONDITIONS.value,
    AnswerOutcome.REJECTED.value: OrderStatus.DECLINED.value,
}


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


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

    def import_file(self, raw: bytes | Path | str, *, packet_id: str | None = None
                    ) -> AnswerView:
        """Record the answer in a decision file (``distributor-decision-v1``); refused, with
        nothing changed, when it is malformed, for another packet, or altered."""
        if isinstance(raw, Path | str):
            try:
                raw = Path(raw).read_bytes()
            except OSError as exc:
                raise ValidationError("file", t("Cannot read {file}: {error}.", file=raw,
                                                error=exc.strerror or exc)) from None
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
            try:
                p.check_decision(decision, packet_id=packet.id,
                                 manifest=p.parse_manifest(bytes(packet.manifest)),
                                 manifest_sha256=packet.manifest_sha256)
            except p.PacketFileError as exc:
                raise ValidationError(exc.field or "file", exc.message) from None
        answer = self._validate(AnswerInput(
            decision.outcome, list(decision.conditions), decision.reference,
            decision.answered_on, decision.person, decision.organisation, decision.note))
        return self._record(decision.packet_id, answer, source="file",
                            source_sha256=p.sha256(raw))

    def _record(self, packet_id: str, a: AnswerInput, *, source: str,
                source_sha256: str | None = None) -> AnswerView:
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
            row = DbDistributorAnswer(
                packet_id=packet.id, order_id=order.id, outcome=str(a.outcome),  # type: ignore[arg-type]
                conditions=json.dumps(a.conditions, ensure_ascii=False), reference=a.reference,
                answered_on=a.answered_on, person=a.person, organisation=a.organisation,
                note=a.note, source=source, source_sha256=source_sha256,
                recorded_by=self.ctx.actor, recorded_at=now)
            s.add(row)
            s.flush()
            for text in a.conditions:
                s.add(DbFollowUp(order_id=order.id, answer_id=row.id, kind="condition",  # type: ignore[arg-type]
                                 due_on=a.answered_on, text=text, created_at=now))
            contact_on = None
            screening = repositories.latest_screening(s, order.id)  # type: ignore[arg-type]
            if a.outcome != AnswerOutcome.REJECTED and screening is not None and \
                    TIER_RANK.get(screening.tier, 0) >= TIER_RANK["high"]:
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
                s, actor=self.ctx.actor, action="distributor.answered", entity="order",
                entity_id=order.id, at=now,  # type: ignore[arg-type]
                details={"reference": order.reference, "packet_id": packet.id,
                         "outcome": str(a.outcome), "conditions": a.conditions,
                         "distributor_reference": a.reference, "answered_on": a.answered_on,
                         "person": a.person, "organisation": a.organisation, "source": source,
                         "source_sha256": source_sha256, "status": order.status,
                         "previous_status": previous, "contact_follow_up_on": contact_on})
            s.commit()
            return self._view(s, row)
