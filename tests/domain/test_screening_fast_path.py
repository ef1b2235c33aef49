"""The fast screening engine gives exactly what the engine before it gave (``as_dict()``)."""

from __future__ import annotations

import dataclasses
import importlib.util
import itertools
import re
from dataclasses import fields
from pathlib import Path
from types import ModuleType

import pytest

from reseller_app.domain.order_rows import ParsedOrder, orders_from_rows, suggest_mapping
from reseller_app.domain.orders import parse_order
from reseller_app.domain.screening import (
    Screener,
    ScreeningResult,
    _screened,
    fold,
    phrase_pattern,
)
from tests.domain import screening_reference as before

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def workload() -> ModuleType:
    """``bench/workload.py``: the benchmark's varied orders and CSV rows."""
    spec = importlib.util.spec_from_file_location("bench_workload", ROOT / "bench" / "workload.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def engines(default_pack) -> tuple[Screener, before.Screener]:
    return Screener(default_pack), before.Screener(default_pack)


def _differences(engines, orders) -> list[str]:
    new, old = engines
    return [o.reference or "" for o in orders if new.screen(o).as_dict() != old.screen(o).as_dict()]


def test_the_benchmarks_10000_orders(engines, workload):
    orders = [parse_order(o) for o in workload.orders(10_000)]
    assert _differences(engines, orders) == []
    # Again, now that every memo is filled.
    assert _differences(engines, orders[:2000]) == []


def test_the_benchmarks_csv_orders(engines, workload):
    rows = workload.csv_rows(10_000)
    headers = workload.CSV_COLUMNS
    index = {k: headers.index(h) for k, h in suggest_mapping(headers).items()}
    orders = [p.order for p in orders_from_rows(enumerate(rows, start=2), index)
              if isinstance(p, ParsedOrder)]
    assert len(orders) > 5000
    assert _differences(engines, orders) == []


def _texts(pack) -> list[str]:
    """Intended uses around every phrase of the pack: as written, in capitals, words run on,
    other words between (up to one more than the flag allows), inside longer words, two
    phrases in one text, and the first word alone."""
    texts: list[str] = []
    flags = list(pack.red_flags)
    for flag in flags:
        for phrase in itertools.chain.from_iterable(flag.phrases.values()):
            words = phrase.split()
            texts += [phrase, phrase.upper(), f"We need this for {phrase} in the region.",
                      " ".join(w + "ing" for w in words), f"re{phrase}", words[0],
                      f"{phrase}, then {flags[len(texts) % len(flags)].label.lower()}"]
            for gap in range(1, flag.gap + 2):
                texts.append(f" {' '.join(['other'] * gap)} ".join(words))
            texts.append(" - ".join(words) + " (ref 123)")
            # Negations: before the phrase, too far before it, across a clause
            # break or a "but", in each language, and a plain hit after a negated one.
            texts += [f"no {phrase}", f"Sans aucune {phrase}", f"não usar para {phrase}",
                      f"not a b c d {phrase}", f"nunca; {phrase}", f"ohne {phrase}",
                      f"without {phrase} but {phrase}", f"don\u2019t {phrase}",
                      f"{words[0]} not {' '.join(words[1:])}"]
    return texts


def test_every_phrase_of_the_pack_in_many_texts(engines, default_pack):
    orders = [parse_order({"reference": f"T-{i}", "intended_use": text,
                           "customer": {"name": "A", "country": "DE", "type": "private"},
                           "lines": [{"sku": "S", "category": "general_it"}]})
              for i, text in enumerate(_texts(default_pack.pack))]
    assert len(orders) > 3000
    assert _differences(engines, orders) == []
    fired = sum(1 for o in orders if any(f.criterion.startswith("red_flag.")
                                         for f in engines[0].screen(o).flags))
    assert fired > len(orders) // 2, "the texts exercise the phrases"


def test_a_clone_shares_the_compiled_pack_but_not_the_text_cache(default_pack):
    screener = Screener(default_pack)
    order = parse_order({"intended_use": "track journalists", "lines": [{"sku": "S"}]})
    first = screener.screen(order)
    twin = screener.clone()
    assert twin._red_flag_cache == {} and screener._red_flag_cache
    assert twin._party_parts is screener._party_parts
    assert twin.screen(order) == first


@pytest.mark.parametrize("gap", [0, 1, 3])
def test_possessive_phrase_patterns_match_as_before(gap):
    texts = ["tracking the journalists", "track   journalists!", "journalists track",
             "racetrack journalists", "track a b c d journalists", "track-journalists",
             "tracks the journalist's home", "track the the journalists journalists"]
    for phrase in ("track journalist", "track", "a b"):
        for text in texts:
            old = re.search(before.phrase_pattern(phrase, gap), fold(text))
            new = re.search(phrase_pattern(phrase, gap), fold(text))
            assert (old and old.span()) == (new and new.span()), (phrase, gap, text)


def test_the_words_that_may_begin_a_phrase_are_found_in_one_pass(default_pack):
    # One pattern of all the phrases' first words (a trie) finds the words of a text that
    # begin with one of them: exactly those the test of each word found before.
    screener = Screener(default_pack)
    firsts = set(screener._by_first)
    texts = [*_texts(default_pack.pack)[:2000], "Laptops for the accounting team (ref 42)",
             "", "123 456", "ÜBERWACHUNG der Journalisten", "re-tracking_tracks x"]
    for text in texts:
        folded = fold(text)
        expected = [(m.start(), m.group()) for m in re.finditer(r"\w+", folded)
                    if any(m.group().startswith(first) for first in firsts)]
        assert [(m.start(), m.group()) for m in screener._candidates.finditer(folded)] \
            == expected, text


def test_a_result_built_slot_by_slot_is_the_dataclass_built_from_the_same_values():
    # A distinct value per field, so that two fields swapped would show.
    values = [f"value of {f.name}" for f in fields(ScreeningResult)][:-1]
    made = _screened(*values)
    assert made == ScreeningResult(*values)
    assert [getattr(made, f.name) for f in fields(ScreeningResult)] == [*values, None]


def test_a_phrase_beginning_with_a_word_of_thousands_of_letters_still_screens(default_pack):
    # Found by the pack fuzzer: the trie of first words was written out by recursion, one
    # level per letter, and a pack with a 5,000-letter word crashed the screening.
    long_word = "x" * 5000
    pack = default_pack.pack
    flag = pack.red_flags[0]
    odd = flag.model_copy(update={"phrases": {"en": (f"{long_word} cameras",)}})
    loaded = dataclasses.replace(
        default_pack, pack=pack.model_copy(update={"red_flags": (odd, *pack.red_flags[1:])}))
    screener = Screener(loaded)
    assert screener._candidates.pattern.startswith(r"\b")
    order = parse_order({"reference": "T-1", "intended_use": f"{long_word} cameras",
                         "customer": {"name": "A", "country": "DE", "type": "private"},
                         "lines": [{"sku": "S", "category": "general_it"}]})
    assert any(f.criterion == f"red_flag.{flag.id}" for f in screener.screen(order).flags)
