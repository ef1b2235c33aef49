"""Public keys pinned by hand: each distributor's (its decision files are checked against it)
and, on a distributor's desk, each reseller's (its packets are checked against it).

A key is pinned from a key file (``channel-diligence-public-key``) after its fingerprint was
compared with its owner over the phone: the file alone proves nothing, since anyone can make
one naming "TechDistri Europe". Pinning, replacing a pinned key and changing whether a
distributor's unsigned decision files are still accepted each write one audit event.

Once a distributor's key is pinned, its unsigned decision files and criteria packs are refused
unless an administrator chose to accept them (:meth:`PinnedKeyService.set_accept_unsigned`, off
by default, one setting for both); without a pinned key they are accepted with a warning, as
before keys existed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain import signing
from reseller_app.domain.people import Action
from reseller_app.domain.text_fold import fold
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.company_key import read_public_key
from reseller_app.services.context import AppContext
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.people import PeopleService, Person
from reseller_app.services.setup import SetupService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPinnedKey, utc

ROLE_DISTRIBUTOR = "distributor"
ROLE_RESELLER = "reseller"
ROLES = (ROLE_DISTRIBUTOR, ROLE_RESELLER)
ENTITY = "pinned_key"


@dataclass(frozen=True, slots=True)
class PinnedKey:
    role: str
    name: str  # the distributor as the company profile names it; the reseller as its key does
    owner: str  # as the key file names it
    fingerprint: str
    public_key: bytes
    pinned_at: dt.datetime
    pinned_by: str
    accept_unsigned: bool

    @property
    def key_file(self) -> signing.PublicKeyFile:
        return signing.PublicKeyFile(self.owner, self.public_key)


def name_key(name: str) -> str:
    """A name as it is looked up: case, accents and spacing do not count."""
    return fold(" ".join((name or "").split()))[:200]


def _view(row: DbPinnedKey) -> PinnedKey:
    return PinnedKey(row.role, row.name, row.owner, row.fingerprint, bytes(row.public_key),
                     utc(row.pinned_at), row.pinned_by, bool(row.accept_unsigned))


def pinned(s: Session, role: str, name: str) -> PinnedKey | None:
    row = s.execute(select(DbPinnedKey).where(DbPinnedKey.role == role,
                                              DbPinnedKey.name_key == name_key(name))).scalar()
    return _view(row) if row is not None else None


def pinned_by_fingerprint(s: Session, role: str, fingerprint: str) -> PinnedKey | None:
    """The pinned key of this role with this fingerprint (whose key a signature names)."""
    rows = s.execute(select(DbPinnedKey).where(DbPinnedKey.role == role)).scalars()
    return next((_view(r) for r in rows if signing.same_fingerprint(r.fingerprint, fingerprint)),
                None)


class PinnedKeyService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def preview(self, key_file: Path) -> signing.PublicKeyFile:
        """The key file's owner and fingerprint, to compare before pinning it."""
        return read_public_key(key_file)

    def keys(self, role: str | None = None) -> list[PinnedKey]:
        with self.ctx.session() as s:
            q = select(DbPinnedKey).order_by(DbPinnedKey.role, DbPinnedKey.name_key)
            if role is not None:
                q = q.where(DbPinnedKey.role == role)
            return [_view(r) for r in s.execute(q).scalars()]

    def get(self, role: str, name: str) -> PinnedKey | None:
        with self.ctx.session() as s:
            return pinned(s, role, name)

    def _distributor_name(self, name: str) -> str:
        """The distributor as the company profile names it; refused when it names none."""
        profile = SetupService(self.ctx).profile()
        names = [d.name for d in profile.distributors] if profile is not None else []
        wanted = " ".join((name or "").split())
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):  # its number in the list
            return names[int(wanted) - 1]
        found = next((n for n in names if name_key(n) == name_key(wanted)), None)
        if found is None:
            raise ValidationError("distributor", t(
                "There is no distributor {name} in the company profile (distributors: "
                "{names}). Add it there first, or use its name or number as listed.",
                name=wanted or "?", names=", ".join(names) or t("none")))
        return found

    def _allowed(self, by: Person | int | None) -> str:
        """The acting person's name once they may change settings (an administrator); the
        OS login's while the app does not ask who is working (``by`` None)."""
        if by is None:
            return ""
        return PeopleService(self.ctx).require(by, Action.CHANGE_SETTINGS).name

    def pin(self, role: str, name: str, key_file: Path, *, fingerprint: str | None = None,
            replace: bool = False, by: Person | int | None = None) -> PinnedKey:
        """Pin the key in ``key_file`` for the distributor ``name`` (as in the profile, or its
        number) or, on the desk, for a reseller (``name`` "" : the key file's owner).

        ``fingerprint``: what the owner read out over the phone; refused when it differs. A
        distributor or reseller whose key is already pinned keeps it unless ``replace``."""
        person = self._allowed(by)  # refused before any other word
        if role not in ROLES:
            raise ValidationError("role", t("Choose distributor or reseller."))
        key = read_public_key(key_file)
        if fingerprint is not None and not signing.same_fingerprint(fingerprint, key.fingerprint):
            raise ValidationError("fingerprint", t(
                "The key file's fingerprint is {found}, not {expected} as given: it is not "
                "the key its owner read out. Nothing was pinned; ask for the right key file.",
                found=key.fingerprint, expected=fingerprint))
        name = self._distributor_name(name) if role == ROLE_DISTRIBUTOR else \
            " ".join((name or key.owner).split())[:200]
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.execute(select(DbPinnedKey).where(
                DbPinnedKey.role == role, DbPinnedKey.name_key == name_key(name))).scalar()
            if row is not None and signing.same_fingerprint(row.fingerprint, key.fingerprint):
                return _view(row)  # already pinned: nothing changes
            if row is not None and not replace:
                raise ValidationError("key", t(
                    "{name} already has a pinned key (fingerprint {ours}, pinned on {date} by "
                    "{who}); this file holds another (fingerprint {theirs}). Nothing was "
                    "changed. Replace it only after checking the new fingerprint with {name}.",
                    name=name, ours=row.fingerprint,
                    date=utc(row.pinned_at).date().isoformat(), who=row.pinned_by,
                    theirs=key.fingerprint))
            other = pinned_by_fingerprint(s, role, key.fingerprint)
            if other is not None and name_key(other.name) != name_key(name):
                raise ValidationError("key", t(
                    "This key (fingerprint {fingerprint}) is already pinned for {other}: one "
                    "key cannot speak for two. Nothing was pinned.",
                    fingerprint=key.fingerprint, other=other.name))
            previous = row.fingerprint if row is not None else None
            if row is None:
                row = DbPinnedKey(role=role, name=name, name_key=name_key(name),
                                  owner=key.owner, fingerprint=key.fingerprint,
                                  public_key=key.public_key, pinned_at=now,
                                  pinned_by=person or self.ctx.who, accept_unsigned=False)
            else:
                row.owner, row.fingerprint, row.public_key = (key.owner, key.fingerprint,
                                                              key.public_key)
                row.pinned_at, row.pinned_by = now, person or self.ctx.who
            s.add(row)
            s.flush()
            details = {"role": role, "name": name, "owner": key.owner,
                       "fingerprint": key.fingerprint, "file": Path(key_file).name}
            if person:
                details["person"] = person
            if previous is not None:
                details["previous_fingerprint"] = previous
            audit_log.append(s, actor=self.ctx.actor,
                             action=AuditAction.KEY_REPLACED if previous is not None
                             else AuditAction.KEY_PINNED,
                             entity=ENTITY, entity_id=row.id, at=now,  # type: ignore[arg-type]
                             details=details)
            s.commit()
            return _view(row)

    def set_accept_unsigned(self, name: str, accept: bool, *,
                            by: Person | int | None = None) -> PinnedKey:
        """Whether the distributor's unsigned decision files and criteria packs are still
        accepted although its key is pinned (an administrator's explicit, audited choice)."""
        person = self._allowed(by)
        name = self._distributor_name(name)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.execute(select(DbPinnedKey).where(
                DbPinnedKey.role == ROLE_DISTRIBUTOR,
                DbPinnedKey.name_key == name_key(name))).scalar()
            if row is None:
                raise NotFound(t("No key of {name} is pinned: its unsigned decision files are "
                                 "accepted with a warning already. Pin its key first.",
                                 name=name))
            if bool(row.accept_unsigned) == accept:
                return _view(row)
            row.accept_unsigned = accept
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.KEY_UNSIGNED_ALLOWED,
                             entity=ENTITY, entity_id=row.id, at=now,  # type: ignore[arg-type]
                             details={"name": name, "fingerprint": row.fingerprint,
                                      "accept_unsigned": accept,
                                      **({"person": person} if person else {})})
            s.commit()
            return _view(row)


# -- a distributor's decision file, checked on the reseller's side --------------------------------
@dataclass(frozen=True, slots=True)
class DecisionSignature:
    """How a decision file's signature was judged: accepted (``message`` in words; a
    ``warning`` when it proves nothing) or refused (:class:`ValidationError`)."""

    message: str
    signed_by: str = ""
    fingerprint: str = ""
    warning: bool = False

    @property
    def signed(self) -> bool:
        return bool(self.fingerprint) and not self.warning


def check_decision_signature(s: Session, distributor: str, decision: bytes,
                             signature: bytes | None) -> DecisionSignature:
    """Judge ``decision``'s detached signature against the pinned key of ``distributor`` (the
    packet's); :class:`ValidationError` in words, with "Nothing was recorded", when refused."""
    key = pinned(s, ROLE_DISTRIBUTOR, distributor)
    nothing = t("Nothing was recorded.")
    if signature is None:
        if key is None:
            return DecisionSignature(t(
                "The decision file is not signed, and no key of {name} is pinned: who wrote "
                "it cannot be proven. Pin {name}'s key to check its decision files.",
                name=distributor or t("the distributor")), warning=True)
        if key.accept_unsigned:
            return DecisionSignature(t(
                "The decision file is not signed; it is accepted because unsigned files from "
                "{name} are allowed (an administrator's choice).", name=key.name), warning=True)
        raise ValidationError("signature", t(
            "The decision file is not signed, but {name}'s key is pinned (fingerprint "
            "{fingerprint}): an unsigned file could have been written by anyone. {nothing} "
            "Choose the decision file that came with its signature ({signature_file}) beside "
            "it.", name=key.name, fingerprint=key.fingerprint, nothing=nothing,
            signature_file=signing.signature_name("decision.json")))
    if key is None:
        try:
            claimed = signing.parse_signature(signature)
        except signing.SigningError as exc:
            raise ValidationError("signature", t("The decision file's signature cannot be "
                                                 "read: {reason} {nothing}",
                                                 reason=exc.message, nothing=nothing)) from None
        other = pinned_by_fingerprint(s, ROLE_DISTRIBUTOR, claimed.key_fingerprint)
        if other is not None:
            raise ValidationError("signature", t(
                "The decision file is signed with the key of {other} (fingerprint "
                "{fingerprint}), but the packet was sent to {name}. {nothing}",
                other=other.name, fingerprint=other.fingerprint,
                name=distributor or t("another distributor"), nothing=nothing))
        return DecisionSignature(t(
            "The decision file is signed by {signer} (fingerprint {fingerprint}), but no key of "
            "{name} is pinned, so the signature proves nothing yet. Pin {name}'s key after "
            "comparing its fingerprint.", signer=claimed.signer,
            fingerprint=claimed.key_fingerprint, name=distributor or t("the distributor")),
            claimed.signer, claimed.key_fingerprint, warning=True)
    verdict = signing.verify_detached(key.key_file, decision, signature,
                                      signing.PURPOSE_DECISION)
    if verdict.outcome == signing.Outcome.OTHER_KEY:
        other = pinned_by_fingerprint(s, ROLE_DISTRIBUTOR, verdict.fingerprint)
        if other is not None:
            raise ValidationError("signature", t(
                "The decision file is signed with the key of {other} (fingerprint "
                "{fingerprint}), not with the key of {name}, to whom the packet was sent. "
                "{nothing}", other=other.name, fingerprint=other.fingerprint, name=key.name,
                nothing=nothing))
    if not verdict.ok:
        raise ValidationError("signature", t("The decision file is refused: {reason} "
                                             "{nothing}", reason=verdict.message,
                                             nothing=nothing))
    return DecisionSignature(verdict.message, key.name, key.fingerprint)


# -- a criteria pack from a distributor, checked on the reseller's side ----------------------------
def check_pack_signature(s: Session, issuer: str, pack: bytes,
                         signature: bytes | None) -> DecisionSignature:
    """Judge a criteria pack file's detached signature (``PACK.sig.json``, purpose ``pack``).

    The pack claims to come from its issuer: when the issuer is a distributor whose key is
    pinned, the pack must be signed with that key (unsigned only by the administrator's
    per-distributor choice, the one for decision files). A pack whose issuer has no pinned key
    may still be signed by a pinned distributor (passing on an industry body's pack): then
    that distributor's key must hold. Refused: :class:`ValidationError` in words, with
    "Nothing was imported"."""
    key = pinned(s, ROLE_DISTRIBUTOR, issuer)
    nothing = t("Nothing was imported.")
    if signature is None:
        if key is None:
            return DecisionSignature(t(
                "The criteria pack is not signed, and no key of its issuer {name} is pinned: "
                "who wrote it cannot be proven. Import it only if you trust where it came "
                "from.", name=issuer or "?"), warning=True)
        if key.accept_unsigned:
            return DecisionSignature(t(
                "The criteria pack is not signed; it is accepted because unsigned files from "
                "{name} are allowed (an administrator's choice).", name=key.name), warning=True)
        raise ValidationError("signature", t(
            "The criteria pack is not signed, but {name}'s key is pinned (fingerprint "
            "{fingerprint}): an unsigned pack could have been written by anyone. {nothing} "
            "Choose the pack file that came with its signature (the .sig.json file) beside "
            "it.", name=key.name, fingerprint=key.fingerprint, nothing=nothing))
    if key is None:
        try:
            claimed = signing.parse_signature(signature)
        except signing.SigningError as exc:
            raise ValidationError("signature", t("The criteria pack's signature cannot be "
                                                 "read: {reason} {nothing}",
                                                 reason=exc.message, nothing=nothing)) from None
        key = pinned_by_fingerprint(s, ROLE_DISTRIBUTOR, claimed.key_fingerprint)
        if key is None:
            return DecisionSignature(t(
                "The criteria pack is signed by {signer} (fingerprint {fingerprint}), but no "
                "key of {signer} or of its issuer {name} is pinned, so the signature proves "
                "nothing yet. Pin the distributor's key after comparing its fingerprint.",
                signer=claimed.signer, fingerprint=claimed.key_fingerprint,
                name=issuer or "?"), claimed.signer, claimed.key_fingerprint, warning=True)
    verdict = signing.verify_detached(key.key_file, pack, signature, signing.PURPOSE_PACK)
    if verdict.outcome == signing.Outcome.OTHER_KEY:
        other = pinned_by_fingerprint(s, ROLE_DISTRIBUTOR, verdict.fingerprint)
        if other is not None:
            raise ValidationError("signature", t(
                "The criteria pack names {name} as its issuer but is signed with the key of "
                "{other} (fingerprint {fingerprint}). {nothing}", name=key.name,
                other=other.name, fingerprint=other.fingerprint, nothing=nothing))
    if not verdict.ok:
        raise ValidationError("signature", t("The criteria pack is refused: {reason} "
                                             "{nothing}", reason=verdict.message,
                                             nothing=nothing))
    return DecisionSignature(verdict.message, key.name, key.fingerprint)
