"""The policy documents, read back: the PDF with pypdf (and pdftoppm when installed), the web
page with an XML parser, the plain text as it is; and the CLI export as a subprocess."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.domain import policy as p
from reseller_app.reports.policy_pdf import build_policy_pdf, default_page_size
from reseller_app.reports.policy_text import policy_html, policy_text

COMPANY = "Müller & Łódź Informatique Sàrl"
APPROVAL = p.Approval("Zoë Müller-Łukasiewicz", "Directrice générale", dt.date(2026, 11, 2))
NEXT_REVIEW = dt.date(2027, 11, 2)
NON_LATIN = ("Müller", "Łódź", "Ελλάδα", "Москва")


@pytest.fixture(scope="module")
def template() -> p.PolicyTemplate:
    raw = (importlib.resources.files("reseller_app.resources") / "policy" / "template.en.json")
    return p.load_template(raw.read_bytes())


def complete_values(template: p.PolicyTemplate) -> dict:
    facts = p.PolicyFacts(
        company_name=COMPANY, country_name="Switzerland", sales_model="both",
        approver_name=APPROVAL.name, approver_title=APPROVAL.title,
        approver_email="zoe@example.ch",
        distributors=(("Διανομή Ελλάδα Α.Ε.", "hrdd@example.gr"),
                      ("ООО Москва Дистрибуция", "hrdd@example.ru")),
        prohibited_uses=("Live facial recognition for mass surveillance",
                         "Censorship and internet shutdowns <script>&"),
        high_risk_uses=("Interception of communications",),
    )
    values = p.prefill(template, facts)
    values.update(internal_expertise="our sales team in Łódź and our Managing Director",
                  published_at="on our website at https://example.ch/droits-humains",
                  approved_on=APPROVAL.approved_on, next_review=NEXT_REVIEW)
    return values


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def adopted_pdf(template) -> bytes:
    rendered = p.render(template, complete_values(template), APPROVAL)
    assert rendered.unfilled == ()
    return build_policy_pdf(rendered, company=COMPANY, version_number=3, approval=APPROVAL,
                            page_size="A4", draft=False, next_review=NEXT_REVIEW)


def test_a_complete_policy_pdf_has_every_section_and_the_approval_block(template, adopted_pdf):
    reader, text = pdf_text(adopted_pdf)
    body = flat(text)
    for i, section in enumerate(template.sections, start=1):
        assert f"{i}. {section.title}" in body, section.title
    assert "Human Rights Policy" in body
    # the approval block
    for words in ("Approval", "Approved by", APPROVAL.name, "Date of approval",
                  "2 November 2026", "Next review by", "2 November 2027", "Signature"):
        assert words in body, words
    assert "Version 3" in body
    assert "{" not in text and "}" not in text
    assert "DRAFT" not in text
    # the text of the user's answers, escaped for ReportLab's markup and printed as typed
    assert "Censorship and internet shutdowns <script>&" in body
    assert reader.metadata.title == f"Human Rights Policy – {COMPANY}"


def test_every_page_has_its_number_of_the_total_and_the_company_in_the_footer(adopted_pdf):
    reader, _ = pdf_text(adopted_pdf)
    pages = len(reader.pages)
    assert pages >= 3
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {n} of {pages}" in text
        assert COMPANY in text


def test_accented_and_non_latin_text_survives(adopted_pdf):
    _, text = pdf_text(adopted_pdf)
    for word in NON_LATIN:
        assert word in text, word
    assert "Zoë Müller-Łukasiewicz" in text
    assert "ООО Москва Дистрибуция" in text and "Διανομή Ελλάδα Α.Ε." in text


def test_a4_and_letter(template):
    rendered = p.render(template, complete_values(template), APPROVAL)
    sizes = {}
    for size in ("A4", "Letter"):
        data = build_policy_pdf(rendered, company=COMPANY, version_number=1,
                                approval=APPROVAL, page_size=size)
        box = PdfReader(io.BytesIO(data)).pages[0].mediabox
        sizes[size] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"A4": (595, 842), "Letter": (612, 792)}
    with pytest.raises(ValueError, match="A4 or Letter"):
        build_policy_pdf(rendered, company=COMPANY, version_number=1, approval=APPROVAL,
                         page_size="A5")


@pytest.mark.parametrize(("country", "size"), [
    ("US", "Letter"), ("CA", "Letter"), ("MX", "Letter"), ("PH", "Letter"), ("us", "Letter"),
    ("DE", "A4"), ("GB", "A4"), ("JP", "A4"), ("BR", "A4"),
])
def test_the_page_size_follows_the_country(country, size):
    assert default_page_size(country) == size


def test_a_draft_is_watermarked_and_not_shown_as_approved(template):
    values = complete_values(template)
    values["published_at"] = ""
    rendered = p.render(template, values, None, draft=True)
    assert rendered.unfilled == ("published_at",)
    data = build_policy_pdf(rendered, company=COMPANY, version_number=4, approval=None,
                            page_size="A4", draft=True)
    reader, text = pdf_text(data)
    assert all("DRAFT" in page.extract_text() for page in reader.pages)
    assert "Not yet approved" in text
    assert "[Where the public can read it]" in flat(text)
    # The approval section agrees with the empty approval box: no "approved by ... on ...".
    assert "This policy was approved by" not in flat(text)
    assert "This draft has not been approved yet." in flat(text)
    assert "DRAFT: Not yet approved. Do not publish." in flat(text)
    assert "Draft:" not in text


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt", "de"])
def test_the_draft_banner_names_the_draft_once_in_every_language(language):
    raw = (importlib.resources.files("reseller_app.resources") / "policy" /
           f"template.{language}.json").read_bytes()
    template = p.load_template(raw)
    rendered = p.render(template, complete_values(template), None, draft=True)
    word = template.labels["draft"]
    banner = rendered.draft_banner()
    assert banner.startswith(f"{word}: ") and banner.casefold().count(word.casefold()) == 1
    html = policy_html(rendered, company=COMPANY, version_number=4, approval=None, draft=True)
    text = policy_text(rendered, company=COMPANY, version_number=4, approval=None, draft=True)
    assert f">{banner}<" in html and text.startswith(f"*** {banner} ***")
    approval = next(s for s in rendered.sections if s.id == "approval")
    assert approval.paragraphs == (template.labels["draft_approval"],)
    assert APPROVAL.name not in approval.as_text()


def test_a_template_note_that_repeats_the_draft_word_is_not_doubled(template):
    rendered = p.render(template, {}, None, draft=True)
    old = p.RenderedPolicy(rendered.title, rendered.sections, rendered.unfilled, "en",
                           {**rendered.labels, "draft_note": "Draft: not yet approved."})
    assert old.draft_banner() == "DRAFT: Not yet approved."


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
def test_page_one_renders_to_a_non_blank_image(adopted_pdf, tmp_path):
    pdf = tmp_path / "policy.pdf"
    pdf.write_bytes(adopted_pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    (png,) = tmp_path.glob("page*.pgm")
    data = png.read_bytes()
    # PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel
    header, pixels = data.split(b"\n", 3)[:3], data.split(b"\n", 3)[3]
    width, height = map(int, header[1].split())
    assert header[0] == b"P5" and len(pixels) == width * height
    dark = sum(1 for b in pixels if b < 128)
    # text covers a real part of the page, but most of it is white paper
    assert 0.01 < dark / len(pixels) < 0.5


# -- HTML and plain text ----------------------------------------------------------------------
def test_the_html_is_well_formed_escaped_and_complete(template):
    values = complete_values(template)
    rendered = p.render(template, values, APPROVAL)
    html = policy_html(rendered, company=COMPANY, version_number=3, approval=APPROVAL,
                       next_review=NEXT_REVIEW)
    root = ET.fromstring(html.split("\n", 1)[1])  # after <!DOCTYPE html>
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    assert root.get("lang") == "en"
    headings = [h.text for h in root.iterfind(".//h:h2", ns)]
    assert headings == [f"{i}. {s.title}" for i, s in enumerate(template.sections, start=1)]
    items = [li.text for li in root.iterfind(".//h:section[@id='prohibited_uses']//h:li", ns)]
    assert "Censorship and internet shutdowns <script>&" in items  # as text, not markup
    assert "<script>" not in html and "&lt;script&gt;" in html
    cells = {th.text: td.text for th, td in zip(root.iterfind(".//h:th", ns),
                                                root.iterfind(".//h:td", ns), strict=True)}
    assert cells["Approved by"] == APPROVAL.name and cells["Version"] == "3"
    assert cells["Date of approval"] == "2 November 2026"
    body = root.find("h:body", ns)
    assert "{" not in "".join(body.itertext())
    for word in NON_LATIN:
        assert word in html
    # Web and e-mail addresses are links a reader can click; the full stop is not part of one.
    links = {a.get("href"): a.text for a in root.iterfind(".//h:a", ns)}
    assert links["https://example.ch/droits-humains"] == "https://example.ch/droits-humains"
    assert links["mailto:zoe@example.ch"] == "zoe@example.ch"
    assert links["mailto:hrdd@example.gr"] == "hrdd@example.gr"


@pytest.mark.parametrize(("text", "html"), [
    ("Read it at https://example.com/policy.",
     'Read it at <a href="https://example.com/policy">https://example.com/policy</a>.'),
    ("See www.example.com/hr, or write to a.b@example.co.uk.",
     'See <a href="https://www.example.com/hr">www.example.com/hr</a>, or write to '
     '<a href="mailto:a.b@example.co.uk">a.b@example.co.uk</a>.'),
    ("(https://en.example.org/wiki/A_(b))",
     '(<a href="https://en.example.org/wiki/A_(b)">https://en.example.org/wiki/A_(b)</a>)'),
    ("https://x.example/?a=1&b=<2>", '<a href="https://x.example/?a=1&amp;b=">'
     "https://x.example/?a=1&amp;b=</a>&lt;2&gt;"),
    ("no address @ here, nor x@y", "no address @ here, nor x@y"),
])
def test_addresses_in_the_html_are_links(text, html):
    from reseller_app.reports.policy_text import linked

    assert linked(text) == html


def test_the_plain_text_reads_on_its_own(template):
    rendered = p.render(template, complete_values(template), APPROVAL)
    text = policy_text(rendered, company=COMPANY, version_number=3, approval=APPROVAL,
                       next_review=NEXT_REVIEW)
    lines = text.splitlines()
    assert lines[0] == COMPANY and lines[1] == "Human Rights Policy"
    assert all(len(line) <= 78 for line in lines if "http" not in line)
    for i, section in enumerate(template.sections, start=1):
        assert f"{i}. {section.title}" in lines
    assert "  - Live facial recognition for mass surveillance" in lines
    assert any(line.startswith("Approved by:") and APPROVAL.name in line for line in lines)
    assert "{" not in text and "DRAFT" not in text
    draft = policy_text(rendered, company=COMPANY, version_number=4, approval=APPROVAL,
                        draft=True)
    assert draft.startswith("*** DRAFT") and APPROVAL.name + ", " not in draft.splitlines()[4]


# -- the command line -------------------------------------------------------------------------
def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "CHANNEL_DILIGENCE_DB"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "reseller_app", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=180)


def test_cli_export_without_an_adopted_policy_is_bad_input(tmp_path):
    result = run_cli(tmp_path, "--db", str(tmp_path / "empty.sqlite3"), "policy", "export",
                     "--format", "pdf", "out.pdf")
    assert result.returncode == EXIT_BAD_INPUT
    assert len(result.stderr.strip().splitlines()) == 1
    assert "No human rights policy has been adopted" in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_cli_exports_the_demo_policy_in_every_format(tmp_path):
    db = str(tmp_path / "demo.sqlite3")
    for fmt in ("pdf", "html", "txt"):
        result = run_cli(tmp_path, "--demo", "--db", db, "policy", "export", "--format", fmt,
                         f"policy.{fmt}")
        assert result.returncode == EXIT_OK, result.stderr
        assert "adopted policy (version 1" in result.stdout
    _, text = pdf_text((tmp_path / "policy.pdf").read_bytes())
    assert "Nordlicht IT Solutions GmbH" in text and "Katrin Vogel" in text
    assert "Page 1 of" in text and "DRAFT" not in text
    assert "Katrin Vogel" in (tmp_path / "policy.txt").read_text(encoding="utf-8")
    ET.fromstring((tmp_path / "policy.html").read_text(encoding="utf-8").split("\n", 1)[1])
    # the demo has no open draft
    result = run_cli(tmp_path, "--demo", "--db", db, "policy", "export", "--format", "pdf",
                     "draft.pdf", "--draft")
    assert result.returncode == EXIT_BAD_INPUT and "no draft" in result.stderr


# -- page breaks: no item of a list alone, the approval table whole with its signature line ------
ITEMS = ("Item alpha", "Item bravo", "Item charlie", "Item delta")


def padded_policy(lines: int) -> p.RenderedPolicy:
    """A policy whose list starts ``lines`` one-line paragraphs down the first page."""
    filler = tuple(p.RenderedBlock("paragraph", text=f"Line {n} of the filler.")
                   for n in range(lines))
    blocks = (*filler, p.RenderedBlock("bullets", items=ITEMS),
              p.RenderedBlock("paragraph", text="After the list."))
    section = p.RenderedSection("scope", "Scope", (), (), blocks=blocks)
    return p.RenderedPolicy(title="Human Rights Policy", sections=(section,), unfilled=())


def page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in page)


def test_a_list_never_leaves_one_item_alone_at_a_page_break() -> None:
    split = 0
    for lines in range(20, 32):
        data = build_policy_pdf(padded_policy(lines), company=COMPANY, version_number=1,
                                approval=APPROVAL, page_size="A4")
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
        on = [page_of(pages, item) for item in ITEMS]
        counts = {page: on.count(page) for page in set(on)}
        if len(counts) > 1:
            split += 1
            assert min(counts.values()) >= 2, (lines, on)
    assert split  # the padding did move the list across a page break


def test_the_approval_table_stays_whole_with_its_signature_line() -> None:
    for lines in range(10, 70, 2):
        data = build_policy_pdf(padded_policy(lines), company=COMPANY, version_number=1,
                                approval=APPROVAL, page_size="Letter")
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
        first = page_of(pages, "Date of approval")  # "Approved by" is in the title block too
        assert all(label in pages[first] for label in (
            "Approval", "Approved by", APPROVAL.name, "Next review by", "Signature")), lines
