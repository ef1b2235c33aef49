"""The evidence bundle holds the sanctions lists: every list version imported, every review of a
possible match, the parties' latest checks, and which list versions each screening used; the new
files are in the signed manifest and the bundle's chain head still checks."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.evidence_lists import (
    CHECKS_FILE,
    LISTS_FILE,
    NO_LIST,
    REVIEWS_FILE,
    used_list_ids,
)
from reseller_app.services.sanctions_lists import import_list
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPartyCheck, DbPartyReview, DbScreening

from .test_escalation import held_order

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
PERIOD = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
                    .split())


@pytest.mark.parametrize(("result", "ids"), [
    ({}, None),
    ({"tier": "low"}, None),
    # as the order screening stores it
    ({"tier": "high", "restricted_parties": {
        "lists": [{"id": 1, "source": "ofac", "published": "", "sha256": "ab"},
                  {"id": 2, "source": "un", "published": "2026-02-27", "sha256": "cd"}],
        "checked": [{"role": "customer", "name": "X"}], "findings": []}}, [1, 2]),
    ({"restricted_parties": {"lists": [], "findings": []}}, []),
    ({"sanctions_lists": []}, []),
    ({"sanctions_lists": [3, 4, 3]}, [3, 4]),
    ({"sanctions_lists": [{"id": 2}, {"version": 5}]}, [2, 5]),
    ({"list_ids": ["7"]}, [7]),
    ({"sanctions": {"lists": [1, 2]}}, [1, 2]),
    ({"parties": [{"role": "customer", "lists": [1]}, {"role": "end_user", "lists": [1, 2]}]},
     [1, 2]),
    ({"sanctions_lists": "none", "parties": "x"}, []),
    ([1, 2], None),
    (None, None),
])
def test_the_lists_a_screening_used_are_read_whatever_shape_it_stored(result, ids) -> None:
    assert used_list_ids(result) == ids


def _stamp(ctx, rows, *, screening: DbScreening | None = None) -> None:
    """Store party reviews / checks (and a screening naming its lists) the way the services do:
    written and audited in one transaction, so verify-audit holds."""
    with ctx.write_session() as s:
        for row in rows:
            s.add(row)
        records = []
        if screening is not None:
            stored = s.get(DbScreening, screening.id)
            stored.result = screening.result
            records.append(("screening", screening.id))
        s.flush()
        audit_log.append(s, actor=ctx.actor, action="test.party_records", entity="test",
                         entity_id=1, details={}, at=ctx.clock(), records=records)
        s.commit()


def test_the_bundle_holds_the_lists_reviews_checks_and_the_lists_each_screening_used(
        configured, catalog, tmp_path, memory_keyring) -> None:
    CompanyKeyService(configured).ensure()
    held_order(configured, catalog, "SO-2002")  # screened before any list: the note
    ofac = import_list(configured, DATA / "ofac" / "sdn.csv")
    un = import_list(configured, DATA / "un-consolidated-excerpt.xml")
    first = held_order(configured, catalog)
    with configured.session() as s:
        screening = s.execute(select(DbScreening).where(DbScreening.order_id == first)
                              .order_by(DbScreening.id.desc())).scalars().first()
        s.expunge(screening)
    data = json.loads(screening.result)
    if "restricted_parties" not in data:  # where the order's screening does not check parties
        data["restricted_parties"] = {"lists": [{"id": ofac.id, "source": "ofac"},
                                                {"id": un.id, "source": "un"}], "findings": []}
        screening.result = json.dumps(data)
    else:
        screening = None
    now = configured.clock()
    review = DbPartyReview(
        party_key="policia regional|ve", party_name="Policía Regional", subject="order",
        subject_id=first, role="customer", party_country="VE", source="ofac", entry_id="306",
        entry_sha256="a" * 64, listed_name="BANCO NACIONAL DE CUBA", verdict="not_same",
        reason="A police force, not a bank.", reviewed_by="Anna Weber", reviewed_at=now)
    check = DbPartyCheck(
        subject="customer", subject_id=catalog.police.id, role="customer",
        party_name="Policía Regional", party_country="VE", verdict="possible_match",
        matches=json.dumps([{"source": "un", "entry_id": "IQi.001",
                             "listed_name": "SADDAM HUSSEIN AL-TIKRITI", "score": 0.9}]),
        lists=json.dumps([ofac.id, un.id]), checked_at=now)
    clear = DbPartyCheck(subject="customer", subject_id=catalog.office.id, role="customer",
                         party_name=catalog.office.name, verdict="clear", checked_at=now)
    _stamp(configured, [review, check, clear], screening=screening)

    report = EvidenceService(configured).bundle(*PERIOD, tmp_path / "evidence.zip")
    assert report.audit.ok, report.audit.reason
    assert (report.list_versions, report.party_reviews) == (2, 1)
    assert report.party_checks >= 2  # with the order's parties where its screening checks them
    with zipfile.ZipFile(report.path) as zf:
        versions = json.loads(zf.read(LISTS_FILE))["versions"]
        assert [(v["version"], v["source"], v["entries"]) for v in versions] == [
            (ofac.id, "ofac", 7), (un.id, "un", un.entry_count)]
        assert versions[0]["sha256"] == hashlib.sha256(
            (DATA / "ofac" / "sdn.csv").read_bytes()).hexdigest()
        assert versions[0]["file"] == "sdn.csv" and versions[0]["imported_by"]
        assert versions[1]["published"] == un.published and versions[0]["imported_at"]

        (reviewed,) = json.loads(zf.read(REVIEWS_FILE))["reviews"]
        assert (reviewed["reviewed_by"], reviewed["verdict"], reviewed["entry_id"],
                reviewed["entry_sha256"], reviewed["of"]) == (
            "Anna Weber", "not_same", "306", "a" * 64, "SO-2001")
        assert reviewed["reason"] == "A police force, not a bank."

        checks = [c for c in json.loads(zf.read(CHECKS_FILE))["checks"]
                  if c["subject"] == "customer"]
        assert [(c["of"], c["verdict"]) for c in checks] == [
            ("Policía Regional", "possible_match"), (catalog.office.name, "clear")]
        assert checks[0]["lists"] == [ofac.id, un.id] and not checks[0]["after_period"]

        screenings = {x["order"]: x for x in json.loads(zf.read("screenings.json"))}
        assert [(u["version"], u["source"]) for u in
                screenings["SO-2001"]["sanctions_lists"]] == [(ofac.id, "ofac"), (un.id, "un")]
        assert screenings["SO-2002"]["sanctions_lists"] == []
        assert screenings["SO-2002"]["sanctions_note"] == NO_LIST

        manifest = {f["name"]: f["sha256"] for f in json.loads(zf.read("manifest.json"))["files"]}
        for name in (LISTS_FILE, REVIEWS_FILE, CHECKS_FILE):
            assert manifest[name] == hashlib.sha256(zf.read(name)).hexdigest()
        assert MANIFEST_SIGNATURE_NAME in zf.namelist()

        summary = pdf_text(zf.read("summary.pdf"))
    for words in ("Sanctions lists", "OFAC SDN", "UN Security Council", "sdn.csv",
                  versions[0]["sha256"], f"Screenings checked against version {ofac.id}",
                  "Screenings that used no sanctions list: 1", "Reviews of possible matches",
                  "Anna Weber", "not the same party", "A police force, not a bank.",
                  "parties checked", "SADDAM HUSSEIN AL-TIKRITI"):
        assert words in summary, words
    # The bundle's signed head still checks against the chain (verify-audit --against).
    assert ChainHeadService(configured).against(report.path).ok


def test_a_bundle_without_lists_says_so(configured, catalog, tmp_path) -> None:
    held_order(configured, catalog)
    report = EvidenceService(configured).bundle(*PERIOD, tmp_path)
    with zipfile.ZipFile(report.path) as zf:
        assert json.loads(zf.read(LISTS_FILE))["versions"] == []
        assert json.loads(zf.read(REVIEWS_FILE))["reviews"] == []
        (screening,) = json.loads(zf.read("screenings.json"))
        assert screening["sanctions_note"] == NO_LIST
        summary = pdf_text(zf.read("summary.pdf"))
    assert "No sanctions list was imported by 30 November 2026." in summary
    assert "No party was checked against the sanctions lists." in summary
