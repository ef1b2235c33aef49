"""The screening engine: an order and a criteria pack in, an explained tier out.

Follows the end-use risk framework of the BSR brief (section 4): the product and its use case
drive the risk, the customer / end user and the geography raise it, and missing information is
itself a risk (section 6.3: the end customer and the intended use are what matter most).
Section 6.4: self-service is never used for high-risk sales, which are held automatically.

Pure: no clock, no files, no database. ``Screener(pack)`` compiles the pack once (phrase
patterns, per-term flags, the rule table over all factor levels) so that screening an order is
a handful of dictionary look-ups and one pass over the intended-use text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.orders import Order, Party, SalesModel
from reseller_app.domain.packs import (
    FACTORS,
    LEVEL_RANK,
    LEVELS,
    MISSING_KINDS,
    TIER_RANK,
    TIERS,
    CriteriaPack,
    LoadedPack,
    PackRef,
    RedFlag,
    Term,
)

SEVERITIES = ("info", "elevated", "high", "prohibited")


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

    def as_dict(self) -> dict[str, Any]:
        """The CLI / packet JSON shape (stable: documented in the README)."""
        return {
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScreeningResult:
        """A stored result, as it was (not re-screened)."""
        pack = data["pack"]
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
            pack=PackRef(pack["id"], pack["version"], pack["sha256"]),
            attribution=data.get("attribution", ""),
            summary=data.get("summary", ""),
        )



# -- text matching --------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text (``Periodistas`` -> ``periodistas``)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def phrase_pattern(phrase: str, gap: int) -> str:
    """A phrase's words as word prefixes, in order, with up to ``gap`` words between them."""
    words = re.findall(r"\w+", fold(phrase))
    if not words:
        raise ValueError(f"phrase {phrase!r} has no words")
    between = rf"(?:\W+\w+){{0,{gap}}}?\W+"
    return r"\b" + between.join(re.escape(w) + r"\w*" for w in words)


@dataclass(frozen=True, slots=True)
class _PhraseFlag:
    flag: RedFlag
    pattern: re.Pattern[str]


# -- the engine --------------------------------------------------------------------------------

_GROUP_CRITERION = {
    "product_categories": "category",
    "use_cases": "use_case",
    "customer_types": "customer_type",
    "government_functions": "government_function",
    "sectors": "sector",
}
_FACTOR_ORDER = {name: i for i, name in enumerate(FACTORS)}
_SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}
_LEVEL_TO_SEVERITY = {"standard": "info", "elevated": "elevated", "high": "high",
                      "prohibited": "prohibited"}


class Screener:
    """A criteria pack compiled for screening many orders quickly."""

    def __init__(self, loaded: LoadedPack) -> None:
        pack = loaded.pack
        self.pack = pack
        self.ref = loaded.ref
        self._terms: dict[str, dict[str, Term]] = {
            group: {t.id: t for t in getattr(pack.vocabulary, group)} for group in _GROUP_CRITERION
        }
        self._missing = pack.missing_information
        self._phrases = tuple(
            _PhraseFlag(
                flag,
                re.compile(
                    "|".join(
                        phrase_pattern(p, flag.gap)
                        for phrases in flag.phrases.values()
                        for p in phrases
                    )
                ),
            )
            for flag in pack.red_flags
        )
        self._countries = pack.geography.countries
        self._rule_table = self._compile_rules(pack)
        self._hold_from = TIER_RANK[pack.holds.hold_from_tier]
        self._self_service_from = TIER_RANK[pack.holds.self_service_hold_from_tier]
        self._senior_from = TIER_RANK[pack.holds.senior_approval_from_tier]
        self._red_flag_cache: dict[str, tuple[Flag, ...]] = {}

    @staticmethod
    def _compile_rules(pack: CriteriaPack) -> dict[tuple[int, ...], tuple[str, tuple[str, ...]]]:
        """Tier and deciding rules for every combination of factor levels (4**4 entries)."""
        table: dict[tuple[int, ...], tuple[str, tuple[str, ...]]] = {}
        for combo in itertools.product(range(len(LEVELS)), repeat=len(FACTORS)):
            levels = dict(zip(FACTORS, combo, strict=True))
            matched = [
                r for r in pack.rules
                if all(levels[f] >= LEVEL_RANK[lvl] for f, lvl in r.when.items())
            ]
            tier = max((r.tier for r in matched), key=TIER_RANK.__getitem__, default="low")
            table[combo] = (tier, tuple(r.id for r in matched if r.tier == tier))
        return table

    # -- factors ---------------------------------------------------------------------------
    def _term_flag(self, group: str, term_id: str, factor: str, subject: str,
                   out: list[Flag], missing: list[tuple[str, str]]) -> str:
        """Flag for a vocabulary value; returns its level (unknown ids count as missing)."""
        term = self._terms[group].get(term_id)
        if term is None:
            missing.append(("unrecognised_value", f"{subject}: '{term_id}'"))
            return "standard"
        if term.level != "standard":
            out.append(Flag(factor, f"{_GROUP_CRITERION[group]}.{term.id}",
                            _LEVEL_TO_SEVERITY[term.level], term.reason, term.action,
                            term.basis, subject))
        return term.level

    def _red_flags(self, text: str) -> tuple[Flag, ...]:
        cached = self._red_flag_cache.get(text)
        if cached is not None:
            return cached
        folded = fold(text)
        found: list[Flag] = []
        for pf in self._phrases:
            m = pf.pattern.search(folded)
            if m:
                f = pf.flag
                found.append(Flag("product", f"red_flag.{f.id}", _LEVEL_TO_SEVERITY[f.level],
                                  f.reason, f.action, f.basis, f'"{m.group(0)}"'))
        result = tuple(found)
        if len(self._red_flag_cache) < 50_000:
            self._red_flag_cache[text] = result
        return result

    def _party(self, party: Party, role: str, flags: list[Flag],
               missing: list[tuple[str, str]]) -> int:
        level = 0
        if party.type is None or party.type == "unknown":
            missing.append(("customer_type", role))
        else:
            lvl = self._term_flag("customer_types", party.type, "customer", role, flags, missing)
            level = max(level, LEVEL_RANK[lvl])
        if party.government_function is not None:
            lvl = self._term_flag("government_functions", party.government_function, "customer",
                                  role, flags, missing)
            level = max(level, LEVEL_RANK[lvl])
        elif party.type == "government":
            missing.append(("government_function", role))
        if party.sector is not None:
            lvl = self._term_flag("sectors", party.sector, "customer", role, flags, missing)
            level = max(level, LEVEL_RANK[lvl])
        return level

    def _geography(self, code: str, role: str, flags: list[Flag]) -> int:
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

    # -- screening ---------------------------------------------------------------------------
    def screen(self, order: Order) -> ScreeningResult:
        flags: list[Flag] = []
        missing: list[tuple[str, str]] = []  # (kind, subject)

        # Product and use case: what is sold and what for.
        product = 0
        for category, subject in _line_categories(order, missing):
            lvl = self._term_flag("product_categories", category, "product", subject, flags,
                                  missing)
            product = max(product, LEVEL_RANK[lvl])
        for tag in order.use_cases:
            lvl = self._term_flag("use_cases", tag, "product", "use case", flags, missing)
            product = max(product, LEVEL_RANK[lvl])
        if order.intended_use:
            for f in self._red_flags(order.intended_use):
                flags.append(f)
                product = max(product, _SEVERITY_RANK[f.severity])
        elif not order.use_cases:
            missing.append(("intended_use", "order"))

        # Customer / end user: who buys and who will use it.
        customer = order.customer
        if customer.name is None:
            missing.append(("customer_identity", "customer"))
        customer_level = self._party(customer, "customer", flags, missing)
        end_user = order.end_user
        if end_user is not None:
            if end_user.name is None:
                missing.append(("end_user", "end user"))
            customer_level = max(customer_level, self._party(end_user, "end user", flags, missing))

        # Geography: where it goes and where its user is.
        geography = 0
        destination = order.destination_country or order.effective_end_user.country
        if destination is None:
            missing.append(("destination", "order"))
        else:
            geography = self._geography(destination, "destination", flags)
        user_country = order.effective_end_user.country
        if user_country is not None and user_country != destination:
            geography = max(geography, self._geography(user_country, "end user", flags))

        # Missing information is itself a risk (BSR 2022 §6.3).
        missing_level = 0
        seen: set[str] = set()
        for kind, subject in missing:
            rule = self._missing[kind]
            missing_level = max(missing_level, LEVEL_RANK[rule.level])
            flags.append(Flag("missing", f"missing.{kind}", _LEVEL_TO_SEVERITY[rule.level],
                              rule.reason, rule.action, rule.basis, subject))
            seen.add(kind)

        factors = (product, customer_level, geography, missing_level)
        tier, rules = self._rule_table[factors]
        return self._result(order, tier, rules, factors, flags, tuple(k for k in MISSING_KINDS
                                                                         if k in seen))

    def _result(self, order: Order, tier: str, rules: tuple[str, ...], factors: tuple[int, ...],
                flags: list[Flag], missing: tuple[str, ...]) -> ScreeningResult:
        pack = self.pack
        rank = TIER_RANK[tier]
        blocked = tier == "prohibited"
        self_service = order.sales_model is SalesModel.SELF_SERVICE
        reasons: list[str] = []
        if blocked:
            reasons.append(pack.holds.blocked_reason)
        elif rank >= self._hold_from:
            reasons.append(pack.holds.hold_reason)
        if self_service and rank >= self._self_service_from and not blocked:
            reasons.append(pack.holds.self_service_reason)
        flags.sort(key=lambda f: (-_SEVERITY_RANK[f.severity], _FACTOR_ORDER[f.factor]))
        text = pack.tiers[tier]
        levels = {f: LEVELS[v] for f, v in zip(FACTORS, factors, strict=True)}
        return ScreeningResult(
            tier=tier,
            hold=bool(reasons),
            blocked=blocked,
            needs_senior_approval=rank >= self._senior_from and not blocked,
            hold_reasons=tuple(reasons),
            flags=tuple(flags),
            missing=missing,
            next_steps=text.next_steps,
            checklist=self._checklist(tier, flags, levels),
            factors=levels,
            rules=rules,
            pack=self.ref,
            attribution=pack.geography.attribution if levels["geography"] != "standard" else "",
            summary=text.summary,
        )

    def _checklist(self, tier: str, flags: list[Flag], levels: dict[str, str]) -> tuple[str, ...]:
        criteria = {f.criterion for f in flags}
        keys = criteria | {f"factor:{f}" for f, lvl in levels.items() if lvl != "standard"}
        keys |= {f"tier:{t}" for t in TIERS[1: TIER_RANK[tier] + 1]}
        asked: list[str] = []
        for q in self.pack.checklist:
            for cond in q.ask_when:
                hit = any(c.startswith(cond[:-1]) for c in criteria) if cond.endswith("*") \
                    else cond in keys
                if hit:
                    asked.append(q.id)
                    break
        return tuple(asked)


def _line_categories(order: Order, missing: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each distinct category on the order with the lines it covers (for the flag's subject)."""
    by_category: dict[str, list[str]] = {}
    for i, line in enumerate(order.lines, start=1):
        label = line.sku or line.description or f"line {i}"
        if line.category is None:
            missing.append(("product_category", label))
        else:
            by_category.setdefault(line.category, []).append(label)
    if not order.lines:
        missing.append(("product_category", "order has no lines"))
    return [(cat, ", ".join(labels)) for cat, labels in by_category.items()]


def screen(order: Order, pack: LoadedPack) -> ScreeningResult:
    """Screen one order. To screen many, build one :class:`Screener` and reuse it."""
    return Screener(pack).screen(order)
