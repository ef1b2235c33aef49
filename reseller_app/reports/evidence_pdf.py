"""The summary page(s) of an evidence bundle for a partner audit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from reseller_app.reports.packet_pdf import WIDTH, heading
from reseller_app.reports.packet_styles import build, esc, grid, key_values, para, styles


def evidence_pdf(*, period: dict[str, str], created_at: dt.datetime, actor: str,
                 audit: dict[str, Any], counts: dict[str, int], policy: list[dict[str, Any]],
                 policy_note: str, packets: list[dict[str, Any]],
                 answers: list[dict[str, Any]]) -> bytes:
    title = f"Evidence of due diligence, {period['from']} to {period['to']}"
    audit_words = (f"Intact: {audit['checked']} events checked, hash chain unbroken."
                   if audit["ok"] else
                   f"TAMPERED: event {audit['first_bad_seq']} is the first bad one "
                   f"({audit['reason']}).")
    story: list[Flowable] = [
        Paragraph(esc(title), styles()["title"]),
        para("This bundle holds the records behind the reseller's human rights due diligence "
             "of sales for the period: the adopted policy, every screening and decision, the "
             "packets sent to the distributor and their answers, the follow-ups, and the "
             "result of checking the audit log. manifest.json lists the SHA-256 of every "
             "file."),
        *key_values([("Period", f"{period['from']} to {period['to']}"),
                    ("Prepared", f"{created_at:%Y-%m-%d %H:%M} UTC by {actor}"),
                    ("Audit log", audit_words),
                    *[(k.capitalize(), v) for k, v in counts.items()]]),
        heading("Human rights policy"),
    ]
    if policy:
        rows = [[f"Version {v['number']}", v["status"],
                 str(v.get("adopted_at") or "")[:10],
                 (v.get("approval") or {}).get("name", "")] for v in policy]
        story.append(grid(["Version", "Status", "Adopted", "Approved by"], rows,
                          [30 * mm, 30 * mm, 30 * mm, WIDTH - 90 * mm]))
    else:
        story.append(para(policy_note))
    story.append(heading("Packets sent to the distributor"))
    if packets:
        rows = [[x["created_at"][:10], x["kind"], x["order"] or "—", x["status"],
                 ", ".join(m["state"] for m in x["messages"]) or "not e-mailed",
                 x["packet_id"]] for x in packets]
        story.append(grid(["Date", "Kind", "Order", "Status", "E-mail", "Packet id"], rows,
                          [20 * mm, 22 * mm, 24 * mm, 20 * mm, 24 * mm, WIDTH - 110 * mm]))
    else:
        story.append(para("None in this period."))
    story.append(heading("Distributor answers"))
    if answers:
        rows = [[a["answered_on"], a["order"] or "—", a["outcome"].replace("_", " "),
                 a["reference"], a["person"], "\n".join(a["conditions"])] for a in answers]
        story.append(grid(["Date", "Order", "Outcome", "Their ref.", "Person", "Conditions"],
                          rows, [20 * mm, 22 * mm, 28 * mm, 24 * mm, 28 * mm,
                                 WIDTH - 122 * mm]))
    else:
        story.append(para("None in this period."))
    return build(story, title=title, author=actor, subject="Evidence bundle",
                 header_left="Channel Diligence · evidence bundle",
                 header_right=f"{period['from']} to {period['to']}")
