"""Manifests, decision files and file names: tables of cases, no database."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile

import pytest

from reseller_app.domain import packets as p

PACKET = "3f2b8c1e-5d4a-4b6c-9e7f-0a1b2c3d4e5f"
AT = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)
FILES = {"escalation-SO-1.pdf": b"%PDF-1.4 a", "escalation-SO-1.json": b'{"a": 1}\n',
         "attachments/statement.pdf": b"signed"}


def manifest() -> tuple[p.Manifest, bytes]:
    m = p.build_manifest(PACKET, AT, FILES)
    return m, p.manifest_bytes(m)


def good_decision(**changes) -> dict:
    _, raw = manifest()
    data = {"format": p.DECISION_FORMAT, "packet_id": PACKET,
            "manifest_sha256": hashlib.sha256(raw).hexdigest(), "outcome": "approved",
            "reference": "R-1", "answered_on": "2026-11-04", "person": "Dana"}
    data.update(changes)
    return data


def test_the_manifest_lists_every_file_and_reads_back():
    m, raw = manifest()
    assert [(f.name, f.size) for f in m.files] == [(n, len(b)) for n, b in FILES.items()]
    assert all(f.sha256 == hashlib.sha256(FILES[f.name]).hexdigest() for f in m.files)
    assert p.parse_manifest(raw) == m
    assert p.verify_files(m, FILES) == []
    assert p.verify_files(m, {**FILES, "escalation-SO-1.pdf": b"edited"}) == \
        ["escalation-SO-1.pdf"]
    assert p.verify_files(m, {**FILES, "extra.txt": b""}) == ["extra.txt"]


def test_zips_are_reproducible():
    a, b = p.zip_bytes(FILES), p.zip_bytes(FILES)
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as zf:
        assert {n: zf.read(n) for n in zf.namelist()} == FILES


@pytest.mark.parametrize("name, safe", [
    ("statement.pdf", "statement.pdf"), ("C:\\Users\\a\\b.pdf", "b.pdf"),
    ("../../etc/passwd", "passwd"), ('a<b>:"c".pdf', "a_b_c_.pdf"), ("  .. ", "file"),
    ("Política é.pdf", "Política é.pdf"),
])
def test_safe_file_names(name, safe):
    assert p.safe_file_name(name) == safe


def test_unique_names_number_repeats():
    assert p.unique_names(["a.pdf", "A.pdf", "a.pdf", "b"]) == ["a.pdf", "A-2.pdf", "a-3.pdf",
                                                               "b"]


@pytest.mark.parametrize("changes, field", [
    ({"format": "x"}, "format"), ({"packet_id": "not-a-uuid"}, "packet_id"),
    ({"manifest_sha256": "abc"}, "manifest_sha256"), ({"outcome": "ok"}, "outcome"),
    ({"outcome": "approved_with_conditions"}, "conditions"),
    ({"conditions": "no"}, "conditions"), ({"answered_on": "tomorrow"}, "answered_on"),
    ({"person": ""}, "person"), ({"reference": 7}, "reference"), ({"extra": 1}, "extra"),
    ({"files": [{"name": "a"}]}, "files[0]"),
])
def test_malformed_decisions_name_the_field(changes, field):
    with pytest.raises(p.PacketFileError) as exc:
        p.parse_decision(json.dumps(good_decision(**changes)))
    assert exc.value.field == field


def test_a_sealed_decision_must_match_its_seal():
    data = good_decision()
    data["seal_sha256"] = p.seal(data)
    assert p.parse_decision(json.dumps(data)).seal_sha256 == data["seal_sha256"]
    data["person"] = "Someone else"
    with pytest.raises(p.PacketFileError) as exc:
        p.parse_decision(json.dumps(data))
    assert exc.value.field == "seal_sha256"


@pytest.mark.parametrize("changes, field", [
    ({}, None),
    ({"packet_id": "3f2b8c1e-5d4a-4b6c-9e7f-000000000000"}, "packet_id"),
    ({"manifest_sha256": "0" * 64}, "manifest_sha256"),
    ({"files": [{"name": "escalation-SO-1.pdf",
                 "sha256": hashlib.sha256(b"%PDF-1.4 a").hexdigest()}]}, None),
    ({"files": [{"name": "escalation-SO-1.pdf", "sha256": "1" * 64}]}, "files"),
    ({"files": [{"name": "other.pdf", "sha256": "1" * 64}]}, "files"),
])
def test_a_decision_is_checked_against_the_packet_sent(changes, field):
    m, raw = manifest()
    decision = p.parse_decision(json.dumps(good_decision(**changes)))
    check = lambda: p.check_decision(decision, packet_id=PACKET, manifest=m,  # noqa: E731
                                     manifest_sha256=hashlib.sha256(raw).hexdigest())
    if field is None:
        check()
    else:
        with pytest.raises(p.PacketFileError) as exc:
            check()
        assert exc.value.field == field


@pytest.mark.parametrize("rec, text, conditions, mitigations, field", [
    ("approve", "fine", "", (), None),
    ("approve_with_conditions", "fine", "", ("feature_limitation",), None),
    ("approve_with_conditions", "fine", "", (), "conditions"),
    ("maybe", "fine", "", (), "recommendation"),
    ("reject", " ", "", (), "recommendation_text"),
])
def test_recommendations(rec, text, conditions, mitigations, field):
    problem = p.recommendation_problem(rec, text, conditions, mitigations)
    assert (problem[0] if problem else None) == field
