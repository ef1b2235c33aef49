"""The look of every document: registered fonts, colours and the paragraph styles.

The fonts are DejaVu Sans (shipped in ``resources/fonts/``, licence beside them), so that
accented and non-Latin names (Müller, Łódź, Ελλάδα, Москва) print as typed. Reading a TrueType
file takes far longer than laying out a document, so the fonts are registered once per process.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

INK = colors.HexColor("#1D2430")  # body text: near-black, softer than pure black
ACCENT = colors.HexColor("#1F4E79")  # headings and rules
MUTED = colors.HexColor("#5B6573")  # meta lines, footer
RULE = colors.HexColor("#C8D0DA")
PANEL = colors.HexColor("#F2F5F9")  # background of the approval block
WATERMARK = colors.HexColor("#B22222")


@cache
def register_fonts() -> str:
    """Register the DejaVu family with ReportLab (once per process); returns the family name."""
    folder = importlib.resources.files("reseller_app.resources") / "fonts"
    for name, file in _FILES.items():
        with importlib.resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD)
    return REGULAR


@dataclass(frozen=True)
class DocumentStyles:
    company: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    note: ParagraphStyle


@cache
def document_styles() -> DocumentStyles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.8, leading=14.6,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=6.5)
    return DocumentStyles(
        company=ParagraphStyle("company", parent=body, fontName=BOLD, fontSize=9.5,
                               leading=12, textColor=ACCENT, spaceAfter=10),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=25, leading=30,
                             textColor=INK, spaceAfter=8),
        meta=ParagraphStyle("meta", parent=body, fontSize=9, leading=13, textColor=MUTED,
                            spaceAfter=0),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12.5,
                               leading=16, textColor=ACCENT, spaceBefore=15, spaceAfter=6,
                               keepWithNext=1),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, spaceAfter=3),
        label=ParagraphStyle("label", parent=body, fontSize=8.5, leading=12, textColor=MUTED,
                             spaceAfter=0),
        value=ParagraphStyle("value", parent=body, spaceAfter=0),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=8.5, leading=12,
                            textColor=MUTED, spaceAfter=0),
    )
