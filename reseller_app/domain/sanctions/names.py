"""Names made comparable: one fold of any script to Latin words, and the words that say little.

A listed name and a customer's name are compared as lists of *tokens*: Unicode normalised,
transliterated to Latin with anyascii (ISC licence; Unidecode would be GPL), case and accents
folded with the app's :func:`~reseller_app.domain.text_fold.fold`, punctuation dropped. Dots and
apostrophes join ("S.A." is "sa", "O'Brien" is "obrien", "Rosneft'" is "rosneft"); every other
mark separates words ("KIM, Jong Un" is "kim jong un").

Text pasted from elsewhere carries characters nobody sees; they neither hide nor invent a word:
control characters (a tab, a line break, a NUL, an escape) separate words as a space does;
invisible format marks (right-to-left and left-to-right marks, bidi embeddings, overrides and
isolates, zero-width joiners, soft hyphens, a byte-order mark) are dropped, so that a name
written right to left ("\u200fشركة النور") or with a stray mark inside a word is the name
without them; a zero-width space separates words. Right-to-left scripts (Arabic, Hebrew,
Persian) are transliterated like any other, so they match the original-script names the UN
list gives.

Legal forms (Ltd, GmbH, OOO...) and generic words (Company, Trading, Group...) are kept but
weigh little: a name that shares only them with a listed name is not a match (the complaint
of watchman #597). Particles of personal names (al, bin, de, van...) weigh a little more.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from anyascii import anyascii

from reseller_app.domain.text_fold import fold

_JOINERS = re.compile(r"[.'’ʼ`´]")
_SEPARATORS = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b]")  # control characters, zero-width space


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Legal forms in the languages of the lists and of the resellers' customers, as they fold.
LEGAL_FORMS = _words("""
    ltd limited llc lllp llp lp plc inc incorporated corp corporation co company cos cia ciaa
    gmbh mbh ag kg kgaa ohg ug ev eg gbr se sa sas sasu sarl eurl eirl snc sca scs srl srls spa
    sapa sl slu slne sll bv nv vof cv bvba sprl asbl oy oyj ab publ as asa aps ks amba hf
    jsc ojsc cjsc pjsc ooo oao zao pao ao tov pp chp dp ip fzco fze fzc fzllc dmcc wll spc saog
    saoc psc pjs pvt pte pty sdn bhd tbk pt kk yk gk ltda lda eireli me epp ltee
    sp zoo sro spol doo dd ad ead eood kft zrt nyrt rt
""")

# Words many company names carry: they corroborate, they do not identify.
GENERIC_WORDS = _words("""
    the and of for in on at by to a an und et y e i u di da do dos das del der des den du la le
    les los las el il lo
    group groups holding holdings international intl global general trading trade traders
    company companies enterprise enterprises establishment est industries industry industrial
    industrie industria service services solutions solution systems system technologies
    technology tech import export imports exports impex commercial commerce investment
    investments capital partners partner associates management consulting consultants
    development engineering construction shipping logistics transport marine maritime
    bank banking finance financial insurance energy oil gas petroleum petrochemical
    corporation organisation organization association foundation fund center centre office
    agency institute national state public private united new
    gesellschaft handel handelsgesellschaft unternehmen societe societa sociedad sociedade
    compania companhia empresa entreprise comercial commerciale internacional internationale
    grupo groupe gruppe firma concern kontsern
""") - LEGAL_FORMS

# Country and region names, which many listed companies carry ("Bank Melli Iran", "Korea
# Myongnok Shipping"): the name of a country says where, not who.
PLACES = _words("""
    afghan afghanistan albania algeria arab arabia armenia asia azerbaijan belarus bosnia
    britain british burma myanmar cambodia china chinese congo crimea cuba cuban dubai egypt
    emirates eritrea ethiopia europe european germany gulf hongkong iran iranian iraq iraqi
    kazakhstan korea korean kosovo kyrgyzstan lebanon lebanese libya libyan mali moldova
    montenegro nicaragua pakistan persia persian russia russian saudi serbia somalia sudan syria
    syrian tajikistan turkey turkmenistan uganda ukraine uzbekistan venezuela yemen zimbabwe
    america american africa african panama colombia mexico ecuador
""")

# Particles and titles in personal names: common to thousands of names, so they weigh little.
PARTICLES = _words("""
    al el ul ad ar as ash at az bin ben ibn bint abu abd abdel abdul umm um ould
    de di da do dos van von der den ter le la du mac mc st
    mr mrs ms dr prof sheikh shaykh sheik haji hajji hadji mullah maulana mawlawi sayed sayyid
""") - LEGAL_FORMS - GENERIC_WORDS


class Strength(StrEnum):
    """How much one word says about who a party is."""

    LEGAL_FORM = "legal_form"
    GENERIC = "generic"
    PARTICLE = "particle"
    STRONG = "strong"


WEIGHT = {Strength.LEGAL_FORM: 0.1, Strength.GENERIC: 0.25, Strength.PARTICLE: 0.3,
          Strength.STRONG: 1.0}


def strength(token: str) -> Strength:
    if token in LEGAL_FORMS:
        return Strength.LEGAL_FORM
    if token in GENERIC_WORDS or token in PLACES:
        return Strength.GENERIC
    if token in PARTICLES or (len(token) == 1 and token.isalpha()):
        return Strength.PARTICLE  # initials say little on their own
    return Strength.STRONG


def latin(text: str) -> str:
    """``text`` in Latin letters: Cyrillic, Arabic, CJK... transliterated, compatibility forms
    (full width, ligatures) written plainly, invisible format marks dropped (see the module's
    doc)."""
    text = unicodedata.normalize("NFKC", _SPACES.sub(" ", text))
    if not text.isascii():
        # fold first so that ß, ø, ł... take the app's usual spelling, then anyascii for the rest
        text = anyascii(fold(text))
    return text


def tokens(text: str) -> tuple[str, ...]:
    """The words of a name, folded for comparing: ``tokens("KIM, Jong-Un")`` is
    ``("kim", "jong", "un")``; ``tokens("ООО «Роснефть»")`` is ``("ooo", "rosneft")``."""
    folded = latin(text).lower()
    folded = _JOINERS.sub("", folded)
    return tuple(w for w in _SEPARATORS.split(folded) if w)


def party_key(name: str, country: str | None = None) -> str:
    """What identifies a party for a review: its name's tokens in order of the alphabet (so
    "KIM, Jong Un" and "Jong Un Kim" are one party) and its country. A change of either is a
    new party, which alerts again."""
    return " ".join(sorted(tokens(name))) + "|" + (country or "").upper()
