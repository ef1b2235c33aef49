"""The evidence bundle for a partner audit ("right to verify", BSR 2022 §6.2): for a date
range, the adopted policy versions with to whom they were communicated and who acknowledged
them, every screening and decision, the packets sent and the answers (with the distributor's
note and decision file, and the file's SHA-256), the follow-ups and the audit-log check, the
sanctions lists imported with the reviews of possible matches and the parties' checks
(``evidence_lists``), as one zip with a PDF summary and a manifest of SHA-256 hashes."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from reseller_app.domain import packets as p
from reseller_app.domain.screening import ScreeningResult
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion
from reseller_app.services import evidence_lists
from reseller_app.services.audit import AuditService
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.company_key import manifest_signer
from reseller_app.services.context import AppContext
from reseller_app.services.dto import EvidenceReport
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import packet_files
from reseller_app.services.files import write_atomically
from reseller_app.services.orders import stored_result
from reseller_app.services.packs import PackService
from reseller_app.services.policy import PolicyService
from reseller_app.store import audit_log
from reseller_app.store.tables import (
    DbDecision,
    DbDistributorAnswer,
    DbFollowUp,
    DbOrder,
    DbOutboxMessage,
    DbPacket,
    DbScreening,
    utc,
)

BUNDLE_STEPS = 5  # audit check, records, policy, summary PDF, zip written


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return utc(value).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class EvidenceService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _policy(self, date_to: dt.date
                ) -> tuple[list[dict[str, Any]], dict[str, bytes], str, str]:
        """Versions, their PDFs, and a note when there is none: in English for the bundle's
        JSON, and in the user's language."""
        service = PolicyService(self.ctx)
        versions = [v for v in service.versions() if v.status in ("adopted", "superseded")
                    and v.adopted_at is not None and utc(v.adopted_at).date() <= date_to]
        if not versions:
            return [], {}, "No policy: no human rights policy version was adopted by " \
                           f"{date_to.isoformat()}.", \
                t("No policy: no human rights policy version was adopted by {date}.",
                  date=date_to.isoformat())
        files: dict[str, bytes] = {}
        out = []
        for v in versions:
            # Principle 16 (d) asks that the policy be communicated: who was sent or shown it
            # by the end of the period, and who acknowledged it by then.
            communications = [{
                "audience": c.audience, "recipient": c.recipient, "channel": c.channel,
                "sent_on": c.on,
                "acknowledged_on": c.acknowledged_on if c.acknowledged_on is not None
                and c.acknowledged_on <= date_to else None,
                "note": c.note} for c in service.communications(v.id) if c.on <= date_to]
            out.append({"number": v.number, "status": v.status, "values": v.values,
                        "approval": asdict(v.approval) if v.approval else None,
                        # The date the policy's own PDF prints as its adoption: the day the
                        # senior person approved it. ``adopted_at`` is when that was recorded
                        # in the app.
                        "adopted_on": v.approval.approved_on if v.approval else None,
                        "adopted_at": v.adopted_at, "adopted_by": v.adopted_by,
                        "next_review": v.next_review, "communications": communications})
            # The JSON holds the text; the PDF is a courtesy that must not stop the bundle.
            with contextlib.suppress(Exception):
                files[f"policy/policy-v{v.number}.pdf"] = service.pdf(v.id)
        return out, files, "", ""

    def _result(self, r: DbScreening, data: dict[str, Any]) -> dict[str, Any]:
        """The stored result (``data``, its JSON read); the compact form of imports with its
        pack's texts put back."""
        if not ScreeningResult.needs_pack(data):
            return data
        return stored_result(PackService(self.ctx), r).as_dict()

    def bundle(self, date_from: dt.date, date_to: dt.date, out: Path, *,
               progress: Callable[[int, int], None] | None = None) -> EvidenceReport:
        """``progress(done, total)`` is called after each of the steps (for a progress bar)."""

        def step(done: int) -> None:
            if progress is not None:
                progress(done, BUNDLE_STEPS)

        if date_to < date_from:
            raise ValidationError("date_to", t("The end date is before the start date."))
        start = dt.datetime.combine(date_from, dt.time(), dt.UTC)
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
        out = Path(out)
        if out.is_dir():
            out = out / f"evidence-{date_from.isoformat()}-{date_to.isoformat()}.zip"
        elif not out.parent.is_dir():
            raise ValidationError("out", t("The folder {folder} does not exist.",
                                           folder=out.parent))
        step(0)
        audit = AuditService(self.ctx).verify()
        step(1)
        files: dict[str, bytes] = {}
        with self.ctx.session() as s:
            refs = dict(s.execute(select(DbOrder.id, DbOrder.reference)).all())
            lists = evidence_lists.gather(s, end, refs)
            screenings = []
            for r in s.execute(select(DbScreening).where(
                    DbScreening.created_at >= start, DbScreening.created_at < end)
                    .order_by(DbScreening.id)).scalars():
                data = json.loads(r.result)
                # Which list versions the screening's parties were checked against (read from
                # the result as stored: the compact form's conversion does not carry them).
                screenings.append({
                    "order": refs.get(r.order_id), "screened_at": _iso(r.created_at),
                    "tier": r.tier, "hold": r.hold, "blocked": r.blocked,
                    "pack": {"id": r.pack_id, "version": r.pack_version,
                             "sha256": r.pack_sha256},
                    "result": self._result(r, data), **lists.screening_lists(data)})
            decisions = [{
                "order": refs.get(r.order_id), "decided_at": _iso(r.decided_at),
                "outcome": r.outcome, "rationale": r.rationale, "decided_by": r.decided_by,
                "approved_by": r.approved_by, "mitigations": json.loads(r.mitigations),
                "conditions": r.conditions, "sales_review": r.sales_review}
                for r in s.execute(select(DbDecision).where(
                    DbDecision.decided_at >= start, DbDecision.decided_at < end)
                    .order_by(DbDecision.id)).scalars()]
            packets = []
            for r in s.execute(select(DbPacket).where(
                    DbPacket.created_at >= start, DbPacket.created_at < end)
                    .order_by(DbPacket.created_at, DbPacket.id)).scalars():
                messages = s.execute(select(DbOutboxMessage).where(
                    DbOutboxMessage.packet_id == r.id).order_by(DbOutboxMessage.id)).scalars()
                folder = f"packets/{r.file_stem}-{r.id[:8]}"
                packets.append({
                    "packet_id": r.id, "kind": r.kind, "status": r.status,
                    "order": refs.get(r.order_id), "created_at": _iso(r.created_at),
                    "to": r.recipient, "subject": r.subject,
                    "manifest_sha256": r.manifest_sha256, "folder": folder,
                    "messages": [{"to": m.recipient, "state": m.state, "attempts": m.attempts,
                                  "message_id": m.message_id, "sent_at": _iso(m.sent_at),
                                  "server_reply": m.server_reply, "last_error": m.last_error,
                                  # who decided it was not to be sent, and when
                                  "cancelled_at": _iso(m.cancelled_at),
                                  "cancelled_by": m.cancelled_by}
                                 for m in messages]})
                for name, data in packet_files(s, r).items():
                    files[f"{folder}/{name}"] = data
            answers = []
            for r in s.execute(select(DbDistributorAnswer).where(
                    DbDistributorAnswer.recorded_at >= start,
                    DbDistributorAnswer.recorded_at < end)
                    .order_by(DbDistributorAnswer.id)).scalars():
                # The decision file as received, beside the SHA-256 recorded when it was
                # imported (manifest.json hashes it again: the two must agree).
                decision_file = decision_signature = None
                if r.source_file is not None:
                    decision_file = f"answers/decision-{r.packet_id}.json"
                    files[decision_file] = bytes(r.source_file)
                if r.source_signature is not None:  # the distributor's, checked at import
                    decision_signature = f"answers/decision-{r.packet_id}.sig.json"
                    files[decision_signature] = bytes(r.source_signature)
                answers.append({
                    "order": refs.get(r.order_id), "packet_id": r.packet_id,
                    "outcome": r.outcome, "conditions": json.loads(r.conditions),
                    "reference": r.reference, "answered_on": _iso(r.answered_on),
                    "person": r.person, "organisation": r.organisation, "note": r.note,
                    "source": r.source, "source_sha256": r.source_sha256,
                    "decision_file": decision_file, "decision_signature": decision_signature,
                    "recorded_at": _iso(r.recorded_at), "recorded_by": r.recorded_by})
            follow_ups = [{
                "order": refs.get(r.order_id), "kind": r.kind, "due_on": _iso(r.due_on),
                "text": r.text, "done_on": _iso(r.done_on), "done_note": r.done_note}
                for r in s.execute(select(DbFollowUp).where(
                    DbFollowUp.created_at < end).order_by(DbFollowUp.id)).scalars()]
            events = [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                       "entity": e.entity, "entity_id": e.entity_id, "details": e.details,
                       "hash": e.hash}
                      for e in audit_log.iter_chain(s)
                      if start.isoformat() <= e.at < end.isoformat()]
        step(2)
        policy, policy_files, policy_note, policy_note_words = self._policy(date_to)
        step(3)
        now = self.ctx.clock()

        def dump(data: Any) -> bytes:
            return (json.dumps(data, ensure_ascii=False, indent=2, default=_iso) + "\n").encode()

        period = {"from": date_from.isoformat(), "to": date_to.isoformat()}
        # The bundle's JSON keeps the reason and the note in English (records); the summary PDF
        # and the report have them in the user's language, like the rest of their words.
        verification = {"ok": audit.ok, "checked": audit.checked,
                        "first_bad_seq": audit.first_bad_seq, "reason": audit.reason_en,
                        "signed_head": audit.head_en, "checked_at": _iso(now)}
        # late: ReportLab loads only when a PDF is built
        from reseller_app.reports.evidence_pdf import evidence_pdf

        summary = evidence_pdf(
            period=period, created_at=now, actor=self.ctx.actor,
            audit={**verification, "reason": audit.reason},
            counts={"screenings": len(screenings), "decisions": len(decisions),
                    "packets": len(packets), "answers": len(answers),
                    "follow-ups": len(follow_ups), "audit events": len(events),
                    "policy versions": len(policy), "list versions": len(lists.versions),
                    "party reviews": len(lists.reviews)},
            policy=policy, policy_note=policy_note_words, packets=packets, answers=answers,
            lists={"versions": lists.versions, "reviews": lists.reviews,
                   "checks": lists.checks, "screenings": screenings},
            language=self.ctx.language)
        step(4)
        bundle = {"summary.pdf": summary,
                  "policy.json": dump({"period": period, "versions": policy,
                                       "note": policy_note}),
                  "screenings.json": dump(screenings), "decisions.json": dump(decisions),
                  "packets.json": dump(packets), "answers.json": dump(answers),
                  "follow_ups.json": dump(follow_ups), "audit-events.json": dump(events),
                  "audit-verification.json": dump(verification),
                  **lists.files(period, dump), **policy_files, **files}
        sign = manifest_signer(self.ctx)
        # The chain's signed head as of this export, listed in the signed manifest.
        head = ChainHeadService(self.ctx).signed_file(HeadOccasion.EVIDENCE) if sign else None
        if head is not None:
            bundle[p.CHAIN_HEAD_NAME] = head
        manifest = p.build_manifest(f"evidence-{period['from']}-{period['to']}", now, bundle)
        bundle[p.MANIFEST_NAME] = p.manifest_bytes(manifest)
        if sign is not None:
            bundle[MANIFEST_SIGNATURE_NAME] = sign(bundle[p.MANIFEST_NAME])
        try:
            data = p.zip_bytes(bundle)
        except p.PacketFileError as exc:  # a stored name that cannot be written safely
            raise ValidationError("out", exc.message) from None
        write_atomically(out, data, field="out")  # a full disk leaves no half bundle
        with self.ctx.write_session() as s:
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.EVIDENCE_EXPORTED,
                             entity="evidence", entity_id=f"{period['from']}..{period['to']}",
                             at=now, details={**period, "file": out.name,
                                              "sha256": p.sha256(data),
                                              "audit_ok": audit.ok,
                                              "packets": len(packets),
                                              "answers": len(answers),
                                              "list_versions": len(lists.versions),
                                              "party_reviews": len(lists.reviews)})
            s.commit()
        step(BUNDLE_STEPS)
        return EvidenceReport(out, date_from, date_to, list(bundle), len(screenings),
                              len(decisions), len(packets), len(answers), len(policy), audit,
                              policy_note_words, summary, len(lists.versions),
                              len(lists.reviews), len(lists.checks))
