"""The first screen's reads with the standard library's sqlite3, before the ORM is loaded.

Importing SQLModel/SQLAlchemy (~0.4 s) and Alembic (~0.4 s) costs several bare Qt windows, so
the desktop app draws its first screen (the overview's numbers, the first page of orders) from
these few plain queries while the ORM loads behind it; then every read goes through the
services again. ``repositories.list_orders``/``count_orders`` and ``OverviewService.summary``
are the same queries written with SQLAlchemy: tests/store/test_quick_read.py checks that both
return the same rows.

Only an SQLite file at the newest schema revision is read here (``open_current``); anything
else (a server database, a file that needs a migration, no file yet) returns ``None`` and the
app takes the ORM path from the start. This module imports no SQLAlchemy, SQLModel or Alembic.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from reseller_app.store.completeness_sql import mask_sql
from reseller_app.store.locations import normalise_url, sqlite_file
from reseller_app.store.schema_version import HEAD_REVISION

BUSY_TIMEOUT_S = 15.0  # as db.BUSY_TIMEOUT_MS: a writer holding the lock is waited for
# The orders list's columns, in the order of ``repositories.LIST_COLUMNS``.
LIST_COLUMNS = ("id", "reference", "order_date", "customer_name", "destination_country",
                "tier", "status", "total", "currency")


class ListFilter(Protocol):
    """What the list filters on (``services.dto.OrderFilter``; the store does not import
    the services)."""

    statuses: Sequence[str]
    tiers: Sequence[str]
    customer_id: int | None
    country: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    text: str


@dataclass(frozen=True)
class ListRow:
    """One row of the orders list as stored (``repositories.list_orders`` gives the same)."""

    id: int
    reference: str
    order_date: dt.date
    customer_name: str
    destination_country: str | None
    tier: str
    status: str
    total: str
    currency: str
    completeness: int  # the mask of ``domain.completeness.Completeness.from_mask``


def sqlite_timestamp(value: dt.datetime) -> str:
    """A moment as SQLAlchemy stores a ``DateTime`` in SQLite (UTC, no offset), for comparing
    with stored timestamps as text."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)[:10])


class QuickReader:
    """Plain reads of one SQLite database file at the current schema.

    Each call opens its own connection (a fraction of a millisecond): the overview counts in
    Qt's thread pool while the list pages in the GUI thread.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open_current(cls, url: str | None) -> QuickReader | None:
        """A reader when ``url`` is an SQLite file at the newest revision with a company
        profile (set up); ``None`` otherwise or on any error (the ORM path then says why)."""
        if not url:
            return None
        try:
            path = sqlite_file(normalise_url(url))
            if path is None or not path.is_file():
                return None
            reader = cls(path)
            with reader.connect() as con:
                revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
                if revision is None or revision[0] != HEAD_REVISION:
                    return None
                if con.execute("SELECT id FROM company LIMIT 1").fetchone() is None:
                    return None  # not set up: the setup wizard comes first
            return reader
        except Exception:  # whatever it is, the ORM path opens the database and explains
            return None

    def connect(self) -> _Connection:
        return _Connection(self.path)

    # -- the orders list ---------------------------------------------------------------------
    def _where(self, f: ListFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        fts = None
        if f.text.strip():
            # The search index's query, as the ORM path writes it. Imported here: it costs the
            # SQLAlchemy import, which only a search typed in the first second pays.
            from reseller_app.store.repositories import fts_query

            fts = fts_query(f.text, tuple(f.tiers), tuple(f.statuses))
        if f.statuses and fts is None:
            where.append(f"status IN ({', '.join('?' * len(f.statuses))})")
            args += list(f.statuses)
        if f.tiers and fts is None:
            where.append(f"tier IN ({', '.join('?' * len(f.tiers))})")
            args += list(f.tiers)
        if f.customer_id is not None:
            where.append("customer_id = ?")
            args.append(f.customer_id)
        if f.country:
            where.append("destination_country = ?")
            args.append(f.country.upper())
        if f.date_from is not None:
            where.append("order_date >= ?")
            args.append(f.date_from.isoformat())
        if f.date_to is not None:
            where.append("order_date <= ?")
            args.append(f.date_to.isoformat())
        if fts is not None:
            where.append("id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)")
            args.append(fts)
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def list_orders(self, f: ListFilter, offset: int, limit: int) -> list[ListRow]:
        """One page, newest first (order date, then id, descending)."""
        where, args = self._where(f)
        sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM orders{where} "
               "ORDER BY order_date DESC, id DESC LIMIT ? OFFSET ?")
        with self.connect() as con:
            rows = con.execute(sql, [*args, max(limit, 0), max(offset, 0)]).fetchall()
            masks = self._completeness(con, [int(r[0]) for r in rows])
        return [ListRow(int(r[0]), r[1], _date(r[2]), r[3], r[4], r[5], r[6],  # type: ignore[arg-type]
                        r[7], r[8], masks.get(int(r[0]), 0)) for r in rows]

    @staticmethod
    def _completeness(con: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
        """As ``repositories.completeness_masks``: for the page's rows only."""
        if not ids:
            return {}
        sql = (f"SELECT orders.id, {mask_sql()} FROM orders "
               f"WHERE orders.id IN ({', '.join('?' * len(ids))})")
        return {int(i): int(m) for i, m in con.execute(sql, ids).fetchall()}

    def count_orders(self, f: ListFilter, cap: int | None = None) -> int:
        """How many match; with ``cap``, counting stops at ``cap + 1``."""
        where, args = self._where(f)
        if cap is None:
            sql, params = f"SELECT count(*) FROM orders{where}", args
        else:
            sql = f"SELECT count(*) FROM (SELECT id FROM orders{where} LIMIT ?)"
            params = [*args, cap + 1]
        with self.connect() as con:
            return int(con.execute(sql, params).fetchone()[0] or 0)

    # -- the overview ------------------------------------------------------------------------
    def overview(self, *, attention: Sequence[str], tiers: Sequence[str], first_day: dt.date,
                 today: dt.date, outbox_states: Sequence[str], since: dt.datetime,
                 latest: int, flagged: Sequence[str] = (), order_party: str = "",
                 closed: Sequence[str] = ()) -> OverviewCounts:
        """The numbers of ``OverviewService.summary``, as stored. ``flagged``: the sanctions
        verdicts counted (``party_check``), for every party but those of ``closed`` orders
        (``order_party``: the subject of an order's party)."""
        marks = ", ".join("?" * len(attention))
        tier_marks = ", ".join("?" * len(tiers))
        state_marks = ", ".join("?" * len(outbox_states))
        day, since_text = today.isoformat(), sqlite_timestamp(since)
        with self.connect() as con:
            statuses = dict(con.execute(
                f"SELECT status, count(*) FROM orders WHERE status IN ({marks}) "
                "GROUP BY status", list(attention)).fetchall())
            by_month = con.execute(
                "SELECT tier, CAST(strftime('%Y', order_date) AS INTEGER), "
                "CAST(strftime('%m', order_date) AS INTEGER), count(*) FROM orders "
                f"WHERE tier IN ({tier_marks}) AND order_date >= ? AND order_date <= ? "
                "GROUP BY 1, 2, 3", [*tiers, first_day.isoformat(), day]).fetchall()
            due = con.execute("SELECT count(*) FROM follow_up WHERE done_on IS NULL "
                              "AND due_on <= ?", [day]).fetchone()[0]
            overdue = con.execute("SELECT count(*) FROM follow_up WHERE done_on IS NULL "
                                  "AND due_on < ?", [day]).fetchone()[0]
            outbox = dict(con.execute(
                f"SELECT state, count(*) FROM outbox_message WHERE state IN ({state_marks}) "
                "GROUP BY state", list(outbox_states)).fetchall())
            recent = con.execute("SELECT count(*) FROM distributor_answer "
                                 "WHERE recorded_at >= ?", [since_text]).fetchone()[0]
            answers = con.execute(
                "SELECT a.order_id, o.reference, a.outcome, a.answered_on "
                "FROM distributor_answer AS a JOIN orders AS o ON o.id = a.order_id "
                "WHERE a.recorded_at >= ? ORDER BY a.recorded_at DESC, a.id DESC LIMIT ?",
                [since_text, latest]).fetchall()
            sanctions = self._sanctions(con, flagged, order_party, closed) if flagged else {}
        return OverviewCounts(
            statuses={k: int(v) for k, v in statuses.items()},
            by_month=[(t, int(y), int(m), int(n)) for t, y, m, n in by_month],
            follow_ups_due=int(due or 0), follow_ups_overdue=int(overdue or 0),
            outbox={k: int(v) for k, v in outbox.items()}, answers_recent=int(recent or 0),
            latest_answers=[(int(i), ref, outcome, _date(on))  # type: ignore[misc]
                            for i, ref, outcome, on in answers],
            sanctions=sanctions)

    @staticmethod
    def _sanctions(con: sqlite3.Connection, flagged: Sequence[str], order_party: str,
                   closed: Sequence[str]) -> dict[str, int]:
        """Parties by verdict, as ``services.party_checks.match_counts``."""
        marks = ", ".join("?" * len(flagged))
        closed_marks = ", ".join("?" * len(closed)) or "NULL"
        rows = con.execute(
            f"SELECT verdict, count(*) FROM party_check WHERE verdict IN ({marks}) AND "
            f"(subject != ? OR subject_id NOT IN (SELECT id FROM orders WHERE status IN "
            f"({closed_marks}))) GROUP BY verdict",
            [*flagged, order_party, *closed]).fetchall()
        return {k: int(v) for k, v in rows}

    def adopted_policy(self, adopted: str) -> tuple[dt.date | None, str] | None:
        """The newest policy version with status ``adopted``: its ``next_review`` column and
        its field values (JSON text); ``None`` when none is adopted."""
        with self.connect() as con:
            row = con.execute("SELECT next_review, field_values FROM policy_version "
                              "WHERE status = ? ORDER BY number DESC LIMIT 1",
                              [adopted]).fetchone()
        return None if row is None else (_date(row[0]), row[1] or "")

    def sanctions_lists(self, setting: str) -> tuple[list[tuple[str, str, str]], str | None]:
        """The newest version of each sanctions list (source, published, imported at, as
        stored; ``store.sanctions.newest`` gives the same) and the setting ``setting``'s JSON
        (the days until a list is old), or None."""
        with self.connect() as con:
            rows = con.execute(
                "SELECT source, published, imported_at FROM sanction_list WHERE id IN "
                "(SELECT max(id) FROM sanction_list GROUP BY source) ORDER BY source").fetchall()
            value = con.execute("SELECT value FROM setting WHERE key = ?", [setting]).fetchone()
        return [(r[0], r[1] or "", str(r[2])) for r in rows], None if value is None else value[0]

    def active_pack(self) -> tuple[str, str, str] | None:
        """The active criteria pack's id, version and SHA-256 (for the status bar)."""
        with self.connect() as con:
            row = con.execute("SELECT pack_id, version, sha256 FROM pack WHERE active = 1 "
                              "ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else (row[0], row[1], row[2])


@dataclass
class OverviewCounts:
    statuses: dict[str, int]
    by_month: list[tuple[str, int, int, int]]  # tier, year, month, orders
    follow_ups_due: int
    follow_ups_overdue: int
    outbox: dict[str, int]
    answers_recent: int
    latest_answers: list[tuple[int, str, str, dt.date]]  # order id, reference, outcome, date
    sanctions: dict[str, int] = field(default_factory=dict)  # party_check verdict -> parties


class _Connection:
    """A short read-only connection: ``with reader.connect() as con:``, closed at the end."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        self.con.execute("PRAGMA query_only = ON")

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, *_: object) -> None:
        self.con.close()
