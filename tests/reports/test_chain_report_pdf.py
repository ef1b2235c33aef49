"""The due diligence report up the chain as a PDF, built from a ``ChainReport`` made by hand and
read back with pypdf: the numbers and the section titles are there, names only when the report
carries them, long tables go on over pages with their header repeated, and the texts follow the
reader's language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from reseller_app.domain.chain_report import (
    ChainReport,
    Completeness,
    FollowUps,
    ListVersion,
    MonthTiers,
    NamedOrder,
    Outcomes,
    PackUse,
    PolicyState,
    RegionCount,
    ReportPeriod,
)
from reseller_app.reports import chain_report_pdf as module
from reseller_app.reports.chain_report_pdf import chain_report_pdf
from reseller_app.reports.packet_styles import fonts
from reseller_app.reports.styles import TIER_COLOURS
from reseller_app.reports.words import words
from reseller_app.services.chain_report_send import ReportSendService
from tests.services.test_chain_report import quarter  # noqa: F401  (the fixture)

SHA = "3f2a9c1e" * 8


def report(**changes: object) -> ChainReport:
    """Q4 2026 of a small reseller: 57 orders."""
    base = ChainReport(
        period=ReportPeriod.parse("2026Q4"), as_of=dt.date(2026, 12, 31),
        generated_at=dt.datetime(2027, 1, 4, 9, 30, tzinfo=dt.UTC),
        reseller="Nordlicht IT GmbH", distributor="Acme Distribution Europe", orders=57,
        by_tier=(("low", 41), ("elevated", 9), ("high", 6), ("prohibited", 1)),
        by_category=(("laptops", 30), ("networking", 18), ("surveillance", 5), ("", 2)),
        by_region=(RegionCount("155", "Western Europe", "Europe", 38),
                   RegionCount("145", "Western Asia", "Asia", 11),
                   RegionCount("202", "Sub-Saharan Africa", "Africa", 6),
                   RegionCount("", "", "", 2)),
        by_month=(MonthTiers("2026-10", (("low", 12), ("elevated", 3), ("high", 2),
                                         ("prohibited", 0))),
                  MonthTiers("2026-11", (("low", 17), ("elevated", 4), ("high", 1),
                                         ("prohibited", 1))),
                  MonthTiers("2026-12", (("low", 12), ("elevated", 2), ("high", 3),
                                         ("prohibited", 0)))),
        outcomes=Outcomes(held=16, decided=13, median_days_to_decision=2.5, declined=2,
                          escalated=1, blocked=1, escalations=4),
        misuse_reports=1, follow_ups=FollowUps(done=7, overdue=3),
        policy=PolicyState(adopted_version=3, approved_on=dt.date(2026, 3, 2),
                           last_review=dt.date(2026, 3, 2), next_review=dt.date(2027, 3, 2),
                           review_overdue=False),
        packs=(PackUse("bsr-2022-core", "1.4.0", SHA, 57),),
        lists=(ListVersion("eu", "2026-09-30", dt.date(2026, 10, 1), SHA, 5321),
               ListVersion("ofac", "", dt.date(2026, 11, 3), SHA, 17102)),
        completeness=Completeness(orders=57, complete=45, parts=(
            ("customer", 57), ("end_user", 52), ("destination", 55), ("intended_use", 49),
            ("use_cases", 50), ("checklist", 47))),
    )
    return dataclasses.replace(base, **changes)


NAMED = (NamedOrder("SO-2001", dt.date(2026, 11, 2), "high", "escalated", "Gulf Secure LLC",
                    "Ministry of Interior", "AE"),
         NamedOrder("SO-2044", dt.date(2026, 12, 9), "prohibited", "blocked", "Kestrel Ltd",
                    "", "NG"))


def pages(data: bytes) -> list[str]:
    """Each page's text on one line, runs of spaces (and CLDR's no-break spaces) as one."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def text(data: bytes) -> str:
    return " ".join(pages(data))


def test_the_report_says_its_numbers_and_sections():
    out = text(chain_report_pdf(report()))
    for words_ in ("Due diligence report, Q4 2026", "Reseller: Nordlicht IT GmbH",
                   "For: Acme Distribution Europe",
                   "Period: Q4 2026 (1 October 2026 to 31 December 2026)",
                   "Generated: 4 January 2027, 09:30 UTC",
                   "Names of customers and end users: Not included: counts only",
                   "Summary", "screened 57 orders", "41 low, 9 elevated, 6 high and 1 prohibited",
                   "16 orders were held for a decision and 13 of them decided.",
                   "Median days from hold to decision: 2.5.",
                   "4 orders were escalated to a distributor and 2 declined.",
                   "45 of 57 orders (78.9%)",
                   "Orders screened by risk tier", "Orders per month by risk tier",
                   "October 2026 12 3 2 0 17", "November 2026 17 4 1 1 23",
                   "Orders by product category", "laptops 30 52.6%", "No category given 2",
                   "Orders by destination region", "Western Europe Europe 38 66.7%",
                   "Sub-Saharan Africa Africa 6", "Destination not given",
                   "Held, declined and escalated", "Held for a decision 16",
                   "Median days from hold to decision 2.5", "Escalated to a distributor 4",
                   "Misuse reports", "Reports of possible misuse sent in the period: 1",
                   "Follow-ups with customers", "Done in the period: 7",
                   "Overdue on 31 December 2026: 3",
                   "Human rights policy", "Version 3", "Next review: 2 March 2027",
                   "Criteria packs and restricted-party lists used", "bsr-2022-core",
                   f"SHA-256 {SHA}", "1.4.0 57",
                   "EU consolidated financial sanctions list", "not stated",
                   "Completeness of order information", "Customer identified 57 100%",
                   "All of the above 45 78.9%", "Page 1 of"):
        assert words_ in out, words_
    # The charts' words are text too: the tiers and the months.
    assert "Oct 2026" in out and "Prohibited" in out
    # No names: the named table's heading and the customers are absent.
    assert "by name" not in out and "Gulf Secure" not in out


def test_names_print_only_when_the_report_carries_them():
    out = text(chain_report_pdf(report(named_orders=NAMED)))
    assert "Orders held, escalated, declined or blocked, by name" in out
    assert "Names of customers and end users: Included at the reseller's choice" in out
    for words_ in ("SO-2001", "Gulf Secure LLC", "Ministry of Interior", "United Arab Emirates",
                   "escalated", "SO-2044", "Kestrel Ltd", "Nigeria", "blocked"):
        assert words_ in out, words_
    empty = text(chain_report_pdf(report(named_orders=())))
    assert "No order of the period was held, escalated, declined or blocked." in empty


def test_many_categories_go_on_over_pages_with_their_header():
    many = tuple((f"category-{i:03d}", 200 - i) for i in range(160))
    # A month: one bar and one row above the categories, so the first page has room for them.
    month = report(period=ReportPeriod.parse("2026-11"), by_month=report().by_month[1:2],
                   by_category=many)
    data = chain_report_pdf(month)
    texts = pages(data)
    holding = [i for i, p in enumerate(texts) if "category-" in p]
    assert len(holding) >= 3, "160 categories fill more than two pages"
    for i in holding:
        assert "Product category Orders Share of orders" in texts[i], i
    # The long table starts under the month table where there is room, not on a new page
    # (a heading kept with a whole long table leaves the page before it empty).
    assert "Orders by product category" in texts[0] and "category-000" in texts[0]
    out = " ".join(texts)
    assert "category-000 200" in out and "category-159 41" in out
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_the_service_saves_the_pdf_beside_the_json(quarter, tmp_path: Path):  # noqa: F811
    """Through the service, as ``reseller-app report`` and the app save it: the report's
    packet exported as a folder, its categories in the criteria pack's words."""
    ctx, _ = quarter
    service = ReportSendService(ctx)
    packet = service.build_for(ReportPeriod.parse("2026Q4"), "TechDistri Europe",
                               include_names=True)
    folder = service.save(packet.id, tmp_path)
    assert (folder / packet.json_name).is_file()
    out = text((folder / packet.pdf_name).read_bytes())
    for words_ in ("Due diligence report, Q4 2026", "For: TechDistri Europe",
                   "Reseller: Nordlicht IT GmbH", "screened 6 orders", "Video surveillance 4",
                   "Latin America and the Caribbean", "SO-3", "Policía Regional"):
        assert words_ in out, words_


def test_one_order_is_not_said_in_the_plural():
    one = report(orders=1, by_tier=(("low", 0), ("elevated", 0), ("high", 1), ("prohibited", 0)),
                 outcomes=Outcomes(held=1, decided=0, median_days_to_decision=None, declined=0,
                                   escalated=1, blocked=0, escalations=1),
                 completeness=Completeness(orders=1, complete=1))
    out = text(chain_report_pdf(one))
    for words_ in ("screened 1 order against", "One order was held for a decision, and it is "
                   "still waiting.", "1 order was escalated to a distributor and 0 declined.",
                   "1 of 1 order (100%) carried"):
        assert words_ in out, words_
    assert "1 orders" not in out and "Median days from hold to decision:" not in out


def test_an_empty_period_says_so():
    empty = report(orders=0, by_tier=(("low", 0), ("elevated", 0), ("high", 0),
                                      ("prohibited", 0)),
                   by_category=(), by_region=(), packs=(), lists=(),
                   by_month=tuple(MonthTiers(m, (("low", 0), ("elevated", 0), ("high", 0),
                                                 ("prohibited", 0)))
                                  for m in ("2026-10", "2026-11", "2026-12")),
                   outcomes=Outcomes(0, 0, None, 0, 0, 0, 0), misuse_reports=0,
                   follow_ups=FollowUps(0, 0),
                   policy=PolicyState(None, None, None, None, False),
                   completeness=Completeness(0, 0, ()))
    out = text(chain_report_pdf(empty))
    for words_ in ("Nordlicht IT GmbH screened no orders in Q4 2026.",
                   "No orders in this period.", "No order was screened in this period.",
                   "Reports of possible misuse sent in the period: 0",
                   "No human rights policy was adopted by 31 December 2026.",
                   "No restricted-party list was in force", "All of the above 0 —"):
        assert words_ in out, words_


def test_a_year_on_letter_paper_and_an_overdue_review():
    year = report(period=ReportPeriod.parse("2026"),
                  by_month=tuple(MonthTiers(f"2026-{m:02d}", (("low", m), ("elevated", 1),
                                                              ("high", 0), ("prohibited", 0)))
                                 for m in range(1, 13)),
                  policy=PolicyState(2, dt.date(2025, 1, 10), dt.date(2025, 1, 10),
                                     dt.date(2026, 1, 10), True))
    data = chain_report_pdf(year, page_size="Letter")
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    out = text(data)
    assert "Due diligence report, 2026" in out and "December 2026 12 1 0 0 13" in out
    assert "Next review: 10 January 2026 (overdue)" in out


def test_the_report_in_spanish():
    out = text(chain_report_pdf(report(named_orders=NAMED), language="es"))
    t = words("es")
    assert t("Due diligence report, {period}").format(period=t("Q{number} {year}").format(
        number=4, year=2026)) in out
    for words_ in (t("Summary"), t("Orders by destination region"), "Europa occidental",
                   "Emiratos Árabes Unidos", "78,9 %", "2,5", "1 de octubre de 2026"):
        assert words_ in out, words_


def test_the_charts_use_the_apps_tier_colours():
    # late: the ui layer may be imported by a test, not by the reports
    from reseller_app.ui.tier_badge import TIER_COLOURS as PILLS

    assert {tier: c.hexval().lower().replace("0x", "#") for tier, c in TIER_COLOURS.items()} \
        == {tier: bg for tier, (bg, _) in PILLS.items()}


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt", "de"])
def test_no_header_word_is_broken_in_two(language):
    """Every word of a table header fits its column (German compounds are long)."""
    t = words(language)
    width = module.PAGE[0] - 2 * module.MARGIN
    f = fonts()
    r = report(named_orders=NAMED)
    for table in (module.category_section(r, width, t, {}), module.region_section(r, width, t),
                  module.outcomes_section(r, width, t), module.versions_section(r, width, t),
                  module.completeness_section(r, width, t), module.named_section(r, width, t),
                  module.month_section(r, width, t)):
        for grid in (x for x in table if hasattr(x, "_colWidths")):
            for cell, col in zip(grid._cellvalues[0], grid._colWidths, strict=True):
                for word in cell.getPlainText().split():
                    assert stringWidth(word, f.bold, 8.5) + 6 <= col, (language, word, col)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_first_page_renders_as_an_image(tmp_path: Path):
    """The PDF is one a common renderer draws (poppler), charts included."""
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(chain_report_pdf(report(named_orders=NAMED)))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True, capture_output=True)
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 5000
