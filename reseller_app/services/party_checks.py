"""The latest sanctions check of each catalog customer and each order's parties
(``party_check``): writing a customer's check, and reading the checks for the views.

A catalog customer's check is one row (subject and role ``customer``, ``subject_id`` the
customer's id), written when the customer is created or its name or country changes
(:func:`store_customer_check`, inside the catalog's own transaction and audit event) and for
every customer by ``services.party_rescreen.rescreen_parties``, and again when one of its
possible matches is reviewed (``services.party_reviews.record_review``). Its matches are
decided by the reviews exactly as an order's parties are: :func:`reviewed_checks` goes through
the one ``domain.sanctions.party_findings.apply_reviews``. The threshold is the active criteria
pack's (``services.party_index.pack_threshold``), as for orders.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from reseller_app.domain.orders import Party
from reseller_app.domain.sanctions.matching import Match, Verdict
from reseller_app.domain.sanctions.order_parties import finding
from reseller_app.domain.sanctions.party_findings import (
    REVIEWED_NOT_SAME,
    REVIEWED_SAME,
    PartyFinding,
    apply_reviews,
)
from reseller_app.domain.sanctions.reviews import REVIEW_KEY, PartyRole, PartySubject
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.first_screen import CLOSED_ORDERS, FLAGGED_VERDICTS, ORDER_PARTY
from reseller_app.services.party_index import (
    NameUncheckable,
    PartyCheck,
    PartyIndex,
    check_party,
    pack_threshold,
    party_index,
)
from reseller_app.store import party_reviews
from reseller_app.store.tables import DbCustomer, DbOrder, DbPartyCheck, utc

CUSTOMER = PartySubject.CUSTOMER.value  # party_check.subject (and role) of a catalog customer
# party_check.subject of an order's party (role customer/end_user/consignee); the verdicts that
# need a look; the orders whose parties no longer count: shared with the first screen's counts
ORDER = ORDER_PARTY
FLAGGED = FLAGGED_VERDICTS
CLOSED = CLOSED_ORDERS


# -- one check -----------------------------------------------------------------------------------
def matches_json(matches: Iterable[Match], findings: Sequence[PartyFinding] = (),
                 marks: dict[int, dict[str, object]] | None = None) -> str:
    """The matches as stored in ``party_check.matches``: as ``check-party`` prints them, with
    whether every word was equal and whether the country or kind contradicts the entry; with
    ``findings`` (the same matches, reviews applied), a reviewed one carries its review under
    ``REVIEW_KEY`` (``marks``: review id -> ``Review.mark()``) and one whose review no longer
    holds says why in ``review_note``."""
    items = []
    decided = {(f.source, f.entry_id): f for f in findings}
    for m in matches:
        item: dict[str, object] = {**m.as_json(), "exact": m.exact,
                                   "contradicted": m.contradicted}
        f = decided.get((str(m.source), m.entry_id))
        if f is not None and f.review in (REVIEWED_NOT_SAME, REVIEWED_SAME) and marks and \
                f.review_id in marks:
            item[REVIEW_KEY] = marks[f.review_id]
        elif f is not None and f.review_note:
            item["review_note"] = f.review_note
        items.append(item)
    return json.dumps(items, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class StoredCheck:
    """A party's check as ``party_check`` holds it."""

    party_name: str
    party_country: str
    verdict: str
    matches: str  # JSON
    lists: str  # JSON

    @classmethod
    def of(cls, check: PartyCheck, name: str, country: str | None) -> StoredCheck:
        """As checked, no review applied (see :func:`reviewed_checks`)."""
        return cls(name, (country or "")[:2], check.verdict.value, matches_json(check.matches),
                   json.dumps(list(check.list_ids)))

    def values(self) -> dict[str, Any]:
        return {"party_name": self.party_name, "party_country": self.party_country,
                "verdict": self.verdict, "matches": self.matches, "lists": self.lists}


Checked = tuple[int | None, str, str | None, PartyCheck]  # customer id, name, country, check


def reviewed_checks(s: Session, index: PartyIndex, checked: Sequence[Checked]
                    ) -> list[StoredCheck]:
    """Customers' checks with the reviews of their matches applied, by the same
    ``apply_reviews`` as an order's parties: a match reviewed not the same party (the entry
    unchanged) no longer alerts, a confirmed one is a ``match``, one reviewed under another
    name or on an entry since changed alerts and says so. Two queries for all, only when
    something matched."""
    wanted = {(str(m.source), m.entry_id) for _, _, _, c in checked for m in c.matches}
    entries = party_reviews.entries_by_id(s, list(index.list_ids), wanted) if wanted else {}
    made = [[finding(PartyRole.CUSTOMER, Party(name=name, country=country), m,
                     *entries.get((str(m.source), m.entry_id), (None, "")))
             for m in c.matches] for _, name, country, c in checked]
    keys = {(f.party_key, f.source, f.entry_id) for fs in made for f in fs}
    reviews = party_reviews.reviews_for(s, keys) if keys else []
    marks = {r.id: r.mark() for r in reviews}
    stored = []
    for (customer_id, name, country, c), fs in zip(checked, made, strict=True):
        decided = apply_reviews(fs, reviews, subject=PartySubject.CUSTOMER,
                                subject_id=customer_id)
        verdict = c.verdict.value
        if decided:
            verdict = (Verdict.MATCH if any(f.confirmed for f in decided) else
                       Verdict.POSSIBLE_MATCH if any(f.alerts for f in decided) else
                       Verdict.CLEAR).value
        stored.append(StoredCheck(name, (country or "")[:2], verdict,
                                  matches_json(c.matches, decided, marks),
                                  json.dumps(list(c.list_ids))))
    return stored


def customer_party_check(ctx: AppContext, name: str, country: str | None, index: PartyIndex,
                         threshold: float) -> PartyCheck | None:
    """A customer's name checked (no review applied); None when the name folds to nothing
    or is too long to be a name: such a customer is simply not checked."""
    try:
        return check_party(ctx, name, country=country, index=index, threshold=threshold)
    except NameUncheckable:
        return None


def check_customer(ctx: AppContext, name: str, country: str | None, *,
                   index: PartyIndex | None = None, customer_id: int | None = None
                   ) -> StoredCheck | None:
    """A customer's name checked against the newest lists with the active pack's threshold,
    reviews applied; None when no list is imported or the name is none to check."""
    index = index or party_index(ctx)
    if index is None:
        return None
    check = customer_party_check(ctx, name, country, index, pack_threshold(ctx))
    if check is None:
        return None
    with ctx.session() as s:
        return reviewed_checks(s, index, [(customer_id, name, country, check)])[0]


def store_customer_check(s: Session, customer_id: int, check: StoredCheck,
                         now: dt.datetime) -> None:
    """Write a customer's latest check in the caller's transaction (before its audit event,
    which stamps the row through the session's listener)."""
    row = s.execute(select(DbPartyCheck).where(
        DbPartyCheck.subject == CUSTOMER, DbPartyCheck.subject_id == customer_id,
        DbPartyCheck.role == CUSTOMER)).scalar()
    if row is None:
        row = DbPartyCheck(subject=CUSTOMER, subject_id=customer_id, role=CUSTOMER,
                           checked_at=now, **check.values())
    else:
        for key, value in check.values().items():
            setattr(row, key, value)
        row.checked_at = now
    s.add(row)


# -- what the views show -------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyStatus:
    """A party's latest check, for a badge and its tooltip."""

    verdict: str  # Verdict value
    matches: list[dict[str, Any]]
    checked_at: dt.datetime
    party_name: str = ""

    @property
    def flagged(self) -> bool:
        return self.verdict in FLAGGED

    def why(self) -> str:
        """The best match in plain words (empty when clear)."""
        if not self.flagged or not self.matches:
            return ""
        best = self.matches[0]
        return t("{source} entry {entry}, {listed}: {why}",
                 source=str(best.get("source", "")).upper(), entry=best.get("entry_id", ""),
                 listed=best.get("listed_name", ""), why=best.get("why", ""))


def _status(verdict: str, matches: str, checked_at: dt.datetime, name: str = "") -> PartyStatus:
    try:
        found = json.loads(matches or "[]")
    except ValueError:
        found = []
    return PartyStatus(verdict, found if isinstance(found, list) else [], utc(checked_at), name)


def customer_checks(ctx: AppContext, customer_ids: Sequence[int]) -> dict[int, PartyStatus]:
    """The latest check of each of these customers (a customer never checked is absent)."""
    c = DbPartyCheck.__table__.c
    found: dict[int, PartyStatus] = {}
    ids = list(dict.fromkeys(customer_ids))
    with ctx.session() as s:
        for start in range(0, len(ids), 500):
            for row in s.execute(select(c.subject_id, c.verdict, c.matches, c.checked_at,
                                        c.party_name).where(
                    c.subject == CUSTOMER, c.role == CUSTOMER,
                    c.subject_id.in_(ids[start:start + 500]))):
                found[int(row[0])] = _status(row[1], row[2], row[3], row[4])
    return found


@dataclass(frozen=True)
class FlaggedParty:
    """A customer or an order's party whose latest check is a possible or a confirmed match."""

    subject: str  # CUSTOMER or ORDER
    subject_id: int
    label: str  # the customer's name, or the order's reference
    role: str
    status: PartyStatus


def _open_party(c: Any) -> Any:
    """party_check rows that count: every customer, and the parties of orders not declined."""
    closed = select(DbOrder.id).where(DbOrder.status.in_(CLOSED))
    return (c.subject != ORDER) | c.subject_id.not_in(closed)


def flagged_parties(ctx: AppContext) -> list[FlaggedParty]:
    """Every possible and confirmed match to look at: confirmed ones first."""
    c = DbPartyCheck.__table__.c
    with ctx.session() as s:
        rows = s.execute(select(c.subject, c.subject_id, c.role, c.party_name, c.verdict,
                                c.matches, c.checked_at)
                         .where(c.verdict.in_(FLAGGED), _open_party(c))
                         .order_by(c.subject, c.subject_id, c.role)).all()
        names = subject_labels(s, [(r[0], int(r[1])) for r in rows])
    found = [FlaggedParty(r[0], int(r[1]), names.get((r[0], int(r[1])), r[3]), r[2],
                          _status(r[4], r[5], r[6], r[3])) for r in rows]
    found.sort(key=lambda f: f.status.verdict != Verdict.MATCH.value)
    return found


def match_counts(s: Session) -> tuple[int, int]:
    """Possible matches and confirmed matches to look at (the overview's numbers; the same
    query as ``QuickReader.overview``)."""
    c = DbPartyCheck.__table__.c
    counts = dict(s.execute(select(c.verdict, func.count()).where(
        c.verdict.in_(FLAGGED), _open_party(c)).group_by(c.verdict)).all())
    return (int(counts.get(Verdict.POSSIBLE_MATCH.value, 0)),
            int(counts.get(Verdict.MATCH.value, 0)))


def subject_labels(s: Session, subjects: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The customers' names and the orders' references."""
    labels: dict[tuple[str, int], str] = {}
    for subject, table, column in ((CUSTOMER, DbCustomer, DbCustomer.name),
                                   (ORDER, DbOrder, DbOrder.reference)):
        ids = sorted({i for kind, i in subjects if kind == subject})
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            labels.update(((subject, int(i)), text) for i, text in s.execute(
                select(table.id, column).where(table.id.in_(chunk))))
    return labels
