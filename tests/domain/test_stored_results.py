"""Stored screening results: the compact form an import writes, and the full form read as ever."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reseller_app.domain.packs import load_pack
from reseller_app.domain.screening import Screener, ScreeningResult, expand_stored, flag_texts
from tests.domain.test_screening import CASES


@pytest.fixture(scope="module")
def screener(default_pack) -> Screener:
    return Screener(default_pack)


def _results(screener):
    return [screener.screen(o) for _, o, *_ in CASES]


def test_the_compact_form_reads_back_as_the_same_result(screener, default_pack):
    for result in _results(screener):
        stored = screener.stored_json(result)
        assert ScreeningResult.from_json(stored, default_pack) == result
        # The full shape, key for key and in order, as the evidence bundle writes it.
        expanded = expand_stored(json.loads(stored), default_pack)
        assert list(expanded.items()) == list(result.as_dict().items())


def test_the_compact_form_leaves_the_packs_texts_out(screener, default_pack):
    result = next(r for r in _results(screener) if r.hold and r.flags and r.attribution)
    data = json.loads(screener.stored_json(result))
    assert data["texts"] == "pack" and data["pack"] == default_pack.ref.as_dict()
    assert all(isinstance(f, list) and len(f) == 4 for f in data["flags"])
    assert set(data["hold_reasons"]) <= {"hold", "self_service", "blocked"}
    assert not {"summary", "next_steps", "attribution"} & set(data)
    for text in (result.summary, result.attribution, *result.hold_reasons,
                 *(f.reason for f in result.flags)):
        assert text not in json.dumps(data, ensure_ascii=False)
    assert len(json.dumps(data)) * 2 < len(result.to_json())


def test_words_the_pack_would_not_give_back_are_kept(screener, default_pack):
    result = next(r for r in _results(screener) if len(r.flags) >= 2 and r.hold)
    first, *rest = result.flags
    changed = dataclasses.replace(
        result, flags=(dataclasses.replace(first, reason="Said otherwise."), *rest),
        hold_reasons=("Held by hand.",), summary="Another summary.", attribution="Someone")
    data = json.loads(screener.stored_json(changed))
    assert data["flags"][0]["reason"] == "Said otherwise." and isinstance(data["flags"][1], list)
    assert data["hold_reasons"] == [{"text": "Held by hand."}]
    assert ScreeningResult.from_dict(data, default_pack) == changed


def test_a_result_of_another_pack_is_stored_in_full(screener, default_pack):
    other = dataclasses.replace(default_pack.ref, sha256="0" * 64)
    result = dataclasses.replace(_results(screener)[3], pack=other)
    assert screener.stored_json(result) == result.to_json()
    assert ScreeningResult.from_json(screener.stored_json(result)) == result


def test_the_full_form_of_older_databases_reads_without_a_pack(screener):
    for result in _results(screener):
        for text in (result.to_json(), json.dumps(result.as_dict(), ensure_ascii=False)):
            assert not ScreeningResult.needs_pack(json.loads(text))
            assert ScreeningResult.from_json(text) == result


def test_the_compact_form_needs_the_pack_that_made_it(screener, default_pack):
    stored = screener.stored_json(_results(screener)[-1])
    with pytest.raises(ValueError, match="No criteria pack with SHA-256"):
        ScreeningResult.from_json(stored)
    raw = json.loads(default_pack.canonical)
    raw["version"] = "2099.1.0"
    newer = load_pack(json.dumps(raw))
    with pytest.raises(ValueError, match="No criteria pack with SHA-256"):
        ScreeningResult.from_json(stored, newer)


def test_a_country_flag_takes_its_countrys_basis(default_pack):
    pack = default_pack.pack
    code, entry = next((c, e) for c, e in pack.geography.countries.items()
                       if e.level == "high" and e.basis)
    reason, action, basis = flag_texts(pack, "country.high", f"end user: {code}")
    assert (reason, action, basis) == (pack.geography.high_reason, pack.geography.action,
                                       entry.basis)
    assert flag_texts(pack, "country.elevated", "destination: ZZ")[2] == \
        pack.geography.fallback_note
    assert flag_texts(pack, "red_flag.no_such_flag") is None
