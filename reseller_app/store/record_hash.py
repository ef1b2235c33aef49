"""One SHA-256 per stored record, the same at write time and at check time.

Every audit event stamps the records its transaction wrote (``record_stamp``: event, kind,
record id, SHA-256), and ``verify-audit`` re-reads every record and compares it with its newest
stamp. Both sides read a record through the very same SELECT (``_select``) and hash the values
exactly as the database driver hands them back, so there is no second representation to keep
in step.

The hashed text of a row is ``repr`` of its tuple of values: Python's literal of a tuple of
text, numbers, bytes and NULLs is unambiguous (quotes inside a text are escaped, so no value can
pose as two) and is built in C, which keeps 100,000 orders quick. Drivers other than SQLite's
hand back dates and timestamps as objects: those rows are first reduced to the same plain values
(timestamps in UTC, whatever the connection's time zone).

What each kind covers (every column unless said):

- ``order``: the order's row and its lines in position order (a line's own id and order id
  left out: a save replaces the lines, the order's event stamps them all again). The consignee's
  columns (0018) count once one of them is set: an order without a consignee hashes as before.
- ``screening``, ``decision``, ``answer`` (the distributor's), ``policy`` (a policy version),
  ``import_batch``: the row.
- ``packet``: the row, its PDF, JSON, stored manifest and signature included, and its
  attachments in position order.
- ``pack``: the stored criteria pack with its content and SHA-256 (and whether it is active).
- ``sanctions_list``: a list version's row and all its entries (in the order imported).
- ``party_review`` (a possible match judged), ``party_check`` (a party's latest check): the row.
- ``person``: the row without the wrong-try counter and the lock time: those are a guard's
  bookkeeping, and a lock running out is no change of the record. The passphrase hash is kept:
  replacing an approver's hash with one whose passphrase the forger knows would let them
  confirm approvals as that approver, and the hash is in the database anyway (it tells nothing).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from reseller_app.store import tables as t

UTC = dt.UTC
# Set (to anything) in the tests: a record written with no audit event after it raises instead
# of being logged, so a service that changes a record after its event is found at once.
STRICT_ENV = "CD_STRICT_STAMPS"


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of record: its table, its key and the columns its hash covers."""

    name: str  # as stored in ``record_stamp.kind``
    table: str
    columns: tuple[str, ...]  # the key first
    db_class: type
    # The rows that belong to the record (an order's lines, a packet's attachments): the table,
    # the column naming the record, and the columns hashed (in position order).
    parts: tuple[str, str, tuple[str, ...]] | None = None
    parts_order: str = "position, id"  # how the parts are ordered within the record
    # The last columns, added by a later migration, that the hash leaves out while they are all
    # NULL: a record stamped before they existed keeps its hash (and a value put in them later
    # is covered like any other).
    optional_tail: int = 0


def _columns(table: Any, leave_out: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(c.name for c in table.__table__.columns if c.name not in leave_out)


ORDER = Kind("order", "orders", _columns(t.DbOrder), t.DbOrder,
             ("order_line", "order_id", _columns(t.DbOrderLine, ("id", "order_id"))),
             optional_tail=2)  # consignee_id, consignee_name (0018)
SCREENING = Kind("screening", "screening", _columns(t.DbScreening), t.DbScreening)
DECISION = Kind("decision", "decision", _columns(t.DbDecision), t.DbDecision)
ANSWER = Kind("answer", "distributor_answer", _columns(t.DbDistributorAnswer),
              t.DbDistributorAnswer)
PACKET = Kind("packet", "packet", _columns(t.DbPacket), t.DbPacket,
              ("packet_attachment", "packet_id",
               _columns(t.DbPacketAttachment, ("id", "packet_id"))))
PACK = Kind("pack", "pack", _columns(t.DbPack), t.DbPack)
POLICY = Kind("policy", "policy_version", _columns(t.DbPolicyVersion), t.DbPolicyVersion)
PERSON = Kind("person", "person", _columns(t.DbPerson, ("failed_tries", "locked_until")),
              t.DbPerson)
IMPORT_BATCH = Kind("import_batch", "import_batch", _columns(t.DbImportBatch), t.DbImportBatch)
# A list version with all its entries (written with plain SQL: its event names it).
SANCTIONS_LIST = Kind("sanctions_list", "sanction_list", _columns(t.DbSanctionList),
                      t.DbSanctionList,
                      ("sanction_entry", "list_id", _columns(t.DbSanctionEntry, ("list_id",))),
                      parts_order="id")
PARTY_REVIEW = Kind("party_review", "party_review", _columns(t.DbPartyReview), t.DbPartyReview)
PARTY_CHECK = Kind("party_check", "party_check", _columns(t.DbPartyCheck), t.DbPartyCheck)
KINDS: tuple[Kind, ...] = (ORDER, SCREENING, DECISION, ANSWER, PACKET, PACK, POLICY, PERSON,
                           IMPORT_BATCH, SANCTIONS_LIST, PARTY_REVIEW, PARTY_CHECK)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}

# The ORM classes whose writes are stamped, and how to find the record a written row belongs to
# (an order line belongs to its order).
_TRACKED: dict[type, tuple[str, Callable[[Any], Any]]] = {
    k.db_class: (k.name, lambda row: row.id) for k in KINDS
}
_TRACKED[t.DbOrderLine] = (ORDER.name, lambda row: row.order_id)
_TRACKED[t.DbPacketAttachment] = (PACKET.name, lambda row: row.packet_id)

DELETED = ""  # the stamp of a record its event removed


# -- reading and hashing ------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A value as SQLite's driver would give it (for other drivers' objects)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return value.tobytes()
    if isinstance(value, bool):
        return int(value)
    return value


def _row_text(conn: Connection) -> Callable[[Any], str]:
    """``repr`` of a row (a tuple) or of a list of rows, in SQLite's plain values."""
    if conn.dialect.name == "sqlite":
        return repr

    def as_text(row: Any) -> str:
        if isinstance(row, list):
            return repr([tuple(_plain(v) for v in r) for r in row])
        return repr(tuple(_plain(v) for v in row))
    return as_text


def fetch(conn: Connection, sql: str, params: tuple | dict = ()) -> Any:
    """The rows of ``sql`` as the driver's own tuples, through its cursor: no SQLAlchemy type
    conversions and no result objects (half the time of a row per row, over 100,000 orders).
    ``params`` positional, in the driver's placeholder style (``_marks``)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(sql, params)
    return cursor


def _digest(kind: str, body: str) -> str:
    return hashlib.sha256(f"{kind}{body}".encode("utf-8", "surrogatepass")).hexdigest()


_POLICY_STATUS = POLICY.columns.index("status")
_POLICY_DRAFT_ONLY = tuple(POLICY.columns.index(c) for c in ("field_values", "updated_at"))


def _policy_row(values: tuple) -> tuple:
    """A draft's text is saved as it is typed (no event each time): its hash leaves the text
    out until the version is adopted, when its event stamps the whole row."""
    if values[_POLICY_STATUS] != "draft":
        return values
    return tuple(None if i in _POLICY_DRAFT_ONLY else v for i, v in enumerate(values))


def _without_empty_tail(rows: Iterable[Any], n: int) -> Iterator[Any]:
    """The rows with their last ``n`` values left out where those are all NULL."""
    empty = (None,) * n
    for row in rows:
        yield row[:-n] if tuple(row[-n:]) == empty else row


def _select(kind: Kind, where: str = "") -> str:
    # Plain SQL run on the driver's cursor (``fetch``): the driver's own values.
    return f"SELECT {', '.join(kind.columns)} FROM {kind.table} {where} ORDER BY {kind.columns[0]}"


def _parts_select(kind: Kind, where: str = "") -> str:
    assert kind.parts is not None
    table, parent, columns = kind.parts
    return (f"SELECT {parent}, {', '.join(columns)} FROM {table} {where} "
            f"ORDER BY {parent}, {kind.parts_order}")


def _hash_rows(conn: Connection, kind: Kind, rows: Iterable[Any],
               lines: Iterable[Any] | None = None) -> Iterator[tuple[str, str]]:
    """(record id, SHA-256) for each row, with its parts if the kind has any (``lines``: the
    parts' rows, the record's id first)."""
    as_text = _row_text(conn)
    name = kind.name
    if kind is POLICY:
        rows = (_policy_row(tuple(row)) for row in rows)
    if kind.optional_tail:
        rows = _without_empty_tail(rows, kind.optional_tail)
    if kind.parts is None:
        for row in rows:
            yield str(row[0]), _digest(name, as_text(row))
        return
    own: dict[Any, list[tuple]] = {}
    for line in lines or ():
        own.setdefault(line[0], []).append(line[1:])
    for row in rows:
        yield str(row[0]), _digest(name, as_text(row) + as_text(own.get(row[0], [])))


def iter_hashes(conn: Connection, kind: Kind) -> Iterator[tuple[str, str]]:
    """Every record of ``kind`` with its SHA-256, in key order (two queries for orders)."""
    rows = fetch(conn, _select(kind))
    lines = fetch(conn, _parts_select(kind)).fetchall() if kind.parts else None
    return _hash_rows(conn, kind, rows, lines)


def _marks(conn: Connection, n: int) -> str:
    """``n`` positional placeholders in the driver's own style (``exec_driver_sql`` skips
    SQLAlchemy's statement compiling: this runs with every audit event)."""
    style = conn.dialect.paramstyle
    if style == "qmark":
        return ", ".join("?" * n)
    if style == "numeric":
        return ", ".join(f":{i + 1}" for i in range(n))
    return ", ".join(["%s"] * n)  # format, pyformat


def hash_records(conn: Connection, kind: Kind, ids: Iterable[Any]) -> dict[str, str]:
    """The SHA-256 of each of ``ids`` still stored (a deleted one is left out)."""
    ids = sorted(set(ids), key=str)
    found: dict[str, str] = {}
    key = kind.columns[0]
    for start in range(0, len(ids), 500):  # SQLite's limit on bound values, with room
        chunk = tuple(ids[start:start + 500])
        marks = _marks(conn, len(chunk))
        rows = fetch(conn, _select(kind, f"WHERE {key} IN ({marks})"), chunk)
        lines = None
        if kind.parts is not None:
            lines = fetch(conn, _parts_select(kind, f"WHERE {kind.parts[1]} IN ({marks})"),
                          chunk)
        found.update(_hash_rows(conn, kind, rows, lines))
    return found


def hash_import_batch(conn: Connection, batch_id: int,
                      inserted: list[tuple[str, str, str]] | None = None
                      ) -> list[tuple[str, str, str]]:
    """(kind, id, SHA-256) of an import batch, its orders and their screenings: one query per
    table, however many orders the import stored. ``inserted``: the orders' and screenings'
    stamps taken from the values the import bound (``InsertedRecords.stamps``), which are then
    not read back."""
    out = [(IMPORT_BATCH.name, rid, sha)
           for rid, sha in hash_records(conn, IMPORT_BATCH, [batch_id]).items()]
    if inserted is not None:
        return out + inserted
    mark = _marks(conn, 1)
    of_batch = f"WHERE order_id IN (SELECT id FROM orders WHERE import_batch_id = {mark})"
    rows = fetch(conn, _select(ORDER, f"WHERE import_batch_id = {mark}"), (batch_id,))
    lines = fetch(conn, _parts_select(ORDER, of_batch), (batch_id,))
    out += [(ORDER.name, rid, sha) for rid, sha in _hash_rows(conn, ORDER, rows, lines)]
    rows = fetch(conn, _select(SCREENING, of_batch), (batch_id,))
    out += [(SCREENING.name, rid, sha) for rid, sha in _hash_rows(conn, SCREENING, rows)]
    return out


# -- hashing the values a transaction inserts ---------------------------------------------------
# An import stores thousands of orders at once: reading them all back to hash them cost as much
# as writing them. Its stamps are taken from the values it binds instead, turned into what
# SQLite hands back for them (``as_stored``), so the text hashed is the very one ``_hash_rows``
# makes when it reads the rows. Where the turning is not certain (a value a column's type would
# change in a way not modelled here), the rows are read back as before.
class NotAsStored(Exception):
    """A value whose stored form is not known without storing it."""


def affinity(declared: str) -> str:
    """A column's type affinity from its declared type (SQLite's rules, "Datatypes" 3.1)."""
    d = declared.upper()
    if "INT" in d:
        return "INTEGER"
    if "CHAR" in d or "CLOB" in d or "TEXT" in d:
        return "TEXT"
    if "BLOB" in d or not d:
        return "BLOB"
    if "REAL" in d or "FLOA" in d or "DOUB" in d:
        return "REAL"
    return "NUMERIC"


_NUMBERS = ("NUMERIC", "INTEGER", "REAL")
# Every text SQLite could read as a number (and more): optional spaces, a sign, digits and dots,
# an exponent. A column of a numeric affinity turns such a text into a number; a date such as
# 2026-11-02 is none (its second "-" is neither a sign nor in an exponent).
_MAYBE_NUMBER = re.compile(
    r"[ \t\n\v\f\r]*[+-]?[0-9.]*(?:[eE][+-]?[0-9.]*)?[ \t\n\v\f\r]*\Z")
_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]{1,18}\Z")  # well within 64 bits
_INT64 = 2**63


def as_stored(value: Any, column_affinity: str) -> Any:
    """``value`` as SQLite's driver hands it back once stored in a column of
    ``column_affinity``; raises :class:`NotAsStored` where that is not modelled here."""
    if value is None:
        return None
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        value = int(value)  # an IntEnum's member is bound as its number
        if column_affinity == "REAL":
            return float(value)
        return str(value) if column_affinity == "TEXT" else value
    if isinstance(value, float):
        value = float(value)
        if value != value:  # NaN is bound as NULL
            return None
        if column_affinity == "TEXT":
            raise NotAsStored(value)  # SQLite's own way of writing a number
        if column_affinity in _NUMBERS and value.is_integer() and -_INT64 < value < _INT64 - 1:
            return float(int(value)) if column_affinity == "REAL" else int(value)
        return value
    if isinstance(value, str):
        value = str.__str__(value)  # a StrEnum's member is bound as its text
        if column_affinity in ("NUMERIC", "INTEGER") and _PLAIN_INTEGER.match(value):
            return int(value)  # a column's DEFAULT '1', say
        if column_affinity in _NUMBERS and ("\x00" in value or (
                _MAYBE_NUMBER.match(value) and any(c.isdigit() for c in value))):
            raise NotAsStored(value)
        return value
    if isinstance(value, bytes):
        return value
    raise NotAsStored(value)


_SAFE_TYPES = {  # the types a column of each affinity stores unchanged
    "TEXT": {str, bytes, type(None)},
    "BLOB": {str, int, bytes, type(None)},  # not float: a NaN is stored as NULL
    "NUMERIC": {int, bytes, type(None)},
    "INTEGER": {int, bytes, type(None)},
    "REAL": {bytes, type(None)},
}
_LITERAL = re.compile(r"(?:'(?:[^']|'')*'|[+-]?[0-9]+(?:\.[0-9]*)?|NULL)\Z", re.IGNORECASE)


def _stored_column(values: tuple, column_affinity: str) -> tuple:
    """A column's values as stored; unchanged (the same tuple) in the usual case."""
    types = set(map(type, values))
    safe = _SAFE_TYPES[column_affinity]
    if types <= safe:
        return values
    if types <= {bool, int} and column_affinity in ("NUMERIC", "INTEGER", "BLOB"):
        return tuple(map(int, values))  # flags: True and False are bound as 1 and 0
    if types <= safe | {str} and column_affinity in _NUMBERS and all(
            as_stored(v, column_affinity) is v  # dates and times: each distinct one once
            for v in set(values) if type(v) is str):
        return values
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        key = (type(value), value)
        stored = done.get(key, done)
        if stored is done:
            stored = done[key] = as_stored(value, column_affinity)
        out.append(stored)
    return tuple(out)


class InsertedRecords:
    """The stamps of the orders (with their lines) and screenings a transaction inserts, from
    the values it binds: what ``hash_import_batch`` would read back, without reading.

    ``add`` hears each insert (the values as bound, ids included); ``stamps`` gives the orders'
    and screenings' stamps in key order, or None when a value's stored form is not certain or
    a table's columns are not all given (the caller then reads the rows back)."""

    _TABLES = {ORDER.table: ORDER, SCREENING.table: SCREENING}

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ok = True
        self._rows: dict[str, list[tuple]] = {ORDER.table: [], SCREENING.table: []}
        self._lines: list[tuple] = []
        self._columns: dict[str, dict[str, tuple[str, Any]]] = {}

    def _table(self, table: str) -> dict[str, tuple[str, Any]]:
        """Column -> (affinity, stored default) of a table as this database declares it."""
        found = self._columns.get(table)
        if found is None:
            found = {}
            for _, name, declared, _, default, _ in fetch(
                    self.conn, f"PRAGMA table_info({table})").fetchall():
                aff = affinity(declared or "")
                if default is None:
                    found[name] = (aff, None)
                elif _LITERAL.match(default.strip()):  # not CURRENT_TIME or an expression
                    value = fetch(self.conn, f"SELECT {default}").fetchone()[0]
                    found[name] = (aff, as_stored(value, aff))
                else:
                    found[name] = (aff, NotAsStored)
            self._columns[table] = found
        return found

    def _ordered(self, table: str, columns: Sequence[str], wanted: Sequence[str],
                 rows: Sequence[Sequence[Any]]) -> list[tuple]:
        """``rows`` (in ``columns`` order) as stored, in ``wanted`` order; a column not given
        takes the table's default."""
        declared = self._table(table)
        given = dict(zip(columns, zip(*rows, strict=True), strict=True)) if rows else {}
        out = []
        for name in wanted:
            aff, default = declared[name]
            values = given.get(name)
            if values is None:
                if default is NotAsStored:
                    raise NotAsStored(name)
                values = (default,) * len(rows)
            out.append(_stored_column(values, aff))
        return list(zip(*out, strict=True))

    def add(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not self.ok or not rows:
            return
        try:
            kind = self._TABLES.get(table)
            if kind is not None:
                if "id" not in columns:  # ids handed out by the database: not known here
                    raise NotAsStored(table)
                self._rows[table] += self._ordered(table, columns, kind.columns, rows)
            elif table == ORDER.parts[0]:  # type: ignore[index]
                _, parent, part_columns = ORDER.parts  # type: ignore[misc]
                self._lines += self._ordered(table, columns, (parent, *part_columns), rows)
        except NotAsStored:
            self.ok = False

    def stamps(self) -> list[tuple[str, str, str]] | None:
        """(kind, id, SHA-256) of the orders, then the screenings, each in key order."""
        if not self.ok:
            return None
        lines: dict[Any, list[tuple]] = {}
        position = ORDER.parts[2].index("position") + 1  # type: ignore[index]
        for line in sorted(self._lines, key=itemgetter(0, position)):
            own = lines.get(line[0])
            if own is None:
                own = lines[line[0]] = []
            own.append(line[1:])
        # _digest(kind, repr(row)...), written out: this runs twice per imported order
        sha256, none = hashlib.sha256, []
        kind = ORDER.name
        orders: Iterable[tuple] = sorted(self._rows[ORDER.table], key=itemgetter(0))
        if ORDER.optional_tail:  # as ``_hash_rows`` reads them: no consignee, no tail
            orders = _without_empty_tail(orders, ORDER.optional_tail)
        out = [(kind, str(row[0]), sha256(
                    f"{kind}{row!r}{lines.get(row[0], none)!r}".encode("utf-8", "surrogatepass")
                ).hexdigest()) for row in orders]
        kind = SCREENING.name
        out += [(kind, str(row[0]), sha256(
                     f"{kind}{row!r}".encode("utf-8", "surrogatepass")).hexdigest())
                for row in sorted(self._rows[SCREENING.table], key=itemgetter(0))]
        return out


# -- which records a transaction wrote ----------------------------------------------------------
WRITTEN_KEY = "records_written"  # in ``session.info``: {(kind, id)} flushed since the last event


def track_writes(session: Any, _flush_context: Any) -> None:
    """An ``after_flush`` listener: note each stamped record the flush wrote, so the next audit
    event of the transaction stamps it without its caller naming it."""
    written: set[tuple[str, str]] | None = None
    for rows in (session.new, session.dirty, session.deleted):
        for row in rows:
            tracked = _TRACKED.get(type(row))
            if tracked is None:
                continue
            record_id = tracked[1](row)
            if record_id is None:
                continue
            if written is None:
                written = session.info.setdefault(WRITTEN_KEY, set())
            written.add((tracked[0], str(record_id)))


def check_stamped(session: Any) -> None:
    """A ``before_commit`` listener for the tests (``STRICT_ENV``): every record the transaction
    changed must have been stamped by an event appended after the change (``audit_log.append``
    takes them). A write that left the record's hash as stamped (a policy draft's autosave) is
    no change. Outside the tests the check is skipped: it would only cost time."""
    if not os.environ.get(STRICT_ENV):
        session.info.pop(WRITTEN_KEY, None)
        return
    session.flush()
    written = session.info.pop(WRITTEN_KEY, None)
    if not written:
        return
    conn = session.connection()
    changed = []
    for kind_name, record_id in sorted(written):
        kind = BY_NAME[kind_name]
        now = hash_records(conn, kind, [record_id if kind is PACKET else int(record_id)])
        stamped = conn.execute(text(
            "SELECT sha256 FROM record_stamp WHERE kind = :k AND record_id = :i "
            "ORDER BY event_seq DESC LIMIT 1"), {"k": kind_name, "i": record_id}).scalar()
        if now.get(record_id, DELETED) != stamped:
            changed.append(f"{kind_name} {record_id}")
    if changed:
        raise RuntimeError("records written with no audit event after them (they will not "
                           "verify): " + ", ".join(changed))


def forget_writes(session: Any, *_: Any) -> None:
    """An ``after_rollback`` listener: what was rolled back was not written."""
    session.info.pop(WRITTEN_KEY, None)


# -- stamps ---------------------------------------------------------------------------------------
def stamp_line(kind: str, record_id: str, sha256: str) -> str:
    """One stamp as its event's digest covers it."""
    return f"{kind}\t{record_id}\t{sha256}\n"


def stamps_digest(lines: Iterable[str]) -> str:
    # One text hashed at once: the SHA-256 of the lines one after the other, as ``update``
    # line by line gave (an import's ten thousand stamps, ten thousand calls fewer).
    return hashlib.sha256("".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def hash_targets(conn: Connection, targets: Mapping[str, Iterable[str]]
                 ) -> list[tuple[str, str, str]]:
    """(kind, id, SHA-256) of each target, in a fixed order (kinds as listed, ids sorted); a
    target no longer stored gets ``DELETED``."""
    out: list[tuple[str, str, str]] = []
    for kind in KINDS:
        ids = sorted({str(i) for i in targets.get(kind.name, ())})
        if not ids:
            continue
        keys: list[Any] = ids if kind is PACKET else [int(i) for i in ids]
        found = hash_records(conn, kind, keys)
        out += [(kind.name, i, found.get(i, DELETED)) for i in ids]
    return out


def write_stamps(conn: Connection, seq: int, stamps: list[tuple[str, str, str]]) -> None:
    sql = ("INSERT INTO record_stamp (event_seq, kind, record_id, sha256) "
           f"VALUES ({_marks(conn, 4)})")
    for start in range(0, len(stamps), 5000):
        conn.exec_driver_sql(sql, [(seq, k, i, h) for k, i, h in stamps[start:start + 5000]])
