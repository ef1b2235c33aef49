"""An order's parties against the sanctions lists, in the screening: pure, tables of cases."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from reseller_app.domain.order_state import flag_keys
from reseller_app.domain.orders import parse_order
from reseller_app.domain.sanctions.entries import ListedName, ListEntry, ListSource, PartyKind
from reseller_app.domain.sanctions.matching import DEFAULT_THRESHOLD, NameIndex
from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.order_parties import (
    finding,
    order_parties,
    party_threshold,
)
from reseller_app.domain.sanctions.party_findings import (
    CONFIRMED,
    ENTRY_CHANGED,
    NAME_CHANGED,
    NOT_REVIEWED,
    POSSIBLE,
    REVIEWED_NOT_SAME,
    REVIEWED_SAME,
    ListUsed,
    PartyScreening,
    apply_reviews,
)
from reseller_app.domain.sanctions.reviews import Review, ReviewVerdict
from reseller_app.domain.screening import Screener, ScreeningResult

BNC = ListEntry(ListSource.OFAC, "306", PartyKind.ORGANISATION,
                (ListedName("BANCO NACIONAL DE CUBA", primary=True), ListedName("BNC")),
                countries=("CU",), programs=("CUBA",))
LISTS = (ListUsed(7, "ofac", "2021-07-02", "ab" * 32),)
LAPTOP = {"sku": "LT-14", "description": "Business laptop", "category": "general_it",
          "quantity": 10, "unit_price": 900}


def _order(customer: str, country: str = "CU", end_user: dict | None = None):
    return parse_order({"reference": "SO-1", "date": "2026-01-05",
                        "customer": {"name": customer, "country": country, "type": "private",
                                     "sector": "finance"},
                        "end_user": end_user, "intended_use": "Laptops for the accounting team",
                        "lines": [LAPTOP]})


def _findings(order, sha: str = "e1") -> tuple:
    index = NameIndex.build([BNC])
    found = []
    for role, party in order_parties(order):
        for m in index.check(party.name, country=party.country):
            found.append(finding(role, party, m, BNC, sha))
    return tuple(found)


def _review(name: str = "Banco Nacional de Cuba", country: str = "CU", verdict="not_same",
            sha: str = "e1", reviewed_on: str = "2026-02-01", **kw) -> Review:
    """A review as the store reads it (``store.party_reviews.review``)."""
    fields = dict(party_key=party_key(name, country), party_name=name, party_country=country,
                  subject="order", subject_id=1, role="customer", source="ofac",
                  entry_id="306", entry_sha256=sha, listed_name="BANCO NACIONAL DE CUBA",
                  verdict=ReviewVerdict(verdict), reason="other bank",
                  reviewed_by="Ana Compliance",
                  reviewed_at=dt.datetime.fromisoformat(reviewed_on).replace(tzinfo=dt.UTC),
                  id=1)
    fields.update(kw)
    return Review(**fields)


def test_the_parties_of_an_order_are_its_named_customer_and_end_user() -> None:
    o = _order("Banco Nacional de Cuba", end_user={"name": "Hospital Central", "country": "VE"})
    assert [(r, p.name) for r, p in order_parties(o)] == [
        ("customer", "Banco Nacional de Cuba"), ("end_user", "Hospital Central")]
    assert [r for r, _ in order_parties(parse_order({"customer": {}}))] == []


def test_the_threshold_is_the_packs_when_it_has_one() -> None:
    class Pack:
        party_threshold = 0.9

    assert party_threshold(object()) == DEFAULT_THRESHOLD
    assert party_threshold(Pack()) == 0.9


@pytest.mark.parametrize(("name", "country", "verdict"), [
    ("BANCO NACIONAL DE CUBA", "CU", CONFIRMED),  # the listed name, word for word
    ("Banco Nacional de Cuba", "CU", CONFIRMED),  # case folded
    ("Banco Nacionall de Cuba", "CU", POSSIBLE),  # a typing error forgiven: possible only
    ("Banco Nacional de Cuba", "ES", POSSIBLE),  # another country contradicts the entry
])
def test_a_match_is_confirmed_only_word_for_word_and_uncontradicted(name, country,
                                                                    verdict) -> None:
    (f,) = _findings(_order(name, country))
    assert f.verdict == verdict
    assert f.source == "ofac" and f.entry_id == "306"
    assert f.listed_name == "BANCO NACIONAL DE CUBA"
    assert "words matched" in f.why
    assert any("CUBA" in e for e in f.evidence)  # the programme


def test_a_confirmed_match_blocks_and_a_possible_one_holds(default_pack) -> None:
    screener = Screener(default_pack)
    plain = screener.screen(_order("Banco Nacional de Cuba"))
    assert not plain.blocked

    o = _order("Banco Nacional de Cuba")
    blocked = screener.screen(o, PartyScreening(LISTS, (("customer", "x"),), _findings(o)))
    assert blocked.blocked and blocked.hold and not blocked.needs_senior_approval
    assert blocked.tier == plain.tier  # the tier is the use's; the block is the party's
    assert "confirmed match" in blocked.hold_reasons[-1]
    assert "misuse report" in blocked.hold_reasons[-1]

    o = _order("Banco Nacionall de Cuba")
    held = screener.screen(o, PartyScreening(LISTS, (("customer", "x"),), _findings(o)))
    assert held.hold and not held.blocked
    assert "Possible restricted party" in held.hold_reasons[-1]
    assert "OFAC" in held.hold_reasons[-1] and "306" in held.hold_reasons[-1]


def test_no_lists_leaves_the_result_as_it_was(default_pack) -> None:
    screener = Screener(default_pack)
    o = _order("Banco Nacional de Cuba")
    result = screener.screen(o, None)
    assert "restricted_parties" not in result.as_dict()
    assert "restricted_parties" not in json.loads(result.to_json())
    assert "restricted_parties" not in json.loads(screener.stored_json(result))


def test_findings_and_lists_are_kept_in_the_stored_json(default_pack) -> None:
    screener = Screener(default_pack)
    o = _order("Banco Nacionall de Cuba")
    parties = PartyScreening(LISTS, (("customer", "Banco Nacionall de Cuba"),), _findings(o),
                             0.75)
    result = screener.screen(o, parties)
    for text in (result.to_json(), screener.stored_json(result)):
        back = ScreeningResult.from_json(text, default_pack)
        assert back.parties == parties
        assert back.hold_reasons == result.hold_reasons
        assert back.as_dict()["restricted_parties"]["lists"] == [
            {"id": 7, "source": "ofac", "published": "2021-07-02", "sha256": "ab" * 32}]


def test_a_clear_check_is_recorded_with_its_lists(default_pack) -> None:
    screener = Screener(default_pack)
    o = _order("Müller Steuerberatung", "DE")
    result = screener.screen(o, PartyScreening(LISTS, (("customer", "Müller"),), ()))
    assert not result.hold or result.hold == screener.screen(o).hold
    assert result.hold_reasons == screener.screen(o).hold_reasons
    assert result.as_dict()["restricted_parties"]["findings"] == []


@pytest.mark.parametrize(("review", "state", "alerts", "note"), [
    (_review(), REVIEWED_NOT_SAME, False,
     "Reviewed: not the same party, by Ana Compliance on 2026-02-01: other bank"),
    (_review(sha="e0"), ENTRY_CHANGED, True,
     "The listed entry changed since it was reviewed on 2026-02-01 by Ana Compliance"),
    (_review(name="Banco Nacional de Cuba SA"), NAME_CHANGED, True,
     "when the party was Banco Nacional de Cuba SA (CU)"),
    (_review(name="Banco Nacional de Cuba SA", subject_id=2), NOT_REVIEWED, True, ""),
    (_review(verdict="same"), REVIEWED_SAME, True, "Confirmed the same party by Ana"),
])
def test_reviews_silence_a_pair_until_the_entry_or_the_name_changes(review, state, alerts,
                                                                     note) -> None:
    (f,) = _findings(_order("Banco Nacionall de Cuba"))
    # the party as reviewed: its key is the reviewed name's
    f = replace(f, party_key=party_key("Banco Nacional de Cuba", "CU"))
    (after,) = apply_reviews([f], [review], subject="order", subject_id=1)
    assert after.review == state
    assert after.alerts is alerts
    assert note in after.review_note
    if state == REVIEWED_SAME:
        assert after.confirmed


def test_a_review_of_the_catalog_customer_under_its_old_name_alerts_saying_so() -> None:
    (f,) = _findings(_order("Banco Nacionall de Cuba"))
    review = _review(name="Banco Nacional de Cuba Panama", subject="customer", subject_id=42)
    (after,) = apply_reviews([f], [review], subject="order", subject_id=None,
                             customers={"customer": 42})
    assert after.review == NAME_CHANGED and after.alerts
    assert "when the party was Banco Nacional de Cuba Panama (CU)" in after.review_note
    (other,) = apply_reviews([f], [review], customers={"customer": 7})
    assert other.review == NOT_REVIEWED


@pytest.mark.parametrize("name, country, sha, silenced", [
    ("Banco Nacional de Cuba", "CU", "e1", True),
    ("de Cuba Banco Nacional", "cu", "e1", True),  # word order and case are the same party
    ("Banco Nacional de Cuba.", "CU", "e1", True),  # punctuation folded
    ("Banco Nacional de Cuba", "ES", "e1", False),  # another country
    ("Banco Nacional de Cubo", "CU", "e1", False),  # another name
    ("Banco Nacional de Cuba", "CU", "e2", False),  # the entry changed
])
def test_a_review_holds_while_party_and_entry_stay_the_same(name, country, sha,
                                                            silenced) -> None:
    (f,) = _findings(_order("Banco Nacionall de Cuba"), sha=sha)
    f = replace(f, party_key=party_key(name, country))
    (after,) = apply_reviews([f], [_review()], subject="order", subject_id=1)
    assert after.alerts is not silenced
    assert after.review_id == (1 if silenced or after.review else 0)


def test_the_latest_review_of_a_pair_counts() -> None:
    (f,) = _findings(_order("Banco Nacionall de Cuba"))
    f = replace(f, party_key=party_key("Banco Nacional de Cuba", "CU"))
    older = _review(verdict="same", reviewed_on="2026-01-01", id=1)
    newer = _review(reviewed_on="2026-03-01", id=2)
    (after,) = apply_reviews([f], [older, newer], subject_id=1)
    assert after.review == REVIEWED_NOT_SAME


def test_a_reviewed_pair_no_longer_holds_but_a_change_of_review_resets_a_decision(
        default_pack) -> None:
    screener = Screener(default_pack)
    o = _order("Banco Nacionall de Cuba")
    (f,) = _findings(o)
    reviewed = replace(f, review=REVIEWED_NOT_SAME, review_note="Reviewed")
    base = screener.screen(o)
    quiet = screener.screen(o, PartyScreening(LISTS, (), (reviewed,)))
    loud = screener.screen(o, PartyScreening(LISTS, (), (f,)))
    assert quiet.hold == base.hold and quiet.hold_reasons == base.hold_reasons
    assert loud.hold
    assert flag_keys(quiet) != flag_keys(loud)
    assert flag_keys(screener.screen(o, PartyScreening(LISTS, (), ()))) == flag_keys(base)
