"""Keyboard mnemonics (Alt+letter) for labels built from data, without clashes on a page."""

from __future__ import annotations


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with ``&`` before its first letter not in ``used`` (which it then joins).

    Word starts are preferred ("Next &review date" before "Ne&xt"); a literal ``&`` in the
    text is escaped. Without a free letter the text comes back without a mnemonic.
    """
    escaped = text.replace("&", "&&")
    candidates: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum() and (i == 0 or not text[i - 1].isalnum()):
            candidates.append(i)
    candidates += [i for i, ch in enumerate(text) if ch.isalnum() and i not in candidates]
    for i in candidates:
        key = text[i].lower()
        if key in used:
            continue
        used.add(key)
        # Position i in ``text`` is shifted by the ``&&`` escapes before it.
        j = i + text[:i].count("&")
        return escaped[:j] + "&" + escaped[j:]
    return escaped


def mnemonic_key(text: str) -> str | None:
    """The letter after a single ``&`` (``None`` without one)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 2
            continue
        i += 1
    return None
