"""Translations of a criteria pack's texts (questions, guidance, reasons, labels).

A pack is written in one language. Its translations travel beside it, one file per language
(format ``channel-diligence-pack-texts/1``)::

    {"format": "channel-diligence-pack-texts/1", "pack": "<pack id>", "language": "es",
     "texts": {"checklist/end_user_verified/text": {"source": "Do you know ...",
                                                    "translation": "¿Conoce ..."}}}

A text's path names where it sits in the pack: list items by their ``id`` (or position when they
have none), objects by key. Each entry keeps the source text it translates, so a translation
whose source text has since changed is recognised as stale and not used. Translating changes
nothing the rules use, so a translated pack keeps the id, version and SHA-256 of the original:
screenings are the same in every language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from reseller_app.domain.packs import CriteriaPack
from reseller_app.domain.screening import ScreeningResult, flag_texts

TEXTS_FORMAT = "channel-diligence-pack-texts/1"

# Keys whose values are words for people; everything else (ids, levels, basis, phrases,
# sources, attribution) stays as the pack has it.
TEXT_KEYS = frozenset({
    "title", "description", "label", "reason", "action", "text", "guidance", "explanation",
    "summary", "next_steps", "method", "fallback_note", "high_reason", "elevated_reason",
    "hold_reason", "self_service_reason", "blocked_reason", "responsible_use_guidance",
})
_SKIP = frozenset({"sources", "phrases", "countries"})


def _segment(item: Any, index: int) -> str:
    return item["id"] if isinstance(item, dict) and "id" in item else str(index)


def _walk(value: Any, path: tuple[str, ...], text: bool) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIP:
                yield from _walk(item, (*path, key), key in TEXT_KEYS)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _walk(item, (*path, _segment(item, i)), text)
    elif text and isinstance(value, str) and value.strip():
        yield path, value


def text_paths(pack: CriteriaPack | Mapping[str, Any]) -> dict[str, str]:
    """Every translatable text of a pack, by path."""
    data = pack.model_dump(mode="json") if isinstance(pack, CriteriaPack) else pack
    return {"/".join(path): text for path, text in _walk(data, (), False)}


@dataclass(frozen=True, slots=True)
class PackTexts:
    pack_id: str
    language: str
    entries: dict[str, tuple[str, str]]  # path -> (source, translation)

    def usable(self, pack: CriteriaPack) -> dict[str, str]:
        """Translations whose source text is still the pack's text (stale ones are left out)."""
        current = text_paths(pack)
        return {path: tr for path, (src, tr) in self.entries.items()
                if tr and current.get(path) == src}

    def missing(self, pack: CriteriaPack) -> list[str]:
        """Paths of the pack's texts with no up-to-date translation here."""
        usable = self.usable(pack)
        return [p for p in text_paths(pack) if p not in usable]


def parse_texts(raw: bytes | str) -> PackTexts:
    """Read a translations file; raises ValueError naming what is wrong."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != TEXTS_FORMAT:
        raise ValueError(f"format is not {TEXTS_FORMAT}")
    texts = data.get("texts")
    if not isinstance(texts, dict):
        raise ValueError("'texts' is not an object")
    entries: dict[str, tuple[str, str]] = {}
    for path, entry in texts.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("source"), str)
                and isinstance(entry.get("translation"), str)):
            raise ValueError(f"texts['{path}'] needs 'source' and 'translation' strings")
        entries[path] = (entry["source"], entry["translation"])
    return PackTexts(str(data.get("pack", "")), str(data.get("language", "")), entries)


def dump_texts(pack: CriteriaPack, language: str, old: PackTexts | None = None) -> str:
    """The translations file for ``pack`` in ``language``: old translations kept where their
    source is unchanged, the rest empty (to be translated)."""
    kept = old.usable(pack) if old else {}
    texts = {path: {"source": src, "translation": kept.get(path, "")}
             for path, src in text_paths(pack).items()}
    return json.dumps({"format": TEXTS_FORMAT, "pack": pack.id, "language": language,
                       "texts": texts}, ensure_ascii=False, indent=1) + "\n"


def _set(data: Any, path: list[str], text: str) -> None:
    node = data
    for depth, seg in enumerate(path):
        if isinstance(node, list):
            key: Any = next((i for i, item in enumerate(node) if _segment(item, i) == seg), None)
        else:
            key = seg if isinstance(node, dict) and seg in node else None
        if key is None:
            return
        if depth == len(path) - 1:
            node[key] = text
        else:
            node = node[key]


def localize(pack: CriteriaPack, texts: PackTexts | None) -> CriteriaPack:
    """``pack`` with its texts in the translation's language (untranslated ones as they are)."""
    usable = texts.usable(pack) if texts else {}
    if not usable:
        return pack
    data = pack.model_dump(mode="json")
    for path, text in usable.items():
        _set(data, path.split("/"), text)
    return CriteriaPack.model_validate(data)


# -- screening results in another language ------------------------------------------------------
def localize_result(result: ScreeningResult, original: CriteriaPack, localized: CriteriaPack
                    ) -> ScreeningResult:
    """A stored screening result with the pack's words in ``localized``'s language.

    Only texts that are still the original pack's words are replaced, so a result made with
    other words (an older pack) keeps them rather than showing something it did not say.
    """
    if localized is original:
        return result
    flags = []
    for f in result.flags:
        before = flag_texts(original, f.criterion, f.subject)
        after = flag_texts(localized, f.criterion, f.subject)
        if before and after and (f.reason, f.action) == before[:2]:
            f = replace(f, reason=after[0], action=after[1])
        flags.append(f)
    holds_before, holds_after = original.holds, localized.holds
    hold_words = {getattr(holds_before, k): getattr(holds_after, k)
                  for k in ("hold_reason", "self_service_reason", "blocked_reason")}
    tier_before, tier_after = original.tiers.get(result.tier), localized.tiers.get(result.tier)
    changes: dict[str, Any] = {
        "flags": tuple(flags),
        "hold_reasons": tuple(hold_words.get(r, r) for r in result.hold_reasons)}
    if tier_before and tier_after:
        if result.summary == tier_before.summary:
            changes["summary"] = tier_after.summary
        if tuple(result.next_steps) == tier_before.next_steps:
            changes["next_steps"] = tier_after.next_steps
    return replace(result, **changes)
