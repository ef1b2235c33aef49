"""The shipped default criteria pack: loads, covers every country, is traceable and reproducible."""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
import re
from pathlib import Path

import pycountry
import pytest

from reseller_app.domain.packs import LEVELS, MISSING_KINDS, REQUIRED_VOCABULARY, load_pack
from reseller_app.domain.screening import phrase_pattern

ROOT = Path(__file__).resolve().parents[2]
PACK_FILE = importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json"


@pytest.fixture(scope="module")
def raw() -> bytes:
    return PACK_FILE.read_bytes()


@pytest.fixture(scope="module")
def pack(raw):
    return load_pack(raw).pack


@pytest.fixture(scope="module")
def build_module():
    spec = importlib.util.spec_from_file_location(
        "build_default_pack", ROOT / "scripts" / "build_default_pack.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loads_with_its_identity(pack):
    assert pack.id == "channel-diligence-default"
    assert pack.format == "channel-diligence-pack/1"
    assert set(pack.languages) == {"en", "es", "fr", "pt"}
    assert pack.responsible_use_guidance


def test_every_country_has_a_tier(pack):
    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    countries = pack.geography.countries
    assert codes <= countries.keys()
    assert all(countries[c].level in LEVELS and countries[c].basis for c in codes)


def _lowest(row: dict[str, str]) -> float:
    cols = ("rule_of_law", "control_of_corruption", "voice_accountability")
    return min(float(row[c]) for c in cols if row[c])


@pytest.mark.parametrize(
    ("code", "level"),
    [("FI", "standard"), ("DE", "standard"), ("SO", "high"), ("VE", "high"),
     ("BR", "elevated"), ("TR", "elevated"), ("XK", "elevated"),
     ("GG", "standard"), ("NC", "standard"), ("EH", "elevated"), ("VA", "elevated")],
)
def test_known_tiers(pack, code, level):
    assert pack.geography.countries[code].level == level


def test_a_mid_country_is_elevated_from_the_csv(pack):
    import csv

    with open(ROOT / "resources" / "data" / "wgi" / "wgi_latest.csv", encoding="utf-8") as fh:
        rows = {r["iso2"]: r for r in csv.DictReader(fh)}
    assert 25 <= _lowest(rows["BR"]) < 50
    assert pack.geography.countries["BR"].level == "elevated"
    assert "34.43" in pack.geography.countries["BR"].basis


def test_territory_follows_the_administering_country(pack):
    countries = pack.geography.countries
    assert countries["GG"].level == countries["GB"].level
    assert "administering country" in countries["GG"].basis
    assert countries["EH"].basis == "No WGI data; fallback tier"
    assert countries["EH"].level == pack.geography.fallback_level


def test_required_vocabulary(pack):
    for group, ids in REQUIRED_VOCABULARY.items():
        present = {t.id for t in getattr(pack.vocabulary, group)}
        assert set(ids) <= present, group
    prohibited = {t.id for t in pack.prohibited_use_cases}
    assert prohibited == {"mass_surveillance_facial_recognition", "targeting_journalists_defenders",
                          "censorship_shutdown", "profiling_protected_groups"}
    assert set(MISSING_KINDS) == set(pack.missing_information)


def test_every_item_is_traceable(pack):
    groups = ("product_categories", "customer_types", "government_functions", "sectors",
              "use_cases")
    items = [t for g in groups for t in getattr(pack.vocabulary, g)]
    items += [*pack.rules, *pack.red_flags, *pack.checklist, *pack.mitigations]
    items += list(pack.missing_information.values())
    assert all(item.basis.strip() for item in items), [i for i in items if not i.basis.strip()]


def test_red_flags_have_phrases_in_every_language_and_they_compile(pack):
    assert 20 <= len(pack.red_flags) <= 30
    for flag in pack.red_flags:
        assert set(flag.phrases) == {"en", "es", "fr", "pt"}, flag.id
        for phrases in flag.phrases.values():
            assert phrases
            for phrase in phrases:
                re.compile(phrase_pattern(phrase, flag.gap))
        if flag.level == "prohibited":
            assert flag.use_case in {t.id for t in pack.prohibited_use_cases}, flag.id


def test_checklist_asks_only_on_known_criteria(pack):
    assert 12 <= len(pack.checklist) <= 18
    v = pack.vocabulary
    known = {
        "category": {t.id for t in v.product_categories},
        "use_case": {t.id for t in v.use_cases},
        "customer_type": {t.id for t in v.customer_types},
        "government_function": {t.id for t in v.government_functions},
        "sector": {t.id for t in v.sectors},
        "red_flag": {f.id for f in pack.red_flags},
        "negated": {f.id for f in pack.red_flags},  # a red flag's words after "no"
        "missing": set(MISSING_KINDS),
    }
    for q in pack.checklist:
        assert q.ask_when and q.guidance and q.basis
        for cond in q.ask_when:
            assert re.fullmatch(
                r"(category|use_case|red_flag|negated|customer_type|government_function|sector)"
            r"\.[a-z0-9_]+"
                r"|(category|use_case|red_flag|customer_type|government_function|sector)\.\*"
                r"|country\.(elevated|high)|missing\.[a-z_]+|factor:(product|customer|geography|missing)"
                r"|tier:(elevated|high|prohibited)", cond), (q.id, cond)
            kind, _, ident = cond.partition(".")
            if ident and ident != "*" and kind in known:
                assert ident in known[kind], (q.id, cond)


def test_attribution_is_exact(pack):
    line = ("The World Bank: Worldwide Governance Indicators: WGI 2024 Update (wgidataset.xlsx, "
            "data 1996–2023), https://www.worldbank.org/en/publication/worldwide-governance-indicators")
    assert pack.geography.attribution.startswith(line)
    assert pack.source("wgi").citation == line


def test_regenerating_reproduces_the_committed_file(build_module, raw):
    pack = build_module.build(
        ROOT / "resources" / "packs" / "default-pack.source.json",
        ROOT / "resources" / "data" / "wgi" / "wgi_latest.csv",
    )
    text = json.dumps(pack, indent=1, ensure_ascii=False) + "\n"
    assert text.encode("utf-8") == raw
