"""The one fold (domain/text_fold.py) on the letters people type without their accents."""

from __future__ import annotations

import pytest

from reseller_app.domain import screening
from reseller_app.domain.text_fold import fold

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
