"""Every party of every order checked against the imported sanctions lists, for the screening.

The order editor's save (and its preview), the CSV import and re-screening each make one
:class:`OrderPartyChecker` (:func:`order_party_checker`): with no list imported it is None after
one query, and orders screen exactly as before lists existed. Otherwise it holds the name index
of the newest list versions (built once per process, :func:`services.party_index.party_index`)
and the criteria pack's threshold, checks each party's name once however many orders name it,
and for all the orders of a call reads the matched entries and their reviews in one query each
(:func:`screenings`). The domain turns that into the screening's findings
(:func:`domain.screening.Screener.screen` with ``parties``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.orders import Order, Party
from reseller_app.domain.sanctions.matching import Match, NameNotCheckable
from reseller_app.domain.sanctions.order_parties import (
    OrderPartyCheck,
    finding,
    order_parties,
    order_party_checks,
    party_kind,
    party_threshold,
)
from reseller_app.domain.sanctions.party_findings import (
    ListUsed,
    PartyFinding,
    PartyScreening,
    apply_reviews,
)
from reseller_app.domain.sanctions.reviews import PartySubject
from reseller_app.services.context import AppContext
from reseller_app.services.first_screen import ORDER_PARTY
from reseller_app.services.party_index import PartyIndex, party_index
from reseller_app.store import party_reviews
from reseller_app.store.tables import DbPartyCheck

_NAMES_KEPT = 100_000  # parties remembered per checker: an import names each customer often


@dataclass
class OrderPartyChecker:
    """The newest lists, ready to check the parties of many orders."""

    index: PartyIndex
    threshold: float
    _seen: dict[tuple[str, str | None, Any], tuple[Match, ...]] = field(default_factory=dict)

    @property
    def lists(self) -> tuple[ListUsed, ...]:
        return tuple(ListUsed(v.id, v.source.value, v.published, v.file_sha256)
                     for v in self.index.versions)

    def matches(self, party: Party) -> tuple[Match, ...]:
        """The listed entries resembling ``party`` (its name, country and kind)."""
        kind = party_kind(party)
        key = (party.name or "", party.country, kind)
        found = self._seen.get(key)
        if found is None:
            try:
                found = tuple(self.index.names.check(party.name or "", country=party.country,
                                                     kind=kind, threshold=self.threshold))
            except NameNotCheckable:  # too long, or nothing left once folded: not checked
                found = ()
            if len(self._seen) < _NAMES_KEPT:
                self._seen[key] = found
        return found

    def screenings(self, session: Session, orders: Sequence[tuple[int | None, Order]],
                   customers: Sequence[Mapping[str, int | None]] | None = None
                   ) -> list[PartyScreening]:
        """Each order's parties checked, reviews applied (``orders``: (its id, None for a new
        one; the order); ``customers``: for each order, role -> its catalog customer's id, when
        known). Two queries in all, and only when something matched."""
        raw: list[list[tuple[str, Party, Match]]] = []
        checked: list[tuple[tuple[str, str], ...]] = []
        for _, order in orders:
            parties = order_parties(order)
            checked.append(tuple((role, p.name or "") for role, p in parties))
            raw.append([(role, p, m) for role, p in parties for m in self.matches(p)])
        wanted = {(str(m.source), m.entry_id) for found in raw for _, _, m in found}
        entries = party_reviews.entries_by_id(session, list(self.index.list_ids), wanted) \
            if wanted else {}
        made: list[list[PartyFinding]] = []
        for found in raw:
            made.append([finding(role, p, m, *entries.get((str(m.source), m.entry_id),
                                                          (None, "")))
                         for role, p, m in found])
        keys = {(f.party_key, f.source, f.entry_id) for fs in made for f in fs}
        reviews = party_reviews.reviews_for(session, keys) if keys else []
        lists = self.lists
        return [PartyScreening(lists, checked[i], apply_reviews(
                    fs, reviews, subject=PartySubject.ORDER, subject_id=orders[i][0],
                    customers=customers[i] if customers else None), self.threshold)
                for i, fs in enumerate(made)]


def order_party_checker(ctx: AppContext, pack: Any, *, build: bool = True
                        ) -> OrderPartyChecker | None:
    """A checker of the newest lists with ``pack``'s threshold (a ``CriteriaPack``); None when
    no list is imported (one query), or with ``build=False`` while the lists' name index is not
    built yet in this process (see :func:`services.party_index.party_index`)."""
    index = party_index(ctx, build=build)
    if index is None:
        return None
    return OrderPartyChecker(index, party_threshold(pack))


def order_screening(session: Session, checker: OrderPartyChecker | None, order: Order,
                    order_id: int | None, customers: Mapping[str, int | None] | None = None
                    ) -> PartyScreening | None:
    """One order's parties checked (None without lists); ``customers``: role -> the catalog
    customer's id."""
    if checker is None:
        return None
    return checker.screenings(session, [(order_id, order)], [customers or {}])[0]


def party_details(parties: PartyScreening) -> dict[str, Any]:
    """What an audit event about a screening says of its restricted-party check."""
    return {"lists": [v.id for v in parties.lists],
            "restricted_parties": [
                {"role": f.role, "source": f.source, "entry_id": f.entry_id,
                 "verdict": f.verdict, "review": f.review, "score": f.score}
                for f in parties.findings]}


# -- the orders' parties in ``party_check`` ------------------------------------------------------
ORDER_SUBJECT = ORDER_PARTY  # party_check.subject of an order's party


def _stored(s: Session, order_id: int) -> dict[str, DbPartyCheck]:
    return {row.role: row for row in s.execute(select(DbPartyCheck).where(
        DbPartyCheck.subject == ORDER_SUBJECT,
        DbPartyCheck.subject_id == order_id)).scalars()}


def _same(row: DbPartyCheck, check: OrderPartyCheck) -> bool:
    return all(getattr(row, key) == value for key, value in check.values().items())


def order_checks_changed(s: Session, order_id: int, order: Order,
                         parties: PartyScreening) -> bool:
    """Whether the order's ``party_check`` rows differ from this screening's checks (an order
    screened before the rows existed, a party renamed or gone)."""
    checks = order_party_checks(order, parties)
    stored = _stored(s, order_id)
    return stored.keys() != {c.role for c in checks} or not all(
        _same(stored[c.role], c) for c in checks)


def store_order_checks(s: Session, order_id: int, order: Order, parties: PartyScreening,
                       now: dt.datetime) -> None:
    """Write each checked party's latest check (subject "order", one row per role) in the
    caller's transaction, before its audit event, which stamps them (the session's listener
    notes them); a role the order no longer has loses its row. Unchanged rows are not
    touched."""
    stored = _stored(s, order_id)
    checks = order_party_checks(order, parties)
    for check in checks:
        row = stored.pop(check.role, None)
        if row is None:
            s.add(DbPartyCheck(subject=ORDER_SUBJECT, subject_id=order_id, checked_at=now,
                               **check.values()))
        elif not _same(row, check):
            for key, value in check.values().items():
                setattr(row, key, value)
            row.checked_at = now
            s.add(row)
    for gone in stored.values():
        s.delete(gone)


def order_check_rows(order_id: int, order: Order, parties: PartyScreening,
                     now: dt.datetime) -> list[dict[str, Any]]:
    """The ``party_check`` rows of a new order, as plain values (the CSV import's insert)."""
    return [{"subject": ORDER_SUBJECT, "subject_id": order_id, "checked_at": now,
             **check.values()} for check in order_party_checks(order, parties)]
