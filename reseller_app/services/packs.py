"""Criteria packs: the default one on first run, replacements from distributors, the active one.

Every imported pack is kept (an old screening names the pack it used by id, version and SHA-256,
and stays explainable); exactly one is active. Loaded packs are cached on the context by
SHA-256, so screening as the user types does not re-read and re-validate the pack, and compiled
ones (:class:`Screener`) for the whole process.

An id and version name one content: a pack with the id and version of an installed one but
other content is refused (two different "2026.11.0" would make old screenings ambiguous). A
pack older than the one in use (same id, lower version) is kept but not put into use by an
import: a downgrade could quietly bring back laxer rules, so it takes a deliberate second step
(reviewing it among the kept packs and putting it back into use).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reseller_app.domain import signing
from reseller_app.domain.countries import country_name
from reseller_app.domain.decisions import tier_word
from reseller_app.domain.pack_texts import localize, localize_result, parse_texts
from reseller_app.domain.packs import (
    CriteriaPack,
    LoadedPack,
    PackChange,
    PackError,
    canonical_json,
    diff_packs,
    load_pack,
)
from reseller_app.domain.people import Action
from reseller_app.domain.screening import Screener, ScreeningResult
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.distributor_keys import (
    ROLE_DISTRIBUTOR,
    DecisionSignature,
    check_pack_signature,
    pinned,
)
from reseller_app.services.dto import PackInfo
from reseller_app.services.errors import NotFound, ServiceError
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.people import check_role
from reseller_app.store import audit_log
from reseller_app.store.tables import DbAuditEvent, DbPack, utc

log = logging.getLogger(__name__)

# Compiled packs by SHA-256, shared by every context of the process: a pack's content is fixed
# by its hash, and compiling it (its phrase patterns above all) costs more than screening
# thousands of orders. The few packs a process meets are kept (the oldest goes first).
_COMPILED: dict[str, Screener] = {}
_COMPILED_KEPT = 4


def default_pack_bytes() -> bytes:
    return (importlib.resources.files("reseller_app.resources") / "packs" /
            "default-pack.json").read_bytes()


def default_pack_sha256() -> str:
    """The SHA-256 the bundled default pack is stored under (its canonical JSON's)."""
    return hashlib.sha256(canonical_json(json.loads(default_pack_bytes()))).hexdigest()


def read_pack_file(path: Path | str) -> tuple[bytes, bytes | None]:
    """A pack file as chosen, with its detached signature (``<name>.sig.json``) when one lies
    beside it: a distributor sends the two files together. Choosing the signature by mistake
    reads the pack beside it. Refused in words when a file is unreadable or far too large."""
    chosen = Path(path)
    if chosen.name.lower().endswith(".sig.json"):
        pack_file = chosen.with_name(chosen.name[:-len(".sig.json")] + ".json")
        chosen = pack_file if pack_file.is_file() else chosen
    raw = read_input(chosen, InputKind.PACK)
    beside = chosen.with_name(signing.signature_name(chosen.name))
    signature = read_input(beside, InputKind.MAPPING) if beside.is_file() else None
    return raw, signature


def pack_texts_bytes(pack_id: str, language: str) -> bytes | None:
    """The shipped translations of a pack's texts, if any."""
    path = (importlib.resources.files("reseller_app.resources") / "packs" / "i18n" /
            f"{pack_id}.{language}.json")
    return path.read_bytes() if path.is_file() else None


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """``version`` comparable: numbers as numbers ("2026.11.0" < "2026.12.0" < "2026.12.10")."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.findall(r"\d+|[^\d.\-+_ ]+", version))


# What importing a pack would do (``PackPreview.standing``).
FIRST = "first"  # no pack is installed yet: it becomes the pack in use
NEW = "new"  # not installed: imported and put into use
IN_USE = "in_use"  # this very pack is the one in use: nothing to import
INSTALLED = "installed"  # this very pack is kept, not in use: importing puts it back into use
OLDER = "older"  # an older version of the pack in use: kept, not put into use
CONFLICT = "conflict"  # another pack with the same id and version is installed: refused


@dataclass(frozen=True)
class PackPreview:
    """What importing a pack would do and change, for the import dialog and the command line.

    ``notes`` are plain sentences about the import itself (already installed, older than the
    pack in use, refused); ``change_texts`` one sentence per entry of ``changes`` (what differs
    from the pack in use). ``lines()`` gives them all, in the user's language. Unpacking it as
    ``loaded, changes = preview`` still works.
    """

    loaded: LoadedPack
    changes: list[PackChange]
    standing: str  # FIRST, NEW, IN_USE, INSTALLED, OLDER or CONFLICT
    notes: tuple[str, ...]
    change_texts: tuple[str, ...]
    # Who signed the pack file, in words (None: not judged, e.g. the app's own pack); a
    # refused signature is a ValidationError from ``preview_import``, never a preview.
    signature: DecisionSignature | None = None

    @property
    def can_import(self) -> bool:
        """Importing would store or reactivate something (not refused, not already in use)."""
        return self.standing not in (IN_USE, CONFLICT)

    @property
    def activates(self) -> bool:
        """Importing with ``activate=True`` makes it the pack in use."""
        return self.standing in (FIRST, NEW, INSTALLED)

    @property
    def refusal(self) -> str:
        """Why the import is refused ("" when it is not)."""
        return self.notes[0] if self.standing == CONFLICT else ""

    def summary(self) -> str:
        if self.standing == CONFLICT:
            return self.refusal
        if self.standing == FIRST:
            return t("No pack is installed yet: this one will be used.")
        if not self.changes:
            return t("It changes nothing compared with the pack in use.")
        if len(self.changes) == 1:
            return t("1 change compared with the pack in use:")
        return t("{count} changes compared with the pack in use:", count=len(self.changes))

    def lines(self) -> list[str]:
        """Every sentence, one a line: the notes, the summary, then each change."""
        lines = list(self.notes)
        if self.standing != CONFLICT:
            lines.append(self.summary())
            lines += self.change_texts
        return lines

    def __iter__(self) -> Iterator[Any]:
        yield self.loaded
        yield self.changes


def _level_word(level: str | None) -> str:
    return t("standard") if level == "standard" else tier_word(level or "")


def _section_word(section: str) -> str:
    words = {
        "vocabulary.product_categories": t("Product categories"),
        "vocabulary.customer_types": t("Customer types"),
        "vocabulary.government_functions": t("Government functions"),
        "vocabulary.sectors": t("Sectors"),
        "vocabulary.use_cases": t("Use cases"),
        "red_flags": t("Warning phrases"),
        "checklist": t("Checklist questions"),
        "mitigations": t("Safeguards"),
        "rules": t("Rules"),
        "geography": t("Country tiers"),
        "missing_information": t("Missing information"),
        "holds": t("When orders are held"),
        "negation": t("Negation words"),
    }
    return words.get(section, section)


def change_words(change: PackChange, new: CriteriaPack, language: str = "en") -> str:
    """One change in words, without the part of the pack it is in: "France: no longer listed,
    gets the fallback tier (elevated).", "covert_surveillance changed (elevated, now high)."."""
    if change.section == "geography":
        before, _, after = change.detail.partition(" -> ")
        country = country_name(change.item, language)
        if change.change == "removed":
            return t("{country}: no longer listed, gets the fallback tier ({level}).",
                     country=country, level=_level_word(new.geography.fallback_level))
        if change.change == "added":
            return t("{country}: now listed as {level}.", country=country,
                     level=_level_word(after))
        return t("{country}: {before}, now {after}.", country=country,
                 before=_level_word(before), after=_level_word(after))
    if change.change == "added":
        return t("{item} added.", item=change.item)
    if change.change == "removed":
        return t("{item} removed.", item=change.item)
    if change.detail:
        before, _, after = change.detail.partition(" -> ")
        return t("{item} changed ({before}, now {after}).", item=change.item,
                 before=_level_word(before), after=_level_word(after))
    return t("{item} changed.", item=change.item)


def change_text(change: PackChange, new: CriteriaPack, language: str = "en") -> str:
    """One change in a sentence, with the part of the pack it is in (a country says it)."""
    if change.section == "geography":
        return change_words(change, new, language)
    return t("{section}: {change}", section=_section_word(change.section),
             change=change_words(change, new, language))


class PackTampered(ServiceError):
    """A stored pack whose content no longer has the SHA-256 it was imported with: someone
    edited the database. Screening stops rather than apply rules nobody imported."""

    def __init__(self, pack_id: str, version: str, sha256: str) -> None:
        super().__init__(tampered_text(pack_id, version))
        self.pack_id = pack_id
        self.version = version
        self.sha256 = sha256


def tampered_text(pack_id: str, version: str) -> str:
    return t("The criteria pack in use ({pack} {version}) was changed in the database after it "
             "was imported: its fingerprint no longer matches. Screening is stopped so that no "
             "order is screened with altered rules. Import the pack again from its file, or "
             "restore a backup.", pack=pack_id, version=version)


def content_matches(content: str, sha256: str) -> bool:
    """Whether a stored pack's content is still what was imported: the import stores the
    canonical JSON it hashed (as UTF-8 text), so the same bytes must give the same hash."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest() == sha256


def _info(row: DbPack, signer: tuple[str, str] = ("", "")) -> PackInfo:
    return PackInfo(row.pack_id, row.version, row.sha256, row.issuer, row.title, row.issued,
                    utc(row.imported_at), bool(row.active), *signer)


def _signers(s: Session, sha256: str | None = None) -> dict[str, tuple[str, str]]:
    """Who signed each stored pack (by SHA-256): the distributor and fingerprint its import
    event records. Kept in the hash-chained audit log rather than a column of its own, so an
    edit of the database cannot give a pack a signer it never had without ``verify-audit``
    seeing it."""
    q = select(DbAuditEvent.entity_id, DbAuditEvent.details).where(
        DbAuditEvent.entity == "pack",
        DbAuditEvent.action.in_((AuditAction.PACK_IMPORTED, AuditAction.PACK_ACTIVATED)))
    if sha256 is not None:
        q = q.where(DbAuditEvent.entity_id == sha256)
    found: dict[str, tuple[str, str]] = {}
    for entity_id, raw in s.execute(q.order_by(DbAuditEvent.seq)):
        try:
            details = json.loads(raw)
        except ValueError:
            continue
        if isinstance(details, dict) and details.get("signed_by"):
            found[entity_id] = (str(details["signed_by"]),
                                str(details.get("signer_fingerprint", "")))
    return found


class PackService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------------------------
    def _loaded(self, sha256: str, content: str | None = None) -> LoadedPack:
        key = f"pack:{sha256}"
        loaded = self.ctx.cache.get(key)
        if loaded is None:
            if content is None:
                content = self._stored_content(sha256)
            try:
                loaded = load_pack(content)
            except PackError as exc:  # only if someone edited the stored pack by hand
                raise ServiceError(t("The stored criteria pack cannot be read: {error}",
                                     error=exc)) from exc
            self.ctx.cache[key] = loaded
        return loaded

    def _stored_content(self, sha256: str) -> str:
        """The stored content of a pack, checked against its SHA-256 (PackTampered if it was
        edited after the import; every read of a stored pack goes through here)."""
        with self.ctx.session() as s:
            row = s.execute(select(DbPack.content, DbPack.pack_id, DbPack.version)
                            .where(DbPack.sha256 == sha256)).first()
        if row is None:
            raise NotFound(t("No criteria pack with SHA-256 {sha256}.", sha256=sha256))
        if not content_matches(row.content, sha256):
            raise PackTampered(row.pack_id, row.version, sha256)
        return str(row.content)

    def active_sha256(self) -> str:
        with self.ctx.session() as s:
            sha = s.execute(select(DbPack.sha256).where(DbPack.active)
                            .order_by(DbPack.id.desc()).limit(1)).scalar()
        if sha is None:
            raise ServiceError(t("No criteria pack is active: import one "
                                 "(File > Criteria pack)."))
        return sha

    def active(self) -> LoadedPack:
        return self._loaded(self.active_sha256())

    def by_sha256(self, sha256: str) -> LoadedPack:
        """A pack that screened an order (kept after a newer one was activated)."""
        return self._loaded(sha256)

    # -- in the user's language ------------------------------------------------------------------
    def localized(self, sha256: str | None = None, language: str | None = None
                  ) -> CriteriaPack:
        """The pack (the active one by default) with its texts in ``language`` (by default
        ``ctx.language``).

        Translations ship beside the pack (``resources/packs/i18n/<pack id>.<lang>.json``);
        a text without an up-to-date translation stays as the pack has it.
        """
        sha256 = sha256 or self.active_sha256()
        language = language or self.ctx.language
        key = f"pack-texts:{sha256}:{language}"
        pack = self.ctx.cache.get(key)
        if pack is None:
            pack = self._loaded(sha256).pack
            raw = pack_texts_bytes(pack.id, language)
            if raw is not None:
                # A broken translation file: the pack's own words.
                with contextlib.suppress(ValueError):
                    pack = localize(pack, parse_texts(raw))
            self.ctx.cache[key] = pack
        return pack

    def explain(self, result: ScreeningResult) -> ScreeningResult:
        """A screening result with the pack's texts in the user's language."""
        if self.ctx.language == "en":
            return result
        try:
            original = self._loaded(result.pack.sha256).pack
        except NotFound:
            return result
        return localize_result(result, original, self.localized(result.pack.sha256))

    def screener(self) -> Screener:
        sha = self.active_sha256()
        key = f"screener:{sha}"
        screener = self.ctx.cache.get(key)
        if screener is None:
            compiled = _COMPILED.get(sha)
            if compiled is not None and f"pack:{sha}" not in self.ctx.cache:
                # Compiled from the genuine content earlier in this process; the stored one
                # is checked all the same, so an edited database stops screening here too.
                self._stored_content(sha)
            if compiled is None:
                compiled = Screener(self._loaded(sha))
                if len(_COMPILED) >= _COMPILED_KEPT:  # the oldest goes
                    _COMPILED.pop(next(iter(_COMPILED), ""), None)
                _COMPILED[sha] = compiled
            # This context's own cache of screened texts; the compiled pack is shared.
            screener = self.ctx.cache[key] = compiled.clone()
        return screener

    def list_packs(self) -> list[PackInfo]:
        with self.ctx.session() as s:
            rows = s.execute(select(DbPack).order_by(DbPack.imported_at, DbPack.id)).scalars()
            signers = _signers(s)
            return [_info(r, signers.get(r.sha256, ("", ""))) for r in rows]

    def signer(self, sha256: str | None = None) -> tuple[str, str]:
        """Who signed the pack (the active one by default): the distributor and its key's
        fingerprint, ("", "") when it was not signed (or is the app's own)."""
        sha256 = sha256 or self.active_sha256()
        with self.ctx.session() as s:
            return _signers(s, sha256).get(sha256, ("", ""))

    def attribution(self) -> str:
        """The credit lines the pack's data sources ask for (CC BY: producer, title, licence)."""
        pack = self.active().pack
        lines = [pack.geography.attribution] if pack.geography.attribution else []
        for src in pack.sources:
            text = src.citation or ", ".join(
                p for p in (src.producer, src.title, src.version, src.licence) if p)
            if text and text not in lines:
                lines.append(text)
        return "\n".join(lines)

    # -- importing ---------------------------------------------------------------------------
    def _standing(self, s: Session, loaded: LoadedPack) -> tuple[str, DbPack | None]:
        """What importing ``loaded`` would do (FIRST, NEW, ...), and the pack in use."""
        ref = loaded.ref
        active = s.execute(select(DbPack).where(DbPack.active)
                           .order_by(DbPack.id.desc()).limit(1)).scalar()
        same = s.execute(select(DbPack).where(DbPack.sha256 == ref.sha256)).scalar()
        if same is not None:
            return (IN_USE if same.active else INSTALLED), active
        clash = s.execute(select(DbPack.id).where(DbPack.pack_id == ref.id,
                                                  DbPack.version == ref.version)).first()
        if clash is not None:
            return CONFLICT, active
        if active is None:
            return FIRST, None
        if active.pack_id == ref.id and version_key(ref.version) < version_key(active.version):
            return OLDER, active
        return NEW, active

    def _notes(self, standing: str, loaded: LoadedPack, active: DbPack | None) -> list[str]:
        ref = loaded.ref
        if standing == CONFLICT:
            return [t("A different pack with the same id and version ({pack} {version}) is "
                      "already installed. Ask its issuer for a new version number. Nothing was "
                      "imported.", pack=ref.id, version=ref.version)]
        if standing == IN_USE:
            return [t("This pack ({pack} {version}) is already installed and in use: there is "
                      "nothing to import.", pack=ref.id, version=ref.version)]
        if standing == INSTALLED:
            return [t("This pack ({pack} {version}) is already installed. Importing it again "
                      "puts it back into use.", pack=ref.id, version=ref.version)]
        if standing == OLDER and active is not None:
            return [t("This is an older version ({version}) than the pack in use "
                      "({active}). It will be kept but not put into use. To use it anyway, "
                      "choose it among the packs kept in this database and review it.",
                      version=ref.version, active=active.version)]
        return []

    # -- signatures ----------------------------------------------------------------------------
    def _judge(self, s: Session, loaded: LoadedPack, raw: bytes, signature: bytes | None,
               standing: str) -> tuple[DecisionSignature | None, dict[str, Any]]:
        """The pack file's signature judged (``services/distributor_keys.py``), and what the
        import's audit event records of it; ValidationError in words when it is refused.

        The app's own default pack needs no signature. A pack stored already (put back into
        use, perhaps from the stored copy, which has no signature) keeps what was proven at
        its import, unless a signature comes with it, which must then hold."""
        if loaded.ref.sha256 == default_pack_sha256():
            return None, {"own_pack": True}
        if signature is None and standing in (IN_USE, INSTALLED):
            signed_by, fingerprint = _signers(s, loaded.ref.sha256).get(loaded.ref.sha256,
                                                                        ("", ""))
            if not signed_by:
                return None, {}
            return DecisionSignature(t("Signed by {owner} (fingerprint {fingerprint}).",
                                       owner=signed_by, fingerprint=fingerprint),
                                     signed_by, fingerprint), \
                {"signed_by": signed_by, "signer_fingerprint": fingerprint}
        judged = check_pack_signature(s, loaded.pack.issuer, raw, signature)
        if judged.signed:
            return judged, {"signed_by": judged.signed_by,
                            "signer_fingerprint": judged.fingerprint}
        details: dict[str, Any] = {"signature_checked": False}
        if judged.fingerprint:  # signed, but by a key nobody pinned: what it claims
            details.update(claimed_signer=judged.signed_by,
                           claimed_fingerprint=judged.fingerprint)
        elif signature is None and judged.warning:
            key = pinned(s, ROLE_DISTRIBUTOR, loaded.pack.issuer)
            if key is not None:  # the administrator's audited per-distributor choice
                details["unsigned_accepted_for"] = key.name
        return judged, details

    def preview_import(self, raw: bytes, signature: bytes | None = None) -> PackPreview:
        """Validate a pack and say what importing it would do and change against the active
        one; writes nothing. Raises PackError (where and why) for a pack that is not valid,
        ValidationError for a signature that is refused (``signature``: the detached
        ``.sig.json`` that came with the pack file, if any)."""
        new = load_pack(raw)  # raises PackError with the place and reason
        with self.ctx.session() as s:
            standing, active = self._standing(s, new)
            notes = self._notes(standing, new, active)
            judged = None
            if standing != CONFLICT:
                judged, _ = self._judge(s, new, raw, signature, standing)
        changes: list[PackChange] = []
        if active is not None and standing != CONFLICT:
            changes = diff_packs(self._loaded(active.sha256).pack, new.pack)
        texts = tuple(change_text(c, new.pack, self.ctx.language) for c in changes)
        return PackPreview(new, changes, standing, tuple(notes), texts, judged)

    def import_pack(self, raw: bytes, *, activate: bool = True,
                    signature: bytes | None = None) -> PackInfo:
        """Store a pack (kept even when replaced later) and, with ``activate``, make it the
        active one.

        ``signature``: the pack file's detached signature (``PACK.sig.json``), checked against
        the pinned key of the distributor that issued it (see :meth:`_judge`); a refused one
        (unsigned from a pinned distributor, wrong, another distributor's, altered) raises
        ValidationError and nothing is stored. Who signed it goes into the audit event.

        Refused (PackError) when another pack with the same id and version is installed. A
        pack already installed is not stored again (``activate`` puts it back into use). A new
        pack older than the one in use (same id) is stored but not activated: see the module's
        docstring, and ``preview_import`` for the words telling the user so.
        """
        check_role(self.ctx, Action.MANAGE_PACKS)
        loaded = load_pack(raw)
        pack = loaded.pack
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            standing, active = self._standing(s, loaded)
            if standing == CONFLICT:
                raise PackError(self._notes(standing, loaded, active)[0])
            judged, signed = self._judge(s, loaded, raw, signature, standing)
            if standing == OLDER:
                activate = False
            row = s.execute(select(DbPack).where(DbPack.sha256 == loaded.ref.sha256)).scalar()
            known = row is not None
            if row is None:
                row = DbPack(pack_id=pack.id, version=pack.version, sha256=loaded.ref.sha256,
                             issuer=pack.issuer, title=pack.title, issued=pack.issued.isoformat(),
                             content=loaded.canonical.decode("utf-8"), imported_at=now,
                             active=False)
                s.add(row)
            previous: list[int] = []  # packs turned off here, with plain SQL: stamped below
            if activate:
                previous = list(s.execute(select(DbPack.id).where(DbPack.active)).scalars())
                s.execute(update(DbPack).where(DbPack.active).values(active=False))
                row.active = True
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor,
                action=AuditAction.PACK_ACTIVATED if known else AuditAction.PACK_IMPORTED,
                entity="pack", entity_id=loaded.ref.sha256,
                details={**loaded.ref.as_dict(), "issuer": pack.issuer, "title": pack.title,
                         "active": bool(row.active), **signed},
                at=now, records=[("pack", i) for i in previous],
            )
            s.commit()
            info = _info(row, (judged.signed_by, judged.fingerprint)
                         if judged is not None and judged.signed else ("", ""))
        self.ctx.cache[f"pack:{loaded.ref.sha256}"] = loaded
        return info

    def ensure_default(self) -> None:
        """Import and activate the bundled pack when the database has none (first run).

        After an update of the app, its newer default pack replaces an older version of it in
        use (imported and audited like any pack; old screenings keep theirs): the fixes of a
        new default pack reach every database, not only new ones. A pack of another id in use,
        or a bundled version installed already (perhaps put out of use on purpose), is left
        alone."""
        raw = default_pack_bytes()
        with self.ctx.session() as s:
            installed = s.execute(select(DbPack.pack_id, DbPack.version, DbPack.active)).all()
        if not installed:
            self.import_pack(raw, activate=True)
            return
        try:  # its id and version only: import_pack checks the whole pack
            bundled = json.loads(raw)
        except ValueError:
            return
        pack_id, version = bundled.get("id"), str(bundled.get("version"))
        active = next((row for row in installed if row.active), None)
        if active is None or active.pack_id != pack_id or \
                version_key(version) <= version_key(active.version) or \
                any(row.pack_id == pack_id and row.version == version for row in installed):
            return
        try:
            self.import_pack(raw, activate=True)
        except ServiceError as exc:  # a read-only database: it keeps the pack it has
            log.warning("the newer default criteria pack was not installed: %s", exc)
