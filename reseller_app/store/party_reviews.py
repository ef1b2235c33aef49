"""Reviewed possible matches (``party_review``) and the latest party checks they decide
(``party_check``); see ``domain.sanctions.reviews``.

What a check of parties (an order's or the catalog customers') reads besides the name index
(``reviews_for``, ``entries_by_id``) is asked once for all the matches of a save, an import or a
re-screening: matches are rare, so these are small queries, and none at all when nothing
matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, tuple_
from sqlmodel import Session

from reseller_app.domain.sanctions.entries import ListEntry, entry_from_data
from reseller_app.domain.sanctions.reviews import Review, ReviewVerdict
from reseller_app.store.tables import (
    DbPartyCheck,
    DbPartyReview,
    DbSanctionEntry,
    DbSanctionList,
    utc,
)


def review(row: DbPartyReview) -> Review:
    assert row.id is not None
    return Review(row.id, row.subject, row.subject_id, row.role, row.party_key, row.party_name,
                  row.party_country or "", row.source, row.entry_id, row.entry_sha256,
                  row.listed_name, ReviewVerdict(row.verdict), row.reason, row.reviewed_by,
                  utc(row.reviewed_at))


def of_subject(session: Session, subject: str, subject_id: int) -> list[Review]:
    """The reviews made where a customer or an order was checked, newest first."""
    rows = session.execute(
        select(DbPartyReview).where(DbPartyReview.subject == subject,
                                    DbPartyReview.subject_id == subject_id)
        .order_by(DbPartyReview.id.desc())).scalars()
    return [review(r) for r in rows]


def every(session: Session) -> list[Review]:
    """Every review, newest first."""
    rows = session.execute(select(DbPartyReview).order_by(DbPartyReview.id.desc())).scalars()
    return [review(r) for r in rows]


def check_row(session: Session, subject: str, subject_id: int, role: str) -> DbPartyCheck | None:
    """The latest check of one party of a customer or an order, if it was checked."""
    return session.execute(
        select(DbPartyCheck).where(DbPartyCheck.subject == subject,
                                   DbPartyCheck.subject_id == subject_id,
                                   DbPartyCheck.role == role)).scalar()


# -- for the screening of orders ----------------------------------------------------------------
_SLICE = 400  # pairs per IN (...): well under every database's limit of bound values


def _slices(items: Sequence[tuple[str, str]]) -> Iterable[Sequence[tuple[str, str]]]:
    for start in range(0, len(items), _SLICE):
        yield items[start:start + _SLICE]


def reviews_for(session: Session, keys: Iterable[tuple[str, str, str]]) -> list[Review]:
    """The reviews of the listed entries named in ``keys`` ((party_key, source, entry_id) of
    each match), oldest first: those of any party, so that the domain can tell a party reviewed
    under another name (:func:`domain.sanctions.party_findings.apply_reviews`)."""
    pairs = sorted({(source, entry_id) for _, source, entry_id in keys})
    found: list[Review] = []
    for chunk in _slices(pairs):
        rows = session.execute(
            select(DbPartyReview)
            .where(tuple_(DbPartyReview.source, DbPartyReview.entry_id).in_(chunk))
            .order_by(DbPartyReview.id)).scalars()
        found.extend(review(r) for r in rows)
    found.sort(key=lambda r: r.id)
    return found


def entries_by_id(session: Session, list_ids: Sequence[int],
                  pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[ListEntry, str]]:
    """(source, entry id) -> (the entry, its SHA-256) in the list versions ``list_ids``."""
    wanted = sorted(set(pairs))
    found: dict[tuple[str, str], tuple[ListEntry, str]] = {}
    if not list_ids:
        return found
    for chunk in _slices(wanted):
        rows = session.execute(
            select(DbSanctionList.source, DbSanctionEntry.entry_id, DbSanctionEntry.kind,
                   DbSanctionEntry.data, DbSanctionEntry.sha256)
            .join(DbSanctionList, DbSanctionList.id == DbSanctionEntry.list_id)
            .where(DbSanctionEntry.list_id.in_(list_ids),
                   tuple_(DbSanctionList.source, DbSanctionEntry.entry_id).in_(chunk)))
        for source, entry_id, kind, data, sha in rows:
            found[(source, entry_id)] = (entry_from_data(source, entry_id, kind, data), sha)
    return found
