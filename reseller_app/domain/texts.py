"""Words the domain and the services show to people, in the user's language.

Every such text is written in English as a template and passed through :func:`t`, which looks
it up with the translator the front end installed (the desktop app installs Qt's, so these
texts live in the same ``.ts`` / ``.qm`` files as the window's, context ``"Services"``) and then
fills in the named ``{placeholders}``. Without a translator (the command line, tests) the text
stays English. ``scripts/translations.py`` finds the texts by looking for ``t("...")`` calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Services"

_translate: Callable[[str, str], str] | None = None


def install(translate: Callable[[str, str], str] | None) -> None:
    """Use ``translate(context, text)`` from now on (None: English)."""
    global _translate
    _translate = translate


def t(text: str, /, **params: Any) -> str:
    """``text`` in the user's language, with ``{name}`` placeholders filled from ``params``."""
    if _translate is not None:
        text = _translate(CONTEXT, text) or text
    return text.format(**params) if params else text


def mark(text: str, /) -> str:
    """``text`` unchanged, marked for translation: for words defined before a translator can be
    installed (module constants, such as the CSV import's field names); the front end
    translates them where it shows them, in context ``"Services"``."""
    return text
