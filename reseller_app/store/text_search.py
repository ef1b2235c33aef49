"""The orders' search index finds text as ``domain.text_fold.fold`` compares it.

The index (FTS5, ``unicode61 remove_diacritics 2``) already ignores case and the accents that
Unicode splits off a letter (é, Å, ü, İ). Two kinds of letters it keeps as they are:

- the letters that have no plain form in Unicode (ø, ł, đ, ħ, ı, ŧ, ß, æ, œ): these are
  replaced, before the text is indexed, with what ``fold`` writes for them, by SQLite's own
  ``replace()`` in the index's triggers (migration 0008). A trigger calling a Python function
  would fail on every connection that has not registered it (the ``sqlite3`` shell, a script);
  ``replace()`` works everywhere.
- full-width letters and digits (ＡＢＣ, as typed on Chinese and Japanese keyboards): SQLite
  cannot replace 62 letters in one expression (its parser stops at about 30 nested calls), so
  each word searched is also looked up in full width (:func:`index_words`).

The words searched are folded in Python (``fold``), so both sides agree
(tests/services/test_text_fold_agreement.py). Other compatibility forms (the ligature ﬁ, the
digraph ǆ, superscripts) are found by catalog search and screening but not by the orders'
index.

Changing ``fold`` or :data:`REPLACEMENTS` changes what is indexed: the index must then be
rebuilt by a migration (as 0008 does), or the triggers' deletes would not find the old words.
"""

from __future__ import annotations

import unicodedata

from reseller_app.domain.text_fold import fold


def _index_fold(ch: str) -> str:
    """What FTS5's unicode61 (remove_diacritics 2) makes of a letter: lower case, the accents
    of its canonical decomposition dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", ch.lower())
                   if not unicodedata.combining(c))


def _replacements() -> tuple[tuple[str, str], ...]:
    """The Latin letters without any decomposition whose fold is a plain ASCII letter or two,
    and which the index does not fold by itself: ø -> o, Ł -> l, ß -> ss, Æ -> ae, ..."""
    pairs = []
    for cp in range(0x80, 0x250):
        ch = chr(cp)
        plain = fold(ch)
        if (ch.isalpha() and not unicodedata.decomposition(ch) and plain.isascii()
                and plain.isalpha() and plain != _index_fold(ch)):
            pairs.append((ch, plain))
    pairs.append(("ẞ", "ss"))  # capital sharp s (Latin Extended Additional)
    return tuple(pairs)


REPLACEMENTS = _replacements()


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_LETTERS = "".join(ch for ch, _ in REPLACEMENTS)


def search_value(column: str) -> str:
    """SQL for a column's text as the index takes it: the letters above replaced. Most texts
    skip the replacing, which would slow a large import's indexing: plain ASCII (as many bytes
    as characters, told without reading the text) and texts without any of those letters."""
    chain = column
    for ch, plain in REPLACEMENTS:
        chain = f"replace({chain}, {_quote(ch)}, {_quote(plain)})"
    return (f"CASE WHEN length(CAST({column} AS BLOB)) = length({column}) "
            f"OR {column} NOT GLOB '*[{_LETTERS}]*' THEN {column} ELSE {chain} END")


_FULL_WIDTH = str.maketrans({chr(cp): chr(cp + 0xFEE0) for cp in range(0x21, 0x7F)})


def index_words(word: str) -> tuple[str, ...]:
    """The forms of a folded word to look up in the index: itself and, for a word of ASCII
    letters and digits, the same in full width ("abc" -> "abc", "ａｂｃ")."""
    if word.isascii() and word.isalnum():
        return word, word.translate(_FULL_WIDTH)
    return (word,)


def _accent_folding() -> tuple[str, str]:
    """Letters with diacritics and the one plain ASCII letter they fold to, as two
    equal-length strings (for SQL ``translate()`` on PostgreSQL): é -> e, Ç -> c, ø -> o,
    ł -> l, ș -> s, ... ILIKE ignores the case; letters folding to two (ß, æ) are not here."""
    accented, plain = [], []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = fold(ch)
        if len(base) == 1 and base != ch.lower() and base.isascii() and base.isalpha():
            accented.append(ch)
            plain.append(base)
    return "".join(accented), "".join(plain)


ACCENTED, PLAIN = _accent_folding()
FOLD_ACCENTS = str.maketrans(ACCENTED, PLAIN)
