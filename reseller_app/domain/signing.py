"""Ed25519 signatures: the company's key, its public-key file, and detached signatures.

Anyone holding the company's public-key file (``channel-diligence-public-key``, version 1) can
check that a packet's ``manifest.json`` was signed by that company and not changed since: the
detached signature file (``manifest.sig.json``) names the SHA-256 of the bytes it signs, the
key's fingerprint and the signer, and carries the Ed25519 signature of all of that.

Ed25519 (through PyCA ``cryptography``) because its keys and signatures are small (32 and 64
bytes, a few lines of JSON), signing is deterministic (the same manifest signed twice gives
the same bytes), and it has no parameters to get wrong.

The fingerprint is what two people compare over the phone: the first 16 bytes of the SHA-256
of the raw public key, as eight groups of four hex digits (``3F2A 9C01 ...``).

Pure: bytes in, bytes or a verdict out. Bad input raises :class:`SigningError` (a reason in
words), never anything else; a signature that does not hold is a :class:`Verdict`, not an
exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reseller_app.domain.inputs import InputError, read_json
from reseller_app.domain.packets import (
    MANIFEST_NAME,
    PacketFileError,
    parse_manifest,
    verify_files,
)
from reseller_app.domain.texts import t

ALGORITHM = "Ed25519"
KEY_FORMAT = "channel-diligence-public-key"
SIGNATURE_FORMAT = "channel-diligence-signature"
VERSION = 1
MANIFEST_SIGNATURE_NAME = "manifest.sig.json"
# A key file or a signature file is a few hundred bytes; anything near these sizes is not one.
MAX_KEY_FILE_BYTES = 4096
MAX_SIGNATURE_FILE_BYTES = 4096
MAX_NAME = 200  # an owner's or signer's name: a company name
RAW_KEY_BYTES = 32
RAW_SIGNATURE_BYTES = 64
FINGERPRINT_BYTES = 16
# What a signature is for, inside the signed bytes: a signature made for one purpose can never
# be passed off as one for another (a packet's manifest, later a decision or a pack).
PURPOSE_MANIFEST = "manifest"
PURPOSE_DECISION = "decision"  # a distributor's decision file, signed by its desk key
PURPOSE_PACK = "pack"  # a criteria pack file as a distributor sends it, signed by its desk key
PURPOSES = (PURPOSE_MANIFEST, PURPOSE_DECISION, PURPOSE_PACK)


class SigningError(ValueError):
    """A key file, key or signature file that cannot be used; the message says why, in words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Outcome(StrEnum):
    """The verdict on a signed file. The values are for records and the command line."""

    SIGNED = "signed"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad signature"
    ALTERED = "altered after signing"
    OTHER_KEY = "signed by another key"


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: Outcome
    message: str  # in words, for the user
    signer: str = ""  # the key file's owner when signed, the signature's claim otherwise
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.SIGNED


@dataclass(frozen=True, slots=True)
class KeyPair:
    """A private key as its 32 raw bytes, and its public key's."""

    private: bytes
    public: bytes


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    owner: str
    public_key: bytes  # raw, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True, slots=True)
class Signature:
    """A detached signature file as read (``signature`` raw, 64 bytes)."""

    purpose: str
    signer: str
    key_fingerprint: str
    signed_sha256: str
    signature: bytes

    def statement(self) -> bytes:
        return _statement(self.purpose, self.signer, self.key_fingerprint, self.signed_sha256)


# -- keys -----------------------------------------------------------------------------------------
def generate() -> KeyPair:
    key = Ed25519PrivateKey.generate()
    return KeyPair(key.private_bytes_raw(), key.public_key().public_bytes_raw())


def public_of(private: bytes) -> bytes:
    return _private_key(private).public_key().public_bytes_raw()


def _private_key(private: bytes) -> Ed25519PrivateKey:
    if len(private) != RAW_KEY_BYTES:
        raise SigningError(t("A private key is {expected} bytes long, not {size}.",
                             expected=RAW_KEY_BYTES, size=len(private)))
    return Ed25519PrivateKey.from_private_bytes(private)


def _public_key(public: bytes) -> Ed25519PublicKey:
    if len(public) != RAW_KEY_BYTES:
        raise SigningError(t("A public key is {expected} bytes long, not {size}.",
                             expected=RAW_KEY_BYTES, size=len(public)))
    try:
        return Ed25519PublicKey.from_public_bytes(public)
    except ValueError:
        raise SigningError(t("The public key is not an Ed25519 key.")) from None


def sign(private: bytes, data: bytes) -> bytes:
    return _private_key(private).sign(data)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``public``'s signature of ``data``; never raises for a
    signature that does not hold (a wrong length, a forgery)."""
    if len(signature) != RAW_SIGNATURE_BYTES:
        return False
    try:
        _public_key(public).verify(signature, data)
    except (InvalidSignature, SigningError):
        return False
    return True


def signature_name(name: str) -> str:
    """The detached signature's file name beside a signed file: ``decision-SO-2001.json`` ->
    ``decision-SO-2001.sig.json`` (as ``manifest.json`` -> ``manifest.sig.json``)."""
    stem, dot, ext = name.rpartition(".")
    return f"{stem}.sig.json" if dot and stem and ext.lower() == "json" else f"{name}.sig.json"


def same_fingerprint(a: str, b: str) -> bool:
    """Two fingerprints as people type them (spaces, case) name the same key."""
    return "".join(a.split()).upper() == "".join(b.split()).upper() != ""


def fingerprint(public: bytes) -> str:
    """``3F2A 9C01 77DE ...``: the first 16 bytes of the SHA-256 of the raw public key, in
    groups of four hex digits, to read aloud and compare."""
    digest = hashlib.sha256(public).hexdigest()[:FINGERPRINT_BYTES * 2].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def key_id(public: bytes) -> str:
    """The full SHA-256 of the raw public key (hex): a key's name where no person reads it."""
    return hashlib.sha256(public).hexdigest()


# -- the public-key file --------------------------------------------------------------------------
def dump_public_key(owner: str, public: bytes) -> bytes:
    _public_key(public)
    owner = _name(owner, "owner")
    data = {"format": KEY_FORMAT, "version": VERSION, "owner": owner, "algorithm": ALGORITHM,
            "public_key": base64.b64encode(public).decode("ascii")}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_public_key(raw: bytes) -> PublicKeyFile:
    """The key file's owner and key; :class:`SigningError` in words for anything else."""
    data = _read(raw, MAX_KEY_FILE_BYTES, t("a public-key file"))
    _expect_fields(data, ("format", "version", "owner", "algorithm", "public_key"))
    if data["format"] != KEY_FORMAT:
        raise SigningError(t("This is not a Channel Diligence public-key file (its format is "
                             "{found}, not {expected}).", found=_shown(data["format"]),
                             expected=KEY_FORMAT))
    _expect_version(data["version"])
    _expect_algorithm(data["algorithm"])
    owner = _name(data["owner"], "owner")
    public = _base64(data["public_key"], "public_key", RAW_KEY_BYTES)
    _public_key(public)
    return PublicKeyFile(owner, public)


# -- detached signatures --------------------------------------------------------------------------
def _statement(purpose: str, signer: str, key_fingerprint: str, signed_sha256: str) -> bytes:
    """The bytes the signature is made over: everything in the signature file but the
    signature, in one canonical form (so the signer's name and the purpose are signed too)."""
    return json.dumps({"format": SIGNATURE_FORMAT, "version": VERSION, "purpose": purpose,
                       "signer": signer, "key_fingerprint": key_fingerprint,
                       "algorithm": ALGORITHM, "signed_sha256": signed_sha256},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_detached(private: bytes, signer: str, data: bytes,
                  purpose: str = PURPOSE_MANIFEST) -> bytes:
    """The detached signature file of ``data`` (e.g. ``manifest.sig.json``)."""
    signer = _name(signer, "signer")
    key_fingerprint = fingerprint(public_of(private))
    digest = hashlib.sha256(data).hexdigest()
    signature = sign(private, _statement(purpose, signer, key_fingerprint, digest))
    out = {"format": SIGNATURE_FORMAT, "version": VERSION, "purpose": purpose, "signer": signer,
           "key_fingerprint": key_fingerprint, "algorithm": ALGORITHM, "signed_sha256": digest,
           "signature": base64.b64encode(signature).decode("ascii")}
    return (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_signature(raw: bytes) -> Signature:
    data = _read(raw, MAX_SIGNATURE_FILE_BYTES, t("a signature file"))
    _expect_fields(data, ("format", "version", "purpose", "signer", "key_fingerprint",
                          "algorithm", "signed_sha256", "signature"))
    if data["format"] != SIGNATURE_FORMAT:
        raise SigningError(t("This is not a Channel Diligence signature file (its format is "
                             "{found}, not {expected}).", found=_shown(data["format"]),
                             expected=SIGNATURE_FORMAT))
    _expect_version(data["version"])
    _expect_algorithm(data["algorithm"])
    if data["purpose"] not in PURPOSES:
        raise SigningError(t("The signature file is for {purpose}, which this app does not "
                             "sign.", purpose=_shown(data["purpose"])))
    digest = data["signed_sha256"]
    if not (isinstance(digest, str) and len(digest) == 64
            and all(c in "0123456789abcdef" for c in digest)):
        raise SigningError(t("The signature file's signed_sha256 is not a SHA-256 (64 "
                             "lower-case hex digits)."))
    key_fingerprint = data["key_fingerprint"]
    if not isinstance(key_fingerprint, str) or len(key_fingerprint) > 100:
        raise SigningError(t("The signature file's key_fingerprint is not a fingerprint."))
    return Signature(data["purpose"], _name(data["signer"], "signer"), key_fingerprint, digest,
                     _base64(data["signature"], "signature", RAW_SIGNATURE_BYTES))


def verify_detached(key: PublicKeyFile, data: bytes, signature_file: bytes | None,
                    purpose: str = PURPOSE_MANIFEST) -> Verdict:
    """Whether ``data`` is what ``key``'s owner signed; the reason in words when not."""
    if signature_file is None:
        return Verdict(Outcome.UNSIGNED, t("It is not signed: there is no signature."))
    try:
        sig = parse_signature(signature_file)
    except SigningError as exc:
        return Verdict(Outcome.BAD_SIGNATURE, t("The signature cannot be read: {reason}",
                                                reason=exc.message))
    if sig.purpose != purpose:
        return Verdict(Outcome.BAD_SIGNATURE, t("The signature was made for something else "
                                                "({purpose}).", purpose=sig.purpose))
    if sig.key_fingerprint != key.fingerprint:
        return Verdict(Outcome.OTHER_KEY, t(
            "It is signed by another key (fingerprint {theirs}, naming {signer}), not by "
            "{owner}'s key (fingerprint {ours}).", theirs=sig.key_fingerprint,
            signer=sig.signer, owner=key.owner, ours=key.fingerprint),
            sig.signer, sig.key_fingerprint)
    if not verify(key.public_key, sig.statement(), sig.signature):
        return Verdict(Outcome.BAD_SIGNATURE, t(
            "The signature is wrong: it was not made with {owner}'s key (fingerprint {ours}), "
            "or it was changed.", owner=key.owner, ours=key.fingerprint),
            sig.signer, sig.key_fingerprint)
    if hashlib.sha256(data).hexdigest() != sig.signed_sha256:
        return Verdict(Outcome.ALTERED, t("It was altered after signing: it is not what "
                                          "{owner} signed.", owner=key.owner),
                       key.owner, key.fingerprint)
    return Verdict(Outcome.SIGNED, t("Signed by {owner} (fingerprint {fingerprint}).",
                                     owner=key.owner, fingerprint=key.fingerprint),
                   key.owner, key.fingerprint)


def verify_packet(key: PublicKeyFile, files: Mapping[str, bytes]) -> Verdict:
    """A packet's files (as in its zip or folder): its manifest signed by ``key``'s owner, and
    every file as the manifest lists it."""
    manifest = files.get(MANIFEST_NAME)
    if manifest is None:
        return Verdict(Outcome.UNSIGNED, t("It is not a packet: there is no manifest.json."))
    verdict = verify_detached(key, manifest, files.get(MANIFEST_SIGNATURE_NAME))
    if not verdict.ok:
        return verdict
    try:
        listed = parse_manifest(manifest)
    except PacketFileError as exc:  # signed, yet unreadable: not a manifest this app wrote
        return Verdict(Outcome.ALTERED, exc.message, key.owner, key.fingerprint)
    others = {n: b for n, b in files.items() if n != MANIFEST_SIGNATURE_NAME}
    changed = verify_files(listed, others)
    if changed:
        return Verdict(Outcome.ALTERED, t(
            "It was altered after signing: {files} differ from what {owner} signed (missing, "
            "changed or added).", files=", ".join(changed[:5]), owner=key.owner),
            key.owner, key.fingerprint)
    return verdict


# -- reading --------------------------------------------------------------------------------------
def _read(raw: bytes, limit: int, what: str) -> dict[str, Any]:
    if len(raw) > limit:
        raise SigningError(t("The file is {size} bytes long; {what} is a few hundred bytes "
                             "(at most {limit}). Check that you chose the right file.",
                             size=f"{len(raw):,}", what=what, limit=f"{limit:,}"))
    try:
        data = read_json(raw)
    except InputError as exc:
        raise SigningError(exc.message) from None
    if not isinstance(data, dict):
        raise SigningError(t("The file does not hold the named fields of {what}.", what=what))
    return data


def _expect_fields(data: Mapping[str, Any], fields: tuple[str, ...]) -> None:
    missing = [f for f in fields if f not in data]
    if missing:
        raise SigningError(t("The file has no {field}.", field=missing[0]))
    extra = [f for f in data if f not in fields]
    if extra:
        raise SigningError(t("{field} is not a field of this file.", field=_shown(extra[0])))


def _expect_version(version: Any) -> None:
    if version != VERSION or isinstance(version, bool):
        raise SigningError(t("The file is version {found}; this app reads version {expected}. "
                             "Update the app to read it.", found=_shown(version),
                             expected=VERSION))


def _expect_algorithm(algorithm: Any) -> None:
    if algorithm != ALGORITHM:
        raise SigningError(t("The file's algorithm is {found}; only {expected} is used.",
                             found=_shown(algorithm), expected=ALGORITHM))


def _name(value: Any, field: str) -> str:
    if not isinstance(value, str) or not " ".join(value.split()):
        raise SigningError(t("The file's {field} must be a name in quotes.", field=field))
    value = " ".join(value.split())
    if len(value) > MAX_NAME or any(not ch.isprintable() for ch in value):
        raise SigningError(t("The file's {field} is not a name (longer than {limit} "
                             "characters, or not printable).", field=field, limit=MAX_NAME))
    return value


def _base64(value: Any, field: str, size: int) -> bytes:
    if not isinstance(value, str) or len(value) > 200:
        raise SigningError(t("The file's {field} must be base64 text.", field=field))
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SigningError(t("The file's {field} is not valid base64.", field=field)) from None
    if len(decoded) != size:
        raise SigningError(t("The file's {field} is {size} bytes long, not {expected}: it is "
                             "cut short or not one.", field=field, size=len(decoded),
                             expected=size))
    return decoded


def _shown(value: Any) -> str:
    """A value from the file, short and on one line, for a message."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text[:60] + ("..." if len(text) > 60 else "")
