"""Every flag cites a source the user can read: bases resolve to the pack's public sources."""

from __future__ import annotations

import importlib.resources
import json
from urllib.parse import urlparse

import pytest

from reseller_app.domain.citations import (
    Citation,
    citation_text,
    cite,
    cited_sources,
    flag_citations,
    pack_bases,
    unsourced,
)
from reseller_app.domain.packs import Source, load_pack

PACK_FILE = importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json"
# Where each public source of the default pack is published (the publisher's own site).
OFFICIAL_HOSTS = {
    "wgi": "www.worldbank.org",
    "bsr-2022": "bsr.org",
    "eu-2021-821": "eur-lex.europa.eu",
    "eu-reco-2024-2659": "eur-lex.europa.eu",
    "us-state-2020": "www.state.gov",
    "us-bis-kyc": "www.ecfr.gov",
}

SOURCES = (
    Source(id="bsr-2022", producer="BSR", title="Sales Partners", short="BSR brief",
           url="https://bsr.org/x"),
    Source(id="eu-2021-821", producer="EU", title="Regulation (EU) 2021/821",
           url="https://eur-lex.europa.eu/eli/reg/2021/821/oj"),
    Source(id="notes", producer="Us", title="Our notes"),
)


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(PACK_FILE.read_bytes())


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_FILE.read_bytes()).pack


def test_every_basis_of_the_default_pack_rests_on_a_listed_public_source(pack):
    assert unsourced(pack) == []
    assert sum(1 for _ in pack_bases(pack)) >= 120


def test_no_basis_cites_notes_that_do_not_ship(pack):
    assert all("research" not in basis.lower() for _, basis in pack_bases(pack))
    assert "research" not in {s.id for s in pack.sources}


def test_every_source_links_to_its_publisher(pack):
    assert {s.id for s in pack.sources} == set(OFFICIAL_HOSTS)
    for s in pack.sources:
        url = urlparse(s.url)
        assert url.scheme == "https" and url.hostname == OFFICIAL_HOSTS[s.id], s.url
        assert s.producer and s.title and s.short and s.citation, s.id


def test_the_bsr_brief_carries_its_real_title(pack):
    bsr = pack.source("bsr-2022")
    assert bsr.title == "Sales Partners and Human Rights Due Diligence in the Technology Sector"
    assert bsr.version == "Best Practices Brief, August 2022"
    assert bsr.title in bsr.citation


def test_the_cited_places_are_the_sources_own_sections(pack):
    """BSR by its section numbers (2, 4, 6.1-6.4), the EU Regulation by article or annex."""
    places: dict[str, set[str]] = {}
    for _, basis in pack_bases(pack):
        for part in basis.split(";"):
            head, _, rest = part.strip().partition(" ")
            places.setdefault(head, set()).add(rest)
    assert {p.split(" ")[0] for p in places["bsr-2022"]} <= {"§2", "§4", "§6.1", "§6.2", "§6.3",
                                                              "§6.4"}
    assert all(p.startswith(("Art. ", "Annex")) for p in places["eu-2021-821"])
    assert all(p.startswith(("Purpose and Background", "Definitions",
                             "Due Diligence and Risk Mitigation Considerations", "Appendix 2"))
               for p in places["us-state-2020"])


def test_a_basis_reads_as_titles_with_their_sections():
    cited = cite(SOURCES, "bsr-2022 §4 (End-Use Risk Framework); eu-2021-821 Art. 5; "
                          "bsr-2022 §6.4")
    assert cited == (
        Citation("BSR brief, §4 (End-Use Risk Framework) and §6.4", "https://bsr.org/x",
                 "bsr-2022", "Sales Partners", "§4 (End-Use Risk Framework) and §6.4"),
        Citation("Regulation (EU) 2021/821, Art. 5", "https://eur-lex.europa.eu/eli/reg/2021/821/oj",
                 "eu-2021-821", "Regulation (EU) 2021/821", "Art. 5"),
    )
    assert citation_text(cited) == ("BSR brief, §4 (End-Use Risk Framework) and §6.4; "
                                    "Regulation (EU) 2021/821, Art. 5")


@pytest.mark.parametrize("basis", ["BSR 2022 §6.3", "Research notes §3", "  ", ""])
def test_free_text_of_older_packs_is_kept_as_written(basis):
    cited = cite(SOURCES, basis)
    assert citation_text(cited) == basis.strip()
    assert all(c.url == "" and c.source_id is None for c in cited)


def test_an_older_pack_still_loads_and_shows_its_basis(raw):
    old = json.loads(json.dumps(raw))
    old["sources"] = [{k: v for k, v in s.items() if k != "short"} for s in old["sources"]
                      if s["id"] == "wgi"]
    old["red_flags"][0]["basis"] = "BSR 2022 §6.2; Research notes §3"
    pack = load_pack(json.dumps(old)).pack
    flag = pack.red_flags[0]
    assert citation_text(flag_citations(pack, f"red_flag.{flag.id}", flag.basis)) == \
        "BSR 2022 §6.2; Research notes §3"
    assert f"red_flags.{flag.id}: 'Research notes §3' names no source of the pack" in \
        unsourced(pack)


def test_unsourced_names_each_basis_that_does_not_resolve(raw):
    bad = json.loads(json.dumps(raw))
    bad["checklist"][0]["basis"] = "bsr-2022"
    bad["mitigations"][0]["basis"] = ""
    bad["rules"][0]["basis"] = "vendor-aup §2"
    bad["sources"].append({"id": "vendor-aup", "producer": "A vendor", "title": "AUP"})
    pack = load_pack(json.dumps(bad)).pack
    assert unsourced(pack) == [
        f"checklist.{pack.checklist[0].id}: 'bsr-2022' does not say where in the source",
        f"mitigations.{pack.mitigations[0].id}: no basis",
        f"rules.{pack.rules[0].id}: source 'vendor-aup' has no link",
    ]


def test_a_country_flag_rests_on_the_geography_source(pack):
    basis = pack.geography.countries["VE"].basis
    (citation,) = flag_citations(pack, "country.high", basis)
    wgi = pack.source("wgi")
    assert (citation.text, citation.url, citation.source_id) == (basis, wgi.url, "wgi")
    assert cited_sources(pack, [citation]) == (wgi,)


def test_cited_sources_follow_the_pack_order(pack):
    cited = flag_citations(pack, "category.video_surveillance",
                           pack.term("product_categories", "video_surveillance").basis)
    assert [s.id for s in cited_sources(pack, cited)] == ["bsr-2022", "us-state-2020"]
