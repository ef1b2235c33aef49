"""An import's stamps are taken from the values it binds, not read back: they must be exactly
the hashes verify-audit recomputes from the table (NULLs, numbers, dates, enum members), and a
value whose stored form is not certain sends the import back to reading its rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, insert

from reseller_app.domain.vocabulary import OrderStatus
from reseller_app.store import record_hash as rh
from reseller_app.store import tables as t
from reseller_app.store.bulk import _SqliteWriter

NOW = dt.datetime(2026, 12, 1, 10, 0, 0, 123456, tzinfo=dt.UTC)
DECLARED = ("TEXT", "VARCHAR(40)", "INTEGER", "NUMERIC", "DATE", "DATETIME", "BOOLEAN", "REAL",
            "FLOAT", "BLOB", "")

numberish = st.from_regex(r"\A[ \t]?[+-]?[0-9]{0,20}(\.[0-9]{0,5})?([eE][+-]?[0-9]{1,3})?[ ]?\Z")
values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-9e18, 9e18).map(round),
    st.sampled_from([0.0, -0.0, 3.0, 2.0**62, 2.0**63, -(2.0**63), 1e300]),
    st.text(), numberish, st.dates().map(str), st.datetimes().map(lambda d: d.isoformat(" ")),
    st.sampled_from(["0x1A", "1_000", "007", "+5", "-0", " 12 ", "1e3", ".5", "5.", "inf",
                     "NaN", "2026-11-02", "1\x002"]),
    st.binary(max_size=8), st.sampled_from(list(OrderStatus)))


@given(value=values)
@settings(max_examples=400, deadline=None)
def test_a_value_is_hashed_as_sqlite_hands_it_back(value):
    con = sqlite3.connect(":memory:")
    columns = ", ".join(f'c{i} {d}' for i, d in enumerate(DECLARED))
    con.execute(f"CREATE TABLE x ({columns})")
    con.execute(f"INSERT INTO x VALUES ({', '.join('?' * len(DECLARED))})",
                [value] * len(DECLARED))
    back = con.execute("SELECT * FROM x").fetchone()
    for declared, stored in zip(DECLARED, back, strict=True):
        try:
            modelled = rh.as_stored(value, rh.affinity(declared))
            # and a column of it, as an import hashes its values (quicker ways for most)
            column = rh._stored_column((value, value), rh.affinity(declared))
        except rh.NotAsStored:
            continue  # read back instead
        # repr: what is hashed (3 and 3.0, 0.0 and -0.0, 'x' and a StrEnum all differ)
        assert repr(modelled) == repr(stored), (declared, value)
        assert repr(column) == repr((stored, stored)), (declared, value)
    con.close()


def test_a_column_of_dates_or_flags_keeps_its_values_as_stored():
    assert rh.affinity("DATE") == "NUMERIC" and rh.affinity("VARCHAR(3)") == "TEXT"
    dates = ("2026-11-02", "2026-11-03 10:00:00.000000", None)
    assert rh._stored_column(dates, "NUMERIC") is dates
    assert rh._stored_column((True, False), "NUMERIC") == (1, 0)
    assert rh._stored_column((float("nan"), 1.5), "BLOB") == (None, 1.5)  # NaN: NULL
    assert rh._stored_column(("2026", "x"), "NUMERIC") == (2026, "x")  # made a number
    with pytest.raises(rh.NotAsStored):
        rh._stored_column(("1.5", "x"), "NUMERIC")  # made a number, SQLite's way


@pytest.fixture
def conn(tmp_path) -> Iterator[Connection]:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    t.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(t.DbImportBatch), {
            "file_name": "shop.csv", "sha256": "f" * 64, "rows": 3, "imported": 3,
            "imported_at": NOW})
        yield connection
    engine.dispose()


def _order(reference: str, **values) -> list:
    row = {"reference": reference, "order_date": dt.date(2026, 11, 2), "sales_model": "assisted",
           "customer_id": None, "end_user_id": None, "customer_name": "Müller & Söhne 'GmbH'",
           "end_user_name": "", "destination_country": None, "intended_use": 'say "hi"\n\\',
           "use_cases": "[]", "currency": "EUR", "total": "1234.50",
           "status": OrderStatus.CLEARED, "tier": "standard", "hold": False, "blocked": True,
           "updated_at": NOW, "import_batch_id": 1, "created_at": NOW}
    row.update(values)
    return list(row.values())


ORDER_COLUMNS = (
    "reference", "order_date", "sales_model", "customer_id", "end_user_id", "customer_name",
    "end_user_name", "destination_country", "intended_use", "use_cases", "currency", "total",
    "status", "tier", "hold", "blocked", "updated_at", "import_batch_id", "created_at")
LINE_COLUMNS = ("order_id", "position", "sku", "description", "category", "quantity",
                "product_id", "unit_price")
SCREENING_COLUMNS = ("order_id", "created_at", "tier", "hold", "blocked", "result",
                     "order_snapshot", "pack_id", "pack_version", "pack_sha256")


def _write(conn: Connection, orders: list[list], lines: list[tuple]
           ) -> list[tuple[str, str, str]] | None:
    writer = _SqliteWriter(conn)
    ids = writer.insert(t.DbOrder, ORDER_COLUMNS, orders, returning_ids=True)
    writer.insert(t.DbOrderLine, LINE_COLUMNS,
                  [[ids[i], *rest] for i, *rest in lines])
    writer.insert(t.DbScreening, SCREENING_COLUMNS, [
        [order_id, NOW, "standard", i % 2 == 0, False, '{"tier": "standard", "x": 1.5}',
         "{}" if i else "{'é'}", "pack", "2026.1", "a" * 64]
        for i, order_id in enumerate(ids)], returning_ids=True)
    return writer.stamps()


def test_stamps_from_the_values_bound_are_those_read_back(conn):
    stamps = _write(conn, [
        _order("SO-1"),
        _order("SO-2", customer_id=None, end_user_name="Ünïcode ☃", total=5,  # an int: text
               destination_country="DE", order_date=dt.date(1999, 1, 31)),
        _order("SO-3", hold=True, status="held", use_cases='["a", "b"]'),
    ], [
        (0, 1, "SKU-1", "Laptop", "general_it", 2, None, "899.00"),
        (0, 0, None, None, None, 1, None, None),  # NULLs; positions out of order
        (2, 0, "SKU-2", "Dock", None, 3.0, None, "0"),  # a float the column makes 3
        (2, 1, "SKU-3", "Cable", None, "7", None, "1e3"),  # a text the column makes 7
    ])
    assert stamps is not None
    assert [("import_batch", "1", rh.hash_records(conn, rh.IMPORT_BATCH, [1])["1"]),
            *stamps] == rh.hash_import_batch(conn, 1)
    assert [k for k, _, _ in stamps] == ["order"] * 3 + ["screening"] * 3


@pytest.mark.parametrize("total", [12.5, 3.0])
def test_a_value_of_unknown_stored_form_is_read_back_instead(conn, total):
    # A float in a text column: SQLite writes the number its own way.
    assert _write(conn, [_order("SO-1", total=total)], []) is None


def test_an_order_without_consignee_is_stamped_as_verify_audit_reads_it(conn):
    # The consignee's columns (0018) count once one is set: without one, the order's hash
    # leaves them out, whether read back or taken from the values bound.
    columns = (*ORDER_COLUMNS, "consignee_id", "consignee_name")
    stamps = _write_columns(conn, columns, [
        [*_order("SO-1"), None, None],
        [*_order("SO-2"), None, "Lager Nord"],
    ])
    assert stamps is not None
    assert [("import_batch", "1", rh.hash_records(conn, rh.IMPORT_BATCH, [1])["1"]),
            *stamps] == rh.hash_import_batch(conn, 1)


def _write_columns(conn: Connection, columns: tuple[str, ...], orders: list[list]
                   ) -> list[tuple[str, str, str]] | None:
    writer = _SqliteWriter(conn)
    ids = writer.insert(t.DbOrder, columns, orders, returning_ids=True)
    writer.insert(t.DbScreening, SCREENING_COLUMNS, [
        [order_id, NOW, "standard", False, False, "{}", "{}", "pack", "2026.1", "a" * 64]
        for order_id in ids], returning_ids=True)
    return writer.stamps()


@given(column=st.lists(st.one_of(st.none(), st.sampled_from(list(OrderStatus)),
                                 st.sampled_from(["held", "12", "2026-11-02", " 7 ", "x"]),
                                 st.text(max_size=4)), max_size=12),
       declared=st.sampled_from(DECLARED))
@settings(max_examples=300, deadline=None)
def test_a_column_of_texts_and_members_is_stored_value_by_value(column, declared):
    # Each distinct text worked out once gives what each value gives on its own.
    aff = rh.affinity(declared)
    try:
        one_by_one = tuple(rh.as_stored(v, aff) for v in column)
    except rh.NotAsStored:
        with pytest.raises(rh.NotAsStored):
            rh._stored_column(tuple(column), aff)
        return
    together = rh._stored_column(tuple(column), aff)
    assert repr(together) == repr(one_by_one)
    assert [type(v) for v in together] == [type(v) for v in one_by_one]
