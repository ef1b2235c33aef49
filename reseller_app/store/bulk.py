"""Fast paths for many rows at once (the CSV import) and small business settings.

The import stores thousands of orders with executemany-style Core inserts in one transaction,
instead of one ORM object at a time: same tables, same audit event, a fraction of the time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Boolean, Connection, func, insert, or_, select
from sqlalchemy.orm import Session

from reseller_app.domain.order_state import status_after_screening
from reseller_app.domain.orders import Order, Party, SalesModel
from reseller_app.domain.packs import PackRef
from reseller_app.domain.screening import ScreeningResult
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.store import audit_log, record_hash
from reseller_app.store import order_record as rec
from reseller_app.store import tables as t

CHUNK = 1000


class StoreAccess(Protocol):
    """What the store needs from the app to open sessions and stamp what it writes (the
    services' context has these; the store names no service)."""

    @property
    def session(self) -> Callable[[], Session]: ...  # a session for reading

    @property
    def write_session(self) -> Callable[[], Session]: ...  # one holding the write lock

    @property
    def clock(self) -> Callable[[], dt.datetime]: ...

    @property
    def actor(self) -> str: ...  # who the audit event names


def get_setting(ctx: StoreAccess, key: str) -> Any:
    with ctx.session() as s:
        row = s.get(t.DbSetting, key)
        return json.loads(row.value) if row else None


def put_setting(s: Any, key: str, value: Any) -> None:
    """Inside the caller's write transaction."""
    row = s.get(t.DbSetting, key) or t.DbSetting(key=key, value="null")
    row.value = json.dumps(value, ensure_ascii=False)
    s.add(row)


def default_sales_model(ctx: StoreAccess) -> SalesModel | None:
    with ctx.session() as s:
        model = s.execute(select(t.DbCompany.sales_model)).scalar()
    return SalesModel.SELF_SERVICE if model == "self_service" else None


def existing_references(ctx: StoreAccess, refs: Sequence[str]) -> set[str]:
    found: set[str] = set()
    with ctx.session() as s:
        for i in range(0, len(refs), 500):
            chunk = list(refs[i:i + 500])
            found.update(s.execute(select(t.DbOrder.reference)
                                   .where(t.DbOrder.reference.in_(chunk))).scalars())
    return found


def _rows_in(conn: Connection, sqlite_sql: str, statement: Callable[[list[str]], Any],
             values: Sequence[str]) -> Iterator[Any]:
    """The rows of a query for ``values``, 500 at a time: ``statement(chunk)`` (SQLAlchemy),
    or on SQLite ``sqlite_sql`` (ending in ``IN``) with one ``?`` per value on the driver's
    cursor. An import looks up its thousands of references twice, and SQLAlchemy's expanding
    ``IN`` cost ten times the queries themselves; the result is the same."""
    cursor = (conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
              if conn.dialect.name == "sqlite" else None)
    for i in range(0, len(values), 500):
        chunk = list(values[i:i + 500])
        if cursor is not None:
            yield from cursor.execute(f"{sqlite_sql} ({','.join('?' * len(chunk))})", chunk)
        else:
            yield from conn.execute(statement(chunk))


def stored_snapshots(ctx: StoreAccess, refs: Sequence[str]) -> dict[str, list[str]]:
    """Reference -> the order as each of its screenings saw it (order JSON v1 text), for the
    orders among ``refs`` that exist: what a re-import compares a file's order with."""
    found: dict[str, list[str]] = {}
    o, sc = t.DbOrder.__table__.c, t.DbScreening.__table__.c
    with ctx.session() as s:
        for ref, snapshot in _rows_in(
                s.connection(),
                "SELECT orders.reference, screening.order_snapshot FROM orders "
                "JOIN screening ON screening.order_id = orders.id WHERE orders.reference IN",
                lambda chunk: select(o.reference, sc.order_snapshot)
                .join(t.DbScreening.__table__, sc.order_id == o.id)
                .where(o.reference.in_(chunk)), refs):
            found.setdefault(ref, []).append(snapshot or "")
    return found


def _taken_references(conn: Connection, refs: Sequence[str]) -> set[str]:
    """The references among ``refs`` stored already, read inside the caller's transaction."""
    return {ref for ref, in _rows_in(
        conn, "SELECT reference FROM orders WHERE reference IN",
        lambda chunk: select(t.DbOrder.reference).where(t.DbOrder.reference.in_(chunk)), refs)}


class ImportCatalog(NamedTuple):
    """The catalog as the import uses it, read in one query per table."""

    categories: dict[str, str]  # SKU -> product category
    product_ids: dict[str, int]  # SKU -> product id, to link the stored lines
    # (name, country) -> (type, sector, government function) of the customers the catalog
    # knows something about ("unknown" counts as nothing)
    parties: dict[tuple[str, str | None], tuple[str | None, str | None, str | None]]


def import_catalog(ctx: StoreAccess) -> ImportCatalog:
    c = t.DbCustomer.__table__.c
    p = t.DbProduct.__table__.c
    with ctx.session() as s:
        products = s.execute(select(p.sku, p.id, p.category)).all()
        # Customers added by earlier imports without a type say nothing: not read at all.
        customers = s.execute(
            select(c.name, c.country, c.type, c.sector, c.government_function)
            .where(or_(c.type != "unknown", c.sector.is_not(None),
                       c.government_function.is_not(None)))
            .order_by(c.id)).all()
    return ImportCatalog(
        categories={sku: category for sku, _, category in products if category},
        product_ids={sku: product_id for sku, product_id, _ in products},
        parties={(name, country): (None if type_ == "unknown" else type_ or None,
                                   sector or None, function or None)
                 for name, country, type_, sector, function in customers})


def _store_settings_only(ctx: StoreAccess, settings: dict[str, Any] | None) -> None:
    if settings:
        with ctx.write_session() as s:
            for key, value in settings.items():
                put_setting(s, key, value)
            s.commit()


def _party_key(p: Party) -> tuple[str, str | None]:
    return (p.name or "", p.country)


class _CoreWriter:
    """Inserts through SQLAlchemy Core (any database; ids from RETURNING)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def insert(self, table: Any, columns: Sequence[str], rows: list[list[Any]], *,
               returning_ids: bool = False) -> list[int]:
        if not rows:
            return []
        params = [dict(zip(columns, row, strict=True)) for row in rows]
        if returning_ids:
            stmt = insert(table).returning(table.id, sort_by_parameter_order=True)
            return list(self.conn.execute(stmt, params).scalars().all())
        self.conn.execute(insert(table), params)
        return []

    def begin_orders(self) -> None:
        pass

    def end_orders(self) -> None:
        pass

    def stamps(self) -> list[tuple[str, str, str]] | None:
        return None  # another database hands values back its own way: they are read back


class _SqliteWriter:
    """Inserts with the driver's own ``executemany`` on the same connection and transaction.

    The transaction began with ``BEGIN IMMEDIATE`` (``ctx.write_session``), so this writer holds
    the database's write lock: ids are handed out from ``max(id)``, with no other writer able to
    take one in between. Values go through each column type's own bind processor (once per
    distinct value), so they are stored exactly as the ORM would store them.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.dialect = conn.dialect
        self._next: dict[str, int] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[int, Any]]]] = {}
        self.inserted = record_hash.InsertedRecords(conn)

    def stamps(self) -> list[tuple[str, str, str]] | None:
        """The stamps of the orders and screenings inserted, from their values (or None: read
        them back)."""
        return self.inserted.stamps()

    def begin_orders(self) -> None:
        """Index the imported orders for search in one statement, not one trigger per row.

        The search index (FTS5) is kept by a trigger that costs more than the rest of an order's
        insert; during an import it is dropped and recreated inside the import's transaction, so
        a cancelled or crashed import rolls the trigger back with everything else. The one
        statement is the trigger's own (``order_record.search_rows_sql``); a trigger of
        another shape is left to index each row.
        """
        row = self.conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (rec.SEARCH_TRIGGER,)).first()
        self._trigger_sql = row[0] if row else None
        self._search_sql = rec.search_rows_sql(self._trigger_sql) if self._trigger_sql else None
        self._first_order = self.conn.execute(
            select(func.coalesce(func.max(t.DbOrder.id), 0))).scalar_one() + 1
        if self._search_sql:
            self.conn.exec_driver_sql(f"DROP TRIGGER {rec.SEARCH_TRIGGER}")

    def end_orders(self) -> None:
        if not self._search_sql:
            return
        self.conn.exec_driver_sql(self._search_sql, (self._first_order,))
        self.conn.exec_driver_sql(self._trigger_sql)  # type: ignore[arg-type]

    def _plan(self, table: Any, columns: tuple[str, ...], with_id: bool
              ) -> tuple[str, list[tuple[int, Any]]]:
        key = (table.__tablename__, columns if not with_id else ("id", *columns))
        plan = self._plans.get(key)
        if plan is None:
            names = key[1]
            sa_columns = table.__table__.c
            # The dialect's own type (SQLite's DATETIME, DATE...), as the ORM binds values.
            # Not Boolean's: the driver binds True and False as the integers 1 and 0, which
            # is what that processor makes of them (one pass less over the rows per column).
            converted = [(i, proc) for i, c in enumerate(names)
                         if not isinstance(sa_columns[c].type, Boolean) and (
                             proc := sa_columns[c].type.dialect_impl(self.dialect)
                             .bind_processor(self.dialect))]
            sql = (f"INSERT INTO {key[0]} ({', '.join(names)}) "
                   f"VALUES ({', '.join('?' * len(names))})")
            plan = self._plans[key] = (sql, converted)
        return plan

    def insert(self, table: Any, columns: Sequence[str], rows: list[list[Any]], *,
               returning_ids: bool = False) -> list[int]:
        """Insert ``rows`` (lists of values in ``columns`` order; converted in place). Only with
        ``returning_ids`` are ids handed out here; otherwise SQLite gives the next ones."""
        if not rows:
            return []
        sql, converted = self._plan(table, tuple(columns), returning_ids)
        key_columns = ("id", *columns) if returning_ids else tuple(columns)
        ids: list[int] = []
        if returning_ids:
            name = table.__tablename__
            if name not in self._next:
                self._next[name] = self.conn.execute(
                    select(func.coalesce(func.max(table.id), 0))).scalar_one() + 1
            first = self._next[name]
            ids = list(range(first, first + len(rows)))
            self._next[name] = first + len(rows)
            rows = [[row_id, *row] for row_id, row in zip(ids, rows, strict=True)]
        for i, proc in converted:
            done: dict[Any, Any] = {}
            for row in rows:
                value = row[i]
                if value is not None:
                    stored = done.get(value)
                    if stored is None:
                        stored = done[value] = proc(value)
                    row[i] = stored
        self.cursor.executemany(sql, rows)
        self.inserted.add(table.__tablename__, key_columns, rows)
        return ids


def store_imported_orders(
    ctx: StoreAccess,
    screened: Sequence[tuple[Order, ScreeningResult]],
    *,
    file_name: str,
    file_sha256: str,
    rows: int,
    bad_rows: int,
    pack: PackRef,
    settings: dict[str, Any] | None = None,
    on_chunk: Callable[[int], None] | None = None,
    result_json: Callable[[ScreeningResult], str] = ScreeningResult.to_json,
    product_ids: Mapping[str, int] | None = None,
    choices: Mapping[str, str] | None = None,
    on_taken: Callable[[set[str]], None] | None = None,
    order_checks: Callable[[int, Order, ScreeningResult], list[dict[str, Any]]] | None = None,
    customer_checks: Callable[[int, Party], dict[str, Any] | None] | None = None,
) -> int:
    """Store screened orders, their lines and screenings, new catalog customers, the batch and
    one audit event, all in one transaction. ``on_chunk`` may raise to abandon everything.
    ``result_json`` gives the stored form of a screening result (the full JSON by default);
    ``product_ids`` (SKU -> catalog product id) links the lines to the catalog's products.

    With sanctions lists imported, ``order_checks(order id, order, result)`` gives the
    ``party_check`` rows of an order's parties and ``customer_checks(customer id, party)`` the
    row of a catalog customer the import adds (None: not checked); both are stored in the same
    transaction and stamped by its event. Without lists they are None and cost nothing.

    Orders whose reference another import (another desk, a double click) stored since the
    caller looked are left out: checked under the write lock, so they are found here instead
    of failing the whole transaction on the unique reference; ``on_taken`` hears which.

    With no order to store, only the settings are: an import that added nothing leaves no
    batch and no audit event behind."""
    now = ctx.clock()
    if not screened:
        _store_settings_only(ctx, settings)
        return 0
    product_ids = product_ids or {}
    with ctx.write_session() as s:
        conn = s.connection()
        taken = _taken_references(conn, [o.reference for o, _ in screened])
        if taken:
            screened = [(o, r) for o, r in screened if o.reference not in taken]
            if on_taken is not None:
                on_taken(taken)
            if not screened:
                for key, value in (settings or {}).items():
                    put_setting(s, key, value)
                s.commit()
                return 0
        # Customers, end users and consignees: reuse catalog entries with the same name and
        # country.
        known = {(n, c): i for i, n, c in conn.execute(
            select(t.DbCustomer.id, t.DbCustomer.name, t.DbCustomer.country))}
        new: dict[tuple[str, str | None], Party] = {}
        check_ids: list[int] = []  # party_check rows written (only with lists imported)
        for order, _ in screened:
            for p in (order.customer, order.end_user, order.consignee):
                if p is not None and p.name:
                    key = (p.name, p.country)  # _party_key(p): the name is given
                    if key not in known:
                        new.setdefault(key, p)
        writer = _SqliteWriter(conn) if conn.dialect.name == "sqlite" else _CoreWriter(conn)
        if new:
            keys = list(new)
            notes = f"Added by the import of {file_name}"
            ids = writer.insert(
                t.DbCustomer, ("name", "country", "type", "sector", "government_function",
                               "notes"),
                [[p.name, p.country, p.type or "unknown", p.sector, p.government_function, notes]
                 for p in new.values()], returning_ids=True)
            known.update(zip(keys, ids, strict=True))
            if customer_checks is not None:
                checks = [row for row in (customer_checks(i, p) for i, p in
                                          zip(ids, new.values(), strict=True)) if row]
                check_ids += _insert_checks(writer, checks)

        batch_id = conn.execute(
            insert(t.DbImportBatch).returning(t.DbImportBatch.id),
            {"file_name": file_name, "sha256": file_sha256, "rows": rows,
             "imported": len(screened), "imported_at": now},
        ).scalar_one()

        tiers: dict[str, int] = {}
        for _, result in screened:
            tiers[result.tier] = tiers.get(result.tier, 0) + 1
        writer.begin_orders()
        for start in range(0, len(screened), CHUNK):
            chunk = screened[start:start + CHUNK]
            order_rows = []
            for order, result in chunk:
                cust, eu, cons = order.customer, order.end_user, order.consignee
                order_rows.append(rec.new_order_values(
                    order, result, status_after_screening(result),
                    customer_id=known.get((cust.name, cust.country)) if cust.name else None,
                    end_user_id=known.get((eu.name, eu.country)) if eu and eu.name else None,
                    now=now, import_batch_id=batch_id,
                    consignee_id=known.get((cons.name, cons.country))
                    if cons and cons.name else None))
            order_ids = writer.insert(t.DbOrder, rec.NEW_ORDER_COLUMNS, order_rows,
                                      returning_ids=True)
            lines, screenings = [], []
            for order_id, (order, result) in zip(order_ids, chunk, strict=True):
                for pos, ln in enumerate(order.lines):
                    lines.append(rec.line_values(order_id, pos, ln,
                                                 product_ids.get(ln.sku) if ln.sku else None))
                screenings.append(rec.screening_values(order_id, order, result, now,
                                                       result_json))
            writer.insert(t.DbOrderLine, rec.LINE_COLUMNS, lines)
            # Ids handed out here, so that their stamps are known without reading them back.
            writer.insert(t.DbScreening, rec.SCREENING_COLUMNS, screenings, returning_ids=True)
            if order_checks is not None:
                check_ids += _insert_checks(writer, [
                    row for order_id, (order, result) in zip(order_ids, chunk, strict=True)
                    for row in order_checks(order_id, order, result)])
            if on_chunk is not None:
                on_chunk(start + len(chunk))

        writer.end_orders()
        for key, value in (settings or {}).items():
            put_setting(s, key, value)
        # The orders and screenings stamped from the values written, or read back.
        inserted = writer.stamps()
        audit_log.append(
            s, actor=ctx.actor, action=AuditAction.ORDERS_IMPORTED, entity="import_batch",
            entity_id=batch_id,
            details={"file_name": file_name, "sha256": file_sha256, "rows": rows,
                     "imported": len(screened), "bad_rows": bad_rows, "tiers": tiers,
                     "new_customers": len(new), "pack": pack.as_dict(),
                     "references": [o.reference for o, _ in screened],
                     # How the file was read where it could not say itself (its date order,
                     # the customers' default type): an auditor tells them from the file's facts.
                     **({"choices": dict(choices)} if choices else {})},
            at=now,  # the batch, its orders, screenings
            records=([("import_batch", batch_id)] if inserted is None else [])
            + [("party_check", i) for i in check_ids],
            stamps=() if inserted is None else
            record_hash.hash_import_batch(conn, batch_id, inserted))
        with _checkpoint_later(conn):
            s.commit()
    return len(screened)


def _insert_checks(writer: _SqliteWriter | _CoreWriter, rows: list[dict[str, Any]]
                   ) -> list[int]:
    """Insert ``party_check`` rows (dicts of the same keys); their ids, for the event."""
    if not rows:
        return []
    columns = tuple(rows[0])
    return writer.insert(t.DbPartyCheck, columns, [[r[c] for c in columns] for r in rows],
                         returning_ids=True)


@contextlib.contextmanager
def _checkpoint_later(conn: Connection) -> Iterator[None]:
    """An import's commit without SQLite's automatic checkpoint.

    An import writes megabytes to the write-ahead log; committing it copied them all into the
    database file at once (some 60 ms of 5,000 orders, while the user waited). The copy is
    left to SQLite's next occasion instead: the next commit of any write, or the app's close.
    Nothing is less safe for it: the log is the database until then (WAL mode), readers read
    through it, and a crash replays it.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection  # type: ignore[union-attr]
    every = raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    raw.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA wal_autocheckpoint={int(every)}")
