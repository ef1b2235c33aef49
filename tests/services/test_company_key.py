"""The company's signing key (services/company_key.py): made at first use with one audit
event, its private half only in the keyring; packets, misuse reports and evidence bundles
signed, checked with the exported public-key file; no keyring -> said in words."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import json
import logging
import zipfile

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from reseller_app.domain import signing
from reseller_app.domain.chain_head import CHAIN_HEAD_NAME
from reseller_app.domain.packets import MANIFEST_NAME
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME, Outcome
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion
from reseller_app.services import company_key as ck
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.company_key import (
    KEY_KEYRING_SERVICE,
    CompanyKeyService,
    KeyUnavailable,
    read_packet,
    verify_packet,
)
from reseller_app.services.dto import AttachmentInput, MisuseDraft
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.misuse import MisuseService
from reseller_app.services.setup import SetupService
from reseller_app.store import db
from reseller_app.store.tables import DbAuditEvent, DbSetting

from .conftest import sample_profile
from .test_escalation import build, held_order


def actions(ctx) -> list[str]:
    with ctx.session() as s:
        return list(s.execute(select(DbAuditEvent.action).order_by(DbAuditEvent.seq)).scalars())


def private_of(memory_keyring) -> bytes:
    [(service, _), *_] = memory_keyring.passwords
    assert service == KEY_KEYRING_SERVICE
    return base64.b64decode(memory_keyring.passwords[next(iter(memory_keyring.passwords))])


def test_the_key_is_made_once_at_setup_and_only_the_keyring_holds_its_private_half(
        ctx, memory_keyring):
    assert SetupService(ctx).save_profile(sample_profile()) is None  # nothing to tell
    assert actions(ctx)[-2:] == [AuditAction.COMPANY_CREATED, AuditAction.KEY_CREATED]
    service = CompanyKeyService(ctx)
    key = service.current()
    assert key is not None and key.private_here and len(key.fingerprint.split()) == 8
    assert list(memory_keyring.passwords) == [(KEY_KEYRING_SERVICE,
                                               signing.key_id(key.public_key))]
    assert signing.public_of(private_of(memory_keyring)) == key.public_key
    assert service.ensure() == key and service.current() == key
    assert SetupService(ctx).save_profile(sample_profile()) is None  # a later save: same key
    assert actions(ctx).count(AuditAction.KEY_CREATED) == 1  # made once
    assert service.current() == key
    with ctx.session() as s:
        event = s.execute(select(DbAuditEvent).where(DbAuditEvent.action == AuditAction.KEY_CREATED)
                          ).scalar_one()
    assert json.loads(event.details)["fingerprint"] == key.fingerprint


def test_without_a_keyring_setup_succeeds_says_so_once_and_stores_no_key(ctx, memory_keyring):
    keyring.set_keyring(fail.Keyring())
    note = SetupService(ctx).save_profile(sample_profile())
    assert note is not None and "will not be signed on this computer" in note
    assert SetupService(ctx).profile() is not None  # the setup itself went through
    assert actions(ctx)[-1] == AuditAction.COMPANY_CREATED  # no key event
    assert CompanyKeyService(ctx).current() is None
    assert SetupService(ctx).save_profile(sample_profile()) is None  # said once, not each save
    with pytest.raises(KeyUnavailable) as exc:
        CompanyKeyService(ctx).ensure()
    assert "no system keyring" in str(exc.value)
    assert CompanyKeyService(ctx).current() is None
    # A packet is still built (the escalation must not stop), unsigned until a key can be used.
    assert ck.manifest_signer(ctx) is None
    # On a computer with a keyring, the key is then made at first use.
    keyring.set_keyring(memory_keyring)
    key = CompanyKeyService(ctx).ensure()
    assert key.private_here and actions(ctx)[-1] == AuditAction.KEY_CREATED


def test_a_desk_without_the_private_key_says_so_and_builds_unsigned(configured, catalog,
                                                                     memory_keyring):
    key = CompanyKeyService(configured).ensure()
    memory_keyring.passwords.clear()  # another computer on the same database
    again = CompanyKeyService(configured).current()
    assert again is not None and not again.private_here
    with pytest.raises(KeyUnavailable) as exc:
        CompanyKeyService(configured).private_key()
    assert key.fingerprint in str(exc.value) and "not in this computer's keyring" in \
        str(exc.value)
    view = build(configured, held_order(configured, catalog))
    assert MANIFEST_SIGNATURE_NAME not in EscalationService(configured).files(view.id)
    assert memory_keyring.passwords == {}  # no second key made behind the user's back


def test_the_public_key_file_is_exported_with_one_audit_event(configured, tmp_path):
    service = CompanyKeyService(configured)
    path = service.export(tmp_path / "nordlicht.pub.json")
    key = signing.parse_public_key(path.read_bytes())
    assert key.owner == "Nordlicht IT GmbH"
    assert key.fingerprint == service.current().fingerprint
    assert actions(configured)[-2:] == [AuditAction.KEY_CREATED, AuditAction.KEY_EXPORTED]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file
    out = tmp_path / "keys"
    out.mkdir()
    assert service.export(out).name == "channel-diligence-public-key.json"  # a folder
    with pytest.raises(ValidationError):
        service.export(tmp_path / "missing" / "key.json")


def test_packets_misuse_reports_and_bundles_are_signed_and_verify(configured, catalog,
                                                                   tmp_path):
    key_file = CompanyKeyService(configured).export(tmp_path / "company.json")
    escalation = EscalationService(configured)
    view = build(configured, held_order(configured, catalog))
    assert MANIFEST_SIGNATURE_NAME in [f.name for f in view.files]
    zipped = escalation.save_zip(view.id, tmp_path)
    folder = escalation.save_folder(view.id, tmp_path)
    for saved in (zipped, folder):
        verdict = verify_packet(saved, key_file)
        assert verdict.ok, verdict.message
        assert verdict.message.startswith("Signed by Nordlicht IT GmbH (fingerprint ")
    # The e-mail carries the signature beside the manifest.
    msg = email.message_from_bytes(escalation.eml(view.id), policy=email.policy.default)
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in msg.iter_attachments()}  # bytes, a text file's too
    assert attached[MANIFEST_SIGNATURE_NAME] == escalation.file(view.id,
                                                                MANIFEST_SIGNATURE_NAME)
    key = signing.parse_public_key(key_file.read_bytes())
    assert signing.verify_packet(key, attached).ok
    assert "manifest.sig.json is our Ed25519 signature of manifest.json" in \
        msg.get_body(("plain",)).get_content()

    report = MisuseService(configured).report(MisuseDraft(
        what_seen="The cameras were pointed at a union's entrance.",
        seen_on=dt.date(2026, 11, 1), order_id=None, customer_id=catalog.police.id,
        evidence=[AttachmentInput("photo.jpg", b"\xff\xd8\xff fake jpeg")]))
    assert verify_packet(escalation.save_zip(report.id, tmp_path), key_file).ok

    bundle = EvidenceService(configured).bundle(dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                                tmp_path / "evidence.zip")
    assert MANIFEST_SIGNATURE_NAME in bundle.files
    assert verify_packet(bundle.path, key_file).ok


def test_an_attachment_named_like_the_signature_is_numbered(configured, catalog):
    view = build(configured, held_order(configured, catalog),
                 attachments=[AttachmentInput(MANIFEST_SIGNATURE_NAME, b"{}")])
    files = EscalationService(configured).files(view.id)
    assert "manifest.sig-2.json" in files
    signing.parse_signature(files[MANIFEST_SIGNATURE_NAME])  # the real one is kept


def _rezip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_received_packet_is_refused_in_words(configured, catalog, tmp_path, memory_keyring):
    key_file = CompanyKeyService(configured).export(tmp_path / "company.json")
    escalation = EscalationService(configured)
    view = build(configured, held_order(configured, catalog))
    files = escalation.files(view.id)
    cases = {
        "unsigned": ({n: b for n, b in files.items() if n != MANIFEST_SIGNATURE_NAME},
                     Outcome.UNSIGNED),
        "altered": ({**files, view.pdf_name: b"%PDF-1.4 another"}, Outcome.ALTERED),
        "manifest": ({**files, MANIFEST_NAME: files[MANIFEST_NAME] + b" "}, Outcome.ALTERED),
    }
    for name, (content, outcome) in cases.items():
        path = tmp_path / f"{name}.zip"
        path.write_bytes(_rezip(content))
        assert verify_packet(path, key_file).outcome == outcome, name
    other = signing.generate()
    other_file = tmp_path / "other.json"
    other_file.write_bytes(signing.dump_public_key("TechDistri Europe", other.public))
    verdict = verify_packet(escalation.save_zip(view.id, tmp_path), other_file)
    assert verdict.outcome == Outcome.OTHER_KEY and "TechDistri Europe" in verdict.message

    not_zip = tmp_path / "notes.zip"
    not_zip.write_bytes(b"just some notes")
    with pytest.raises(ValidationError) as exc:
        read_packet(not_zip)
    assert "notes.zip is not a packet's zip or folder" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        read_packet(tmp_path / "missing.zip")
    with pytest.raises(ValidationError) as exc:
        verify_packet(tmp_path / "unsigned.zip", not_zip)
    assert exc.value.field == "key" and "notes.zip" in exc.value.message


def test_a_zip_that_unpacks_to_more_than_any_packet_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ck, "MAX_PACKET_BYTES", 1000)
    bomb = tmp_path / "bomb.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.bin", b"\0" * 100_000)  # a few hundred bytes packed
    bomb.write_bytes(buf.getvalue())
    assert bomb.stat().st_size < 1000
    with pytest.raises(ValidationError) as exc:
        read_packet(bomb)
    assert "more than" in exc.value.message


def test_the_private_key_appears_nowhere_but_the_keyring(configured, catalog, tmp_path,
                                                         memory_keyring, caplog):
    """The database file, the settings, the exported key file, zip, folder, .eml and evidence
    bundle, and the log: none holds the private key, raw, in base64 or in hex."""
    caplog.set_level(logging.DEBUG)
    service = CompanyKeyService(configured)
    exports = [service.export(tmp_path / "company.json")]
    escalation = EscalationService(configured)
    view = build(configured, held_order(configured, catalog))
    exports += [escalation.save_zip(view.id, tmp_path), escalation.save_eml(view.id, tmp_path)]
    exports += [p for p in escalation.save_folder(view.id, tmp_path).rglob("*") if p.is_file()]
    exports.append(EvidenceService(configured).bundle(dt.date(2026, 1, 1),
                                                      dt.date(2026, 12, 31), tmp_path).path)
    # The chain's signed heads: in the packet and the bundle, exported, kept at closing.
    heads = ChainHeadService(configured)
    exports.append(heads.export(tmp_path / "head.json")[0])
    assert heads.sign_if_grown(HeadOccasion.CLOSING) is not None
    for bundle in (exports[1], exports[-2]):
        with zipfile.ZipFile(bundle) as zf:
            assert CHAIN_HEAD_NAME in zf.namelist(), bundle
    private = private_of(memory_keyring)
    forms = [private, base64.b64encode(private), private.hex().encode(),
             private.hex().upper().encode(), base64.b64encode(private).decode().encode("utf-16-le")]
    with configured.session() as s:
        settings = [row.value for row in s.execute(select(DbSetting)).scalars()]
    assert not any(f.decode("latin-1") in v for v in settings for f in forms)
    configured.engine.dispose()  # everything written to the files
    database = db.sqlite_path(configured.db_url)
    stored = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    for path in [*stored, *exports]:
        data = path.read_bytes()
        assert not any(f in data for f in forms), path
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    assert not any(f in zf.read(name) for f in forms), name
    assert not any(f.decode("latin-1") in caplog.text for f in forms[1:])
