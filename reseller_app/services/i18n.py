"""Which language the app speaks: the user's choice, else the system's, else English."""

from __future__ import annotations

import os

from reseller_app.domain.languages import DEFAULT, SUPPORTED, language_of

__all__ = ["DEFAULT", "NATIVE_NAMES", "SUPPORTED", "language_of", "resolve",
           "system_locale_name"]
# Each language in its own words, for the settings dialog's choice.
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português",
                "de": "Deutsch"}


def system_locale_name() -> str | None:
    """The locale the environment asks for (LC_ALL, LC_MESSAGES, LANG), as the C library does."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    import locale  # only when no variable says (its import costs start-up time)

    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def resolve(preference: str | None, system: str | None = None) -> str:
    """The language to use: a supported preference, else the system's, else English."""
    return language_of(preference) or language_of(system) or DEFAULT
