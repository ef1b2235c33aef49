"""Queries the services share: the orders list, and an order with everything that hangs off it.

The list must open and filter as fast with 100,000 orders as with 100, so:

- it reads plain columns with Core (no ORM objects) and never joins the catalog: the customer's
  name is copied onto the order;
- every filter has an index ending in ``(order_date, id)``, matching the list's order;
- the search box uses the FTS5 index ``order_search`` on SQLite (a MATCH, never a LIKE scan,
  also under COUNT); on PostgreSQL it falls back to ILIKE, with accents folded by translate().
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from reseller_app.domain.order_filter import OrderFilter
from reseller_app.domain.text_fold import fold
from reseller_app.store.completeness_sql import mask_sql
from reseller_app.store.tables import (
    DbChecklistAnswer,
    DbDecision,
    DbOrder,
    DbOrderLine,
    DbScreening,
)
from reseller_app.store.text_search import ACCENTED, FOLD_ACCENTS, PLAIN, index_words

_orders = DbOrder.__table__
LIST_COLUMNS = (
    _orders.c.id, _orders.c.reference, _orders.c.order_date, _orders.c.customer_name,
    _orders.c.destination_country, _orders.c.tier, _orders.c.status, _orders.c.total,
    _orders.c.currency,
)
_WORD = re.compile(r"\w+")


def search_tokens(text_: str) -> list[str]:
    return _WORD.findall(text_)


def fts_query(text_: str, tiers: tuple[str, ...] = (), statuses: tuple[str, ...] = ()
              ) -> str | None:
    """The words typed, each as a quoted prefix ("journalist" finds "journalistes"), ANDed, and
    the tier and status filters as column filters (the index holds both: migration 0004)."""
    # Folded as the index was (store/text_search.py): "soren" and "Søren" find "Søren".
    tokens = search_tokens(fold(text_))
    if not tokens:
        return None
    parts = []
    for token in tokens:
        forms = index_words(token)
        parts.append(f'"{forms[0]}"*' if len(forms) == 1
                     else "(" + " OR ".join(f'"{f}"*' for f in forms) + ")")
    for name, values in (("tier", tiers), ("status", statuses)):
        words = [v.replace("_", "") for v in values if v.replace("_", "").isalnum()]
        if words:
            parts.append(f"{name}:({' OR '.join(words)})")
    return " AND ".join(parts)


# A search matching at most this many orders is looked up match by match and sorted; above it,
# a page walks the list's date index (newest first) and stops once the page is full.
FEW_MATCHES = 3000


def _matches(q: str) -> Any:
    return text("SELECT rowid FROM order_search WHERE order_search MATCH :q") \
        .bindparams(q=q).columns(column("rowid", Integer))


def _text_condition(f: OrderFilter, dialect: str, walk_dates: bool = False) -> Any | None:
    if dialect == "sqlite":
        q = fts_query(f.text, f.tiers, f.statuses)
        if q is None:
            return None
        # "+orders.id" makes SQLite walk the date index and test each order against the
        # matches, rather than looking every match up and sorting them all.
        id_col = type_coerce(literal_column("+orders.id"), Integer) if walk_dates \
            else _orders.c.id
        return id_col.in_(_matches(q))
    # Elsewhere (PostgreSQL): ILIKE on the columns with the accents folded on both sides by
    # translate(), as FTS5's remove_diacritics does ("policia" finds "Policía").
    conditions = []
    for token in search_tokens(f.text):
        pattern = "%" + token.translate(FOLD_ACCENTS).replace("_", "\\_") + "%"
        conditions.append(or_(*(
            func.translate(c, ACCENTED, PLAIN).ilike(pattern, escape="\\") for c in (
                _orders.c.reference, _orders.c.customer_name, _orders.c.end_user_name,
                _orders.c.intended_use))))
    return and_(*conditions) if conditions else None


def order_conditions(f: OrderFilter, dialect: str, walk_dates: bool = False) -> list[Any]:
    where: list[Any] = []
    text_cond = _text_condition(f, dialect, walk_dates) if f.text.strip() else None
    # A text search on SQLite is answered by the search index, tier and status included; the
    # other filters are tested on each match ("+column" keeps SQLite from walking a filter's
    # index and testing every entry against the search).
    in_index = dialect == "sqlite" and text_cond is not None

    def col(c: Any) -> Any:
        return type_coerce(literal_column(f"+orders.{c.name}"), c.type) if in_index else c

    if f.statuses and not in_index:
        where.append(_orders.c.status.in_(list(f.statuses)))
    if f.tiers and not in_index:
        where.append(_orders.c.tier.in_(list(f.tiers)))
    if f.customer_id is not None:
        where.append(col(_orders.c.customer_id) == f.customer_id)
    if f.country:
        where.append(col(_orders.c.destination_country) == f.country.upper())
    if f.date_from is not None:
        where.append(col(_orders.c.order_date) >= f.date_from)
    if f.date_to is not None:
        where.append(col(_orders.c.order_date) <= f.date_to)
    if text_cond is not None:
        where.append(text_cond)
    return where


def _many_matches(conn: Any, f: OrderFilter) -> bool:
    q = fts_query(f.text, f.tiers, f.statuses)
    if q is None:
        return False
    found = conn.execute(text(
        "SELECT count(*) FROM (SELECT rowid FROM order_search WHERE order_search MATCH :q "
        "LIMIT :n)").bindparams(q=q, n=FEW_MATCHES + 1)).scalar()
    return int(found or 0) > FEW_MATCHES


def list_orders(session: Session, f: OrderFilter, offset: int, limit: int) -> list[Any]:
    conn = session.connection()
    # A page of a search with many matches walks the dates newest first and stops after one
    # page, instead of fetching and sorting every match (2 ms instead of 13 ms for a word found
    # in 7,000 of 100,000 orders); few matches are looked up one by one and sorted.
    dialect = conn.dialect.name
    walk = dialect == "sqlite" and bool(f.text.strip()) and _many_matches(conn, f)
    q: Select = select(*LIST_COLUMNS).where(*order_conditions(f, dialect, walk_dates=walk)) \
        .order_by(_orders.c.order_date.desc(), _orders.c.id.desc()) \
        .offset(max(offset, 0)).limit(max(limit, 0))

    return list(conn.execute(q).all())


def completeness_masks(session: Session, order_ids: list[int]) -> dict[int, int]:
    """The completeness mask of each order (``domain/completeness.py``), for one page of the
    list. Asked for the page's ids after the page is read: in the page's own query SQLite would
    work it out for every match it sorts, not only for the rows shown."""
    if not order_ids:
        return {}
    conn = session.connection()
    q = text(f"SELECT orders.id, {mask_sql(conn.dialect.name)} FROM orders "
             "WHERE orders.id IN :ids").bindparams(bindparam("ids", expanding=True))
    return {int(i): int(m) for i, m in conn.execute(q, {"ids": list(order_ids)})}


def count_orders(session: Session, f: OrderFilter, cap: int | None = None) -> int:
    """How many orders match; with ``cap``, counting stops at ``cap + 1`` ("more than cap")."""
    conn = session.connection()
    where = order_conditions(f, conn.dialect.name)
    if cap is None:
        q = select(func.count()).select_from(_orders).where(*where)
    else:
        matching = select(_orders.c.id).where(*where).limit(cap + 1).subquery()
        q = select(func.count()).select_from(matching)
    return int(conn.execute(q).scalar() or 0)


# -- one order ------------------------------------------------------------------------------------
def order_lines(session: Session, order_id: int) -> list[DbOrderLine]:
    return list(session.execute(
        select(DbOrderLine).where(DbOrderLine.order_id == order_id)
        .order_by(DbOrderLine.position, DbOrderLine.id)).scalars())


def latest_screening(session: Session, order_id: int) -> DbScreening | None:
    return session.execute(
        select(DbScreening).where(DbScreening.order_id == order_id)
        .order_by(DbScreening.id.desc()).limit(1)).scalar()


def checklist_answers(session: Session, order_id: int) -> list[DbChecklistAnswer]:
    return list(session.execute(
        select(DbChecklistAnswer).where(DbChecklistAnswer.order_id == order_id)
        .order_by(DbChecklistAnswer.id)).scalars())


def decisions(session: Session, order_id: int) -> list[DbDecision]:
    return list(session.execute(
        select(DbDecision).where(DbDecision.order_id == order_id)
        .order_by(DbDecision.id)).scalars())


def order_id_by_reference(session: Session, reference: str) -> int | None:
    return session.execute(
        select(DbOrder.id).where(DbOrder.reference == reference)).scalar()


def last_reference_like(session: Session, prefix: str) -> list[str]:
    """References starting with ``prefix``, highest first (a range scan on the unique index)."""
    return list(session.execute(
        select(DbOrder.reference)
        .where(DbOrder.reference >= prefix, DbOrder.reference < prefix + "\uffff")
        .order_by(DbOrder.reference.desc()).limit(50)).scalars())
