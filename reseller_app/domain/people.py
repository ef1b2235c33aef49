"""The people who use the app: their roles, what each role may do, and the rules every change
to the list of people keeps (pure: facts in, an answer out; the services read and write them).

Roles build on each other: an approver may do all that staff may and also approve; an
administrator may do all that an approver may and also manage people, criteria packs, lists,
settings and restores. That is what lets a one-person company have one person who is both
the administrator and the senior approver, with one role.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from reseller_app.domain.texts import t


class Role(StrEnum):
    """A person's role, lowest first (the order of the members is the rank); the value is
    what the database stores."""

    STAFF = "staff"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"


class Action(StrEnum):
    """What a role may or may not do."""

    RECORD_ORDER = "record_order"
    ANSWER_CHECKLIST = "answer_checklist"
    ESCALATE = "escalate"
    DECIDE = "decide"  # a decision below the senior approval tier
    APPROVE = "approve"  # a decision that needs the senior approver
    MANAGE_PEOPLE = "manage_people"
    MANAGE_PACKS = "manage_packs"
    MANAGE_LISTS = "manage_lists"
    CHANGE_SETTINGS = "change_settings"
    RESTORE = "restore"


_STAFF = frozenset({Action.RECORD_ORDER, Action.ANSWER_CHECKLIST, Action.ESCALATE,
                    Action.DECIDE})
_APPROVER = _STAFF | {Action.APPROVE}
_ADMINISTRATOR = _APPROVER | {Action.MANAGE_PEOPLE, Action.MANAGE_PACKS, Action.MANAGE_LISTS,
                              Action.CHANGE_SETTINGS, Action.RESTORE}

# What each role may do: the one table the services ask (through ``may``).
PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    Role.STAFF: _STAFF,
    Role.APPROVER: _APPROVER,
    Role.ADMINISTRATOR: _ADMINISTRATOR,
}

# Five wrong passphrases in a row lock the person for five minutes: long enough to make
# guessing hopeless (a few hundred tries a day), short enough not to stop the day's work.
MAX_WRONG_TRIES = 5
LOCK_FOR = dt.timedelta(minutes=5)

MIN_PASSPHRASE = 10  # characters: a few words, or a long password
MAX_PASSPHRASE = 1000  # far more than anyone types; bounds the hashing work of one try


def parse_role(value: str) -> Role | None:
    """The role a user typed (``"Approver"``, ``" staff "``); None when it is not one."""
    try:
        return Role(value.strip().lower())
    except ValueError:
        return None


def may(role: Role | str, action: Action) -> bool:
    """Whether a person with ``role`` may do ``action`` (a role the app does not know: no)."""
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:  # e.g. a hand-edited database
        return False


def role_needed(action: Action) -> Role:
    """The lowest role that may do ``action`` (what a refusal names)."""
    return next(role for role in Role if action in PERMISSIONS[role])


def role_label(role: Role | str) -> str:
    """The role in the user's words."""
    labels = {Role.STAFF: t("staff"), Role.APPROVER: t("approver"),
              Role.ADMINISTRATOR: t("administrator")}
    return labels[Role(role)]


def action_label(action: Action) -> str:
    """What the action is, in the user's words, to fit "... needs the role ..."."""
    labels = {
        Action.RECORD_ORDER: t("Recording orders"),
        Action.ANSWER_CHECKLIST: t("Answering checklists"),
        Action.ESCALATE: t("Escalating orders"),
        Action.DECIDE: t("Deciding about orders"),
        Action.APPROVE: t("Approving orders that need the senior approver"),
        Action.MANAGE_PEOPLE: t("Managing people"),
        Action.MANAGE_PACKS: t("Managing criteria packs"),
        Action.MANAGE_LISTS: t("Managing lists"),
        Action.CHANGE_SETTINGS: t("Changing settings"),
        Action.RESTORE: t("Restoring a backup"),
    }
    return labels[action]


# -- the list of people as a whole -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Member:
    """What the staffing rules need to know about one person."""

    id: int
    role: Role
    active: bool


def staffing_gap(people: Iterable[Member]) -> Action | None:
    """What nobody active could do any more (None: the list is fine).

    There is always at least one active person who may manage people (an administrator, or
    nobody could ever fix the list again) and one who may approve (or held orders could never
    be approved). Checked on the list as it would be after a change, before saving it.
    """
    active = [p for p in people if p.active]
    for needed in (Action.MANAGE_PEOPLE, Action.APPROVE):
        if not any(may(p.role, needed) for p in active):
            return needed
    return None


def after_change(people: Iterable[Member], person_id: int, *, role: Role | None = None,
                 active: bool | None = None) -> list[Member]:
    """The list with one person's role or active flag changed (to check before saving)."""
    return [Member(p.id, role if role is not None and p.id == person_id else p.role,
                   active if active is not None and p.id == person_id else p.active)
            for p in people]


# -- passphrases -------------------------------------------------------------------------------
def _folded(text: str) -> str:
    """Letters and digits only, case-folded: "Anna Weber" and "anna.weber" compare equal."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def passphrase_problem(passphrase: str, *, name: str = "", email: str = "") -> str | None:
    """Why ``passphrase`` cannot be a person's passphrase, in words (None: it can)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return t("A passphrase needs at least {count} characters; a few words are easy to "
                 "remember.", count=MIN_PASSPHRASE)
    if len(passphrase) > MAX_PASSPHRASE:
        return t("A passphrase may have at most {count} characters.", count=MAX_PASSPHRASE)
    folded = _folded(passphrase)
    if len(set(folded)) < 3:
        return t("A passphrase needs more than one or two different characters.")
    own = {_folded(name), _folded(email), _folded(email.split("@")[0])} - {""}
    if folded in own:
        return t("A passphrase must not be the person's name or e-mail address.")
    return None


# -- names and e-mail addresses ----------------------------------------------------------------
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
MAX_NAME = 200
MAX_EMAIL = 320


def normal_email(email: str) -> str:
    """The form an address is stored and compared in (people type it in any case)."""
    return email.strip().lower()


def email_problem(email: str) -> str | None:
    value = normal_email(email)
    if not value:
        return t("Enter the person's e-mail address.")
    if len(value) > MAX_EMAIL or not _EMAIL.fullmatch(value):
        return t("{email} is not an e-mail address (name@example.com).", email=email.strip())
    return None


def name_problem(name: str) -> str | None:
    value = " ".join(name.split())
    if not value:
        return t("Enter the person's name.")
    if len(value) > MAX_NAME:
        return t("A name may have at most {count} characters.", count=MAX_NAME)
    return None


# -- wrong passphrases -------------------------------------------------------------------------
def after_wrong_try(failed_tries: int, now: dt.datetime) -> tuple[int, dt.datetime | None]:
    """The count of wrong tries and the end of the lock after one more wrong passphrase.

    The fifth wrong try in a row locks the person until ``now + LOCK_FOR`` and starts the
    count again, so after the lock the person has five tries again.
    """
    tries = failed_tries + 1
    if tries >= MAX_WRONG_TRIES:
        return 0, now + LOCK_FOR
    return tries, None


def is_locked(locked_until: dt.datetime | None, now: dt.datetime) -> bool:
    return locked_until is not None and now < locked_until
