"""The due diligence report up the chain as a signed packet, sent or saved like the others.

``ChainReportService`` (services/chain_report.py) counts a period; this module stores the
finished report as a ``DbPacket`` of kind ``report`` (no order: PDF + JSON + manifest, the
manifest signed with the company key when there is one), so that the outbox sends it
(``OutboxService.queue``), the packet's exports save it, and the evidence bundle, the audit
check and the history treat it as any other packet. This is the one writer of a report that
leaves the app: the dialog and ``reseller-app report --out/--queue`` both build the packet here,
and saving it to a folder is the packet's export (``packet.exported``), the same files either
way. Which period and distributor a report is for is kept in its JSON and its file names
(``dd-report-2026Q4-<distributor>``): ``report_due`` reads them from the packets queued, sent or
exported to know which period's report is still to go.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from reseller_app.domain import packets as p
from reseller_app.domain import report_due as due
from reseller_app.domain.chain_report import ChainReport, PeriodError, ReportPeriod
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion, PacketKind, PacketStatus
from reseller_app.services.chain_head import head_signer
from reseller_app.services.chain_head import packet_files as head_file
from reseller_app.services.chain_report import ChainReportService, report_json_bytes
from reseller_app.services.company_key import CompanyKeyService, manifest_signer
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Distributor, OutboxItem, PacketView
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import (
    EscalationService,
    company_profile,
    recipient_for,
    store_packet,
    vocabulary_labels,
)
from reseller_app.services.packs import PackService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbOrder, DbPacket

# A report counts as gone to the distributor once it is in the outbox, sent, or saved to
# send another way; one only built (previewed) does not.
_GONE = (PacketStatus.QUEUED.value, PacketStatus.SENT.value, PacketStatus.EXPORTED.value,
         PacketStatus.ANSWERED.value)
STEM_PREFIX = "dd-report-"
_STEM = re.compile(r"^dd-report-(\d{4}(?:Q[1-4]|-\d{2})?)-")

# (report, language, key fingerprint or None) -> the PDF's bytes
PdfBuilder = Callable[[ChainReport, str, str | None], bytes]


def report_stem(period: str, distributor: str) -> str:
    """``dd-report-2026Q4-TechDistri_Europe``: the PDF's and JSON's name without extension."""
    name = p.safe_file_name(distributor, "distributor").replace(" ", "_")
    return f"{STEM_PREFIX}{p.safe_file_name(period, 'period')}-{name}"[:180]




class ReportSendService:
    """Build, store, queue and find the due diligence reports of each distributor."""

    def __init__(self, ctx: AppContext, *, pdf_builder: PdfBuilder | None = None) -> None:
        self.ctx = ctx
        self.reports_service = ChainReportService(ctx)
        self.pdf_builder = pdf_builder or self._pdf

    def _pdf(self, report: ChainReport, language: str, fingerprint: str | None) -> bytes:
        """The report's PDF in the house style, naming the key that signs it; product
        categories in the active criteria pack's words; on the company's paper (Letter where
        its country uses Letter, as the policy's PDF, else A4)."""
        # late: ReportLab loads only when a PDF is built
        from reseller_app.reports.chain_report_pdf import chain_report_pdf
        from reseller_app.reports.policy_pdf import default_page_size

        labels = vocabulary_labels(PackService(self.ctx).localized(None))
        paper = default_page_size(company_profile(self.ctx).country or None)
        return chain_report_pdf(report, language, paper, category_labels=labels,
                                key_fingerprint=fingerprint)

    # -- choices -------------------------------------------------------------------------------
    def distributors(self) -> list[Distributor]:
        """The distributors of the company profile (those a report can go to)."""
        try:
            return list(company_profile(self.ctx).distributors)
        except ValidationError:
            return []

    def periods(self, today: dt.date | None = None) -> list[str]:
        """The quarter under way and the seven before it, newest first."""
        quarter = ReportPeriod.quarter_of(today or self.ctx.clock().date())
        out = [quarter]
        while len(out) < 8:
            out.append(out[-1].previous())
        return [q.label for q in out]

    def default_period(self, today: dt.date | None = None) -> str:
        """The last quarter that has ended: the one whose report is due."""
        return ReportPeriod.last_finished_quarter(today or self.ctx.clock().date()).label

    # -- building ------------------------------------------------------------------------------
    def build(self, period: str | ReportPeriod, distributor_id: int | None = None, *,
              include_names: bool = False) -> PacketView:
        """Count the period (a quarter like 2026Q4, a month or a year), make its PDF and JSON,
        and store them as a packet (built: not sent yet; the user previews it). One
        ``report.built`` audit event."""
        if not isinstance(period, ReportPeriod):
            try:
                period = ReportPeriod.parse(period)
            except PeriodError as exc:
                raise ValidationError("period", str(exc)) from None
        profile = company_profile(self.ctx)
        recipient = recipient_for(profile, distributor_id)
        report = self.reports_service.build(period, recipient.name,
                                            include_names=include_names)
        label = period.label
        sign = manifest_signer(self.ctx)  # before the transaction: it may make the key
        key = CompanyKeyService(self.ctx).current() if sign is not None else None
        pdf = self.pdf_builder(report, self.ctx.language, key.fingerprint if key else None)
        json_content = report_json_bytes(report)
        packet_id, now = str(uuid.uuid4()), self.ctx.clock()
        stem = report_stem(label, recipient.name)
        # For the distributor's mailbox, in English like the other packets' subjects.
        subject = (f"Due diligence report {label} from {profile.name} "
                   f"[packet {packet_id[:8]}]")[:300]
        heads = head_signer(self.ctx) if sign is not None else None
        with self.ctx.write_session() as s:
            # The chain's signed head travels in the report, listed in its signed manifest.
            extra = head_file(s, heads, HeadOccasion.REPORT, self.ctx)
            row, manifest = store_packet(
                s, packet_id=packet_id, kind=PacketKind.REPORT.value, order_id=None,
                customer_id=None, recipient=recipient, subject=subject, stem=stem, pdf=pdf,
                json_content=json_content, attachments=extra, created_by=self.ctx.who,
                created_at=now, sign=sign)
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.REPORT_BUILT, entity="packet",
                entity_id=packet_id, at=now,
                details={"packet_id": packet_id, "kind": PacketKind.REPORT.value,
                         "period": label, "distributor": recipient.name,
                         "to": recipient.email, "include_names": include_names,
                         "signed": row.manifest_signature is not None,
                         "manifest_sha256": row.manifest_sha256,
                         "files": [{"name": f.name, "sha256": f.sha256}
                                   for f in manifest.files]})
            s.commit()
        return EscalationService(self.ctx).get(packet_id)

    def build_for(self, period: str | ReportPeriod, distributor: str, *,
                  include_names: bool = False) -> PacketView:
        """As ``build``, for the distributor the company profile calls ``distributor`` (case
        and accents aside): the command line names it."""
        name = self.reports_service.distributor(distributor)
        chosen = next((d for d in self.distributors() if d.name == name), None)
        if chosen is None or chosen.id is None:
            raise ValidationError("distributor", t(
                "This distributor is no longer in the company profile."))
        return self.build(period, chosen.id, include_names=include_names)

    def queue(self, packet_id: str, *, to: str | None = None) -> OutboxItem:
        """The report in the outbox to its distributor (or ``to``)."""
        # late: the outbox imports the escalation service, which imports this module's peers
        from reseller_app.services.outbox import OutboxService

        return OutboxService(self.ctx).queue(packet_id, to=to)

    def save(self, packet_id: str, parent: Path) -> Path:
        """The report's files (PDF, JSON, manifest and its signature) in a folder of their own
        under ``parent``: the packet's export, as the dialog's "Save as folder…" (one
        ``packet.exported`` event; the report then counts as gone)."""
        return EscalationService(self.ctx).save_folder(packet_id, Path(parent))

    # -- finding -------------------------------------------------------------------------------
    def reports(self) -> list[PacketView]:
        return EscalationService(self.ctx).packets(kind=PacketKind.REPORT.value)

    def gone(self) -> list[tuple[str, str]]:
        """(distributor, period) of every report packet queued, sent or saved (exported),
        from the dialog or from ``reseller-app report``: one rule for both."""
        with self.ctx.session() as s:
            rows = s.execute(select(DbPacket.distributor_name, DbPacket.file_stem,
                                    DbPacket.json_content).where(
                DbPacket.kind == PacketKind.REPORT.value,
                DbPacket.status.in_(_GONE))).all()
        return [(name, report_period(stem, raw)) for name, stem, raw in rows]

    def already_gone(self, distributor: str, period: str) -> bool:
        """Whether the report of ``period`` was sent, queued or saved to ``distributor``."""
        return (due.distributor_key(distributor), period) in {
            (due.distributor_key(d), p) for d, p in self.gone()}

    def busy_quarters(self, periods: list[str]) -> list[str]:
        """Those of ``periods`` that had orders (dated in them)."""
        out = []
        with self.ctx.session() as s:
            for period in periods:
                quarter = ReportPeriod.parse(period)
                n = s.execute(select(func.count()).select_from(DbOrder).where(
                    DbOrder.order_date >= quarter.start,
                    DbOrder.order_date <= quarter.end)).scalar()
                if n:
                    out.append(period)
        return out


def report_period(stem: str, json_content: bytes | None = None) -> str:
    """The period a stored report is for (``2026Q4``): from its JSON, else its file names."""
    try:
        data = json.loads(bytes(json_content or b"{}"))
    except ValueError:
        data = {}
    period = data.get("period") if isinstance(data, dict) else None
    if isinstance(period, dict) and period.get("label"):
        return str(period["label"])
    match = _STEM.match(stem or "")
    return match.group(1) if match else ""


def report_due(ctx: AppContext, today: dt.date) -> list[tuple[str, str]]:
    """(distributor, period) whose report is due: the last quarter has ended, it had orders,
    and no report for it was sent, queued or saved to that distributor. The reminders' source
    ``report_due``; the words for it are the caller's."""
    service = ReportSendService(ctx)
    names = [d.name for d in service.distributors()]
    if not names:
        return []
    period = ReportPeriod.last_finished_quarter(today).label
    return due.due_reports(today, names, service.busy_quarters([period]), service.gone())


def report_due_on(period: str) -> dt.date:
    """The day a quarter's report falls due: the first day after the quarter (its numbers no
    longer move); the reminder is overdue from the day after."""
    return ReportPeriod.parse(period).end + dt.timedelta(days=1)
