"""The distributor's answer desk (services/desk.py) and the loop it closes: the reseller builds
a signed packet, the desk checks it against the reseller's pinned key and answers with a
signed decision file, the reseller imports it checked against the distributor's pinned key.
Every attack is refused in words and stores nothing: a forged or truncated signature, another
distributor's key, a packet or decision altered after signing, a replayed decision, an
unsigned file where a key is pinned."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.domain import packets as p
from reseller_app.domain import signing
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.answers import AnswerService
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.context import AppContext
from reseller_app.services.desk import ANSWERED, WAITING, DeskKeyService, DeskService
from reseller_app.services.distributor_keys import (
    ROLE_DISTRIBUTOR,
    ROLE_RESELLER,
    PinnedKeyService,
)
from reseller_app.services.dto import Distributor, OrderStatus
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbAuditEvent, DbDistributorAnswer, DbReceivedPacket

from ..conftest import stepping_clock
from .conftest import sample_profile
from .test_escalation import build, held_order

DISTRIBUTOR = "TechDistri Europe"


def open_desk(tmp_path: Path, name: str) -> AppContext:
    """A distributor's own installation: another database, no company profile."""
    return open_app(f"sqlite:///{tmp_path / f'{name}.sqlite3'}", clock=stepping_clock(),
                    actor="dana")


@pytest.fixture
def desk(tmp_path) -> Iterator[AppContext]:
    ctx = open_desk(tmp_path, "desk")
    yield ctx
    ctx.engine.dispose()


@dataclass
class Loop:
    reseller: AppContext
    desk: AppContext
    tmp: Path
    reseller_key: Path
    desk_key: Path

    def packet(self, catalog, reference: str = "SO-2001") -> tuple[str, Path]:
        """A held order's signed packet, saved as a zip (so it left the app)."""
        view = build(self.reseller, held_order(self.reseller, catalog, reference))
        folder = self.tmp / f"out-{reference}"
        folder.mkdir()
        return view.id, EscalationService(self.reseller).save_zip(view.id, folder)

    def answer(self, packet: Path, name: str = "decision.json", **kw) -> Path:
        args = {"outcome": "approved_with_conditions",
                "conditions": ["Disable face matching before delivery"],
                "reference": "TD-2026-118", "person": "Dana Ruiz"}
        args.update(kw)
        _, out, _ = DeskService(self.desk).answer(packet, out=self.tmp / name, **args)
        return out

    def answers(self) -> int:
        with self.reseller.session() as s:
            return len(s.execute(select(DbDistributorAnswer)).scalars().all())


@pytest.fixture
def loop(configured, desk, tmp_path) -> Loop:
    """Both sides set up: each has pinned the other's key (fingerprints compared)."""
    reseller_key = CompanyKeyService(configured).export(tmp_path / "reseller-key.json")
    desk_key = DeskKeyService(desk, owner=DISTRIBUTOR).export(tmp_path / "desk-key.json")
    PinnedKeyService(desk).pin(ROLE_RESELLER, "", reseller_key)
    PinnedKeyService(configured).pin(ROLE_DISTRIBUTOR, DISTRIBUTOR, desk_key)
    return Loop(configured, desk, tmp_path, reseller_key, desk_key)


def zip_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


def sig_of(path: Path) -> Path:
    return path.with_name(signing.signature_name(path.name))


def rewrite_signature(path: Path, change) -> None:
    data = json.loads(sig_of(path).read_bytes())
    change(data)
    sig_of(path).write_text(json.dumps(data))


def refused(loop: Loop, decision: Path, *words: str, packet_id: str | None = None) -> None:
    before = loop.answers()
    with pytest.raises(ValidationError) as exc:
        AnswerService(loop.reseller).import_file(decision, packet_id=packet_id)
    for w in words:
        assert w in exc.value.message
    assert loop.answers() == before


# -- the whole loop -------------------------------------------------------------------------------
def test_the_loop_reseller_packet_desk_answer_signed_decision_imported(loop, catalog):
    packet_id, packet = loop.packet(catalog)
    desk = DeskService(loop.desk)
    check = desk.verify(packet)
    assert check.packet_id == packet_id and check.reseller == "Nordlicht IT GmbH"
    assert check.order_reference == "SO-2001" and not check.warning
    assert check.message.startswith("Signed by Nordlicht IT GmbH (fingerprint ")
    assert check.pdf_name == "escalation-SO-2001.pdf"
    assert desk.receive(packet).state == WAITING
    assert [r.packet_id for r in desk.packets(WAITING)] == [packet_id]

    assert desk.files(packet_id)[check.pdf_name].startswith(b"%PDF")  # to read before deciding
    with pytest.raises(ValidationError, match="in the future"):
        loop.answer(packet, answered_on=loop.desk.clock().date() + dt.timedelta(days=2))
    decision = loop.answer(packet)
    assert sig_of(decision).is_file()
    [row] = desk.packets()
    assert row.state == ANSWERED and row.outcome == "approved_with_conditions"
    assert desk.packets(WAITING) == []

    # The signature chosen by mistake: the decision beside it is meant (signature beside it).
    answer = AnswerService(loop.reseller).import_file(sig_of(decision))
    fingerprint = DeskKeyService(loop.desk).current().fingerprint
    assert answer.signature == f"Signed by {DISTRIBUTOR} (fingerprint {fingerprint})."
    assert not answer.signature_warning
    assert answer.order_status == OrderStatus.PROCEED_WITH_CONDITIONS
    assert answer.conditions == ["Disable face matching before delivery"]
    with loop.reseller.session() as s:
        stored = s.execute(select(DbDistributorAnswer)).scalar_one()
        event = s.execute(select(DbAuditEvent).where(
            DbAuditEvent.action == AuditAction.DISTRIBUTOR_ANSWERED)).scalar_one()
    assert bytes(stored.source_signature) == sig_of(decision).read_bytes()
    assert json.loads(event.details)["key_fingerprint"] == fingerprint


def test_the_desk_reads_the_packet_from_a_folder_and_from_the_eml(loop, catalog):
    packet_id, _ = loop.packet(catalog)
    service = EscalationService(loop.reseller)
    folder = service.save_folder(packet_id, loop.tmp)
    eml = service.save_eml(packet_id, loop.tmp / "packet.eml")
    for source in (folder, eml):
        check = DeskService(loop.desk).verify(source)
        assert check.packet_id == packet_id and check.signed_by == "Nordlicht IT GmbH"


def test_fifty_resellers_packets_stay_in_the_order_they_came(loop, catalog):
    ids = [loop.packet(catalog, f"SO-30{i:02d}") for i in range(3)]
    desk = DeskService(loop.desk)
    for _, path in ids:
        desk.receive(path)
    desk.receive(ids[0][1])  # received again: keeps its place, no second row
    assert [r.packet_id for r in desk.packets()] == [i for i, _ in ids]
    loop.answer(ids[1][1])
    assert [r.packet_id for r in desk.packets(WAITING)] == [ids[0][0], ids[2][0]]
    with pytest.raises(ValidationError, match="already answered"):
        loop.answer(ids[1][1], name="again.json")


# -- attacks on the decision file (reseller side) ---------------------------------------------
def test_a_forged_signature_is_refused(loop, catalog):
    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)

    def forge(data):
        raw = bytearray(base64.b64decode(data["signature"]))
        raw[0] ^= 1
        data["signature"] = base64.b64encode(bytes(raw)).decode()
    rewrite_signature(decision, forge)
    refused(loop, decision, "The signature is wrong", "Nothing was recorded")


def test_a_truncated_signature_is_refused(loop, catalog):
    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)
    rewrite_signature(decision, lambda d: d.update(signature=d["signature"][:40]))
    refused(loop, decision, "cannot be read", "Nothing was recorded")
    sig_of(decision).write_bytes(sig_of(decision).read_bytes()[:100])  # cut mid-file
    refused(loop, decision, "Nothing was recorded")


def test_a_decision_altered_after_signing_is_refused(loop, catalog):
    _, packet = loop.packet(catalog)
    decision = loop.answer(packet, outcome="rejected", conditions=[])
    data = json.loads(decision.read_bytes())
    data["outcome"] = "approved"
    decision.write_bytes(p.json_bytes(data))
    refused(loop, decision, "altered after signing", "Nothing was recorded")


def test_a_decision_signed_by_another_distributors_key_is_refused(loop, catalog, tmp_path):
    profile = sample_profile()
    profile.distributors.append(Distributor("Other Distri", "x@other.example"))
    SetupService(loop.reseller).save_profile(profile)
    other = open_desk(tmp_path, "other")
    try:
        other_key = DeskKeyService(other, owner="Other Distri").export(tmp_path / "o.json")
        PinnedKeyService(loop.reseller).pin(ROLE_DISTRIBUTOR, "Other Distri", other_key)
        _, packet = loop.packet(catalog)
        _, decision, _ = DeskService(other).answer(
            packet, outcome="approved", conditions=[], reference="OD-1", person="Eve",
            out=tmp_path / "other-decision.json")
    finally:
        other.engine.dispose()
    refused(loop, decision, "signed with the key of Other Distri", DISTRIBUTOR)


def test_a_decision_signed_by_an_unknown_key_is_refused(loop, catalog, tmp_path):
    other = open_desk(tmp_path, "unknown")
    try:
        _, packet = loop.packet(catalog)
        _, decision, _ = DeskService(other, keys=DeskKeyService(other, owner=DISTRIBUTOR)
                                     ).answer(packet, outcome="approved", conditions=[],
                                              reference="X", person="Mallory",
                                              out=tmp_path / "fake.json")
    finally:
        other.engine.dispose()
    refused(loop, decision, "signed by another key", "Nothing was recorded")


def test_a_replayed_decision_for_another_packet_is_refused(loop, catalog):
    first_id, first = loop.packet(catalog, "SO-2001")
    second_id, _ = loop.packet(catalog, "SO-2002")
    decision = loop.answer(first)
    # Chosen while answering the second packet: it names the first.
    refused(loop, decision, first_id, second_id, packet_id=second_id)
    # Its packet id rewritten to the second packet: the signature no longer holds.
    data = json.loads(decision.read_bytes())
    data["packet_id"] = second_id
    decision.write_bytes(p.json_bytes(data))
    refused(loop, decision, "altered after signing")


def test_an_unsigned_decision_is_refused_once_the_key_is_pinned_unless_allowed(loop, catalog):
    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)
    sig_of(decision).unlink()
    refused(loop, decision, "not signed", "pinned", "Nothing was recorded")
    keys = PinnedKeyService(loop.reseller)
    assert keys.set_accept_unsigned(DISTRIBUTOR, True).accept_unsigned
    answer = AnswerService(loop.reseller).import_file(decision)
    assert answer.signature_warning and "not signed" in answer.signature
    with loop.reseller.session() as s:
        actions = list(s.execute(select(DbAuditEvent.action)).scalars())
    assert AuditAction.KEY_UNSIGNED_ALLOWED in actions


def test_without_a_pinned_key_an_unsigned_decision_is_accepted_with_a_warning(
        configured, desk, catalog, tmp_path):
    view = build(configured, held_order(configured, catalog))
    zipped = EscalationService(configured).save_zip(view.id, tmp_path)
    _, decision, _ = DeskService(desk, keys=DeskKeyService(desk, owner=DISTRIBUTOR)).answer(
        zipped, outcome="approved", conditions=[], reference="TD-1", person="Dana",
        out=tmp_path / "d.json")
    sig_of(decision).unlink()
    answer = AnswerService(configured).import_file(decision)
    assert answer.signature_warning and "no key of TechDistri Europe is pinned" in \
        answer.signature
    assert OrderService(configured).get(view.order_id).status == OrderStatus.PROCEED


# -- attacks on the packet (desk side) --------------------------------------------------------
def test_a_packet_altered_after_signing_is_refused_by_the_desk(loop, catalog):
    _, packet = loop.packet(catalog)
    files = zip_files(packet)
    files["escalation-SO-2001.pdf"] += b"%changed"
    with pytest.raises(ValidationError, match="altered after its manifest"):
        DeskService(loop.desk).verify(write_zip(loop.tmp / "a.zip", files))
    # The manifest made again to match: the reseller's signature no longer holds.
    manifest = p.parse_manifest(files[p.MANIFEST_NAME])
    listed = {f.name: files[f.name] for f in manifest.files}
    files[p.MANIFEST_NAME] = p.manifest_bytes(
        p.Manifest(manifest.packet_id, manifest.created_at,
                   tuple(p.ManifestEntry(n, p.sha256(b), len(b)) for n, b in listed.items())))
    with pytest.raises(ValidationError, match="altered after signing"):
        DeskService(loop.desk).verify(write_zip(loop.tmp / "b.zip", files))
    with loop.desk.session() as s:
        assert s.execute(select(DbReceivedPacket)).scalars().all() == []


def test_an_unsigned_packet_from_a_reseller_whose_key_is_pinned_is_refused(loop, catalog):
    _, packet = loop.packet(catalog)
    files = zip_files(packet)
    del files[signing.MANIFEST_SIGNATURE_NAME]
    with pytest.raises(ValidationError, match="not signed"):
        DeskService(loop.desk).receive(write_zip(loop.tmp / "u.zip", files))
    assert DeskService(loop.desk).packets() == []


def test_a_packet_with_a_forged_signature_is_refused_by_the_desk(loop, catalog):
    _, packet = loop.packet(catalog)
    files = zip_files(packet)
    sig = json.loads(files[signing.MANIFEST_SIGNATURE_NAME])
    raw = bytearray(base64.b64decode(sig["signature"]))
    raw[5] ^= 0x40
    sig["signature"] = base64.b64encode(bytes(raw)).decode()
    files[signing.MANIFEST_SIGNATURE_NAME] = json.dumps(sig).encode()
    with pytest.raises(ValidationError, match="signature is wrong"):
        DeskService(loop.desk).verify(write_zip(loop.tmp / "f.zip", files))


def test_a_misuse_report_asks_for_no_decision(loop, catalog):
    from reseller_app.services.dto import MisuseDraft
    from reseller_app.services.misuse import MisuseService
    view = MisuseService(loop.reseller).report(MisuseDraft(
        "Cameras seen at a protest", loop.reseller.clock().date(),
        customer_id=catalog.police.id))
    zipped = EscalationService(loop.reseller).save_zip(view.id, loop.tmp)
    with pytest.raises(ValidationError, match="misuse report"):
        DeskService(loop.desk).verify(zipped)


# -- a distributor without the app ----------------------------------------------------------
def test_an_answer_written_from_the_packets_template_is_accepted_with_the_warning(
        configured, catalog, tmp_path):
    view = build(configured, held_order(configured, catalog))
    zipped = EscalationService(configured).save_zip(view.id, tmp_path)
    files = zip_files(zipped)
    assert b"reseller-app distributor answer" in files[p.HOW_TO_ANSWER_NAME]
    template = json.loads(files[p.DECISION_TEMPLATE_NAME])
    assert template["packet_id"] == view.id and template["organisation"] == DISTRIBUTOR
    assert {f["name"] for f in template["files"]} == {
        "escalation-SO-2001.pdf", "escalation-SO-2001.json", "End-user statement (signed).pdf"}
    answers = AnswerService(configured)
    with pytest.raises(ValidationError, match="outcome"):  # not filled in yet
        answers.import_file(files[p.DECISION_TEMPLATE_NAME])
    cut = dict(template, outcome="rejected", reference="TD-9", answered_on="2026-11-05",
               person="Dana Ruiz", files=template["files"][:2])
    with pytest.raises(ValidationError, match="End-user statement"):  # a file left out
        answers.import_file(json.dumps(cut).encode())
    filled = dict(template, outcome="rejected", reference="TD-9", answered_on="2026-11-05",
                  person="Dana Ruiz")
    answer = answers.import_file(json.dumps(filled).encode())
    assert answer.outcome == "rejected" and answer.signature_warning
    assert OrderService(configured).get(view.order_id).status == OrderStatus.DECLINED


def test_the_desks_decision_its_signature_and_a_filled_template_follow_the_schemas(
        loop, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schemas = Path(__file__).resolve().parents[2] / "resources" / "schemas"

    def schema(name: str) -> dict:
        data = json.loads((schemas / name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(data)
        return data

    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)
    jsonschema.validate(json.loads(decision.read_bytes()),
                        schema("distributor-decision-v1.schema.json"))
    jsonschema.validate(json.loads(sig_of(decision).read_bytes()),
                        schema("signature-v1.schema.json"))
    filled = dict(json.loads(zip_files(packet)[p.DECISION_TEMPLATE_NAME]), outcome="approved",
                  reference="TD-9", answered_on="2026-11-05", person="Dana Ruiz")
    jsonschema.validate(filled, schema("distributor-decision-v1.schema.json"))
    del filled["files"]
    with pytest.raises(jsonschema.ValidationError):  # names neither the manifest nor files
        jsonschema.validate(filled, schema("distributor-decision-v1.schema.json"))


def test_no_private_key_is_in_either_database_or_the_files_exchanged(loop, catalog,
                                                                     memory_keyring):
    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)
    AnswerService(loop.reseller).import_file(decision)
    secrets = [base64.b64decode(v) for v in memory_keyring.passwords.values()]
    assert len(secrets) == 2  # the reseller's company key and the desk's key
    exchanged = [packet.read_bytes(), decision.read_bytes(), sig_of(decision).read_bytes(),
                 loop.reseller_key.read_bytes(), loop.desk_key.read_bytes(),
                 *(f.read_bytes() for c in (loop.reseller, loop.desk)  # with -wal, -shm
                   for f in Path(str(c.engine.url.database)).parent.glob(
                       Path(str(c.engine.url.database)).name + "*"))]
    assert len(exchanged) >= 7
    for secret in secrets:
        for data in exchanged:
            assert secret not in data and base64.b64encode(secret) not in data


def test_the_evidence_bundle_keeps_the_decision_with_its_signature(loop, catalog):
    from reseller_app.services.evidence import EvidenceService

    _, packet = loop.packet(catalog)
    decision = loop.answer(packet)
    AnswerService(loop.reseller).import_file(decision)
    today = loop.reseller.clock().date()
    report = EvidenceService(loop.reseller).bundle(today, today, loop.tmp / "evidence.zip")
    with zipfile.ZipFile(report.path) as zf:
        [answer] = json.loads(zf.read("answers.json"))
        kept, sig = zf.read(answer["decision_file"]), zf.read(answer["decision_signature"])
    key = signing.parse_public_key(loop.desk_key.read_bytes())
    assert signing.verify_detached(key, kept, sig, signing.PURPOSE_DECISION).ok


# -- the answer sent back through the outbox ----------------------------------------------------
def test_the_answer_goes_back_by_e_mail_through_the_outbox_and_is_imported(loop, catalog):
    from reseller_app.services.dto import SmtpSettings
    from reseller_app.services.outbox import OutboxService
    from reseller_app.services.settings import SettingsService

    from ..smtp_server import SmtpServer

    packet_id, packet = loop.packet(catalog)
    desk = DeskService(loop.desk)
    desk.receive(packet)
    outbox = OutboxService(loop.desk)
    with pytest.raises(ValidationError, match="not answered yet"):
        outbox.queue_decision(packet_id)
    view, out, sig = desk.answer_received(packet_id, outcome="rejected", conditions=[],
                                          reference="TD-9", person="Dana Ruiz")
    assert out is None and sig is None and view.state == ANSWERED
    server = SmtpServer().start()
    try:
        SettingsService(loop.desk).save_smtp(SmtpSettings(server.host, server.port, "none", "",
                                                          "desk@techdistri.example"))
        item = outbox.queue_decision(packet_id)
        assert item.kind == "decision" and item.order_reference == "SO-2001"
        assert item.to == desk.reseller_contact(packet_id)[1] != ""
        assert desk.get(packet_id).send_state == "queued"
        with pytest.raises(ValidationError, match="already in the outbox"):
            outbox.queue_decision(packet_id)
        report = outbox.send_pending()
        assert report.sent == 1 and desk.get(packet_id).send_state == "sent"
        [mail] = server.received
    finally:
        server.stop()
    assert mail.rcpt_tos == [item.to]
    assert "SO-2001" in mail.message["Subject"]
    files = mail.attachments()
    assert set(files) == {"decision-SO-2001.json", "decision-SO-2001.sig.json"}
    folder = loop.tmp / "inbox"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    answer = AnswerService(loop.reseller).import_file(folder / "decision-SO-2001.json")
    assert answer.outcome == "rejected" and not answer.signature_warning
    assert answer.signature.startswith(f"Signed by {DISTRIBUTOR}")
    with loop.desk.session() as s:
        actions = [e.action for e in s.execute(select(DbAuditEvent)).scalars()]
    assert AuditAction.DESK_DECISION_QUEUED in actions and AuditAction.OUTBOX_SENT in actions
