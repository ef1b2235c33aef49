"""The company's signing key: made once, its private half only in the system keyring.

The database keeps the public key and its fingerprint (setting ``company_key``: public, so the
fingerprint shows and packets verify even on a desk without the private key); the private key
is kept by ``services/secrets.py`` under :data:`KEY_KEYRING_SERVICE`, named by the public key's
SHA-256, and never written to the database, the settings, a log or an export.

The key is made at setup (``SetupService.save_profile``, the first save), or at first use (the
first packet built, ``reseller-app keys show``) where setup could not make it; making and
exporting it each write one audit event.

Where the system has no keyring, :class:`KeyUnavailable` says so. A file encrypted with the
administrator's passphrase will stand in for the keyring once people have passphrases; until
then a packet built there is left unsigned (``manifest_signer`` returns None and logs why),
because refusing to build it would stop the escalation itself.
"""

from __future__ import annotations

import base64
import binascii
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reseller_app.domain import signing
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.secrets import SecretStore
from reseller_app.store import audit_log, bulk
from reseller_app.store.tables import COMPANY_ID, DbCompany, DbSetting

log = logging.getLogger(__name__)

KEY_KEYRING_SERVICE = "Channel Diligence signing key"
KEY_SETTING = "company_key"

# The audit actions of this module, in one place (to move into domain/vocabulary.py's enum).
KEY_ENTITY = "company_key"


class KeyUnavailable(ServiceError):
    """The private key cannot be used on this computer (no keyring, or not in it)."""


@dataclass(frozen=True, slots=True)
class CompanyKey:
    fingerprint: str
    public_key: bytes
    private_here: bool  # the private key is in this computer's keyring


def _no_keyring() -> str:
    return t("This computer has no system keyring (password store), where the company's "
             "signing key is kept, so nothing can be signed here. Use the app on a computer "
             "with a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service "
             "such as GNOME Keyring or KWallet on Linux).")


class CompanyKeyService:
    # Where the key's public half and audit events are named: a subclass keeps another key
    # the same way (the distributor desk's key, services/desk.py).
    setting = KEY_SETTING
    entity = KEY_ENTITY
    keyring_service = KEY_KEYRING_SERVICE

    def __init__(self, ctx: AppContext, *, secrets: SecretStore | None = None) -> None:
        self.ctx = ctx
        self.secrets = secrets or SecretStore(self.keyring_service)

    # -- reading ------------------------------------------------------------------------------
    def _stored_public(self) -> bytes | None:
        stored = bulk.get_setting(self.ctx, self.setting)
        if not isinstance(stored, dict):
            return None
        try:
            public = base64.b64decode(str(stored.get("public_key", "")), validate=True)
        except (binascii.Error, ValueError):
            return None
        return public if len(public) == signing.RAW_KEY_BYTES else None

    def _private(self, public: bytes) -> bytes | None:
        if not self.secrets.available():
            return None
        stored = self.secrets.get(signing.key_id(public))
        if not stored:
            return None
        try:
            private = base64.b64decode(stored, validate=True)
            return private if signing.public_of(private) == public else None
        except (binascii.Error, ValueError, signing.SigningError):
            return None

    def current(self) -> CompanyKey | None:
        """The key, without making one (None: no key yet)."""
        public = self._stored_public()
        if public is None:
            return None
        return CompanyKey(signing.fingerprint(public), public, self._private(public) is not None)

    def ensure(self) -> CompanyKey:
        """The key, made now when there is none (at setup or first use)."""
        key = self.current()
        return key if key is not None else self._create()

    def private_key(self) -> bytes:
        """The raw private key for signing; :class:`KeyUnavailable` in words when it cannot be
        used here. Makes the key when there is none."""
        key = self.ensure()
        if not self.secrets.available():
            raise KeyUnavailable(_no_keyring())
        private = self._private(key.public_key)
        if private is None:
            raise KeyUnavailable(t(
                "The company's signing key (fingerprint {fingerprint}) is not in this "
                "computer's keyring, so nothing can be signed here. Sign on the computer "
                "where the key was made.", fingerprint=key.fingerprint))
        return private

    # -- making and exporting -----------------------------------------------------------------
    def _create(self) -> CompanyKey:
        if not self.secrets.available():
            raise KeyUnavailable(_no_keyring())
        pair = signing.generate()
        account = signing.key_id(pair.public)
        try:  # the keyring first: a key the database names but no keyring holds is useless
            self.secrets.set(account, base64.b64encode(pair.private).decode("ascii"))
        except Exception as exc:  # keyring backends raise their own errors (locked, denied)
            raise KeyUnavailable(t("The company's signing key could not be stored in the "
                                   "system keyring: {error}.", error=exc)) from None
        now = self.ctx.clock()
        fingerprint = signing.fingerprint(pair.public)
        with self.ctx.write_session() as s:
            if s.get(DbSetting, self.setting) is not None:  # another desk made one meanwhile
                s.rollback()
                self.secrets.delete(account)
                key = self.current()
                assert key is not None
                return key
            bulk.put_setting(s, self.setting, {
                "algorithm": signing.ALGORITHM, "fingerprint": fingerprint,
                "public_key": base64.b64encode(pair.public).decode("ascii"),
                **self._setting_extra()})
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.KEY_CREATED,
                             entity=self.entity,
                             entity_id=account[:16], at=now,
                             details={"algorithm": signing.ALGORITHM, "fingerprint": fingerprint,
                                      "keyring": self.secrets.backend_name()})
            s.commit()
        return CompanyKey(fingerprint, pair.public, True)

    def _setting_extra(self) -> dict[str, str]:
        """More to keep beside the public key when it is made (a subclass's owner)."""
        return {}

    def owner(self) -> str:
        """The company's name, as its key file and signatures name it."""
        with self.ctx.session() as s:
            company = s.get(DbCompany, COMPANY_ID)
            if company is None:
                raise ValidationError("company", t("Set up the company profile first (who you "
                                                   "are and your distributor)."))
            return company.name

    def public_key_file(self) -> bytes:
        return signing.dump_public_key(self.owner(), self.ensure().public_key)

    def export(self, target: Path) -> Path:
        """Write the public-key file (for distributors and auditors) to ``target``."""
        target = Path(target)
        if target.is_dir():
            target = target / "channel-diligence-public-key.json"
        data = self.public_key_file()
        write_atomically(target, data, field="out")
        key = self.ensure()
        with self.ctx.write_session() as s:
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.KEY_EXPORTED,
                             entity=self.entity,
                             entity_id=signing.key_id(key.public_key)[:16],
                             at=self.ctx.clock(),
                             details={"fingerprint": key.fingerprint, "file": target.name})
            s.commit()
        return target

    # -- signing ------------------------------------------------------------------------------
    def sign_manifest(self, manifest: bytes) -> bytes:
        """``manifest.sig.json`` for these ``manifest.json`` bytes."""
        return signing.sign_detached(self.private_key(), self.owner(), manifest)


def manifest_signer(ctx: AppContext) -> Callable[[bytes], bytes] | None:
    """What signs a packet's or bundle's manifest, ready before the write transaction (the key
    may be made now, with its own audit event); None when it cannot be used on this computer
    (the packet is then built unsigned, and the log says why)."""
    service = CompanyKeyService(ctx)
    try:
        private, owner = service.private_key(), service.owner()
    except (KeyUnavailable, ValidationError) as exc:
        log.info("manifest left unsigned: %s", exc)  # the app's log; not the terminal
        return None
    return lambda manifest: signing.sign_detached(private, owner, manifest)


# -- checking a packet someone received -----------------------------------------------------------
# A packet is some files of at most 20 MB together, plus its PDF and JSON; an evidence bundle
# holds many packets. Far above both, far below what would exhaust memory.
MAX_PACKET_BYTES = 256 * 1024 * 1024
MAX_PACKET_FILES = 10_000


def _too_big(name: str) -> ValidationError:
    return ValidationError("packet", t(
        "{file} holds more than {files} files or {size} MB, more than any packet or evidence "
        "bundle: check that you chose the right file.", file=name, files=MAX_PACKET_FILES,
        size=MAX_PACKET_BYTES // (1024 * 1024)))


def read_packet(path: Path) -> dict[str, bytes]:
    """The files of a packet saved as a zip or a folder, by their names in it (``a/b.pdf``);
    :class:`ValidationError` in words when it cannot be read."""
    path = Path(path)
    if path.is_dir():
        files: dict[str, bytes] = {}
        total = 0
        for item in sorted(path.rglob("*")):
            if item.is_symlink() or not item.is_file():
                continue  # a link could point anywhere: a packet is plain files
            total += item.stat().st_size
            if len(files) >= MAX_PACKET_FILES or total > MAX_PACKET_BYTES:
                raise _too_big(path.name)
            files[item.relative_to(path).as_posix()] = item.read_bytes()
        return files
    if not path.is_file():
        raise ValidationError("packet", t("There is no file or folder {file}.", file=path))
    try:
        if path.stat().st_size > MAX_PACKET_BYTES:
            raise _too_big(path.name)
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            # The sizes the zip declares are checked first; reading stops at them too.
            if len(infos) > MAX_PACKET_FILES or \
                    sum(i.file_size for i in infos) > MAX_PACKET_BYTES:
                raise _too_big(path.name)
            out = {}
            for info in infos:
                with zf.open(info) as fh:
                    data = fh.read(info.file_size + 1)
                if len(data) != info.file_size:
                    raise zipfile.BadZipFile("a file is not the size the zip says")
                out[info.filename] = data
            return out
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise ValidationError("packet", t("{file} is not a packet's zip or folder ({error}).",
                                          file=path.name, error=exc)) from None
    except OSError as exc:
        raise ValidationError("packet", t("Cannot read {file}: {error}.", file=path.name,
                                          error=exc.strerror or exc)) from None


def read_public_key(path: Path) -> signing.PublicKeyFile:
    """A public-key file the user chose; :class:`ValidationError` naming it when it is not
    one."""
    path = Path(path)
    raw = read_input(path, InputKind.MAPPING)  # the smallest limit (1 MB); the domain's is 4 KB
    try:
        return signing.parse_public_key(raw)
    except signing.SigningError as exc:
        raise ValidationError("key", t("{file}: {reason}", file=path.name,
                                       reason=exc.message)) from None


def verify_packet(packet: Path, key_file: Path) -> signing.Verdict:
    """Whether the packet (zip or folder) was signed with the key in ``key_file`` and not
    changed since. Needs no database: anyone with the key file can check."""
    key = read_public_key(key_file)
    return signing.verify_packet(key, read_packet(packet))
