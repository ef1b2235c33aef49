"""The labelled set of the matcher's quality check: listed OFAC names written the way a
customer's record may write them (see tests/data/sanctions/README.md)."""

from __future__ import annotations

import random
from pathlib import Path

from reseller_app.domain.sanctions.entries import ListEntry, PartyKind
from reseller_app.domain.sanctions.names import Strength, strength, tokens

ORDINARY = Path(__file__).resolve().parents[1] / "data" / "sanctions" / "ordinary_names.txt"


def ordinary_names() -> list[str]:
    lines = ORDINARY.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    letter = rng.choice([c for c in "aeioulnrst" if c != word[i]])
    return word[:i] + letter + word[i + 1:]


def variants(entries: list[ListEntry], count: int, seed: int = 14) -> list[tuple[str, str, str]]:
    """``count`` (variant, how it was made, entry id) from listed primary names of two to
    five words, cycling through: case, order (persons), typing error, words joined, split."""
    rng = random.Random(seed)
    pool = [e for e in entries if e.kind in (PartyKind.PERSON, PartyKind.ORGANISATION)
            and 2 <= len(tokens(e.primary_name)) <= 5]
    rng.shuffle(pool)
    out: list[tuple[str, str, str]] = []
    for entry in pool:
        if len(out) >= count:
            break
        name = entry.primary_name
        words = name.replace(",", " ").split()
        how = ("case", "order", "typo", "joined", "split")[len(out) % 5]
        long_words = [i for i, w in enumerate(words)
                      if len(w) >= 7 and w.isalpha() and strength(w.lower()) is Strength.STRONG]
        if how == "case":
            text = name.title() if rng.random() < 0.5 else name.lower()
        elif how == "order":
            if entry.kind is not PartyKind.PERSON or "," not in name:
                continue
            last, first = name.split(",", 1)
            text = f"{first.strip()} {last.strip().title()}"
        elif how == "typo":
            if not long_words:
                continue
            i = rng.choice(long_words)
            words[i] = _typo(words[i], rng)
            text = " ".join(words)
        elif how == "joined":
            if len(words) < 2:
                continue
            i = rng.randrange(len(words) - 1)
            text = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])
        else:
            if not long_words:
                continue
            i = rng.choice(long_words)
            cut = len(words[i]) // 2
            text = " ".join([*words[:i], words[i][:cut], words[i][cut:], *words[i + 1:]])
        out.append((text, how, entry.entry_id))
    return out
