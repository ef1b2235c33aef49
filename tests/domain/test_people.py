"""Roles, what each may do, the staffing rules and the passphrase rules, as tables of cases."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.people import (
    LOCK_FOR,
    MAX_WRONG_TRIES,
    MIN_PASSPHRASE,
    PERMISSIONS,
    Action,
    Member,
    Role,
    action_label,
    after_change,
    after_wrong_try,
    email_problem,
    is_locked,
    may,
    name_problem,
    parse_role,
    passphrase_problem,
    role_label,
    role_needed,
    staffing_gap,
)

S, AP, AD = Role.STAFF, Role.APPROVER, Role.ADMINISTRATOR
A = Action

# (action, staff, approver, administrator): the list of who may do what.
MAY = [
    (A.RECORD_ORDER, True, True, True),
    (A.ANSWER_CHECKLIST, True, True, True),
    (A.ESCALATE, True, True, True),
    (A.DECIDE, True, True, True),
    (A.APPROVE, False, True, True),
    (A.MANAGE_PEOPLE, False, False, True),
    (A.MANAGE_PACKS, False, False, True),
    (A.MANAGE_LISTS, False, False, True),
    (A.CHANGE_SETTINGS, False, False, True),
    (A.RESTORE, False, False, True),
]


@pytest.mark.parametrize(("action", "staff", "approver", "administrator"), MAY)
def test_what_each_role_may_do(action, staff, approver, administrator):
    assert (may(S, action), may(AP, action), may(AD, action)) == (staff, approver,
                                                                  administrator)
    assert may(str(S), action) == staff  # the stored string works the same


def test_every_action_is_in_the_table():
    assert {row[0] for row in MAY} == set(Action)
    assert set(PERMISSIONS) == set(Role)


@pytest.mark.parametrize(("action", "needed"), [
    (A.RECORD_ORDER, S), (A.DECIDE, S), (A.APPROVE, AP), (A.MANAGE_PEOPLE, AD),
    (A.RESTORE, AD), (A.MANAGE_PACKS, AD),
])
def test_a_refusal_names_the_lowest_role_that_may(action, needed):
    assert role_needed(action) == needed
    assert action_label(action) and role_label(needed)


@pytest.mark.parametrize("role", ["", "boss", "root", "Administrators"])
def test_an_unknown_role_may_do_nothing(role):
    assert not any(may(role, a) for a in Action)
    assert parse_role(role) is None


@pytest.mark.parametrize(("typed", "role"), [("staff", S), (" Approver ", AP),
                                             ("ADMINISTRATOR", AD)])
def test_roles_are_read_as_typed(typed, role):
    assert parse_role(typed) == role


def members(*spec: tuple[Role, bool]) -> list[Member]:
    return [Member(i, role, active) for i, (role, active) in enumerate(spec, 1)]


# (people, what nobody active could do any more)
STAFFING = [
    (members((AD, True)), None),  # a one-person company: the administrator approves too
    (members((AD, True), (AP, True), (S, True)), None),
    (members((AD, True), (S, True)), None),
    (members((AP, True), (S, True)), A.MANAGE_PEOPLE),
    (members((AD, False), (AP, True)), A.MANAGE_PEOPLE),
    (members((S, True)), A.MANAGE_PEOPLE),
    ([], A.MANAGE_PEOPLE),
    (members((AD, False), (AD, True)), None),
]


@pytest.mark.parametrize(("people", "gap"), STAFFING)
def test_there_is_always_an_active_administrator_and_approver(people, gap):
    assert staffing_gap(people) == gap


# (people, the change, what it would leave nobody able to do)
CHANGES = [
    (members((AD, True)), {"active": False}, A.MANAGE_PEOPLE),  # the last administrator
    (members((AD, True)), {"role": AP}, A.MANAGE_PEOPLE),
    (members((AD, True)), {"role": S}, A.MANAGE_PEOPLE),
    (members((AD, True), (AD, True)), {"active": False}, None),
    (members((AD, True), (AP, True)), {"role": S}, A.MANAGE_PEOPLE),
    (members((AP, True), (AD, True)), {"role": S}, None),  # the administrator still approves
    (members((AD, False), (AP, True)), {"active": True}, None),
]


@pytest.mark.parametrize(("people", "change", "gap"), CHANGES)
def test_a_change_is_checked_on_the_list_as_it_would_be(people, change, gap):
    assert staffing_gap(after_change(people, 1, **change)) == gap
    assert people == after_change(people, 99, **change)  # nobody else changes


# (passphrase, name, email, refused?)
PASSPHRASES = [
    ("correct horse battery", "Anna Weber", "anna@example.com", False),
    ("x" * (MIN_PASSPHRASE - 1), "Anna", "a@example.com", True),  # too short
    ("a1" * (MIN_PASSPHRASE // 2), "Anna", "a@example.com", True),  # two characters
    ("z" * 1001, "Anna", "a@example.com", True),  # longer than anyone types
    ("Anna Weber Anna", "Anna Weber Anna", "a@example.com", True),  # the name
    ("ANNA.WEBER.ANNA", "Anna Weber Anna", "a@example.com", True),  # the name, written so
    ("anna.weber@example.com", "Anna", "anna.weber@example.com", True),  # the address
    ("anna.weber.1985", "Anna", "anna.weber.1985@example.com", True),  # its local part
    ("Anna Weber's long walk", "Anna Weber", "anna@example.com", False),
    ("ñandú tortuga ÿ", "Ana", "ana@example.com", False),  # not ASCII: fine
]


@pytest.mark.parametrize(("passphrase", "name", "email", "refused"), PASSPHRASES)
def test_passphrase_rules(passphrase, name, email, refused):
    problem = passphrase_problem(passphrase, name=name, email=email)
    assert (problem is not None) == refused
    if problem:
        assert passphrase not in problem  # the words never repeat the passphrase


@pytest.mark.parametrize(("email", "ok"), [
    ("anna@example.com", True), (" Anna@Example.COM ", True), ("", False),
    ("anna", False), ("anna@example", False), ("a b@example.com", False),
    ("a@b@example.com", False), ("a@example." + "x" * 320, False),
])
def test_email_addresses(email, ok):
    assert (email_problem(email) is None) == ok


@pytest.mark.parametrize(("name", "ok"), [("Anna Weber", True), ("  ", False),
                                          ("", False), ("x" * 201, False)])
def test_names(name, ok):
    assert (name_problem(name) is None) == ok


NOW = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("before", "tries", "locked"), [
    (0, 1, False), (3, 4, False), (MAX_WRONG_TRIES - 1, 0, True),
])
def test_the_fifth_wrong_try_in_a_row_locks_for_five_minutes(before, tries, locked):
    after, until = after_wrong_try(before, NOW)
    assert after == tries
    assert until == (NOW + LOCK_FOR if locked else None)
    assert (dt.timedelta(minutes=5), 5) == (LOCK_FOR, MAX_WRONG_TRIES)


@pytest.mark.parametrize(("until", "now", "locked"), [
    (None, NOW, False), (NOW + LOCK_FOR, NOW, True),
    (NOW + LOCK_FOR, NOW + LOCK_FOR, False), (NOW, NOW + dt.timedelta(seconds=1), False),
])
def test_is_locked(until, now, locked):
    assert is_locked(until, now) == locked
