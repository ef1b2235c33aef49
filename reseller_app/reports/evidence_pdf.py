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
LIST_COLUMNS = (42 * mm, 18 * mm, 26 * mm, 22 * mm, 22 * mm, WIDTH - 130 * mm)


def count_words(t: Words) -> dict[str, str]:
    """The names of the bundle's counts (the keys the evidence service hands in)."""
    return {"screenings": t("Screenings"), "decisions": t("Decisions"),
            "packets": t("Packets"), "answers": t("Answers"), "follow-ups": t("Follow-ups"),
            "audit events": t("Audit events"), "policy versions": t("Policy versions"),
            "list versions": t("Sanctions list versions"),
            "party reviews": t("Reviews of possible matches")}


def code_words(t: Words) -> dict[str, str]:
    """Packet kinds and statuses, e-mail states, answer outcomes and policy statuses."""
    return {
        PacketKind.ESCALATION: t("escalation"), PacketKind.MISUSE: t("misuse report"),
        PacketKind.FOLLOWUP: t("follow-up"), PacketKind.REPORT: t("due diligence report"),
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
                 answers: list[dict[str, Any]], lists: dict[str, Any] | None = None,
                 language: str = "en") -> bytes:
    """``period`` has ISO dates; ``policy_note`` is the English note of the bundle's JSON for
    when no policy version counts, which the page says in ``language`` from the period.
    ``lists`` holds the bundle's records of the sanctions lists (``versions``, ``reviews``,
    ``checks``) and its ``screenings`` (for the list versions each used)."""
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
    story += lists_section(t, lists or {}, end)
    return build(story, title=title, author=actor, subject=t("Evidence bundle"),
                 header_left=t("Channel Diligence · evidence bundle"),
                 header_right=t("{start} to {end}").format(
                     start=t.date(period["from"], compact=True),
                     end=t.date(period["to"], compact=True)), t=t)


def lists_words(t: Words) -> dict[str, str]:
    """A review's verdict, a check's verdict and a party's role, as stored, in words."""
    return {"not_same": t("not the same party"), "same": t("the same party (confirmed)"),
            "clear": t("clear"), "possible_match": t("possible match"), "match": t("match"),
            "customer": t("customer"), "end_user": t("end user"), "consignee": t("consignee")}


def lists_section(t: Words, lists: dict[str, Any], end: str) -> list[Flowable]:
    """Sanctions lists: the versions imported by the end of the period with the screenings
    that used each, the reviews of possible matches, and the parties' latest checks."""
    codes = lists_words(t)

    def word(code: str) -> str:
        return codes.get(code, code.replace("_", " "))

    versions = lists.get("versions") or []
    story: list[Flowable] = [heading(t("Sanctions lists")), para(t(
        "sanctions-lists.json holds every list version imported by the end of the period, "
        "party-reviews.json every review of a possible match and party-checks.json the latest "
        "check of each party; screenings.json names the list versions each screening used."))]
    if versions:
        rows = [[v["list"], t.number(v["version"]),
                 t.date(v["published"], compact=True) if v["published"] else t("not stated"),
                 t.number(v["entries"]), t.number(v["names"]),
                 t.date(v["imported_at"], compact=True)] for v in versions]
        story.append(grid([t("List"), t("Version"), t("Published"), t("Entries"), t("Names"),
                           t("Imported")], rows, list(LIST_COLUMNS)))
        for v in versions:
            story.append(para(t("Version {version}: {file}, SHA-256 {sha256}, imported by "
                                "{person}").format(version=v["version"], file=v["file"],
                                                   sha256=v["sha256"],
                                                   person=v["imported_by"])))
    else:
        story.append(para(t("No sanctions list was imported by {date}.").format(date=end)))
    used: dict[int, int] = {}
    unchecked = 0
    for screening in lists.get("screenings") or ():
        ids = [u["version"] for u in screening.get("sanctions_lists") or ()]
        unchecked += not ids
        for list_id in ids:
            used[list_id] = used.get(list_id, 0) + 1
    titles = {v["version"]: v["list"] for v in versions}
    for list_id, count in sorted(used.items()):
        story.append(para(t("Screenings checked against version {version} ({list}): "
                            "{count}").format(version=list_id, list=titles.get(list_id, "—"),
                                              count=t.number(count))))
    if unchecked:
        story.append(para(t("Screenings that used no sanctions list: {count}").format(
            count=t.number(unchecked))))

    story.append(heading(t("Reviews of possible matches")))
    for r in lists.get("reviews") or ():
        line = t("{date}, {person}: {party} and {listed} ({source} {entry}): {verdict}").format(
            date=t.date(r["reviewed_at"], compact=True), person=r["reviewed_by"],
            party=r["party"], listed=r["listed_name"], source=r["source"].upper(),
            entry=r["entry_id"], verdict=word(r["verdict"]))
        if r.get("reason"):
            line += t(". Reason: {reason}").format(reason=r["reason"])
        story.append(para(line))
    if not lists.get("reviews"):
        story.append(para(t("No possible match was reviewed by {date}.").format(date=end)))

    story.append(heading(t("Party checks")))
    checks = lists.get("checks") or []
    if not checks:
        story.append(para(t("No party was checked against the sanctions lists.")))
        return story
    counts = {code: sum(c["verdict"] == code for c in checks)
              for code in ("clear", "possible_match", "match")}
    story.append(para(t("{count} parties checked (the latest check of each): {clear} clear, "
                        "{possible} possible matches, {match} matches.").format(
        count=t.number(len(checks)), clear=t.number(counts["clear"]),
        possible=t.number(counts["possible_match"]), match=t.number(counts["match"]))))
    for c in checks:
        matches = c["matches"] if isinstance(c.get("matches"), list) else []
        if c["verdict"] == "clear" or not matches:
            continue
        best = matches[0] if isinstance(matches[0], dict) else {}
        story.append(para(t("{party} ({role}, {of}): {verdict}, {listed} ({source} {entry}), "
                            "checked on {date}").format(
            party=c["party"], role=word(c["role"]), of=c.get("of") or "—",
            verdict=word(c["verdict"]), listed=best.get("listed_name", ""),
            source=str(best.get("source", "")).upper(), entry=best.get("entry_id", ""),
            date=t.date(c["checked_at"], compact=True))))
    return story
