"""Escalation packets: built from a held order, stored exactly as built, saved to send."""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from reseller_app.domain.chain_head import CHAIN_HEAD_NAME, parse_head
from reseller_app.domain.packets import (
    DECISION_TEMPLATE_NAME,
    HOW_TO_ANSWER_NAME,
    MANIFEST_NAME,
    parse_manifest,
)
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.services.audit import AuditService
from reseller_app.services.dto import (
    AttachmentInput,
    ChecklistAnswer,
    OrderStatus,
    PacketStatus,
)
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService

REPO = Path(__file__).resolve().parents[2]
STATEMENT = AttachmentInput("End-user statement (signed).pdf", b"%PDF-1.4 signed statement\n")


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def held_order(ctx, catalog, reference: str = "SO-2001") -> int:
    orders = OrderService(ctx)
    view = orders.save(catalog.camera_order(reference))
    assert view.status == OrderStatus.HELD
    questions = list(view.screening.checklist)[:2]
    orders.save_checklist(view.id, [ChecklistAnswer(questions[0], "no", "Only a name given"),
                                    ChecklistAnswer(questions[1], "unknown")])
    return view.id


def build(ctx, order_id: int, **kw):
    args = {"recommendation": "approve_with_conditions",
            "recommendation_text": "Traffic use is plausible; we propose limits.",
            "mitigations": ["feature_limitation"], "conditions": "No face matching.",
            "attachments": [STATEMENT]}
    args.update(kw)
    return EscalationService(ctx).build(order_id, **args)


def test_a_packet_holds_everything_the_distributor_needs(configured, catalog):
    order_id = held_order(configured, catalog)
    view = build(configured, order_id)
    service = EscalationService(configured)
    assert view.status == PacketStatus.BUILT and view.order_reference == "SO-2001"
    assert view.recipient_email == "compliance@techdistri.example"
    names = [f.name for f in view.files]
    assert names == ["escalation-SO-2001.pdf", "escalation-SO-2001.json",
                     "End-user statement (signed).pdf", DECISION_TEMPLATE_NAME,
                     HOW_TO_ANSWER_NAME, CHAIN_HEAD_NAME, MANIFEST_NAME,
                     MANIFEST_SIGNATURE_NAME]
    # The chain's signed head names the newest event before the packet's own (listed in the
    # signed manifest, so the distributor holds a head no one can rewrite).
    head = parse_head(service.file(view.id, CHAIN_HEAD_NAME))
    assert head.signer == "Nordlicht IT GmbH" and head.seq >= 1

    data = json.loads(service.file(view.id, "escalation-SO-2001.json"))
    assert data["format"] == "channel-diligence-escalation/1"
    assert data["packet_id"] == view.id
    assert data["reseller"]["name"] == "Nordlicht IT GmbH"
    assert data["reseller"]["contact_email"] == "anna.weber@example.com"
    assert data["order"]["reference"] == "SO-2001" and data["order"]["lines"][0]["quantity"] == 40
    assert data["customer"]["name"] == "Policía Regional"
    assert data["destination"] == {"country": "VE", "name": "Venezuela"}
    assert data["intended_use"] == "Traffic monitoring at city junctions"
    assert data["screening"]["tier"] == "high" and data["screening"]["flags"]
    assert all(f["reason"] for f in data["screening"]["flags"])
    assert [c["answer"] for c in data["checklist"]] == ["no", "unknown"]
    assert data["proposed_mitigations"][0]["id"] == "feature_limitation"
    assert data["recommendation"]["outcome"] == "approve_with_conditions"
    assert len(data["criteria_pack"]["sha256"]) == 64
    assert data["attachments"] == ["End-user statement (signed).pdf"]

    text = pdf_text(service.pdf(view.id))
    for words in ("Escalation of order SO-2001", view.id, "Policía Regional",
                  "Traffic monitoring at city junctions", "category.video_surveillance",
                  "Limit features", "Page 1 of"):
        assert words in text, (words, text)

    # The manifest lists the SHA-256 of every other file, and the stored files match it.
    files = service.files(view.id)
    manifest = parse_manifest(files[MANIFEST_NAME])
    assert manifest.packet_id == view.id
    assert {f.name: f.sha256 for f in manifest.files} == {
        n: hashlib.sha256(b).hexdigest() for n, b in files.items()
        if n not in (MANIFEST_NAME, MANIFEST_SIGNATURE_NAME)}
    assert view.manifest_sha256 == hashlib.sha256(files[MANIFEST_NAME]).hexdigest()

    history = [h.action for h in OrderService(configured).history(order_id)]
    assert history[-1] == "packet.built"
    assert AuditService(configured).verify().ok


def test_the_packet_json_follows_its_schema(configured, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    view = build(configured, held_order(configured, catalog))
    schema = json.loads((REPO / "resources/schemas/escalation-packet-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    files = EscalationService(configured).files(view.id)
    jsonschema.validate(json.loads(files[view.json_name]), schema)
    manifest_schema = json.loads((REPO / "resources/schemas/packet-manifest-v1.schema.json")
                                 .read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(files[MANIFEST_NAME]), manifest_schema)


def test_folder_zip_and_eml_hold_the_same_bytes(configured, catalog, tmp_path):
    view = build(configured, held_order(configured, catalog))
    service = EscalationService(configured)
    files = service.files(view.id)

    folder = service.save_folder(view.id, tmp_path)
    assert {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()} == files
    zipped = service.save_zip(view.id, tmp_path)
    with zipfile.ZipFile(zipped) as zf:
        assert {n: zf.read(n) for n in zf.namelist()} == files
    assert service.zip_bytes(view.id) == zipped.read_bytes()  # reproducible

    eml = service.save_eml(view.id, tmp_path / "packet.eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "compliance@techdistri.example" and msg["X-Unsent"] == "1"
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in msg.iter_attachments()}  # bytes, a text file's too
    assert attached == {n.rsplit("/", 1)[-1]: b for n, b in files.items()}
    assert service.get(view.id).status == PacketStatus.EXPORTED


def test_bad_requests_are_refused_in_words(configured, catalog, tmp_path):
    order_id = held_order(configured, catalog)
    service = EscalationService(configured)
    with pytest.raises(ValidationError) as exc:
        build(configured, order_id, recommendation_text="  ")
    assert exc.value.field == "recommendation_text"
    with pytest.raises(ValidationError) as exc:
        build(configured, order_id, recommendation="maybe")
    assert exc.value.field == "recommendation"
    with pytest.raises(ValidationError) as exc:
        build(configured, order_id, mitigations=["teleport"])
    assert exc.value.field == "mitigations"
    with pytest.raises(ValidationError) as exc:
        build(configured, order_id, attachments=[tmp_path / "missing.pdf"])
    assert exc.value.field == "attachments" and "missing.pdf" in exc.value.message
    blocked = OrderService(configured).save(catalog.camera_order(
        "SO-2009", use="Track journalists and activists at protests"))
    if blocked.status == OrderStatus.BLOCKED:
        with pytest.raises(ValidationError) as exc:
            build(configured, blocked.id)
        assert exc.value.field == "order" and "prohibited" in exc.value.message
        assert not EscalationService(configured).draft(blocked.id).can_escalate
    assert service.packets() == []  # nothing was stored


def test_the_draft_starts_from_the_latest_decision(configured, catalog):
    order_id = held_order(configured, catalog)
    draft = EscalationService(configured).draft(order_id)
    assert draft.can_escalate and draft.reference == "SO-2001"
    assert draft.distributor_id is not None
    assert ("feature_limitation", "Limit features") in draft.available_mitigations


def test_every_e_mail_attachment_is_named_as_in_the_manifest(configured, catalog):
    """A distributor checking hashes looks each attachment up in manifest.json by its name:
    the e-mail, the zip and the manifest name every file alike; a file named like the PDF or
    the manifest is numbered, not overwritten."""
    order_id = held_order(configured, catalog)
    view = build(configured, order_id, attachments=[
        STATEMENT, AttachmentInput("manifest.json", b"{}"),
        AttachmentInput("escalation-SO-2001.pdf", b"%PDF-1.4 other")])
    service = EscalationService(configured)
    msg = email.message_from_bytes(service.message(view.id).as_bytes(),
                                   policy=email.policy.default)
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in msg.iter_attachments()}  # bytes, a text file's too
    manifest = parse_manifest(attached[MANIFEST_NAME])
    assert sorted(attached) == sorted([f.name for f in manifest.files]
                                      + [MANIFEST_NAME, MANIFEST_SIGNATURE_NAME])
    for entry in manifest.files:
        assert hashlib.sha256(attached[entry.name]).hexdigest() == entry.sha256
    assert "manifest-2.json" in attached and "escalation-SO-2001-2.pdf" in attached
    with zipfile.ZipFile(io.BytesIO(service.zip_bytes(view.id))) as zf:
        assert sorted(zf.namelist()) == sorted(attached)


@pytest.mark.parametrize("name", ["CON", "nul.txt", "Com1.pdf", "LPT9", "aux.tar.gz",
                                  "invoice\u202efdp.exe", "a\u2066b.pdf"])
def test_reserved_and_text_reversing_file_names_are_refused(configured, catalog, name):
    order_id = held_order(configured, catalog)
    with pytest.raises(ValidationError) as exc:
        build(configured, order_id, attachments=[AttachmentInput(name, b"x")])
    assert exc.value.field == "attachments"
    assert "rename the file" in exc.value.message.lower()
    assert "\u202e" not in exc.value.message and "\u2066" not in exc.value.message
    assert EscalationService(configured).packets(order_id) == []


@pytest.mark.parametrize("stored", ["../escaped.pdf", "attachments/../../escaped.pdf",
                                    "/tmp/escaped.pdf", "attachments/CON", "a\u202egpj.exe"])
def test_stored_names_are_checked_again_when_the_packet_is_written(configured, catalog,
                                                                   tmp_path, stored,
                                                                   monkeypatch):
    """A name stored by an older version (or changed in the database) cannot make a folder or
    zip write outside its target."""
    monkeypatch.delenv("CD_STRICT_STAMPS")  # the name is changed behind the services
    from sqlalchemy import select

    from reseller_app.store.tables import DbPacketAttachment

    order_id = held_order(configured, catalog)
    view = build(configured, order_id)
    with configured.write_session() as s:
        row = s.execute(select(DbPacketAttachment)
                        .where(DbPacketAttachment.packet_id == view.id,
                               DbPacketAttachment.name == STATEMENT.name)).scalar_one()
        row.name = stored
        s.commit()
    target = tmp_path / "out" / "deeper"
    target.mkdir(parents=True)
    service = EscalationService(configured)
    for save in (service.save_folder, service.save_zip):
        with pytest.raises(ValidationError) as exc:
            save(view.id, target)
        assert "cannot be written safely" in exc.value.message
    assert not (tmp_path / "out" / "escaped.pdf").exists()
    assert not (tmp_path / "escaped.pdf").exists() and list(target.iterdir()) == []


def test_a_huge_file_attached_by_mistake_is_refused_without_reading_it(configured, catalog,
                                                                        tmp_path):
    order_id = held_order(configured, catalog)
    huge = tmp_path / "backup.img"
    with huge.open("wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: 2 GB on paper, nothing on disk
    with pytest.raises(ValidationError) as caught:
        build(configured, order_id, attachments=[huge])
    assert caught.value.field == "attachments"
    assert "backup.img is 2 GB" in caught.value.message and "20 MB" in caught.value.message


def test_the_eml_is_the_outbox_message_and_matches_the_manifest(configured, catalog, tmp_path):
    """The .eml way out: parsed back with the email package, it has the packet's
    subject, recipient and body, and every file under its manifest name with its SHA-256."""
    view = build(configured, held_order(configured, catalog))
    service = EscalationService(configured)
    data = service.eml(view.id)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # RFC 5322 line ends
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Subject"] == view.subject and msg["To"] == view.recipient_email
    assert msg["X-Unsent"] == "1" and msg["X-Channel-Diligence-Packet"] == view.id
    sent = service.message(view.id)  # what the outbox builds and sends
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == \
        sent.get_body(("plain",)).get_content()
    manifest = parse_manifest(service.file(view.id, MANIFEST_NAME))
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in msg.iter_attachments()}  # bytes, a text file's too
    names = {f.name.rsplit("/", 1)[-1]: f.sha256 for f in manifest.files}
    assert set(attached) == set(names) | {MANIFEST_NAME, MANIFEST_SIGNATURE_NAME}
    assert {n: hashlib.sha256(attached[n]).hexdigest() for n in names} == names
    assert "End-user statement (signed).pdf" in attached

    out = tmp_path / "out"
    out.mkdir()
    saved = service.save_eml(view.id, out)  # a folder: the suggested name in it
    assert saved.name == f"escalation-SO-2001-{view.id[:8]}.eml"
    assert saved.read_bytes() == data and list(out.iterdir()) == [saved]  # no temporary file


def test_an_eml_is_refused_in_words_where_it_cannot_be_written(configured, catalog, tmp_path):
    view = build(configured, held_order(configured, catalog))
    service = EscalationService(configured)
    with pytest.raises(ValidationError) as exc:
        service.save_eml(view.id, tmp_path / "missing" / "packet.eml")
    assert exc.value.message == f"The folder {tmp_path / 'missing'} does not exist."
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(ValidationError) as exc:
            service.save_eml(view.id, locked / "packet.eml")
        assert exc.value.message.startswith(f"Cannot write to {locked}:")
        assert not list(locked.iterdir())
    finally:
        locked.chmod(0o700)
    assert service.get(view.id).status == PacketStatus.BUILT  # nothing left the app
