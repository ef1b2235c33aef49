"""A possible match reviewed by a person: "not the same party" or "the same party".

A review is remembered for one party (its :func:`.names.party_key`: its name's words and its
country) and one listed entry (its source, id and the SHA-256 of the entry as it was then). It
holds while both stay the same: a new name or country of the party, or a changed entry on a
newer list, makes the pair alert again, saying what changed.

The rows are ``party_review`` (``store.tables.DbPartyReview``, read by
``store.party_reviews.reviews_for``); whoever checks a party, an order's or a catalog
customer, applies them with the one :func:`.party_findings.apply_reviews`. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


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


# The key in a ``party_check.matches`` item that marks it reviewed (:meth:`Review.mark`).
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
