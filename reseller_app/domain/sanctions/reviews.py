"""A possible match reviewed by a person: "not the same party" or "the same party".

A review is remembered for one party (its :func:`.names.party_key`: its name's words and its
country) and one listed entry (its source, id and the SHA-256 of the entry as it was then). It
holds while both stay the same: a new name or country of the party, or a changed entry on a
newer list, makes the pair alert again, and :func:`what_changed` says which changed.

The rows are ``party_review`` (``store.tables.DbPartyReview``); whoever screens a party reads
them and applies them with :func:`standing_review` / :func:`reviewed_verdict`. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from reseller_app.domain.texts import t

if TYPE_CHECKING:
    from reseller_app.domain.sanctions.matching import Match


class ReviewVerdict(StrEnum):
    """A person's verdict on a possible match (the value is what ``party_review`` stores)."""

    NOT_SAME = "not_same"  # not the listed party: the pair does not alert again
    SAME = "same"  # a confirmed match: the order is blocked


class PartySubject(StrEnum):
    """Where a reviewed party was checked (``party_review.subject``, ``party_check.subject``)."""

    ORDER = "order"
    CUSTOMER = "customer"  # a customer or end user in the catalog


class PartyRole(StrEnum):
    """Which party of an order (``party_review.role``); a catalog customer is ``customer``."""

    CUSTOMER = "customer"
    END_USER = "end_user"
    CONSIGNEE = "consignee"


# The key in a ``party_check.matches`` item that marks it reviewed (see :func:`mark_matches`).
REVIEW_KEY = "review"


@dataclass(frozen=True, slots=True)
class Review:
    """One review as stored."""

    id: int
    subject: str
    subject_id: int | None
    role: str
    party_key: str
    party_name: str
    party_country: str
    source: str
    entry_id: str
    entry_sha256: str
    listed_name: str
    verdict: ReviewVerdict
    reason: str
    reviewed_by: str
    reviewed_at: dt.datetime

    def holds_for(self, party_key: str, entry_sha256: str) -> bool:
        """True while neither the party nor the listed entry changed since the review."""
        return self.party_key == party_key and self.entry_sha256 == entry_sha256

    def as_json(self) -> dict[str, object]:
        """For the evidence bundle and the command line."""
        return {"id": self.id, "subject": self.subject, "subject_id": self.subject_id,
                "role": self.role, "party_name": self.party_name,
                "party_country": self.party_country, "source": self.source,
                "entry_id": self.entry_id, "entry_sha256": self.entry_sha256,
                "listed_name": self.listed_name, "verdict": self.verdict.value,
                "reason": self.reason, "reviewed_by": self.reviewed_by,
                "reviewed_at": self.reviewed_at.isoformat(timespec="seconds")}

    def mark(self) -> dict[str, object]:
        """What a reviewed match in ``party_check.matches`` carries under :data:`REVIEW_KEY`."""
        return {"id": self.id, "verdict": self.verdict.value, "reason": self.reason,
                "by": self.reviewed_by, "at": self.reviewed_at.isoformat(timespec="seconds"),
                "entry_sha256": self.entry_sha256}


def standing_review(reviews: Iterable[Review], party_key: str, source: str, entry_id: str,
                    entry_sha256: str) -> Review | None:
    """The newest review of this party and entry that still holds (neither changed), if any."""
    holding = [r for r in reviews if r.source == source and r.entry_id == entry_id
               and r.holds_for(party_key, entry_sha256)]
    return max(holding, key=lambda r: (r.reviewed_at, r.id), default=None)


def what_changed(review: Review, party_key: str, entry_sha256: str) -> str:
    """Why an earlier review of this pair no longer holds, in words ("" while it holds)."""
    party = review.party_key != party_key
    entry = review.entry_sha256 != entry_sha256
    if party and entry:
        return t("The party's name or country and the listed entry changed since "
                 "{who} reviewed this match.", who=review.reviewed_by)
    if party:
        return t("The party's name or country changed since {who} reviewed this match "
                 "(then: {name}).", who=review.reviewed_by, name=review.party_name)
    if entry:
        return t("The listed entry changed on a newer list since {who} reviewed this match.",
                 who=review.reviewed_by)
    return ""


@dataclass(frozen=True, slots=True)
class ReviewedMatch:
    """A match with the review that stands for it (None: not reviewed, or no longer holds) and,
    when an earlier review no longer holds, what changed since."""

    match: Match
    entry_sha256: str
    review: Review | None
    changed: str = ""

    @property
    def alerts(self) -> bool:
        """Still a finding: not reviewed as not the same party (a confirmed match alerts)."""
        return self.review is None or self.review.verdict is ReviewVerdict.SAME


def apply_reviews(matches: Iterable[Match], hashes: Mapping[tuple[str, str], str],
                  reviews: Sequence[Review], party_key: str) -> list[ReviewedMatch]:
    """Each match with its standing review. ``hashes`` is (source, entry id) -> the entry's
    SHA-256 on the list checked; ``reviews`` those of this party, and those made where it was
    checked (its order's role or its catalog row), so a changed name can say what it was."""
    applied = []
    for m in matches:
        source, entry_id = m.source.value, m.entry_id
        sha = hashes.get((source, entry_id), "")
        standing = standing_review(reviews, party_key, source, entry_id, sha)
        changed = ""
        if standing is None:
            earlier = max((r for r in reviews if r.source == source and r.entry_id == entry_id),
                          key=lambda r: (r.reviewed_at, r.id), default=None)
            if earlier is not None:
                changed = what_changed(earlier, party_key, sha)
        applied.append(ReviewedMatch(m, sha, standing, changed))
    return applied


def mark_matches(matches: Sequence[Mapping[str, Any]], review: Review) -> list[dict[str, Any]]:
    """``party_check.matches`` (``Match.as_json`` items) with the reviewed entry's item marked
    with the review (:meth:`Review.mark` under :data:`REVIEW_KEY`)."""
    marked = []
    for item in matches:
        copy = dict(item)
        if copy.get("source") == review.source and str(copy.get("entry_id")) == review.entry_id:
            copy[REVIEW_KEY] = review.mark()
        marked.append(copy)
    return marked


def reviewed_verdict(matches: Sequence[Mapping[str, Any]], verdict: str) -> str:
    """A check's verdict once its reviews are applied: a match confirmed the same party is a
    ``match``; when every match is reviewed not the same, ``clear``; else as it was."""
    # late: the matcher loads rapidfuzz, which the window's history (importing this module for
    # ReviewVerdict) must not load before the first screen
    from reseller_app.domain.sanctions.matching import Verdict

    marks = [item.get(REVIEW_KEY) for item in matches]
    if any(isinstance(m, Mapping) and m.get("verdict") == ReviewVerdict.SAME for m in marks):
        return Verdict.MATCH.value
    if marks and all(isinstance(m, Mapping) and m.get("verdict") == ReviewVerdict.NOT_SAME
                     for m in marks):
        return Verdict.CLEAR.value
    return verdict
