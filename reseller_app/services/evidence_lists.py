"""The sanctions lists' part of the evidence bundle: every list version imported by the end of
the period, every review of a possible match made by then, the latest check of each party, and
for each screening which list versions its parties were checked against.

The records keep their stored codes (``ofac``, ``not_same``, ``possible_match``); the summary
PDF words them in the reader's language (``reports/evidence_pdf.lists_section``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.reviews import PartySubject
from reseller_app.services.sanctions_lists import SOURCE_NAMES
from reseller_app.store.tables import (
    DbCustomer,
    DbPartyCheck,
    DbPartyReview,
    DbSanctionList,
    utc,
)

LISTS_FILE = "sanctions-lists.json"
REVIEWS_FILE = "party-reviews.json"
CHECKS_FILE = "party-checks.json"

# Where a screening's stored result names the ``sanction_list`` versions its parties were
# checked against: the order screening writes ``"restricted_parties": {"lists": [{"id": 1,
# "source": "ofac", "published": ..., "sha256": ...}], ...}`` (absent when no list was
# imported). The other places are read too, so that a result written under another name (a
# build in between) still shows its lists instead of "none".
SCREENING_HOLDER, SCREENING_LIST_KEY = "restricted_parties", "lists"
_KEYS = (SCREENING_LIST_KEY, "sanctions_lists", "list_ids")
_HOLDERS = (SCREENING_HOLDER, "sanctions", "parties")  # nested dicts (or lists of dicts)
NO_LIST = "No sanctions list was used."
CHECKS_NOTE = ("The latest check of each party of a catalog customer or an order, as stored when "
               "the bundle was made: a party checked again after the period shows its newer "
               "check (after_period true).")

def _title(source: str) -> str:
    try:
        return SOURCE_NAMES[ListSource(source)]
    except ValueError:  # a source a newer build knows
        return source


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else utc(value).isoformat(timespec="seconds")


def _ids(value: Any) -> list[int]:
    """The list ids in ``value``: ids, ``{"id": ..}`` / ``{"version": ..}`` objects, or a list of
    them; anything else gives none (a result is data from an older or newer build)."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, str) and value.strip().isdigit():
        return [int(value)]
    if isinstance(value, dict):
        for key in ("id", "version", "list_id"):
            if key in value:
                return _ids(value[key])
        return []
    if isinstance(value, list | tuple):
        return [i for item in value for i in _ids(item)]
    return []


def used_list_ids(result: Any) -> list[int] | None:
    """The ``sanction_list`` ids a stored screening result names, in order and without
    repeats; None when it names no key for them at all (screened with no list, or before the
    lists were checked)."""
    if not isinstance(result, dict):
        return None
    found: list[int] | None = None

    def take(holder: dict[str, Any]) -> None:
        nonlocal found
        for key in _KEYS:
            if key in holder:
                found = [*(found or []), *_ids(holder[key])]
                return

    take(result)
    for name in _HOLDERS:
        nested = result.get(name)
        for holder in nested if isinstance(nested, list) else [nested]:
            if isinstance(holder, dict):
                take(holder)
    return None if found is None else list(dict.fromkeys(found))


@dataclass
class ListsEvidence:
    """The bundle's records of the lists; ``by_id`` the versions by their id."""

    versions: list[dict[str, Any]]
    reviews: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    by_id: dict[int, dict[str, Any]] = field(default_factory=dict)

    def screening_lists(self, result: Any) -> dict[str, Any]:
        """What to add to one screening's record: the list versions it used, or a note that it
        used none."""
        ids = used_list_ids(result)
        if not ids:
            return {"sanctions_lists": [], "sanctions_note": NO_LIST}
        used = []
        for list_id in ids:
            v = self.by_id.get(list_id)
            used.append({"version": list_id} if v is None else {
                "version": list_id, "source": v["source"], "published": v["published"],
                "sha256": v["sha256"]})
        return {"sanctions_lists": used}

    def files(self, period: dict[str, str], dump: Any) -> dict[str, bytes]:
        return {LISTS_FILE: dump({"period": period, "versions": self.versions}),
                REVIEWS_FILE: dump({"period": period, "reviews": self.reviews}),
                CHECKS_FILE: dump({"period": period, "note": CHECKS_NOTE,
                                   "checks": self.checks})}


def _where(subject: str, subject_id: int | None, refs: dict[int, str],
           customers: dict[int, str]) -> str | None:
    """The order's reference or the customer's name a party belongs to, as the user knows it."""
    if subject_id is None:
        return None
    if subject == PartySubject.ORDER:
        return refs.get(subject_id)
    return customers.get(subject_id)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:  # kept as stored rather than leaving the bundle unwritten
        return text


def gather(s: Session, end: dt.datetime, refs: dict[int, str]) -> ListsEvidence:
    """The records of the lists as of ``end`` (the first moment after the period); ``refs``
    the orders' references by id."""
    versions = [{
        "version": r.id, "source": r.source, "list": _title(r.source),
        "published": r.published, "file": r.file_name, "sha256": r.file_sha256,
        "entries": r.entry_count, "names": r.name_count, "skipped_names": r.skipped_names,
        "skipped_entries": r.skipped_entries, "imported_at": _iso(r.imported_at),
        "imported_by": r.imported_by}
        for r in s.execute(select(DbSanctionList).where(DbSanctionList.imported_at < end)
                           .order_by(DbSanctionList.id)).scalars()]
    reviews_rows = list(s.execute(select(DbPartyReview).where(DbPartyReview.reviewed_at < end)
                                  .order_by(DbPartyReview.id)).scalars())
    check_rows = list(s.execute(select(DbPartyCheck).order_by(
        DbPartyCheck.subject, DbPartyCheck.subject_id, DbPartyCheck.role)).scalars())
    wanted = {r.subject_id for r in (*reviews_rows, *check_rows)
              if r.subject != PartySubject.ORDER and r.subject_id is not None}
    customers = _customer_names(s, wanted)
    reviews = [{
        "party": r.party_name, "party_country": r.party_country, "party_key": r.party_key,
        "subject": r.subject, "subject_id": r.subject_id, "role": r.role,
        "of": _where(r.subject, r.subject_id, refs, customers),
        "source": r.source, "entry_id": r.entry_id, "entry_sha256": r.entry_sha256,
        "listed_name": r.listed_name, "verdict": r.verdict, "reason": r.reason,
        "reviewed_by": r.reviewed_by, "reviewed_at": _iso(r.reviewed_at)}
        for r in reviews_rows]
    checks = [{
        "subject": r.subject, "subject_id": r.subject_id, "role": r.role,
        "of": _where(r.subject, r.subject_id, refs, customers),
        "party": r.party_name, "party_country": r.party_country, "verdict": r.verdict,
        "matches": _loads(r.matches), "lists": _loads(r.lists),
        "checked_at": _iso(r.checked_at), "after_period": utc(r.checked_at) >= end}
        for r in check_rows]
    return ListsEvidence(versions, reviews, checks, {v["version"]: v for v in versions})


def _customer_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(ids))
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound values, with room
        chunk = ids[start:start + 500]
        names.update((i, name) for i, name in s.execute(
            select(DbCustomer.id, DbCustomer.name).where(DbCustomer.id.in_(chunk))))
    return names
