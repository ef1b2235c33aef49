"""The one fold of text for comparing as people read it: case, accents and width ignored.

Catalog search, the orders' search index (``store/text_search.py``) and screening all compare
through :func:`fold`, so a name or a phrase is found the same way wherever it is typed:
"ÖKO Ärzte" and "oko arzte", "Ørsted" and "orsted", "Straße" and "STRASSE", "Łódź" and "lodz",
"ＡＢＣ" (full width) and "abc" fold alike.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not split into a plain letter and an accent, with the letters people write
# for them when they type without (Danish, Polish, Croatian, Maltese, Turkish, German,
# ligatures). Upper-case forms are not needed: the text is case-folded first.
UNSPLIT = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ß": "ss", "æ": "ae",
           "œ": "oe"}
_UNSPLIT = str.maketrans(UNSPLIT)


def fold(text: str) -> str:
    """``text`` for comparing as people read it: case and accents ignored ("ÖKO Ärzte" and
    "oko arzte" fold alike, "Policía" and "POLICIA" too), compatibility forms (full-width
    letters, ligatures) written plainly. ASCII text just gets lower case."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNSPLIT))
    # Accents are marks outside ASCII: only those characters are looked at, not each letter
    # (a text of an import's thousands screened is mostly ASCII with an accent or two).
    return _NOT_ASCII.sub(_unless_mark, decomposed)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _unless_mark(m: re.Match[str]) -> str:
    return "".join(ch for ch in m.group() if not unicodedata.combining(ch))
