"""The policy service on a real SQLite file: drafts, adoption, versions, communication, review."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import stat

import pytest

from reseller_app.domain.policy import Approval
from reseller_app.services.errors import NotFound, ServiceError, ValidationError
from reseller_app.services.policy import PolicyService
from reseller_app.services.startup import open_app
from reseller_app.store.db import sqlite_path

from ..conftest import START, stepping_clock
from .conftest import APPROVER

TODAY = START.date()  # the stepping clock's day
APPROVED = Approval(APPROVER, "Managing Director", TODAY)
NEXT_YEAR = TODAY + dt.timedelta(days=365)
ANSWERS = {
    "internal_expertise": "our sales team and our Managing Director",
    "published_at": "on our website at https://example.com/human-rights",
}


def policy_events(ctx) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        return con.execute("SELECT action, entity_id, details FROM audit_event "
                           "WHERE entity = 'policy' ORDER BY seq").fetchall()
    finally:
        con.close()


@pytest.fixture
def policy(configured) -> PolicyService:
    return PolicyService(configured)


def adopted_v1(policy: PolicyService):
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    return policy.adopt(draft.id, APPROVED, NEXT_YEAR)


# -- drafts -----------------------------------------------------------------------------------
def test_a_first_draft_is_prefilled_from_the_profile_and_the_active_pack(policy):
    assert policy.current_draft() is None and policy.adopted() is None
    draft = policy.start_draft()
    v = draft.values
    assert (draft.number, draft.status, draft.approval) == (1, "draft", None)
    assert v["company_name"] == "Nordlicht IT GmbH"
    assert v["company_country"] == "Germany"
    assert v["approver_name"] == APPROVER and v["approver_title"] == "Managing Director"
    assert "Live facial recognition for mass surveillance" in v["prohibited_uses"]
    assert "Censorship and internet shutdowns" in v["prohibited_uses"]
    assert "Interception of communications" in v["high_risk_uses"]
    assert "TechDistri Europe (compliance@techdistri.example)" in v["escalation_text"]
    assert any(APPROVER in step for step in v["screening_steps"])
    assert "anna.weber@example.com" in v["report_contact"]
    # starting again resumes the same draft
    assert policy.start_draft().id == draft.id
    assert [x.id for x in policy.versions()] == [draft.id]


def test_the_first_draft_is_in_the_users_language(policy, configured):
    configured.language = "de"
    draft = policy.start_draft()
    assert draft.language == "de" and draft.values["company_country"] == "Deutschland"


def test_a_spanish_draft_is_prefilled_in_spanish(policy, configured):
    """Country, prohibited uses (the pack's translated labels) and the distributors' "or"
    follow the template's language, not English."""
    from reseller_app.services.dto import Distributor
    from reseller_app.services.setup import SetupService

    setup = SetupService(configured)
    profile = setup.profile()
    setup.save_profile(dataclasses.replace(profile, distributors=[
        *profile.distributors, Distributor("Mayorista Sur", "riesgos@mayorista.example")]))
    draft = policy.start_draft("es")
    v = draft.values
    assert draft.language == "es"
    assert v["company_country"] == "Alemania"
    assert "Live facial recognition for mass surveillance" not in v["prohibited_uses"]
    assert any("reconocimiento facial" in u.lower() for u in v["prohibited_uses"])
    assert "(compliance@techdistri.example) o Mayorista Sur" in v["escalation_text"]


def test_autosave_keeps_incomplete_input_and_survives_a_restart(policy, db_url):
    draft = policy.start_draft()
    typed = {**draft.values, "company_name": "", "training_text": "Half a sent",
             "next_review": "2027-1"}
    saved = policy.save_draft(draft.id, typed)
    assert saved.values["training_text"] == "Half a sent"
    assert saved.values["next_review"] == "2027-1"  # not a date yet, kept as typed
    # another start of the app sees exactly what was typed
    other = open_app(db_url, clock=stepping_clock(), actor="tester")
    try:
        again = PolicyService(other).start_draft()
        assert again.id == draft.id
        assert again.values["training_text"] == "Half a sent"
        assert again.values["company_name"] == ""
    finally:
        other.engine.dispose()


def test_autosave_refuses_over_long_text_at_the_field(policy):
    draft = policy.start_draft()
    with pytest.raises(ValidationError) as exc:
        policy.save_draft(draft.id, {**draft.values, "company_name": "x" * 201})
    assert exc.value.field == "company_name"
    assert "201 characters" in exc.value.message
    assert policy.version(draft.id).values["company_name"] == "Nordlicht IT GmbH"


def test_draft_saves_are_not_audited_but_starting_one_is(policy, configured):
    draft = policy.start_draft()
    for i in range(3):
        policy.save_draft(draft.id, {**draft.values, "training_text": f"t{i}"})
    assert [e[0] for e in policy_events(configured)] == ["policy.draft_started"]


# -- adopting ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("approval", "next_review", "field"), [
    (Approval("", "Managing Director", TODAY), NEXT_YEAR, "approver_name"),
    (Approval("  ", "Managing Director", TODAY), NEXT_YEAR, "approver_name"),
    (None, NEXT_YEAR, "approver_name"),
    (Approval(APPROVER, "", TODAY), NEXT_YEAR, "approver_title"),
    (Approval(APPROVER, "MD", None), NEXT_YEAR, "approved_on"),
    (Approval(APPROVER, "MD", TODAY + dt.timedelta(days=1)), NEXT_YEAR, "approved_on"),
    (APPROVED, TODAY - dt.timedelta(days=1), "next_review"),
    (APPROVED, None, "next_review"),
])
def test_adopt_is_refused_without_a_named_approver_or_a_future_review(policy, approval,
                                                                      next_review, field):
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    with pytest.raises(ValidationError) as exc:
        policy.adopt(draft.id, approval, next_review)
    assert exc.value.field == field
    assert exc.value.message  # in words
    assert policy.version(draft.id).status == "draft"
    assert policy.adopted() is None


def test_adopt_is_refused_while_a_required_field_is_empty(policy):
    draft = policy.start_draft()  # internal_expertise and published_at are still empty
    with pytest.raises(ValidationError) as exc:
        policy.adopt(draft.id, APPROVED, NEXT_YEAR)
    assert exc.value.field == "internal_expertise"
    assert "Fill this in" in exc.value.message
    policy.save_draft(draft.id, {**draft.values, **ANSWERS, "prohibited_uses": []})
    with pytest.raises(ValidationError) as exc:
        policy.adopt(draft.id, APPROVED, NEXT_YEAR)
    assert exc.value.field == "prohibited_uses"
    assert policy.errors(policy.version(draft.id).values).keys() >= {"prohibited_uses"}


def test_an_adopted_version_is_frozen_and_records_who_approved_it(policy, configured):
    v1 = adopted_v1(policy)
    assert v1.status == "adopted" and v1.number == 1
    assert v1.approval == APPROVED
    assert v1.next_review == NEXT_YEAR
    assert v1.adopted_by == "tester" and v1.adopted_at is not None
    assert v1.values["approved_on"] == TODAY.isoformat()
    assert policy.adopted().id == v1.id and policy.current_draft() is None
    with pytest.raises(ServiceError, match="can no longer be changed"):
        policy.save_draft(v1.id, {**v1.values, "company_name": "Other"})
    with pytest.raises(ServiceError, match="can no longer be changed"):
        policy.adopt(v1.id, APPROVED, NEXT_YEAR)
    assert policy.version(v1.id).values == v1.values


def test_the_database_itself_refuses_to_change_an_adopted_version(policy, configured):
    v1 = adopted_v1(policy)
    con = sqlite3.connect(sqlite_path(configured.db_url))
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            con.execute("UPDATE policy_version SET field_values = '{}' WHERE id = ?", (v1.id,))
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            con.execute("DELETE FROM policy_version WHERE id = ?", (v1.id,))
    finally:
        con.close()


def test_editing_after_adoption_starts_a_new_draft_and_adoption_supersedes(policy):
    v1 = adopted_v1(policy)
    draft = policy.start_draft()
    assert (draft.number, draft.status) == (2, "draft")
    assert draft.values["company_name"] == v1.values["company_name"]
    assert "approved_on" not in draft.values  # a new version needs a new approval
    assert policy.adopted().id == v1.id  # the adopted one stays in force meanwhile
    changed = {**draft.values, "company_description": "We now also sell drones."}
    policy.save_draft(draft.id, changed)
    v2 = policy.adopt(draft.id, Approval("Jonas Weber", "Chair of the Board", TODAY),
                      NEXT_YEAR)
    history = policy.versions()
    assert [(v.number, v.status) for v in history] == [(2, "adopted"), (1, "superseded")]
    assert [v.approval.name for v in history] == ["Jonas Weber", APPROVER]
    assert all(v.approval.approved_on == TODAY and v.adopted_at for v in history)
    assert policy.adopted().id == v2.id
    changes = policy.diff(v1.id, v2.id)
    assert [c.section_id for c in changes] == ["company", "approval"]
    assert "drones" in changes[0].new and "drones" not in changes[0].old
    assert "Jonas Weber" in changes[1].new and APPROVER in changes[1].old


def test_unknown_versions_are_not_found(policy):
    with pytest.raises(NotFound):
        policy.version(99)
    with pytest.raises(NotFound):
        policy.save_draft(99, {})


# -- Principle 16 -----------------------------------------------------------------------------
def test_check_follows_the_policy_from_draft_to_communicated(policy):
    draft = policy.start_draft()
    met = {r.id: r.met for r in policy.check(draft.values)}
    # prefilled: approver (name, title) but no date; the distributor as outside expertise
    # (internal and/or external is enough for (b)); the procedures; not published
    assert met == {"senior_approval": False, "expertise": True, "expectations": True,
                   "public": False, "embedded": True}
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    v1 = policy.adopt(draft.id, APPROVED, NEXT_YEAR)
    met = {r.id: r.met for r in policy.check(v1.values, version_id=v1.id)}
    assert met == {"senior_approval": True, "expertise": True, "expectations": True,
                   "public": False, "embedded": True}
    policy.record_communication(v1.id, "staff", "All staff", "e-mail", TODAY)
    assert all(r.met for r in policy.check(v1.values, version_id=v1.id))


# -- communication ----------------------------------------------------------------------------
def test_communications_and_acknowledgements_are_recorded(policy):
    v1 = adopted_v1(policy)
    staff = policy.record_communication(v1.id, "staff", "Tom Becker", "e-mail", TODAY,
                                        note="at the team meeting")
    dist = policy.record_communication(v1.id, "Distributor", "TechDistri Europe", "e-mail",
                                       TODAY)
    assert dist.audience == "distributor" and staff.acknowledged_on is None
    acked = policy.acknowledge(staff.id, TODAY)
    assert acked.acknowledged_on == TODAY
    listed = policy.communications(v1.id)
    assert [(c.recipient, c.acknowledged_on) for c in listed] == [
        ("Tom Becker", TODAY), ("TechDistri Europe", None)]
    assert listed[0].note == "at the team meeting"
    with pytest.raises(ValidationError) as exc:
        policy.acknowledge(staff.id, TODAY)
    assert exc.value.field == "on" and "already acknowledged" in exc.value.message


@pytest.mark.parametrize(("args", "field"), [
    (("press", "Anyone", "e-mail", TODAY), "audience"),
    (("staff", "  ", "e-mail", TODAY), "recipient"),
    (("staff", "x" * 301, "e-mail", TODAY), "recipient"),
    (("staff", "Tom", "e-mail", TODAY + dt.timedelta(days=1)), "on"),
    (("staff", "Tom", "e-mail", TODAY - dt.timedelta(days=1)), "on"),  # before approval
])
def test_bad_communications_are_refused_at_the_field(policy, args, field):
    v1 = adopted_v1(policy)
    with pytest.raises(ValidationError) as exc:
        policy.record_communication(v1.id, *args)
    assert exc.value.field == field
    assert policy.communications(v1.id) == []


def test_a_draft_cannot_be_communicated(policy):
    draft = policy.start_draft()
    with pytest.raises(ValidationError, match="adopt the draft first"):
        policy.record_communication(draft.id, "staff", "Tom", "e-mail", TODAY)


def test_an_acknowledgement_cannot_predate_the_communication(policy):
    v1 = adopted_v1(policy)
    c = policy.record_communication(v1.id, "staff", "Tom", "e-mail", TODAY)
    with pytest.raises(ValidationError) as exc:
        policy.acknowledge(c.id, TODAY - dt.timedelta(days=1))
    assert exc.value.field == "on"
    with pytest.raises(NotFound):
        policy.acknowledge(999, TODAY)


# -- review -----------------------------------------------------------------------------------
def test_the_review_is_due_when_nothing_is_adopted(policy):
    status = policy.review_status()
    assert (status.adopted, status.due, status.next_review) == (False, True, None)


def test_the_review_falls_due_after_a_year(policy, db_url):
    adopted_v1(policy)
    now = policy.review_status()
    assert (now.adopted, now.due, now.days_left, now.next_review) == (True, False, 365,
                                                                      NEXT_YEAR)
    assert policy.review_status(NEXT_YEAR - dt.timedelta(days=1)).due is False
    assert policy.review_status(NEXT_YEAR).due is True
    # the app started a year and a day later, on its own clock
    later = open_app(db_url, clock=stepping_clock(START + dt.timedelta(days=366)),
                     actor="tester")
    try:
        status = PolicyService(later).review_status()
        assert status.due and status.days_left == -1
    finally:
        later.engine.dispose()


# -- audit ------------------------------------------------------------------------------------
def test_every_policy_write_is_audited_in_the_chain(policy, configured):
    from reseller_app.services.audit import AuditService

    v1 = adopted_v1(policy)
    c = policy.record_communication(v1.id, "staff", "Tom Becker", "e-mail", TODAY)
    policy.acknowledge(c.id, TODAY)
    events = policy_events(configured)
    assert [e[0] for e in events] == ["policy.draft_started", "policy.adopted",
                                      "policy.communicated", "policy.acknowledged"]
    assert all(e[1] == str(v1.id) for e in events)
    adopted = events[1][2]
    assert APPROVER in adopted and TODAY.isoformat() in adopted and '"sha256"' in adopted
    assert AuditService(configured).verify().ok


# -- exports ----------------------------------------------------------------------------------
def test_export_without_an_adopted_policy_says_what_to_do(policy, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(NotFound, match="No human rights policy has been adopted"):
        policy.export("pdf", tmp_path / "p.pdf")
    with pytest.raises(NotFound, match="no draft"):
        policy.export("pdf", tmp_path / "p.pdf", draft=True)
    assert not list(tmp_path.iterdir())


def test_export_refuses_a_bad_format_or_folder(policy, tmp_path):
    adopted_v1(policy)
    with pytest.raises(ValidationError) as exc:
        policy.export("docx", tmp_path / "p.docx")
    assert exc.value.field == "format"
    with pytest.raises(ValidationError) as exc:
        policy.export("txt", tmp_path / "missing" / "p.txt")
    assert exc.value.field == "out"
    with pytest.raises(ValidationError) as exc:
        policy.export("pdf", tmp_path / "p.pdf", page_size="A5")
    assert exc.value.field == "page_size"


def test_export_writes_the_adopted_version_or_the_draft(policy, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    v1 = adopted_v1(policy)
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, "company_description": "Draft words here."})
    txt = policy.export("txt", tmp_path / "adopted.txt").read_text(encoding="utf-8")
    assert "Draft words here." not in txt and "DRAFT" not in txt
    assert f"Version {v1.number}" in txt
    dtxt = policy.export("txt", tmp_path / "draft.txt", draft=True).read_text(encoding="utf-8")
    assert "Draft words here." in dtxt and "DRAFT" in dtxt
    html = policy.html(draft=True)
    assert "Draft words here." in html and "DRAFT" in html
    pdf = policy.export("pdf", tmp_path / "p.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in sorted(tmp_path.iterdir())] == ["adopted.txt", "draft.txt",
                                                            "p.pdf"]  # no temporary left


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_files_can_be_served_by_a_web_server(policy, tmp_path):
    """Written with the user's umask like any saved file (0644), not owner-only (0600); a file
    replaced keeps the mode it had."""
    adopted_v1(policy)
    old = os.umask(0o022)
    try:
        for fmt in ("html", "pdf", "txt"):
            out = policy.export(fmt, tmp_path / f"policy.{fmt}")
            assert stat.S_IMODE(out.stat().st_mode) == 0o644, fmt
        (tmp_path / "policy.html").chmod(0o640)
        out = policy.export("html", tmp_path / "policy.html")
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_a_draft_export_does_not_say_it_was_approved(policy, tmp_path):
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    text = policy.export("txt", tmp_path / "draft.txt", draft=True).read_text(encoding="utf-8")
    assert text.startswith("*** DRAFT: Not yet approved. Do not publish. ***")
    assert "This policy was approved by" not in " ".join(text.split())
    assert "This draft has not been approved yet." in " ".join(text.split())
    assert "This policy was approved by" not in " ".join(policy.html(draft=True).split())


def test_the_approval_date_cannot_predate_the_previous_version(policy):
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    v1 = policy.adopt(draft.id, APPROVED, NEXT_YEAR)
    v2 = policy.start_draft()
    policy.save_draft(v2.id, {**v2.values, **ANSWERS})
    yesterday = TODAY - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        policy.adopt(v2.id, Approval(APPROVER, "Managing Director", yesterday), NEXT_YEAR)
    assert exc.value.field == "approved_on" and "version 1" in exc.value.message
    assert policy.adopted().id == v1.id
    with pytest.raises(ServiceError, match="was approved on") as frozen:
        policy.save_draft(v1.id, v1.values)
    assert TODAY.isoformat() in str(frozen.value)
    assert policy.adopt(v2.id, APPROVED, NEXT_YEAR).status == "adopted"


def test_a_policy_approved_on_paper_before_it_was_typed_in_can_be_adopted(policy):
    """The board approved the text at its meeting; the office enters it weeks later."""
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    meeting = TODAY - dt.timedelta(days=21)
    v1 = policy.adopt(draft.id, Approval(APPROVER, "Managing Director", meeting), NEXT_YEAR)
    assert v1.status == "adopted" and v1.approval.approved_on == meeting
