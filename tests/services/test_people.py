"""People on a real SQLite database: first-run setup, an administrator's changes, refusals that
change nothing, the lock after five wrong passphrases, and no passphrase anywhere but hashed."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.domain.people import Action, Role
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.context import AppContext
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import (
    ChangedMeanwhile,
    NewPerson,
    NotAllowed,
    PeopleService,
    Person,
    PersonInactive,
    PersonLocked,
    SignInError,
    StaffingRefused,
    WrongPassphrase,
)
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbAuditEvent, DbPerson

from ..conftest import START

FAST = PassphraseHasher(n=2**4, r=8, p=1)  # the same kind of hash, cheap enough for tests
ADMIN_PASS = "violet kettle on the moon"
APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"
ADMIN = NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS)
APPROVER = NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS)


def _own(details: str) -> dict:
    """An event's details without the digest of its record stamps (``store.record_hash``)."""
    data = json.loads(details)
    data.pop("records", None)
    return data


class Clock:
    """A clock the test moves: a second passes at each reading, minutes when told."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ctx(db_url: str, clock: Clock) -> Iterator[AppContext]:
    context = open_app(db_url, clock=clock, actor="tester")
    yield context
    context.engine.dispose()


@pytest.fixture
def people(ctx: AppContext) -> PeopleService:
    return PeopleService(ctx, hasher=FAST)


@pytest.fixture
def team(people: PeopleService) -> dict[str, Person]:
    """An administrator, a senior approver and a staff member."""
    admin, approver = people.first_setup(ADMIN, APPROVER)
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    return {"admin": admin, "approver": approver, "staff": staff}


def events(ctx: AppContext, action: str | None = None) -> list[DbAuditEvent]:
    with ctx.session() as s:
        q = select(DbAuditEvent).where(DbAuditEvent.entity == "person")
        if action is not None:
            q = q.where(DbAuditEvent.action == action)
        return list(s.execute(q.order_by(DbAuditEvent.seq)).scalars())


def snapshot(ctx: AppContext) -> tuple:
    """Every person row and the number of events: what a refusal must leave as it was."""
    with ctx.session() as s:
        names = [c.name for c in DbPerson.__table__.columns]
        rows = [tuple(getattr(r, c) for c in names)
                for r in s.execute(select(DbPerson).order_by(DbPerson.id)).scalars()]
        count = len(list(s.execute(select(DbAuditEvent.seq)).scalars()))
    return rows, count


# -- first run -----------------------------------------------------------------------------------
def test_first_setup_creates_the_administrator_and_the_senior_approver(ctx, people):
    assert not people.is_set_up()
    admin, approver = people.first_setup(ADMIN, APPROVER)
    assert (admin.role, approver.role) == (Role.ADMINISTRATOR, Role.APPROVER)
    assert admin.active and approver.active and admin.version == 1
    assert people.is_set_up()
    assert [p.name for p in people.list()] == ["Anna Weber", "Jonas Berg"]
    [event] = events(ctx)
    assert event.action == AuditAction.PERSON_FIRST_SETUP == "person.first_setup"
    assert [p["role"] for p in json.loads(event.details)["people"]] == ["administrator",
                                                                        "approver"]
    assert people.authenticate("Anna.Weber@Example.com ", ADMIN_PASS) == admin
    assert AuditService(ctx).verify().ok


@pytest.mark.parametrize("approver", [None, NewPerson("Anna W.", "ANNA.WEBER@example.com",
                                                      "another long phrase")])
def test_a_one_person_company_is_administrator_and_senior_approver(people, approver):
    [admin] = people.first_setup(ADMIN, approver)
    assert admin.role == Role.ADMINISTRATOR
    assert admin.may(Action.APPROVE) and admin.may(Action.MANAGE_PEOPLE)


def test_first_setup_runs_once(ctx, people):
    people.first_setup(ADMIN)
    before = snapshot(ctx)
    with pytest.raises(NotAllowed) as exc:
        people.first_setup(APPROVER)
    assert exc.value.needed == Role.ADMINISTRATOR
    assert snapshot(ctx) == before


@pytest.mark.parametrize(("admin", "field"), [
    (NewPerson("", "a@example.com", ADMIN_PASS), "administrator_name"),
    (NewPerson("Anna", "anna", ADMIN_PASS), "administrator_email"),
    (NewPerson("Anna", "a@example.com", "short"), "administrator_passphrase"),
])
def test_first_setup_refuses_bad_input_naming_the_field(ctx, people, admin, field):
    with pytest.raises(ValidationError) as exc:
        people.first_setup(admin)
    assert exc.value.field == field
    assert not people.is_set_up()


# -- an administrator's changes ------------------------------------------------------------------
def test_an_administrator_adds_a_person_audited(ctx, people, team):
    staff = team["staff"]
    assert staff.role == Role.STAFF and staff.email == "lea.kim@example.com"
    [event] = events(ctx, AuditAction.PERSON_ADDED)
    details = _own(event.details)
    assert details == {"person_id": staff.id, "name": "Lea Kim", "email": staff.email,
                       "role": "staff", "by": "Anna Weber", "by_person_id": team["admin"].id}
    assert event.entity_id == str(staff.id)


@pytest.mark.parametrize("who", ["staff", "approver"])
def test_only_an_administrator_manages_people(ctx, people, team, who):
    before = snapshot(ctx)
    acting = team[who]
    attempts = [
        lambda: people.add(acting, NewPerson("Max", "max@example.com", STAFF_PASS)),
        lambda: people.add(acting, NewPerson("", "bad", "short")),  # the role comes first
        lambda: people.deactivate(acting, team["staff"].id),
        lambda: people.change_role(acting, team["staff"].id, Role.ADMINISTRATOR),
        lambda: people.change_role(acting, acting.id, Role.ADMINISTRATOR),  # promote oneself
        lambda: people.reset_passphrase(acting, team["admin"].id, "a brand new phrase"),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowed) as exc:
            attempt()
        assert exc.value.needed == Role.ADMINISTRATOR
        assert "administrator" in str(exc.value) and acting.name in str(exc.value)
    assert snapshot(ctx) == before


def test_staff_may_not_approve_and_the_refusal_names_the_approver_role(people, team):
    with pytest.raises(NotAllowed) as exc:
        people.require(team["staff"], Action.APPROVE)
    assert exc.value.needed == Role.APPROVER
    assert "approver" in str(exc.value)
    assert people.require(team["approver"], Action.APPROVE) == team["approver"]
    assert people.require(team["staff"], Action.DECIDE) == team["staff"]


@pytest.mark.parametrize(("new", "field"), [
    (NewPerson("", "max@example.com", STAFF_PASS), "name"),
    (NewPerson("Max", "max@", STAFF_PASS), "email"),
    (NewPerson("Max", "lea.kim@EXAMPLE.com", STAFF_PASS), "email"),  # already in the list
    (NewPerson("Max", "max@example.com", "max@example.com"), "passphrase"),
    (NewPerson("Max Mustermann", "m@example.com", "Max Mustermann"), "passphrase"),
    (NewPerson("Max", "max@example.com", STAFF_PASS, "boss"), "role"),
])
def test_adding_refuses_bad_input_naming_the_field(ctx, people, team, new, field):
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as exc:
        people.add(team["admin"], new)
    assert exc.value.field == field
    assert snapshot(ctx) == before


def test_the_last_administrator_cannot_deactivate_or_demote_themself(ctx, people, team):
    admin = team["admin"]
    before = snapshot(ctx)
    for attempt in (lambda: people.deactivate(admin, admin.id),
                    lambda: people.change_role(admin, admin.id, Role.APPROVER),
                    lambda: people.change_role(admin, admin.id, Role.STAFF)):
        with pytest.raises(StaffingRefused) as exc:
            attempt()
        assert exc.value.needed == Role.ADMINISTRATOR
        assert "administrator" in str(exc.value)
    assert snapshot(ctx) == before
    # With a second administrator the first may step down.
    people.change_role(admin, team["approver"].id, Role.ADMINISTRATOR)
    assert people.deactivate(admin, admin.id).active is False
    assert [e.action for e in events(ctx)][-2:] == [AuditAction.PERSON_ROLE_CHANGED,
                                                    AuditAction.PERSON_DEACTIVATED]


def test_an_administrator_approves_too_so_the_approver_may_become_staff(ctx, people):
    """Approving is kept possible by the administrators (whose role includes it): the senior
    approver may become staff, the last administrator still may not step down."""
    admin, approver = people.first_setup(ADMIN, APPROVER)
    assert people.change_role(admin, approver.id, Role.STAFF).role == Role.STAFF
    assert people.require(admin, Action.APPROVE) == people.get(admin.id)
    before = snapshot(ctx)
    with pytest.raises(StaffingRefused):
        people.deactivate(admin, admin.id)
    assert snapshot(ctx) == before


def test_a_role_change_is_audited_with_before_and_after(ctx, people, team):
    changed = people.change_role(team["admin"], team["staff"].id, "Approver")
    assert changed.role == Role.APPROVER and changed.version == 2
    [event] = events(ctx, AuditAction.PERSON_ROLE_CHANGED)
    assert _own(event.details) == {"name": "Lea Kim", "from": "staff", "to": "approver",
                                         "by": "Anna Weber", "by_person_id": team["admin"].id}
    with pytest.raises(ValidationError):  # already so: nothing to do, nothing written
        people.change_role(team["admin"], team["staff"].id, Role.APPROVER)


def test_a_deactivated_person_cannot_sign_in_or_act_and_can_come_back(ctx, people, team):
    admin, staff = team["admin"], team["staff"]
    people.deactivate(admin, "LEA.KIM@example.com")
    assert [p.name for p in people.list(include_inactive=False)] == ["Anna Weber",
                                                                     "Jonas Berg"]
    with pytest.raises(PersonInactive):
        people.authenticate(staff.id, STAFF_PASS)
    with pytest.raises(NotAllowed):
        people.require(staff, Action.RECORD_ORDER)
    with pytest.raises(ValidationError):
        people.deactivate(admin, staff.id)  # already inactive
    assert people.reactivate(admin, staff.id).active
    assert people.authenticate(staff.id, STAFF_PASS).active
    assert [e.action for e in events(ctx)][-2:] == [AuditAction.PERSON_DEACTIVATED,
                                                    AuditAction.PERSON_REACTIVATED]


def test_a_person_demoted_on_another_desk_cannot_act_with_the_old_role(ctx, people, team):
    """The acting person is read again inside the transaction, not trusted as passed in."""
    admin = team["admin"]
    people.change_role(admin, team["approver"].id, Role.ADMINISTRATOR)
    people.change_role(team["approver"], admin.id, Role.STAFF)
    before = snapshot(ctx)
    with pytest.raises(NotAllowed):
        people.add(admin, NewPerson("Max", "max@example.com", STAFF_PASS))  # stale Person
    assert snapshot(ctx) == before


def test_a_change_to_a_person_changed_meanwhile_is_refused(ctx, people, team):
    """Two administrators with the list open: the second save is refused, nothing is
    overwritten."""
    staff = team["staff"]
    people.change_role(team["admin"], staff.id, Role.APPROVER, expected_version=staff.version)
    before = snapshot(ctx)
    with pytest.raises(ChangedMeanwhile) as exc:
        people.deactivate(team["admin"], staff.id, expected_version=staff.version)
    assert "Lea Kim" in str(exc.value)
    assert snapshot(ctx) == before


def test_unknown_people_are_named(people, team):
    with pytest.raises(NotFound, match=r"nobody@example\.com"):
        people.authenticate("nobody@example.com", "whatever it is")
    with pytest.raises(NotFound):
        people.deactivate(team["admin"], 999)


# -- passphrases and the lock ----------------------------------------------------------------------
def test_five_wrong_passphrases_lock_the_person_for_five_minutes(ctx, clock, people, team):
    staff = team["staff"]
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassphrase) as wrong:
            people.authenticate(staff.email, "not my passphrase")
        assert wrong.value.tries_left == left
        assert "not my passphrase" not in str(wrong.value)
    with pytest.raises(PersonLocked) as locked:
        people.authenticate(staff.email, "not my passphrase")
    until = locked.value.until
    assert until == clock.now + dt.timedelta(minutes=5)
    assert f"{until.astimezone():%H:%M}" in str(locked.value)
    # Locked: even the right passphrase is refused, and nothing more is written.
    count = len(events(ctx))
    with pytest.raises(PersonLocked):
        people.authenticate(staff.email, STAFF_PASS)
    assert len(events(ctx)) == count
    assert [e.action for e in events(ctx)][-5:] == [AuditAction.PERSON_PASSPHRASE_WRONG] * 4 + [
        AuditAction.PERSON_LOCKED]
    locked_event = events(ctx, AuditAction.PERSON_LOCKED)[0]
    assert json.loads(locked_event.details)["wrong_tries"] == 5
    # Five minutes later the right passphrase works.
    clock.advance(minutes=5)
    assert people.authenticate(staff.email, STAFF_PASS).id == staff.id
    # Others were never locked.
    assert people.authenticate(team["admin"].id, ADMIN_PASS).id == team["admin"].id
    assert AuditService(ctx).verify().ok


def test_the_right_passphrase_starts_the_count_again(ctx, people, team):
    staff = team["staff"]
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            people.authenticate(staff.id, "wrong wrong wrong")
    people.authenticate(staff.id, STAFF_PASS)
    [cleared] = events(ctx, AuditAction.PERSON_TRIES_CLEARED)
    assert json.loads(cleared.details)["wrong_tries_before"] == 3
    for left in (4, 3, 2, 1):  # four more wrong tries: not locked
        with pytest.raises(WrongPassphrase) as wrong:
            people.authenticate(staff.id, "wrong wrong wrong")
        assert wrong.value.tries_left == left
    count = len(events(ctx))
    people.authenticate(team["admin"].id, ADMIN_PASS)  # no wrong tries: nothing written
    assert len(events(ctx)) == count + 0


def test_an_administrator_resets_a_passphrase_and_lifts_the_lock(ctx, people, team):
    staff = team["staff"]
    for _ in range(5):
        with pytest.raises(SignInError):
            people.authenticate(staff.id, "forgotten it all")
    people.reset_passphrase(team["admin"], staff.id, "a fresh start today")
    assert people.authenticate(staff.id, "a fresh start today").locked_until is None
    with pytest.raises(WrongPassphrase):
        people.authenticate(staff.id, STAFF_PASS)  # the old one no longer works
    [event] = events(ctx, AuditAction.PERSON_PASSPHRASE_RESET)
    assert _own(event.details) == {"name": "Lea Kim", "by": "Anna Weber",
                                         "by_person_id": team["admin"].id}
    # Not one's own (that needs the current passphrase), and never a weak one.
    with pytest.raises(ValidationError):
        people.reset_passphrase(team["admin"], team["admin"].id, "a fresh start today")
    with pytest.raises(ValidationError):
        people.reset_passphrase(team["admin"], staff.id, "Lea Kim")


def test_a_person_changes_their_own_passphrase_with_the_current_one(ctx, people, team):
    staff = team["staff"]
    with pytest.raises(WrongPassphrase):
        people.set_own_passphrase(staff, "not the current one", "my new long phrase")
    with pytest.raises(ValidationError):
        people.set_own_passphrase(staff, STAFF_PASS, "short")
    changed = people.set_own_passphrase(staff, STAFF_PASS, "my new long phrase")
    assert changed.version == staff.version + 1
    assert people.authenticate(staff.id, "my new long phrase").id == staff.id
    assert events(ctx)[-1].action == AuditAction.PERSON_PASSPHRASE_CHANGED


def test_no_passphrase_is_in_the_database_the_audit_log_or_the_log(tmp_path, clock, caplog):
    """The secret is typed in every way the service takes one; afterwards the database file
    (with its WAL), the audit details and everything logged are searched for it."""
    secret = "Zebra-Quartz-Umbrella-4711"
    url = f"sqlite:///{tmp_path / 'secret.sqlite3'}"
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # every SQL with its values
    ctx = open_app(url, clock=clock, actor="tester")
    try:
        people = PeopleService(ctx, hasher=FAST)
        admin, _ = people.first_setup(NewPerson("Anna Weber", "anna@example.com", secret),
                                      NewPerson("Jonas Berg", "jonas@example.com", secret))
        staff = people.add(admin, NewPerson("Lea Kim", "lea@example.com", secret))
        people.reset_passphrase(admin, staff.id, secret + "!")
        people.set_own_passphrase(staff, secret + "!", secret + "?")
        for _ in range(5):
            with pytest.raises(SignInError) as exc:
                people.authenticate(staff.id, secret)
            assert secret not in str(exc.value)
        people.authenticate(admin.id, secret)
        with ctx.session() as s:
            hashes = list(s.execute(select(DbPerson.passphrase_hash)).scalars())
            details = " ".join(s.execute(select(DbAuditEvent.details)).scalars())
        assert all(h.startswith("scrypt$n=16,r=8,p=1$") for h in hashes)
        assert secret not in details
        assert secret not in repr(NewPerson("x", "y", secret))
    finally:
        ctx.engine.dispose()
    files = list(Path(tmp_path).glob("secret.sqlite3*"))
    assert files
    for path in files:
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, path
    assert "INSERT INTO person" in caplog.text  # the SQL was logged, with its parameters
    assert secret not in caplog.text


# -- the hash itself -------------------------------------------------------------------------------
def test_the_stored_hash_is_scrypt_with_its_parameters():
    hasher = PassphraseHasher()  # the real parameters, once
    stored = hasher.hash("correct horse battery")
    assert stored.startswith("scrypt$n=32768,r=8,p=1$")
    assert hasher.verify("correct horse battery", stored)
    assert not hasher.verify("correct horse batterY", stored)
    assert hasher.is_current(stored) and not FAST.is_current(stored)
    # A hash made with other parameters is still checked with its own.
    assert hasher.verify("x" * 12, FAST.hash("x" * 12))
    assert hasher.hash("same") != hasher.hash("same")  # a new salt each time


@pytest.mark.parametrize("stored", [
    "", "plain text", "scrypt$n=16,r=8,p=1$$", "scrypt$n=15,r=8,p=1$c2FsdA==$" + "A" * 44,
    "scrypt$n=4194304,r=8,p=1$c2FsdA==$" + "A" * 44,  # more work than any real hash asks
    "scrypt$n=16,r=8,p=1$c2FsdA==$bm90IGJhc2U2NA",  # damaged base64
    "bcrypt$whatever",
])
def test_a_damaged_or_foreign_hash_matches_nothing(stored):
    assert not FAST.verify("anything at all", stored)
