"""Criteria packs: the data that drives screening, validated once at load.

A pack is one JSON document (format ``channel-diligence-pack/1``). It carries the vocabulary,
a geography tier for every ISO 3166-1 country, prohibited use cases, red-flag phrases, the
checklist, the mitigations and the rules that combine the four factors into a tier. Its
identity is ``id`` + ``version`` + the SHA-256 of its canonical JSON, and every screening
records all three so that an old result stays explainable after a new pack is imported.

Nothing here reads files: callers hand in bytes (see ``services.packs`` for loading the default
pack from ``resources/`` and importing a replacement).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from reseller_app.domain.inputs import InputError, problem, read_json
from reseller_app.domain.sanctions.thresholds import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
)
from reseller_app.domain.text_fold import fold
from reseller_app.domain.vocabulary import RiskTier

PACK_FORMAT = "channel-diligence-pack/1"

Level = Literal["standard", "elevated", "high", "prohibited"]
Tier = Literal["low", "elevated", "high", "prohibited"]
Factor = Literal["product", "customer", "geography", "missing"]
# What a rule may test: the four factors, and "use", the intended use on its own (the use-case
# tags and the red flags in its words, also part of the product factor), so that a high-risk use
# can decide the tier whatever product carries it (DPI probes bought for interception).
RuleFactor = Literal["product", "customer", "geography", "missing", "use"]

LEVELS: tuple[str, ...] = ("standard", "elevated", "high", "prohibited")
TIERS: tuple[str, ...] = tuple(RiskTier)
FACTORS: tuple[str, ...] = ("product", "customer", "geography", "missing")
RULE_FACTORS: tuple[str, ...] = (*FACTORS, "use")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}
TIER_RANK = {name: i for i, name in enumerate(TIERS)}

# The kinds of missing information the engine checks; the pack gives each its words and level.
MISSING_KINDS: tuple[str, ...] = (
    "customer_identity",  # no customer name
    "customer_type",  # customer / end-user type not given or "unknown"
    "end_user",  # end user named but without a name, or customer type unknown
    "government_function",  # a government body whose function is not said
    "intended_use",  # no intended use in words and no use-case tag
    "destination",  # no destination country
    "product_category",  # a line with no category and no known SKU
    "unrecognised_value",  # a value outside the pack's vocabulary
)

# Ids every default vocabulary must hold so that packets and tools interoperate.
REQUIRED_VOCABULARY: dict[str, tuple[str, ...]] = {
    "product_categories": (
        "video_surveillance", "biometrics", "ai_analytics", "data_analytics",
        "network_monitoring", "intrusion_forensics", "telecom_infrastructure", "drones",
        "decision_systems", "safety_critical", "general_it",
    ),
    "customer_types": ("private", "government", "non_profit", "education", "individual", "unknown"),
    "government_functions": (
        "law_enforcement", "military", "intelligence", "border_control", "prisons",
        "social_services", "other",
    ),
    "sectors": (
        "healthcare", "education", "defense", "telecommunications", "security", "finance",
        "retail", "it_services", "public_administration", "other",
    ),
}


def _has_words(phrase: str) -> bool:
    """Whether the screening finds words in ``phrase`` to search for (as it folds it)."""
    return re.search(r"\w", fold(phrase)) is not None


class PackError(ValueError):
    """A pack that cannot be used; the message says where and why."""


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Strict):
    """Provenance of data a pack uses (CC BY needs producer, title, licence and changes).

    Criteria cite a source by its ``id`` in their ``basis`` (see ``domain/citations.py``);
    ``short`` is the title a citation shows ("BSR (2022) Sales Partners brief, §6.4").
    """

    id: str
    producer: str
    title: str
    short: str = ""
    version: str = ""
    url: str = ""
    accessed: str = ""
    licence: str = ""
    licence_url: str = ""
    citation: str = ""
    changes: str = ""


class Term(_Strict):
    """One vocabulary entry. ``reason`` and ``action`` are shown on the flag it raises."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str
    level: Level = "standard"
    reason: str = ""
    action: str = ""
    basis: str = ""
    description: str = ""


class Vocabulary(_Strict):
    product_categories: tuple[Term, ...]
    customer_types: tuple[Term, ...]
    government_functions: tuple[Term, ...]
    sectors: tuple[Term, ...]
    use_cases: tuple[Term, ...]


class CountryTier(_Strict):
    level: Level
    basis: str = ""


class Geography(_Strict):
    source: str  # a Source id
    method: str
    attribution: str
    fallback_level: Level
    fallback_note: str
    high_reason: str
    elevated_reason: str
    action: str = ""
    countries: dict[str, CountryTier]


class RedFlag(_Strict):
    """Phrases searched in the free-text intended use (case- and accent-insensitive).

    A phrase is a few words; each word matches as a word prefix (``track`` matches
    "tracking") and up to ``gap`` other words may stand between two of them.
    """

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    level: Level
    label: str
    reason: str
    action: str
    basis: str = ""
    use_case: str | None = None  # the prohibited or high-risk use case it points to
    gap: int = Field(default=3, ge=0, le=6)
    phrases: dict[str, tuple[str, ...]]  # language code -> phrases


class Negation(_Strict):
    """Words that rule a red-flag phrase out when they stand shortly before it ("thermal
    cameras, no face recognition"), per language.

    A phrase is negated by the ``words`` of its own language; phrases of ``shared_languages``
    (English, whose terms other languages borrow: "ohne face recognition") by those of every
    language. Only the ``window`` words before the phrase count, and none before a clause break
    (``. , ; : ! ?``) or a ``breaks`` word ("but", "pero"). A negated phrase does not raise the
    risk: it is shown with ``reason`` and ``action`` as a flag of no severity.
    """

    window: int = Field(default=4, ge=1, le=8)
    words: dict[str, tuple[str, ...]]
    breaks: dict[str, tuple[str, ...]] = {}
    shared_languages: tuple[str, ...] = ()
    reason: str
    action: str


class Question(_Strict):
    """A yes / no / unknown checklist question, asked where one of ``ask_when`` fired.

    ``ask_when`` holds flag criteria (``category.video_surveillance``, ``negated.censorship``
    for a red flag's words after a negation), criteria prefixes ending in ``*``
    (``red_flag.*``), factors (``factor:customer``) or tiers (``tier:high``).
    """

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    text: str
    guidance: str
    ask_when: tuple[str, ...]
    risky_answer: Literal["yes", "no"]
    basis: str = ""


class Mitigation(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str
    description: str
    basis: str = ""


class Rule(_Strict):
    """If every factor in ``when`` is at least the level given, the order is at least ``tier``."""

    id: str
    when: dict[RuleFactor, Level]
    tier: Tier
    explanation: str
    basis: str = ""


class MissingRule(_Strict):
    level: Level
    reason: str
    action: str
    basis: str = ""
    # Counts as a risk only in an order with a product (or use) of this level or higher; below
    # it the flag is shown for information and raises nothing (a mouse for a private buyer
    # needs no stated use; a camera does).
    from_product: Level | None = None


class TierText(_Strict):
    label: str
    summary: str
    next_steps: tuple[str, ...]


class Holds(_Strict):
    hold_from_tier: Tier = "high"
    self_service_hold_from_tier: Tier = "elevated"
    senior_approval_from_tier: Tier = "high"
    self_service_reason: str
    hold_reason: str
    blocked_reason: str
    explanation: str = ""  # why the thresholds are where they are


class RestrictedParties(_Strict):
    """How the order desk screens parties against the sanctions lists."""

    # a party's name scoring this or more against a listed name is a possible match (see
    # domain/sanctions/matching.py for how a score is made)
    threshold: float = Field(default=DEFAULT_THRESHOLD, ge=MIN_THRESHOLD, le=MAX_THRESHOLD)


class CriteriaPack(_Strict):
    format: Literal["channel-diligence-pack/1"]
    id: str
    version: str
    issuer: str
    issued: dt.date
    title: str
    description: str = ""
    languages: tuple[str, ...] = ("en",)
    sources: tuple[Source, ...]
    vocabulary: Vocabulary
    geography: Geography
    red_flags: tuple[RedFlag, ...]
    negation: Negation | None = None
    checklist: tuple[Question, ...]
    mitigations: tuple[Mitigation, ...]
    missing_information: dict[str, MissingRule]
    rules: tuple[Rule, ...]
    tiers: dict[Tier, TierText]
    holds: Holds
    followup_days: int = Field(default=90, ge=1, le=730)
    responsible_use_guidance: str = ""
    restricted_parties: RestrictedParties = RestrictedParties()

    @model_validator(mode="after")
    def _consistent(self) -> CriteriaPack:
        problems: list[str] = []
        for group, required in REQUIRED_VOCABULARY.items():
            ids = [t.id for t in getattr(self.vocabulary, group)]
            if len(ids) != len(set(ids)):
                problems.append(f"vocabulary.{group} has duplicate ids")
            missing = [r for r in required if r not in ids]
            if missing:
                problems.append(f"vocabulary.{group} lacks {', '.join(missing)}")
        use_case_ids = {t.id for t in self.vocabulary.use_cases}
        for flag in self.red_flags:
            if flag.use_case and flag.use_case not in use_case_ids:
                problems.append(f"red_flags.{flag.id}.use_case '{flag.use_case}' is not a use case")
            if not any(flag.phrases.values()):
                problems.append(f"red_flags.{flag.id} has no phrases")
            wordless = [p for ps in flag.phrases.values() for p in ps if not _has_words(p)]
            if wordless:  # the screening could not search for it
                problems.append(f"red_flags.{flag.id} has a phrase without words: "
                                f"{wordless[0]!r}")
        if self.negation is not None:
            # Without a language's words, its phrases would never be seen as negated.
            lacking = [lang for lang in self.languages if not self.negation.words.get(lang)]
            if lacking:
                problems.append(f"negation.words lacks {', '.join(lacking)}")
        absent = [k for k in MISSING_KINDS if k not in self.missing_information]
        if absent:
            problems.append(f"missing_information lacks {', '.join(absent)}")
        unknown = [k for k in self.missing_information if k not in MISSING_KINDS]
        if unknown:
            problems.append(f"missing_information has unknown kinds {', '.join(unknown)}")
        absent_tiers = [t for t in TIERS if t not in self.tiers]
        if absent_tiers:
            problems.append(f"tiers lacks {', '.join(absent_tiers)}")
        source_ids = {s.id for s in self.sources}
        if self.geography.source not in source_ids:
            problems.append(f"geography.source '{self.geography.source}' is not in sources")
        bad_codes = [c for c in self.geography.countries if len(c) != 2 or not c.isupper()]
        if bad_codes:
            problems.append(f"geography.countries has bad codes {', '.join(bad_codes[:5])}")
        q_ids = [q.id for q in self.checklist]
        if len(q_ids) != len(set(q_ids)):
            problems.append("checklist has duplicate ids")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    # -- lookups -----------------------------------------------------------------------------
    def term(self, group: str, term_id: str | None) -> Term | None:
        if term_id is None:
            return None
        for t in getattr(self.vocabulary, group):
            if t.id == term_id:
                return t
        return None

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    @property
    def prohibited_use_cases(self) -> tuple[Term, ...]:
        return tuple(t for t in self.vocabulary.use_cases if t.level == "prohibited")


@dataclass(frozen=True, slots=True)
class PackRef:
    """What a screening records about the pack it used."""

    id: str
    version: str
    sha256: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class LoadedPack:
    pack: CriteriaPack
    ref: PackRef
    canonical: bytes  # canonical JSON bytes; what the hash is taken of and what is stored

    @property
    def party_threshold(self) -> float:
        """The score from which a party's name is a possible match of a listed name (the
        pack's ``restricted_parties.threshold``, else the matcher's default)."""
        return self.pack.restricted_parties.threshold


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def load_pack(raw: bytes | str) -> LoadedPack:
    """Parse and validate a pack; raises :class:`PackError` with a specific message."""
    try:
        data = read_json(raw)
    except InputError as exc:
        raise PackError(str(exc)) from None
    if not isinstance(data, dict):
        raise PackError("The pack must be a JSON object.")
    if data.get("format") != PACK_FORMAT:
        raise PackError(
            f"This is not a Channel Diligence criteria pack (format must be '{PACK_FORMAT}', "
            f"found {data.get('format')!r})."
        )
    try:
        pack = CriteriaPack.model_validate(data)
    except ValidationError as exc:
        where, reason = problem(exc)
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise PackError(f"The pack is invalid at {where or 'pack'}: {reason}{more}") from None
    canonical = canonical_json(data)
    ref = PackRef(pack.id, pack.version, hashlib.sha256(canonical).hexdigest())
    return LoadedPack(pack, ref, canonical)


@dataclass(frozen=True, slots=True)
class PackChange:
    section: str
    item: str
    change: Literal["added", "removed", "changed"]
    detail: str = ""


def diff_packs(old: CriteriaPack, new: CriteriaPack) -> list[PackChange]:
    """What a replacement pack changes, for the user to review before importing it."""
    changes: list[PackChange] = []

    def by_id(items: tuple[Any, ...]) -> dict[str, Any]:
        return {i.id: i for i in items}

    sections: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]] = {
        f"vocabulary.{g}": (getattr(old.vocabulary, g), getattr(new.vocabulary, g))
        for g in ("product_categories", "customer_types", "government_functions", "sectors",
                  "use_cases")
    }
    sections |= {
        "red_flags": (old.red_flags, new.red_flags),
        "checklist": (old.checklist, new.checklist),
        "mitigations": (old.mitigations, new.mitigations),
        "rules": (old.rules, new.rules),
    }
    for section, (a_items, b_items) in sections.items():
        a, b = by_id(a_items), by_id(b_items)
        for key in b.keys() - a.keys():
            changes.append(PackChange(section, key, "added"))
        for key in a.keys() - b.keys():
            changes.append(PackChange(section, key, "removed"))
        for key in a.keys() & b.keys():
            if a[key] != b[key]:
                detail = ""
                old_level = getattr(a[key], "level", None) or getattr(a[key], "tier", None)
                new_level = getattr(b[key], "level", None) or getattr(b[key], "tier", None)
                if old_level != new_level:
                    detail = f"{old_level} -> {new_level}"
                changes.append(PackChange(section, key, "changed", detail))
    for kind in sorted(old.missing_information.keys() | new.missing_information.keys()):
        before_rule = old.missing_information.get(kind)
        after_rule = new.missing_information.get(kind)
        if before_rule != after_rule:
            kind_change = ("added" if before_rule is None else "removed" if after_rule is None
                           else "changed")
            detail = ""
            if before_rule and after_rule and before_rule.level != after_rule.level:
                detail = f"{before_rule.level} -> {after_rule.level}"
            elif before_rule and after_rule and \
                    before_rule.from_product != after_rule.from_product:
                detail = (f"counts from product level {before_rule.from_product or 'any'} -> "
                          f"{after_rule.from_product or 'any'}")
            changes.append(PackChange("missing_information", kind, kind_change, detail))
    for name in ("hold_from_tier", "self_service_hold_from_tier", "senior_approval_from_tier"):
        before_tier, after_tier = getattr(old.holds, name), getattr(new.holds, name)
        if before_tier != after_tier:
            changes.append(PackChange("holds", name, "changed", f"{before_tier} -> {after_tier}"))
    # Negation words decide whether a red flag counts: each language's words and breaks.
    a_neg, b_neg = old.negation, new.negation
    a_words = {k: (v, a_neg.breaks.get(k, ())) for k, v in a_neg.words.items()} if a_neg else {}
    b_words = {k: (v, b_neg.breaks.get(k, ())) for k, v in b_neg.words.items()} if b_neg else {}
    for lang in sorted(a_words.keys() | b_words.keys()):
        if a_words.get(lang) != b_words.get(lang):
            kind = ("added" if lang not in a_words else "removed" if lang not in b_words
                    else "changed")
            changes.append(PackChange("negation", lang, kind))
    a_window = a_neg.window if a_neg else None
    b_window = b_neg.window if b_neg else None
    if a_neg and b_neg and a_window != b_window:
        changes.append(PackChange("negation", "window", "changed", f"{a_window} -> {b_window}"))
    a_geo, b_geo = old.geography.countries, new.geography.countries
    for code in sorted(a_geo.keys() | b_geo.keys()):
        before = a_geo[code].level if code in a_geo else None
        after = b_geo[code].level if code in b_geo else None
        if before != after:
            kind = "added" if before is None else "removed" if after is None else "changed"
            changes.append(PackChange("geography", code, kind, f"{before} -> {after}"))
    return sorted(changes, key=lambda c: (c.section, c.item))
