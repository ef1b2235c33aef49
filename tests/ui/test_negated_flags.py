"""The screening panel shows a red flag's words found after a negation as a note, with the words
("Thermal cameras, no face recognition" is not a face-recognition order)."""

from __future__ import annotations

import importlib.resources

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reseller_app.domain.orders import parse_order
from reseller_app.domain.packs import load_pack
from reseller_app.domain.screening import screen
from reseller_app.ui.labels import tier_label
from reseller_app.ui.screening_panel import ScreeningPanel


def test_the_panel_shows_the_negated_words_as_a_note(qtbot: QtBot) -> None:
    raw = (importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json")
    result = screen(parse_order({
        "customer": {"name": "Lager Nord GmbH", "type": "private", "country": "DE"},
        "destination_country": "DE", "intended_use": "Thermal cameras, no face recognition",
        "lines": [{"sku": "CAM-T", "category": "video_surveillance"}]}),
        load_pack(raw.read_bytes()))
    panel = ScreeningPanel(tier_label)
    qtbot.addWidget(panel)
    panel.show_result(result)
    assert panel.tier_text() == "Elevated" and panel.banner_text() == ""
    items = {item.flag.criterion: item for item in panel.flag_items()}
    assert "red_flag.facial_recognition" not in items
    item = items["negated.facial_recognition"]
    assert item.accessibleName().startswith(
        "Note: Facial recognition: these words were found after a negation")
    texts = " ".join(label.text() for label in item.findChildren(QLabel))
    assert '"no face recognition"' in texts and "What to do: Check that the customer" in texts


def test_the_history_names_a_negated_flag_in_words() -> None:
    from reseller_app.ui.labels import criterion_text

    raw = (importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json")
    pack = load_pack(raw.read_bytes()).pack
    assert criterion_text(pack, "negated.facial_recognition") == "Facial recognition (negated)"
    assert criterion_text(pack, "red_flag.facial_recognition") == "Facial recognition"
    assert criterion_text(pack, "negated.unknown_flag") == "negated.unknown_flag"
