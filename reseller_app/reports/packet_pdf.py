"""The PDFs a packet carries: an escalation for the distributor's compliance person, a misuse
report, and the one-page responsible-use guidance for a customer.

Built from the domain objects of ``domain/packets.py`` with Platypus: small functions return
lists of flowables, ``packet_styles.build`` adds the header (packet id and date) and page
numbers.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from reseller_app.domain.packets import (
    RECOMMENDATION_WORDS,
    EscalationPacket,
    MisuseReport,
    PartyInfo,
    Reseller,
)
from reseller_app.reports.packet_styles import (
    MARGIN,
    PAGE,
    SEVERITY_COLOURS,
    build,
    esc,
    grid,
    key_values,
    para,
    styles,
)

WIDTH = PAGE[0] - 2 * MARGIN
_ANSWER_WORDS = {"yes": "Yes", "no": "No", "unknown": "Not known yet"}
_TIER_WORDS = {"low": "Low", "elevated": "Elevated", "high": "High", "prohibited": "Prohibited"}


def _party_text(p: PartyInfo | None) -> str:
    if p is None:
        return "Not given"
    bits = [p.name, p.country_name or p.country or "country not given", p.type]
    if p.sector:
        bits.append(f"sector: {p.sector}")
    if p.government_function:
        bits.append(f"function: {p.government_function}")
    return " · ".join(b for b in bits if b)


def _reseller_rows(r: Reseller) -> list[tuple[str, object]]:
    contact = ", ".join(x for x in (r.contact_name, r.contact_title) if x)
    return [("Reseller", f"{r.name} ({r.country})"), ("Contact", contact),
            ("E-mail", r.contact_email), ("Prepared by", r.prepared_by)]


def heading(text: str) -> Paragraph:
    return Paragraph(esc(text), styles()["h2"])


# -- escalation -----------------------------------------------------------------------------------
def intro_section(p: EscalationPacket) -> list[Flowable]:
    return [
        Paragraph(esc(f"Escalation of order {p.reference}"), styles()["title"]),
        para(f"{p.reseller.name} asks {p.recipient.name} to review this sale before it goes "
             "ahead (BSR 2022 §6.4: small resellers can escalate sales decisions up the chain). "
             "Please answer: approved, approved with conditions, or rejected, with your "
             "reference, quoting the packet id below.", "body"),
        *key_values([("Packet id", p.packet_id),
                    ("Date", p.created_at.strftime("%Y-%m-%d %H:%M UTC")),
                    ("To", f"{p.recipient.name} <{p.recipient.email}>"),
                    *_reseller_rows(p.reseller)]),
    ]


def order_section(p: EscalationPacket, labels: Mapping[str, str] | None = None
                  ) -> list[Flowable]:
    labels = labels or {}
    rows = [[ln.sku or "—", ln.description or "—",
             labels.get(ln.category, ln.category) if ln.category else "not given",
             str(ln.quantity), ln.unit_price or "—"] for ln in p.lines]
    model = "sales-assisted" if p.sales_model == "assisted" else "self-service"
    return [
        heading("Order"),
        *key_values([("Reference", p.reference), ("Order date", p.order_date.isoformat()),
                    ("Sales model", model), ("Total", f"{p.total} {p.currency}")]),
        Spacer(1, 3 * mm),
        grid(["SKU", "Description", "Category", "Qty", f"Unit price ({p.currency})"], rows,
             [28 * mm, WIDTH - 28 * mm - 36 * mm - 12 * mm - 26 * mm, 36 * mm, 12 * mm,
              26 * mm]),
    ]


def parties_section(p: EscalationPacket) -> list[Flowable]:
    destination = p.destination_name or p.destination_country or "Not given"
    if p.destination_country and p.destination_name:
        destination = f"{p.destination_name} ({p.destination_country})"
    end_user = _party_text(p.end_user) if p.end_user else "The customer itself"
    return [
        heading("Customer, end user and destination"),
        *key_values([("Customer", _party_text(p.customer)), ("End user", end_user),
                    ("Destination", destination),
                    ("Use cases", ", ".join(p.use_cases) or "None chosen")]),
        heading("Intended use, in the customer's words"),
        para(p.intended_use or "The customer did not say.", "quote"),
    ]


def screening_section(p: EscalationPacket) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        heading(f"Screening: {_TIER_WORDS.get(p.tier, p.tier)} risk"
                + (", on hold" if p.hold else "")),
        para(p.summary),
    ]
    for reason in p.hold_reasons:
        out.append(para(f"• {reason}"))
    rows = []
    for f in p.flags:
        colour = SEVERITY_COLOURS.get(f.severity)
        sev = Paragraph(f'<font color="{colour.hexval() if colour else "#000000"}">'
                        f"<b>{esc(f.severity)}</b></font><br/>{esc(f.factor)}", st["cell"])
        what = Paragraph(f'<font size="7.5">{esc(f.criterion)}</font>'
                         + (f"<br/>{esc(f.subject)}" if f.subject else ""), st["cell"])
        why = f"{f.reason}\nWhat to do: {f.action}" if f.action else f.reason
        rows.append([sev, what, why, Paragraph(f'<font size="7">{esc(f.basis)}</font>',
                                               st["cell"])])
    if rows:
        out.append(grid(["Severity", "Flag", "Why, and what to do", "Basis"], rows,
                        [20 * mm, 52 * mm, WIDTH - 20 * mm - 52 * mm - 30 * mm, 30 * mm]))
    else:
        out.append(para("No flags were raised."))
    if p.missing:
        out.append(para("Missing information: " + ", ".join(p.missing), "small"))
    return out


def checklist_section(p: EscalationPacket) -> list[Flowable]:
    out: list[Flowable] = [heading("Checklist answers")]
    if not p.checklist:
        return [*out, para("No checklist questions were answered.")]
    rows = [[c.text, _ANSWER_WORDS.get(c.answer, c.answer) + (" (a risk sign)" if c.risky
                                                                else ""), c.note]
            for c in p.checklist]
    out.append(grid(["Question", "Answer", "Note"], rows,
                    [WIDTH * 0.5, 30 * mm, WIDTH * 0.5 - 30 * mm]))
    return out


def recommendation_section(p: EscalationPacket) -> list[Flowable]:
    out: list[Flowable] = [heading("What we propose")]
    if p.mitigations:
        out += [para(f"• {m.label}: {m.description}") for m in p.mitigations]
    if p.conditions:
        out.append(para(f"Conditions: {p.conditions}"))
    if not p.mitigations and not p.conditions:
        out.append(para("No safeguards proposed."))
    out += [heading("Our recommendation"),
            KeepTogether([para(RECOMMENDATION_WORDS.get(p.recommendation, p.recommendation),
                               "cell_bold"), para(p.recommendation_text, "quote")])]
    return out


def provenance_section(p: EscalationPacket) -> list[Flowable]:
    rows: list[tuple[str, object]] = [
        ("Criteria pack", f"{p.pack.id} {p.pack.version}"), ("Pack SHA-256", p.pack.sha256),
        ("Screened at", p.screened_at.strftime("%Y-%m-%d %H:%M UTC")),
        ("Attachments", "\n".join(p.attachments) or "None"),
    ]
    return [heading("Criteria and files"), *key_values(rows),
            para("manifest.json lists the SHA-256 of this PDF, the JSON file and every "
                 "attachment. A decision file names the packet id and the manifest's SHA-256.",
                 "small")]


def escalation_pdf(p: EscalationPacket, category_labels: Mapping[str, str] | None = None
                   ) -> bytes:
    """The packet for a human reader; ``category_labels`` gives the pack's words for the
    product category ids (the JSON keeps the ids)."""
    story: list[Flowable] = [*intro_section(p), *order_section(p, category_labels),
                             *parties_section(p),
                             *screening_section(p), *checklist_section(p),
                             *recommendation_section(p), *provenance_section(p)]
    return build(story, title=f"Escalation of order {p.reference}", author=p.reseller.name,
                 subject=f"Packet {p.packet_id}",
                 header_left=f"{p.reseller.name} · escalation of order {p.reference}",
                 header_right=f"Packet {p.packet_id} · {p.created_at:%Y-%m-%d}")


# -- misuse report --------------------------------------------------------------------------------
def misuse_pdf(r: MisuseReport) -> bytes:
    about = f"Order {r.reference}" if r.reference else "A customer"
    story: list[Flowable] = [
        Paragraph("Report of possible misuse", styles()["title"]),
        para(f"{r.reseller.name} shares what it has seen so that we can look at it together. "
             "This report is made voluntarily to solve a problem, not to assign blame "
             "(BSR 2022 §6.2: misuse reporting should be collaborative, not punitive)."),
        *key_values([("Packet id", r.packet_id),
                    ("Date", r.created_at.strftime("%Y-%m-%d %H:%M UTC")),
                    ("To", f"{r.recipient.name} <{r.recipient.email}>"),
                    *_reseller_rows(r.reseller)]),
        heading("What it is about"),
        *key_values([("About", about), ("Customer", _party_text(r.customer))]),
        heading("What was seen"),
        *key_values([("When", r.seen_on.isoformat())]),
        para(r.what_seen, "quote"),
        heading("Evidence"),
        para("\n".join(f"• {e}" for e in r.evidence) if r.evidence else "No files attached."),
        para("manifest.json lists the SHA-256 of this PDF, the JSON file and every evidence "
             "file.", "small"),
    ]
    return build(story, title="Report of possible misuse", author=r.reseller.name,
                 subject=f"Packet {r.packet_id}",
                 header_left=f"{r.reseller.name} · misuse report",
                 header_right=f"Packet {r.packet_id} · {r.created_at:%Y-%m-%d}")


# -- responsible-use guidance ---------------------------------------------------------------------
def guidance_pdf(text: str, *, company: str, customer: str = "", reference: str = "",
                 issued_on: str = "") -> bytes:
    """One page for the customer, from the pack's ``responsible_use_guidance`` text: the first
    paragraph is the title, the rest the body."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()] or \
        ["Using the technology you bought responsibly"]
    title, body = parts[0], parts[1:]
    st = styles()
    story: list[Flowable] = [Paragraph(esc(title), st["title"])]
    to = ", ".join(x for x in (customer, f"order {reference}" if reference else "") if x)
    if to:
        story.append(para(f"For {to}", "small"))
    story.append(Spacer(1, 3 * mm))
    story += [Paragraph(esc(p), st["body"]) for p in body]
    story += [Spacer(1, 5 * mm), para(f"{company}" + (f" · {issued_on}" if issued_on else ""),
                                      "small")]
    return build(story, title=title, author=company, subject="Responsible-use guidance",
                 header_left=company, header_right="Responsible-use guidance")
