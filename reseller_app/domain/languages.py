"""The languages the app speaks, and which of them a locale name asks for (one rule for the
windows, the services' messages and the documents)."""

from __future__ import annotations

SUPPORTED: tuple[str, ...] = ("en", "es", "fr", "pt", "de")
DEFAULT = "en"


def language_of(locale_name: str | None) -> str | None:
    """``"es"`` for ``"es_MX.UTF-8"``, ``"pt-BR"``, ``"es"`` or ``"ES"``; None for a language
    the app does not speak (or no name)."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in SUPPORTED else None
