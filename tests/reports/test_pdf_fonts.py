"""Chinese, Japanese and Korean names print in every PDF (ReportLab's built-in CID fonts for
the runs DejaVu Sans lacks), in paragraphs, table cells and the canvas-drawn header/footer."""

from __future__ import annotations

import io

from pypdf import PdfReader

from reseller_app.domain import policy as pol
from reseller_app.reports.packet_styles import esc
from reseller_app.reports.policy_pdf import build_policy_pdf
from reseller_app.reports.styles import (
    CJK_CHINESE,
    CJK_JAPANESE,
    CJK_KOREAN,
    cjk_markup,
    text_runs,
)
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Customer
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService

from .test_policy_pdf import APPROVAL, complete_values, template  # noqa: F401  (fixture)

NAME = "北京网络 ООО Сеть 東京 한국"


def fonts_used(data: bytes) -> set[str]:
    """The base font names referenced from every page's resources."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


def test_runs_of_each_script_get_their_font():
    assert cjk_markup("ООО Сеть &amp; Müller") == "ООО Сеть &amp; Müller"
    marked = cjk_markup(esc("北京网络 <b> 한국 ひらがな東京"))
    assert f'<font name="{CJK_CHINESE}">北京网络</font>' in marked
    assert f'<font name="{CJK_KOREAN}">한국</font>' in marked
    assert f'<font name="{CJK_JAPANESE}">ひらがな東京</font>' in marked
    assert "&lt;b&gt;" in marked
    assert text_runs("A 東京 B", "DejaVuSans") == [("A ", "DejaVuSans"), ("東京", CJK_CHINESE),
                                                  (" B", "DejaVuSans")]


def test_an_escalation_pdf_prints_a_cjk_customer_name(configured, catalog):
    customer = CatalogService(configured).save_customer(
        Customer(NAME, "VE", "government", government_function="law_enforcement"))
    draft = catalog.camera_order()
    draft.customer_id = customer.id
    draft.reference = "SO-東京-1"  # in the page header too
    order = OrderService(configured).save(draft)
    packet = EscalationService(configured).build(
        order.id, recommendation="no_recommendation", recommendation_text="Please decide.")
    pdf = EscalationService(configured).pdf(packet.id)
    used = fonts_used(pdf)
    assert {CJK_CHINESE, CJK_KOREAN} <= used, used
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "ООО Сеть" in text and "北京网络" in text and "한국" in text


def test_a_policy_pdf_prints_a_cjk_company_name(template):  # noqa: F811
    rendered = pol.render(template, complete_values(template), APPROVAL)
    pdf = build_policy_pdf(rendered, company=NAME, version_number=1, approval=APPROVAL)
    assert {CJK_CHINESE, CJK_KOREAN} <= fonts_used(pdf)


# -- polish: words rather than codes, a recommendation above what it refers to ---------------
def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_escalation_pdf_reads_in_order(configured, catalog):
    from reseller_app.reports.packet_styles import styles
    from tests.services.test_escalation import build, held_order

    packet = build(configured, held_order(configured, catalog))
    text = pdf_text(EscalationService(configured).pdf(packet.id))
    # "Approve the sale with the conditions below": the conditions come after it.
    assert text.index("Our recommendation") < text.index("What we propose") < \
        text.index("Conditions: No face matching.")
    # The pack's criterion id, a reference line on one line, never cut mid-word.
    assert "Pack criterion: category.video_surveillance" in text
    assert styles()["h2"].keepWithNext  # a heading never ends a page alone


def test_the_misuse_pdf_names_the_customer_in_words(configured, catalog):
    import datetime as dt

    from reseller_app.services.dto import MisuseDraft
    from reseller_app.services.misuse import MisuseService

    order = OrderService(configured).save(catalog.camera_order())
    packet = MisuseService(configured).report(MisuseDraft(
        what_seen="Cameras pointed at a union office.", seen_on=dt.date(2026, 11, 1),
        order_id=order.id))
    text = " ".join(pdf_text(EscalationService(configured).pdf(packet.id)).split())
    assert "Government body" in text and "Police and law enforcement" in text
    assert "law_enforcement" not in text and "· government ·" not in text


def test_the_guidance_names_whom_to_tell():
    from reseller_app.reports.packet_pdf import guidance_pdf

    data = guidance_pdf("Title\n\nIf you learn of misuse, please tell us.",
                        company="北京网络 GmbH", contact_name="Anna Weber",
                        contact_email="anna.weber@example.com")
    text = " ".join(pdf_text(data).split())
    assert "Anna Weber <anna.weber@example.com>, 北京网络 GmbH" in text
    assert CJK_CHINESE in fonts_used(data)
