"""The screening engine as it was before its fast path (kept to check the fast one against).

A copy of the engine in ``reseller_app/domain/screening.py`` before the commit that added
``Screener.stored_json`` (its result classes and ``fold`` are the module's own): every order
must get the same ``as_dict()`` from both.

Pack 2026.12.0 changed the rules on purpose, and this copy with them, written the plain way: rules
may test the intended use alone ("use"), and a red-flag phrase after a negation ("no face
recognition") is a flag of no severity (``negated.<id>``).
"""

from __future__ import annotations

import itertools
import re

from reseller_app.domain.orders import Order, Party, SalesModel
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
    RedFlag,
    Term,
)

# The result's containers and text folding are not what the fast path changed: shared.
from reseller_app.domain.screening import (
    SEVERITIES,
    Flag,
    ScreeningResult,
    fold,
    negated_reason,
)


def phrase_pattern(phrase: str, gap: int) -> str:
    """A phrase's words as word prefixes, in order, with up to ``gap`` words between them."""
    words = re.findall(r"\w+", fold(phrase))
    if not words:
        raise ValueError(f"phrase {phrase!r} has no words")
    between = rf"(?:\W+\w+){{0,{gap}}}?\W+"
    return r"\b" + between.join(re.escape(w) + r"\w*" for w in words)


class _PhraseFlag:
    """A red flag's phrases as one pattern, compiled on first use (most never are)."""

    __slots__ = ("_pattern", "_source", "flag")

    def __init__(self, flag: RedFlag) -> None:
        self.flag = flag
        self._source = "|".join(phrase_pattern(p, flag.gap)
                                for phrases in flag.phrases.values() for p in phrases)
        self._pattern: re.Pattern[str] | None = None

    def search(self, folded: str) -> re.Match[str] | None:
        if self._pattern is None:
            self._pattern = re.compile(self._source)
        return self._pattern.search(folded)

    def hits(self, folded: str) -> list[tuple[re.Match[str], str, set[str]]]:
        """Every match at the start of a word, in text order, with the phrase and its languages
        that matched (the first in the pack's order that matches there)."""
        phrases = [p for ps in self.flag.phrases.values() for p in ps]
        found = []
        for start in re.finditer(r"\b\w", folded):
            for p in phrases:
                m = re.compile(phrase_pattern(p, self.flag.gap)).match(folded, start.start())
                if m:
                    langs = {lang for lang, ps in self.flag.phrases.items() if p in ps}
                    found.append((m, p, langs))
                    break
        return found


def _negation_start(folded: str, pos: int, phrase: str, langs: set[str], negation: Negation
                    ) -> int | None:
    """Where a negation of ``phrase``, found at ``pos``, begins (None: not negated)."""
    if langs & set(negation.shared_languages):
        words = [w for ws in negation.words.values() for w in ws]
    else:
        words = [w for lang in langs for w in negation.words.get(lang, ())]
    negators = {fold(w) for w in words}
    if any(w in negators for w in re.findall(r"\w+", fold(phrase))):
        return None  # the phrase says a negation itself
    breaks = {fold(w) for ws in negation.breaks.values() for w in ws}
    clause = re.split(r"[.,;:!?()\[\]\n]", folded[:pos])[-1]
    offset = pos - len(clause)
    tokens = list(re.finditer(r"\w+(?:['\u2019]\w+)*", clause))[-negation.window:]
    for t in reversed(tokens):
        word = t.group().replace("\u2019", "'")
        if word in negators:
            return offset + t.start()
        if word in breaks:
            return None
    return None


def _first_words(flag: RedFlag) -> set[str]:
    """The folded first word of each phrase: a text without one cannot match the flag."""
    return {re.findall(r"\w+", fold(p))[0] for phrases in flag.phrases.values() for p in phrases}


# -- the engine --------------------------------------------------------------------------------

_GROUP_CRITERION = {
    "product_categories": "category",
    "use_cases": "use_case",
    "customer_types": "customer_type",
    "government_functions": "government_function",
    "sectors": "sector",
}
# Which field held a value the pack does not know, in words ("customer sector").
_FIELD_NAMES = {
    "product_categories": lambda subject: f"category of {subject}",
    "use_cases": lambda subject: "use case",
    "customer_types": lambda subject: f"{subject} type",
    "government_functions": lambda subject: f"{subject} government function",
    "sectors": lambda subject: f"{subject} sector",
}
_FACTOR_ORDER = {name: i for i, name in enumerate(FACTORS)}
_WORD = re.compile(r"\w+")
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
        self._phrases = tuple(_PhraseFlag(flag) for flag in pack.red_flags)
        # Pre-filter: the flags each phrase's first word (a word prefix) may start. One search
        # for any first word tells most texts ("Laptops for the accounting team") apart at once.
        self._by_first: dict[str, list[int]] = {}
        for i, flag in enumerate(pack.red_flags):
            for word in _first_words(flag):
                self._by_first.setdefault(word, []).append(i)
        self._first_lengths = sorted({len(w) for w in self._by_first}, reverse=True)
        self._any_first = re.compile(r"\b(?:" + "|".join(
            re.escape(w) for w in sorted(self._by_first, key=len, reverse=True)) + ")")
        self._checklist_cache: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}
        # Each question: the exact keys and the criterion prefixes ("red_flag.*") that ask it.
        self._questions = tuple(
            (q.id, frozenset(c for c in q.ask_when if not c.endswith("*")),
             tuple(c[:-1] for c in q.ask_when if c.endswith("*")))
            for q in pack.checklist)
        self._countries = pack.geography.countries
        self._rule_table = self._compile_rules(pack)
        self._hold_from = TIER_RANK[pack.holds.hold_from_tier]
        self._self_service_from = TIER_RANK[pack.holds.self_service_hold_from_tier]
        self._senior_from = TIER_RANK[pack.holds.senior_approval_from_tier]
        self._red_flag_cache: dict[str, tuple[Flag, ...]] = {}

    @staticmethod
    def _compile_rules(pack: CriteriaPack) -> dict[tuple[int, ...], tuple[str, tuple[str, ...]]]:
        """Tier and deciding rules for every combination of factor levels (4**5 entries)."""
        table: dict[tuple[int, ...], tuple[str, tuple[str, ...]]] = {}
        for combo in itertools.product(range(len(LEVELS)), repeat=len(RULE_FACTORS)):
            levels = dict(zip(RULE_FACTORS, combo, strict=True))
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
            missing.append(("unrecognised_value", f"{_FIELD_NAMES[group](subject)}: '{term_id}'"))
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
        negation = self.pack.negation
        for i in self._candidates(folded):
            pf = self._phrases[i]
            if not pf.search(folded):
                continue
            f = pf.flag
            plain, negated = None, None
            for m, phrase, langs in pf.hits(folded):
                where = (_negation_start(folded, m.start(), phrase, langs, negation)
                         if negation is not None else None)
                if where is None:
                    plain = m
                    break
                if negated is None:
                    negated = folded[where:m.end()]
            if plain is not None:
                found.append(Flag("product", f"red_flag.{f.id}", _LEVEL_TO_SEVERITY[f.level],
                                  f.reason, f.action, f.basis, f'"{plain.group(0)}"'))
            elif negated is not None:
                assert negation is not None
                found.append(Flag("product", f"negated.{f.id}", "info",
                                  negated_reason(f, negation), negation.action, f.basis,
                                  f'"{negated}"'))
        result = tuple(found)
        if len(self._red_flag_cache) < 50_000:
            self._red_flag_cache[text] = result
        return result

    def _candidates(self, folded: str) -> list[int]:
        """The red flags whose phrases could match (in pack order)."""
        hits: set[int] = set()
        for m in self._any_first.finditer(folded):
            word = _WORD.match(folded, m.start())
            w = word.group(0) if word else m.group(0)
            for n in self._first_lengths:
                flags = self._by_first.get(w[:n]) if len(w) >= n else None
                if flags:
                    hits.update(flags)
        return sorted(hits)

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
        use = 0
        for tag in order.use_cases:
            lvl = self._term_flag("use_cases", tag, "product", "use case", flags, missing)
            use = max(use, LEVEL_RANK[lvl])
        if order.intended_use:
            for f in self._red_flags(order.intended_use):
                flags.append(f)
                use = max(use, _SEVERITY_RANK[f.severity])
        elif not order.use_cases:
            missing.append(("intended_use", "order"))
        product = max(product, use)

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
        # ...and where the party receiving it for them is, when that is another country.
        consignee_country = order.consignee.country if order.consignee is not None else None
        if consignee_country is not None and consignee_country not in (destination,
                                                                       user_country):
            geography = max(geography, self._geography(consignee_country, "consignee", flags))

        # Missing information is itself a risk (BSR 2022 §6.3).
        missing_level = 0
        seen: set[str] = set()
        for kind, subject in missing:
            rule = self._missing[kind]
            level = rule.level
            if rule.from_product is not None and product < LEVEL_RANK[rule.from_product]:
                level = "standard"  # shown, raises nothing
            missing_level = max(missing_level, LEVEL_RANK[level])
            flags.append(Flag("missing", f"missing.{kind}", _LEVEL_TO_SEVERITY[level],
                              rule.reason, rule.action, rule.basis, subject))
            if level != "standard":
                seen.add(kind)

        factors = (product, customer_level, geography, missing_level)
        tier, rules = self._rule_table[(*factors, use)]
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
        criteria = frozenset(f.criterion for f in flags)
        key = (tier, criteria | {f"factor:{f}" for f, lvl in levels.items() if lvl != "standard"})
        cached = self._checklist_cache.get(key)
        if cached is None:
            cached = self._ask(tier, criteria, levels)
            if len(self._checklist_cache) < 10_000:
                self._checklist_cache[key] = cached
        return cached

    def _ask(self, tier: str, criteria: frozenset[str], levels: dict[str, str]
             ) -> tuple[str, ...]:
        keys = criteria | {f"factor:{f}" for f, lvl in levels.items() if lvl != "standard"}
        keys |= {f"tier:{t}" for t in TIERS[1: TIER_RANK[tier] + 1]}
        asked: list[str] = []
        for qid, exact, prefixes in self._questions:
            if not keys.isdisjoint(exact) or (
                    prefixes and any(c.startswith(prefixes) for c in criteria)):
                asked.append(qid)
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
