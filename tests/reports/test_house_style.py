"""One house style for every document: the fonts are registered, the colours declared and the
numbered-page canvas written in reports/styles.py only, and every document (policy, escalation
and misuse packets, guidance, evidence summary) numbers its pages with it."""

from __future__ import annotations

import re
from pathlib import Path

from reseller_app.reports import styles

REPORTS = Path(styles.__file__).parent


def test_fonts_colours_and_the_page_canvas_are_defined_once() -> None:
    for path in REPORTS.glob("*.py"):
        if path.name == "styles.py":
            continue
        source = path.read_text(encoding="utf-8")
        for pattern in (r"registerFont", r"HexColor\(", r"class \w+\((?:rl_canvas\.)?Canvas\)",
                        r"def showPage"):
            assert not re.search(pattern, source), (path.name, pattern)


def test_the_numbered_canvas_gives_each_page_its_number_of_the_total() -> None:
    import io

    from pypdf import PdfReader
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    seen: list[tuple[int, int]] = []

    def furniture(c, page: int, pages: int) -> None:  # type: ignore[no-untyped-def]
        seen.append((page, pages))
        c.drawString(40, 20, f"Page {page} of {pages}")

    buf = io.BytesIO()
    body = styles.document_styles().body
    SimpleDocTemplate(buf).build([Paragraph("one", body), PageBreak(), Paragraph("two", body),
                                  PageBreak(), Paragraph("three", body)],
                                 canvasmaker=styles.numbered_canvas(furniture))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    pages = PdfReader(io.BytesIO(buf.getvalue())).pages
    assert [f"Page {n} of 3" in p.extract_text() for n, p in enumerate(pages, 1)] == \
        [True, True, True]
