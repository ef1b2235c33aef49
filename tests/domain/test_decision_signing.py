"""The pure parts of signed decisions and the packet's decision template: the signature's file
name beside a decision, fingerprints as people type them, the template's content, and which
packet a decision written from it answers (domain/signing.py, domain/packets.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reseller_app.domain import packets as p
from reseller_app.domain import signing

PACKET = "2f1c0a8e-5d4a-4b6c-9e7f-0a1b2c3d4e5f"
FILES = {"escalation-SO-1.pdf": b"%PDF", "escalation-SO-1.json": b"{}", "statement.pdf": b"x"}


@pytest.mark.parametrize(("name", "signature"), [
    ("decision.json", "decision.sig.json"),
    ("decision-SO-2001.JSON", "decision-SO-2001.sig.json"),
    ("answer", "answer.sig.json"),
    ("manifest.json", "manifest.sig.json"),
])
def test_the_signature_file_is_named_beside_the_signed_file(name, signature):
    assert signing.signature_name(name) == signature


@pytest.mark.parametrize(("a", "b", "same"), [
    ("3F2A 9C01 77DE 0000 1111 2222 3333 4444", "3f2a9c0177de00001111222233334444", True),
    ("3F2A 9C01", "3F2A 9C02", False),
    ("", "", False),
])
def test_fingerprints_compare_as_people_type_them(a, b, same):
    assert signing.same_fingerprint(a, b) is same


def test_a_decision_signature_is_not_a_manifest_signature():
    pair = signing.generate()
    key = signing.PublicKeyFile("TechDistri Europe", pair.public)
    data = b'{"format": "channel-diligence-decision/1"}'
    sig = signing.sign_detached(pair.private, "TechDistri Europe", data,
                                signing.PURPOSE_DECISION)
    assert signing.verify_detached(key, data, sig, signing.PURPOSE_DECISION).ok
    verdict = signing.verify_detached(key, data, sig)  # as a manifest's
    assert verdict.outcome == signing.Outcome.BAD_SIGNATURE and "decision" in verdict.message


def template_manifest() -> p.Manifest:
    template = p.decision_template(PACKET, "TechDistri Europe", FILES)
    files = {**FILES, p.DECISION_TEMPLATE_NAME: template,
             p.HOW_TO_ANSWER_NAME: p.how_to_answer(PACKET, "SO-1", "TechDistri Europe")}
    return p.build_manifest(PACKET, dt.datetime(2026, 11, 5, tzinfo=dt.UTC), files)


def filled(**changes) -> bytes:
    data = json.loads(p.decision_template(PACKET, "TechDistri Europe", FILES))
    data.update(outcome="approved", reference="TD-1", answered_on="2026-11-05",
                person="Dana Ruiz")
    data.update(changes)
    return json.dumps(data).encode()


def test_the_template_is_refused_until_filled_in_and_then_answers_its_packet():
    template = p.decision_template(PACKET, "TechDistri Europe", FILES)
    with pytest.raises(p.PacketFileError) as exc:
        p.parse_decision(template)
    assert exc.value.field == "outcome"
    decision = p.parse_decision(filled())
    assert decision.manifest_sha256 == "" and decision.organisation == "TechDistri Europe"
    manifest = template_manifest()
    p.check_decision(decision, packet_id=PACKET, manifest=manifest,
                     manifest_sha256=p.sha256(p.manifest_bytes(manifest)))


@pytest.mark.parametrize(("change", "field"), [
    ({"files": [{"name": "escalation-SO-1.pdf", "sha256": p.sha256(b"%PDF")}]}, "files"),
    ({"files": [{"name": n, "sha256": p.sha256(b + b"!")} for n, b in FILES.items()]}, "files"),
    ({"files": []}, "manifest_sha256"),
])
def test_a_decision_from_the_template_must_name_every_file_as_sent(change, field):
    manifest = template_manifest()
    with pytest.raises(p.PacketFileError) as exc:
        p.check_decision(p.parse_decision(filled(**change)), packet_id=PACKET,
                         manifest=manifest,
                         manifest_sha256=p.sha256(p.manifest_bytes(manifest)))
    assert exc.value.field == field


def test_how_to_answer_names_the_packet_and_both_ways():
    text = p.how_to_answer(PACKET, "SO-1", "TechDistri Europe").decode()
    assert PACKET in text and "SO-1" in text and p.DECISION_TEMPLATE_NAME in text
    assert "reseller-app distributor answer" in text
