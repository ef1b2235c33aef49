"""A review holds while neither the party nor the listed entry changed; what changed is said;
a check's matches are marked with their reviews and its verdict follows them."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.reviews import (
    REVIEW_KEY,
    Review,
    ReviewVerdict,
    mark_matches,
    reviewed_verdict,
    standing_review,
    what_changed,
)

AT = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)
KEY = party_key("Banco Nacional Cubano SA", "ES")


def review(id_: int = 1, *, key: str = KEY, sha: str = "a" * 64, entry: str = "306",
           verdict: ReviewVerdict = ReviewVerdict.NOT_SAME, minutes: int = 0) -> Review:
    return Review(id_, "customer", 7, "customer", key, "Banco Nacional Cubano SA", "ES", "ofac",
                  entry, sha, "BANCO NACIONAL DE CUBA", verdict, "Other country", "Anna Weber",
                  AT + dt.timedelta(minutes=minutes))


@pytest.mark.parametrize("name, country, sha, holds", [
    ("Banco Nacional Cubano SA", "ES", "a" * 64, True),
    ("SA Banco Nacional Cubano", "es", "a" * 64, True),  # word order and case are the same party
    ("Banco Nacional Cubano S.A.", "ES", "a" * 64, True),  # punctuation folded
    ("Banco Nacional Cubano SA", "FR", "a" * 64, False),  # another country
    ("Banco Nacional Cubana SA", "ES", "a" * 64, False),  # another name
    ("Banco Nacional Cubano SA", "ES", "b" * 64, False),  # the entry changed
])
def test_a_review_holds_while_party_and_entry_stay_the_same(name, country, sha, holds) -> None:
    assert review().holds_for(party_key(name, country), sha) is holds
    found = standing_review([review()], party_key(name, country), "ofac", "306", sha)
    assert (found is not None) is holds


def test_the_newest_holding_review_stands() -> None:
    older, newer = review(1), review(2, verdict=ReviewVerdict.SAME, minutes=5)
    other_entry = review(3, entry="1287", minutes=9)
    assert standing_review([newer, older, other_entry], KEY, "ofac", "306", "a" * 64) is newer
    assert standing_review([older], KEY, "un", "306", "a" * 64) is None


@pytest.mark.parametrize("key, sha, words", [
    (KEY, "a" * 64, ""),
    (party_key("Banco Cubano", "ES"), "a" * 64, "name or country changed"),
    (KEY, "b" * 64, "listed entry changed on a newer list"),
    (party_key("Banco Cubano", "ES"), "b" * 64, "and the listed entry changed"),
])
def test_what_changed_says_which_side_changed(key, sha, words) -> None:
    said = what_changed(review(), key, sha)
    assert (said == "") if not words else (words in said and "Anna Weber" in said)


def _matches(*entries: str) -> list[dict]:
    return [{"source": "ofac", "entry_id": e, "score": 0.8} for e in entries]


def test_marking_matches_and_the_verdict_that_follows() -> None:
    marked = mark_matches(_matches("306", "1287"), review())
    assert marked[0][REVIEW_KEY]["verdict"] == "not_same" and REVIEW_KEY not in marked[1]
    assert reviewed_verdict(marked, "possible_match") == "possible_match"  # one left open
    both = mark_matches(marked, review(2, entry="1287"))
    assert reviewed_verdict(both, "possible_match") == "clear"
    confirmed = mark_matches(both, review(3, verdict=ReviewVerdict.SAME))
    assert reviewed_verdict(confirmed, "possible_match") == "match"
    assert reviewed_verdict([], "clear") == "clear"
