"""The one fold (domain/text_fold.py) on the letters people type without their accents."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reseller_app.domain import screening
from reseller_app.domain.text_fold import _UNSPLIT, fold

# (as stored, as folded)
CASES = [
    ("Søren Ørsted", "soren orsted"),
    ("Straße", "strasse"),
    ("STRAẞE", "strasse"),
    ("Æble Ærø", "aeble aero"),
    ("Łódź", "lodz"),
    ("İstanbul", "istanbul"),
    ("ıspanak", "ispanak"),
    ("Œuvre", "oeuvre"),
    ("Đoàn Văn", "doan van"),
    ("Ħamrun", "hamrun"),
    ("Åsa Ångström", "asa angstrom"),
    ("Écran école", "ecran ecole"),
    ("E\u0301cran e\u0301cole", "ecran ecole"),  # decomposed: letter + combining accent
    ("ＡＢＣ Ｔｒａｄｉｎｇ ２０２６", "abc trading 2026"),
    ("ﬁnance ﬂow", "finance flow"),
    ("Policía POLICÍA", "policia policia"),
    ("plain ASCII", "plain ascii"),
]


@pytest.mark.parametrize(("text", "folded"), CASES, ids=[c[1] for c in CASES])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(folded) == folded  # folding twice changes nothing


def test_screening_folds_with_the_one_fold() -> None:
    assert screening.fold is fold


@given(st.text())
@settings(max_examples=500, deadline=None)
def test_fold_drops_exactly_the_combining_marks(text):
    # Only the non-ASCII runs are looked at for marks: the same as testing every character.
    if text.isascii():
        expected = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNSPLIT))
        expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == expected
