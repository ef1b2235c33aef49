"""The packet, guidance and evidence documents' paragraph styles, tables and page header,
in the house style of ``reports/styles.py`` (its fonts, palette and numbered-page canvas).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from reseller_app.reports.styles import (
    ACCENT,
    INK,
    MUTED,
    PANEL,
    RULE,
    cjk_markup,
    draw_string,
    fonts,
    numbered_canvas,
)
from reseller_app.reports.words import Words, words

PAGE = A4
MARGIN = 18 * mm
SHADE = PANEL  # table headers and quoted text


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    body = ParagraphStyle("body", fontName=f.regular, fontSize=9.5, leading=13, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5,
                                textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=f.bold, fontSize=8.5,
                                    leading=11, spaceAfter=0),
        # numbers in a table's column, set right (``grid(numbers_from=...)``)
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=8.5, leading=11,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "cell_bold_right": ParagraphStyle("cell_bold_right", parent=body, fontName=f.bold,
                                          fontSize=8.5, leading=11, spaceAfter=0,
                                          alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=17, leading=21,
                                spaceAfter=6),
        # keepWithNext: a heading never ends a page without what it heads
        "h2": ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "kv": ParagraphStyle("kv", parent=body, fontSize=9, leading=12.5, leftIndent=12,
                             firstLineIndent=-12, spaceAfter=1.5),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=8, borderPadding=(4, 6, 4, 6),
                                # spaceBefore beyond the top padding: the shade must not
                                # cover the line above (a bold recommendation, say)
                                backColor=SHADE, spaceBefore=7, spaceAfter=8),
    }


def esc(text: object) -> str:
    """Text for a Paragraph (which reads a little XML): escaped, line breaks kept, and
    Chinese, Japanese and Korean in a font that has them (``styles.cjk_markup``)."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return cjk_markup(s.replace("\n", "<br/>"))


def para(text: object, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), styles()[style])


def key_values(rows: list[tuple[str, object]], t: Words | None = None) -> list[Flowable]:
    """Labelled lines ("Label: value"), with the value's lines indented under the label; the
    label and its colon in ``t``'s language (``t("{label}:")``).

    Plain paragraphs rather than a table: a packet has many of them, and table cells are laid
    out twice (measured, then drawn).
    """
    t = t or words()
    st = styles()["kv"]
    return [Paragraph(f"<b>{esc(t('{label}:').format(label=k))}</b> "
                      f"{esc(v if v not in (None, '') else '—')}", st)
            for k, v in rows]


def grid(header: list[str], rows: list[list[object]], widths: list[float],
         numbers_from: int | None = None) -> Table:
    """A table with a shaded header row that repeats on every page; the columns from
    ``numbers_from`` on (when given) hold numbers, set right so that they line up."""
    st = styles()

    def style(column: int, name: str) -> ParagraphStyle:
        return st[name + "_right" if numbers_from is not None and column >= numbers_from
                  else name]

    data = [[Paragraph(esc(h), style(i, "cell_bold")) for i, h in enumerate(header)]]
    data += [[c if isinstance(c, Flowable) else Paragraph(esc(c), style(i, "cell"))
              for i, c in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def header_canvas(header_left: str, header_right: str, t: Words | None = None,
                  page: tuple[float, float] = PAGE) -> type[Canvas]:
    """The house's numbered-page canvas (``styles.numbered_canvas``) drawing the packet
    documents' furniture: a header line between rules and "Page n of m" at the foot."""
    f = fonts()
    t = t or words()

    def furniture(c: Canvas, number: int, total: int) -> None:
        width, height = page
        c.saveState()
        c.setFont(f.regular, 7.5)
        c.setFillColor(MUTED)
        draw_string(c, MARGIN, height - 11 * mm, header_left, f.regular, 7.5)
        draw_string(c, width - MARGIN, height - 11 * mm, header_right, f.regular, 7.5, "right")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)
        c.drawRightString(width - MARGIN, 10 * mm, t("Page {page} of {pages}").format(
            page=t.number(number), pages=t.number(total)))
        c.restoreState()

    return numbered_canvas(furniture)


def build(story: list[Flowable], *, title: str, author: str, subject: str,
          header_left: str, header_right: str,
          canvasmaker: Callable[..., Canvas] | None = None, t: Words | None = None,
          page: tuple[float, float] = PAGE) -> bytes:
    """Render a story on ``page`` (A4 unless said) with the header and page numbers in ``t``'s
    language (the PDF says which language it is in); returns the PDF bytes."""
    t = t or words()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN, title=title,
                            author=author, subject=subject, creator="Channel Diligence",
                            invariant=1, lang=t.language)
    doc.build(story, canvasmaker=canvasmaker or header_canvas(header_left, header_right, t,
                                                                page))
    return buf.getvalue()
