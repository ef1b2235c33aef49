"""The summary page(s) of an evidence bundle for a partner audit, in the reader's language
(``t = words(language)``, ``reports/words.py``); the records themselves are the bundle's JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from reseller_app.domain.vocabulary import AnswerOutcome, MessageState, PacketKind, PacketStatus
from reseller_app.reports.packet_pdf import WIDTH, heading
from reseller_app.reports.packet_styles import build, esc, grid, key_values, para, styles
from reseller_app.reports.words import Words, words

# Table columns, wide enough for the longest word of each column's header and labels in every
# language (tests/reports/test_words.py measures them); any packet id, in small type, fits on
# one line (36 characters of the widest digit at 6.2 pt: 47.7 mm, plus the cell's padding).
POLICY_COLUMNS = (30 * mm, 30 * mm, 30 * mm, WIDTH - 90 * mm)
PACKET_COLUMNS = (20 * mm, 34 * mm, 21.5 * mm, 22 * mm, 25 * mm, WIDTH - 122.5 * mm)
ANSWER_COLUMNS = (20 * mm, 22 * mm, 28 * mm, 26 * mm, 28 * mm, WIDTH - 124 * mm)
PACKET_ID_SIZE = 6.2


def count_words(t: Words) -> dict[str, str]:
    """The names of the bundle's counts (the keys the evidence service hands in)."""
    return {"screenings": t("Screenings"), "decisions": t("Decisions"),
            "packets": t("Packets"), "answers": t("Answers"), "follow-ups": t("Follow-ups"),
            "audit events": t("Audit events"), "policy versions": t("Policy versions")}


def code_words(t: Words) -> dict[str, str]:
    """Packet kinds and statuses, e-mail states, answer outcomes and policy statuses."""
    return {
        PacketKind.ESCALATION: t("escalation"), PacketKind.MISUSE: t("misuse report"),
        PacketKind.FOLLOWUP: t("follow-up"),
        # A packet's status and an e-mail's state share "queued" and "sent" (the same word).
        PacketStatus.BUILT: t("built"), PacketStatus.QUEUED: t("queued"),
        MessageState.SENDING: t("sending"), PacketStatus.SENT: t("sent"),
        MessageState.FAILED: t("failed"), MessageState.CANCELLED: t("cancelled"),
        PacketStatus.EXPORTED: t("exported"), PacketStatus.ANSWERED: t("answered"),
        AnswerOutcome.APPROVED: t("approved"),
        AnswerOutcome.APPROVED_WITH_CONDITIONS: t("approved with conditions"),
        AnswerOutcome.REJECTED: t("rejected"),
        "adopted": t("adopted"), "superseded": t("superseded"),
        # to whom the policy was communicated
        "staff": t("staff"), "distributor": t("distributor"), "vendor": t("vendor"),
        "customer": t("customer"), "website": t("website"), "other": t("other"),
    }


def evidence_pdf(*, period: dict[str, str], created_at: dt.datetime, actor: str,
                 audit: dict[str, Any], counts: dict[str, int], policy: list[dict[str, Any]],
                 policy_note: str, packets: list[dict[str, Any]],
                 answers: list[dict[str, Any]], language: str = "en") -> bytes:
    """``period`` has ISO dates; ``policy_note`` is the English note of the bundle's JSON for
    when no policy version counts, which the page says in ``language`` from the period."""
    t = words(language)
    codes = code_words(t)

    def word(code: str) -> str:
        return codes.get(code, code.replace("_", " "))

    start, end = t.date(period["from"]), t.date(period["to"])
    title = t("Evidence of due diligence, {start} to {end}").format(start=start, end=end)
    if audit["ok"]:
        audit_words = t("Intact: {checked} events checked, hash chain unbroken.").format(
            checked=t.number(audit["checked"]))
    else:
        audit_words = t("TAMPERED: event {seq} is the first bad one ({reason}).").format(
            seq=audit["first_bad_seq"], reason=audit["reason"])
    names = count_words(t)
    story: list[Flowable] = [
        Paragraph(esc(title), styles()["title"]),
        para(t("This bundle holds the records behind the reseller's human rights due "
               "diligence of sales for the period: the adopted policy with the records of its "
               "communication and acknowledgements, every screening and decision, the packets "
               "sent to the distributor and their answers (with the distributor's notes and "
               "decision files), the follow-ups, and the result of checking the audit log. "
               "manifest.json lists the SHA-256 of every file.")),
        *key_values([(t("Period"), t("{start} to {end}").format(start=start, end=end)),
                    (t("Prepared"), t("{datetime} by {person}").format(
                        datetime=t.datetime(created_at), person=actor)),
                    (t("Audit log"), audit_words),
                    *[(names.get(k, k.capitalize()), t.number(v)) for k, v in counts.items()]],
                   t),
        heading(t("Human rights policy")),
    ]
    if policy:
        # Adopted on the day the senior person approved it, the date the policy's own PDF
        # prints; the day it was recorded in the app (adopted_at) only when there is none.
        rows = [[t("Version {number}").format(number=v["number"]), word(v["status"]),
                 t.date(v.get("adopted_on") or str(v.get("adopted_at") or ""), compact=True),
                 (v.get("approval") or {}).get("name", "")] for v in policy]
        story.append(grid([t("Version"), t("Status"), t("Adopted"), t("Approved by")], rows,
                          list(POLICY_COLUMNS)))
        story.append(heading(t("Policy communicated to")))
        sent = [(v, c) for v in policy for c in v.get("communications") or ()]
        for v, c in sent:
            line = t("Version {number}, {date}: {audience}, {recipient}").format(
                number=v["number"], date=t.date(c["sent_on"], compact=True),
                audience=word(c["audience"]), recipient=c["recipient"])
            if c.get("channel"):
                line += t(" ({channel})").format(channel=c["channel"])
            if c.get("acknowledged_on"):
                line += t("; acknowledged on {date}").format(
                    date=t.date(c["acknowledged_on"], compact=True))
            if c.get("note"):
                line += t(". Note: {note}").format(note=c["note"])
            story.append(para(line))
        if not sent:
            story.append(para(t("No communication of the policy was recorded by {date}.")
                              .format(date=end)))
    else:
        story.append(para(t("No policy: no human rights policy version was adopted by "
                            "{date}.").format(date=end)))
    story.append(heading(t("Packets sent to the distributor")))
    if packets:
        rows = [[t.date(x["created_at"], compact=True), word(x["kind"]), x["order"] or "—",
                 word(x["status"]),
                 ", ".join(word(m["state"]) for m in x["messages"]) or t("not e-mailed"),
                 Paragraph(f'<font size="{PACKET_ID_SIZE}">{esc(x["packet_id"])}</font>',
                           styles()["cell"])]
                for x in packets]
        story.append(grid([t("Date"), t("Kind"), t("Order"), t("Status"), t("E-mail"),
                           t("Packet id")], rows,
                          list(PACKET_COLUMNS)))
    else:
        story.append(para(t("None in this period.")))
    story.append(heading(t("Distributor answers")))
    if answers:
        rows = [[t.date(a["answered_on"], compact=True), a["order"] or "—", word(a["outcome"]),
                 a["reference"], a["person"], "\n".join(a["conditions"])] for a in answers]
        story.append(grid([t("Date"), t("Order"), t("Outcome"), t("Their ref."), t("Person"),
                           t("Conditions")],
                          rows, list(ANSWER_COLUMNS)))
        for a in answers:
            if a.get("note"):
                story.append(para(t("Note from {person} ({reference}): {note}").format(
                    person=a["person"], reference=a["reference"], note=a["note"])))
            if a.get("decision_file"):
                story.append(para(t("Decision file {file} ({reference}), SHA-256 {sha256}")
                                  .format(file=a["decision_file"], reference=a["reference"],
                                          sha256=a["source_sha256"])))
            elif a.get("source_sha256"):
                story.append(para(t("Decision file ({reference}) imported before the app "
                                    "kept decision files; SHA-256 recorded at import: {sha256}")
                                  .format(reference=a["reference"],
                                          sha256=a["source_sha256"])))
    else:
        story.append(para(t("None in this period.")))
    return build(story, title=title, author=actor, subject=t("Evidence bundle"),
                 header_left=t("Channel Diligence · evidence bundle"),
                 header_right=t("{start} to {end}").format(
                     start=t.date(period["from"], compact=True),
                     end=t.date(period["to"], compact=True)), t=t)
