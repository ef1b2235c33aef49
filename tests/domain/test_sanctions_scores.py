"""The score of every name pair the matcher's rules explain (the module doc of
``domain/sanctions/matching.py``), one table row per pair: the party's name, the listed name,
the score expected (within 0.01), the verdict at the default threshold and words the ``why``
must say. Each pair is checked against an index holding only that listed name, so the score
is the pair's own. Run with ``-s`` to read the table with its scores."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from reseller_app.domain.sanctions.entries import ListedName, ListEntry, ListSource, PartyKind
from reseller_app.domain.sanctions.matching import (
    COUNTRY_FACTOR,
    DEFAULT_THRESHOLD,
    KIND_FACTOR,
    TYPO_PENALTY,
    NameIndex,
    Verdict,
    verdict,
)

CLEAR, POSSIBLE, MATCH = Verdict.CLEAR, Verdict.POSSIBLE_MATCH, Verdict.MATCH


@dataclass(frozen=True)
class Pair:
    rule: str
    party: str
    listed: str
    score: float
    verdict: Verdict
    why: tuple[str, ...] = ()
    country: str | None = None  # the party's
    kind: str | None = None  # the party's
    countries: tuple[str, ...] = ()  # the entry's
    weak: bool = False  # the list calls the listed name a weak alias
    aliases: tuple[str, ...] = field(default=())  # the entry's other names

    def entry(self) -> ListEntry:
        kind = PartyKind.PERSON if "," in self.listed else PartyKind.ORGANISATION
        names = (ListedName(self.listed, primary=True, weak=self.weak),
                 *(ListedName(a) for a in self.aliases))
        return ListEntry(ListSource.UN, "T.1", kind, names, countries=self.countries)


# Dice over weights (distinctive word 1, particle or initial 0.3, generic word 0.25, legal form
# 0.1), less 0.08 per typing error, times 0.9 for a contradicting country, 0.8 for a kind.
PAIRS = [
    # -- the same words: order, case, punctuation, script -----------------------------------
    Pair("same words", "Kim Jong Un", "KIM, Jong Un", 1.0, MATCH, ('"kim"', '"jong"', '"un"')),
    Pair("order free: 'LAST, First' = 'First Last'", "Jong Un Kim", "KIM, Jong Un", 1.0, MATCH),
    Pair("case and punctuation folded", "kim, JONG-un!", "KIM, Jong Un", 1.0, MATCH),
    Pair("transliteration: Cyrillic folded to Latin", "Роснефть", "ROSNEFT", 1.0, MATCH,
         ('"rosneft"',)),
    Pair("transliteration: the list's original script indexed", "Ким Чен Ын", "KIM, Jong Un",
         1.0, MATCH, ('"chen"',), aliases=("Ким Чен Ын",)),
    Pair("transliteration: right-to-left script against the original-script name",
         "\u200fشركة النور\u200f", "AL NOOR COMPANY", 1.0, MATCH, aliases=("شركة النور",)),
    Pair("transliteration: accents folded", "Müller Maschinenbau", "MULLER MASCHINENBAU", 1.0,
         MATCH),
    Pair("transliteration: another spelling of the same sounds (w/v)", "Wise Vertex",
         "VISE VERTEX", 1 - TYPO_PENALTY, POSSIBLE, ("spelled as another transliteration",)),
    Pair("transliteration: x/ks, counted as one error", "Rosoboroneksport", "ROSOBORONEXPORT",
         1 - TYPO_PENALTY, POSSIBLE, ('"rosoboroneksport" = "rosoboronexport"',
                                      "another transliteration")),
    Pair("transliteration: kh/h and doubled letters", "Khasan Nasrallah", "HASSAN NASRALLAH",
         1 - TYPO_PENALTY, POSSIBLE, ('"khasan" = "hassan" (spelled as another',)),
    Pair("transliteration: a soft c is not a k", "Kekoeks", "CECOEX", 0.0, CLEAR),
    # -- legal forms and generic words weigh little ----------------------------------------------
    Pair("legal form missing", "Acme Widgets", "ACME WIDGETS LTD", 4 / 4.1, POSSIBLE,
         ("listed words not in the party's name: ltd",)),
    Pair("legal form changed", "Acme Widgets GmbH", "ACME WIDGETS LTD", 4 / 4.2, POSSIBLE,
         ("not in the listed name: gmbh", "listed words not in the party's name: ltd")),
    Pair("legal forms and generic words alone never match", "ABC Trading Ltd",
         "XYZ TRADING LTD", 0.0, CLEAR),
    Pair("generic word missing", "Acme Trading", "ACME TRADING COMPANY", 2.5 / 2.6, POSSIBLE,
         ('common words, weighed little: "trading"', "company")),
    Pair("generic words missing: one distinctive word still carries it", "Acme",
         "ACME TRADING COMPANY", 2 / 2.35, POSSIBLE),
    Pair("a country's name in a company name weighs little", "Bank Melli Iran", "BANK MELLI",
         2.5 / 2.75, POSSIBLE, ('"melli"', '"bank"', "not in the listed name: iran")),
    Pair("a name of only common words is still a name", "International Trading Company",
         "INTERNATIONAL TRADING COMPANY", 1.0, MATCH),
    Pair("a particle missing weighs little", "Ayman Zawahiri", "AL-ZAWAHIRI, Ayman",
         4 / 4.3, POSSIBLE, ("listed words not in the party's name: al",)),
    Pair("a misspelt common word counts as that common word", "Khadzhi Agha", "HAJI AGHA",
         2.6 / 2.6 - TYPO_PENALTY, POSSIBLE, ('"khadzhi" = "haji"',)),
    # -- words run together or split -------------------------------------------------------------
    Pair("words run together", "SMILEPROPERTY", "SMILE PROPERTY LTD", 4 / 4.1, POSSIBLE,
         ('"smileproperty" = "smile property" (words joined or split)',)),
    Pair("a word split", "Smile Property", "SMILEPROPERTY LTD", 4 / 4.1, POSSIBLE,
         ("words joined or split",)),
    Pair("a legal form run into the name", "JSCARGUMENT", "JSC ARGUMENT", 1.0, POSSIBLE,
         ('"jscargument" = "jsc argument"',)),
    # -- typing errors ---------------------------------------------------------------------------
    Pair("one typing error: a letter replaced", "Kalashnikof Concern", "KALASHNIKOV CONCERN",
         1 - TYPO_PENALTY, POSSIBLE, ("1 typing error forgiven",)),
    Pair("one typing error: two neighbours swapped", "Kalahsnikov Concern",
         "KALASHNIKOV CONCERN", 1 - TYPO_PENALTY, POSSIBLE, ("1 typing error forgiven",)),
    Pair("two typing errors in a word of 9+ letters", "Promsyrioinpotr", "PROMSYRIOIMPORT",
         1 - 2 * TYPO_PENALTY, POSSIBLE, ("2 typing errors forgiven",)),
    Pair("one typing error in each of two words; a misspelt generic word weighs little",
         "Prometheux Indastries", "PROMETHEUS INDUSTRIES", 1 - 2 * TYPO_PENALTY, POSSIBLE,
         ('"prometheux" = "prometheus" (1 typing error', '"indastries" = "industries"')),
    Pair("two letters replaced apart, in a word of 9+ letters", "Kalishnikow Concern",
         "KALASHNIKOV CONCERN", 1 - 2 * TYPO_PENALTY, POSSIBLE, ("2 typing errors forgiven",)),
    Pair("three typing errors are too many", "Prmsyrioinpotr", "PROMSYRIOIMPORT", 0.0, CLEAR),
    Pair("two typing errors in a word under 9 letters are too many", "Zawaheru Ayman",
         "ZAWAHIRI, Ayman", 0.5, CLEAR, ("not in the listed name: zawaheru",)),
    Pair("transliteration: y/i", "Zawahyry Ayman", "ZAWAHIRI, Ayman", 1 - TYPO_PENALTY,
         POSSIBLE, ('"zawahyry" = "zawahiri" (spelled as another transliteration)',)),
    # -- short words strict ----------------------------------------------------------------------
    Pair("short words must be equal: Ali is not Alo", "Ali Hasan", "ALO HASAN", 0.5, CLEAR,
         ('"hasan"', "not in the listed name: ali", "not in the party's name: alo")),
    Pair("short words equal", "Ali Hasan", "ALI HASAN", 1.0, MATCH),
    # -- country and kind -----------------------------------------------------------------------
    Pair("country agrees", "Kim Jong Un", "KIM, Jong Un", 1.0, MATCH, ("KP agrees",),
         country="KP", countries=("KP",)),
    Pair("country contradicts: no sure match", "Kim Jong Un", "KIM, Jong Un", COUNTRY_FACTOR,
         POSSIBLE, ("FR differs from the entry's (KP): score lowered",), country="FR",
         countries=("KP",)),
    Pair("country contradicts a partial name: under the threshold", "Kim Jong", "KIM, Jong Un",
         4 / 5 * COUNTRY_FACTOR, CLEAR, ("FR differs",), country="FR", countries=("KP",)),
    Pair("the same partial name without a country: possible match", "Kim Jong",
         "KIM, Jong Un", 4 / 5, POSSIBLE, ("listed words not in the party's name: un",)),
    Pair("kind agrees", "Kim Jong Un", "KIM, Jong Un", 1.0, MATCH, ("both are a person",),
         kind="person"),
    Pair("kind contradicts: no sure match", "Kim Jong Un", "KIM, Jong Un", KIND_FACTOR,
         POSSIBLE, ("the party is an organisation, the entry a person",), kind="organisation"),
    Pair("a weak alias is never a sure match", "John Smith", "SMITH, John", 1.0, POSSIBLE,
         ("weak alias",), weak=True),
]


@pytest.mark.parametrize("pair", PAIRS, ids=[p.rule for p in PAIRS])
def test_score_of_each_pair(pair: Pair) -> None:
    index = NameIndex.build([pair.entry()])
    found = index.check(pair.party, country=pair.country, kind=pair.kind, threshold=0.0)
    score = found[0].score if found else 0.0
    why = found[0].why if found else ""
    print(f"{pair.party!r:32} ~ {pair.listed!r:32} {score:.3f} {pair.verdict.value:15} {why}")
    assert score == pytest.approx(pair.score, abs=0.01)
    at_default = index.check(pair.party, country=pair.country, kind=pair.kind)
    assert verdict(at_default, DEFAULT_THRESHOLD) is pair.verdict
    for words in pair.why:
        assert words in why


def test_the_table_covers_every_rule_of_the_docstring() -> None:
    rules = " ".join(p.rule for p in PAIRS)
    for rule in ("order", "transliteration", "legal form", "generic word", "run together",
                 "split", "one typing error", "two typing errors", "short words", "country",
                 "kind"):
        assert rule in rules, rule
