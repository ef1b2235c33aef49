"""The PDFs a packet carries: an escalation for the distributor's compliance person, a misuse
report, and the one-page responsible-use guidance for a customer.

Built from the domain objects of ``domain/packets.py`` with Platypus: small functions return
lists of flowables, ``packet_styles.build`` adds the header (packet id and date) and page
numbers in the house style (``reports/styles.py``). Every word for the reader goes through
``t = words(language)`` (``reports/words.py``); the packet's data (names, SKUs, the
customer's words, ids, the pack's texts) prints as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from reseller_app.domain.countries import country_name
from reseller_app.domain.packets import (
    ChecklistItem,
    EscalationPacket,
    MisuseReport,
    PartyInfo,
    Reseller,
)
from reseller_app.domain.sanctions.party_findings import PartyScreening
from reseller_app.domain.screening import split_subject
from reseller_app.domain.vocabulary import RiskTier
from reseller_app.reports.packet_styles import (
    MARGIN,
    PAGE,
    build,
    esc,
    grid,
    key_values,
    para,
    styles,
)
from reseller_app.reports.policy_pdf import PAGE_SIZES
from reseller_app.reports.styles import MUTED, SEVERITY_COLOURS
from reseller_app.reports.words import Words, words

WIDTH = PAGE[0] - 2 * MARGIN
# Table columns, wide enough for the longest word of each column's header and labels in every
# language (tests/reports/test_words.py measures them): SKU, description, category, quantity,
# unit price; severity, flag, why, basis; question, answer, note.
LINE_COLUMNS = (28 * mm, WIDTH - 108 * mm, 36 * mm, 14 * mm, 30 * mm)
FLAG_COLUMNS = (26 * mm, 48 * mm, WIDTH - 104 * mm, 30 * mm)
CHECKLIST_COLUMNS = (WIDTH * 0.5, 32 * mm, WIDTH * 0.5 - 32 * mm)


# -- words for the packet's codes -----------------------------------------------------------------
def answer_words(t: Words) -> dict[str, str]:
    return {"yes": t("Yes"), "no": t("No"), "unknown": t("Not known yet")}


def tier_words(t: Words) -> dict[str, str]:
    return {RiskTier.LOW: t("Low"), RiskTier.ELEVATED: t("Elevated"), RiskTier.HIGH: t("High"),
            RiskTier.PROHIBITED: t("Prohibited")}


def severity_words(t: Words) -> dict[str, str]:
    return {**tier_words(t), "info": t("Info"), "standard": t("Standard")}


def factor_words(t: Words) -> dict[str, str]:
    return {"product": t("Product"), "customer": t("Customer"), "geography": t("Geography"),
            "missing": t("Missing information")}


def missing_words(t: Words) -> dict[str, str]:
    """The kinds of missing information (``domain.packs.MISSING_KINDS``)."""
    return {"customer_identity": t("customer's name"), "customer_type": t("customer type"),
            "end_user": t("end user"), "government_function": t("government function"),
            "intended_use": t("intended use"), "destination": t("destination"),
            "product_category": t("product category"),
            "unrecognised_value": t("value outside the criteria pack's vocabulary")}


def recommendation_words(t: Words) -> dict[str, str]:
    """``domain.packets.RECOMMENDATION_WORDS`` in the reader's language."""
    return {"approve": t("Approve the sale"),
            "approve_with_conditions": t("Approve the sale with the conditions below"),
            "reject": t("Reject the sale"),
            "no_recommendation": t("No recommendation: we ask for your assessment")}


def _subject(subject: str, t: Words) -> str:
    """What a flag is about, in words (the engine's role words translated, a country named)."""
    role, rest = split_subject(subject)
    if role is None:
        return subject
    word = {"customer": t("Customer"), "end user": t("End user"), "order": t("Order"),
            "use case": t("Use case"), "destination": t("Destination"),
            "consignee": t("Consignee")}[role]
    if len(rest) == 2 and rest.isalpha():
        rest = country_name(rest, t.language)
    return f"{word}: {rest}" if rest else word


def _party_text(p: PartyInfo | None, t: Words,
                labels: Mapping[str, str] | None = None) -> str:
    if p is None:
        return t("Not given")
    labels = labels or {}
    bits = [p.name, p.country_name or p.country or t("country not given"),
            labels.get(p.type or "", p.type)]
    if p.sector:
        bits.append(t("sector: {sector}").format(sector=labels.get(p.sector, p.sector)))
    if p.government_function:
        bits.append(t("function: {function}").format(
            function=labels.get(p.government_function, p.government_function)))
    return " · ".join(b for b in bits if b)


def _reseller_rows(r: Reseller, t: Words) -> list[tuple[str, object]]:
    contact = ", ".join(x for x in (r.contact_name, r.contact_title) if x)
    return [(t("Reseller"), f"{r.name} ({r.country})"), (t("Contact"), contact),
            (t("E-mail"), r.contact_email), (t("Prepared by"), r.prepared_by)]


def heading(text: str) -> Paragraph:
    return Paragraph(esc(text), styles()["h2"])


# -- escalation -----------------------------------------------------------------------------------
def intro_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    t = t or words()
    return [
        Paragraph(esc(t("Escalation of order {reference}").format(reference=p.reference)),
                  styles()["title"]),
        para(t("{reseller} asks {recipient} to review this sale before it goes ahead "
               "(BSR 2022 §6.4: small resellers can escalate sales decisions up the chain). "
               "Please answer: approved, approved with conditions, or rejected, with your "
               "reference, quoting the packet id below.").format(
                   reseller=p.reseller.name, recipient=p.recipient.name), "body"),
        *key_values([(t("Packet id"), p.packet_id),
                    (t("Date"), t.datetime(p.created_at)),
                    (t("To"), f"{p.recipient.name} <{p.recipient.email}>"),
                    *_reseller_rows(p.reseller, t)], t),
    ]


def order_section(p: EscalationPacket, labels: Mapping[str, str] | None = None,
                  t: Words | None = None) -> list[Flowable]:
    t = t or words()
    labels = labels or {}
    rows = [[ln.sku or "—", ln.description or "—",
             labels.get(ln.category, ln.category) if ln.category else t("not given"),
             t.number(ln.quantity),
             t.money(ln.unit_price, p.currency) if ln.unit_price else "—"] for ln in p.lines]
    model = t("sales-assisted") if p.sales_model == "assisted" else t("self-service")
    return [
        heading(t("Order")),
        *key_values([(t("Reference"), p.reference), (t("Order date"), t.date(p.order_date)),
                    (t("Sales model"), model), (t("Total"), t.money(p.total, p.currency))], t),
        Spacer(1, 3 * mm),
        grid([t("SKU"), t("Description"), t("Category"), t("Qty"), t("Unit price")], rows,
             list(LINE_COLUMNS)),
    ]


def parties_section(p: EscalationPacket, t: Words | None = None,
                    labels: Mapping[str, str] | None = None) -> list[Flowable]:
    """``labels``: the pack's words for vocabulary ids (customer types, sectors, use cases)."""
    t = t or words()
    labels = labels or {}
    destination = p.destination_name or p.destination_country or t("Not given")
    if p.destination_country and p.destination_name:
        destination = f"{p.destination_name} ({p.destination_country})"
    end_user = _party_text(p.end_user, t, labels) if p.end_user else t("The customer itself")
    use_cases = ", ".join(labels.get(u, u) for u in p.use_cases)
    # The consignee only where the order names one: most orders have none, and a row saying
    # so would only lengthen every packet.
    consignee = [(t("Consignee (receives the goods)"), _party_text(p.consignee, t, labels))] \
        if p.consignee else []
    return [
        heading(t("Customer, end user and destination")),
        *key_values([(t("Customer"), _party_text(p.customer, t, labels)), (t("End user"),
                                                                           end_user),
                    *consignee,
                    (t("Destination"), destination),
                    (t("Use cases"), use_cases or t("None chosen"))], t),
        heading(t("Intended use, in the customer's words")),
        para(p.intended_use or t("The customer did not say."), "quote"),
    ]


def screening_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    t = t or words()
    st = styles()
    tier = tier_words(t).get(p.tier, p.tier)
    title = t("Screening: {tier} risk, on hold") if p.hold else t("Screening: {tier} risk")
    out: list[Flowable] = [heading(title.format(tier=tier)), para(p.summary)]
    for reason in p.hold_reasons:
        out.append(para(f"• {reason}"))
    severities, factors = severity_words(t), factor_words(t)
    rows = []
    for f in p.flags:
        colour = SEVERITY_COLOURS.get(f.severity)
        sev = Paragraph(f'<font color="{colour.hexval() if colour else "#000000"}">'
                        f"<b>{esc(severities.get(f.severity, f.severity))}</b></font><br/>"
                        f"{esc(factors.get(f.factor, f.factor))}", st["cell"])
        what = esc(_subject(f.subject, t)) if f.subject else esc(factors.get(f.factor,
                                                                               f.factor))
        why = (f.reason + "\n" + t("What to do: {action}").format(action=f.action)
               if f.action else f.reason)
        # The pack's id of the criterion ties the flag to the pack; a reference, not a word
        # for the reader: small and grey under the text, where it has room on one line.
        reference = t("Pack criterion: {criterion}").format(criterion=f.criterion)
        why_cell = Paragraph(f'{esc(why)}<br/><font size="6.5" color="{MUTED.hexval()}">'
                             f"{esc(reference)}</font>", st["cell"])
        rows.append([sev, Paragraph(what, st["cell"]), why_cell,
                     Paragraph(f'<font size="7">{esc(f.basis)}</font>', st["cell"])])
    if rows:
        out.append(grid([t("Severity"), t("Flag"), t("Why, and what to do"), t("Basis")], rows,
                        list(FLAG_COLUMNS)))
    else:
        out.append(para(t("No flags were raised.")))
    if p.missing:
        kinds = missing_words(t)
        out.append(para(t("Missing information: {items}").format(
            items=", ".join(kinds.get(m, m) for m in p.missing)), "small"))
    return out


def source_words(t: Words) -> dict[str, str]:
    """The sanctions lists by name (``domain.sanctions.entries.ListSource``)."""
    return {"ofac": t("OFAC SDN list"), "un": t("UN Security Council Consolidated List"),
            "eu": t("EU consolidated financial sanctions list"), "uk": t("UK sanctions list")}


def restricted_parties_section(parties: PartyScreening | None, t: Words | None = None
                               ) -> list[Flowable]:
    """The order's parties against the sanctions lists: the list versions used, and for each
    listed entry resembling a party, which list and entry, which of its names matched which
    words, the score, what corroborates or contradicts it, and any review. Nothing when no
    list was imported when the order was screened."""
    if parties is None:
        return []
    t = t or words()
    sources = source_words(t)
    lists = "; ".join(
        t("{list}, published {date} (version {version})").format(
            list=sources.get(v.source, v.source), date=v.published, version=v.id)
        if v.published else  # OFAC's CSV files state no date
        t("{list}, publication date not stated (version {version})").format(
            list=sources.get(v.source, v.source), version=v.id)
        for v in parties.lists)
    out: list[Flowable] = [heading(t("Restricted-party screening")),
                           para(t("Checked against: {lists}").format(lists=lists), "small")]
    if not parties.findings:
        names = ", ".join(name for _, name in parties.checked) or "—"
        return [*out, para(t("No party of this order resembles an entry of these lists "
                             "(checked: {names}).").format(names=names))]
    roles = {"customer": t("Customer"), "end_user": t("End user"), "consignee": t("Consignee")}
    for f in parties.findings:
        state = (t("Confirmed match") if f.confirmed else t("Possible match") if f.alerts
                 else t("Reviewed: not the same party"))
        lines = [para(t("{state}: {role} {party} resembles {list} entry {entry}: {listed}")
                      .format(state=state, role=roles.get(f.role, f.role), party=f.party_name,
                              list=sources.get(f.source, f.source), entry=f.entry_id,
                              listed=f.listed_name), "cell_bold"),
                 para(t("Matched name: {name}; score {score}").format(
                     name=f.matched_name, score=f"{f.score:.2f}")),
                 para(t("Why: {why}").format(why=f.why), "small")]
        lines += [para(f"• {fact}", "small") for fact in f.evidence]
        if f.review_note:
            lines.append(para(f.review_note, "small"))
        out.append(KeepTogether(lines))
        out.append(Spacer(1, 2 * mm))
    return out


def checklist_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    t = t or words()
    out: list[Flowable] = [heading(t("Checklist answers"))]
    if not p.checklist:
        return [*out, para(t("No checklist questions were answered."))]
    answers = answer_words(t)

    def answer(c: ChecklistItem) -> str:
        word = answers.get(c.answer, c.answer)
        return t("{answer} (a risk sign)").format(answer=word) if c.risky else word

    rows = [[c.text, answer(c), c.note] for c in p.checklist]
    out.append(grid([t("Question"), t("Answer"), t("Note")], rows,
                    list(CHECKLIST_COLUMNS)))
    return out


def recommendation_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    """The recommendation first, then the safeguards and conditions it refers to ("Approve the
    sale with the conditions below")."""
    t = t or words()
    recommendation = recommendation_words(t).get(p.recommendation, p.recommendation)
    out: list[Flowable] = [heading(t("Our recommendation")),
                           KeepTogether([para(recommendation, "cell_bold"),
                                         para(p.recommendation_text, "quote")]),
                           heading(t("What we propose"))]
    if p.mitigations:
        out += [para("• " + t("{label}:").format(label=m.label) + " " + m.description)
                for m in p.mitigations]
    if p.conditions:
        out.append(para(t("Conditions: {conditions}").format(conditions=p.conditions)))
    if not p.mitigations and not p.conditions:
        out.append(para(t("No safeguards proposed.")))
    return out


def provenance_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    t = t or words()
    rows: list[tuple[str, object]] = [
        (t("Criteria pack"), f"{p.pack.id} {p.pack.version}"),
        (t("Pack SHA-256"), p.pack.sha256),
        (t("Screened at"), t.datetime(p.screened_at)),
        (t("Attachments"), "\n".join(p.attachments) or t("None")),
    ]
    return [heading(t("Criteria and files")), *key_values(rows, t),
            para(t("manifest.json lists the SHA-256 of this PDF, the JSON file and every "
                   "attachment. A decision file names the packet id and the manifest's "
                   "SHA-256."), "small"), *sources_section(p, t)]


def sources_section(p: EscalationPacket, t: Words | None = None) -> list[Flowable]:
    """The public sources the flags' bases cite: short title (as the Basis column gives it),
    full title, publisher and version, and the link to read it."""
    if not p.sources:
        return []
    t = t or words()
    st = styles()
    out: list[Flowable] = [heading(t("Sources the flags cite"))]
    for s in p.sources:
        details = ", ".join(x for x in (s.producer, s.version) if x)
        text = f"<b>{esc(s.short or s.title)}</b>: {esc(s.title)}"
        text += f" ({esc(details)})" if details else ""
        if s.url:
            text += f'. <link href="{esc(s.url)}" color="#1f4e9a">{esc(s.url)}</link>'
        out.append(Paragraph(text, st["small"]))
    return out


def signed_with(fingerprint: str | None, t: Words | None = None) -> list[Flowable]:
    """"Signed with the company key, fingerprint ..." (the packet's first page); nothing
    when the company has no key."""
    if not fingerprint:
        return []
    t = t or words()
    return [para(t("Signed with the company key, fingerprint {fingerprint}").format(
        fingerprint=fingerprint), "small")]


def escalation_pdf(p: EscalationPacket, category_labels: Mapping[str, str] | None = None, *,
                   language: str = "en", key_fingerprint: str | None = None) -> bytes:
    """The packet for a human reader, in ``language``; ``category_labels`` gives the pack's
    words for its vocabulary ids: product categories, customer types, sectors, government
    functions, use cases (the JSON keeps the ids). ``key_fingerprint``: the company key's,
    printed on the first page when the packet is signed."""
    t = words(language)
    story: list[Flowable] = [*intro_section(p, t), *signed_with(key_fingerprint, t),
                             *order_section(p, category_labels, t),
                             *parties_section(p, t, category_labels),
                             *screening_section(p, t),
                             *restricted_parties_section(p.parties, t),
                             *checklist_section(p, t),
                             *recommendation_section(p, t), *provenance_section(p, t)]
    return build(story, title=t("Escalation of order {reference}").format(reference=p.reference),
                 author=p.reseller.name,
                 subject=t("Packet {packet_id}").format(packet_id=p.packet_id),
                 header_left=t("{reseller} · escalation of order {reference}").format(
                     reseller=p.reseller.name, reference=p.reference),
                 header_right=t("Packet {packet_id} · {date}").format(
                     packet_id=p.packet_id, date=t.date(p.created_at, compact=True)), t=t)


# -- misuse report --------------------------------------------------------------------------------
def misuse_pdf(r: MisuseReport, labels: Mapping[str, str] | None = None, *,
               language: str = "en") -> bytes:
    """``labels``: the pack's words for vocabulary ids (customer types, sectors, government
    functions), as in the escalation PDF; the JSON keeps the ids."""
    t = words(language)
    about = (t("Order {reference}").format(reference=r.reference) if r.reference
             else t("A customer"))
    title = t("Report of possible misuse")
    story: list[Flowable] = [
        Paragraph(esc(title), styles()["title"]),
        para(t("{reseller} shares what it has seen so that we can look at it together. This "
               "report is made voluntarily to solve a problem, not to assign blame "
               "(BSR 2022 §6.2: misuse reporting should be collaborative, not punitive).")
             .format(reseller=r.reseller.name)),
        *key_values([(t("Packet id"), r.packet_id),
                    (t("Date"), t.datetime(r.created_at)),
                    (t("To"), f"{r.recipient.name} <{r.recipient.email}>"),
                    *_reseller_rows(r.reseller, t)], t),
        heading(t("What it is about")),
        *key_values([(t("About"), about),
                     (t("Customer"), _party_text(r.customer, t, labels))], t),
        heading(t("What was seen")),
        *key_values([(t("When"), t.date(r.seen_on))], t),
        para(r.what_seen, "quote"),
        heading(t("Evidence")),
        para("\n".join(f"• {e}" for e in r.evidence) if r.evidence
             else t("No files attached.")),
        para(t("manifest.json lists the SHA-256 of this PDF, the JSON file and every evidence "
               "file."), "small"),
    ]
    return build(story, title=title, author=r.reseller.name,
                 subject=t("Packet {packet_id}").format(packet_id=r.packet_id),
                 header_left=t("{reseller} · misuse report").format(reseller=r.reseller.name),
                 header_right=t("Packet {packet_id} · {date}").format(
                     packet_id=r.packet_id, date=t.date(r.created_at, compact=True)), t=t)


# -- responsible-use guidance ---------------------------------------------------------------------
def guidance_pdf(text: str, *, company: str, customer: str = "", reference: str = "",
                 issued_on: str = "", language: str = "en", contact_name: str = "",
                 contact_email: str = "", page_size: str = "A4") -> bytes:
    """One page for the customer, from the pack's ``responsible_use_guidance`` text: the first
    paragraph is the title, the rest the body. ``issued_on`` is an ISO date. The text asks the
    customer to tell the reseller about misuse: the page ends with whom to tell (the company's
    approver from the company profile), when known. ``page_size``: "A4" or "Letter"."""
    t = words(language)
    parts = [p.strip() for p in text.split("\n\n") if p.strip()] or \
        [t("Using the technology you bought responsibly")]
    title, body = parts[0], parts[1:]
    st = styles()
    story: list[Flowable] = [Paragraph(esc(title), st["title"])]
    if customer and reference:
        story.append(para(t("For {customer}, order {reference}").format(
            customer=customer, reference=reference), "small"))
    elif customer:
        story.append(para(t("For {customer}").format(customer=customer), "small"))
    elif reference:
        story.append(para(t("For order {reference}").format(reference=reference), "small"))
    story.append(Spacer(1, 3 * mm))
    story += [Paragraph(esc(p), st["body"]) for p in body]
    contact = " ".join(x for x in (contact_name, f"<{contact_email}>" if contact_email else "")
                       if x)
    if contact and company:
        story.append(para(t("To tell us, or for any question about these products: {contact}, "
                            "{company}.").format(contact=contact, company=company)))
    elif contact:
        story.append(para(t("To tell us, or for any question about these products: "
                            "{contact}.").format(contact=contact)))
    story += [Spacer(1, 5 * mm),
              para(company + (f" · {t.date(issued_on)}" if issued_on else ""), "small")]
    guidance = t("Responsible-use guidance")
    return build(story, title=title, author=company, subject=guidance,
                 header_left=company, header_right=guidance, t=t,
                 page=PAGE_SIZES.get(page_size, PAGE))
