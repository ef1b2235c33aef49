"""The escalation packet cites each flag's public sources in words and lists them with links."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from reseller_app.services.dto import OrderStatus
from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_links(data: bytes) -> set[str]:
    links: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or ():
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                links.add(str(action["/URI"]))
    return links


def test_the_packet_cites_titles_and_sections_and_links_the_sources(configured, catalog):
    view = OrderService(configured).save(catalog.camera_order("SO-3001"))
    assert view.status == OrderStatus.HELD
    service = EscalationService(configured)
    packet = service.build(view.id, recommendation="reject",
                           recommendation_text="Police use of cameras in a high-risk country.")
    pack = PackService(configured).active().pack

    data = json.loads(service.file(packet.id, "escalation-SO-3001.json"))
    bases = {f["criterion"]: f["basis"] for f in data["screening"]["flags"]}
    assert bases["category.video_surveillance"] == (
        "BSR (2022) Sales Partners brief, §6.4; US State Dept. surveillance guidance (2020), "
        "Definitions")
    assert all(b and "bsr-2022" not in b and "Research notes" not in b for b in bases.values())

    pdf = service.file(packet.id, "escalation-SO-3001.pdf")
    text = " ".join(pdf_text(pdf).split())
    assert "Sources the flags cite" in text
    assert "Sales Partners and Human Rights Due Diligence in the Technology Sector" in text
    assert "Best Practices Brief, August 2022" in text
    cited = {"bsr-2022", "us-state-2020", "wgi"}
    assert {pack.source(i).url for i in cited} <= pdf_links(pdf)
