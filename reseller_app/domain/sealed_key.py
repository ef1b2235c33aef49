"""A private key sealed with a passphrase: the company key's home where there is no keyring.

The sealed file is JSON (``channel-diligence-sealed-key``, version 1). It names what it holds
(the public key, its fingerprint, whose passphrase opens it) in the clear, and carries the
private key encrypted with AES-256-GCM under a key derived from the passphrase with scrypt. Every
parameter needed to open it (scrypt's n, r, p and salt, the nonce) is in the file, so later
versions may raise them without losing older files. Everything in the clear is bound to the
ciphertext as GCM's associated data: a file whose holder or public key was edited does not open.

scrypt rather than PKCS8's ``BestAvailableEncryption`` because the latter's key derivation is
whatever the installed OpenSSL chooses (PBKDF2 with a modest count); scrypt with n=2**17 needs
128 MiB and about half a second per try, which a person opening it once per session does not
notice and someone guessing with a stolen copy does. Same scrypt as people's passphrases
(``services/passphrases.py``), from the standard library.

Pure: bytes in, bytes out (the salt and nonce are drawn here, like a key in ``signing``). A
file that cannot be opened raises :class:`SealError` in words; a wrong passphrase raises
:class:`WrongPassphrase`, which cannot be told apart from a file altered after sealing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reseller_app.domain import signing
from reseller_app.domain.texts import t

FORMAT = "channel-diligence-sealed-key"
VERSION = 1
KDF = "scrypt"
CIPHER = "AES-256-GCM"
MAX_FILE_BYTES = 8192  # a sealed key is under 1 KB
SALT_BYTES = 16
NONCE_BYTES = 12
# Bounds on what a file may ask for: an edited file must not take minutes or all the memory.
MAX_N, MAX_R, MAX_P = 2**20, 32, 16


class SealError(ValueError):
    """The file is not a sealed key this version can open; the message says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(SealError):
    """The passphrase does not open the file (or the file was altered after sealing)."""


@dataclass(frozen=True, slots=True)
class Strength:
    """scrypt's cost. Tests pass a small one (``Strength(n=2**4)``): the same kind, cheaper."""

    n: int = 2**17
    r: int = 8
    p: int = 1


@dataclass(frozen=True, slots=True)
class SealedKey:
    """What a sealed-key file says in the clear."""

    public_key: bytes
    holder_id: int  # the person whose passphrase opens it
    holder_name: str

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # OpenSSL refuses more memory than maxmem: allow what the parameters need, with room.
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r * p + 2**20, dklen=32)


def _associated(head: dict[str, Any]) -> bytes:
    return json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def seal(private: bytes, passphrase: str, holder_id: int, holder_name: str,
         strength: Strength = Strength()) -> bytes:
    """The file's bytes: ``private`` (32 raw bytes) encrypted with ``passphrase``."""
    public = signing.public_of(private)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    head = {
        "format": FORMAT, "version": VERSION, "algorithm": signing.ALGORITHM,
        "public_key": _b64(public), "fingerprint": signing.fingerprint(public),
        "holder": {"id": holder_id, "name": holder_name[:signing.MAX_NAME]},
        "kdf": {"name": KDF, "n": strength.n, "r": strength.r, "p": strength.p,
                "salt": _b64(salt)},
        "cipher": CIPHER, "nonce": _b64(nonce),
    }
    key = _derive(passphrase, salt, strength.n, strength.r, strength.p)
    sealed = AESGCM(key).encrypt(nonce, private, _associated(head))
    return (json.dumps({**head, "sealed": _b64(sealed)}, indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")


def _parse(raw: bytes) -> tuple[dict[str, Any], bytes]:
    not_one = t("The file is not a sealed signing key of Channel Diligence.")
    if len(raw) > MAX_FILE_BYTES:
        raise SealError(not_one)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealError(not_one) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SealError(not_one)
    if data.get("version") != VERSION:
        raise SealError(t("The sealed signing key is of version {version}, which this "
                          "version of the app cannot open.", version=data.get("version")))
    head = {k: v for k, v in data.items() if k != "sealed"}
    try:
        sealed = base64.b64decode(str(data["sealed"]), validate=True)
        public = base64.b64decode(str(head["public_key"]), validate=True)
        kdf, holder = head["kdf"], head["holder"]
        int(holder["id"]), str(holder["name"]), base64.b64decode(str(kdf["salt"]))
        ok = (head.get("algorithm") == signing.ALGORITHM and head.get("cipher") == CIPHER
              and kdf.get("name") == KDF and len(public) == signing.RAW_KEY_BYTES
              and _valid(int(kdf["n"]), int(kdf["r"]), int(kdf["p"])))
    except (KeyError, TypeError, ValueError, binascii.Error):
        ok = False
    if not ok:
        raise SealError(t("The sealed signing key is damaged: some of its fields are "
                          "missing or wrong."))
    return head, sealed


def _valid(n: int, r: int, p: int) -> bool:
    return 1 < n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P


def describe(raw: bytes) -> SealedKey:
    """What the file says in the clear (no passphrase needed)."""
    head, _ = _parse(raw)
    return SealedKey(base64.b64decode(head["public_key"]), int(head["holder"]["id"]),
                     str(head["holder"]["name"]))


def unseal(raw: bytes, passphrase: str) -> bytes:
    """The private key (32 raw bytes) in the file, opened with ``passphrase``."""
    head, sealed = _parse(raw)
    kdf = head["kdf"]
    key = _derive(passphrase, base64.b64decode(kdf["salt"]), int(kdf["n"]), int(kdf["r"]),
                  int(kdf["p"]))
    try:
        private = AESGCM(key).decrypt(base64.b64decode(head["nonce"]), sealed,
                                      _associated(head))
    except (InvalidTag, ValueError, binascii.Error):
        raise WrongPassphrase(t("The passphrase does not open the sealed signing key.")) from None
    try:
        matches = signing.public_of(private) == base64.b64decode(head["public_key"])
    except signing.SigningError:
        matches = False
    if not matches:  # sealed with the right passphrase, but not the key the file names
        raise SealError(t("The sealed signing key is damaged: some of its fields are "
                          "missing or wrong."))
    return private
