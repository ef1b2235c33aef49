"""A pack's texts in another language: paths, stale translations, translated results."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reseller_app.domain.orders import parse_order
from reseller_app.domain.pack_texts import (
    dump_texts,
    localize,
    localize_result,
    parse_texts,
    text_paths,
)
from reseller_app.domain.packs import LoadedPack
from reseller_app.domain.screening import screen

CAMERAS = {"reference": "SO-1", "sales_model": "assisted",
           "customer": {"name": "Policía Regional", "country": "VE", "type": "government",
                        "government_function": "law_enforcement"},
           "destination_country": "VE", "intended_use": "Traffic monitoring",
           "lines": [{"sku": "CAM", "category": "video_surveillance", "quantity": 4}]}


def spanish(pack, overrides: dict[str, str] | None = None):
    """Every text "ES: <English>", as a translator's file would hold it."""
    data = json.loads(dump_texts(pack, "es"))
    for path, entry in data["texts"].items():
        entry["translation"] = (overrides or {}).get(path, "ES: " + entry["source"])
    return parse_texts(json.dumps(data))


def test_paths_cover_the_words_and_leave_rules_alone(default_pack: LoadedPack) -> None:
    paths = text_paths(default_pack.pack)
    assert "checklist/end_user_verified/text" in paths
    assert "vocabulary/product_categories/video_surveillance/reason" in paths
    assert "tiers/high/next_steps/0" in paths
    assert not any(p.endswith(("/basis", "/level", "/id")) or "/phrases/" in p for p in paths)


def test_a_translated_pack_keeps_its_rules(default_pack: LoadedPack) -> None:
    pack = default_pack.pack
    es = localize(pack, spanish(pack))
    assert es.checklist[0].text == "ES: " + pack.checklist[0].text
    assert [(r.id, r.when, r.tier) for r in es.rules] == [(r.id, r.when, r.tier)
                                                          for r in pack.rules]
    assert es.geography.countries == pack.geography.countries
    assert [f.phrases for f in es.red_flags] == [f.phrases for f in pack.red_flags]


def test_a_stale_translation_is_not_used(default_pack: LoadedPack) -> None:
    pack = default_pack.pack
    data = json.loads(dump_texts(pack, "es"))
    entry = data["texts"]["checklist/end_user_verified/text"]
    entry["source"], entry["translation"] = "An older question?", "¿Una pregunta antigua?"
    texts = parse_texts(json.dumps(data))
    assert "checklist/end_user_verified/text" in texts.missing(pack)
    assert localize(pack, texts).checklist[0].text == pack.checklist[0].text


def test_a_stored_result_is_shown_in_the_readers_language(default_pack: LoadedPack) -> None:
    pack = default_pack.pack
    result = screen(parse_order(CAMERAS), default_pack)
    es = localize_result(result, pack, localize(pack, spanish(pack)))
    assert (es.tier, es.hold, es.checklist) == (result.tier, result.hold, result.checklist)
    assert all(f.reason.startswith("ES: ") for f in es.flags)
    assert es.summary.startswith("ES: ") and all(s.startswith("ES: ") for s in es.next_steps)
    assert all(r.startswith("ES: ") for r in es.hold_reasons)
    # Words the pack does not have (an older pack's) stay as the result said them.
    older = dataclasses.replace(result, summary="Old words")
    assert localize_result(older, pack, localize(pack, spanish(pack))).summary == "Old words"


@pytest.mark.parametrize("bad", [
    b"not json", b'{"format": "x"}',
    b'{"format": "channel-diligence-pack-texts/1", "texts": {"a": 1}}'])
def test_a_broken_translations_file_says_what_is_wrong(bad: bytes) -> None:
    with pytest.raises(ValueError):
        parse_texts(bad)
