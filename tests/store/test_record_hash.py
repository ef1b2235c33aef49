"""One SHA-256 per record: the same read at write time and at check time, changed by any
change of what it covers, unmoved by what it leaves out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, insert, update

from reseller_app.store import record_hash as rh
from reseller_app.store import tables as t

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def conn() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    t.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(t.DbImportBatch), {
            "file_name": "shop.csv", "sha256": "f" * 64, "rows": 2, "imported": 2,
            "imported_at": NOW})
        for ref in ("SO-1", "SO-2"):
            connection.execute(insert(t.DbOrder), {
                "reference": ref, "order_date": NOW.date(), "sales_model": "b2b",
                "status": "cleared", "tier": "low", "created_at": NOW, "updated_at": NOW,
                "import_batch_id": 1})
        for order_id, position, qty in ((1, 0, 2), (1, 1, 3), (2, 0, 1)):
            connection.execute(insert(t.DbOrderLine), {
                "order_id": order_id, "position": position, "sku": f"SKU-{position}",
                "quantity": qty})
        connection.execute(insert(t.DbScreening), {
            "order_id": 1, "created_at": NOW, "tier": "low", "hold": False, "blocked": False,
            "result": "{}", "order_snapshot": "{}", "pack_id": "p", "pack_version": "1",
            "pack_sha256": "a" * 64})
        connection.execute(insert(t.DbPerson), {
            "name": "Ada", "email": "ada@example.com", "role": "administrator",
            "passphrase_hash": "scrypt$x", "created_at": NOW, "updated_at": NOW})
        connection.execute(insert(t.DbPolicyVersion), {
            "number": 1, "status": "draft", "field_values": "{}", "created_at": NOW,
            "updated_at": NOW})
        yield connection
    engine.dispose()


def _one(conn: Connection, kind: rh.Kind, record_id: int) -> str:
    return rh.hash_records(conn, kind, [record_id])[str(record_id)]


def test_write_time_and_check_time_read_the_same_hash(conn):
    every = dict(rh.iter_hashes(conn, rh.ORDER))
    assert every == rh.hash_records(conn, rh.ORDER, [1, 2])
    from_batch = {(k, i): h for k, i, h in rh.hash_import_batch(conn, 1)}
    assert {i: h for (k, i), h in from_batch.items() if k == "order"} == every
    assert ("screening", "1") in from_batch and ("import_batch", "1") in from_batch
    assert len(set(every.values())) == 2  # two orders, two hashes


@pytest.mark.parametrize(("table", "values", "where"), [
    (t.DbOrder, {"status": "blocked"}, 1),
    (t.DbOrder, {"hold": True}, 1),
    (t.DbOrder, {"total": "10.00"}, 1),
    (t.DbOrderLine, {"quantity": 99}, 1),
    (t.DbOrderLine, {"position": 5}, 2),  # the lines' order
    (t.DbOrderLine, {"sku": None}, 1),  # NULL is not the text "None"
])
def test_any_change_of_an_order_or_its_lines_changes_its_hash(conn, table, values, where):
    before = _one(conn, rh.ORDER, 1)
    conn.execute(update(table).where(table.id == where).values(**values))
    assert _one(conn, rh.ORDER, 1) != before


def test_a_line_moved_to_another_order_changes_both(conn):
    before = (_one(conn, rh.ORDER, 1), _one(conn, rh.ORDER, 2))
    conn.execute(update(t.DbOrderLine).where(t.DbOrderLine.id == 2).values(order_id=2))
    after = (_one(conn, rh.ORDER, 1), _one(conn, rh.ORDER, 2))
    assert before[0] != after[0] and before[1] != after[1]


def test_values_cannot_pose_as_others():
    """``repr`` of the tuple: a separator inside a text is quoted, never a boundary."""
    assert repr(("a', 'b",)) != repr(("a", "b"))
    assert rh._digest("order", repr(("1", None))) != rh._digest("order", repr(("1", "None")))
    assert rh._digest("order", repr((1,))) != rh._digest("decision", repr((1,)))


def test_a_persons_wrong_tries_and_lock_are_left_out_but_not_the_passphrase_hash(conn):
    before = _one(conn, rh.PERSON, 1)
    conn.execute(update(t.DbPerson).values(failed_tries=3, locked_until=NOW))
    assert _one(conn, rh.PERSON, 1) == before
    conn.execute(update(t.DbPerson).values(passphrase_hash="scrypt$forged"))
    assert _one(conn, rh.PERSON, 1) != before


def test_a_policy_drafts_text_is_left_out_until_it_is_adopted(conn):
    before = _one(conn, rh.POLICY, 1)
    conn.execute(update(t.DbPolicyVersion).values(field_values='{"a": 1}', updated_at=NOW
                                                  + dt.timedelta(hours=1)))
    assert _one(conn, rh.POLICY, 1) == before  # autosaved as typed, no event each time
    conn.execute(update(t.DbPolicyVersion).values(status="adopted"))
    adopted = _one(conn, rh.POLICY, 1)
    conn.execute(update(t.DbPolicyVersion).values(field_values='{"a": 2}'))
    assert _one(conn, rh.POLICY, 1) != adopted


def test_other_drivers_values_are_reduced_to_sqlites():
    """PostgreSQL hands back timestamps in the connection's time zone: the same instant must
    hash alike from any desk."""
    berlin = dt.timezone(dt.timedelta(hours=1))
    assert rh._plain(NOW) == rh._plain(NOW.astimezone(berlin)) == "2026-12-01 10:00:00"
    assert rh._plain(memoryview(b"x")) == b"x" and rh._plain(True) == 1
    assert rh._plain(dt.date(2026, 12, 1)) == "2026-12-01"


def test_a_deleted_record_has_no_hash_and_its_stamp_says_so(conn):
    conn.execute(t.DbScreening.__table__.delete())
    assert rh.hash_targets(conn, {"screening": ["1"]}) == [("screening", "1", rh.DELETED)]


def test_the_stamps_digest_covers_every_stamp_in_order():
    lines = [rh.stamp_line("order", "1", "a" * 64), rh.stamp_line("order", "2", "b" * 64)]
    assert rh.stamps_digest(lines) != rh.stamps_digest(reversed(lines))
    assert rh.stamps_digest(lines) != rh.stamps_digest(lines[:1])
