"""People's passphrases, kept only as a memory-hard hash (scrypt, from the standard library).

The stored string carries everything needed to check a passphrase later, so the parameters can
be raised in a later version without locking anyone out::

    scrypt$n=32768,r=8,p=1$<salt, base64>$<hash, base64>

scrypt with n=2**15, r=8 needs 32 MiB of memory and takes about a tenth of a second here: once
per sign-in that is nothing, for someone guessing with a copy of the database it is a great
deal. The comparison takes the same time whatever the hash (``hmac.compare_digest``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

SCHEME = "scrypt"
SALT_BYTES = 16
HASH_BYTES = 32
_STORED = re.compile(r"scrypt\$n=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")
# Bounds on what a stored hash may ask for: a hand-edited database must not make one sign-in
# take minutes or all the memory there is.
MAX_N, MAX_R, MAX_P = 2**20, 32, 16


@dataclass(frozen=True, slots=True)
class PassphraseHasher:
    """Hashes new passphrases with its parameters; checks any stored hash with the stored
    parameters. Tests pass small ones (``PassphraseHasher(n=2**4)``): the hash is the same
    kind, only cheaper."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def hash(self, passphrase: str) -> str:
        """The string to store for ``passphrase`` (a new random salt each time)."""
        salt = os.urandom(SALT_BYTES)
        digest = _scrypt(passphrase, salt, self.n, self.r, self.p)
        return (f"{SCHEME}$n={self.n},r={self.r},p={self.p}$"
                f"{_b64(salt)}${_b64(digest)}")

    def verify(self, passphrase: str, stored: str) -> bool:
        """Whether ``passphrase`` is the one ``stored`` was made from. A stored value that is
        not a hash of this kind (empty, damaged) matches nothing."""
        parsed = _parse(stored)
        if parsed is None:
            return False
        n, r, p, salt, expected = parsed
        return hmac.compare_digest(_scrypt(passphrase, salt, n, r, p, len(expected)), expected)

    def is_current(self, stored: str) -> bool:
        """Whether ``stored`` was made with this hasher's parameters (else: hash again at the
        next change of passphrase)."""
        parsed = _parse(stored)
        return parsed is not None and parsed[:3] == (self.n, self.r, self.p)


def _valid(n: int, r: int, p: int) -> bool:
    return 1 < n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int,
            length: int = HASH_BYTES) -> bytes:
    # OpenSSL refuses more memory than maxmem (32 MiB by default, just under what n=2**15,
    # r=8 needs): allow what the parameters need, with room for its own bookkeeping.
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r * p + 2**20, dklen=length)


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    match = _STORED.fullmatch(stored or "")
    if match is None:
        return None
    n, r, p = (int(match[i]) for i in (1, 2, 3))
    if not _valid(n, r, p):
        return None
    try:
        salt = base64.b64decode(match[4], validate=True)
        digest = base64.b64decode(match[5], validate=True)
    except (binascii.Error, ValueError):
        return None
    if not salt or not 16 <= len(digest) <= 64:
        return None
    return n, r, p, salt, digest
