"""The due diligence report up the chain as a packet (services/chain_report_send.py): stored as
a ``report`` packet without an order, signed when the company has a key, sent through the
outbox to a real SMTP server, saved as a folder, read by the audit check, the history and the
evidence bundle; and which quarter's report is still due."""

from __future__ import annotations

import datetime as dt
import io
import json

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader

from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.domain.vocabulary import AuditAction, PacketKind, PacketStatus
from reseller_app.services.audit import AuditService
from reseller_app.services.chain_report_send import (
    ReportSendService,
    report_due,
    report_period,
)
from reseller_app.services.company_key import CompanyKeyService, verify_packet
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.history import summarise
from reseller_app.services.outbox import OutboxService
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import SetupService
from reseller_app.store import audit_log

from ..smtp_server import SmtpServer
from .conftest import sample_profile

SENDER = "orders@nordlicht.example"
DISTRIBUTOR = "compliance@techdistri.example"
# The test clock's today (tests/conftest.py START): 5 November 2026, in 2026Q4.
TODAY = dt.date(2026, 11, 5)


def service(ctx) -> ReportSendService:
    return ReportSendService(ctx)


@pytest.fixture
def q3_orders(orders, catalog) -> None:
    """Orders in the last ended quarter (2026Q3) and the running one."""
    orders.save(catalog.laptop_order("SO-Q3-1", date=dt.date(2026, 8, 3)))
    orders.save(catalog.camera_order("SO-Q3-2", date=dt.date(2026, 9, 30)))
    orders.save(catalog.laptop_order("SO-Q4-1", date=dt.date(2026, 10, 2)))


def test_a_report_is_a_signed_packet_about_no_order(configured, q3_orders, tmp_path):
    key_file = CompanyKeyService(configured).export(tmp_path / "company.json")
    view = service(configured).build("2026Q3")
    assert view.kind == PacketKind.REPORT and view.order_id is None
    assert view.status == PacketStatus.BUILT
    assert view.recipient_name == "TechDistri Europe" and view.recipient_email == DISTRIBUTOR
    assert view.file_stem == "dd-report-2026Q3-TechDistri_Europe"
    assert "2026Q3" in view.subject and "Nordlicht IT GmbH" in view.subject
    names = [f.name for f in view.files]
    assert names[:2] == ["dd-report-2026Q3-TechDistri_Europe.pdf",
                         "dd-report-2026Q3-TechDistri_Europe.json"]
    assert MANIFEST_SIGNATURE_NAME in names
    escalation = EscalationService(configured)
    data = json.loads(escalation.file(view.id, view.json_name))
    assert data["period"]["label"] == "2026Q3"
    assert data["recipient"]["distributor"] == "TechDistri Europe"
    # The PDF read back: the distributor's name, and the key that signs the report.
    text = " ".join(page.extract_text() for page in
                    PdfReader(io.BytesIO(escalation.pdf(view.id))).pages)
    assert "TechDistri Europe" in " ".join(text.split())
    fingerprint = CompanyKeyService(configured).current().fingerprint
    assert fingerprint.replace(" ", "")[:8] in "".join(text.split())
    # Saved as a folder, it checks out with the company's public key.
    folder = escalation.save_folder(view.id, tmp_path)
    assert (folder / view.pdf_name).is_file() and (folder / view.json_name).is_file()
    verdict = verify_packet(folder, key_file)
    assert verdict.ok, verdict.message
    # One audit event about the packet; the audit check finds everything in order.
    with configured.session() as s:
        events = audit_log.events_for(s, "packet", [view.id])
    assert [e.action for e in events] == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED]
    assert events[0].details["period"] == "2026Q3"
    assert summarise(events[0].action, events[0].details) == \
        "Due diligence report for 2026Q3 prepared for TechDistri Europe."
    assert summarise(events[1].action, events[1].details).startswith(
        "Due diligence report saved as ")
    assert AuditService(configured).verify().ok
    assert [p.id for p in service(configured).reports()] == [view.id]


def test_without_a_key_the_report_is_built_unsigned(ctx, memory_keyring):
    keyring.set_keyring(fail.Keyring())
    SetupService(ctx).save_profile(sample_profile())
    view = service(ctx).build("2026Q3")
    assert MANIFEST_SIGNATURE_NAME not in [f.name for f in view.files]
    keyring.set_keyring(memory_keyring)


def test_bad_requests_are_refused_in_words(configured, ctx):
    with pytest.raises(ValidationError) as exc:
        service(configured).build("Q3 2026")
    assert exc.value.field == "period" and "2026Q4" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        service(configured).build("2026Q3", distributor_id=9999)
    assert exc.value.field == "distributor_id"


def test_a_queued_report_reaches_the_distributor_with_its_files(configured, q3_orders):
    srv = SmtpServer()
    srv.start()
    try:
        SettingsService(configured).save_smtp(SmtpSettings(srv.host, srv.port, "none", "",
                                                           SENDER))
        reports = service(configured)
        view = reports.build("2026Q3")
        item = reports.queue(view.id)
        assert item.kind == PacketKind.REPORT and item.to == DISTRIBUTOR
        assert OutboxService(configured).send_pending().sent == 1
        got = srv.received[0]
        assert got.rcpt_tos == [DISTRIBUTOR]
        files = got.attachments()
        assert files[view.pdf_name] == EscalationService(configured).pdf(view.id)
        body = got.message.get_body(("plain",)).get_content()
        assert "due diligence report" in body and "escalation of order" not in body
        assert EscalationService(configured).get(view.id).status == PacketStatus.SENT
        with configured.session() as s:
            queued = [e for e in audit_log.events_for(s, "packet", [view.id])
                      if e.action == AuditAction.OUTBOX_QUEUED]
        assert summarise(queued[0].action, queued[0].details).startswith(
            "Due diligence report put in the outbox to ")
    finally:
        srv.stop()


def test_the_last_quarter_s_report_is_due_until_it_goes(configured, q3_orders, tmp_path):
    assert report_due(configured, TODAY) == [("TechDistri Europe", "2026Q3")]
    reports = service(configured)
    view = reports.build("2026Q3")
    # Only built (previewed): still due.
    assert report_due(configured, TODAY) == [("TechDistri Europe", "2026Q3")]
    reports.build("2026Q4")
    EscalationService(configured).save_zip(view.id, tmp_path)
    assert report_due(configured, TODAY) == []
    # The next quarter, once it has ended, is due in turn.
    assert report_due(configured, dt.date(2027, 1, 4)) == [("TechDistri Europe", "2026Q4")]


def test_a_quarter_without_orders_has_no_report_due(configured):
    assert report_due(configured, TODAY) == []


def test_the_period_of_a_stored_report() -> None:
    raw = json.dumps({"period": {"label": "2026-11"}}).encode()
    assert report_period("anything", raw) == "2026-11"
    assert report_period("dd-report-2026Q4-TechDistri_Europe", b"not json") == "2026Q4"
    assert report_period("escalation-SO-1", None) == ""


def test_a_distributor_s_desk_says_a_report_asks_for_no_decision(configured, q3_orders,
                                                                  tmp_path):
    from reseller_app.services.desk import DeskService

    from .test_desk import open_desk

    view = service(configured).build("2026Q3")
    zipped = EscalationService(configured).save_zip(view.id, tmp_path)
    desk = open_desk(tmp_path, "desk")
    try:
        with pytest.raises(ValidationError) as exc:
            DeskService(desk).receive(zipped)
        assert "is a due diligence report, not an escalation" in exc.value.message
    finally:
        desk.engine.dispose()


def test_the_reminders_name_the_report_that_is_due(configured, q3_orders, tmp_path):
    from reseller_app.domain.vocabulary import ReminderKind
    from reseller_app.services.reminders import RemindersService

    def report_reminders(today: dt.date) -> list:
        return [r for r in RemindersService(configured).due(today)
                if r.kind == ReminderKind.REPORT_DUE]

    # Due from the first day after the quarter, overdue after it.
    first = report_reminders(dt.date(2026, 10, 1))
    assert [r.text for r in first] == [
        "The due diligence report for Q3 2026 to TechDistri Europe is due today."]
    assert not first[0].overdue and report_reminders(TODAY)[0].overdue
    view = service(configured).build("2026Q3")
    service(configured).queue(view.id)
    assert report_reminders(TODAY) == []


def test_the_evidence_bundle_holds_the_report_packet(configured, q3_orders, tmp_path):
    import zipfile

    from reseller_app.services.evidence import EvidenceService

    view = service(configured).build("2026Q3")
    EvidenceService(configured).bundle(dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                       tmp_path / "evidence.zip")
    with zipfile.ZipFile(tmp_path / "evidence.zip") as z:
        names = z.namelist()
        listed = [n for n in names if n.endswith(".json") and "packets" not in n]
        text = " ".join(z.read(n).decode("utf-8", "replace") for n in listed)
    assert any(n.endswith(f"/{view.pdf_name}") for n in names)
    assert view.id in text and '"kind": "report"' in text


def test_saving_a_report_is_exporting_its_packet(configured, q3_orders, tmp_path):
    """The one way a report is saved (the dialog's "Save as folder…" and ``report --out``):
    the packet's files in a folder of their own, one ``packet.exported`` event after the one
    ``report.built``, and the quarter's report no longer due."""
    reports = service(configured)
    view = reports.build_for("2026Q3", " techdistri europe ")
    folder = reports.save(view.id, tmp_path)
    assert folder == tmp_path / f"{view.file_stem}-{view.id[:8]}"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in view.files)
    assert MANIFEST_SIGNATURE_NAME in [f.name for f in view.files]  # the company has a key
    for f in view.files:
        assert (folder / f.name).read_bytes() == EscalationService(configured).file(view.id,
                                                                                   f.name)
    assert EscalationService(configured).get(view.id).status == PacketStatus.EXPORTED
    with configured.session() as s:
        events = audit_log.events_for(s, "packet", [view.id])
    assert [e.action for e in events] == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED]
    assert events[1].details["file"] == folder.name
    assert report_due(configured, TODAY) == []
    assert reports.already_gone("TechDistri Europe", "2026Q3")
    with pytest.raises(ValidationError, match="does not exist"):
        reports.save(view.id, tmp_path / "nowhere")


def test_the_pdf_speaks_the_pack_s_words_on_the_company_s_paper(configured, q3_orders):
    """Product categories as the criteria pack names them (the JSON keeps the ids), on Letter
    paper for a company in the United States (as its policy's PDF), A4 elsewhere."""
    escalation = EscalationService(configured)
    view = service(configured).build("2026Q3")
    pdf = PdfReader(io.BytesIO(escalation.pdf(view.id)))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Video surveillance" in text and "General IT (laptops" in text
    assert "video_surveillance" not in text
    data = json.loads(escalation.file(view.id, view.json_name))
    assert {c["category"] for c in data["orders"]["by_category"]} >= {"video_surveillance"}
    assert round(float(pdf.pages[0].mediabox.width)) == 595  # A4 for a company in Germany
    profile = SetupService(configured).profile()
    profile.country = "US"
    SetupService(configured).save_profile(profile)
    letter = service(configured).build("2026Q3")
    page = PdfReader(io.BytesIO(escalation.pdf(letter.id))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
