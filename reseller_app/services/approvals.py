"""Approval from the approver's own desk, on a shared database.

A staff member proposes the decision for an order that needs the senior approver and asks for
approval (``request``); the order then says "Awaiting approval by ...". The approver, at their
own desk, sees what waits for them (``waiting``), and approves it (``approve``: the decision is
recorded as approved by them, proven by their own passphrase typed at that moment) or sends it
back with a reason (``send_back``), which the requester reads on the order.

Nothing about the order may change unnoticed between the request and the approval: the request
keeps the order's latest screening and its last-saved time, and an order edited, screened again
or decided on meanwhile makes the request stale; approving it is then refused (and the request
marked stale, audited), so nobody approves what they did not see.

The approving person is passed in (``Approval``: their id or e-mail and passphrase), so the
command line can approve before it signs anyone in; in the window it is the signed-in person,
and nobody else may approve at that desk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlmodel import Session

from reseller_app.domain import decisions as rules
from reseller_app.domain.people import Action
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import ApprovalState, AuditAction, DecisionOutcome
from reseller_app.services.context import AppContext
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Approval, ApprovalRequestView, DecisionRecord
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.orders import decision_dto
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import (
    NotAllowed,
    PeopleService,
    Person,
    check_role,
    proven_approver,
)
from reseller_app.store import audit_log, repositories
from reseller_app.store.audit_log import PERSON_KEY
from reseller_app.store.tables import (
    DbApprovalRequest,
    DbDecision,
    DbOrder,
    DbPerson,
    DbScreening,
    utc,
)

ENTITY = "order"  # the events are the order's: its history shows the request and its fate


def _is_current(req: DbApprovalRequest, row: DbOrder, screening: DbScreening | None) -> bool:
    """Whether the order is still as it was when approval was asked: the same latest screening
    and not saved since (an edit, a screening again, a decision or a status change all save
    the order's row)."""
    return (screening is not None and screening.id == req.screening_id
            and utc(row.updated_at) == utc(req.order_updated_at))


class ApprovalService:
    def __init__(self, ctx: AppContext, hasher: PassphraseHasher | None = None) -> None:
        self.ctx = ctx
        self.people = PeopleService(ctx, hasher)
        self.decisions = DecisionService(ctx)

    # -- asking ------------------------------------------------------------------------------
    def request(self, order_id: int, outcome: DecisionOutcome | str, rationale: str,
                mitigations: Sequence[str] = (), conditions: str = "",
                approver: int | str | None = None) -> ApprovalRequestView:
        """Propose ``outcome`` for the order and ask an approver (``approver``, or any) to
        approve it from their desk. The proposal is checked against the same rules as a
        decision now, so the approver is never asked to approve what could not be recorded."""
        outcome = str(outcome)
        mitigations = tuple(dict.fromkeys(m.strip() for m in mitigations if m.strip()))
        rationale, conditions = rationale.strip(), conditions.strip()
        check_role(self.ctx, Action.DECIDE)
        if not self.people.is_set_up():
            raise ValidationError("outcome", t(
                "Asking for approval at the approver's own desk needs the people who use the "
                "app: set them up first, or let the approver confirm in this form."))
        chosen = self._chosen_approver(approver)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row, screening, facts, _ = self.decisions.load(s, order_id)
            self._check_proposal(row, facts, outcome, rationale, mitigations, conditions)
            replaced = self._replace_waiting(s, row, screening)
            req = DbApprovalRequest(
                order_id=order_id, screening_id=screening.id, order_updated_at=row.updated_at,
                outcome=outcome, mitigations=json.dumps(list(mitigations)),
                conditions=conditions, rationale=rationale, requested_by=self.ctx.who,
                requested_by_person_id=self.ctx.person.id if self.ctx.person else None,
                approver_person_id=chosen.id if chosen else None, requested_at=now,
                state=ApprovalState.WAITING)
            s.add(req)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.APPROVAL_REQUESTED, entity=ENTITY,
                entity_id=order_id, at=now,
                details={"reference": row.reference, "request_id": req.id, "outcome": outcome,
                         "tier": screening.tier, "screening_id": screening.id,
                         "requested_by": req.requested_by,
                         "approver": chosen.name if chosen else "",
                         "approver_person_id": chosen.id if chosen else None,
                         "rationale": rationale, "mitigations": list(mitigations),
                         "conditions": conditions,
                         **({"replaces_stale_request": replaced} if replaced else {})})
            s.commit()
            return self._view(s, req)

    def _chosen_approver(self, approver: int | str | None) -> Person | None:
        if approver is None or (isinstance(approver, str) and not approver.strip()):
            return None
        try:
            person = self.people.get(approver)
        except NotFound as exc:
            raise ValidationError("approver", str(exc)) from None
        if not person.may(Action.APPROVE):
            raise ValidationError("approver", t(
                "{person} cannot approve: choose an active approver or administrator, or any "
                "approver.", person=person.name))
        return person

    @staticmethod
    def _check_proposal(row: DbOrder, facts: rules.DecisionFacts, outcome: str, rationale: str,
                        mitigations: tuple[str, ...], conditions: str) -> None:
        if outcome not in rules.APPROVING or facts.blocked or \
                not rules.needs_senior_approval(facts):
            raise ValidationError("outcome", t(
                "Only a decision to proceed with a {tier}-risk order waits for the senior "
                "approver; order {reference} needs no approval for this decision: record it "
                "directly.", tier=rules.tier_word(facts.tier), reference=row.reference))
        # The approval itself is what is asked for: the rest of the rules are checked now.
        asked = dataclasses.replace(facts, approver_name=facts.approver_name or "-")
        try:
            rules.check(asked, outcome, rationale=rationale, decided_by="-",
                        mitigations=mitigations, conditions=conditions,
                        approved_by=asked.approver_name)
        except rules.DecisionRefused as exc:
            raise ValidationError(exc.field, exc.message) from None

    def _replace_waiting(self, s: Session, row: DbOrder, screening: DbScreening) -> int | None:
        """A request still waiting for this order: refused while it is current; one the order
        has moved past is marked stale (returned as its id) and the new one replaces it."""
        old = s.execute(select(DbApprovalRequest).where(
            DbApprovalRequest.order_id == row.id,
            DbApprovalRequest.state == ApprovalState.WAITING)).scalar()
        if old is None:
            return None
        if _is_current(old, row, screening):
            raise ValidationError("outcome", t(
                "Order {reference} is already waiting for approval (asked by {person}).",
                reference=row.reference, person=old.requested_by))
        old.state = ApprovalState.STALE
        old.resolved_at = self.ctx.clock()
        s.add(old)
        return old.id

    # -- reading -----------------------------------------------------------------------------
    def waiting(self, for_person: int | None = None) -> list[ApprovalRequestView]:
        """The requests waiting for approval, oldest first; ``for_person``: only those asked of
        that person or of any approver (none when they may not approve)."""
        with self.ctx.session() as s:
            q = select(DbApprovalRequest).where(
                DbApprovalRequest.state == ApprovalState.WAITING)
            if for_person is not None:
                if not self.people.get(for_person).may(Action.APPROVE):
                    return []
                q = q.where(or_(DbApprovalRequest.approver_person_id.is_(None),  # type: ignore[union-attr]
                                DbApprovalRequest.approver_person_id == for_person))
            rows = s.execute(q.order_by(DbApprovalRequest.requested_at,
                                        DbApprovalRequest.id)).scalars().all()
            return [self._view(s, r) for r in rows]

    def count_waiting(self, for_person: int) -> int:
        """How many requests wait for ``for_person`` (for the overview)."""
        try:
            if not self.people.get(for_person).may(Action.APPROVE):
                return 0
        except NotFound:  # removed meanwhile from another desk: nothing waits for them
            return 0
        with self.ctx.session() as s:
            return int(s.execute(select(func.count()).select_from(DbApprovalRequest).where(
                DbApprovalRequest.state == ApprovalState.WAITING,
                or_(DbApprovalRequest.approver_person_id.is_(None),  # type: ignore[union-attr]
                    DbApprovalRequest.approver_person_id == for_person))).scalar_one())

    def get(self, request_id: int) -> ApprovalRequestView:
        with self.ctx.session() as s:
            return self._view(s, self._row(s, request_id))

    def for_order(self, order_id: int) -> ApprovalRequestView | None:
        """The order's latest request for approval (waiting, approved, sent back or stale)."""
        with self.ctx.session() as s:
            row = s.execute(select(DbApprovalRequest).where(
                DbApprovalRequest.order_id == order_id).order_by(
                DbApprovalRequest.id.desc()).limit(1)).scalar()  # type: ignore[union-attr]
            return self._view(s, row) if row is not None else None

    # -- answering ---------------------------------------------------------------------------
    def approve(self, request_id: int, approval: Approval) -> DecisionRecord:
        """Record the requested decision as approved by the approver whose own passphrase this
        is. Refused (nothing recorded) for a wrong passphrase, a person who may not approve,
        someone else than the person signed in at this desk, a request asked of another
        approver or already answered; an order that changed since the request makes it stale
        (recorded) and the approval is refused."""
        approver = proven_approver(self.people, approval, t(
            "Say who approves: the approver confirms with their own passphrase."))
        self._check_desk(approver)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            if self.ctx.person is None:  # the command line: the proven approver is who acts
                s.info[PERSON_KEY] = {"id": approver.id, "name": approver.name}
            req = self._open(s, request_id, approver)
            row, screening, facts, _ = self.decisions.load(s, req.order_id)
            if _is_current(req, row, screening):
                decision = self._record(s, req, row, screening, facts, approver, now)
                s.commit()
                return decision_dto(decision)
            # Marked stale for good (audited), so nobody approves it later; then refused.
            self._mark_stale(s, req, row, now)
            s.commit()
        raise ValidationError("request", t(
            "Order {reference} changed after approval was asked (it was edited, screened "
            "again or decided on): the request is stale and cannot be approved. Ask for "
            "approval again.", reference=row.reference))

    def _record(self, s: Session, req: DbApprovalRequest, row: DbOrder, screening: DbScreening,
                facts: rules.DecisionFacts, approver: Person, now: dt.datetime) -> DbDecision:
        mitigations = tuple(json.loads(req.mitigations or "[]"))
        facts = dataclasses.replace(facts, approver_name=approver.name)
        try:
            rules.check(facts, req.outcome, rationale=req.rationale,
                        decided_by=req.requested_by, mitigations=mitigations,
                        conditions=req.conditions, approved_by=approver.name)
        except rules.DecisionRefused as exc:
            raise ValidationError(exc.field, exc.message) from None
        decision = self.decisions.store(
            s, row, screening, facts, outcome=req.outcome, rationale=req.rationale,
            decided_by=req.requested_by, mitigations=mitigations, conditions=req.conditions,
            approved_by=approver.name, now=now,
            proof={"approved_by_person_id": approver.id, "approval": "desk",
                   "request_id": req.id, "requested_at": audit_log.iso(utc(req.requested_at))})
        req.state = ApprovalState.APPROVED
        req.resolved_at, req.decision_id = now, decision.id
        req.resolved_by, req.resolved_by_person_id = approver.name, approver.id
        s.add(req)
        return decision

    def send_back(self, request_id: int, reason: str,
                  approval: Approval | None = None) -> ApprovalRequestView:
        """Send a waiting request back to the requester with ``reason`` (audited; the order
        shows it). By the approver signed in at this desk, or (``approval``) the approver
        whose passphrase this is."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", t(
                "Say why it goes back: the person who asked reads it on the order."))
        if approval is not None:
            approver = proven_approver(self.people, approval)
            self._check_desk(approver)
        elif self.ctx.person is not None:
            approver = self.people.require(self.ctx.person.id, Action.APPROVE)
        else:
            raise ValidationError("approver", t(
                "Say who sends it back: the approver confirms with their own passphrase."))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            if self.ctx.person is None:
                s.info[PERSON_KEY] = {"id": approver.id, "name": approver.name}
            req = self._open(s, request_id, approver)
            row = s.get(DbOrder, req.order_id)
            req.state, req.reason = ApprovalState.RETURNED, reason
            req.resolved_at = now
            req.resolved_by, req.resolved_by_person_id = approver.name, approver.id
            s.add(req)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.APPROVAL_RETURNED, entity=ENTITY,
                entity_id=req.order_id, at=now,
                details={"reference": row.reference if row else "", "request_id": req.id,
                         "outcome": req.outcome, "requested_by": req.requested_by,
                         "returned_by": approver.name, "returned_by_person_id": approver.id,
                         "reason": reason})
            s.commit()
            return self._view(s, req)

    # -- helpers -----------------------------------------------------------------------------
    def _check_desk(self, approver: Person) -> None:
        """At a desk where someone is signed in, only they may approve: their passphrase
        proves it is them, not a colleague at their keyboard."""
        person = self.ctx.person
        if person is not None and person.id != approver.id:
            raise ValidationError("approver", t(
                "Only {person}, who is signed in at this desk, can approve here; {approver} "
                "approves at their own desk.", person=person.name, approver=approver.name))

    def _open(self, s: Session, request_id: int, approver: Person) -> DbApprovalRequest:
        """The request, if it still waits and may be answered by ``approver``."""
        req = self._row(s, request_id)
        if req.state != ApprovalState.WAITING:
            raise ValidationError("request", self._answered_text(s, req))
        if req.approver_person_id is not None and req.approver_person_id != approver.id:
            asked = s.get(DbPerson, req.approver_person_id)
            raise NotAllowed(t("This request asks {person} for approval, not {approver}.",
                               person=asked.name if asked else "?", approver=approver.name))
        return req

    def _answered_text(self, s: Session, req: DbApprovalRequest) -> str:
        order = s.get(DbOrder, req.order_id)
        reference = order.reference if order else str(req.order_id)
        if req.state == ApprovalState.APPROVED:
            return t("The request for order {reference} was already approved by {person}.",
                     reference=reference, person=req.resolved_by)
        if req.state == ApprovalState.RETURNED:
            return t("The request for order {reference} was already sent back by {person}.",
                     reference=reference, person=req.resolved_by)
        return t("The request for order {reference} is stale: the order changed after "
                 "approval was asked. Ask for approval again.", reference=reference)

    def _mark_stale(self, s: Session, req: DbApprovalRequest, row: DbOrder,
                    now: dt.datetime) -> None:
        req.state, req.resolved_at = ApprovalState.STALE, now
        s.add(req)
        s.flush()
        audit_log.append(
            s, actor=self.ctx.actor, action=AuditAction.APPROVAL_STALE, entity=ENTITY,
            entity_id=req.order_id, at=now,
            details={"reference": row.reference, "request_id": req.id,
                     "outcome": req.outcome, "requested_by": req.requested_by,
                     "screening_id": req.screening_id})

    @staticmethod
    def _row(s: Session, request_id: int) -> DbApprovalRequest:
        req = s.get(DbApprovalRequest, request_id)
        if req is None:
            raise NotFound(t("There is no request for approval number {id}.", id=request_id))
        return req

    @staticmethod
    def _view(s: Session, req: DbApprovalRequest) -> ApprovalRequestView:
        row = s.get(DbOrder, req.order_id)
        screening = repositories.latest_screening(s, req.order_id)
        asked = s.get(DbPerson, req.approver_person_id) if req.approver_person_id else None
        at_request = s.get(DbScreening, req.screening_id)
        return ApprovalRequestView(
            id=req.id, order_id=req.order_id, reference=row.reference if row else "",
            tier=at_request.tier if at_request else "", outcome=DecisionOutcome(req.outcome),
            rationale=req.rationale, mitigations=list(json.loads(req.mitigations or "[]")),
            conditions=req.conditions, requested_by=req.requested_by,
            requested_at=utc(req.requested_at), approver_id=req.approver_person_id,
            approver_name=asked.name if asked else "", state=ApprovalState(req.state),
            current=row is not None and _is_current(req, row, screening),
            resolved_by=req.resolved_by,
            resolved_at=utc(req.resolved_at) if req.resolved_at else None,
            reason=req.reason, decision_id=req.decision_id)
