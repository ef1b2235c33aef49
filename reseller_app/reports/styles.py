"""The house style of every document (the policy, escalation and misuse packets, the
responsible-use guidance, the evidence summary): the registered fonts, the one palette, the
policy's paragraph styles, and the numbered-page canvas that writes "Page N of M".
``packet_styles.py`` adds the packet documents' paragraph styles and tables on top of these.

The fonts are DejaVu Sans (shipped in ``resources/fonts/``, licence beside them), so that
accented and non-Latin names (Müller, Łódź, Ελλάδα, Москва) print as typed. Reading a TrueType
file takes far longer than laying out a document, so the fonts are registered once per process.

DejaVu Sans has no Chinese, Japanese or Korean characters. Rather than ship large font files,
runs of them are set in ReportLab's built-in CID fonts (Adobe's Asian font packs, which every
PDF reader has or substitutes; nothing is embedded): ``cjk_markup`` does it for the XML of a
Paragraph, ``draw_string`` for text drawn on the canvas (headers and footers).
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reseller_app.domain.vocabulary import RiskTier

REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

INK = colors.HexColor("#1D2430")  # body text: near-black, softer than pure black
ACCENT = colors.HexColor("#1F4E79")  # headings and rules
MUTED = colors.HexColor("#5B6573")  # meta lines, footer
RULE = colors.HexColor("#C8D0DA")
PANEL = colors.HexColor("#F2F5F9")  # background of the approval block, table headers, quotes
WATERMARK = colors.HexColor("#B22222")
# A flag's severity, as the packets print it.
SEVERITY_COLOURS = {"prohibited": colors.HexColor("#9b1c1c"), "high": colors.HexColor("#b44d12"),
                    "elevated": colors.HexColor("#8d6e00"), "info": MUTED, "standard": MUTED}
# The tiers' colours in charts: the app's tier pills' (ui/tier_badge.TIER_COLOURS), so that a
# distributor reading a report sees the colours the reseller sees on screen.
TIER_COLOURS = {RiskTier.LOW: colors.HexColor("#2e7d32"),
                RiskTier.ELEVATED: colors.HexColor("#f0a500"),
                RiskTier.HIGH: colors.HexColor("#c62828"),
                RiskTier.PROHIBITED: colors.HexColor("#5d0a0a")}


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
class Fonts:
    regular: str
    bold: str


@cache
def fonts() -> Fonts:
    """The registered family's regular and bold faces; the built-in Helvetica (Latin-1 only)
    when the font files cannot be read, so that a damaged installation still prints a packet."""
    try:
        register_fonts()
    except Exception:  # any failure reading a TrueType file: fall back rather than fail
        return Fonts("Helvetica", "Helvetica-Bold")
    return Fonts(REGULAR, BOLD)


# -- Chinese, Japanese and Korean ---------------------------------------------------------------
CJK_CHINESE, CJK_JAPANESE, CJK_KOREAN = "STSong-Light", "HeiseiKakuGo-W5", "HYGothic-Medium"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HAN = ("\u2e80-\u2fdf\u3000-\u303f\u3190-\u31ef\u3200-\u4dbf\u4e00-\u9fff"
        "\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff65\uffe0-\uffee\U00020000-\U0003134f")
_CJK_RUN = re.compile(f"[{_HANGUL}{_KANA}{_HAN}]+")
_HAS_HANGUL, _HAS_KANA = re.compile(f"[{_HANGUL}]"), re.compile(f"[{_KANA}]")


@cache
def register_cjk_fonts() -> None:
    """Register the three CID fonts (metrics only: ReportLab ships them, nothing is read from
    disk) as families of their own, so that <b> around them keeps the same font."""
    # late: only a document with Chinese, Japanese or Korean text needs the CID fonts
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in (CJK_CHINESE, CJK_JAPANESE, CJK_KOREAN):
        pdfmetrics.registerFont(UnicodeCIDFont(name))
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name,
                                      boldItalic=name)


def cjk_font(run: str) -> str:
    """The CID font for a run of CJK characters: Korean if it has Hangul, Japanese if it has
    kana, else Chinese (Han characters alone cannot tell Chinese from Japanese)."""
    if _HAS_HANGUL.search(run):
        return CJK_KOREAN
    if _HAS_KANA.search(run):
        return CJK_JAPANESE
    return CJK_CHINESE


def cjk_markup(markup: str) -> str:
    """Paragraph XML (already escaped) with each run of CJK characters in <font name=...> for
    its script, so it prints instead of empty boxes. Tags and entities are ASCII and never
    touched."""
    if not _CJK_RUN.search(markup):
        return markup
    register_cjk_fonts()
    return _CJK_RUN.sub(lambda m: f'<font name="{cjk_font(m.group())}">{m.group()}</font>',
                        markup)


def text_runs(text: str, font: str) -> list[tuple[str, str]]:
    """(piece, font name) of a plain text: CJK runs in their CID font, the rest in ``font``."""
    runs: list[tuple[str, str]] = []
    last = 0
    for m in _CJK_RUN.finditer(text):
        if m.start() > last:
            runs.append((text[last:m.start()], font))
        runs.append((m.group(), cjk_font(m.group())))
        last = m.end()
    if last < len(text):
        runs.append((text[last:], font))
    if any(f != font for _, f in runs):
        register_cjk_fonts()
    return runs


def draw_string(c: Canvas, x: float, y: float, text: str, font: str, size: float,
                align: str = "left") -> None:
    """``drawString`` / ``drawCentredString`` / ``drawRightString`` (``align`` left, centre,
    right) for a text that may hold Chinese, Japanese or Korean (a company name, say)."""
    runs = text_runs(text, font)
    width = sum(pdfmetrics.stringWidth(piece, f, size) for piece, f in runs)
    x -= {"left": 0.0, "centre": width / 2, "right": width}[align]
    for piece, f in runs:
        c.setFont(f, size)
        c.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, f, size)
    c.setFont(font, size)


# -- numbered pages ---------------------------------------------------------------------------
PageFurniture = Callable[[Canvas, int, int], None]


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that holds the pages back until the document ends, then has
    ``furniture(canvas, page, pages)`` draw each page's header and footer, so every page can
    say "Page N of M". Every document is built with one (``canvasmaker=``)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []

        def showPage(self) -> None:  # ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                furniture(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


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
