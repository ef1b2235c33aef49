"""The distributor's answer: by hand or from a decision file checked against the packet;
follow-ups; misuse reports; the evidence bundle."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from reseller_app.domain.packets import seal
from reseller_app.services.answers import AnswerService
from reseller_app.services.audit import AuditService
from reseller_app.services.dto import (
    AnswerInput,
    AttachmentInput,
    MisuseDraft,
    OrderStatus,
    PacketKind,
    PacketStatus,
)
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.followups import FollowUpService
from reseller_app.services.misuse import MisuseService
from reseller_app.services.orders import OrderService

from .test_escalation import build, held_order, pdf_text

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 5)  # the tests' clock (conftest.START)


def decision(packet, **changes) -> dict:
    data = {"format": "channel-diligence-decision/1", "packet_id": packet.id,
            "manifest_sha256": packet.manifest_sha256, "outcome": "approved_with_conditions",
            "conditions": ["Disable face matching before delivery",
                           "Send us the signed end-user statement"],
            "reference": "TD-2026-118", "answered_on": "2026-11-04", "person": "Dana Ruiz",
            "organisation": "TechDistri Europe"}
    data.update(changes)
    return data


def sent(ctx, packet):
    """The packet saved to send another way: a decision file can only answer a packet that
    left the app."""
    EscalationService(ctx).save_zip(packet.id, Path(tempfile.mkdtemp()))
    return packet


def raw(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def audit_count(ctx) -> int:
    return AuditService(ctx).verify().checked


def test_a_decision_file_records_a_conditional_approval_with_follow_ups(configured, catalog):
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    data = decision(packet)
    data["seal_sha256"] = seal(data)
    answer = AnswerService(configured).import_file(raw(data))
    assert answer.outcome == "approved_with_conditions" and answer.source == "file"
    assert answer.order_status == OrderStatus.PROCEED_WITH_CONDITIONS
    assert OrderService(configured).get(order_id).status == OrderStatus.PROCEED_WITH_CONDITIONS
    assert EscalationService(configured).get(packet.id).status == PacketStatus.ANSWERED
    kinds = sorted((f.kind, f.due_on, f.text) for f in answer.follow_ups)
    # Each condition is a follow-up due now; the approved high-risk order gets a contact
    # follow-up after the pack's followup_days (90).
    assert kinds == [
        ("condition", dt.date(2026, 11, 4), "Disable face matching before delivery"),
        ("condition", dt.date(2026, 11, 4), "Send us the signed end-user statement"),
        ("contact", dt.date(2026, 11, 4) + dt.timedelta(days=90), kinds[2][2]),
    ]
    follow = FollowUpService(configured)
    assert [f.kind for f in follow.due()] == ["condition", "condition"]
    assert len(follow.due(dt.date(2027, 3, 1))) == 3
    done = follow.done(follow.due()[0].id, "Confirmed by the customer's IT lead")
    assert done.done_on == TODAY and len(follow.due()) == 1
    history = [h.action for h in OrderService(configured).history(order_id)]
    assert "distributor.answered" in history and history[-1] == "followup.done"
    with pytest.raises(ValidationError) as exc:
        AnswerService(configured).import_file(raw(data))
    assert "already recorded" in exc.value.message
    assert AuditService(configured).verify().ok


@pytest.mark.parametrize("bad, field, words", [
    (b"{not json", "file", "not valid JSON"),
    (raw({"format": "something-else/1"}), "format", "not a distributor decision file"),
    ("outcome=maybe", "outcome", "must be one of"),
    ("conditions=[]", "conditions", "must list them"),
    ("answered_on=04.11.2026", "answered_on", "date"),
    ("other_packet", "packet_id", "another packet"),
    ("manifest_altered", "manifest_sha256", "altered after its manifest"),
    ("file_altered", "files", "altered after the manifest"),
    ("seal_broken", "seal_sha256", "altered after it was sealed"),
])
def test_a_bad_decision_file_is_refused_and_changes_nothing(configured, catalog, bad, field,
                                                             words):
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    if isinstance(bad, str):
        data = decision(packet)
        if bad == "outcome=maybe":
            data["outcome"] = "maybe"
        elif bad == "conditions=[]":
            data["conditions"] = []
        elif bad == "answered_on=04.11.2026":
            data["answered_on"] = "04.11.2026"
        elif bad == "other_packet":
            data["packet_id"] = "0b7c2d4e-1111-4222-8333-944455556666"
        elif bad == "manifest_altered":
            data["manifest_sha256"] = hashlib.sha256(b"another manifest").hexdigest()
        elif bad == "file_altered":
            data["files"] = [{"name": packet.pdf_name,
                              "sha256": hashlib.sha256(b"edited pdf").hexdigest()}]
        elif bad == "seal_broken":
            data["seal_sha256"] = seal(data)
            data["conditions"] = ["Nothing much"]  # changed after sealing
        bad = raw(data)
    before = audit_count(configured)
    with pytest.raises(ValidationError) as exc:
        AnswerService(configured).import_file(bad)
    assert exc.value.field == field and words in exc.value.message, exc.value
    assert OrderService(configured).get(order_id).status == OrderStatus.HELD
    assert AnswerService(configured).answers() == []
    assert FollowUpService(configured).open() == []
    assert audit_count(configured) == before


def test_a_decision_for_another_packet_of_this_database_is_refused(configured, catalog):
    first = build(configured, held_order(configured, catalog, "SO-2001"))
    second = build(configured, held_order(configured, catalog, "SO-2002"))
    with pytest.raises(ValidationError) as exc:
        AnswerService(configured).import_file(raw(decision(second)), packet_id=first.id)
    assert exc.value.field == "packet_id" and second.id in exc.value.message


def test_the_decision_schema_accepts_the_files_the_app_accepts(configured, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "resources/schemas/distributor-decision-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    packet = build(configured, held_order(configured, catalog))
    good = decision(packet)
    good["seal_sha256"] = seal(good)
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(decision(packet, conditions=[]), schema)


def test_an_answer_typed_in_by_hand(configured, catalog):
    order_id = held_order(configured, catalog)
    packet = build(configured, order_id)
    service = AnswerService(configured)
    with pytest.raises(ValidationError) as exc:
        service.record(packet.id, AnswerInput("approved_with_conditions", [], "R-1", TODAY,
                                              "Dana"))
    assert exc.value.field == "conditions"
    with pytest.raises(ValidationError) as exc:
        service.record(packet.id, AnswerInput("rejected", [], "R-1",
                                              TODAY + dt.timedelta(days=3), "Dana"))
    assert exc.value.field == "answered_on"
    answer = service.record(packet.id, AnswerInput("rejected", [], "R-1", TODAY, "Dana Ruiz"))
    assert answer.order_status == OrderStatus.DECLINED and answer.follow_ups == []


def test_a_misuse_report_is_a_packet_like_the_others(configured, catalog):
    order = OrderService(configured).save(catalog.camera_order())
    packet = MisuseService(configured).report(MisuseDraft(
        what_seen="The cameras were pointed at the entrance of a journalists' union.",
        seen_on=dt.date(2026, 11, 1), order_id=order.id,
        evidence=[AttachmentInput("photo.jpg", b"\xff\xd8\xff fake jpeg")]))
    assert packet.kind == PacketKind.MISUSE
    files = EscalationService(configured).files(packet.id)
    assert list(files) == [packet.pdf_name, packet.json_name, "photo.jpg",
                           "chain-head.json", "manifest.json", "manifest.sig.json"]
    data = json.loads(files[packet.json_name])
    assert data["format"] == "channel-diligence-misuse/1"
    assert data["about"]["order_reference"] == "SO-2001"
    assert data["evidence"] == ["photo.jpg"]
    text = pdf_text(files[packet.pdf_name])
    assert "not to assign blame" in text and "journalists" in text
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "resources/schemas/misuse-report-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    with pytest.raises(ValidationError) as exc:
        MisuseService(configured).report(MisuseDraft("", dt.date(2026, 11, 1), order.id))
    assert exc.value.field == "what_seen"
    with pytest.raises(ValidationError) as exc:
        MisuseService(configured).report(MisuseDraft("Seen", dt.date(2026, 11, 1)))
    assert exc.value.field == "order_id"


def test_the_guidance_pdf_is_one_page_of_the_packs_text(configured, catalog):
    order = OrderService(configured).save(catalog.camera_order())
    data = FollowUpService(configured).guidance_pdf(order.id)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Using the technology you bought responsibly" in text
    assert "Policía Regional" in text and "SO-2001" in text
    assert "anna.weber@example.com" in text  # whom the customer tells: the approver


def test_the_evidence_bundle_holds_the_period_s_records(configured, catalog, tmp_path):
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    AnswerService(configured).import_file(raw(decision(packet)))
    report = EvidenceService(configured).bundle(dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                                tmp_path)
    assert report.path.parent == tmp_path and report.audit.ok
    assert (report.packets, report.answers) == (1, 1) and report.screenings >= 1
    with zipfile.ZipFile(report.path) as zf:
        names = set(zf.namelist())
        assert {"summary.pdf", "screenings.json", "decisions.json", "packets.json",
                "answers.json", "follow_ups.json", "policy.json", "audit-verification.json",
                "audit-events.json", "manifest.json", "chain-head.json"} <= names
        folder = f"packets/escalation-SO-2001-{packet.id[:8]}/"
        assert folder + packet.pdf_name in names and folder + "manifest.json" in names
        assert json.loads(zf.read("audit-verification.json"))["ok"] is True
        assert "holds; checked with the company's key" in json.loads(
            zf.read("audit-verification.json"))["signed_head"]
        policy = json.loads(zf.read("policy.json"))
        assert policy["versions"] or policy["note"].startswith("No policy")
        manifest = json.loads(zf.read("manifest.json"))
        for f in manifest["files"]:
            assert hashlib.sha256(zf.read(f["name"])).hexdigest() == f["sha256"]
        summary = pdf_text(zf.read("summary.pdf"))
        assert "Evidence of due diligence" in summary and "TD-2026-118" in summary
    empty = EvidenceService(configured).bundle(dt.date(2025, 1, 1), dt.date(2025, 1, 31),
                                               tmp_path / "old.zip")
    assert (empty.packets, empty.answers, empty.screenings) == (0, 0, 0)
    with pytest.raises(ValidationError):
        EvidenceService(configured).bundle(dt.date(2026, 2, 1), dt.date(2026, 1, 1), tmp_path)


def test_the_evidence_bundle_keeps_the_note_the_decision_file_and_the_policy_s_communication(
        configured, catalog, tmp_path):
    """The distributor's note, the decision file as received with its SHA-256, and to whom the
    policy was communicated and who acknowledged it; the summary and the policy's own PDF give
    the same adoption date (the day of approval, not the day it was recorded in the app)."""
    from reseller_app.domain.policy import Approval
    from reseller_app.services.policy import PolicyService

    from .test_policy import ANSWERS

    policy = PolicyService(configured)
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    approved_on = dt.date(2026, 11, 2)  # approved on paper, adopted in the app on 5 November
    v1 = policy.adopt(draft.id, Approval("Anna Weber", "Managing Director", approved_on),
                      dt.date(2027, 11, 2))
    staff = policy.record_communication(v1.id, "staff", "Jonas Klein", "e-mail", TODAY,
                                        note="at the team meeting")
    policy.acknowledge(staff.id, TODAY)
    policy.record_communication(v1.id, "distributor", "TechDistri Europe", "e-mail", TODAY)

    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    file = raw(decision(packet, note="We checked the end user with the vendor."))
    AnswerService(configured).import_file(file)
    report = EvidenceService(configured).bundle(dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                                tmp_path)
    with zipfile.ZipFile(report.path) as zf:
        (answer,) = json.loads(zf.read("answers.json"))
        assert answer["note"] == "We checked the end user with the vendor."
        assert answer["source"] == "file"
        assert answer["source_sha256"] == hashlib.sha256(file).hexdigest()
        assert zf.read(answer["decision_file"]) == file
        manifest = {f["name"]: f["sha256"] for f in json.loads(zf.read("manifest.json"))["files"]}
        assert manifest[answer["decision_file"]] == answer["source_sha256"]

        (version,) = json.loads(zf.read("policy.json"))["versions"]
        assert version["adopted_on"] == "2026-11-02"
        assert [(c["audience"], c["recipient"], c["acknowledged_on"])
                for c in version["communications"]] == [
            ("staff", "Jonas Klein", TODAY.isoformat()),
            ("distributor", "TechDistri Europe", None)]
        assert version["communications"][0]["note"] == "at the team meeting"

        summary = " ".join(pdf_text(zf.read("summary.pdf")).split())
        assert "2 Nov 2026" in summary and "5 Nov 2026 Anna Weber" not in summary
        assert "We checked the end user with the vendor." in summary
        assert answer["source_sha256"] in summary
        assert "staff, Jonas Klein (e-mail); acknowledged on 5 Nov 2026" in summary
        policy_pdf = " ".join(pdf_text(zf.read("policy/policy-v1.pdf")).split())
        assert "Adopted 2 November 2026" in policy_pdf
