"""The audit chain's signed head: which event was the newest, and its hash, signed with the
company's key (pure: bytes and values in, a signed head or a verdict out).

The hash chain (``domain/audit.py``) shows an event changed in the middle, but not the newest
events deleted, nor a chain rewritten from some event on by a forger who recomputes every
later hash. A signed head does: the company's key signed "event 415 had hash ab12..." at some
moment, and no forger without the private key can sign another. If the chain no longer reaches
event 415, events were deleted; if event 415 has another hash, the chain was rewritten.

A head is kept in the database (``chain_head``) and travels in every packet, misuse report and
evidence bundle as ``chain-head.json`` (listed in their signed manifest), so a copy the
distributor holds outlives anything done to the database.

The signature is made over a canonical JSON statement naming its own format and purpose, so
it can never be passed off as a packet manifest's signature or the other way round.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reseller_app.domain import signing
from reseller_app.domain.packets import CHAIN_HEAD_NAME
from reseller_app.domain.texts import t

__all__ = ["CHAIN_HEAD_NAME", "HEAD_FORMAT", "HeadOutcome", "HeadVerdict", "SignedHead",
           "dump_head", "judge", "parse_head", "shown_time", "sign_head"]

HEAD_FORMAT = "channel-diligence-chain-head"
PURPOSE = "chain-head"
MAX_HEAD_FILE_BYTES = 4096
_FIELDS = ("format", "version", "purpose", "seq", "event_hash", "signed_at", "signer",
           "key_fingerprint", "algorithm", "signature")


@dataclass(frozen=True, slots=True)
class SignedHead:
    seq: int  # the newest event when signed
    event_hash: str  # its hash (64 hex digits)
    signed_at: str  # ISO 8601 UTC, exactly as signed
    signer: str  # the company's name
    key_fingerprint: str
    signature: bytes  # raw Ed25519, 64 bytes when well formed

    def statement(self) -> bytes:
        return _statement(self.seq, self.event_hash, self.signed_at, self.signer,
                          self.key_fingerprint)

    @property
    def when(self) -> str:
        return shown_time(self.signed_at)


def _statement(seq: int, event_hash: str, signed_at: str, signer: str,
               key_fingerprint: str) -> bytes:
    """The bytes signed: every field of the head but the signature, in one canonical form."""
    return json.dumps({"format": HEAD_FORMAT, "version": signing.VERSION, "purpose": PURPOSE,
                       "seq": seq, "event_hash": event_hash, "signed_at": signed_at,
                       "signer": signer, "key_fingerprint": key_fingerprint,
                       "algorithm": signing.ALGORITHM},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def shown_time(iso: str) -> str:
    """``2026-12-01T10:02:33.123+00:00`` -> ``2026-12-01 10:02 UTC`` (as people read it)."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


def sign_head(private: bytes, signer: str, seq: int, event_hash: str,
              signed_at: str) -> SignedHead:
    fingerprint = signing.fingerprint(signing.public_of(private))
    signature = signing.sign(private, _statement(seq, event_hash, signed_at, signer,
                                                 fingerprint))
    return SignedHead(seq, event_hash, signed_at, signer, fingerprint, signature)


def dump_head(head: SignedHead) -> bytes:
    """The ``chain-head.json`` file."""
    data = {"format": HEAD_FORMAT, "version": signing.VERSION, "purpose": PURPOSE,
            "seq": head.seq, "event_hash": head.event_hash, "signed_at": head.signed_at,
            "signer": head.signer, "key_fingerprint": head.key_fingerprint,
            "algorithm": signing.ALGORITHM,
            "signature": base64.b64encode(head.signature).decode("ascii")}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_head(raw: bytes) -> SignedHead:
    """A ``chain-head.json`` as read; :class:`signing.SigningError` in words when it is not
    one (a signature of the wrong length included: a truncated file is refused here)."""
    data = signing._read(raw, MAX_HEAD_FILE_BYTES, t("a signed chain head"))
    signing._expect_fields(data, _FIELDS)
    if data["format"] != HEAD_FORMAT or data["purpose"] != PURPOSE:
        raise signing.SigningError(t(
            "This is not a Channel Diligence chain head (its format is {found}, not "
            "{expected}).", found=signing._shown(data["format"]), expected=HEAD_FORMAT))
    signing._expect_version(data["version"])
    signing._expect_algorithm(data["algorithm"])
    seq = data["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise signing.SigningError(t("The chain head's seq is not an event number."))
    digest = data["event_hash"]
    if not _is_sha256(digest):
        raise signing.SigningError(t("The chain head's event_hash is not a SHA-256 (64 "
                                     "lower-case hex digits)."))
    signed_at = data["signed_at"]
    if not isinstance(signed_at, str) or not 16 <= len(signed_at) <= 40:
        raise signing.SigningError(t("The chain head's signed_at is not a time."))
    fingerprint = data["key_fingerprint"]
    if not isinstance(fingerprint, str) or len(fingerprint) > 100:
        raise signing.SigningError(t("The chain head's key_fingerprint is not a fingerprint."))
    return SignedHead(seq, digest, signed_at, signing._name(data["signer"], "signer"),
                      fingerprint, signing._base64(data["signature"], "signature",
                                                   signing.RAW_SIGNATURE_BYTES))


def _is_sha256(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and \
        all(c in "0123456789abcdef" for c in value)


class HeadOutcome(StrEnum):
    HOLDS = "holds"
    BAD_SIGNATURE = "bad signature"
    OTHER_KEY = "signed by another key"
    TRUNCATED = "events deleted"
    REWRITTEN = "chain rewritten"


@dataclass(frozen=True, slots=True)
class HeadVerdict:
    outcome: HeadOutcome
    message: str  # in the user's language
    message_en: str  # in English, for records

    @property
    def ok(self) -> bool:
        return self.outcome == HeadOutcome.HOLDS


def judge(head: SignedHead, public: bytes, *, last_seq: int,
          hash_at_seq: str | None) -> HeadVerdict:
    """Whether ``head`` was signed with ``public`` (the company's key) and the chain, whose
    newest event is ``last_seq`` and whose event ``head.seq`` has ``hash_at_seq`` (None: there
    is no such event), still holds what was signed."""
    ours = signing.fingerprint(public)
    seq, when = head.seq, head.when
    if head.key_fingerprint != ours:
        return HeadVerdict(HeadOutcome.OTHER_KEY, t(
            "the signed head of {when} (event {seq}) names another key (fingerprint {theirs}), "
            "not the company's (fingerprint {ours})", when=when, seq=seq,
            theirs=head.key_fingerprint, ours=ours),
            f"the signed head of {when} (event {seq}) names another key (fingerprint "
            f"{head.key_fingerprint}), not the company's (fingerprint {ours})")
    if not signing.verify(public, head.statement(), head.signature):
        return HeadVerdict(HeadOutcome.BAD_SIGNATURE, t(
            "the signed head of {when} (event {seq}) does not hold: its signature is not the "
            "company key's signature of what it says (it was edited or forged)", when=when,
            seq=seq),
            f"the signed head of {when} (event {seq}) does not hold: its signature is not the "
            "company key's signature of what it says (it was edited or forged)")
    if hash_at_seq is None or last_seq < seq:
        return HeadVerdict(HeadOutcome.TRUNCATED, t(
            "events after {last} were deleted: the head signed on {when} names event {seq}",
            last=last_seq, when=when, seq=seq),
            f"events after {last_seq} were deleted: the head signed on {when} names event {seq}")
    if hash_at_seq != head.event_hash:
        return HeadVerdict(HeadOutcome.REWRITTEN, t(
            "the chain was rewritten: event {seq} no longer has the hash signed on {when}",
            seq=seq, when=when),
            f"the chain was rewritten: event {seq} no longer has the hash signed on {when}")
    return HeadVerdict(HeadOutcome.HOLDS, t(
        "the head signed on {when} (event {seq}) holds", when=when, seq=seq),
        f"the head signed on {when} (event {seq}) holds")
