"""The screening engine: an order and a criteria pack in, an explained tier out.

Follows the end-use risk framework of the BSR brief (section 4): the product and its use case
drive the risk, the customer / end user and the geography raise it, and missing information is
itself a risk (section 6.3: the end customer and the intended use are what matter most).
Section 6.4: self-service is never used for high-risk sales, which are held automatically.
Rules may also test the intended use alone (``use``: its use-case tags and red flags), so that a
high-risk use holds the order whatever product carries it. A red-flag phrase that a negation word
of the pack stands just before ("no face recognition") is shown as ``negated.<id>`` of severity
``info`` and raises nothing.

Pure: no clock, no files, no database. ``Screener(pack)`` compiles the pack once (phrase
patterns, per-term flags, the rule table over all factor levels, the checklist as bit masks)
and remembers what it worked out for the few values an order's parts can take (a customer's
type, function and sector; a destination), so that screening an order is a handful of
dictionary look-ups and one pass over the words of the intended use.

Stored results: :meth:`Screener.stored_json` writes a result without the texts the pack gives
(each flag as ``[factor, criterion, severity, subject]``); :meth:`ScreeningResult.from_dict`
reads that form back with the pack that made it, and the full form (``as_dict()``) as ever.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from json.encoder import encode_basestring
from typing import Any

from reseller_app.domain.orders import Order, OrderLine, Party, SalesModel
from reseller_app.domain.packs import (
    FACTORS,
    LEVEL_RANK,
    LEVELS,
    MISSING_KINDS,
    RULE_FACTORS,
    TIER_RANK,
    TIERS,
    CriteriaPack,
    LoadedPack,
    Negation,
    PackRef,
    RedFlag,
    Term,
)
from reseller_app.domain.sanctions.party_findings import PartyScreening, party_hold_reasons
from reseller_app.domain.text_fold import fold
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import RiskTier

SEVERITIES = ("info", "elevated", "high", "prohibited")
# ``"texts": "pack"`` marks the compact stored form: the pack named in ``"pack"`` holds its words.
STORED_TEXTS = "pack"
_HOLD_KEYS = ("hold", "self_service", "blocked")  # compact hold reasons: Holds.<key>_reason


@dataclass(frozen=True, slots=True)
class Flag:
    """One reason an order is not plain low risk, in words a salesperson can act on."""

    factor: str  # product | customer | geography | missing
    criterion: str  # e.g. "category.video_surveillance", "red_flag.targeting_journalists"
    severity: str  # info | elevated | high | prohibited
    reason: str
    action: str
    basis: str = ""
    subject: str = ""  # what it is about: a SKU, a party, the matched words

    def as_dict(self) -> dict[str, str]:
        return {
            "factor": self.factor,
            "criterion": self.criterion,
            "severity": self.severity,
            "reason": self.reason,
            "action": self.action,
            "basis": self.basis,
            "subject": self.subject,
        }


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# Results repeat the same texts thousands of times in an import: their JSON is made once.
@functools.lru_cache(maxsize=4096)
def _head_json(tier: str, hold: bool, blocked: bool, senior: bool, hold_reasons: tuple[str, ...],
               summary: str, missing: tuple[str, ...], next_steps: tuple[str, ...],
               checklist: tuple[str, ...], factors: tuple[tuple[str, str], ...],
               rules: tuple[str, ...], pack: Any, attribution: str) -> str:
    return _dumps({
        "tier": tier, "hold": hold, "blocked": blocked, "needs_senior_approval": senior,
        "hold_reasons": list(hold_reasons), "summary": summary, "missing": list(missing),
        "next_steps": list(next_steps), "checklist": list(checklist), "factors": dict(factors),
        "rules": list(rules), "pack": pack.as_dict(), "attribution": attribution})


@functools.lru_cache(maxsize=4096)
def _flag_json(factor: str, criterion: str, severity: str, reason: str, action: str,
               basis: str) -> str:
    """A flag's JSON up to its subject: ``{...,"subject":`` (the caller adds the rest)."""
    text = _dumps({"factor": factor, "criterion": criterion, "severity": severity,
                   "reason": reason, "action": action, "basis": basis, "subject": ""})
    return text[:-3]


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    tier: str  # low | elevated | high | prohibited
    hold: bool  # the order may not ship until a decision clears it
    blocked: bool  # a prohibited use: nobody can approve it
    needs_senior_approval: bool
    hold_reasons: tuple[str, ...]
    flags: tuple[Flag, ...]
    missing: tuple[str, ...]  # the missing-information kinds found
    next_steps: tuple[str, ...]
    checklist: tuple[str, ...]  # ids of the questions relevant to these flags
    factors: dict[str, str]  # factor -> level
    rules: tuple[str, ...]  # ids of the rules that set the tier
    pack: Any  # PackRef
    attribution: str = ""
    summary: str = ""
    # The parties checked against the sanctions lists; None when no list is imported (the
    # result is then exactly as before lists existed).
    parties: PartyScreening | None = None

    def as_dict(self) -> dict[str, Any]:
        """The CLI / packet JSON shape (stable: documented in the README)."""
        data = {
            "tier": self.tier,
            "hold": self.hold,
            "blocked": self.blocked,
            "needs_senior_approval": self.needs_senior_approval,
            "hold_reasons": list(self.hold_reasons),
            "summary": self.summary,
            "flags": [f.as_dict() for f in self.flags],
            "missing": list(self.missing),
            "next_steps": list(self.next_steps),
            "checklist": list(self.checklist),
            "factors": dict(self.factors),
            "rules": list(self.rules),
            "pack": self.pack.as_dict(),
            "attribution": self.attribution,
        }
        if self.parties is not None:
            data["restricted_parties"] = self.parties.as_dict()
        return data

    def to_json(self) -> str:
        """``as_dict()`` as compact JSON text (the full form, every text included).

        The same flags recur across thousands of orders, so each flag's JSON is made once.
        """
        head = _head_json(self.tier, self.hold, self.blocked, self.needs_senior_approval,
                          self.hold_reasons, self.summary, self.missing, self.next_steps,
                          self.checklist, tuple(self.factors.items()), self.rules, self.pack,
                          self.attribution)
        flags = ",".join(
            _flag_json(f.factor, f.criterion, f.severity, f.reason, f.action, f.basis)
            + _dumps(f.subject) + "}" for f in self.flags)
        return f'{head[:-1]},"flags":[{flags}]{_parties_json(self)}}}'

    @staticmethod
    def needs_pack(data: dict[str, Any]) -> bool:
        """Whether a stored result is in the compact form, read with its pack's texts."""
        return data.get("texts") == STORED_TEXTS

    @classmethod
    def from_json(cls, text: str, pack: LoadedPack | None = None) -> ScreeningResult:
        return cls.from_dict(json.loads(text), pack)

    @classmethod
    def from_dict(cls, data: dict[str, Any], pack: LoadedPack | None = None
                  ) -> ScreeningResult:
        """A stored result, as it was (not re-screened).

        The full form (``as_dict()``) stands on its own; the compact form
        (:meth:`Screener.stored_json`) takes its texts from ``pack``, which must be the pack
        that screened it (the one ``data["pack"]`` names): ValueError otherwise.
        """
        if cls.needs_pack(data):
            data = expand_stored(data, pack)
        pack_ref = data["pack"]
        return cls(
            tier=data["tier"],
            hold=data["hold"],
            blocked=data["blocked"],
            needs_senior_approval=data["needs_senior_approval"],
            hold_reasons=tuple(data["hold_reasons"]),
            flags=tuple(Flag(**f) for f in data["flags"]),
            missing=tuple(data["missing"]),
            next_steps=tuple(data["next_steps"]),
            checklist=tuple(data["checklist"]),
            factors=dict(data["factors"]),
            rules=tuple(data["rules"]),
            pack=PackRef(pack_ref["id"], pack_ref["version"], pack_ref["sha256"]),
            attribution=data.get("attribution", ""),
            summary=data.get("summary", ""),
            parties=PartyScreening.from_dict(data["restricted_parties"])
            if "restricted_parties" in data else None,
        )


# A result built slot by slot: the frozen dataclass's ``__init__`` sets each of its fields
# through ``object.__setattr__``, twice the time of the slots' own setters, thousands of times
# in an import. ``_screened`` must list the fields in their order (a test compares).
(_set_tier, _set_hold, _set_blocked, _set_senior, _set_hold_reasons, _set_flags, _set_missing,
 _set_next_steps, _set_checklist, _set_factors, _set_rules, _set_pack, _set_attribution,
 _set_summary, _set_parties) = (ScreeningResult.__dict__[f.name].__set__
                                for f in fields(ScreeningResult))


def _screened(tier: str, hold: bool, blocked: bool, needs_senior_approval: bool,
              hold_reasons: tuple[str, ...], flags: tuple[Flag, ...], missing: tuple[str, ...],
              next_steps: tuple[str, ...], checklist: tuple[str, ...], factors: dict[str, str],
              rules: tuple[str, ...], pack: Any, attribution: str, summary: str
              ) -> ScreeningResult:
    """``ScreeningResult(...)`` of these values (no restricted parties), made quicker."""
    r = object.__new__(ScreeningResult)
    _set_tier(r, tier)
    _set_hold(r, hold)
    _set_blocked(r, blocked)
    _set_senior(r, needs_senior_approval)
    _set_hold_reasons(r, hold_reasons)
    _set_flags(r, flags)
    _set_missing(r, missing)
    _set_next_steps(r, next_steps)
    _set_checklist(r, checklist)
    _set_factors(r, factors)
    _set_rules(r, rules)
    _set_pack(r, pack)
    _set_attribution(r, attribution)
    _set_summary(r, summary)
    _set_parties(r, None)
    return r


def _parties_json(result: ScreeningResult) -> str:
    """The ``"restricted_parties"`` member of a result's JSON (with its leading comma), or ""."""
    if result.parties is None:
        return ""
    return ',"restricted_parties":' + _dumps(result.parties.as_dict())


def with_parties(result: ScreeningResult, parties: PartyScreening | None) -> ScreeningResult:
    """``result`` with its parties checked against the sanctions lists: a confirmed match
    blocks the order (only "decline" is possible), a possible match holds it, each with a hold
    reason in words. ``None`` (no list imported) leaves the result as it is."""
    if parties is None:
        return result
    blocked = result.blocked or bool(parties.confirmed)
    return replace(result, hold=result.hold or bool(parties.alerts), blocked=blocked,
                   needs_senior_approval=result.needs_senior_approval and not blocked,
                   hold_reasons=result.hold_reasons + party_hold_reasons(parties),
                   parties=parties)


# -- stored results -------------------------------------------------------------------------------
_CRITERION_GROUP = {
    "category": "product_categories",
    "use_case": "use_cases",
    "customer_type": "customer_types",
    "government_function": "government_functions",
    "sector": "sectors",
}


def flag_texts(pack: CriteriaPack, criterion: str, subject: str = ""
               ) -> tuple[str, str, str] | None:
    """(reason, action, basis) the screening takes from ``pack`` for a flag (None: no such flag).

    A country flag's basis is its country's (the code ends its subject: ``destination: VE``).
    """
    kind, _, key = criterion.partition(".")
    group = _CRITERION_GROUP.get(kind)
    if group is not None:
        term = pack.term(group, key)
        return (term.reason, term.action, term.basis) if term else None
    if kind == "red_flag":
        flag = next((f for f in pack.red_flags if f.id == key), None)
        return (flag.reason, flag.action, flag.basis) if flag else None
    if kind == "negated":
        flag = next((f for f in pack.red_flags if f.id == key), None)
        negation = pack.negation
        if flag is None or negation is None:
            return None
        return negated_reason(flag, negation), negation.action, flag.basis
    if kind == "missing":
        rule = pack.missing_information.get(key)
        return (rule.reason, rule.action, rule.basis) if rule else None
    if kind == "country" and key in LEVEL_RANK:
        geo = pack.geography
        entry = geo.countries.get(subject.rpartition(": ")[2])
        reason = geo.high_reason if LEVEL_RANK[key] >= LEVEL_RANK["high"] else \
            geo.elevated_reason
        return reason, geo.action, entry.basis if entry is not None else geo.fallback_note
    return None


def negated_reason(flag: RedFlag, negation: Negation) -> str:
    """A negated red flag's reason: which flag's words were found, and that they are negated."""
    return f"{flag.label}: {negation.reason}"


def expand_stored(data: dict[str, Any], pack: LoadedPack | None) -> dict[str, Any]:
    """A compact stored result in the full ``as_dict()`` shape, its texts from ``pack``."""
    ref = data["pack"]
    if pack is None or pack.ref.sha256 != ref["sha256"]:
        raise ValueError(t("No criteria pack with SHA-256 {sha256}.", sha256=ref["sha256"]))
    p = pack.pack
    holds, tier_text = p.holds, p.tiers[data["tier"]]
    flags = []
    for f in data["flags"]:
        if isinstance(f, dict):  # kept in words: the pack would not have given them back
            flags.append(f)
            continue
        factor, criterion, severity, subject = f
        texts = flag_texts(p, criterion, subject)
        if texts is None:
            # Only if the stored pack was edited by hand (its SHA-256 would not match).
            raise ValueError(t("The stored criteria pack cannot be read: {error}",
                               error=criterion))
        flags.append({"factor": factor, "criterion": criterion, "severity": severity,
                      "reason": texts[0], "action": texts[1], "basis": texts[2],
                      "subject": subject})
    geography = data["factors"].get("geography", "standard") != "standard"
    full = {  # in the order of ``as_dict()``
        "tier": data["tier"],
        "hold": data["hold"],
        "blocked": data["blocked"],
        "needs_senior_approval": data["needs_senior_approval"],
        "hold_reasons": [getattr(holds, f"{r}_reason") if isinstance(r, str) else r["text"]
                         for r in data["hold_reasons"]],
        "summary": data.get("summary", tier_text.summary),
        "flags": flags,
        "missing": data["missing"],
        "next_steps": data.get("next_steps", list(tier_text.next_steps)),
        "checklist": data["checklist"],
        "factors": data["factors"],
        "rules": data["rules"],
        "pack": ref,
        "attribution": data.get("attribution", p.geography.attribution if geography else ""),
    }
    if "restricted_parties" in data:
        full["restricted_parties"] = data["restricted_parties"]
    return full


# -- text matching --------------------------------------------------------------------------------
_WORD = re.compile(r"\w+")


def phrase_pattern(phrase: str, gap: int) -> str:
    """A phrase's words as word prefixes, in order, with up to ``gap`` words between them."""
    words = re.findall(r"\w+", fold(phrase))
    if not words:
        raise ValueError(f"phrase {phrase!r} has no words")
    # Possessive (``++``, ``*+``): a word or a run of non-word characters is taken whole or
    # not at all. A match never needs less (a word is always followed by a non-word character
    # or the end), and the search does not try every shorter split of every word in the gap.
    between = rf"(?:\W++\w++){{0,{gap}}}?\W++"
    return r"\b" + between.join(re.escape(w) + r"\w*+" for w in words)


# Where a clause ends: a negation before it does not reach a phrase after it ("no audio; face
# recognition at the gate"). Words may hold apostrophes, for "don't" and "n'est".
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\n]")
_NEGATION_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _fold_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w).replace("\u2019", "'") for w in words)


class _PhraseFlag:
    """A red flag's phrases as patterns: where a word begins, one pattern of the phrases that
    can begin with that word, compiled on first use (most never are).

    Each phrase is a named group (``p3``), so a hit tells which phrase, hence which languages'
    negation words (``negators``, by phrase) can rule it out.
    """

    __slots__ = ("_firsts", "_patterns", "_sources", "flag", "negators")

    def __init__(self, flag: RedFlag, negation: Negation | None) -> None:
        self.flag = flag
        languages: dict[str, set[str]] = {}  # phrase -> its languages (a phrase may recur)
        for language, phrases in flag.phrases.items():
            for p in phrases:
                languages.setdefault(p, set()).add(language)
        self._sources = tuple(phrase_pattern(p, flag.gap) for p in languages)
        self._firsts = tuple(_WORD.findall(fold(p))[0] for p in languages)
        self._patterns: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.negators: tuple[frozenset[str], ...] = ()
        if negation is not None:
            every = _fold_words(tuple(w for ws in negation.words.values() for w in ws))
            by_language = {lang: _fold_words(ws) for lang, ws in negation.words.items()}
            shared = set(negation.shared_languages)
            negators = [
                every if langs & shared else
                frozenset().union(*(by_language.get(lang, frozenset()) for lang in langs))
                for langs in languages.values()]
            # A phrase that says a negation itself ("without their knowledge", "no revel
            # usuario final") is not undone by another ("never without their knowledge").
            self.negators = tuple(
                frozenset() if set(_WORD.findall(fold(p))) & words else words
                for p, words in zip(languages, negators, strict=True))

    def pattern_at(self, word: str) -> re.Pattern[str] | None:
        """The phrases whose first word begins ``word``, in the pack's order, as one pattern.

        Where ``word`` begins, it matches what the pattern of all the flag's phrases would: no
        other phrase can match there.
        """
        which = tuple(k for k, first in enumerate(self._firsts) if word.startswith(first))
        if not which:
            return None
        pattern = self._patterns.get(which)
        if pattern is None:
            pattern = self._patterns[which] = re.compile(
                "|".join(f"(?P<p{k}>{self._sources[k]})" for k in which))
        return pattern


def _prefix_pattern(words: Iterable[str]) -> str:
    """A pattern matching where one of ``words`` begins (a word that starts with one of them),
    as a trie: one test per character, however many words.

    Written out with a stack, not by recursion: a pack's phrase may begin with a word of
    thousands of letters (a broken or hostile pack), one trie level each."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here: whatever follows it, it began one

    out: list[str] = []
    todo: list[str | dict[str, Any]] = [trie]  # texts to write, nodes to write out
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        if "" in item or not item:
            continue
        children = sorted(item.items())
        parts: list[str | dict[str, Any]] = []
        for i, (ch, child) in enumerate(children):
            parts += ["|"] * (i > 0) + [re.escape(ch), child]
        if len(children) > 1:
            parts = ["(?:", *parts, ")"]
        todo.extend(reversed(parts))
    return "".join(out)


def _candidates_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """The words of a text that begin with one of ``words``; every word where the trie nests
    deeper than the regular expression compiler can follow (each word is then checked in
    Python, as the pattern would have)."""
    try:
        return re.compile(rf"\b{_prefix_pattern(words)}\w*")
    except (RecursionError, re.error, OverflowError):
        return re.compile(r"\b\w+")


def _first_words(flag: RedFlag) -> set[str]:
    """The folded first word of each phrase: a text without one cannot match the flag."""
    return {re.findall(r"\w+", fold(p))[0] for phrases in flag.phrases.values() for p in phrases}


# -- the engine --------------------------------------------------------------------------------

_GROUP_CRITERION = {group: kind for kind, group in _CRITERION_GROUP.items()}
# Which field held a value the pack does not know, in words ("customer sector").
# The words a flag's subject starts with when it is about a part of the order rather than a
# SKU or the matched words ("end user", "destination: VE"); front ends translate them.
SUBJECT_ROLES = ("customer", "end user", "order", "use case", "destination", "consignee")


def split_subject(subject: str) -> tuple[str | None, str]:
    """``("destination", "VE")`` for ``"destination: VE"``, ``("customer", "")`` for
    ``"customer"``; ``(None, subject)`` for a SKU or quoted words."""
    if subject in SUBJECT_ROLES:
        return subject, ""
    role, sep, rest = subject.partition(": ")
    if sep and role in SUBJECT_ROLES:
        return role, rest
    return None, subject


_FIELD_NAMES = {
    "product_categories": lambda subject: f"category of {subject}",
    "use_cases": lambda subject: "use case",
    "customer_types": lambda subject: f"{subject} type",
    "government_functions": lambda subject: f"{subject} government function",
    "sectors": lambda subject: f"{subject} sector",
}
_SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}
_LEVEL_TO_SEVERITY = {"standard": "info", "elevated": "elevated", "high": "high",
                      "prohibited": "prohibited"}
# Flags are listed most severe first, then by factor (a stable sort: ties keep their order).
_FLAG_ORDER = {(severity, factor): -rank * len(FACTORS) + i
               for severity, rank in _SEVERITY_RANK.items() for i, factor in enumerate(FACTORS)}
_CACHE_LIMIT = 20_000  # entries per memo; past it, values are worked out without remembering

# A part of an order worked out once: its flags, its missing information (kind, subject), and
# its level (rank in LEVELS).
_Part = tuple[tuple[Flag, ...], tuple[tuple[str, str], ...], int]


def _flag_order(flag: Flag) -> int:
    return _FLAG_ORDER[flag.severity, flag.factor]


class Screener:
    """A criteria pack compiled for screening many orders quickly."""

    def __init__(self, loaded: LoadedPack) -> None:
        pack = loaded.pack
        self.pack = pack
        self.ref = loaded.ref
        self._terms: dict[str, dict[str, Term]] = {
            group: {term.id: term for term in getattr(pack.vocabulary, group)}
            for group in _GROUP_CRITERION
        }
        self._missing = pack.missing_information
        self._phrases = tuple(_PhraseFlag(flag, pack.negation) for flag in pack.red_flags)
        negation = pack.negation
        self._negation_window = negation.window if negation is not None else 0
        self._negation_breaks = frozenset() if negation is None else _fold_words(
            tuple(w for ws in negation.breaks.values() for w in ws))
        # Pre-filter: the flags each phrase's first word (a word prefix) may start. A word of the
        # text starting with none of them ("laptops", "accounting") rules every flag out.
        self._by_first: dict[str, list[int]] = {}
        for i, flag in enumerate(pack.red_flags):
            for word in _first_words(flag):
                self._by_first.setdefault(word, []).append(i)
        self._first_lengths = sorted({len(w) for w in self._by_first}, reverse=True)
        # The words of a text that begin with a first word, found in one regular expression (a
        # trie of the first words): most words of a text (and every number) begin no phrase,
        # and are passed over in C instead of one at a time in Python.
        self._candidates = _candidates_pattern(self._by_first) if self._by_first else None
        self._countries = pack.geography.countries
        self._rule_table = self._compile_rules(pack)
        self._hold_from = TIER_RANK[pack.holds.hold_from_tier]
        self._self_service_from = TIER_RANK[pack.holds.self_service_hold_from_tier]
        self._senior_from = TIER_RANK[pack.holds.senior_approval_from_tier]
        self._compile_checklist(pack)
        self._levels = {combo: dict(zip(FACTORS, (LEVELS[v] for v in combo), strict=True))
                        for combo in itertools.product(range(len(LEVELS)), repeat=len(FACTORS))}
        # Memos of pure functions of the pack, each bounded (_CACHE_LIMIT). Most have small
        # domains (a few hundred parties, countries, words); the stored flags recur less.
        self._word_flags: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        self._use_case_parts: dict[tuple[str, ...], _Part] = {}
        self._party_parts: dict[tuple[Any, ...], _Part] = {}
        self._geography_parts: dict[tuple[str | None, str | None], _Part] = {}
        self._missing_flags: dict[tuple[str, str], tuple[Flag, int]] = {}
        self._holds: dict[tuple[str, bool], tuple[tuple[str, ...], bool, bool]] = {}
        self._stored_flag_texts: dict[tuple[str, ...], bool] = {}
        self._stored_flags: dict[Flag, str] = {}
        # The same, by the flag object's identity (most flags are shared objects of the memos
        # above): no hashing of a flag's seven texts. Each entry holds its flag, so that the
        # identity cannot pass to another object while it is remembered.
        self._stored_flag_ids: dict[int, tuple[Flag, str]] = {}
        self._term_flags: dict[tuple[str, str, str, str], Flag] = {}
        self._hit_flags: dict[tuple[int, str], Flag] = {}  # (red flag, words found) -> flag
        self._stored_heads: dict[tuple[Any, ...], str] = {}
        # Screened texts (the order editor screens the same text again as the user types).
        self._red_flag_cache: dict[str, tuple[Flag, ...]] = {}

    def clone(self) -> Screener:
        """A screener sharing this one's compiled pack and memos, with its own text cache."""
        twin = object.__new__(Screener)
        twin.__dict__.update(self.__dict__)
        twin._red_flag_cache = {}
        return twin

    @staticmethod
    def _compile_rules(pack: CriteriaPack) -> dict[tuple[int, ...], tuple[str, tuple[str, ...]]]:
        """Tier and deciding rules for every combination of the levels rules test
        (``RULE_FACTORS``: the four factors, then the intended use; 4**5 entries)."""
        table: dict[tuple[int, ...], tuple[str, tuple[str, ...]]] = {}
        for combo in itertools.product(range(len(LEVELS)), repeat=len(RULE_FACTORS)):
            levels = dict(zip(RULE_FACTORS, combo, strict=True))
            matched = [
                r for r in pack.rules
                if all(levels[f] >= LEVEL_RANK[lvl] for f, lvl in r.when.items())
            ]
            tier = max((r.tier for r in matched), key=TIER_RANK.__getitem__, default=RiskTier.LOW)
            table[combo] = (tier, tuple(r.id for r in matched if r.tier == tier))
        return table

    def _compile_checklist(self, pack: CriteriaPack) -> None:
        """Each question as one bit: a flag's criterion, a raised factor and the tier each ask
        the questions of their mask; the questions asked are those of the masks' union."""
        self._question_ids = tuple(q.id for q in pack.checklist)
        exact: dict[str, int] = {}
        self._question_prefixes: list[tuple[str, int]] = []
        for i, q in enumerate(pack.checklist):
            for c in q.ask_when:
                if c.endswith("*"):
                    self._question_prefixes.append((c[:-1], 1 << i))
                else:
                    exact[c] = exact.get(c, 0) | 1 << i
        self._question_exact = exact
        self._criterion_masks: dict[str, int] = {}
        self._factor_masks = tuple(exact.get(f"factor:{f}", 0) for f in FACTORS)
        self._tier_masks = {
            tier: functools.reduce(int.__or__, (exact.get(f"tier:{name}", 0)
                                                for name in TIERS[1: TIER_RANK[tier] + 1]), 0)
            for tier in TIERS}
        self._asked: dict[int, tuple[str, ...]] = {}

    # -- factors ---------------------------------------------------------------------------
    def _term_flag(self, group: str, term_id: str, factor: str, subject: str,
                   out: list[Flag], missing: list[tuple[str, str]]) -> int:
        """Flag for a vocabulary value; returns its level's rank (unknown ids count as
        missing)."""
        term = self._terms[group].get(term_id)
        if term is None:
            missing.append(("unrecognised_value", f"{_FIELD_NAMES[group](subject)}: '{term_id}'"))
            return 0
        if term.level != "standard":
            # One object per distinct flag: storing a result finds each by identity.
            key = (group, term_id, factor, subject)
            flag = self._term_flags.get(key)
            if flag is None:
                flag = Flag(factor, f"{_GROUP_CRITERION[group]}.{term.id}",
                            _LEVEL_TO_SEVERITY[term.level], term.reason, term.action,
                            term.basis, subject)
                if len(self._term_flags) < _CACHE_LIMIT:
                    self._term_flags[key] = flag
            out.append(flag)
        return LEVEL_RANK[term.level]

    def _products(self, lines: tuple[OrderLine, ...], flags: list[Flag],
                  missing: list[tuple[str, str]]) -> int:
        """Each distinct category on the order, flagged with the lines it covers."""
        if not lines:
            missing.append(("product_category", "order has no lines"))
            return 0
        if len(lines) == 1:  # the most common order: no grouping to do
            line = lines[0]
            label = line.sku or line.description or "line 1"
            if line.category is None:
                missing.append(("product_category", label))
                return 0
            return self._term_flag("product_categories", line.category, "product", label, flags,
                                   missing)
        by_category: dict[str, list[str]] = {}
        for i, line in enumerate(lines, start=1):
            label = line.sku or line.description or f"line {i}"
            if line.category is None:
                missing.append(("product_category", label))
            elif line.category in by_category:
                by_category[line.category].append(label)
            else:
                by_category[line.category] = [label]
        level = 0
        for category, labels in by_category.items():
            lvl = self._term_flag("product_categories", category, "product", ", ".join(labels),
                                  flags, missing)
            if lvl > level:
                level = lvl
        return level

    def _use_cases(self, tags: tuple[str, ...]) -> _Part:
        part = self._use_case_parts.get(tags)
        if part is None:
            flags: list[Flag] = []
            missing: list[tuple[str, str]] = []
            level = 0
            for tag in tags:
                level = max(level, self._term_flag("use_cases", tag, "product", "use case",
                                                   flags, missing))
            part = (tuple(flags), tuple(missing), level)
            if len(self._use_case_parts) < _CACHE_LIMIT:
                self._use_case_parts[tags] = part
        return part

    def _red_flags(self, text: str) -> tuple[Flag, ...]:
        cached = self._red_flag_cache.get(text)
        if cached is not None:
            return cached
        folded = fold(text)
        # Red flag -> (where a word that may begin one of its phrases starts, the pattern of
        # those phrases), in text order: the first that matches is what ``search`` would find.
        starts: dict[int, list[tuple[int, re.Pattern[str]]]] = {}
        memo, candidates = self._word_flags, self._candidates
        for m in candidates.finditer(folded) if candidates is not None else ():
            word = m.group()
            targets = memo.get(word)
            if targets is None:
                targets = self._targets(word)
                if len(memo) < _CACHE_LIMIT:
                    memo[word] = targets
            for i, pattern in targets:
                if i in starts:
                    starts[i].append((m.start(), pattern))
                else:
                    starts[i] = [(m.start(), pattern)]
        found: list[Flag] = []
        for i in sorted(starts):  # in pack order
            phrases = self._phrases[i]
            plain = False
            negated: tuple[int, int] | None = None  # the first negated hit: (from, to)
            for pos, pattern in starts[i]:
                hit = pattern.match(folded, pos)
                if not hit:
                    continue
                where = self._negated(folded, pos, phrases, hit)
                if where is None:  # one plain hit raises the flag, negated ones or not
                    words = hit.group(0)
                    # One object per flag and words found: storing a result finds it by
                    # identity, and the same words recur across a file's orders.
                    flag = self._hit_flags.get((i, words))
                    if flag is None:
                        f = phrases.flag
                        flag = Flag("product", f"red_flag.{f.id}", _LEVEL_TO_SEVERITY[f.level],
                                    f.reason, f.action, f.basis, f'"{words}"')
                        if len(self._hit_flags) < _CACHE_LIMIT:
                            self._hit_flags[i, words] = flag
                    found.append(flag)
                    plain = True
                    break
                if negated is None:
                    negated = (where, hit.end())
            if negated is not None and not plain:
                found.append(self._negated_flag(phrases.flag, folded[negated[0]:negated[1]]))
        result = tuple(found)
        if len(self._red_flag_cache) < 50_000:
            self._red_flag_cache[text] = result
        return result

    def _negated(self, folded: str, pos: int, phrases: _PhraseFlag, hit: re.Match[str]
                 ) -> int | None:
        """Where the negation of the phrase ``hit`` (found at ``pos``) begins; None if none of
        the window of words before it, back to a clause break, negates it."""
        group = hit.lastgroup  # "p<k>": the phrase that matched (see _PhraseFlag.pattern_at)
        if not phrases.negators or group is None:
            return None
        negators = phrases.negators[int(group[1:])]
        if not negators:
            return None
        start = max(0, pos - 30 * self._negation_window)  # words are rarely longer
        for m in _CLAUSE_BREAK.finditer(folded, start, pos):
            start = m.end()
        words = list(_NEGATION_WORD.finditer(folded, start, pos))[-self._negation_window:]
        for m in reversed(words):
            word = m.group().replace("\u2019", "'")
            if word in negators:
                return m.start()
            if word in self._negation_breaks:
                return None
        return None

    def _negated_flag(self, flag: RedFlag, words: str) -> Flag:
        """A red flag's words found after a negation: shown, but of no severity."""
        negation = self.pack.negation
        assert negation is not None  # only a pack with negation words finds negated phrases
        return Flag("product", f"negated.{flag.id}", "info", negated_reason(flag, negation),
                    negation.action, flag.basis, f'"{words}"')

    def _targets(self, word: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The red flags with a phrase whose first word begins ``word`` (in pack order), each
        with the pattern of those phrases."""
        hits: set[int] = set()
        for n in self._first_lengths:
            if len(word) >= n:
                flags = self._by_first.get(word[:n])
                if flags:
                    hits.update(flags)
        return tuple((i, pattern) for i in sorted(hits)
                     if (pattern := self._phrases[i].pattern_at(word)) is not None)

    def _party(self, party: Party, role: str) -> _Part:
        """Who buys or uses the goods (``role``: "customer" or "end user")."""
        key = (role, party.name is None, party.type, party.government_function, party.sector)
        part = self._party_parts.get(key)
        if part is not None:
            return part
        flags: list[Flag] = []
        missing: list[tuple[str, str]] = []
        if party.name is None:
            missing.append(("customer_identity", "customer") if role == "customer" else
                           ("end_user", "end user"))
        level = 0
        if party.type is None or party.type == "unknown":
            missing.append(("customer_type", role))
        else:
            level = max(level, self._term_flag("customer_types", party.type, "customer", role,
                                               flags, missing))
        if party.government_function is not None:
            level = max(level, self._term_flag("government_functions",
                                               party.government_function, "customer", role,
                                               flags, missing))
        elif party.type == "government":
            missing.append(("government_function", role))
        if party.sector is not None:
            level = max(level, self._term_flag("sectors", party.sector, "customer", role, flags,
                                               missing))
        part = (tuple(flags), tuple(missing), level)
        if len(self._party_parts) < _CACHE_LIMIT:
            self._party_parts[key] = part
        return part

    def _country(self, code: str, role: str, flags: list[Flag]) -> int:
        geo = self.pack.geography
        entry = self._countries.get(code)
        if entry is None:
            level, basis = geo.fallback_level, geo.fallback_note
        else:
            level, basis = entry.level, entry.basis
        if level != "standard":
            reason = geo.high_reason if LEVEL_RANK[level] >= LEVEL_RANK["high"] else \
                geo.elevated_reason
            flags.append(Flag("geography", f"country.{level}", _LEVEL_TO_SEVERITY[level], reason,
                              geo.action, basis, f"{role}: {code}"))
        return LEVEL_RANK[level]

    def _geography(self, destination_country: str | None, user_country: str | None,
                   consignee_country: str | None = None) -> _Part:
        """Where it goes (the end user's country when no destination is given), where its
        user is, and where the party receiving it for them is: goods routed through an
        intermediary in a high-risk country are a diversion red flag (end-use risk research
        §3), so that country is weighed like the end user's."""
        key = (destination_country, user_country, consignee_country)
        part = self._geography_parts.get(key)
        if part is not None:
            return part
        flags: list[Flag] = []
        missing: list[tuple[str, str]] = []
        level = 0
        destination = destination_country or user_country
        if destination is None:
            missing.append(("destination", "order"))
        else:
            level = self._country(destination, "destination", flags)
        if user_country is not None and user_country != destination:
            level = max(level, self._country(user_country, "end user", flags))
        if consignee_country is not None and consignee_country not in (destination,
                                                                       user_country):
            level = max(level, self._country(consignee_country, "consignee", flags))
        part = (tuple(flags), tuple(missing), level)
        if len(self._geography_parts) < _CACHE_LIMIT:
            self._geography_parts[key] = part
        return part

    def _missing_flag(self, kind: str, subject: str, product: int) -> tuple[Flag, int]:
        """The flag of a piece of missing information and the level it raises; a rule that
        counts only from a product level gives an ``info`` flag, raising nothing, below it."""
        rule = self._missing[kind]
        counts = rule.from_product is None or product >= LEVEL_RANK[rule.from_product]
        key = (kind, subject, counts)
        made = self._missing_flags.get(key)
        if made is None:
            level = rule.level if counts else "standard"
            made = (Flag("missing", f"missing.{kind}", _LEVEL_TO_SEVERITY[level],
                         rule.reason, rule.action, rule.basis, subject), LEVEL_RANK[level])
            if len(self._missing_flags) < _CACHE_LIMIT:
                self._missing_flags[key] = made
        return made

    # -- screening ---------------------------------------------------------------------------
    def screen(self, order: Order, parties: PartyScreening | None = None) -> ScreeningResult:
        """Screen ``order``; ``parties``: its parties checked against the sanctions lists by the
        service (None when no list is imported: the result is as before lists existed)."""
        if parties is not None:
            return with_parties(self.screen(order), parties)
        flags: list[Flag] = []
        missing: list[tuple[str, str]] = []  # (kind, subject), in the order found

        # Product and use case: what is sold and what for.
        product = self._products(order.lines, flags, missing)
        use = 0  # the intended use alone: its use-case tags and red flags
        if order.use_cases:
            part_flags, part_missing, use = self._use_cases(order.use_cases)
            flags += part_flags
            missing += part_missing
            product = max(product, use)
        if order.intended_use:
            for f in self._red_flags(order.intended_use):
                flags.append(f)
                rank = _SEVERITY_RANK[f.severity]
                if rank > use:
                    use = rank
            product = max(product, use)
        elif not order.use_cases:
            missing.append(("intended_use", "order"))

        # Customer / end user: who buys and who will use it.
        part_flags, part_missing, customer = self._party(order.customer, "customer")
        flags += part_flags
        missing += part_missing
        end_user = order.end_user
        if end_user is not None:
            part_flags, part_missing, level = self._party(end_user, "end user")
            flags += part_flags
            missing += part_missing
            customer = max(customer, level)

        # Geography: where it goes, where its user is and who receives it for them.
        user = end_user if end_user is not None else order.customer
        consignee = order.consignee
        part_flags, part_missing, geography = self._geography(
            order.destination_country, user.country,
            consignee.country if consignee is not None else None)
        flags += part_flags
        missing += part_missing

        # Missing information is itself a risk (BSR 2022 §6.3).
        missing_level = 0
        kinds: tuple[str, ...] = ()
        if missing:
            seen: set[str] = set()
            for kind, subject in missing:
                flag, level = self._missing_flag(kind, subject, product)
                flags.append(flag)
                if level > missing_level:
                    missing_level = level
                if level:  # shown for information only: not missing as a risk
                    seen.add(kind)
            kinds = tuple(k for k in MISSING_KINDS if k in seen)

        factors = (product, customer, geography, missing_level)
        tier, rules = self._rule_table[product, customer, geography, missing_level, use]
        if len(flags) > 1:
            flags.sort(key=_flag_order)
        reasons, blocked, senior = self._hold(tier, order.sales_model is SalesModel.SELF_SERVICE)
        text = self.pack.tiers[tier]
        # Positional, in the fields' order: keywords took twice as long, thousands of times
        # in an import.
        return _screened(
            tier,  # tier
            bool(reasons),  # hold
            blocked,  # blocked
            senior,  # needs_senior_approval
            reasons,  # hold_reasons
            tuple(flags),  # flags
            kinds,  # missing
            text.next_steps,  # next_steps
            self._checklist(tier, flags, factors),  # checklist
            self._levels[factors].copy(),  # factors
            rules,  # rules
            self.ref,  # pack
            self.pack.geography.attribution if geography else "",  # attribution
            text.summary,  # summary
        )

    def _hold(self, tier: str, self_service: bool) -> tuple[tuple[str, ...], bool, bool]:
        """(hold reasons, blocked, needs senior approval) for a tier and sales model."""
        key = (tier, self_service)
        made = self._holds.get(key)
        if made is None:
            holds = self.pack.holds
            rank = TIER_RANK[tier]
            blocked = tier == RiskTier.PROHIBITED
            reasons: list[str] = []
            if blocked:
                reasons.append(holds.blocked_reason)
            elif rank >= self._hold_from:
                reasons.append(holds.hold_reason)
            if self_service and rank >= self._self_service_from and not blocked:
                reasons.append(holds.self_service_reason)
            made = self._holds[key] = (tuple(reasons), blocked,
                                       rank >= self._senior_from and not blocked)
        return made

    def _checklist(self, tier: str, flags: list[Flag], factors: tuple[int, ...]
                   ) -> tuple[str, ...]:
        """The questions asked by the flags' criteria (exact or by prefix), the raised factors
        and the tier, in the pack's order."""
        mask = self._tier_masks[tier]
        masks = self._criterion_masks
        for f in flags:
            m = masks.get(f.criterion)
            if m is None:
                m = self._question_exact.get(f.criterion, 0)
                for prefix, bit in self._question_prefixes:
                    if f.criterion.startswith(prefix):
                        m |= bit
                if len(masks) < _CACHE_LIMIT:
                    masks[f.criterion] = m
            mask |= m
        for level, m in zip(factors, self._factor_masks, strict=True):
            if level:
                mask |= m
        asked = self._asked.get(mask)
        if asked is None:
            asked = tuple(q for i, q in enumerate(self._question_ids) if mask >> i & 1)
            if len(self._asked) < _CACHE_LIMIT:
                self._asked[mask] = asked
        return asked

    # -- storing -----------------------------------------------------------------------------
    def stored_json(self, result: ScreeningResult) -> str:
        """``result`` as stored with the order: compact JSON without the texts of this pack.

        The texts (flags' reasons, actions and bases, hold reasons, summary, next steps,
        attribution) are left out where the pack gives exactly those words back (see
        :func:`expand_stored`); anything else is kept in words. A result of another pack is
        stored in full (``to_json()``).
        """
        if result.pack is not self.ref and result.pack != self.ref:
            return result.to_json()
        head = self._stored_head(result)
        flags = ",".join(map(self._stored_flag, result.flags))
        return f'{head[:-1]},"flags":[{flags}]{_parties_json(result)}}}'

    def _stored_flag(self, f: Flag) -> str:
        by_id = self._stored_flag_ids.get(id(f))
        if by_id is not None and by_id[0] is f:
            return by_id[1]
        stored = self._stored_flags.get(f)  # most flags recur: a party's, a country's...
        if stored is not None:
            if len(self._stored_flag_ids) < _CACHE_LIMIT:
                self._stored_flag_ids[id(f)] = (f, stored)
            return stored
        if stored is not None:
            return stored
        # A country flag's basis is its country's: the subject (which names it) is in the key.
        key = (f.criterion, f.subject if f.criterion.startswith("country.") else "", f.reason,
               f.action, f.basis)
        same = self._stored_flag_texts.get(key)
        if same is None:
            same = flag_texts(self.pack, f.criterion, f.subject) == (f.reason, f.action, f.basis)
            if len(self._stored_flag_texts) < _CACHE_LIMIT:
                self._stored_flag_texts[key] = same
        if same:
            stored = (f'[{encode_basestring(f.factor)},{encode_basestring(f.criterion)},'
                      f'{encode_basestring(f.severity)},{encode_basestring(f.subject)}]')
        else:
            stored = _dumps(f.as_dict())
        if len(self._stored_flags) < _CACHE_LIMIT:
            self._stored_flags[f] = stored
        if len(self._stored_flag_ids) < _CACHE_LIMIT:
            self._stored_flag_ids[id(f)] = (f, stored)
        return stored

    def _stored_head(self, r: ScreeningResult) -> str:
        key = (r.tier, r.hold, r.blocked, r.needs_senior_approval, r.hold_reasons, r.missing,
               r.checklist, tuple(r.factors.items()), r.rules, r.attribution, r.summary,
               r.next_steps)
        head = self._stored_heads.get(key)
        if head is None:
            head = self._make_stored_head(r)
            if len(self._stored_heads) < _CACHE_LIMIT:
                self._stored_heads[key] = head
        return head

    def _make_stored_head(self, r: ScreeningResult) -> str:
        holds, tier_text = self.pack.holds, self.pack.tiers[r.tier]
        hold_texts = {getattr(holds, f"{k}_reason"): k for k in _HOLD_KEYS}
        data: dict[str, Any] = {
            "tier": r.tier, "hold": r.hold, "blocked": r.blocked,
            "needs_senior_approval": r.needs_senior_approval,
            "hold_reasons": [hold_texts.get(h, {"text": h}) for h in r.hold_reasons],
            "missing": list(r.missing), "checklist": list(r.checklist),
            "factors": dict(r.factors), "rules": list(r.rules), "pack": r.pack.as_dict(),
            "texts": STORED_TEXTS,
        }
        if r.summary != tier_text.summary:
            data["summary"] = r.summary
        if tuple(r.next_steps) != tier_text.next_steps:
            data["next_steps"] = list(r.next_steps)
        geography = r.factors.get("geography", "standard") != "standard"
        if r.attribution != (self.pack.geography.attribution if geography else ""):
            data["attribution"] = r.attribution
        return _dumps(data)


def screen(order: Order, pack: LoadedPack, parties: PartyScreening | None = None
           ) -> ScreeningResult:
    """Screen one order. To screen many, build one :class:`Screener` and reuse it."""
    return Screener(pack).screen(order, parties)
