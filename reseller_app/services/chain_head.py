"""The audit chain's signed head: signed as the chain grows, checked by ``verify-audit``.

When heads are signed: when the desktop app closes and after a command-line command that wrote
events (if the chain grew since the last signed head), and in every export: each escalation
packet, misuse report and evidence bundle carries ``chain-head.json``, listed in its signed
manifest, and the same head is stored here. ``reseller-app audit-head --out FILE`` writes one
on request.

Every signed head is kept (``chain_head``, append-only). They are small (about 250 bytes) and
few (a handful a day), and an older head still proves the events it saw when newer heads and
events are gone: ``verify-audit`` checks the position of every head in one query (is its
event still there, with the hash signed?) and the signature of the newest one and of any that
no longer fits. Keeping only the newest per day would save little and lose that.

Without the company's private key on this computer (no keyring, or the key made elsewhere)
nothing is signed and nothing fails: ``verify-audit`` says the head is not signed.

What can honestly be said when heads are missing: the first head ever stored writes one audit
event (``audit.heads_started``) into the chain, so an empty ``chain_head`` table while that
event is there means the heads were deleted. A forger who deletes every head *and* rewrites the
chain from before that event (without its event) is not caught from the database alone; a
head kept elsewhere (a packet the distributor holds, an exported head) catches that:
``reseller-app verify-audit --against FILE``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from reseller_app.domain import chain_head as ch
from reseller_app.domain import signing
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion, KeyStorage
from reseller_app.services.company_key import (
    CompanyKey,
    CompanyKeyService,
    KeyLocked,
    KeyUnavailable,
)
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.store import audit_log, chain_heads

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HeadSigner:
    """The company's private key and name, read from the keyring once (before a write
    transaction: the keyring may ask the user)."""

    private: bytes
    owner: str

    def sign(self, seq: int, event_hash: str, signed_at: str) -> ch.SignedHead:
        return ch.sign_head(self.private, self.owner, seq, event_hash, signed_at)


@dataclass(frozen=True, slots=True)
class HeadCheck:
    """What ``verify-audit`` says about the signed heads: ``problem`` (reason, in English) when
    they show tampering, else ``note`` (and its English) about what was checked, with which
    key."""

    problem: tuple[str, str] | None
    note: str = ""
    note_en: str = ""


def head_signer(ctx: AppContext) -> HeadSigner | None:
    """What signs heads on this computer; None (logged) when the company has no key yet or its
    private half is not here. Never makes a key: closing the app is no time for that."""
    service = CompanyKeyService(ctx)
    try:
        key = service.current()
        if key is None or not key.private_here:
            log.info("chain head left unsigned: no company key on this computer")
            return None
        return HeadSigner(service.private_key(), service.owner())
    except (KeyUnavailable, KeyLocked, ValidationError) as exc:
        # KeyLocked: the key is in its encrypted file, not opened in this session (a command
        # that signs nothing asks no passphrase for it); the next export or close signs.
        log.info("chain head left unsigned: %s", exc)
        return None


def store_head(s: Session, signer: HeadSigner, occasion: HeadOccasion, ctx: AppContext
               ) -> ch.SignedHead | None:
    """Sign the chain's newest event and keep the head (inside the caller's write
    transaction); None when the log is empty. The first head of a database writes the
    ``audit.heads_started`` event first (and signs that)."""
    if chain_heads.count(s) == 0:
        if chain_heads.newest_event(s) is None:
            return None
        # Once per database: with its heads deleted, signing again must not hide that.
        if chain_heads.started(s, AuditAction.CHAIN_HEADS_STARTED) is None:
            _started(s, signer, ctx)
    newest = chain_heads.newest_event(s)
    assert newest is not None
    head = signer.sign(newest[0], newest[1], audit_log.iso(ctx.clock()))
    stored = chain_heads.newest(s)
    if stored is None or (stored.seq, stored.event_hash) != newest:  # else: kept already
        chain_heads.add(s, head, occasion.value)
    return head


def _started(s: Session, signer: HeadSigner, ctx: AppContext) -> None:
    entity, entity_id = chain_heads.STARTED_ENTITY
    audit_log.append(s, actor=ctx.actor, action=AuditAction.CHAIN_HEADS_STARTED, entity=entity,
                     entity_id=entity_id, at=ctx.clock(),
                     details={"key_fingerprint": signing.fingerprint(
                         signing.public_of(signer.private))})


def packet_files(s: Session, signer: HeadSigner | None, occasion: HeadOccasion,
                 ctx: AppContext) -> list[tuple[str, bytes]]:
    """``[("chain-head.json", ...)]`` for a packet built in this write transaction (the head
    names the newest event before the packet's own), or ``[]`` when nothing is signed here."""
    if signer is None:
        return []
    head = store_head(s, signer, occasion, ctx)
    return [] if head is None else [(ch.CHAIN_HEAD_NAME, ch.dump_head(head))]


def _key_words(key: CompanyKey) -> tuple[str, str]:
    """Which key the heads were checked with, in words (and in English)."""
    if key.private_here and key.storage == KeyStorage.FILE:
        return (t("checked with the company's key, fingerprint {fingerprint}, whose private "
                  "half is on this computer in a file encrypted with the administrator's "
                  "passphrase", fingerprint=key.fingerprint),
                f"checked with the company's key, fingerprint {key.fingerprint}, whose private "
                "half is on this computer in a file encrypted with the administrator's "
                "passphrase")
    if key.private_here:
        return (t("checked with the company's key, fingerprint {fingerprint}, whose private "
                  "half is in this computer's keyring", fingerprint=key.fingerprint),
                f"checked with the company's key, fingerprint {key.fingerprint}, whose private "
                "half is in this computer's keyring")
    return (t("checked with the key the database names, fingerprint {fingerprint}, whose "
              "private half is not on this computer: compare it with the fingerprint you gave "
              "your distributor", fingerprint=key.fingerprint),
            f"checked with the key the database names, fingerprint {key.fingerprint}, whose "
            "private half is not on this computer: compare it with the fingerprint you gave "
            "your distributor")


class ChainHeadService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- signing -------------------------------------------------------------------------------
    def newest_seq(self) -> int:
        """The chain's newest event (0: empty): a command compares it before and after."""
        with self.ctx.session() as s:
            newest = chain_heads.newest_event(s)
        return newest[0] if newest else 0

    def sign_if_grown(self, occasion: HeadOccasion) -> ch.SignedHead | None:
        """At closing or after a command: sign and keep the head when the chain grew since the
        newest signed head (nothing when it did not, or nothing can be signed here)."""
        signer = head_signer(self.ctx)
        if signer is None:
            return None
        with self.ctx.session() as s:
            newest, stored = chain_heads.newest_event(s), chain_heads.newest(s)
        if newest is None or (stored is not None and (stored.seq, stored.event_hash) == newest):
            return None
        with self.ctx.write_session() as s:
            head = store_head(s, signer, occasion, self.ctx)
            s.commit()
        return head

    def signed_file(self, occasion: HeadOccasion) -> bytes | None:
        """``chain-head.json`` of the chain as it is now, kept too; None when nothing can be
        signed here (an evidence bundle is then written without it)."""
        signer = head_signer(self.ctx)
        if signer is None:
            return None
        with self.ctx.write_session() as s:
            files = packet_files(s, signer, occasion, self.ctx)
            s.commit()
        return files[0][1] if files else None

    def export(self, target: Path) -> tuple[Path, ch.SignedHead]:
        """Write the chain's signed head to ``target`` (a file or a folder): a copy to keep
        elsewhere, to check the database against later (``verify-audit --against``)."""
        target = Path(target)
        if target.is_dir():
            target = target / ch.CHAIN_HEAD_NAME
        service = CompanyKeyService(self.ctx)
        signer = HeadSigner(service.private_key(), service.owner())  # KeyUnavailable in words
        with self.ctx.write_session() as s:
            head = store_head(s, signer, HeadOccasion.EXPORT, self.ctx)
            if head is None:
                raise ValidationError("out", t("The audit log is empty: there is no head to "
                                               "sign yet."))
            write_atomically(target, ch.dump_head(head), field="out")
            entity, entity_id = chain_heads.STARTED_ENTITY
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.CHAIN_HEAD_EXPORTED,
                             entity=entity, entity_id=entity_id, at=self.ctx.clock(),
                             details={"seq": head.seq, "event_hash": head.event_hash,
                                      "file": target.name})
            s.commit()
        return target, head

    # -- checking ------------------------------------------------------------------------------
    def check(self, s: Session) -> HeadCheck:
        """The stored heads against the chain (called by ``AuditService.verify`` once the chain
        itself holds): the newest and the oldest head's signature and position, every other
        head's position (and its signature where it no longer fits), and the first head naming
        the event that says heads began."""
        if not chain_heads.table_exists(s):
            return HeadCheck((t("the table of the signed heads was removed from the database"),
                              "the table of the signed heads was removed from the database"))
        newest = chain_heads.newest(s)
        started = chain_heads.started(s, AuditAction.CHAIN_HEADS_STARTED)
        if newest is None:
            if started is not None:
                seq, when = started[0], ch.shown_time(started[1])
                return HeadCheck((
                    t("the signed heads were deleted: event {seq} says the chain's head has "
                      "been signed since {when}, but no signed head is stored", seq=seq,
                      when=when),
                    f"the signed heads were deleted: event {seq} says the chain's head has "
                    f"been signed since {when}, but no signed head is stored"))
            return HeadCheck(None, t(
                "The chain's head is not signed yet (the company's signing key is not on this "
                "computer, or nothing was signed since), so deleting the newest events would "
                "not show here."), "The chain's head is not signed yet (the company's signing "
                "key is not on this computer, or nothing was signed since), so deleting the "
                "newest events would not show here.")
        key = CompanyKeyService(self.ctx).current()
        if key is None:
            return HeadCheck((
                t("the company's key is gone from the database, so the signed heads cannot be "
                  "checked (the newest names event {seq})", seq=newest.seq),
                "the company's key is gone from the database, so the signed heads cannot be "
                f"checked (the newest names event {newest.seq})"))
        last = chain_heads.newest_event(s)
        last_seq = last[0] if last else 0
        oldest = chain_heads.oldest(s)
        assert oldest is not None
        for head in (newest, oldest, *chain_heads.not_in_chain(s)):
            verdict = ch.judge(head, key.public_key, last_seq=last_seq,
                               hash_at_seq=chain_heads.hash_at(s, head.seq))
            if not verdict.ok:
                return HeadCheck((verdict.message, verdict.message_en))
        problem = _began(started, oldest)
        if problem is not None:
            return HeadCheck(problem)
        words, words_en = _key_words(key)
        return HeadCheck(None, t("The signed head of {when} (event {seq}) holds; {key}.",
                                 when=newest.when, seq=newest.seq, key=words),
                         f"The signed head of {newest.when} (event {newest.seq}) holds; "
                         f"{words_en}.")

    def against(self, path: Path) -> ch.HeadVerdict:
        """A head kept elsewhere (``chain-head.json``, or a packet, misuse report or evidence
        bundle holding one, as zip, folder or .eml) against this database's chain. A file that
        is not one, or not signed with the company's key: :class:`ValidationError` in words."""
        path = Path(path)
        head = _read_head(path)
        key = CompanyKeyService(self.ctx).current()
        if key is None:
            raise ValidationError("file", t("This database has no company signing key, so "
                                            "{file} cannot be checked against it.",
                                            file=path.name))
        with self.ctx.session() as s:
            last = chain_heads.newest_event(s)
            verdict = ch.judge(head, key.public_key, last_seq=last[0] if last else 0,
                               hash_at_seq=chain_heads.hash_at(s, head.seq))
        if verdict.outcome in (ch.HeadOutcome.BAD_SIGNATURE, ch.HeadOutcome.OTHER_KEY):
            raise ValidationError("file", t("{file}: refused: {reason}", file=path.name,
                                            reason=verdict.message))
        return verdict


def _began(started: tuple[int, str] | None, oldest: ch.SignedHead) -> tuple[str, str] | None:
    """The first head names the event that says heads began (both are written together): if
    not, heads were deleted and the chain signed again since, or that event was removed."""
    if started is None:
        return (t("the event saying the chain's head is signed is missing, though signed heads "
                  "are stored (the oldest names event {seq}): events were deleted",
                  seq=oldest.seq),
                "the event saying the chain's head is signed is missing, though signed heads "
                f"are stored (the oldest names event {oldest.seq}): events were deleted")
    if oldest.seq != started[0]:
        seq, when = started[0], ch.shown_time(started[1])
        return (t("the signed heads were deleted: event {seq} says the chain's head has been "
                  "signed since {when}, but the oldest signed head stored names event {oldest}",
                  seq=seq, when=when, oldest=oldest.seq),
                f"the signed heads were deleted: event {seq} says the chain's head has been "
                f"signed since {when}, but the oldest signed head stored names event "
                f"{oldest.seq}")
    return None


def _read_head(path: Path) -> ch.SignedHead:
    """The signed head in ``path``: the file itself, or the one a packet or bundle holds (the
    newest, when a bundle holds several)."""
    # late: the desk's reader of zips, folders and .eml files; the desk imports services too
    from reseller_app.services.desk import read_received

    if path.is_file() and path.suffix.lower() == ".json":
        raw = [read_input(path, InputKind.MAPPING)]
    else:
        files = read_received(path)
        raw = [b for n, b in files.items()
               if n == ch.CHAIN_HEAD_NAME or n.endswith("/" + ch.CHAIN_HEAD_NAME)]
        if not raw:
            raise ValidationError("file", t("{file} holds no chain-head.json: it was built "
                                            "before heads were signed, or where the company's "
                                            "key is not.", file=path.name))
    heads = []
    for data in raw:
        try:
            heads.append(ch.parse_head(data))
        except signing.SigningError as exc:
            raise ValidationError("file", t("{file}: {reason}", file=path.name,
                                            reason=exc.message)) from None
    return max(heads, key=lambda h: h.seq)
