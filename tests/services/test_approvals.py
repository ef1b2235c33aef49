"""Approval from the approver's own desk on a shared database: a staff member asks, the approver
approves with their own passphrase or sends it back with a reason, and an order changed after
the request cannot be approved (real SQLite, two contexts on one file, no mocks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from reseller_app.domain.people import Role
from reseller_app.domain.vocabulary import ApprovalState, AuditAction, OrderStatus
from reseller_app.services.approvals import ApprovalService
from reseller_app.services.audit import AuditService
from reseller_app.services.context import AppContext, WorkingPerson
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Approval, DecisionOutcome
from reseller_app.services.errors import ValidationError
from reseller_app.services.history import summarise
from reseller_app.services.orders import OrderService
from reseller_app.services.people import NewPerson, NotAllowed, PeopleService, Person
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbAuditEvent, DbDecision

from ..conftest import START, stepping_clock
from .conftest import Catalog
from .test_working_person import ADMIN_PASS, APPROVER_PASS, FAST, STAFF_PASS

RATIONALE = "Traffic monitoring only; the end-use statement is signed."


@pytest.fixture
def team(configured: AppContext) -> dict[str, Person]:
    people = PeopleService(configured, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    return {"admin": admin, "approver": approver, "staff": staff}


def other_desk(ctx: AppContext, person: Person, actor: str) -> AppContext:
    """Another computer on the same database, with its own clock and OS login."""
    desk = open_app(ctx.db_url, clock=stepping_clock(START + dt.timedelta(hours=1)),
                    actor=actor)
    return working(desk, person)


def working(ctx: AppContext, person: Person) -> AppContext:
    ctx.person = WorkingPerson(person.id, person.name)
    return ctx


@pytest.fixture
def desks(configured: AppContext, team: dict[str, Person]):
    """Two desks on one database: the staff member's and the approver's (their own context)."""
    working(configured, team["staff"])
    other = other_desk(configured, team["approver"], "jonas")
    yield configured, other
    other.engine.dispose()


def high_order(ctx: AppContext, catalog: Catalog, reference: str = "SO-HIGH") -> int:
    view = OrderService(ctx).save(catalog.camera_order(reference))
    assert view.screening.tier == "high"
    return view.id


def events(ctx: AppContext, action: AuditAction) -> list[dict]:
    with ctx.session() as s:
        rows = s.execute(select(DbAuditEvent).where(DbAuditEvent.action == action)).scalars()
        return [json.loads(r.details) for r in rows]


def test_staff_asks_and_the_approver_approves_at_their_own_desk(desks, catalog, team):
    staff_desk, approver_desk = desks
    order_id = high_order(staff_desk, catalog)
    asked = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    assert asked.state == ApprovalState.WAITING and asked.current
    assert asked.approver_name == "" and asked.requested_by == "Lea Kim (tester)"
    assert OrderService(staff_desk).get(order_id).status == OrderStatus.HELD  # nothing decided

    desk = ApprovalService(approver_desk)
    waiting = desk.waiting(team["approver"].id)
    assert [(w.id, w.reference, w.outcome) for w in waiting] == [
        (asked.id, "SO-HIGH", DecisionOutcome.PROCEED)]
    assert desk.count_waiting(team["approver"].id) == 1
    assert desk.waiting(team["staff"].id) == []  # staff cannot approve: nothing waits for them

    record = desk.approve(asked.id, Approval(team["approver"].id, APPROVER_PASS))
    assert record.decided_by == "Lea Kim (tester)" and record.approved_by == "Jonas Berg"
    assert OrderService(staff_desk).get(order_id).status == OrderStatus.PROCEED
    done = ApprovalService(staff_desk).for_order(order_id)
    assert done.state == ApprovalState.APPROVED and done.decision_id == record.id
    assert done.resolved_by == "Jonas Berg"
    assert desk.waiting(team["approver"].id) == []
    [event] = events(staff_desk, AuditAction.DECISION_RECORDED)
    assert event["approval"] == "desk" and event["request_id"] == asked.id
    assert event["approved_by_person_id"] == team["approver"].id
    assert event["working_person"]["name"] == "Jonas Berg"
    assert "own desk" in summarise(AuditAction.DECISION_RECORDED, event)
    [request_event] = events(staff_desk, AuditAction.APPROVAL_REQUESTED)
    assert summarise(AuditAction.APPROVAL_REQUESTED, request_event) == (
        "Lea Kim (tester) proposed to proceed and asked any approver for approval.")
    assert AuditService(staff_desk).verify().ok


def test_staff_cannot_approve_even_with_their_own_passphrase(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high_order(configured, catalog)
    service = ApprovalService(configured)
    asked = service.request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    with pytest.raises(ValidationError) as refused:
        service.approve(asked.id, Approval(team["staff"].id, STAFF_PASS))
    assert refused.value.field == "approver" and "needs the role approver" in str(refused.value)
    assert service.get(asked.id).state == ApprovalState.WAITING
    assert OrderService(configured).get(order_id).status == OrderStatus.HELD


def test_a_wrong_passphrase_is_refused_and_counted(desks, catalog, team):
    staff_desk, approver_desk = desks
    asked = ApprovalService(staff_desk).request(high_order(staff_desk, catalog),
                                                DecisionOutcome.PROCEED, RATIONALE)
    with pytest.raises(ValidationError) as refused:
        ApprovalService(approver_desk).approve(asked.id, Approval(team["approver"].id,
                                                                  "not my passphrase"))
    assert refused.value.field == "approver_passphrase"
    assert str(refused.value.message).startswith("Wrong passphrase for Jonas Berg")
    assert ApprovalService(staff_desk).get(asked.id).state == ApprovalState.WAITING
    assert events(staff_desk, AuditAction.PERSON_PASSPHRASE_WRONG)
    with staff_desk.session() as s:
        assert s.execute(select(DbDecision)).first() is None


def test_only_the_person_signed_in_at_the_desk_approves_there(desks, catalog, team):
    staff_desk, approver_desk = desks
    asked = ApprovalService(staff_desk).request(high_order(staff_desk, catalog),
                                                DecisionOutcome.PROCEED, RATIONALE)
    with pytest.raises(ValidationError) as refused:  # Jonas's desk, Anna's passphrase
        ApprovalService(approver_desk).approve(asked.id, Approval(team["admin"].id, ADMIN_PASS))
    assert "Only Jonas Berg, who is signed in at this desk" in str(refused.value)


def test_the_approver_sends_it_back_with_a_reason_the_requester_reads(desks, catalog, team):
    staff_desk, approver_desk = desks
    order_id = high_order(staff_desk, catalog)
    asked = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    desk = ApprovalService(approver_desk)
    with pytest.raises(ValidationError) as empty:
        desk.send_back(asked.id, "   ")
    assert empty.value.field == "reason"
    back = desk.send_back(asked.id, "Ask the customer for the end-use certificate first.")
    assert back.state == ApprovalState.RETURNED
    seen = ApprovalService(staff_desk).for_order(order_id)
    assert seen.reason == "Ask the customer for the end-use certificate first."
    assert seen.resolved_by == "Jonas Berg"
    [event] = events(staff_desk, AuditAction.APPROVAL_RETURNED)
    assert summarise(AuditAction.APPROVAL_RETURNED, event) == (
        "Jonas Berg sent the request for approval back to Lea Kim (tester): Ask the customer "
        "for the end-use certificate first.")
    with pytest.raises(ValidationError, match="already sent back by Jonas Berg"):
        desk.approve(asked.id, Approval(team["approver"].id, APPROVER_PASS))
    assert OrderService(staff_desk).get(order_id).status == OrderStatus.HELD


def test_staff_cannot_send_back(configured, catalog, team):
    working(configured, team["staff"])
    service = ApprovalService(configured)
    asked = service.request(high_order(configured, catalog), DecisionOutcome.PROCEED, RATIONALE)
    with pytest.raises(NotAllowed):
        service.send_back(asked.id, "No.")
    assert service.get(asked.id).state == ApprovalState.WAITING


def test_an_order_edited_after_the_request_cannot_be_approved(desks, catalog, team):
    staff_desk, approver_desk = desks
    order_id = high_order(staff_desk, catalog)
    asked = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    draft = catalog.camera_order("SO-HIGH", use="Traffic monitoring, and 20 more cameras")
    OrderService(staff_desk).save(dataclasses.replace(draft, id=order_id))
    desk = ApprovalService(approver_desk)
    assert not desk.waiting(team["approver"].id)[0].current  # the list says so before
    with pytest.raises(ValidationError) as refused:
        desk.approve(asked.id, Approval(team["approver"].id, APPROVER_PASS))
    assert "changed after approval was asked" in str(refused.value)
    assert desk.get(asked.id).state == ApprovalState.STALE  # marked, and audited
    assert len(events(staff_desk, AuditAction.APPROVAL_STALE)) == 1
    with staff_desk.session() as s:
        assert s.execute(select(DbDecision)).first() is None
    assert AuditService(staff_desk).verify().ok


def test_an_order_decided_on_after_the_request_cannot_be_approved(desks, catalog, team):
    staff_desk, approver_desk = desks
    order_id = high_order(staff_desk, catalog)
    asked = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    DecisionService(staff_desk).record(order_id, DecisionOutcome.ESCALATE,
                                       "Asking the distributor after all.", "")
    with pytest.raises(ValidationError, match="stale"):
        ApprovalService(approver_desk).approve(asked.id, Approval(team["approver"].id,
                                                                  APPROVER_PASS))
    assert OrderService(staff_desk).get(order_id).status == OrderStatus.ESCALATED
    # Asking again replaces the stale request.
    again = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    assert again.current and again.id != asked.id


def test_a_request_the_order_moved_past_is_replaced_by_a_new_one(configured, catalog, team):
    working(configured, team["staff"])
    service = ApprovalService(configured)
    order_id = high_order(configured, catalog)
    first = service.request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    draft = catalog.camera_order("SO-HIGH", use="Traffic monitoring at two more junctions")
    OrderService(configured).save(dataclasses.replace(draft, id=order_id))
    second = service.request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    assert service.get(first.id).state == ApprovalState.STALE
    assert second.current and service.for_order(order_id).id == second.id
    assert events(configured, AuditAction.APPROVAL_REQUESTED)[-1][
        "replaces_stale_request"] == first.id


def test_one_request_is_approved_once(desks, catalog, team):
    staff_desk, approver_desk = desks
    order_id = high_order(staff_desk, catalog)
    asked = ApprovalService(staff_desk).request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    admin_desk = other_desk(staff_desk, team["admin"], "anna")
    try:
        ApprovalService(approver_desk).approve(asked.id, Approval(team["approver"].id,
                                                                  APPROVER_PASS))
        with pytest.raises(ValidationError, match="already approved by Jonas Berg"):
            ApprovalService(admin_desk).approve(asked.id, Approval(team["admin"].id,
                                                                   ADMIN_PASS))
    finally:
        admin_desk.engine.dispose()
    with staff_desk.session() as s:
        assert len(s.execute(select(DbDecision)).all()) == 1


def test_a_request_for_a_named_approver_is_theirs(configured, catalog, team):
    working(configured, team["staff"])
    service = ApprovalService(configured)
    asked = service.request(high_order(configured, catalog), DecisionOutcome.PROCEED,
                            RATIONALE, approver="jonas.berg@example.com")
    assert asked.approver_name == "Jonas Berg"
    assert service.waiting(team["admin"].id) == []
    configured.person = None  # the command line: the approver is named with the passphrase
    with pytest.raises(NotAllowed, match="asks Jonas Berg for approval"):
        service.approve(asked.id, Approval(team["admin"].id, ADMIN_PASS))
    record = service.approve(asked.id, Approval("jonas.berg@example.com", APPROVER_PASS))
    assert record.approved_by == "Jonas Berg"


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"outcome": DecisionOutcome.DECLINE}, "outcome"),  # needs no approval
    ({"rationale": "  "}, "rationale"),
    ({"outcome": DecisionOutcome.PROCEED_WITH_CONDITIONS}, "conditions"),
    ({"approver": "lea.kim@example.com"}, "approver"),  # staff cannot approve
    ({"approver": "nobody@example.com"}, "approver"),
])
def test_a_request_is_checked_before_anyone_is_asked(configured, catalog, team, kwargs, field):
    working(configured, team["staff"])
    order_id = high_order(configured, catalog)
    values = {"outcome": DecisionOutcome.PROCEED, "rationale": RATIONALE, **kwargs}
    with pytest.raises(ValidationError) as refused:
        ApprovalService(configured).request(order_id, **values)
    assert refused.value.field == field
    assert ApprovalService(configured).for_order(order_id) is None


def test_a_second_request_while_one_waits_is_refused(configured, catalog, team):
    working(configured, team["staff"])
    service = ApprovalService(configured)
    order_id = high_order(configured, catalog)
    service.request(order_id, DecisionOutcome.PROCEED, RATIONALE)
    with pytest.raises(ValidationError, match="already waiting for approval"):
        service.request(order_id, DecisionOutcome.PROCEED, RATIONALE)


def test_without_people_there_is_no_desk_approval(configured, catalog):
    order_id = high_order(configured, catalog)
    with pytest.raises(ValidationError, match="needs the people who use the app"):
        ApprovalService(configured).request(order_id, DecisionOutcome.PROCEED, RATIONALE)

