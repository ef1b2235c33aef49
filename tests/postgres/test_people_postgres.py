"""People on a real PostgreSQL server: the same rules as on SQLite, and two desks (two app
contexts on one database) changing the same person: the second save is refused."""

from __future__ import annotations

import pytest

from reseller_app.domain.people import Role
from reseller_app.services.audit import AuditService
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import (
    ChangedMeanwhile,
    NewPerson,
    PeopleService,
    PersonLocked,
    StaffingRefused,
    WrongPassphrase,
)

from ..conftest import stepping_clock
from ..services.test_people import ADMIN, ADMIN_PASS, APPROVER, STAFF_PASS, Clock

FAST = PassphraseHasher(n=2**4)


def test_people_on_postgres(db_url):
    from reseller_app.services.startup import open_app

    clock = Clock()
    ctx = open_app(db_url, clock=clock, actor="tester")
    try:
        people = PeopleService(ctx, hasher=FAST)
        admin, _ = people.first_setup(ADMIN, APPROVER)
        staff = people.add(admin, NewPerson("Lea Kim", "Lea@Example.com", STAFF_PASS))
        assert [p.name for p in people.list()] == ["Anna Weber", "Jonas Berg", "Lea Kim"]
        with pytest.raises(StaffingRefused):
            people.deactivate(admin, admin.id)
        for _ in range(4):
            with pytest.raises(WrongPassphrase):
                people.authenticate("lea@example.com", "not it at all")
        with pytest.raises(PersonLocked) as locked:
            people.authenticate("lea@example.com", "not it at all")
        assert locked.value.until.tzinfo is not None  # read back aware, in UTC
        clock.advance(minutes=5)
        assert people.authenticate(staff.id, STAFF_PASS).id == staff.id
        assert people.authenticate(admin.id, ADMIN_PASS).role == Role.ADMINISTRATOR
        assert AuditService(ctx).verify().ok
    finally:
        ctx.engine.dispose()


def test_two_desks_changing_the_same_person(db_url):
    from reseller_app.services.startup import open_app

    first = open_app(db_url, clock=stepping_clock(), actor="desk-1")
    second = open_app(db_url, clock=stepping_clock(), actor="desk-2")
    try:
        here, there = PeopleService(first, hasher=FAST), PeopleService(second, hasher=FAST)
        admin, _ = here.first_setup(ADMIN, APPROVER)
        lea = here.add(admin, NewPerson("Lea Kim", "lea@example.com", STAFF_PASS))
        seen_here, seen_there = here.get(lea.id), there.get(lea.id)  # both lists open
        here.change_role(admin, lea.id, Role.APPROVER, expected_version=seen_here.version)
        with pytest.raises(ChangedMeanwhile, match="Lea Kim"):
            there.deactivate(admin, lea.id, expected_version=seen_there.version)
        now = there.get(lea.id)
        assert (now.role, now.active) == (Role.APPROVER, True)
    finally:
        first.engine.dispose()
        second.engine.dispose()
