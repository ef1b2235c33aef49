"""Which language the app speaks: the user's choice, else the system's, else English."""

from __future__ import annotations

import os

SUPPORTED: tuple[str, ...] = ("en", "es", "fr", "pt", "de")
DEFAULT = "en"
# Each language in its own words, for the settings dialog's choice.
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português",
                "de": "Deutsch"}


def language_of(locale_name: str | None) -> str | None:
    """``"es"`` for ``"es_MX.UTF-8"``, ``"pt-BR"`` or ``"es"``; None when not supported."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in SUPPORTED else None


def system_locale_name() -> str | None:
    """The locale the environment asks for (LC_ALL, LC_MESSAGES, LANG), as the C library does."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    import locale  # late: only when no variable says (its import costs start-up time)

    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def resolve(preference: str | None, system: str | None = None) -> str:
    """The language to use: a supported preference, else the system's, else English."""
    return language_of(preference) or language_of(system) or DEFAULT
