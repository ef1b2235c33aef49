"""A red flag's words after a negation ("no face recognition") print in the escalation packet as
found but negated, and the packet's criterion names the negation."""

from __future__ import annotations

from reseller_app.services.escalation import EscalationService
from reseller_app.services.orders import OrderService
from tests.services.test_escalation import build, pdf_text


def test_the_packet_shows_a_negated_phrase(configured, catalog):
    use = "Traffic monitoring at city junctions, no face recognition"
    view = OrderService(configured).save(catalog.camera_order("SO-2301", use=use))
    assert view.status == "held"  # police cameras in a high-risk country
    flags = {f.criterion: f for f in view.screening.flags}
    assert "red_flag.facial_recognition" not in flags
    assert flags["negated.facial_recognition"].subject == '"no face recognition"'

    packet = build(configured, view.id)
    text = " ".join(pdf_text(EscalationService(configured).pdf(packet.id)).split())
    for words in ("no face recognition", "Facial recognition: these words were found after a",
                  "negation", "negated.facial_recognition"):
        assert words in text, (words, text)
