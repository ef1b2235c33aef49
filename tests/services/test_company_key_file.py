"""The company key where there is no keyring (services/company_key.py): made at setup into a
file encrypted with the administrator's passphrase, opened once per session with it (a wrong
one refused and counted), encrypted again when that passphrase changes, and nowhere else."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import stat
import zipfile
from collections.abc import Iterator

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from keyring.backends import fail
from sqlalchemy import select

from reseller_app.domain import sealed_key, signing
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.domain.vocabulary import AuditAction, KeyStorage
from reseller_app.services import company_key as ck
from reseller_app.services import key_session
from reseller_app.services.company_key import (
    CompanyKeyService,
    KeyLocked,
    KeyUnavailable,
    verify_packet,
)
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.people import NewPerson, PeopleService, PersonLocked, WrongPassphrase
from reseller_app.services.setup import SetupService
from reseller_app.store import db
from reseller_app.store.tables import DbAuditEvent, DbPerson, DbSetting

from .conftest import sample_profile
from .test_escalation import build, held_order
from .test_people import ADMIN, ADMIN_PASS, APPROVER, FAST


@pytest.fixture(autouse=True)
def cheap_seal(monkeypatch) -> None:
    # The same scrypt and AES-GCM, cheap enough for tests (the file says which it used).
    monkeypatch.setattr(ck, "SEAL_STRENGTH", sealed_key.Strength(n=2**4))


@pytest.fixture
def no_keyring(memory_keyring) -> Iterator[None]:
    """A computer without a usable keyring: keyring's own ``fail`` backend."""
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def sealed(no_keyring, configured):
    """The company set up on a computer without a keyring, then its people."""
    PeopleService(configured, FAST).first_setup(ADMIN, APPROVER)
    return configured


def key_file(ctx) -> os.PathLike:
    [path] = CompanyKeyService(ctx).key_folder().iterdir()
    return path


def new_session(ctx):
    """The same database opened again: a new session, nothing opened in memory."""
    ctx.cache.clear()
    return ctx


def test_setup_without_a_keyring_makes_the_encrypted_file(no_keyring, ctx):
    note = SetupService(ctx).save_profile(sample_profile())
    assert note is not None and "encrypted with the administrator's passphrase" in note
    assert CompanyKeyService(ctx).current() is None  # no administrator yet
    [admin, _] = PeopleService(ctx, FAST).first_setup(ADMIN, APPROVER)
    key = CompanyKeyService(ctx).current()
    assert key is not None and key.private_here
    assert key.storage == KeyStorage.FILE and key.holder == "Anna Weber"
    path = key_file(ctx)
    assert path.parent == db.sqlite_path(ctx.db_url).parent / "keys"
    if os.name == "posix":  # the owner's alone
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    described = sealed_key.describe(path.read_bytes())
    assert described.public_key == key.public_key and described.holder_id == admin.id
    with ctx.session() as s:
        event = s.execute(select(DbAuditEvent).where(
            DbAuditEvent.action == AuditAction.KEY_CREATED)).scalar_one()
    details = json.loads(event.details)
    assert details["storage"] == KeyStorage.FILE and details["holder"] == "Anna Weber"
    # A later profile save says nothing more: the key is there.
    assert SetupService(ctx).save_profile(sample_profile()) is None


def test_signing_a_packet_asks_the_passphrase_and_the_signature_verifies(sealed, catalog,
                                                                         tmp_path):
    ctx = new_session(sealed)
    service = CompanyKeyService(ctx)
    locked = service.locked()
    assert isinstance(locked, KeyLocked) and locked.holder_name == "Anna Weber"
    order = held_order(ctx, catalog)
    with pytest.raises(KeyLocked) as exc:  # never built unsigned for a missing passphrase
        build(ctx, order)
    assert "passphrase of Anna Weber" in str(exc.value)
    key_session.unlock(ctx, ADMIN_PASS)
    assert service.locked() is None
    view = build(ctx, order)
    assert MANIFEST_SIGNATURE_NAME in [f.name for f in view.files]
    public = service.export(tmp_path / "company.json")
    verdict = verify_packet(EscalationService(ctx).save_zip(view.id, tmp_path), public)
    assert verdict.ok, verdict.message
    assert verdict.fingerprint == service.current().fingerprint
    # Once per session: the next one needs nothing more; a new session asks again.
    assert MANIFEST_SIGNATURE_NAME in EscalationService(ctx).files(view.id)
    assert isinstance(CompanyKeyService(new_session(ctx)).locked(), KeyLocked)


def test_a_wrong_passphrase_is_refused_and_counted_as_a_wrong_try(sealed):
    ctx = new_session(sealed)
    service = CompanyKeyService(ctx)
    for _ in range(4):
        with pytest.raises(WrongPassphrase) as exc:
            key_session.unlock(ctx, "not the passphrase at all")
        assert "Wrong passphrase for Anna Weber" in str(exc.value)
    with pytest.raises(PersonLocked):  # the fifth locks her, as at sign-in
        key_session.unlock(ctx, "still not the passphrase")
    with pytest.raises(PersonLocked):  # locked: not even the right one opens it now
        key_session.unlock(ctx, ADMIN_PASS)
    assert isinstance(service.locked(), KeyLocked)
    with sealed.session() as s:
        person = s.execute(select(DbPerson).where(DbPerson.email == ADMIN.email)).scalar_one()
    assert person.locked_until is not None


def test_the_file_is_not_a_plain_key_and_does_not_hold_the_private_key(sealed):
    ctx = sealed  # opened at setup: the private key is in this session's memory
    service = CompanyKeyService(ctx)
    private = service.private_key()
    data = key_file(ctx).read_bytes()
    forms = [private, base64.b64encode(private), private.hex().encode(),
             private.hex().upper().encode()]
    assert not any(f in data for f in forms)
    for loader in (serialization.load_pem_private_key, serialization.load_der_private_key):
        with pytest.raises((ValueError, TypeError)):
            loader(data, password=None)
    with pytest.raises(sealed_key.WrongPassphrase):
        sealed_key.unseal(data, "a guess")
    assert sealed_key.unseal(data, ADMIN_PASS) == private
    # The holder's name edited in the clear: the file no longer opens.
    edited = data.replace(b"Anna Weber", b"Eve Mallory")
    with pytest.raises(sealed_key.WrongPassphrase):
        sealed_key.unseal(edited, ADMIN_PASS)


def test_a_changed_passphrase_encrypts_the_file_again(sealed):
    ctx = new_session(sealed)
    people = PeopleService(ctx, FAST)
    people.set_own_passphrase(ADMIN.email, ADMIN_PASS, "a brand new lighthouse song")
    data = key_file(ctx).read_bytes()
    with pytest.raises(sealed_key.WrongPassphrase):
        sealed_key.unseal(data, ADMIN_PASS)
    key_session.unlock(ctx, "a brand new lighthouse song")
    assert CompanyKeyService(ctx).locked() is None


def test_a_reset_passphrase_encrypts_the_file_again_only_when_opened(sealed):
    ctx = sealed
    people = PeopleService(ctx, FAST)
    anna = people.get(ADMIN.email)
    other = people.add(anna.id, NewPerson("Mia Roth", "mia@example.com",
                                          "rivers of quiet copper", "administrator"))
    # Opened this session (at setup): the reset takes the key along.
    people.reset_passphrase(other.id, anna.id, "morning trains over bridges")
    new_session(ctx)
    key_session.unlock(ctx, "morning trains over bridges")
    # Not opened: the old passphrase is not known, the file keeps it, and the refusal says so.
    new_session(ctx)
    people.reset_passphrase(other.id, anna.id, "lanterns in the winter fog")
    with pytest.raises(KeyUnavailable) as exc:
        key_session.unlock(ctx, "lanterns in the winter fog")
    assert "before it was reset" in str(exc.value)


def test_the_private_key_is_only_in_the_encrypted_file(sealed, catalog, tmp_path, caplog):
    """The database, its WAL, the settings, backups, exports and the log: none holds the
    private key in any form; the key file holds it encrypted only."""
    caplog.set_level(logging.DEBUG)
    ctx = sealed
    service = CompanyKeyService(ctx)
    private = service.private_key()
    exports = [service.export(tmp_path / "company.json")]
    escalation = EscalationService(ctx)
    view = build(ctx, held_order(ctx, catalog))
    exports += [escalation.save_zip(view.id, tmp_path), escalation.save_eml(view.id, tmp_path)]
    exports.append(EvidenceService(ctx).bundle(dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                               tmp_path).path)
    database = db.sqlite_path(ctx.db_url)
    exports.append(db.backup_sqlite(database))
    forms = [private, base64.b64encode(private), private.hex().encode(),
             private.hex().upper().encode(), base64.b64encode(private).decode().encode("utf-16-le")]
    with ctx.session() as s:
        settings = [row.value for row in s.execute(select(DbSetting)).scalars()]
    assert not any(f.decode("latin-1") in v for v in settings for f in forms)
    ctx.engine.dispose()
    stored = [p for p in database.parent.rglob("*") if p.is_file()]
    assert key_file(ctx) in stored
    for path in [*stored, *exports]:
        data = path.read_bytes()
        assert not any(f in data for f in forms), path
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    assert not any(f in zf.read(name) for f in forms), name
    assert not any(f.decode("latin-1") in caplog.text for f in forms[1:])
    assert ADMIN_PASS not in caplog.text


def test_a_damaged_or_foreign_file_is_said_in_words(sealed):
    ctx = new_session(sealed)
    path = key_file(ctx)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot ours\n")
    key = CompanyKeyService(ctx).current()
    assert key is not None and not key.private_here  # not taken for the key
    with pytest.raises(KeyUnavailable) as exc:
        key_session.unlock(ctx, ADMIN_PASS)
    assert "no encrypted file" in str(exc.value)
    with pytest.raises(sealed_key.SealError) as bad:
        sealed_key.unseal(b"{}", ADMIN_PASS)
    assert "not a sealed signing key" in bad.value.message
    other = signing.generate()
    forged = sealed_key.seal(other.private, ADMIN_PASS, 1, "Anna Weber", sealed_key.Strength(n=4))
    assert sealed_key.describe(forged).public_key != key.public_key


def test_people_set_up_before_the_key_file_make_it_at_the_first_signature(
        no_keyring, memory_keyring, ctx, catalog, tmp_path):
    """A database whose administrator was set up while a keyring was there (but no key made),
    now on a computer without one: the first signature makes the key with her passphrase."""
    keyring.set_keyring(memory_keyring)
    PeopleService(ctx, FAST).first_setup(ADMIN, APPROVER)  # a keyring: no file made
    keyring.set_keyring(fail.Keyring())
    assert CompanyKeyService(ctx).current() is None
    asking = key_session.locked(ctx)
    assert isinstance(asking, KeyLocked) and asking.holder_name == "Anna Weber"
    assert "made now" in str(asking)
    with pytest.raises(WrongPassphrase):
        key_session.unlock(ctx, "a wrong guess")
    assert CompanyKeyService(ctx).current() is None  # nothing made
    key = key_session.unlock(ctx, ADMIN_PASS)
    assert key.storage == KeyStorage.FILE and key.holder == "Anna Weber"
    assert key_session.locked(ctx) is None  # opened for this session
    view = build(ctx, held_order(ctx, catalog))
    public = CompanyKeyService(ctx).export(tmp_path / "company.json")
    assert verify_packet(EscalationService(ctx).save_zip(view.id, tmp_path), public).ok
