"""Who is working is a person: the audit log names them beside the OS login, decisions and
packets show them, a senior approval is proven by the approver's own passphrase, and roles
limit what the working person may do (real SQLite, no mocks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from reseller_app.domain.audit import verify_chain
from reseller_app.domain.people import Role
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.backups import BackupService
from reseller_app.services.context import AppContext, WorkingPerson
from reseller_app.services.decisions import Approval, DecisionService
from reseller_app.services.dto import ChecklistAnswer, DecisionOutcome, SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, NotAllowed, PeopleService, Person
from reseller_app.services.settings import SettingsService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbAuditEvent, DbChecklistAnswer, DbDecision

from .conftest import Catalog

FAST = PassphraseHasher(n=2**4, r=8, p=1)
ADMIN_PASS = "violet kettle on the moon"
APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"
RATIONALE = "Checked the end-use statement."


@pytest.fixture
def team(configured: AppContext) -> dict[str, Person]:
    people = PeopleService(configured, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    return {"admin": admin, "approver": approver, "staff": staff}


def working(ctx: AppContext, person: Person) -> AppContext:
    ctx.person = WorkingPerson(person.id, person.name)
    return ctx


def high(ctx: AppContext, catalog: Catalog, reference: str = "SO-HIGH") -> int:
    view = OrderService(ctx).save(catalog.camera_order(reference))
    assert view.screening.tier == "high"
    return view.id


def decisions_of(ctx: AppContext) -> list[DbDecision]:
    with ctx.session() as s:
        return list(s.execute(select(DbDecision)).scalars())


def last_event(ctx: AppContext) -> DbAuditEvent:
    with ctx.session() as s:
        return s.execute(select(DbAuditEvent).order_by(DbAuditEvent.seq.desc())).scalar()


# -- the audit log names the person beside the OS login ------------------------------------------
def test_every_event_names_the_working_person_beside_the_os_login(configured, catalog, team):
    before = last_event(configured).seq
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    with configured.session() as s:
        new = list(s.execute(select(DbAuditEvent).where(DbAuditEvent.seq > before)).scalars())
    assert new
    for event in new:
        assert event.actor == "tester"  # the OS login, kept as evidence
        assert json.loads(event.details)["working_person"] == {"id": team["staff"].id,
                                                               "name": "Lea Kim"}
    # Events from before anyone worked as a person hash as they did: the chain verifies.
    assert AuditService(configured).verify().ok
    [entry] = [h for h in OrderService(configured).history(order_id)
               if h.action == AuditAction.ORDER_CREATED] or \
        OrderService(configured).history(order_id)[:1]
    assert entry.actor == "Lea Kim (tester)"


def test_without_a_working_person_the_event_names_the_os_login_alone(configured, catalog):
    high(configured, catalog)
    event = last_event(configured)
    assert "working_person" not in json.loads(event.details)
    assert audit_log.who(audit_log._event(event)) == "tester"


def test_an_edited_person_in_an_event_breaks_the_chain(configured, catalog, team):
    working(configured, team["staff"])
    high(configured, catalog)
    with configured.session() as s:
        events = list(audit_log.iter_chain(s))
    assert verify_chain(events).ok
    last = events[-1]
    forged = {**last.details, "working_person": {"id": team["approver"].id, "name": "Jonas Berg"}}
    verdict = verify_chain([*events[:-1], dataclasses.replace(last, details=forged)])
    assert not verdict.ok and verdict.first_bad_seq == last.seq


# -- decisions: the person decides, the approver proves the approval -----------------------------
def test_allowed_lists_the_approvers_when_people_exist(configured, catalog, team):
    order_id = high(configured, catalog)
    allowed = DecisionService(configured).allowed(order_id)
    assert allowed.approval_proven and allowed.needs_senior_approval
    assert [a.name for a in allowed.approvers] == ["Anna Weber", "Jonas Berg"]  # not Lea


def test_without_people_the_typed_approver_is_kept(configured, catalog):
    order_id = high(configured, catalog)
    decisions = DecisionService(configured)
    assert not decisions.allowed(order_id).approval_proven
    record = decisions.record(order_id, DecisionOutcome.PROCEED, RATIONALE, "tester",
                              approved_by="Anna Weber")
    assert record.approved_by == "Anna Weber"


def test_the_approver_confirms_with_their_own_passphrase(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    record = DecisionService(configured).record(
        order_id, DecisionOutcome.PROCEED, RATIONALE, "typed name is ignored",
        approval=Approval("jonas.berg@example.com", APPROVER_PASS))
    assert record.decided_by == "Lea Kim (tester)"
    assert record.approved_by == "Jonas Berg"
    details = json.loads(last_event(configured).details)
    assert details["approved_by_person_id"] == team["approver"].id
    assert details["approval"] == "passphrase"
    assert details["working_person"]["name"] == "Lea Kim"
    assert AuditService(configured).verify().ok


def test_an_administrator_may_approve_too(configured, catalog, team):
    working(configured, team["admin"])
    order_id = high(configured, catalog)
    record = DecisionService(configured).record(
        order_id, DecisionOutcome.PROCEED, RATIONALE, "",
        approval=Approval(team["admin"].id, ADMIN_PASS))
    assert record.approved_by == "Anna Weber"


def test_a_typed_approver_name_is_no_longer_enough(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    with pytest.raises(ValidationError) as refused:
        DecisionService(configured).record(order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
                                           approved_by="Jonas Berg")
    assert refused.value.field == "approver"
    assert "own passphrase" in refused.value.message
    assert decisions_of(configured) == []


def test_a_wrong_approver_passphrase_stores_no_decision(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    with pytest.raises(ValidationError) as refused:
        DecisionService(configured).record(
            order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
            approval=Approval(team["approver"].id, "not the passphrase at all"))
    assert refused.value.field == "approver_passphrase"
    assert refused.value.message.startswith("Wrong passphrase for Jonas Berg")
    assert decisions_of(configured) == []
    assert OrderService(configured).get(order_id).status == "held"


def test_a_locked_approver_cannot_approve(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    decisions = DecisionService(configured)
    for _ in range(5):
        with pytest.raises(ValidationError):
            decisions.record(order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
                             approval=Approval(team["approver"].id, "not the passphrase"))
    with pytest.raises(ValidationError) as refused:  # even the right one, while locked
        decisions.record(order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
                         approval=Approval(team["approver"].id, APPROVER_PASS))
    assert refused.value.field == "approver_passphrase"
    assert "is locked" in refused.value.message
    assert decisions_of(configured) == []


def test_staff_cannot_approve_even_with_their_own_passphrase(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    with pytest.raises(ValidationError) as refused:
        DecisionService(configured).record(
            order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
            approval=Approval(team["staff"].id, STAFF_PASS))
    assert refused.value.field == "approver"
    assert "needs the role approver" in refused.value.message
    assert "Lea Kim has the role staff" in refused.value.message
    assert decisions_of(configured) == []


def test_declining_needs_no_approver(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    record = DecisionService(configured).record(order_id, DecisionOutcome.DECLINE, RATIONALE,
                                                "x")
    assert record.approved_by is None and record.decided_by == "Lea Kim (tester)"


def test_an_inactive_working_person_cannot_decide(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    PeopleService(configured, hasher=FAST).deactivate(team["admin"], team["staff"].id)
    with pytest.raises(NotAllowed) as refused:
        DecisionService(configured).record(order_id, DecisionOutcome.DECLINE, RATIONALE, "x")
    assert "no longer active" in str(refused.value)
    assert decisions_of(configured) == []


def test_the_passphrase_never_reaches_the_database_or_the_log(configured, catalog, team,
                                                              caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    decisions = DecisionService(configured)
    with pytest.raises(ValidationError) as refused:
        decisions.record(order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
                         approval=Approval(team["approver"].id, "wrong " + APPROVER_PASS))
    assert APPROVER_PASS not in str(refused.value) and APPROVER_PASS not in repr(
        Approval(1, APPROVER_PASS))
    decisions.record(order_id, DecisionOutcome.PROCEED, RATIONALE, "x",
                     approval=Approval(team["approver"].id, APPROVER_PASS))
    configured.engine.dispose()  # everything written to the file
    database = Path(configured.db_url.removeprefix("sqlite:///"))
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    for secret in (APPROVER_PASS, STAFF_PASS, ADMIN_PASS):
        assert secret.encode() not in stored
        assert secret not in caplog.text


# -- roles limit actions --------------------------------------------------------------------------
def test_staff_cannot_import_a_criteria_pack(configured, team):
    working(configured, team["staff"])
    with pytest.raises(NotAllowed) as refused:
        PackService(configured).import_pack(b"{}")
    assert refused.value.needed == Role.ADMINISTRATOR
    assert str(refused.value) == ("Managing criteria packs needs the role administrator; "
                                  "Lea Kim has the role staff.")


def test_an_approver_cannot_change_the_mail_settings(configured, team):
    working(configured, team["approver"])
    with pytest.raises(NotAllowed) as refused:
        SettingsService(configured).save_smtp(SmtpSettings("smtp.example.com"))
    assert refused.value.needed == Role.ADMINISTRATOR
    assert "Changing settings needs the role administrator" in str(refused.value)
    assert SettingsService(configured).smtp_settings() is None


def test_staff_cannot_restore_a_backup(configured, team, tmp_path):
    working(configured, team["staff"])
    with pytest.raises(NotAllowed) as refused:
        BackupService(configured).restore(tmp_path / "some-backup.sqlite3")
    assert "Restoring a backup needs the role administrator" in str(refused.value)


def test_an_administrator_may_change_the_settings(configured, team):
    working(configured, team["admin"])
    SettingsService(configured).save_smtp(SmtpSettings("smtp.example.com",
                                                       from_address="a@example.com"))
    assert SettingsService(configured).smtp_settings() is not None


# -- records that show who: the person with the OS login beside them ----------------------------
def test_a_packet_is_prepared_by_the_person_with_the_os_login(configured, catalog, team):
    working(configured, team["staff"])
    order_id = high(configured, catalog)
    view = EscalationService(configured).build(
        order_id, recommendation="approve_with_conditions",
        recommendation_text="Traffic use is plausible.", mitigations=["feature_limitation"],
        conditions="No face matching.")
    service = EscalationService(configured)
    data = json.loads(service.file(view.id, "escalation-SO-HIGH.json"))
    assert data["reseller"]["prepared_by"] == "Lea Kim (tester)"
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(
        service.file(view.id, "escalation-SO-HIGH.pdf"))).pages)
    assert "Lea Kim (tester)" in pdf


def test_checklist_answers_name_the_person(configured, catalog, team):
    working(configured, team["staff"])
    orders = OrderService(configured)
    view = orders.get(high(configured, catalog))
    question = next(iter(view.screening.checklist))
    orders.save_checklist(view.id, [ChecklistAnswer(question, "no", "Only a name given")])
    with configured.session() as s:
        answer = s.execute(select(DbChecklistAnswer).where(
            DbChecklistAnswer.question_id == question)).scalar_one()
    assert answer.answered_by == "Lea Kim (tester)"


def test_demo_data_loads_on_a_database_with_people(ctx):
    """The sample's senior approvals cannot be proven: those orders stay held."""
    from reseller_app.services.demo import ORDERS, load_demo_data

    admin, _ = PeopleService(ctx, hasher=FAST).first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    working(ctx, admin)
    assert load_demo_data(ctx) == len(ORDERS)
    with ctx.session() as s:
        recorded = list(s.execute(select(DbDecision)).scalars())
    assert recorded and all(d.approved_by is None for d in recorded)
    assert all(d.decided_by == "Anna Weber (tester)" for d in recorded)
    assert AuditService(ctx).verify().ok


def test_staff_cannot_change_the_company_profile(configured, team):
    from reseller_app.services.setup import SetupService

    working(configured, team["staff"])
    setup = SetupService(configured)
    before = setup.profile()
    changed = dataclasses.replace(before, name="Someone Else GmbH")
    with pytest.raises(NotAllowed) as refused:
        setup.save_profile(changed)
    assert "Changing settings needs the role administrator" in str(refused.value)
    assert setup.profile().name == before.name
    working(configured, team["admin"])
    setup.save_profile(changed)
    assert setup.profile().name == "Someone Else GmbH"


# -- the policy's adoption is confirmed the same way ----------------------------------------------
def policy_draft(ctx: AppContext) -> int:
    from reseller_app.services.policy import PolicyService

    policy = PolicyService(ctx)
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values,
                                 "internal_expertise": "our sales team",
                                 "published_at": "on our website at https://example.com/hr"})
    return draft.id


def adopt(ctx: AppContext, draft_id: int, proof: Approval | None):
    from reseller_app.domain.policy import Approval as Named
    from reseller_app.services.policy import PolicyService

    today = ctx.clock().date()
    return PolicyService(ctx).adopt(draft_id, Named("Jonas Berg", "Managing Director", today),
                                    today + dt.timedelta(days=365), proof)


def test_adopting_the_policy_needs_the_approvers_passphrase(configured, team):
    from reseller_app.services.policy import PolicyService

    working(configured, team["staff"])
    draft_id = policy_draft(configured)
    with pytest.raises(ValidationError) as refused:
        adopt(configured, draft_id, None)
    assert refused.value.field == "approver"
    assert "Adopting the policy needs the senior approver" in refused.value.message
    with pytest.raises(ValidationError) as wrong:
        adopt(configured, draft_id, Approval(team["approver"].id, "not the passphrase"))
    assert wrong.value.message.startswith("Wrong passphrase for Jonas Berg")
    with pytest.raises(ValidationError) as staff:
        adopt(configured, draft_id, Approval(team["staff"].id, STAFF_PASS))
    assert "needs the role approver" in staff.value.message
    assert PolicyService(configured).adopted() is None

    adopted = adopt(configured, draft_id, Approval(team["approver"].id, APPROVER_PASS))
    assert adopted.status == "adopted" and adopted.adopted_by == "Lea Kim (tester)"
    details = json.loads(last_event(configured).details)
    assert details["confirmed_by"] == "Jonas Berg" and details["approval"] == "passphrase"
    assert AuditService(configured).verify().ok


def test_without_people_the_policy_is_adopted_as_before(configured):
    adopted = adopt(configured, policy_draft(configured), None)
    assert adopted.status == "adopted" and adopted.adopted_by == "tester"
