"""Criteria packs signed by a distributor's desk (``DeskService.sign_pack``) and checked at the
reseller's import against the pinned key of the distributor that issued them
(``services/distributor_keys.check_pack_signature``): a signed pack is imported with its signer
named in the audit event and in the pack list; an unsigned pack from a pinned distributor, a
wrong signature, another distributor's key and a pack altered after signing are each refused
in words with nothing stored; an unsigned pack from a distributor without a pinned key comes
in with a warning, and the administrator's per-distributor choice lets one in, audited. The
app's own default pack needs no signature. Real keys (the desk's keygen), real pack files."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseller_app.domain import signing
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.desk import DeskKeyService, DeskService
from reseller_app.services.distributor_keys import ROLE_DISTRIBUTOR, PinnedKeyService
from reseller_app.services.dto import Distributor
from reseller_app.services.errors import ValidationError
from reseller_app.services.packs import (
    PackService,
    default_pack_bytes,
    default_pack_sha256,
    read_pack_file,
)
from reseller_app.services.setup import SetupService
from reseller_app.store.tables import DbAuditEvent, DbPack

from .conftest import sample_profile
from .test_desk import open_desk

DISTRIBUTOR = "TechDistri Europe"


def write_pack(folder: Path, name: str = "techdistri-pack.json", *,
               issuer: str = DISTRIBUTOR, version: str = "2099.1.0") -> Path:
    """A copy of the default pack under the distributor's own id and version."""
    data = json.loads(default_pack_bytes())
    data.update(id="techdistri-europe", version=version, issuer=issuer,
                title="TechDistri Europe criteria pack")
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def sig_of(path: Path) -> Path:
    return path.with_name(signing.signature_name(path.name))


@dataclass
class Packs:
    reseller: AppContext
    desk: AppContext
    tmp: Path
    fingerprint: str

    def signed_pack(self, name: str = "techdistri-pack.json", **kw) -> Path:
        path = write_pack(self.tmp, name, **kw)
        DeskService(self.desk).sign_pack(path)
        return path

    def stored(self) -> tuple[int, int]:
        """The packs stored and the audit events: what a refused import must leave alone."""
        with self.reseller.session() as s:
            return (s.execute(select(func.count()).select_from(DbPack)).scalar_one(),
                    s.execute(select(func.count()).select_from(DbAuditEvent)).scalar_one())

    def imports(self, path: Path):
        raw, signature = read_pack_file(path)
        service = PackService(self.reseller)
        preview = service.preview_import(raw, signature)
        return preview, service.import_pack(raw, signature=signature)

    def refused(self, path: Path, *words: str) -> str:
        before = self.stored()
        raw, signature = read_pack_file(path)
        for attempt in (lambda: PackService(self.reseller).preview_import(raw, signature),
                        lambda: PackService(self.reseller).import_pack(raw,
                                                                       signature=signature)):
            with pytest.raises(ValidationError) as exc:
                attempt()
            for w in words:
                assert w in exc.value.message
            assert "Nothing was imported." in exc.value.message
        assert self.stored() == before
        return exc.value.message


@pytest.fixture
def desk(tmp_path) -> Iterator[AppContext]:
    ctx = open_desk(tmp_path, "desk")
    yield ctx
    ctx.engine.dispose()


@pytest.fixture
def packs(configured, desk, tmp_path) -> Packs:
    """The desk made its key (as ``distributor keygen`` does); the reseller pinned it."""
    key_file = DeskKeyService(desk, owner=DISTRIBUTOR).export(tmp_path / "desk-key.json")
    pinned = PinnedKeyService(configured).pin(ROLE_DISTRIBUTOR, DISTRIBUTOR, key_file)
    return Packs(configured, desk, tmp_path, pinned.fingerprint)


def last_event(ctx: AppContext) -> tuple[str, dict]:
    with ctx.session() as s:
        row = s.execute(select(DbAuditEvent).order_by(DbAuditEvent.seq.desc())).scalars().first()
        return row.action, json.loads(row.details)


def test_a_signed_pack_is_imported_with_its_signer_named_and_recorded(packs):
    path = packs.signed_pack()
    assert sig_of(path).is_file()
    preview, info = packs.imports(path)
    expected = f"Signed by {DISTRIBUTOR} (fingerprint {packs.fingerprint})."
    assert preview.signature.message == expected and not preview.signature.warning
    assert info.active and info.signed_by == DISTRIBUTOR
    assert info.signer_fingerprint == packs.fingerprint
    action, details = last_event(packs.reseller)
    assert action == AuditAction.PACK_IMPORTED
    assert details["signed_by"] == DISTRIBUTOR
    assert details["signer_fingerprint"] == packs.fingerprint
    service = PackService(packs.reseller)
    assert service.signer() == (DISTRIBUTOR, packs.fingerprint)
    listed = {p.pack_id: p for p in service.list_packs()}
    assert listed["techdistri-europe"].signed_by == DISTRIBUTOR
    assert listed["channel-diligence-default"].signed_by == ""


def test_choosing_the_signature_file_imports_the_pack_beside_it(packs):
    path = packs.signed_pack()
    raw, signature = read_pack_file(sig_of(path))
    assert raw == path.read_bytes() and signature == sig_of(path).read_bytes()


def test_the_desk_records_what_it_signed(packs):
    path = write_pack(packs.tmp)
    signed = DeskService(packs.desk).sign_pack(path, out=packs.tmp / "elsewhere.sig.json")
    assert signed.signature == packs.tmp / "elsewhere.sig.json"
    assert signed.signer == DISTRIBUTOR and signed.fingerprint == packs.fingerprint
    action, details = last_event(packs.desk)
    assert action == AuditAction.DESK_PACK_SIGNED
    assert details["pack_id"] == "techdistri-europe" and details["version"] == "2099.1.0"
    assert details["key_fingerprint"] == packs.fingerprint


def test_an_unsigned_pack_from_a_pinned_distributor_is_refused(packs):
    path = write_pack(packs.tmp)
    packs.refused(path, "not signed", f"{DISTRIBUTOR}'s key is pinned", packs.fingerprint)


def test_a_wrong_signature_is_refused(packs):
    path = packs.signed_pack()
    data = json.loads(sig_of(path).read_bytes())
    forged = bytearray(base64.b64decode(data["signature"]))
    forged[0] ^= 0xFF
    data["signature"] = base64.b64encode(bytes(forged)).decode("ascii")
    sig_of(path).write_text(json.dumps(data))
    packs.refused(path, "The signature is wrong")


def test_a_truncated_signature_is_refused(packs):
    path = packs.signed_pack()
    sig_of(path).write_bytes(sig_of(path).read_bytes()[:120])
    packs.refused(path, "The criteria pack is refused")


def test_a_decision_signature_cannot_pass_for_a_packs(packs):
    path = write_pack(packs.tmp)
    keys = DeskKeyService(packs.desk)
    sig_of(path).write_bytes(signing.sign_detached(keys.private_key(), keys.owner(),
                                                   path.read_bytes(), signing.PURPOSE_DECISION))
    packs.refused(path, "made for something else")


def test_a_pack_signed_by_another_distributors_key_is_refused(packs, tmp_path):
    profile = sample_profile()
    profile.distributors.append(Distributor("Other Distri", "x@other.example"))
    SetupService(packs.reseller).save_profile(profile)
    other = open_desk(tmp_path, "other")
    try:
        other_key = DeskKeyService(other, owner="Other Distri").export(tmp_path / "o.json")
        PinnedKeyService(packs.reseller).pin(ROLE_DISTRIBUTOR, "Other Distri", other_key)
        path = write_pack(tmp_path)  # it names TechDistri Europe as its issuer
        DeskService(other).sign_pack(path)
    finally:
        other.engine.dispose()
    packs.refused(path, f"names {DISTRIBUTOR} as its issuer", "key of Other Distri")


def test_a_pack_signed_by_a_key_nobody_pinned_is_refused(packs, tmp_path):
    other = open_desk(tmp_path, "mallory")
    try:  # a key that claims to be TechDistri Europe's
        DeskKeyService(other, owner=DISTRIBUTOR).ensure()
        path = write_pack(tmp_path)
        DeskService(other).sign_pack(path)
    finally:
        other.engine.dispose()
    packs.refused(path, "signed by another key")


def test_a_pack_altered_after_signing_is_refused(packs):
    path = packs.signed_pack()
    data = json.loads(path.read_bytes())
    data["red_flags"] = data["red_flags"][1:]  # one warning phrase quietly dropped
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    packs.refused(path, "altered after signing")


def test_an_unsigned_pack_from_a_distributor_without_a_pinned_key_comes_with_a_warning(
        configured, tmp_path):
    path = write_pack(tmp_path, issuer="Some Industry Body")
    raw, signature = read_pack_file(path)
    assert signature is None
    preview = PackService(configured).preview_import(raw)
    assert preview.signature.warning and "not signed" in preview.signature.message
    assert "Some Industry Body" in preview.signature.message
    info = PackService(configured).import_pack(raw)
    assert info.active and info.signed_by == ""
    _, details = last_event(configured)
    assert details["signature_checked"] is False and "signed_by" not in details


def test_a_pack_passed_on_by_a_pinned_distributor_is_signed_by_it(packs):
    """An industry body's pack, signed by the distributor that passes it on."""
    path = packs.signed_pack(issuer="Some Industry Body")
    preview, info = packs.imports(path)
    assert not preview.signature.warning and info.signed_by == DISTRIBUTOR


def test_the_administrators_choice_lets_an_unsigned_pack_in_and_says_so(packs):
    PinnedKeyService(packs.reseller).set_accept_unsigned(DISTRIBUTOR, True)
    path = write_pack(packs.tmp)
    preview, info = packs.imports(path)
    assert preview.signature.warning
    assert "an administrator's choice" in preview.signature.message
    assert info.active and info.signed_by == ""
    action, details = last_event(packs.reseller)
    assert action == AuditAction.PACK_IMPORTED
    assert details["unsigned_accepted_for"] == DISTRIBUTOR
    assert details["signature_checked"] is False


def test_the_apps_own_default_pack_needs_no_signature(configured):
    service = PackService(configured)
    assert service.active_sha256() == default_pack_sha256()
    preview = service.preview_import(default_pack_bytes())
    assert preview.signature is None
    with configured.session() as s:
        details = [json.loads(d) for d in s.execute(
            select(DbAuditEvent.details).where(DbAuditEvent.entity == "pack")).scalars()]
    assert details[0]["own_pack"] is True


def test_a_stored_signed_pack_keeps_its_signer_when_put_back_into_use(packs):
    first = packs.signed_pack()
    packs.imports(first)
    second = packs.signed_pack("newer.json", version="2099.2.0")
    packs.imports(second)
    service = PackService(packs.reseller)
    kept = next(p for p in service.list_packs() if p.version == "2099.1.0")
    # The stored copy has no signature file: what its import proved stands.
    stored = service.by_sha256(kept.sha256).canonical
    preview = service.preview_import(stored)
    assert preview.signature.signed_by == DISTRIBUTOR
    info = service.import_pack(stored)
    assert info.active and info.signed_by == DISTRIBUTOR


def test_the_desk_refuses_to_sign_with_a_key_it_does_not_hold(packs, tmp_path):
    path = write_pack(tmp_path)
    stranger = tmp_path / "stranger.json"
    stranger.write_bytes(signing.dump_public_key("Other Distri", signing.generate().public))
    with pytest.raises(ValidationError, match="not this desk's signing key"):
        DeskService(packs.desk).sign_pack(path, key_file=stranger)
    assert not sig_of(path).exists()
    key_file = packs.tmp / "desk-key.json"
    assert DeskService(packs.desk).sign_pack(path, key_file=key_file).signature == sig_of(path)


def test_a_desk_without_a_key_or_a_broken_pack_signs_nothing(tmp_path):
    desk = open_desk(tmp_path, "new-desk")
    try:
        path = write_pack(tmp_path)
        with pytest.raises(ValidationError, match="no signing key yet"):
            DeskService(desk).sign_pack(path)
        DeskKeyService(desk, owner=DISTRIBUTOR).ensure()
        broken = tmp_path / "broken.json"
        broken.write_text('{"format": "channel-diligence-pack/1"}')
        with pytest.raises(ValidationError, match="not a criteria pack the app can use"):
            DeskService(desk).sign_pack(broken)
    finally:
        desk.engine.dispose()
    assert not sig_of(path).exists() and not sig_of(broken).exists()


def test_a_pack_signature_file_matches_its_published_schema(packs):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = Path(__file__).resolve().parents[2] / "resources" / "schemas" / \
        "signature-v1.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    signature = json.loads(sig_of(packs.signed_pack()).read_bytes())
    assert signature["purpose"] == signing.PURPOSE_PACK
    jsonschema.validate(signature, schema)
