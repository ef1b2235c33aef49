"""The criteria pack's restricted-party threshold: optional, the matcher's default when absent,
refused in words naming the field when out of bounds, and what decides a verdict."""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

import pytest

from reseller_app.domain.packs import PackError, load_pack
from reseller_app.domain.sanctions import matching
from reseller_app.domain.sanctions.entries import ListedName, ListEntry, ListSource, PartyKind
from reseller_app.domain.sanctions.matching import NameIndex, Verdict, verdict
from reseller_app.domain.sanctions.thresholds import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
)

PACK_FILE = importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json"


@pytest.fixture(scope="module")
def default() -> dict[str, Any]:
    return json.loads(PACK_FILE.read_bytes())


def _with(pack: dict[str, Any], section: object) -> bytes:
    changed = dict(pack)
    if section is None:
        changed.pop("restricted_parties", None)
    else:
        changed["restricted_parties"] = section
    return json.dumps(changed).encode()


def test_the_default_pack_states_the_default_threshold(default: dict[str, Any]) -> None:
    assert default["restricted_parties"] == {"threshold": DEFAULT_THRESHOLD}
    assert load_pack(PACK_FILE.read_bytes()).party_threshold == DEFAULT_THRESHOLD
    assert matching.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD  # one number, two names


def test_a_pack_without_it_takes_the_matchers_default(default: dict[str, Any]) -> None:
    assert load_pack(_with(default, None)).party_threshold == DEFAULT_THRESHOLD
    assert load_pack(_with(default, {})).party_threshold == DEFAULT_THRESHOLD


@pytest.mark.parametrize("value", [MIN_THRESHOLD, 0.8, MAX_THRESHOLD])
def test_a_pack_sets_it_within_the_bounds(default: dict[str, Any], value: float) -> None:
    assert load_pack(_with(default, {"threshold": value})).party_threshold == value


@pytest.mark.parametrize(("section", "words"), [
    ({"threshold": 0.3}, "restricted_parties.threshold: must be at least 0.5"),
    ({"threshold": 1.0}, "restricted_parties.threshold: must not be more than 0.99"),
    ({"threshold": 75}, "restricted_parties.threshold: must not be more than 0.99"),
    ({"threshold": "high"}, "restricted_parties.threshold: must be a number"),
    ({"treshold": 0.8}, "restricted_parties.treshold: is not a field of this file"),
    (0.8, "restricted_parties: must be a group of named fields"),
])
def test_a_threshold_out_of_bounds_is_refused_naming_the_field(
        default: dict[str, Any], section: object, words: str) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(_with(default, section))
    assert words in str(caught.value)
    assert str(caught.value).startswith("The pack is invalid at ")


def test_the_packs_threshold_decides_the_verdict(default: dict[str, Any]) -> None:
    index = NameIndex.build([ListEntry(ListSource.UN, "KPi.033", PartyKind.PERSON,
                                       (ListedName("KIM, Jong Un", primary=True),))])
    # "Kim Jong" holds two of the listed name's three words: it scores 0.8
    for value, expected in ((0.75, Verdict.POSSIBLE_MATCH), (0.85, Verdict.CLEAR)):
        threshold = load_pack(_with(default, {"threshold": value})).party_threshold
        found = index.check("Kim Jong", threshold=threshold)
        assert verdict(found, threshold) is expected
