"""The human rights policy as a PDF a company can publish (ReportLab Platypus).

Built from the rendered policy (``domain.policy.render``), never from database rows: a title
block, the numbered sections with their bullet lists, an approval block with the version and
the date, and on every page the company name and "Page N of M" in the footer. A draft carries a
DRAFT watermark on every page.
"""

from __future__ import annotations

import datetime as dt
import io
import locale
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reseller_app.domain.policy import Approval, RenderedPolicy, RenderedSection
from reseller_app.reports.styles import (
    ACCENT,
    BOLD,
    MUTED,
    PANEL,
    REGULAR,
    RULE,
    WATERMARK,
    DocumentStyles,
    cjk_markup,
    document_styles,
    draw_string,
    numbered_canvas,
)
from reseller_app.reports.words import words

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
# Countries whose offices use US Letter paper; everyone else uses A4 (ISO 216).
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "DO",
                              "SV", "NI", "PA", "BZ"})
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 24 * mm, 22 * mm, 24 * mm


def default_page_size(country: str | None = None) -> str:
    """"Letter" for the company's country (or, without one, the system locale's) where
    Letter paper is the norm, else "A4"."""
    if not country:
        try:
            name = locale.getlocale(locale.LC_CTYPE)[0] or ""
        except (ValueError, TypeError):
            name = ""
        country = name.split(".")[0].split("_")[-1] if "_" in name else ""
    return "Letter" if (country or "").upper() in LETTER_COUNTRIES else "A4"


def _p(text: str, style) -> Paragraph:
    return Paragraph(cjk_markup(escape(text)), style)


# -- flowables --------------------------------------------------------------------------------
def title_block(rendered: RenderedPolicy, st: DocumentStyles, *, company: str,
                version_number: int, approval: Approval | None, draft: bool) -> list[Flowable]:
    meta = [rendered.label("version", number=version_number)]
    if approval is not None and not draft:
        meta.append(rendered.label("adopted", date=rendered.format_date(approval.approved_on)))
        meta.append(f"{rendered.label('approved_by')} {approval.name}, {approval.title}")
    elif draft:
        meta.append(rendered.draft_banner())
    return [
        _p(company.upper(), st.company),
        _p(rendered.title, st.title),
        HRFlowable(width="100%", thickness=1.6, color=ACCENT, spaceBefore=2, spaceAfter=7),
        _p("  ·  ".join(meta), st.meta),
        Spacer(1, 8 * mm),
    ]


def section_flowables(number: int, section: RenderedSection, st: DocumentStyles
                      ) -> list[Flowable]:
    out: list[Flowable] = [_p(f"{number}.  {section.title}", st.heading)]
    for block in section.blocks:
        if block.kind == "paragraph":
            out.append(_p(block.text, st.body))
            continue
        # "…as follows:" never stands alone at a page foot: it goes with the first items.
        lead_in = [out.pop()] if len(out) > 1 and _leads_in(out[-1]) else []
        out += bullet_list(block.items, st, lead_in)
    return out


def _leads_in(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.getPlainText().rstrip().endswith(":")


def _bullets(items: tuple[str, ...], st: DocumentStyles, *, last: bool) -> ListFlowable:
    return ListFlowable(
        [ListItem(_p(item, st.bullet), leftIndent=14, value="•") for item in items],
        bulletType="bullet", bulletFontName=REGULAR, bulletFontSize=9, bulletColor=ACCENT,
        leftIndent=14, bulletOffsetY=0, spaceAfter=6 if last else st.bullet.spaceAfter)


def bullet_list(items: tuple[str, ...], st: DocumentStyles,
                lead_in: list[Flowable] | None = None) -> list[Flowable]:
    """A bullet list that a page break may split between items, but never so that one item
    stands alone: the first two items are kept together (with the sentence leading in), and
    so are the last two (no orphan at a page foot, no widow at the top of the next page)."""
    lead_in = lead_in or []
    if len(items) <= 3:
        return [KeepTogether([*lead_in, _bullets(items, st, last=True)])]
    out: list[Flowable] = [KeepTogether([*lead_in, _bullets(items[:2], st, last=False)])]
    if len(items) > 4:
        out.append(_bullets(items[2:-2], st, last=False))
    out.append(KeepTogether([_bullets(items[-2:], st, last=True)]))
    return out


def approval_block(rendered: RenderedPolicy, st: DocumentStyles, *, version_number: int,
                   approval: Approval | None, next_review: dt.date | None,
                   width: float) -> Flowable:
    not_yet = rendered.label("not_approved")
    rows = [
        (rendered.label("approved_by"), approval.name if approval else not_yet),
        (rendered.label("approver_title"), approval.title if approval else ""),
        (rendered.label("approved_on"),
         rendered.format_date(approval.approved_on) if approval else ""),
        (rendered.label("version_label"), str(version_number)),
        (rendered.label("next_review"), rendered.format_date(next_review) if next_review else ""),
        (rendered.label("signature"), ""),
    ]
    data = [[_p(rendered.label("approval_heading"), st.heading), ""]]
    data += [[_p(k, st.label), _p(v, st.value)] for k, v in rows]
    label_w = 42 * mm
    table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    last = len(data) - 1
    table.setStyle(TableStyle([
        # One block: the approval never breaks off from its signature line.
        ("NOSPLIT", (0, 0), (-1, -1)),
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        # room to sign by hand, on a line
        ("TOPPADDING", (0, last), (-1, last), 22),
        ("BOTTOMPADDING", (0, last), (-1, last), 10),
        ("LINEBELOW", (1, last), (1, last), 0.6, MUTED),
    ]))
    return KeepTogether([Spacer(1, 6 * mm), table])


# -- pages ------------------------------------------------------------------------------------
def _draw_footer(c: rl_canvas.Canvas, page: int, pages: int, *, rendered: RenderedPolicy,
                 company: str, version_number: int, width: float) -> None:
    c.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN_X, y + 4.2 * mm, width - MARGIN_X, y + 4.2 * mm)
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 7.8)
    draw_string(c, MARGIN_X, y, company, REGULAR, 7.8)
    draw_string(c, width / 2, y, f"{rendered.title} · "
                f"{rendered.label('version', number=version_number)}", REGULAR, 7.8, "centre")
    draw_string(c, width - MARGIN_X, y, rendered.label("page", page=page, pages=pages),
                REGULAR, 7.8, "right")
    c.restoreState()


def _draw_page(c: rl_canvas.Canvas, doc: BaseDocTemplate, *, rendered: RenderedPolicy,
               draft: bool) -> None:
    """Behind the text of every page: the DRAFT watermark, and a running head after page 1."""
    width, height = doc.pagesize
    c.saveState()
    if draft:
        c.setFillColor(WATERMARK)
        c.setFillAlpha(0.11)
        c.setFont(BOLD, 110)
        c.translate(width / 2, height / 2)
        c.rotate(50)
        c.drawCentredString(0, -38, rendered.label("draft"))
    c.restoreState()
    if doc.page > 1:
        c.saveState()
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 7.8)
        draw_string(c, width - MARGIN_X, height - MARGIN_TOP + 8 * mm, rendered.title,
                    REGULAR, 7.8, "right")
        c.restoreState()


def build_policy_pdf(rendered: RenderedPolicy, *, company: str, version_number: int,
                     approval: Approval | None, page_size: str = "A4", draft: bool = False,
                     next_review: dt.date | None = None,
                     key_fingerprint: str | None = None) -> bytes:
    """The PDF of a rendered policy; ``draft`` puts DRAFT across every page;
    ``key_fingerprint`` (the company key's) is printed under the approval when given."""
    st = document_styles()
    size = PAGE_SIZES.get(page_size)
    if size is None:
        raise ValueError(f"page size must be A4 or Letter, not {page_size!r}")
    width, height = size
    buf = io.BytesIO()
    title = f"{rendered.title} – {company}" if company else rendered.title
    doc = BaseDocTemplate(
        buf, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=company, subject=rendered.title,
        creator="Channel Diligence", lang=rendered.language,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                  height - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(
        id="page", frames=[frame], onPage=partial(_draw_page, rendered=rendered, draft=draft))])

    story = title_block(rendered, st, company=company, version_number=version_number,
                        approval=approval, draft=draft)
    for i, section in enumerate(rendered.sections, start=1):
        story += section_flowables(i, section, st)
    story.append(approval_block(rendered, st, version_number=version_number,
                                approval=None if draft else approval, next_review=next_review,
                                width=frame._width))
    if key_fingerprint:
        t = words(rendered.language)
        story.append(_p(t("Signed with the company key, fingerprint {fingerprint}").format(
            fingerprint=key_fingerprint), st.value))
    footer = partial(_draw_footer, rendered=rendered, company=company,
                     version_number=version_number, width=width)
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buf.getvalue()
