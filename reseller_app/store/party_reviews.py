"""Reviewed possible matches (``party_review``) and the latest party checks they mark
(``party_check``); see ``domain.sanctions.reviews``."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.sanctions.reviews import Review, ReviewVerdict
from reseller_app.store.tables import DbPartyCheck, DbPartyReview, utc


def review(row: DbPartyReview) -> Review:
    assert row.id is not None
    return Review(row.id, row.subject, row.subject_id, row.role, row.party_key, row.party_name,
                  row.party_country, row.source, row.entry_id, row.entry_sha256,
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


def of_parties(session: Session, party_keys: Iterable[str]) -> list[Review]:
    """The reviews of these parties (``party_key``s), wherever they were made, newest first:
    what a screening applies (``domain.sanctions.reviews.standing_review``)."""
    keys = sorted(set(party_keys))
    found: list[Review] = []
    for start in range(0, len(keys), 500):
        rows = session.execute(
            select(DbPartyReview).where(DbPartyReview.party_key.in_(keys[start:start + 500]))
            .order_by(DbPartyReview.id.desc())).scalars()
        found += [review(r) for r in rows]
    found.sort(key=lambda r: r.id, reverse=True)
    return found


def check_row(session: Session, subject: str, subject_id: int, role: str) -> DbPartyCheck | None:
    """The latest check of one party of a customer or an order, if it was checked."""
    return session.execute(
        select(DbPartyCheck).where(DbPartyCheck.subject == subject,
                                   DbPartyCheck.subject_id == subject_id,
                                   DbPartyCheck.role == role)).scalar()
