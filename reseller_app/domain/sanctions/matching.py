"""The name matcher: a party's name checked against every name of the imported lists.

How a score is made (and explained in :attr:`Match.why`):

1. Both names become folded Latin tokens (:mod:`.names`): any script transliterated, case,
   accents and punctuation ignored. Word order is ignored, so "KIM, Jong Un" is "Kim Jong Un".
2. Each word of the listed name is paired with a word of the party's name: equal, or equal but
   for one typing error (words of 5+ letters; two in words of 9+ letters; a letter replaced,
   added or dropped, or two neighbours swapped, each count as one), or spelled as another
   transliteration of the same sounds (words of 4+ letters: "Wise" = "Vise", "Khasan" =
   "Hassan", "Eksport" = "Export"; see :func:`sound`; counted as one typing error), or two
   neighbouring words joined ("SMILE PROPERTY" = "SMILEPROPERTY", "JSC ARGUMENT" =
   "JSCARGUMENT"). Words shorter than that must be equal: "Ali" and "Alo" are two people.
3. Each word weighs by what it says about identity: 1 for a distinctive word, 0.3 for name
   particles and initials (al, bin, de, van, "J."), 0.25 for generic words (Company, Trading,
   Group, Bank...), 0.1 for legal forms (Ltd, GmbH, OOO...). The score is the weighted share of
   both names that is paired (a Dice coefficient), less 0.08 per typing error forgiven, so it
   runs 0..1. A pairing with no distinctive word in common scores 0: legal forms and generic
   words alone never make a match ("ABC Trading Ltd" vs "XYZ Trading Ltd" is clear).
4. Country and kind: a country the entry names that the party's is not, or a person checked
   against an organisation (or the other way round), takes 10% (country) or 20% (kind) off; an
   agreeing country or kind is said in the explanation.

Verdict (:func:`verdict`): ``match`` when a listed name equals the party's name word for word
after folding (order free, nothing forgiven, nothing missing) and neither country nor kind
contradicts it and the list does not call the name a weak alias; ``possible_match`` when any
name scores at or above the threshold (the criteria pack's; :data:`DEFAULT_THRESHOLD` here);
``clear`` otherwise. A name with nothing to compare (empty, spaces or punctuation only) has no
verdict: :class:`NameEmpty` says so, as :class:`NameTooLong` does for a text longer than a name.

Speed: an inverted index from each word (and each pair of neighbouring words joined) to the
names holding it, and an index of every word with one letter deleted (two, in words of 9+
letters) and of its sound key, for the typing errors and spellings (sorted keys in one
compact array, 4 bytes a key). A listed name keeps only its words (as numbers into one
vocabulary) and its text (UTF-8 in one byte array), in parallel arrays, as do the entries; the
words' weights and the joined pairs are worked out again for the few names a check scores (the
OFAC + UN index takes some 14 MB of Python objects, 18 MB of the process's resident size;
``bench/run.py``'s ``parties memory:`` line measures the whole app building it from the
database).
Only names sharing a distinctive word with the query are scored; a cheap bound drops those that
cannot reach the threshold before the pairing.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz.distance import OSA

from reseller_app.domain.sanctions.entries import ListEntry, ListSource, PartyKind
from reseller_app.domain.sanctions.names import WEIGHT, Strength, strength, tokens
from reseller_app.domain.sanctions.thresholds import DEFAULT_THRESHOLD
from reseller_app.domain.texts import t

__all__ = ["DEFAULT_THRESHOLD", "IndexRow", "Match", "NameEmpty", "NameIndex", "NameNotCheckable",
           "NameTooLong", "Verdict", "verdict"]

TYPO_PENALTY = 0.08  # per letter forgiven: an exact match always outranks a forgiven one
COUNTRY_FACTOR = 0.9
KIND_FACTOR = 0.8
MIN_FUZZY_LEN = 5  # shorter words must be equal: "Ali" and "Alo" are different people
TWO_TYPOS_LEN = 9
SOUND_LEN = 4  # shorter words are compared letter for letter, even when they sound alike
MAX_FUZZY_LEN = 40  # longer "words" (a hash, a run of letters) are only compared equal
MAX_NAME_LENGTH = 1000  # characters; no party's name is longer, a longer text is not a name


class NameNotCheckable(ValueError):
    """A text that cannot be checked as a party's name; the message says why, in words, in
    one line (``check-party`` prints it and exits 2; the window shows it at the name)."""


class NameTooLong(NameNotCheckable):
    """The text checked is too long to be a party's name (a pasted document, a 10 MB file)."""


class NameEmpty(NameNotCheckable):
    """The text holds no letter or digit in any script (empty, spaces, punctuation or
    invisible marks only): there is nothing to check, and "clear" would claim a check that
    was not made."""


_A_KIND = {PartyKind.PERSON: "a person", PartyKind.ORGANISATION: "an organisation"}


class Verdict(StrEnum):
    CLEAR = "clear"
    POSSIBLE_MATCH = "possible_match"
    MATCH = "match"


@dataclass(frozen=True, slots=True)
class Match:
    """One listed entry that resembles the party checked, with the name that resembles it
    most and why."""

    source: ListSource
    entry_id: str
    listed_name: str  # the entry's primary name
    matched_name: str  # which of its names matched, as the list writes it
    score: float  # 0..1
    why: str  # in plain words: which words matched which, what was discounted
    exact: bool  # every word equal, nothing missing on either side
    contradicted: bool  # the country or the kind given disagrees with the entry
    weak_alias: bool  # the list itself calls the matched name a weak alias

    def as_json(self) -> dict[str, object]:
        """The match as ``check-party`` prints it."""
        return {"source": self.source.value, "entry_id": self.entry_id,
                "listed_name": self.listed_name, "matched_name": self.matched_name,
                "score": self.score, "why": self.why}


def verdict(matches: Sequence[Match], threshold: float = DEFAULT_THRESHOLD) -> Verdict:
    """The verdict on one party from its matches (see the module's doc for the rule)."""
    if any(m.exact and not m.contradicted and not m.weak_alias for m in matches):
        return Verdict.MATCH
    if any(m.score >= threshold for m in matches):
        return Verdict.POSSIBLE_MATCH
    return Verdict.CLEAR


def allowed_typos(word: str) -> int:
    if len(word) > MAX_FUZZY_LEN:
        return 0
    if len(word) >= TWO_TYPOS_LEN:
        return 2
    return 1 if len(word) >= MIN_FUZZY_LEN else 0


_MAX_WORD_BITS = 24  # up to 16 million distinct words
# A key of the word index: the variant's hash (high bits) and the word's number (as many low
# bits as the number of words needs), 48 bits in all. Its top bits pick a bucket in a table of
# where each bucket starts, so only its low 32 bits are stored: 4 bytes a key, not 8 (some
# 3 MB less for the OFAC + UN lists). A hash shared by chance only gives a word too many, which
# the edit distance or the sound key then rejects.
_KEY_BITS = 48
_BUCKET_BITS = 16
_BUCKET_SHIFT = _KEY_BITS - _BUCKET_BITS
_LOW_MASK = (1 << _BUCKET_SHIFT) - 1


def _variant_hash(variant: str, word_bits: int) -> int:
    # stable within the process, which is all it must be
    return hash(variant) & ((1 << (_KEY_BITS - word_bits)) - 1)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _deletions_upto(word: str, count: int) -> set[str]:
    """``word`` with one letter deleted, and with two when ``count`` is 2."""
    once = _deletions(word)
    if count < 2:
        return once
    return once.union(*(_deletions(v) for v in once))


# The spellings that transliterations of one name differ by (English, French, German, Russian
# and Arabic conventions of writing the same sounds in Latin letters), made one.
_SOUNDS = [(re.compile(pattern), into) for pattern, into in (
    (r"(.)\1+", r"\1"),  # Hassan, Hasan; Najjar, Najar
    (r"dzh|dj", "j"), (r"kh", "h"), (r"ph", "f"), (r"ck|q|c(?=[aoukrl]|$)", "k"),
    (r"ks|cs", "x"), (r"w", "v"), (r"ou|oo", "u"), (r"ee", "i"), (r"y", "i"), (r"c", "s"),
    (r"(.)\1+", r"\1"),
)]


def sound(word: str) -> str:
    """``word``'s sound key: "kasim" and "qasim", "hassan" and "khasan", "vise" and "wise",
    "rosoboronexport" and "rosoboroneksport" share one (a "c" before e, i, y is read "s":
    "Cecoex" and "Kekoeks" do not). Only to pair words, never shown."""
    for pattern, into in _SOUNDS:
        word = pattern.sub(into, word)
    return word


_WEAK_MOST = max(WEIGHT[k] for k in Strength if k is not Strength.STRONG)
_SOUND_MARK = "\x00"  # a sound key in the key array, told apart from a word less some letters


class _Unit(NamedTuple):
    """A word of a name, or two neighbouring words joined; ``first``/``last`` are word
    positions."""

    text: str
    first: int
    last: int


class IndexRow(NamedTuple):
    """What the index takes of one entry: its primary name, its names as (text, weak alias)
    pairs in the list's order, and its countries. The store gives these without making a
    :class:`ListEntry`."""

    source: str
    entry_id: str
    kind: str
    primary_name: str
    names: Sequence[tuple[str, bool]]
    countries: Sequence[str]


class _Entry(NamedTuple):
    """What a check shows of a listed entry (its remarks, dates of birth and programmes are in
    the list version stored: the index keeps only what a match says)."""

    source: ListSource
    entry_id: str
    kind: PartyKind
    primary_name: str
    countries: tuple[str, ...]


_SOURCES = tuple(ListSource)
_KINDS = tuple(PartyKind)


def _row(entry: ListEntry) -> IndexRow:
    return IndexRow(entry.source, entry.entry_id, entry.kind, entry.primary_name,
                    [(n.text, n.weak) for n in entry.names], entry.countries)


@dataclass(frozen=True, slots=True)
class _Name:
    """A listed name as scored: its words (kept once for all the names holding them:
    "mohammed") and their total weight; the rest is worked out when it is scored. The index
    keeps these in parallel arrays and makes one only for a name it scores."""

    entry: int  # the entry's number in the NameIndex
    text: int  # its number in the NameIndex's texts: read only for a match
    weak_alias: bool
    words: tuple[str, ...]
    total: float


def _bucket_sort(keys: Callable[[], Iterator[int]]) -> tuple[array, array]:
    """The keys ``keys()`` gives, sorted, and where each bucket of them (by their top bits)
    starts, so that a look-up searches a dozen keys, not a million. Made in two passes over
    ``keys()`` and sorted bucket by bucket: ``sorted()`` of them all would hold every key as a
    Python number at once (some 30 MB for the OFAC + UN lists)."""
    starts = array("I", [0]) * ((1 << _BUCKET_BITS) + 1)
    for key in keys():
        starts[(key >> _BUCKET_SHIFT) + 1] += 1
    for bucket in range(1 << _BUCKET_BITS):
        starts[bucket + 1] += starts[bucket]
    placed = array("I", [0]) * starts[-1]
    free = array("I", starts)
    for key in keys():
        bucket = key >> _BUCKET_SHIFT
        placed[free[bucket]] = key & _LOW_MASK
        free[bucket] += 1
    del free
    for bucket in range(1 << _BUCKET_BITS):
        low, high = starts[bucket], starts[bucket + 1]
        if high - low > 1:
            placed[low:high] = array("I", sorted(placed[low:high]))
    return placed, starts


_Posting = int | tuple[int, ...]  # the names holding a word: one name's number, or several


def _post(postings: dict[str, int | list[int]], word: str, name_no: int) -> None:
    """Add name ``name_no`` to the names holding ``word``: most words are in one name, kept as
    its number (a list per word would take some 5 MB more for the OFAC + UN lists, even for
    the time the index is built)."""
    held = postings.get(word)
    if held is None:
        postings[word] = name_no
    elif isinstance(held, int):
        if held != name_no:
            postings[word] = [held, name_no]
    elif held[-1] != name_no:
        held.append(name_no)


def _compact(postings: dict[str, int | list[int]]) -> None:
    """Postings made final, in place: the lists of several names become tuples."""
    for word, names in postings.items():
        if isinstance(names, list):
            postings[word] = tuple(names)  # type: ignore[assignment]


def _names_in(posting: _Posting | None) -> tuple[int, ...]:
    if posting is None:
        return ()
    return (posting,) if isinstance(posting, int) else posting


def _weigh(words: Sequence[str]) -> tuple[tuple[float, ...], tuple[bool, ...]]:
    kinds = [strength(w) for w in words]
    if not any(k is Strength.STRONG for k in kinds):
        # a name made only of common words ("International Trading Company") is still a name:
        # its words must then carry it
        return tuple(1.0 for _ in words), tuple(True for _ in words)
    return (tuple(WEIGHT[k] for k in kinds), tuple(k is Strength.STRONG for k in kinds))


def _units(words: Sequence[str]) -> list[_Unit]:
    units = [_Unit(w, i, i) for i, w in enumerate(words)]
    units += [_Unit(words[i] + words[i + 1], i, i + 1) for i in range(len(words) - 1)]
    return units


class NameIndex:
    """Every name of a set of list entries, ready to be checked against."""

    def __init__(self) -> None:
        # the entries, in parallel arrays (an object per entry would take some 1 MB more): their
        # source and kind (numbers into _SOURCES and _KINDS), their own ids, their primary
        # names (in _texts) and their countries (one tuple shared by the entries naming the same)
        self._entry_source = bytearray()
        self._entry_kind = bytearray()
        self._entry_id: list[str] = []
        self._entry_primary = array("i")
        self._entry_countries: list[tuple[str, ...]] = []
        # the texts of the names and the primary names, as UTF-8 one after the other, text n from
        # _text_at[n] (a str per name would take some 1.5 MB more)
        self._texts = bytearray()
        self._text_at = array("I", [0])
        # the listed names, in parallel arrays (an object per name would take some 3 MB more for
        # the OFAC + UN lists): its entry's number, its text, whether the list calls it a weak
        # alias, its words and their total weight. The words are numbers into _vocabulary, all
        # names' one after the other, name n's from _name_word_at[n] (a tuple of words per name
        # would take some 2 MB more).
        self._name_entry = array("i")
        self._name_text = array("i")  # the name's text: its number in _texts
        self._name_weak = bytearray()
        self._name_total = array("d")
        self._vocabulary: list[str] = []
        self._word_numbers: dict[str, int] = {}  # word -> its number, while building
        self._name_word_at = array("i", [0])
        self._name_word = array("i")
        self._countries: dict[tuple[str, ...], tuple[str, ...]] = {}  # shared between entries
        self._postings: dict[str, _Posting] = {}  # distinctive word -> names
        # two neighbouring words joined (one of them distinctive) -> names
        self._join_postings: dict[str, _Posting] = {}
        # every indexed word with one letter deleted (two, in long single words), and its sound
        # key, as one sorted array of 64-bit keys: the variant's hash (high bits) and the number
        # of the word in _fuzzy_words (low bits). A dict of 760,000 strings would take some
        # 100 MB for the OFAC + UN lists.
        self._fuzzy_words: list[str] = []
        self._deletion_keys = array("I")
        self._bucket_starts = array("I")  # made with the keys
        self._word_bits = 1  # of a key: those for the word's number
        # two neighbouring words joined, both common words (which find no name); the others are
        # the keys of _join_postings
        self._weak_joins: set[str] = set()
        # the common words of listed names (legal forms, generic words, particles): never used
        # to find a name, but a party's "Khadzhi" is still paired with a listed "Haji"
        self._weak_words: set[str] = set()
        # ... of 4+ letters (which a party's word may misspell) -> the names holding them: not to
        # find names, only to bound the score of names found through other words
        self._weak_postings: dict[str, _Posting] = {}

    @classmethod
    def build(cls, entries: Iterable[ListEntry]) -> NameIndex:
        return cls.build_from_rows(_row(entry) for entry in entries)

    @classmethod
    def build_from_rows(cls, rows: Iterable[IndexRow]) -> NameIndex:
        """The index of entries given as :class:`IndexRow` (as the store reads them: lighter
        than whole :class:`ListEntry` values)."""
        index = cls()
        for row in rows:
            index._add(row)
        index._countries.clear()
        index._word_numbers = {}
        for postings in (index._postings, index._join_postings, index._weak_postings):
            _compact(postings)  # type: ignore[arg-type]
        # made without a set of all the words: that would take some 4 MB more while building
        fuzzy = [w for w in index._postings if len(w) >= SOUND_LEN and w.isalpha()]
        fuzzy += [w for w in index._join_postings
                  if len(w) >= SOUND_LEN and w.isalpha() and w not in index._postings]
        fuzzy += [w for w in index._weak_words
                  if len(w) >= SOUND_LEN and w.isalpha() and w not in index._postings
                  and w not in index._join_postings]
        fuzzy.sort()
        index._fuzzy_words = fuzzy
        index._word_bits = max(1, len(index._fuzzy_words).bit_length())
        if index._word_bits > _MAX_WORD_BITS:
            raise ValueError(t("The sanctions lists hold too many distinct words for the "
                               "name index; import fewer lists."))
        index._deletion_keys, index._bucket_starts = _bucket_sort(index._keys)
        return index

    def _is_join(self, word: str) -> bool:
        """Whether ``word`` is two neighbouring words of some listed name, joined."""
        return word in self._join_postings or word in self._weak_joins

    def _keys(self) -> Iterator[int]:
        """The keys of the word index: each indexed word's sound key, and the word with one
        letter deleted (two, in single words of 9+ letters), hashed, with the word's number."""
        bits = self._word_bits
        for number, word in enumerate(self._fuzzy_words):
            yield _variant_hash(_SOUND_MARK + sound(word), bits) << bits | number
            if len(word) >= MIN_FUZZY_LEN:
                # two letters deleted only from single words: a joined pair is two words,
                # each forgiven its own typing error where it is listed apart
                deleted = 1 if self._is_join(word) and word not in self._postings else 2
                for variant in _deletions_upto(word, min(deleted, allowed_typos(word))):
                    yield _variant_hash(variant, bits) << bits | number

    def _words_less_letters(self, variants: Iterable[str], into: set[str]) -> None:
        """Add to ``into`` the indexed words that, a letter or two deleted (or made their sound
        key), may be one of ``variants`` (a hash collision gives a word too many, which the
        edit distance then rejects)."""
        keys, starts, words = self._deletion_keys, self._bucket_starts, self._fuzzy_words
        if not keys:
            return  # no word to find (or the index not built)
        bits = self._word_bits
        number_mask = (1 << bits) - 1
        for variant in variants:
            key = _variant_hash(variant, bits) << bits
            bucket = key >> _BUCKET_SHIFT
            low = key & _LOW_MASK
            wanted = low >> bits
            end = starts[bucket + 1]
            i = bisect_left(keys, low, starts[bucket], end)
            while i < end and keys[i] >> bits == wanted:
                into.add(words[keys[i] & number_mask])
                i += 1

    def _add(self, row: IndexRow) -> None:
        entry_no = len(self._entry_id)
        source, entry_id, kind, primary_name, names, countries = row  # a plain tuple will do
        countries = tuple(sys.intern(c) for c in countries)
        countries = self._countries.setdefault(countries, countries)
        self._entry_source.append(_SOURCES.index(ListSource(source)))
        self._entry_kind.append(_KINDS.index(PartyKind(kind)))
        self._entry_id.append(entry_id)
        primary_no = self._add_text(primary_name)
        self._entry_primary.append(primary_no)
        self._entry_countries.append(countries)
        seen: set[tuple[str, ...]] = set()
        for text, weak in names:
            # each word kept once for all the names holding it ("mohammed"); not with
            # sys.intern, whose table would keep growing with the process
            numbers = [self._word_number(w) for w in tokens(text)]
            words = tuple(self._vocabulary[n] for n in numbers)
            key = tuple(sorted(words))
            if not words or key in seen:  # "KIM, Jong Un" and "Kim Jong Un" are one name
                continue
            seen.add(key)
            weights, strong = _weigh(words)
            name_no = len(self._name_weak)
            units = _units(words)
            self._name_entry.append(entry_no)
            self._name_text.append(primary_no if text == primary_name else self._add_text(text))
            self._name_weak.append(bool(weak))
            self._name_total.append(sum(weights))
            self._name_word.extend(numbers)
            self._name_word_at.append(len(self._name_word))
            for unit in units:
                if not (strong[unit.first] or strong[unit.last]):
                    # "S.A. DE C.V." joined ("sade", "decv") would find thousands
                    (self._weak_joins if unit.first != unit.last else self._weak_words).add(
                        unit.text)
                    if unit.first == unit.last and len(unit.text) >= SOUND_LEN:
                        _post(self._weak_postings, unit.text, name_no)  # type: ignore[arg-type]
                    continue
                _post(self._join_postings if unit.first != unit.last else self._postings,
                      unit.text, name_no)  # type: ignore[arg-type]

    def _add_text(self, text: str) -> int:
        self._texts += text.encode("utf-8", "surrogatepass")
        self._text_at.append(len(self._texts))
        return len(self._text_at) - 2

    def _text(self, number: int) -> str:
        return self._texts[self._text_at[number]:self._text_at[number + 1]].decode(
            "utf-8", "surrogatepass")

    def _entry(self, entry_no: int) -> _Entry:
        """What a check shows of entry ``entry_no``."""
        return _Entry(_SOURCES[self._entry_source[entry_no]], self._entry_id[entry_no],
                      _KINDS[self._entry_kind[entry_no]],
                      self._text(self._entry_primary[entry_no]), self._entry_countries[entry_no])

    def _word_number(self, word: str) -> int:
        number = self._word_numbers.get(word)
        if number is None:
            number = self._word_numbers[word] = len(self._vocabulary)
            self._vocabulary.append(word)
        return number

    def _name(self, name_no: int) -> _Name:
        at = self._name_word_at
        numbers = self._name_word[at[name_no]:at[name_no + 1]]
        words = tuple(map(self._vocabulary.__getitem__, numbers))
        return _Name(self._name_entry[name_no], self._name_text[name_no],
                     bool(self._name_weak[name_no]), words, self._name_total[name_no])

    @property
    def name_count(self) -> int:
        return len(self._name_weak)

    @property
    def entry_count(self) -> int:
        return len(self._entry_id)

    # -- checking --------------------------------------------------------------------------------
    def _similar(self, word: str, joined: bool = False) -> tuple[dict[str, int], frozenset[str]]:
        """Indexed words equal to ``word``, within its allowed typing errors, or spelled as
        another transliteration of it: word -> edits; and which of them are such spellings.
        Two words ``joined`` are searched with a letter deleted, not two (as they are indexed):
        each word is forgiven its own typing error where it is searched alone."""
        found: dict[str, int] = {}
        if word in self._postings or word in self._weak_words or self._is_join(word):
            found[word] = 0
        if len(word) < SOUND_LEN or len(word) > MAX_FUZZY_LEN or not word.isalpha():
            return found, frozenset()
        key = sound(word)
        spellings: set[str] = set()
        self._words_less_letters((_SOUND_MARK + key,), spellings)
        spellings = {other for other in spellings if other not in found and sound(other) == key}
        limit = allowed_typos(word)
        if limit:
            candidates: set[str] = set()
            # both sides less 0..2 letters
            variants = _deletions_upto(word, 1 if joined else limit) | {word}
            self._words_less_letters(variants, candidates)
            candidates.update(v for v in variants
                              if v in self._postings or v in self._join_postings)
            for other in candidates:
                if other in found:
                    continue
                allowed = min(limit, allowed_typos(other))
                distance = OSA.distance(word, other, score_cutoff=allowed)
                if distance <= allowed and (distance <= 1 or other not in spellings):
                    found[other] = distance
                    spellings.discard(other)  # one typing error says it as well
        for other in spellings:
            found[other] = 1
        return found, frozenset(spellings)

    def check(self, name: str, *, country: str | None = None,
              kind: PartyKind | str | None = None,
              threshold: float = DEFAULT_THRESHOLD) -> list[Match]:
        """The listed entries whose names score at least ``threshold`` against ``name``, best
        first, one per entry (its best-scoring name). Raises :class:`NameTooLong` for a text of
        more than :data:`MAX_NAME_LENGTH` characters, :class:`NameEmpty` for one with no letter
        or digit."""
        if len(name) > MAX_NAME_LENGTH:
            raise NameTooLong(t(
                "The name is {length} characters long, longer than any party's name (at most "
                "{limit}): enter the party's name, not a text or a file.",
                length=f"{len(name):,}", limit=f"{MAX_NAME_LENGTH:,}"))
        words = tokens(name)
        if not words:
            raise NameEmpty(t(
                "The name is empty or holds only spaces, punctuation or invisible characters: "
                "there is nothing to check against the sanctions lists."))
        weights, strong = _weigh(words)
        total = sum(weights)
        units = _units(words)
        similar: list[dict[str, int]] = []
        spelled: list[frozenset[str]] = []
        reach: dict[int, int] = defaultdict(int)  # name -> bit mask of query words it holds
        split: set[int] = set()  # names holding as two words what may be one word of the query
        # query words that may pair with two common words of any name (a listed "company ltd"
        # for "companyltd"): counted in every name's bound. (A word pairing with one listed
        # common word, "khadzhi" with "haji", counts as that word: the bound allows for it.)
        free = 0
        # names holding a common word that a distinctive word of the query may misspell
        # ("industries" for "indastries"): that query word may then weigh as little
        lighten: dict[int, int] = {}
        for unit in units:
            if strong[unit.first] or strong[unit.last]:
                hits, spellings = self._similar(unit.text, unit.first != unit.last)
            else:
                # weak words pair only when equal, never find a name
                hits, spellings = {unit.text: 0}, frozenset()
            similar.append(hits)
            spelled.append(spellings)
            if not (strong[unit.first] or strong[unit.last]):
                continue
            mask = (1 << (unit.last + 1)) - (1 << unit.first)
            for word in hits:
                for name_no in _names_in(self._postings.get(word)):
                    reach[name_no] |= mask
                if word in self._join_postings:
                    posting = _names_in(self._join_postings.get(word))
                    for name_no in posting:
                        reach[name_no] |= mask
                    split.update(posting)
                if word in self._weak_joins:
                    free |= mask
                if hits[word] and word in self._weak_postings and unit.first == unit.last:
                    for name_no in _names_in(self._weak_postings[word]):
                        lighten[name_no] = lighten.get(name_no, 0) | mask
        weak_total = total - sum(w for w, s in zip(weights, strong, strict=True) if s)
        gains: dict[int, float] = {}
        best: dict[int, tuple[float, Match]] = {}
        for name_no, mask in reach.items():
            listed_total = self._name_total[name_no]
            mask |= free
            gain = gains.get(mask)
            if gain is None:
                gain = gains[mask] = weak_total + sum(
                    w for i, (w, s) in enumerate(zip(weights, strong, strict=True))
                    if s and mask >> i & 1)
            # a bound: the query words this name holds, paired with at most as much weight of
            # the listed name (each listed word pairs with words of at least its weight, unless
            # one query word pairs with two listed words: those names are always scored)
            light = lighten.get(name_no, 0) & ~mask if lighten else 0
            if light:  # those words paired with a common word, each as light as that word
                bits = [i for i in range(len(words)) if light >> i & 1 and strong[i]]
                more = _WEAK_MOST * len(bits)
                cut = sum(weights[i] - _WEAK_MOST for i in bits)
                bound = (gain + more + min(listed_total, gain + more)) / (
                    total - cut + listed_total)
            else:
                bound = (gain + min(listed_total, gain)) / (total + listed_total)
            if bound < threshold and name_no not in split:
                continue
            listed = self._name(name_no)
            match = self._score(listed, words, weights, strong, units, similar, spelled,
                                country, kind, threshold)
            if match is None or match.score < threshold:
                continue
            held = best.get(listed.entry)
            if held is None or match.score > held[0]:
                best[listed.entry] = (match.score, match)
        return sorted((m for _, m in best.values()), key=lambda m: (-m.score, m.entry_id))

    def _score(self, listed: _Name, words: tuple[str, ...], weights: tuple[float, ...],
               strong: tuple[bool, ...], units: list[_Unit], similar: list[dict[str, int]],
               spelled: list[frozenset[str]],
               country: str | None, kind: PartyKind | str | None,
               threshold: float) -> Match | None:
        pairs: list[tuple[int, int, int, _Unit, _Unit]] = []  # (edits, size, order, query, listed)
        l_weights, l_strong = _weigh(listed.words)
        l_units = _units(listed.words)
        for q_no, q_unit in enumerate(units):
            hits = similar[q_no]
            for l_unit in l_units:
                edits = hits.get(l_unit.text)
                if edits is None:
                    continue
                size = (q_unit.last - q_unit.first) + (l_unit.last - l_unit.first)
                if size == 2:
                    continue  # two joined pairs: the same as their words paired one by one
                pairs.append((edits, size, q_no, q_unit, l_unit))
        # equal words first, then joins; of two equal pairings, the one in the same place
        # ("BANCODE VENEZUELA SA BANCO" pairs its "banco" with the listed name's second one)
        pairs.sort(key=lambda p: (p[0], p[1], abs(p[3].first - p[4].first), p[2]))
        q_used: set[int] = set()
        l_used: set[int] = set()
        q_weight = l_weight = lighter = 0.0
        edits_total = 0
        any_strong = False
        paired: list[tuple[int, int, _Unit, _Unit, bool]] = []
        for edits, _size, q_no, q_unit, l_unit in pairs:
            q_span = range(q_unit.first, q_unit.last + 1)
            l_span = range(l_unit.first, l_unit.last + 1)
            if any(i in q_used for i in q_span) or any(i in l_used for i in l_span):
                continue
            q_used.update(q_span)
            l_used.update(l_span)
            q_w = sum(weights[i] for i in q_span)
            l_w = sum(l_weights[i] for i in l_span)
            is_strong = any(strong[i] for i in q_span) or any(l_strong[i] for i in l_span)
            if edits and not any(l_strong[i] for i in l_span):
                # a listed common word misspelt ("Khadzhi" for "Haji") is that common word
                lighter += q_w - l_w
                q_w, is_strong = l_w, False
            q_weight += q_w
            l_weight += l_w
            edits_total += edits
            any_strong |= is_strong
            paired.append((edits, q_no, q_unit, l_unit, is_strong))
        if not any_strong:
            return None
        total = sum(weights) - lighter + listed.total
        score = (q_weight + l_weight) / total - TYPO_PENALTY * edits_total
        exact = (edits_total == 0 and len(q_used) == len(words)
                 and len(l_used) == len(listed.words)
                 and sorted(words) == sorted(listed.words))
        if exact:
            score = 1.0
        if score < threshold:  # country and kind only lower it: not worth explaining
            return None
        said: list[str] = []
        discounted: list[str] = []
        for edits, q_no, q_unit, l_unit, is_strong in paired:
            q_text = " ".join(words[q_unit.first:q_unit.last + 1])
            l_text = " ".join(listed.words[l_unit.first:l_unit.last + 1])
            if not is_strong:  # a common word, perhaps misspelt: "khadzhi" = "haji"
                discounted.append(f'"{q_text}"' if q_text == l_text
                                  else f'"{q_text}" = "{l_text}"')
            elif l_unit.text in spelled[q_no]:
                said.append(f'"{q_text}" = "{l_text}" (spelled as another transliteration)')
            elif edits:
                said.append(f'"{q_text}" = "{l_text}" ({edits} typing error'
                            f'{"s" if edits > 1 else ""} forgiven)')
            elif q_unit.first != q_unit.last or l_unit.first != l_unit.last:
                said.append(f'"{q_text}" = "{l_text}" (words joined or split)')
            else:
                said.append(f'"{q_text}"')
        why = [f"words matched: {', '.join(said)}"]
        if discounted:
            why.append(f"common words, weighed little: {', '.join(discounted)}")
        missing_q = [words[i] for i in range(len(words)) if i not in q_used]
        missing_l = [listed.words[i] for i in range(len(listed.words)) if i not in l_used]
        if missing_q:
            why.append(f"not in the listed name: {' '.join(missing_q)}")
        if missing_l:
            why.append(f"listed words not in the party's name: {' '.join(missing_l)}")
        entry = self._entry(listed.entry)
        contradicted = False
        if country and entry.countries:
            code = country.strip().upper()
            if code in entry.countries:
                why.append(f"country {code} agrees with the entry")
            else:
                contradicted = True
                score *= COUNTRY_FACTOR
                why.append(f"country {code} differs from the entry's "
                           f"({', '.join(entry.countries)}): score lowered")
        if kind and entry.kind in (PartyKind.PERSON, PartyKind.ORGANISATION):
            if PartyKind(kind) == entry.kind:
                why.append(f"both are {_A_KIND[entry.kind]}")
            elif PartyKind(kind) in (PartyKind.PERSON, PartyKind.ORGANISATION):
                contradicted = True
                score *= KIND_FACTOR
                why.append(f"the party is {_A_KIND[PartyKind(kind)]}, the entry "
                           f"{_A_KIND[entry.kind]}: score lowered")
        if listed.weak_alias:
            why.append("the list calls this name a weak alias")
        score = max(0.0, min(1.0, score))
        return Match(source=entry.source, entry_id=entry.entry_id, listed_name=entry.primary_name,
                     matched_name=self._text(listed.text), score=round(score, 3),
                     why="; ".join(why) + ".",
                     exact=exact, contradicted=contradicted, weak_alias=listed.weak_alias)
