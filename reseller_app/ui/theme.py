"""Colours that stay readable in the system's light and dark themes.

Qt follows the system's colour scheme and scaling by itself; the few colours the app sets (an
overdue date, a policy change) are picked for the palette in use, so that text keeps a contrast
of at least 4.5:1 (WCAG AA) against the background it is drawn on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# (light theme, dark theme) text colours by meaning.
_TEXT = {
    "bad": ("#8b1a1a", "#ff9e9e"),  # overdue, removed
    "good": ("#1b5e20", "#9be29f"),  # added
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark when the window background is darker than its text (works for any style)."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def text_colour(meaning: str, palette: QPalette | None = None) -> QColor:
    light, dark = _TEXT[meaning]
    return QColor(dark if is_dark(palette) else light)


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
