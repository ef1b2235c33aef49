"""The app follows a dark system theme: the colours it sets stay readable on it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reseller_app.ui.theme import contrast, is_dark, text_colour
from reseller_app.ui.tier_badge import tier_colours


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.Text, "#e8eaed")):
        p.setColor(role, QColor(colour))
    return p


def test_text_colours_keep_their_contrast_in_light_and_dark_themes(app: QApplication) -> None:
    light, dark = QPalette(QColor("#f0f0f0")), dark_palette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    assert not is_dark(light) and is_dark(dark)
    for meaning in ("bad", "good"):
        for palette in (light, dark):
            base = palette.color(QPalette.ColorRole.Base)
            assert contrast(text_colour(meaning, palette), base) >= 4.5, (meaning, base.name())
    # The light theme's red would not do on a dark background: the check can fail.
    assert contrast(text_colour("bad", light), dark.color(QPalette.ColorRole.Base)) < 4.5


def test_tier_badges_carry_their_own_readable_text_colour() -> None:
    for tier in ("low", "elevated", "high", "prohibited"):
        bg, fg = tier_colours(tier)
        assert contrast(bg, fg) >= 4.5, tier


def test_the_app_switches_with_the_system_palette(app: QApplication) -> None:
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        assert is_dark()
        assert text_colour("bad").name() != text_colour("bad", before).name()
    finally:
        app.setPalette(before)
