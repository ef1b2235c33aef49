"""An order's parties checked against the sanctions lists: what was found, as the screening
keeps it, and what earlier reviews make of it.

The service checks each party's name with the matcher and hands in, for every listed entry
that resembles a party, a :class:`PartyFinding` as found (no review applied); with the reviews
of those entries (:class:`.reviews.Review`, read from ``party_review``), :func:`apply_reviews`
decides what still alerts:

- a review "not the same party" of the same party (``party_key``: its folded name and country)
  and the same entry, made while the entry was as it is now (same SHA-256), silences it: it is
  shown as reviewed, with who, when and why;
- if the entry changed since (another SHA-256), it alerts again, saying so;
- a review of the same order's party in the same role and entry under another name or country
  (the party was renamed) does not count: it alerts, saying what the name was then;
- a review "the same party" confirms it: a confirmed match, as when the list names the party
  word for word.

:func:`party_outcome` turns the findings into what the order must do: a confirmed match blocks
it (only "decline" is possible, and the distributor must be told), a possible match holds it.

The same :func:`apply_reviews` decides for the catalog customers' checks
(``services.party_checks``): one way to apply a review, wherever the party was checked.

Pure: no clock, no database. This module must not import the matcher (rapidfuzz): the window
imports the screening before its first screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reseller_app.domain.sanctions.reviews import PartyRole, PartySubject, Review, ReviewVerdict
from reseller_app.domain.texts import t

# A finding's verdict (the values of ``domain.sanctions.matching.Verdict``).
CONFIRMED = "match"
POSSIBLE = "possible_match"

# What an earlier review makes of a finding (``PartyFinding.review``).
NOT_REVIEWED = ""
REVIEWED_NOT_SAME = ReviewVerdict.NOT_SAME.value  # silenced: not the same party
REVIEWED_SAME = ReviewVerdict.SAME.value  # confirmed by a person
ENTRY_CHANGED = "entry_changed"  # reviewed "not the same", but the entry changed since
NAME_CHANGED = "name_changed"  # reviewed under another name or country of the party

ROLES = tuple(r.value for r in PartyRole)


def role_word(role: str) -> str:
    """The role in words ("the end user")."""
    words = {PartyRole.CUSTOMER: t("the customer"), PartyRole.END_USER: t("the end user"),
             PartyRole.CONSIGNEE: t("the consignee")}
    return words.get(role, role)


@dataclass(frozen=True, slots=True)
class ListUsed:
    """One list version an order was checked against (what the evidence bundle names)."""

    id: int
    source: str  # ofac | un | eu | uk
    published: str  # ISO date, "" when the file does not say
    sha256: str  # of the file imported

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "published": self.published,
                "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class PartyFinding:
    """A listed entry that resembles one of the order's parties, and why."""

    role: str  # customer | end_user | consignee
    party_name: str
    party_country: str  # "" when the party has none
    party_key: str  # domain.sanctions.names.party_key(party_name, party_country)
    source: str  # ofac | un | eu | uk
    entry_id: str  # the list's own id
    entry_sha256: str  # of the entry as listed now
    listed_name: str  # the entry's primary name
    matched_name: str  # which of its names matched
    score: float
    why: str  # which words matched which (the matcher's words)
    evidence: tuple[str, ...] = ()  # what corroborates or contradicts, one fact a line
    verdict: str = POSSIBLE  # match | possible_match
    review: str = NOT_REVIEWED
    review_note: str = ""  # the review in words (who, when, why; or what changed)
    # the ``party_review`` that decided it (0: none); not kept in the screening's JSON (the
    # packet's schema): a customer's check marks its matches with it (services.party_checks)
    review_id: int = 0

    @property
    def alerts(self) -> bool:
        """Whether it holds or blocks the order (a reviewed "not the same" pair does not)."""
        return self.review != REVIEWED_NOT_SAME

    @property
    def confirmed(self) -> bool:
        return self.alerts and self.verdict == CONFIRMED

    def key(self) -> tuple[str, str]:
        """What a decision on the order compares: (criterion, subject), like a flag's."""
        state = "confirmed" if self.confirmed else "possible" if self.alerts else "reviewed"
        return (f"restricted_party.{state}",
                f"{self.role}: {self.party_key} {self.source} {self.entry_id} "
                f"{self.entry_sha256[:12]}")

    def as_dict(self) -> dict[str, Any]:
        return {"role": self.role, "party_name": self.party_name,
                "party_country": self.party_country, "party_key": self.party_key,
                "source": self.source, "entry_id": self.entry_id,
                "entry_sha256": self.entry_sha256, "listed_name": self.listed_name,
                "matched_name": self.matched_name, "score": self.score, "why": self.why,
                "evidence": list(self.evidence), "verdict": self.verdict,
                "review": self.review, "review_note": self.review_note,
                "alerts": self.alerts}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PartyFinding:
        return cls(role=d["role"], party_name=d["party_name"],
                   party_country=d.get("party_country", ""), party_key=d.get("party_key", ""),
                   source=d["source"], entry_id=d["entry_id"],
                   entry_sha256=d.get("entry_sha256", ""), listed_name=d["listed_name"],
                   matched_name=d["matched_name"], score=float(d["score"]), why=d["why"],
                   evidence=tuple(d.get("evidence", ())), verdict=d.get("verdict", POSSIBLE),
                   review=d.get("review", NOT_REVIEWED), review_note=d.get("review_note", ""))


@dataclass(frozen=True, slots=True)
class PartyScreening:
    """An order's parties checked against the lists: which lists, which parties, what was
    found (reviews applied)."""

    lists: tuple[ListUsed, ...]
    checked: tuple[tuple[str, str], ...]  # (role, name) of every party checked
    findings: tuple[PartyFinding, ...] = ()
    threshold: float = 0.0

    @property
    def alerts(self) -> tuple[PartyFinding, ...]:
        return tuple(f for f in self.findings if f.alerts)

    @property
    def confirmed(self) -> tuple[PartyFinding, ...]:
        return tuple(f for f in self.findings if f.confirmed)

    def as_dict(self) -> dict[str, Any]:
        return {"lists": [v.as_dict() for v in self.lists],
                "checked": [{"role": r, "name": n} for r, n in self.checked],
                "threshold": self.threshold,
                "findings": [f.as_dict() for f in self.findings]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PartyScreening:
        return cls(lists=tuple(ListUsed(v["id"], v["source"], v.get("published", ""),
                                        v.get("sha256", "")) for v in d.get("lists", ())),
                   checked=tuple((c["role"], c["name"]) for c in d.get("checked", ())),
                   findings=tuple(PartyFinding.from_dict(f) for f in d.get("findings", ())),
                   threshold=float(d.get("threshold", 0.0)))


def _latest(reviews: Iterable[Review]) -> Review | None:
    return max(reviews, key=lambda r: (r.reviewed_at, r.id), default=None)


def _on(r: Review) -> str:
    return r.reviewed_at.date().isoformat()


def apply_reviews(findings: Sequence[PartyFinding], reviews: Sequence[Review], *,
                  subject: str = PartySubject.ORDER, subject_id: int | None = None,
                  customers: Mapping[str, int | None] | None = None
                  ) -> tuple[PartyFinding, ...]:
    """The findings with the reviews of their pairs applied (see the module's doc).
    ``subject``/``subject_id``: where the parties are (an order's id; None for a new one);
    ``customers``: role -> the catalog customer in that role, whose own reviews (subject
    "customer") tell a renamed party too. A catalog customer's own check passes
    ``subject="customer"`` and its id."""
    customers = customers or {}
    by_pair: dict[tuple[str, str, str], list[Review]] = {}
    by_entry: dict[tuple[str, str], list[Review]] = {}
    for r in reviews:
        by_pair.setdefault((r.party_key, r.source, r.entry_id), []).append(r)
        by_entry.setdefault((r.source, r.entry_id), []).append(r)
    out: list[PartyFinding] = []
    for f in findings:
        review = _latest(by_pair.get((f.party_key, f.source, f.entry_id), ()))
        if review is not None:
            out.append(_reviewed(f, review))
            continue
        customer = customers.get(f.role)
        renamed = _latest(r for r in by_entry.get((f.source, f.entry_id), ())
                          if (subject_id is not None and r.subject == subject
                              and r.subject_id == subject_id and r.role == f.role)
                          or (customer is not None and r.subject == PartySubject.CUSTOMER
                              and r.subject_id == customer))
        if renamed is not None:
            was = renamed.party_name + (f" ({renamed.party_country})"
                                        if renamed.party_country else "")
            out.append(replace(f, review=NAME_CHANGED, review_note=t(
                "Reviewed on {date} by {who} when the party was {was}: its name or country "
                "changed since, so it is checked again.", date=_on(renamed),
                who=renamed.reviewed_by, was=was), review_id=renamed.id))
            continue
        out.append(f)
    return tuple(out)


def _reviewed(f: PartyFinding, r: Review) -> PartyFinding:
    if r.verdict is ReviewVerdict.SAME:
        return replace(f, verdict=CONFIRMED, review=REVIEWED_SAME, review_id=r.id, review_note=t(
            "Confirmed the same party by {who} on {date}: {reason}", who=r.reviewed_by,
            date=_on(r), reason=r.reason))
    if r.entry_sha256 == f.entry_sha256:
        return replace(f, review=REVIEWED_NOT_SAME, review_id=r.id, review_note=t(
            "Reviewed: not the same party, by {who} on {date}: {reason}", who=r.reviewed_by,
            date=_on(r), reason=r.reason))
    return replace(f, review=ENTRY_CHANGED, review_id=r.id, review_note=t(
        "The listed entry changed since it was reviewed on {date} by {who} (then: not the same "
        "party, {reason}).", date=_on(r), who=r.reviewed_by, reason=r.reason))


# -- what the order must do ---------------------------------------------------------------------
def finding_line(f: PartyFinding) -> str:
    """One finding in a sentence: who resembles which entry of which list, how much."""
    return t("{role} {party} resembles {source} entry {entry} ({listed}), score {score}",
             role=role_word(f.role), party=f.party_name, source=source_title(f.source),
             entry=f.entry_id, listed=f.listed_name, score=f"{f.score:.2f}")


def source_title(source: str) -> str:
    """A list's name as people know it."""
    titles = {"ofac": t("OFAC SDN list"), "un": t("UN Security Council Consolidated List"),
              "eu": t("EU consolidated financial sanctions list"), "uk": t("UK sanctions list")}
    return titles.get(source, source)


def party_hold_reasons(parties: PartyScreening) -> tuple[str, ...]:
    """The hold reasons the findings add: one for confirmed matches (the order is blocked),
    one for possible matches (the order is held)."""
    reasons: list[str] = []
    confirmed = parties.confirmed
    if confirmed:
        reasons.append(t(
            "Restricted party: {finding}, a confirmed match. The order cannot proceed: decline "
            "it and tell the distributor through the misuse report or an escalation.",
            finding=finding_line(confirmed[0])))
    possible = [f for f in parties.alerts if not f.confirmed]
    if possible:
        reasons.append(t(
            "Possible restricted party: {finding}. Review the match (the same party or not) "
            "before the order can ship.", finding=finding_line(possible[0])))
    return tuple(reasons)
