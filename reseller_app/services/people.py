"""The people who use the app: first-run setup, adding and changing them, and who someone is
(a passphrase checked against its hash).

Every change is one transaction with one audit event (entity ``person``). What a change would
break is refused before anything is written, in words that name the role it needs: only an
administrator manages people, and there is always an active administrator and an active
approver (``domain.people.staffing_gap``). A passphrase never leaves this module except as its
hash (``services.passphrases``): not in the audit details, the log, or any error.

The acting person is passed in (a ``Person`` the caller got from ``authenticate``, or an id)
and read again inside the transaction, so a person deactivated or demoted a moment ago on
another desk cannot act with their old role.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from reseller_app.domain.people import (
    LOCK_FOR,
    MAX_WRONG_TRIES,
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
    normal_email,
    parse_role,
    passphrase_problem,
    role_label,
    role_needed,
    staffing_gap,
)
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.company_key import CompanyKeyService, KeyUnavailable
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Approval
from reseller_app.services.errors import NotFound, ServiceError, ValidationError
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.store import audit_log
from reseller_app.store.tables import UTC, DbPerson, utc

ENTITY = "person"
log = logging.getLogger(__name__)


# -- what the callers see ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Person:
    """A person as the UI and the CLI see them: never the passphrase or its hash."""

    id: int
    name: str
    email: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime

    def may(self, action: Action) -> bool:
        return self.active and may(self.role, action)


@dataclass(frozen=True, slots=True)
class NewPerson:
    """Who to add: the passphrase is hashed at once and not kept."""

    name: str
    email: str
    passphrase: str = ""
    role: Role | str = Role.STAFF

    def __repr__(self) -> str:  # a traceback or a log line must not show the passphrase
        return f"NewPerson(name={self.name!r}, email={self.email!r}, role={self.role!r})"


class NotAllowed(ServiceError):
    """The acting person's role does not allow this; ``needed`` is the role that would."""

    def __init__(self, message: str, needed: Role | None = None) -> None:
        super().__init__(message)
        self.needed = needed


class StaffingRefused(ServiceError):
    """The change would leave no active administrator or no active approver."""

    def __init__(self, message: str, needed: Role) -> None:
        super().__init__(message)
        self.needed = needed


class ChangedMeanwhile(ServiceError):
    """Someone else saved the person after the caller read them: nothing was overwritten."""


class SignInError(ServiceError):
    """The passphrase was not accepted (wrong, the person is locked or no longer active)."""


class WrongPassphrase(SignInError):
    def __init__(self, message: str, tries_left: int) -> None:
        super().__init__(message)
        self.tries_left = tries_left


class PersonLocked(SignInError):
    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


class PersonInactive(SignInError):
    pass


def _person(row: DbPerson) -> Person:
    return Person(row.id, row.name, row.email, Role(row.role), row.active,  # type: ignore[arg-type]
                  utc(row.locked_until) if row.locked_until else None, row.version,
                  utc(row.created_at), utc(row.updated_at))


def check_role(ctx: AppContext, action: Action) -> None:
    """Refuse ``action`` (``NotAllowed``, naming the role it needs) when the working person's
    role does not allow it. Nobody working (a database without people, or a caller that has
    not signed anyone in) is not checked: the app then works as before people existed."""
    if ctx.person is not None:
        PeopleService(ctx).require(ctx.person.id, action)


def proven_approver(people: PeopleService, approval: Approval | None,
                    missing: str | None = None) -> Person:
    """The approver whose own passphrase confirms a senior approval (a decision, the policy's
    adoption), or a ``ValidationError`` on ``approver`` / ``approver_passphrase`` saying why
    not: none given (``missing``), wrong (counted), locked, inactive, unknown, or a role that
    may not approve. The caller stores nothing then."""
    if approval is None or not str(approval.approver).strip():
        raise ValidationError("approver", missing or t(
            "This decision needs the senior approver: choose the approver, and let them "
            "type their own passphrase."))
    if not approval.passphrase:
        raise ValidationError("approver_passphrase", t(
            "The approver types their own passphrase to confirm the approval."))
    try:
        person = people.authenticate(approval.approver, approval.passphrase)
    except SignInError as exc:  # wrong (counted), locked or no longer active
        raise ValidationError("approver_passphrase", str(exc)) from None
    except NotFound as exc:
        raise ValidationError("approver", str(exc)) from None
    try:
        return people.require(person, Action.APPROVE)
    except NotAllowed as exc:  # staff cannot approve, even with the right passphrase
        raise ValidationError("approver", str(exc)) from None


def _clock_text(at: dt.datetime) -> str:
    """A moment as the person's computer shows it (HH:MM, its own time zone)."""
    return f"{at.astimezone():%H:%M}"


class PeopleService:
    def __init__(self, ctx: AppContext, hasher: PassphraseHasher | None = None) -> None:
        self.ctx = ctx
        self.hasher = hasher or PassphraseHasher()

    # -- reading ---------------------------------------------------------------------------
    def list(self, *, include_inactive: bool = True) -> list[Person]:
        """Everyone, by name (the inactive ones too unless asked not to)."""
        with self.ctx.session() as s:
            q = select(DbPerson)
            if not include_inactive:
                q = q.where(DbPerson.active.is_(True))  # type: ignore[attr-defined]
            rows = s.execute(q.order_by(func.lower(DbPerson.name), DbPerson.id)).scalars()
            return [_person(r) for r in rows]

    def is_set_up(self) -> bool:
        """Whether first-run setup has created the administrator (someone exists)."""
        with self.ctx.session() as s:
            return s.execute(select(DbPerson.id).limit(1)).first() is not None

    def get(self, who: int | str) -> Person:
        """A person by id or e-mail address."""
        with self.ctx.session() as s:
            return _person(self._row(s, who))

    # -- first run -------------------------------------------------------------------------
    def first_setup(self, administrator: NewPerson,
                    approver: NewPerson | None = None) -> list[Person]:
        """Create the administrator and the senior approver on a database without people.

        Without ``approver`` (or with the administrator's own address) the administrator is
        the senior approver too, as in a one-person company: an administrator may approve.
        """
        if approver is not None and normal_email(approver.email) == normal_email(
                administrator.email):
            approver = None
        self._check_new(administrator, "administrator")
        if approver is not None:
            self._check_new(approver, "approver")
        hashes = [self.hasher.hash(administrator.passphrase)]
        if approver is not None:
            hashes.append(self.hasher.hash(approver.passphrase))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            if s.execute(select(DbPerson.id).limit(1)).first() is not None:
                raise NotAllowed(t("People are already set up: an administrator adds people "
                                   "in the list of people."), Role.ADMINISTRATOR)
            rows = [self._insert(s, administrator, Role.ADMINISTRATOR, hashes[0], now)]
            if approver is not None:
                rows.append(self._insert(s, approver, Role.APPROVER, hashes[1], now))
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.PERSON_FIRST_SETUP,
                             entity=ENTITY, entity_id=rows[0].id, at=now,
                             details={"people": [self._details(r) for r in rows]})
            s.commit()
            people = [_person(r) for r in rows]
        self._seal_company_key(people[0], administrator.passphrase)
        return people

    def _seal_company_key(self, administrator: Person, passphrase: str) -> None:
        """Where there is no keyring, the company key is made now, into a file encrypted with
        the administrator's passphrase (the only moment it is in hand without asking)."""
        keys = CompanyKeyService(self.ctx)
        if keys.secrets.available() or keys.current() is not None:
            return
        try:
            keys.make_sealed(administrator.id, administrator.name, passphrase)
        except KeyUnavailable as exc:  # e.g. the folder cannot be written: setup goes on
            log.warning("no signing key made at setup: %s", exc)

    # -- an administrator's changes --------------------------------------------------------
    def add(self, by: Person | int, new: NewPerson) -> Person:
        """Add a person (administrator only) with a first passphrase to tell them."""
        with self.ctx.session() as s:
            self._acting(s, by, Action.MANAGE_PEOPLE)  # refused before any other word
        role = self._role(new.role)
        self._check_new(new, "")
        digest = self.hasher.hash(new.passphrase)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            actor = self._acting(s, by, Action.MANAGE_PEOPLE)
            email = normal_email(new.email)
            if s.execute(select(DbPerson.id).where(DbPerson.email == email)).first():
                raise ValidationError("email", t("Someone with the e-mail address {email} is "
                                                 "already in the list.", email=email))
            row = self._insert(s, new, role, digest, now)
            s.flush()
            self._audit(s, AuditAction.PERSON_ADDED, row, now, actor, self._details(row))
            s.commit()
            return _person(row)

    def deactivate(self, by: Person | int, who: int | str,
                   expected_version: int | None = None) -> Person:
        """The person can no longer sign in or act; their past actions keep their name."""
        return self._set_active(by, who, False, expected_version)

    def reactivate(self, by: Person | int, who: int | str,
                   expected_version: int | None = None) -> Person:
        return self._set_active(by, who, True, expected_version)

    def change_role(self, by: Person | int, who: int | str, role: Role | str,
                    expected_version: int | None = None) -> Person:
        new_role = self._role(role)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            actor = self._acting(s, by, Action.MANAGE_PEOPLE)
            row = self._target(s, who, expected_version)
            if row.role == new_role:
                raise ValidationError("role", t("{person} already has the role {role}.",
                                                person=row.name, role=role_label(new_role)))
            self._keep_staffed(s, row.id, role=new_role)  # type: ignore[arg-type]
            before = row.role
            row.role = new_role
            self._touch(row, now)
            s.add(row)
            s.flush()
            self._audit(s, AuditAction.PERSON_ROLE_CHANGED, row, now, actor,
                        {"name": row.name, "from": before, "to": new_role})
            s.commit()
            return _person(row)

    def reset_passphrase(self, by: Person | int, who: int | str, passphrase: str) -> Person:
        """An administrator gives another person a new passphrase (the person forgot theirs);
        it also lifts a lock. Nobody can read the old one: it is not stored."""
        with self.ctx.session() as s:
            acting = self._acting(s, by, Action.MANAGE_PEOPLE)  # refused before any work
            target = _person(self._row(s, who))
        if target.id == acting.id:
            raise ValidationError("person", t(
                "Your own passphrase is changed with your current one, not reset: a reset is "
                "for another person's passphrase."))
        self._check_passphrase(passphrase, target.name, target.email)
        digest = self.hasher.hash(passphrase)  # a tenth of a second: outside the write lock
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            actor = self._acting(s, by, Action.MANAGE_PEOPLE)
            row = self._target(s, target.id, None)
            row.passphrase_hash = digest
            row.failed_tries, row.locked_until = 0, None
            self._touch(row, now)
            s.add(row)
            s.flush()
            self._audit(s, AuditAction.PERSON_PASSPHRASE_RESET, row, now, actor, {"name": row.name})
            s.commit()
        self._reseal_company_key(target.id, passphrase, None)  # only if opened this session
        return _person(row)

    # -- a person's own passphrase ---------------------------------------------------------
    def set_own_passphrase(self, who: Person | int | str, current: str, new: str) -> Person:
        """A person changes their passphrase, proving it is them with the current one (a
        wrong one counts as a wrong try)."""
        person = self.authenticate(who.id if isinstance(who, Person) else who, current)
        self._check_passphrase(new, person.name, person.email)
        if new == current:
            raise ValidationError("passphrase", t("The new passphrase is the current one."))
        digest = self.hasher.hash(new)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._target(s, person.id, person.version)
            row.passphrase_hash = digest
            self._touch(row, now)
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.PERSON_PASSPHRASE_CHANGED,
                             entity=ENTITY, entity_id=row.id, at=now,
                             details={"name": row.name})
            s.commit()
        self._reseal_company_key(person.id, new, current)
        return _person(row)

    def _reseal_company_key(self, person_id: int, new: str, current: str | None) -> None:
        """The company key's encrypted file follows its holder's passphrase (see
        ``CompanyKeyService.reseal``)."""
        try:
            CompanyKeyService(self.ctx).reseal(person_id, new, current)
        except KeyUnavailable as exc:  # the file could not be written: it keeps the old one
            log.warning("the signing key's file was not encrypted again: %s", exc)

    def authenticate(self, who: int | str, passphrase: str) -> Person:
        """The person whose passphrase this is, or a ``SignInError`` saying why not.

        A wrong passphrase is counted (and audited); the fifth in a row locks the person for
        five minutes (audited as ``person.locked``); the right one clears the count. While
        locked, no passphrase is even checked.
        """
        with self.ctx.session() as s:
            row = self._row(s, who)
        self._refuse_if_unable(row, self.ctx.clock())
        # The hash takes a tenth of a second: checked outside the write lock.
        checked = row.passphrase_hash
        right = self.hasher.verify(passphrase, checked)
        if right and not row.failed_tries:
            return _person(row)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._row(s, row.id)  # type: ignore[arg-type]
            self._refuse_if_unable(row, now)  # locked meanwhile from another desk
            if row.passphrase_hash != checked:  # reset meanwhile: the old one is not it
                right = self.hasher.verify(passphrase, row.passphrase_hash)
            if right:
                tries = row.failed_tries
                row.failed_tries = 0
                s.add(row)
                s.flush()
                audit_log.append(s, actor=self.ctx.actor, action=AuditAction.PERSON_TRIES_CLEARED,
                                 entity=ENTITY, entity_id=row.id, at=now,
                                 details={"name": row.name, "wrong_tries_before": tries})
                s.commit()
                return _person(row)
            tries, until = after_wrong_try(row.failed_tries, now)
            row.failed_tries, row.locked_until = tries, until
            s.add(row)
            s.flush()
            action = AuditAction.PERSON_LOCKED if until else AuditAction.PERSON_PASSPHRASE_WRONG
            details: dict[str, object] = {"name": row.name}
            if until:
                details.update(wrong_tries=MAX_WRONG_TRIES, until=audit_log.iso(until))
            else:
                details.update(wrong_tries=tries)
            audit_log.append(s, actor=self.ctx.actor, action=action, entity=ENTITY,
                             entity_id=row.id, at=now, details=details)
            s.commit()
        if until:
            raise PersonLocked(t(
                "Wrong passphrase for {person}, {count} times in a row: {person} is locked "
                "until {time}. Try again then, or ask an administrator to reset the "
                "passphrase.", person=row.name, count=MAX_WRONG_TRIES,
                time=_clock_text(until)), until)
        left = MAX_WRONG_TRIES - tries
        raise WrongPassphrase(t(
            "Wrong passphrase for {person}. Tries left before a lock of {minutes} minutes: "
            "{count}.", person=row.name, minutes=int(LOCK_FOR.total_seconds() // 60),
            count=left), left)

    def require(self, person: Person | int, action: Action) -> Person:
        """The person as stored now, if they may do ``action``; else ``NotAllowed`` naming
        the role it needs."""
        with self.ctx.session() as s:
            return _person(self._acting(s, person, action))

    # -- helpers ---------------------------------------------------------------------------
    def _row(self, s: Session, who: int | str) -> DbPerson:
        if isinstance(who, int):
            row = s.get(DbPerson, who)
            missing = t("There is no person number {id}.", id=who)
        else:
            email = normal_email(who)
            row = s.execute(select(DbPerson).where(DbPerson.email == email)).scalar()
            missing = t("Nobody with the e-mail address {email} is in the list of people.",
                        email=who.strip())
        if row is None:
            raise NotFound(missing)
        return row

    def _acting(self, s: Session, by: Person | int, action: Action) -> DbPerson:
        """The acting person as stored now, refused when inactive or without the role."""
        row = self._row(s, by.id if isinstance(by, Person) else by)
        if not row.active:
            raise NotAllowed(t("{person} is no longer active and cannot do this.",
                               person=row.name))
        if not may(row.role, action):
            needed = role_needed(action)
            raise NotAllowed(t("{action} needs the role {needed}; {person} has the role "
                               "{role}.", action=action_label(action),
                               needed=role_label(needed), person=row.name,
                               role=role_label(row.role)), needed)
        return row

    def _target(self, s: Session, who: int | str, expected_version: int | None) -> DbPerson:
        row = self._row(s, who)
        if expected_version is not None and row.version != expected_version:
            raise ChangedMeanwhile(t(
                "{person} was changed at {time} by someone else since you opened the list; "
                "nothing was saved. Look at the list again and redo your change.",
                person=row.name, time=_clock_text(utc(row.updated_at))))
        return row

    def _set_active(self, by: Person | int, who: int | str, active: bool,
                    expected_version: int | None) -> Person:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            actor = self._acting(s, by, Action.MANAGE_PEOPLE)
            row = self._target(s, who, expected_version)
            if row.active == active:
                raise ValidationError("person", t("{person} is already active.", person=row.name)
                                      if active else
                                      t("{person} is already inactive.", person=row.name))
            self._keep_staffed(s, row.id, active=active)  # type: ignore[arg-type]
            row.active = active
            row.failed_tries, row.locked_until = 0, None
            self._touch(row, now)
            s.add(row)
            s.flush()
            action = AuditAction.PERSON_REACTIVATED if active else AuditAction.PERSON_DEACTIVATED
            self._audit(s, action, row, now, actor, {"name": row.name, "role": row.role})
            s.commit()
            return _person(row)

    def _keep_staffed(self, s: Session, person_id: int, *, role: Role | None = None,
                      active: bool | None = None) -> None:
        """Refuse a change that leaves nobody active to manage people or to approve."""
        rows = s.execute(select(DbPerson.id, DbPerson.role, DbPerson.active)).all()
        members = [Member(r.id, parse_role(r.role) or Role.STAFF, bool(r.active)) for r in rows]
        gap = staffing_gap(after_change(members, person_id, role=role, active=active))
        if gap is None:
            return
        needed = role_needed(gap)
        if gap == Action.MANAGE_PEOPLE:
            text = t("There must always be an active administrator: give someone else the "
                     "role administrator first. Nothing was changed.")
        else:
            text = t("There must always be an active approver for the orders that need the "
                     "senior approver: give someone else the role approver first. Nothing "
                     "was changed.")
        raise StaffingRefused(text, needed)

    def _check_new(self, new: NewPerson, which: str) -> None:
        """Refuse a new person's name, address or passphrase in words, naming the field."""
        prefix = f"{which}_" if which else ""
        for field, problem in ((f"{prefix}name", name_problem(new.name)),
                               (f"{prefix}email", email_problem(new.email))):
            if problem:
                raise ValidationError(field, problem)
        self._check_passphrase(new.passphrase, new.name, new.email, f"{prefix}passphrase")

    @staticmethod
    def _check_passphrase(passphrase: str, name: str, email: str,
                          field: str = "passphrase") -> None:
        problem = passphrase_problem(passphrase, name=name, email=email)
        if problem:
            raise ValidationError(field, problem)

    @staticmethod
    def _role(value: Role | str) -> Role:
        role = parse_role(str(value))
        if role is None:
            raise ValidationError("role", t("{role} is not a role: choose staff, approver or "
                                            "administrator.", role=str(value).strip()))
        return role

    def _refuse_if_unable(self, row: DbPerson, now: dt.datetime) -> None:
        if not row.active:
            raise PersonInactive(t("{person} is no longer active: ask an administrator.",
                                   person=row.name))
        until = utc(row.locked_until) if row.locked_until else None
        if until is not None and is_locked(until, now.astimezone(UTC)):
            raise PersonLocked(t("{person} is locked after too many wrong passphrases, until "
                                 "{time}. Try again then, or ask an administrator to reset "
                                 "the passphrase.", person=row.name,
                                 time=_clock_text(until)), until)

    @staticmethod
    def _insert(s: Session, new: NewPerson, role: Role, digest: str,
                now: dt.datetime) -> DbPerson:
        row = DbPerson(name=" ".join(new.name.split()), email=normal_email(new.email),
                       role=role, active=True, passphrase_hash=digest, failed_tries=0,
                       created_at=now, updated_at=now, version=1)
        s.add(row)
        return row

    @staticmethod
    def _touch(row: DbPerson, now: dt.datetime) -> None:
        row.updated_at = now
        row.version += 1

    @staticmethod
    def _details(row: DbPerson) -> dict[str, object]:
        return {"person_id": row.id, "name": row.name, "email": row.email, "role": row.role}

    def _audit(self, s: Session, action: AuditAction, row: DbPerson, now: dt.datetime,
               by: DbPerson, details: dict[str, object]) -> None:
        audit_log.append(s, actor=self.ctx.actor, action=action, entity=ENTITY,
                         entity_id=row.id, at=now,  # type: ignore[arg-type]
                         details={**details, "by": by.name, "by_person_id": by.id})
