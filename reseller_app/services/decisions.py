"""Recording what was decided on an order, by whom, and why (rules in domain/decisions.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from reseller_app.domain import decisions as rules
from reseller_app.domain.people import Action
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    AllowedDecisions,
    Approval,
    ApproverChoice,
    DecisionOutcome,
    DecisionRecord,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.order_changes import changed_since, check_version
from reseller_app.services.orders import decision_dto, stored_result
from reseller_app.services.packs import PackService
from reseller_app.services.people import PeopleService, check_role, proven_approver
from reseller_app.store import audit_log, repositories
from reseller_app.store.tables import COMPANY_ID, DbCompany, DbDecision, DbOrder, DbScreening

__all__ = ["Approval", "DecisionService"]  # ``Approval`` lives in dto (the ui reads it)


def _restricted_party(packs: PackService, screening: DbScreening) -> bool:
    """Whether the screening blocks the order for a party on a sanctions list."""
    if not screening.blocked or '"restricted_parties"' not in (screening.result or ""):
        return False  # the usual case, told without reading the result
    parties = stored_result(packs, screening).parties
    return parties is not None and bool(parties.confirmed)


class DecisionService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.packs = PackService(ctx)

    def _load(self, s: Session, order_id: int
              ) -> tuple[DbOrder, DbScreening, rules.DecisionFacts, DbCompany | None]:
        row = s.get(DbOrder, order_id)
        if row is None:
            raise NotFound(t("Order {order} does not exist.", order=order_id))
        screening = repositories.latest_screening(s, order_id)
        if screening is None:
            raise NotFound(t("Order {reference} has not been screened.",
                             reference=row.reference))
        # The rules of the pack that screened the order, even if another is active now.
        pack = self.packs.by_sha256(screening.pack_sha256).pack
        company = s.get(DbCompany, COMPANY_ID)
        facts = rules.DecisionFacts(
            tier=screening.tier,
            blocked=bool(screening.blocked),
            self_service=row.sales_model == "self_service",
            self_service_hold_from_tier=pack.holds.self_service_hold_from_tier,
            senior_approval_from_tier=pack.holds.senior_approval_from_tier,
            approver_name=company.approver_name if company else "",
            mitigation_ids=frozenset(m.id for m in pack.mitigations),
            restricted_party=_restricted_party(self.packs, screening),
        )
        return row, screening, facts, company

    def allowed(self, order_id: int) -> AllowedDecisions:
        with self.ctx.session() as s:
            _, _, facts, company = self._load(s, order_id)
        senior = rules.needs_senior_approval(facts)
        review = rules.needs_sales_review(facts)
        people = PeopleService(self.ctx)
        proven = people.is_set_up()
        approvers = [ApproverChoice(p.id, p.name, p.email)
                     for p in people.list(include_inactive=False)
                     if p.may(Action.APPROVE)] if proven else []
        if proven and senior and not facts.blocked:
            # With people, any approver proves the approval (their passphrase): name them.
            facts = dataclasses.replace(facts, approver_name=" / ".join(
                a.name for a in approvers))
        if facts.blocked:
            reason = rules.blocked_reason(facts)
        elif senior:
            who = facts.approver_name or \
                t("the senior approver (set one up in the company profile)")
            reason = t("A {tier}-risk order may proceed only with the approval of {approver}.",
                       tier=rules.tier_word(facts.tier), approver=who)
        elif review:
            reason = t("Self-service is not allowed for this order: deciding to proceed records "
                       "the sales-assisted review, and the order becomes sales-assisted.")
        else:
            reason = ""
        return AllowedDecisions(
            outcomes=[DecisionOutcome(o) for o in rules.allowed_outcomes(facts)],
            needs_senior_approval=senior,
            approver_name=facts.approver_name,
            approver_title=company.approver_title if company else "",
            reason=reason,
            blocked=facts.blocked,
            self_service_review=review,
            mitigations=sorted(facts.mitigation_ids),
            approval_proven=proven,
            approvers=approvers,
        )

    def record(
        self,
        order_id: int,
        outcome: DecisionOutcome | str,
        rationale: str,
        decided_by: str,
        mitigations: Sequence[str] = (),
        conditions: str = "",
        approved_by: str | None = None,
        approval: Approval | None = None,
        expected_version: int | None = None,
    ) -> DecisionRecord:
        """Record a decision and set the order's status from it (one transaction, one event).

        When the database has people, who decided is the working person (the OS login beside
        them), their role must allow deciding, and a decision that needs the senior approver
        is recorded only with ``approval``: an active approver or administrator and their own
        passphrase, checked here. A typed ``approved_by`` then counts for nothing. Without
        people, the typed names are recorded as before.

        ``expected_version``: the order's version the user decided on (``OrderView.version``); a
        decision on an order someone changed since is refused with ``OrderChanged``.
        """
        outcome = str(outcome)  # a DecisionOutcome is a str; an unknown value is refused below
        mitigations = tuple(dict.fromkeys(m.strip() for m in mitigations if m.strip()))
        rationale, conditions = rationale.strip(), conditions.strip()
        decided_by = " ".join(decided_by.split())
        approved_by = " ".join(approved_by.split()) if approved_by else None
        check_role(self.ctx, Action.DECIDE)
        approver = None
        people = PeopleService(self.ctx)
        proven = people.is_set_up()
        if proven:
            if self.ctx.person is not None:
                decided_by = self.ctx.who
            approved_by = None
            with self.ctx.session() as s:
                _, _, facts, _ = self._load(s, order_id)
            if outcome in rules.APPROVING and rules.needs_senior_approval(facts):
                approver = proven_approver(people, approval)
                approved_by = approver.name
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row, screening, facts, _ = self._load(s, order_id)
            check_version(self.ctx, s, row, expected_version)
            if approver is not None:  # the proven approver is the senior approver
                facts = dataclasses.replace(facts, approver_name=approver.name)
            try:
                rules.check(facts, outcome, rationale=rationale, decided_by=decided_by,
                            mitigations=mitigations, conditions=conditions,
                            approved_by=approved_by)
            except rules.DecisionRefused as exc:
                raise ValidationError(exc.field, exc.message) from None
            decision = self.store(
                s, row, screening, facts, outcome=outcome, rationale=rationale,
                decided_by=decided_by, mitigations=mitigations, conditions=conditions,
                approved_by=approved_by, now=now, expected_version=expected_version,
                proof={"approved_by_person_id": approver.id, "approval": "passphrase"}
                if approver is not None else {})
            s.commit()
            return decision_dto(decision)

    def load(self, s: Session, order_id: int
             ) -> tuple[DbOrder, DbScreening, rules.DecisionFacts, DbCompany | None]:
        """The order, its latest screening and the facts the rules decide on (for the
        approvals from the approver's desk, which check the same rules)."""
        return self._load(s, order_id)

    def store(self, s: Session, row: DbOrder, screening: DbScreening,
              facts: rules.DecisionFacts, *, outcome: str, rationale: str, decided_by: str,
              mitigations: Sequence[str], conditions: str, approved_by: str | None,
              now: dt.datetime, proof: dict[str, object],
              expected_version: int | None = None) -> DbDecision:
        """Write a checked decision and the order's status from it, with its audit event
        (``proof``: how the approval was proven, added to the event's details). The caller
        commits. ``expected_version``: the order's version the decision was made on; another
        desk's write meanwhile is refused (:class:`OrderChanged`)."""
        order_id = row.id
        sales_review = outcome in rules.APPROVING and rules.needs_sales_review(facts)
        decision = DbDecision(
            order_id=order_id, screening_id=screening.id, outcome=outcome,
            mitigations=json.dumps(list(mitigations)), conditions=conditions,
            rationale=rationale, decided_by=decided_by, approved_by=approved_by,
            sales_review=sales_review, decided_at=now,
        )
        s.add(decision)
        previous_status = row.status
        row.status = rules.STATUS_AFTER[outcome]
        if sales_review:
            row.sales_model = "assisted"  # the review made it a sales-assisted sale
        row.updated_at = now
        s.add(row)
        try:
            s.flush()
        except StaleDataError:  # the ORM's own guard (UPDATE ... WHERE version = <read>)
            s.rollback()
            raise changed_since(self.ctx, s, row, expected_version or 0) from None
        audit_log.append(
            s, actor=self.ctx.actor, action=AuditAction.DECISION_RECORDED, entity="order",
            entity_id=order_id, at=now,
            details={
                "reference": row.reference, "outcome": outcome, "status": row.status,
                "previous_status": previous_status, "tier": screening.tier,
                "screening_id": screening.id, "decided_by": decided_by,
                "approved_by": approved_by, "mitigations": list(mitigations),
                "conditions": conditions, "rationale": rationale,
                "sales_review": sales_review, "decision_id": decision.id,
                "version": row.version, **proof,
            },
        )
        return decision
