"""The company's signing key: made once, its private half in the system keyring, or where
there is none, in a file encrypted with the administrator's passphrase.

The database keeps the public key and its fingerprint (setting ``company_key``: public, so the
fingerprint shows and packets verify even on a desk without the private key); the private key
is kept by ``services/secrets.py`` under :data:`KEY_KEYRING_SERVICE`, named by the public key's
SHA-256, and never written to the database, the settings, a log or an export.

The key is made at setup (``SetupService.save_profile``, the first save), or at first use (the
first packet built, ``reseller-app keys show``) where setup could not make it; making and
exporting it each write one audit event.

Where the system has no keyring, the key is made when the first administrator is set up
(``PeopleService.first_setup``, which has their passphrase in hand) and sealed with that
passphrase (``domain/sealed_key.py``) into a file readable by its owner only, in ``keys/``
beside an SQLite database (a database carried to another computer carries its key; the
folder is the app's data folder for a server database). Signing then needs the key opened
with that administrator's passphrase once per session (``services/key_session.py``: a
wrong one counts as a wrong try of that person); until then :class:`KeyLocked` says whose
passphrase is needed, and nothing is built unsigned behind the user's back. The opened key is
kept in the context's memory only, for this session.

Where there is neither a keyring nor the file, :class:`KeyUnavailable` says so and a packet
built there is left unsigned (``manifest_signer`` returns None and logs why), because refusing
to build it would stop the escalation itself.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reseller_app.domain import sealed_key, signing
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, KeyStorage
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.locations import default_data_dir
from reseller_app.services.secrets import SecretStore
from reseller_app.store import audit_log, bulk, db
from reseller_app.store.tables import COMPANY_ID, DbCompany, DbSetting

log = logging.getLogger(__name__)

KEY_KEYRING_SERVICE = "Channel Diligence signing key"
KEY_SETTING = "company_key"

# The audit actions of this module, in one place (to move into domain/vocabulary.py's enum).
KEY_ENTITY = "company_key"


KEY_FOLDER = "keys"  # beside an SQLite database, else in the app's data folder
# scrypt's cost for the sealed file (tests lower it: the same kind, cheaper).
SEAL_STRENGTH = sealed_key.Strength()


class KeyUnavailable(ServiceError):
    """The private key cannot be used on this computer (no keyring, or not in it)."""


class KeyLocked(ServiceError):
    """The private key is in the encrypted file and not opened yet in this session: the
    holder's passphrase is needed (``key_session.unlock``)."""

    def __init__(self, message: str, holder_id: int, holder_name: str) -> None:
        super().__init__(message)
        self.holder_id, self.holder_name = holder_id, holder_name


@dataclass(frozen=True, slots=True)
class CompanyKey:
    fingerprint: str
    public_key: bytes
    private_here: bool  # the private key is on this computer (keyring or encrypted file)
    storage: KeyStorage | None = None  # where, when it is here
    holder: str = ""  # whose passphrase opens the encrypted file


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
        fingerprint = signing.fingerprint(public)
        if self._private(public) is not None:
            return CompanyKey(fingerprint, public, True, KeyStorage.KEYRING)
        sealed = self._sealed(public)
        if sealed is not None:
            return CompanyKey(fingerprint, public, True, KeyStorage.FILE, sealed.holder_name)
        return CompanyKey(fingerprint, public, False)

    def ensure(self) -> CompanyKey:
        """The key, made now when there is none (at setup or first use)."""
        key = self.current()
        return key if key is not None else self._create()

    def private_key(self) -> bytes:
        """The raw private key for signing; :class:`KeyUnavailable` in words when it cannot be
        used here, :class:`KeyLocked` when the encrypted file needs its passphrase first.
        Makes the key when there is none."""
        key = self.ensure()
        opened = self.ctx.cache.get(self._cache_key(key.public_key))
        if opened is not None:
            return opened
        sealed = self._sealed(key.public_key)
        if sealed is not None and self._private(key.public_key) is None:
            raise KeyLocked(t(
                "The company's signing key is in a file encrypted with the passphrase of "
                "{person}, the administrator: give it once to sign in this session.",
                person=sealed.holder_name), sealed.holder_id, sealed.holder_name)
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
    def _create(self, sealed_for: tuple[int, str, str] | None = None) -> CompanyKey:
        """Make the key: its private half into the keyring, or with ``sealed_for`` (the
        holder's id, name and passphrase) into the encrypted file."""
        if sealed_for is None and not self.secrets.available():
            raise KeyUnavailable(_no_keyring())
        pair = signing.generate()
        account = signing.key_id(pair.public)
        if sealed_for is not None:  # the file first: a key the database names but none holds
            self._write_sealed(pair.public, sealed_key.seal(pair.private, sealed_for[2],
                                                            sealed_for[0], sealed_for[1],
                                                            SEAL_STRENGTH))
            storage, forget = KeyStorage.FILE, lambda: self._sealed_path(pair.public).unlink()
        else:
            try:  # the keyring first: a key the database names but no keyring holds is useless
                self.secrets.set(account, base64.b64encode(pair.private).decode("ascii"))
            except Exception as exc:  # keyring backends raise their own errors (locked, denied)
                raise KeyUnavailable(t("The company's signing key could not be stored in the "
                                       "system keyring: {error}.", error=exc)) from None
            storage, forget = KeyStorage.KEYRING, lambda: self.secrets.delete(account)
        now = self.ctx.clock()
        fingerprint = signing.fingerprint(pair.public)
        with self.ctx.write_session() as s:
            if s.get(DbSetting, self.setting) is not None:  # another desk made one meanwhile
                s.rollback()
                forget()
                key = self.current()
                assert key is not None
                return key
            bulk.put_setting(s, self.setting, {
                "algorithm": signing.ALGORITHM, "fingerprint": fingerprint,
                "public_key": base64.b64encode(pair.public).decode("ascii"),
                **self._setting_extra()})
            s.flush()
            details = {"algorithm": signing.ALGORITHM, "fingerprint": fingerprint,
                       "keyring": self.secrets.backend_name()}
            if sealed_for is not None:  # where it is, never what (the holder is a name)
                details |= {"storage": KeyStorage.FILE.value, "holder": sealed_for[1]}
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.KEY_CREATED,
                             entity=self.entity,
                             entity_id=account[:16], at=now, details=details)
            s.commit()
        if sealed_for is not None:  # made with the passphrase in hand: open for this session
            self.ctx.cache[self._cache_key(pair.public)] = pair.private
        return self.current() or CompanyKey(fingerprint, pair.public, True, storage)

    # -- the encrypted file, where there is no keyring ----------------------------------------
    def key_folder(self) -> Path:
        """``keys/`` beside an SQLite database, else in the app's data folder."""
        database = db.sqlite_path(self.ctx.db_url)
        return (database.parent if database is not None else default_data_dir()) / KEY_FOLDER

    def key_file(self) -> Path | None:
        """The encrypted file that holds the private key here (None: not in a file)."""
        key = self.current()
        if key is None or key.storage != KeyStorage.FILE:
            return None
        return self._sealed_path(key.public_key)

    def _sealed_path(self, public: bytes) -> Path:
        return self.key_folder() / f"{self.entity}-{signing.key_id(public)[:16]}.sealed.json"

    def _cache_key(self, public: bytes) -> str:
        return f"opened {self.entity}:{signing.key_id(public)}"  # this context only

    def _sealed(self, public: bytes) -> sealed_key.SealedKey | None:
        """What the encrypted file of this key says, when there is one that names it."""
        try:
            described = sealed_key.describe(self._sealed_path(public).read_bytes())
        except (OSError, sealed_key.SealError):
            return None
        return described if described.public_key == public else None

    def _write_sealed(self, public: bytes, data: bytes) -> None:
        """Write the encrypted file whole (a temporary file, then renamed), readable and
        writable by its owner only."""
        target = self._sealed_path(public)
        try:
            db.private_folder(target.parent)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".key-")  # mode 0600
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        except OSError as exc:
            raise KeyUnavailable(t("The company's signing key could not be written to {file}: "
                                   "{error}.", file=target, error=exc.strerror or exc)) from None

    def make_sealed(self, holder_id: int, holder_name: str, passphrase: str) -> CompanyKey:
        """The key made now into the encrypted file, sealed with this administrator's
        passphrase (setup, where there is no keyring); the key already made, if any."""
        key = self.current()
        return key if key is not None else self._create((holder_id, holder_name, passphrase))

    def locked(self) -> KeyLocked | None:
        """What :meth:`private_key` would refuse for lack of the passphrase (None: it can
        sign, or cannot for another reason). For the UI to ask before the work starts."""
        key = self.current()
        if key is None or key.storage != KeyStorage.FILE:
            return None
        try:
            self.private_key()
        except KeyLocked as exc:
            return exc
        except ServiceError:
            return None
        return None

    def unlock(self, passphrase: str, check_holder: Callable[[int, str], object]) -> CompanyKey:
        """Open the encrypted file with its holder's passphrase, for this session.

        ``check_holder(person_id, passphrase)`` checks it as a sign-in of the holder first
        (``PeopleService.authenticate``, through ``services/key_session.py``): a wrong one
        counts as a wrong try of theirs and five lock them, as anywhere else."""
        key = self.ensure()
        path = self._sealed_path(key.public_key)
        sealed = self._sealed(key.public_key)
        if sealed is None:
            raise KeyUnavailable(t("There is no encrypted file of the company's signing key "
                                   "on this computer ({file}).", file=path))
        check_holder(sealed.holder_id, passphrase)
        try:
            private = sealed_key.unseal(path.read_bytes(), passphrase)
        except OSError as exc:
            raise KeyUnavailable(t("Cannot read {file}: {error}.", file=path,
                                   error=exc.strerror or exc)) from None
        except sealed_key.WrongPassphrase:
            raise KeyUnavailable(t(
                "The passphrase of {person} is right but does not open the file of the "
                "company's signing key ({file}): it was encrypted with the passphrase "
                "{person} had before it was reset.", person=sealed.holder_name,
                file=path)) from None
        except sealed_key.SealError as exc:
            raise KeyUnavailable(t("{file}: {reason}", file=path.name,
                                   reason=exc.message)) from None
        self.ctx.cache[self._cache_key(key.public_key)] = private
        return key

    def reseal(self, holder_id: int, new: str, current: str | None = None) -> bool:
        """Encrypt the file again with the holder's new passphrase, after it changed. Opened
        with ``current`` (a change), or from this session's memory (a reset by another
        administrator: the old passphrase is not known). False when the file is not the
        holder's, or cannot be opened: then it keeps the old passphrase."""
        key = self.current()
        if key is None or key.storage != KeyStorage.FILE:
            return False
        sealed = self._sealed(key.public_key)
        if sealed is None or sealed.holder_id != holder_id:
            return False
        private = self.ctx.cache.get(self._cache_key(key.public_key))
        if private is None and current is not None:
            try:
                private = sealed_key.unseal(self._sealed_path(key.public_key).read_bytes(),
                                            current)
            except (OSError, sealed_key.SealError):
                private = None
        if private is None:
            log.warning("the signing key's file keeps %s's earlier passphrase", sealed.holder_name)
            return False
        self._write_sealed(key.public_key, sealed_key.seal(
            private, new, holder_id, sealed.holder_name, SEAL_STRENGTH))
        return True

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
    (the packet is then built unsigned, and the log says why). :class:`KeyLocked` when it is
    here in the encrypted file but not opened yet: nothing is built unsigned for a missing
    passphrase."""
    service = CompanyKeyService(ctx)
    try:  # KeyLocked goes on: the file is here, only its passphrase is missing
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
