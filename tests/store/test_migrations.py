"""The schema from an empty file, upgrades with a backup first, and migrations == tables.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from reseller_app.services.audit import AuditService
from reseller_app.services.packs import PackService
from reseller_app.services.startup import open_app
from reseller_app.store import db
from reseller_app.store.tables import metadata

from ..conftest import stepping_clock

# What the first migration creates by hand besides the SQLModel tables (SQLite).
FTS_TABLE = "order_search"
TRIGGERS = {"orders_search_insert", "orders_search_delete", "orders_search_update",
            "audit_event_no_update", "audit_event_no_delete"}


def master(path: Path, kind: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = ?",
                                          (kind,))}
    finally:
        con.close()


def open_file(path: Path):
    return open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")


def test_head_revision_matches_the_migration_scripts():
    scripts = ScriptDirectory.from_config(db.alembic_config())
    assert scripts.get_heads() == [db.HEAD_REVISION]
    # One line of history from the first schema to the head: no branches, nothing dangling.
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None
    assert revisions[0].revision == db.HEAD_REVISION


def test_open_app_on_an_empty_file_creates_everything(tmp_path):
    path = tmp_path / "new.sqlite3"
    path.touch()  # an empty file, as some installers leave behind
    ctx = open_file(path)
    try:
        assert ctx.backup_path is None  # nothing to back up
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
        tables = set(inspect(ctx.engine).get_table_names())
        assert set(metadata.tables) <= tables
        assert {"alembic_version", FTS_TABLE} <= tables
        assert master(path, "trigger") >= TRIGGERS
        indexes = master(path, "index")
        expected = {ix.name for t in metadata.tables.values() for ix in t.indexes}
        assert expected and expected <= indexes
        # First run: the default pack is imported and active, and that is the first event.
        assert [p.active for p in PackService(ctx).list_packs()] == [True]
        assert AuditService(ctx).verify().checked == 1
    finally:
        ctx.engine.dispose()
    assert not list(tmp_path.glob("*.backup-*"))


def test_a_missing_file_and_folder_are_created(tmp_path):
    path = tmp_path / "deep" / "er" / "app.sqlite3"
    ctx = open_file(path)
    ctx.engine.dispose()
    assert path.exists()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(ctx):
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    # WAL is a property of the file: a plain sqlite3 connection sees it too.
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_opening_twice_is_idempotent(tmp_path):
    path = tmp_path / "app.sqlite3"
    first = open_file(path)
    first.engine.dispose()
    schema = sorted(master(path, "table") | master(path, "index") | master(path, "trigger"))
    second = open_file(path)
    try:
        assert second.backup_path is None
        assert db.upgrade(second.engine) is None
        assert len(PackService(second).list_packs()) == 1  # the default pack is not re-imported
        assert AuditService(second).verify().checked == 1
    finally:
        second.engine.dispose()
    assert sorted(master(path, "table") | master(path, "index") |
                  master(path, "trigger")) == schema
    assert not list(tmp_path.glob("*.backup-*"))


def test_an_older_database_is_backed_up_next_to_it_before_the_upgrade(tmp_path):
    """A file at an older revision (here: the base, before the first migration) that holds
    data gets a consistent copy next to it, then is brought to the head."""
    path = tmp_path / "old.sqlite3"
    ctx = open_file(path)
    with db.write_engine(ctx.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "base")
        conn.exec_driver_sql("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, note TEXT)")
        conn.exec_driver_sql("INSERT INTO legacy_notes (note) VALUES ('kept from v0')")
    assert db.current_revision(ctx.engine) is None
    ctx.engine.dispose()
    assert "company" not in master(path, "table")

    upgraded = open_file(path)
    try:
        backup = upgraded.backup_path
        assert backup is not None and backup.parent == path.parent
        assert backup.name.startswith("old.sqlite3.backup-")
        assert db.current_revision(upgraded.engine) == db.HEAD_REVISION
        assert AuditService(upgraded).verify().ok
    finally:
        upgraded.engine.dispose()
    # The copy is the database as it was: a whole, readable SQLite file without the new schema.
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT note FROM legacy_notes").fetchall() == [("kept from v0",)]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "company" not in tables
    finally:
        con.close()
    assert "legacy_notes" in master(path, "table")  # the upgrade keeps what it does not know


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(tmp_path):
    import datetime as dt

    path = tmp_path / "a.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    now = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)
    first, second = db.backup_sqlite(path, now), db.backup_sqlite(path, now)
    assert first != second and first.exists() and second.exists()


def test_a_database_that_cannot_be_upgraded_says_where_the_backup_is(tmp_path):
    """Tables but no revision stamp (e.g. made by hand): the upgrade fails in words, the
    backup is named, and the original file is left as it was."""
    path = tmp_path / "odd.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE company (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO company (name) VALUES ('hand made')")
    con.commit()
    con.close()
    with pytest.raises(db.DatabaseError) as exc:
        open_file(path)
    backups = list(tmp_path.glob("odd.sqlite3.backup-*"))
    assert len(backups) == 1 and str(backups[0]) in str(exc.value)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT name FROM company").fetchall() == [("hand made",)]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "orders" not in names  # the failed upgrade was rolled back as a whole
    finally:
        con.close()


def _include(obj, name, type_, reflected, compare_to):
    # The FTS5 table (and its shadow tables) are created by hand; SQLModel does not know them.
    return not (type_ == "table" and name is not None and
                name.startswith((FTS_TABLE, "alembic_version")))


def test_migrations_match_the_tables_module(ctx):
    """Autogenerate finds nothing to do: the hand-written migration equals tables.py."""
    with ctx.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_object": _include,
            "compare_server_default": True})
        diff = compare_metadata(mc, metadata)
    assert diff == []


def test_downgrade_to_base_removes_everything(tmp_path):
    path = tmp_path / "d.sqlite3"
    ctx = open_file(path)
    try:
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "base")
    finally:
        ctx.engine.dispose()
    assert master(path, "table") <= {"alembic_version"}
    assert master(path, "trigger") == set()


def test_search_index_is_rebuilt_with_tier_and_status_by_0004(tmp_path):
    """An 0003 database's orders are found by words, tier and status after the upgrade."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)
    try:
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0003")
            conn.exec_driver_sql(
                "INSERT INTO orders (reference, order_date, sales_model, customer_name, "
                "end_user_name, intended_use, use_cases, currency, tier, status, hold, "
                "blocked, total, created_at, updated_at) VALUES "
                "('SO-1', '2026-11-01', 'assisted', 'A', '', 'Track journalists', '[]', "
                "'EUR', 'prohibited', 'blocked', 1, 1, '0', '2026-11-01', '2026-11-01'), "
                "('SO-2', '2026-11-02', 'assisted', 'B', '', 'Journalist training laptops', "
                "'[]', 'EUR', 'low', 'proceed_with_conditions', 0, 0, '0', '2026-11-02', "
                "'2026-11-02')")
            command.upgrade(db.alembic_config(conn), "head")
    finally:
        ctx.engine.dispose()
    con = sqlite3.connect(path)
    try:
        def match(q: str) -> list[str]:
            return [r[0] for r in con.execute(
                "SELECT o.reference FROM order_search s JOIN orders o ON o.id = s.rowid "
                "WHERE order_search MATCH ? ORDER BY o.reference", (q,))]

        assert match('"journalist"*') == ["SO-1", "SO-2"]
        assert match('"journalist"* AND tier:(prohibited)') == ["SO-1"]
        assert match('"journalist"* AND status:(proceedwithconditions)') == ["SO-2"]
        assert match('"journalist"* AND status:(proceed)') == []
    finally:
        con.close()
    assert master(path, "trigger") >= TRIGGERS


def test_0006_keeps_the_distributor_s_decision_file_beside_its_hash(tmp_path):
    """Answers get a column for the decision file as received; down to 0005 and back."""
    path = tmp_path / "a.sqlite3"
    ctx = open_file(path)

    def columns() -> set[str]:
        con = sqlite3.connect(path)
        try:
            return {r[1] for r in con.execute("PRAGMA table_info(distributor_answer)")}
        finally:
            con.close()

    try:
        assert {"source_sha256", "source_file"} <= columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0005")
        assert "source_file" not in columns() and "source_sha256" in columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "source_file" in columns()
    finally:
        ctx.engine.dispose()
    assert master(path, "trigger") >= TRIGGERS


def test_0007_turns_an_earlier_cancelled_message_into_cancelled_and_back(tmp_path):
    """"cancelled" is a state of its own, with who and when; a message cancelled by
    an earlier version (failed + "Cancelled by the user.") becomes cancelled; down and back."""
    path = tmp_path / "a.sqlite3"
    ctx = open_file(path)

    def rows() -> list[tuple]:
        con = sqlite3.connect(path)
        try:
            return list(con.execute("SELECT id, state FROM outbox_message ORDER BY id"))
        finally:
            con.close()

    try:
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0006")
        con = sqlite3.connect(path)  # foreign keys off: the rows need no packet here
        try:
            cols = {r[1] for r in con.execute("PRAGMA table_info(outbox_message)")}
            assert "cancelled_at" not in cols
            # A packet row for the messages (the downgrade copies them with foreign keys on).
            needed = [(r[1], r[2].upper()) for r in con.execute("PRAGMA table_info(packet)")
                      if r[3] and r[4] is None]
            values = {name: ("p" if name == "id" else b"" if "BLOB" in kind else
                             0 if "INT" in kind else "2026-01-01" if "DATE" in kind else "")
                      for name, kind in needed}
            con.execute(f"INSERT INTO packet ({', '.join(values)}) VALUES "
                        f"({', '.join('?' for _ in values)})", list(values.values()))
            for n, (state, error) in enumerate([("failed", "Cancelled by the user."),
                                                ("failed", "550 No such user")], 1):
                con.execute(
                    "INSERT INTO outbox_message (id, packet_id, recipient, subject, message_id, "
                    "state, attempts, next_attempt_at, last_error, server_reply, created_at) "
                    "VALUES (?, 'p', 'a@b.example', 's', ?, ?, 1, '2026-01-01', ?, '', "
                    "'2026-01-01')", (n, f"<p.{n}@x>", state, error))
            con.commit()
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert rows() == [(1, "cancelled"), (2, "failed")]
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0006")
        assert rows() == [(1, "failed"), (2, "failed")]
    finally:
        ctx.engine.dispose()


def test_0009_adds_the_people_table_and_takes_it_away_again(tmp_path):
    """People with a role and a passphrase hash; down to 0008 and back."""
    path = tmp_path / "p.sqlite3"
    ctx = open_file(path)

    def columns() -> set[str]:
        con = sqlite3.connect(path)
        try:
            return {r[1] for r in con.execute("PRAGMA table_info(person)")}
        finally:
            con.close()

    try:
        assert {"name", "email", "role", "active", "passphrase_hash", "failed_tries",
                "locked_until", "version"} <= columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0008")
        assert "person" not in master(path, "table")
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "passphrase_hash" in columns()
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()
    assert master(path, "trigger") >= TRIGGERS


def test_0010_keeps_a_packets_signature_and_takes_it_away_again(tmp_path):
    """A packet keeps the signature of its manifest as built; down to 0009 and back."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)

    def columns() -> set[str]:
        con = sqlite3.connect(path)
        try:
            return {r[1] for r in con.execute("PRAGMA table_info(packet)")}
        finally:
            con.close()

    try:
        assert "manifest_signature" in columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0009")
        assert "manifest_signature" not in columns()
        assert "person" in master(path, "table")
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "manifest_signature" in columns()
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0011_adds_the_desk_and_pinned_keys_and_takes_them_away_again(tmp_path):
    """Pinned keys, received packets and an answer's signature; down to 0010 and back."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)

    def answer_columns() -> set[str]:
        con = sqlite3.connect(path)
        try:
            return {r[1] for r in con.execute("PRAGMA table_info(distributor_answer)")}
        finally:
            con.close()

    try:
        assert {"pinned_key", "received_packet"} <= set(master(path, "table"))
        assert "source_signature" in answer_columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0010")
        assert not {"pinned_key", "received_packet"} & set(master(path, "table"))
        assert "source_signature" not in answer_columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "source_signature" in answer_columns()
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def below(revision: str) -> str:
    """The revision just before ``revision`` (to step down over one migration that is not the
    newest)."""
    down = ScriptDirectory.from_config(db.alembic_config()).get_revision(revision).down_revision
    assert isinstance(down, str)
    return down


def test_0015_adds_approval_requests_and_takes_them_away_again(tmp_path):
    """Requests for approval from the approver's own desk; down below it and back."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)
    try:
        assert "approval_request" in master(path, "table")
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0015"))
        assert "approval_request" not in master(path, "table")
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "approval_request" in master(path, "table")
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0016_lets_the_outbox_send_a_desk_decision_and_takes_it_away_again(tmp_path):
    """A message without a packet of this installation, for a received packet; down and up."""
    path = tmp_path / "o.sqlite3"
    ctx = open_file(path)

    def outbox_columns() -> dict[str, int]:
        con = sqlite3.connect(path)
        try:  # name -> NOT NULL
            return {r[1]: r[3] for r in con.execute("PRAGMA table_info(outbox_message)")}
        finally:
            con.close()

    try:
        columns = outbox_columns()
        assert "received_packet_id" in columns and columns["packet_id"] == 0
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0016"))
        columns = outbox_columns()
        assert "received_packet_id" not in columns and columns["packet_id"] == 1
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "received_packet_id" in outbox_columns()
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0017_adds_the_sanctions_tables_and_takes_them_away_again(tmp_path):
    """Lists, their entries, reviews and party checks; down below it and back."""
    path = tmp_path / "l.sqlite3"
    ctx = open_file(path)
    tables = {"sanction_list", "sanction_entry", "party_review", "party_check"}
    try:
        assert tables <= set(master(path, "table"))
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0017"))
        assert not tables & set(master(path, "table"))
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert tables <= set(master(path, "table"))
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0018_gives_orders_an_optional_consignee_and_takes_it_away_again(tmp_path):
    """Orders stored before 0018 have no consignee (NULL); down below it and back, the search
    triggers kept and a consignee stored since linked to its catalog entry."""
    path = tmp_path / "c.sqlite3"
    ctx = open_file(path)

    def order_columns() -> dict[str, int]:
        con = sqlite3.connect(path)
        try:  # name -> NOT NULL
            return {r[1]: r[3] for r in con.execute("PRAGMA table_info(orders)")}
        finally:
            con.close()

    try:
        columns = order_columns()
        assert columns["consignee_id"] == 0 and columns["consignee_name"] == 0
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0018"))
        assert not {"consignee_id", "consignee_name"} & set(order_columns())
        assert master(path, "trigger") >= TRIGGERS
        con = sqlite3.connect(path)
        try:
            with con:  # an order saved by the release before 0018
                con.execute(
                    "INSERT INTO orders (reference, order_date, sales_model, customer_name, "
                    "end_user_name, intended_use, use_cases, currency, status, tier, hold, "
                    "blocked, total, created_at, updated_at) VALUES ('SO-OLD', '2026-11-02', "
                    "'assisted', 'Müller', '', '', '[]', 'EUR', 'cleared', 'low', 0, 0, '10', "
                    "'2026-11-02 10:00:00', '2026-11-02 10:00:00')")
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT reference, consignee_id, consignee_name FROM orders"
                               ).fetchall() == [("SO-OLD", None, None)]
            # The new column refers to the catalog: a consignee that is not there is refused.
            con.execute("PRAGMA foreign_keys = ON")
            with pytest.raises(sqlite3.IntegrityError):
                con.execute("UPDATE orders SET consignee_id = 999")
            assert con.execute("SELECT count(*) FROM order_search").fetchone() == (1,)
        finally:
            con.close()
        assert master(path, "trigger") >= TRIGGERS
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0013_keeps_signed_heads_append_only_and_takes_them_away_again(tmp_path):
    """The signed heads' table refuses UPDATE and DELETE like the audit log; down and back."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)
    heads = {"chain_head_no_update", "chain_head_no_delete"}
    try:
        assert "chain_head" in master(path, "table")
        assert heads <= master(path, "trigger")
        con = sqlite3.connect(path)
        try:
            con.execute("INSERT INTO chain_head (seq, event_hash, signed_at, signer, "
                        "key_fingerprint, signature, occasion) VALUES (1, 'a', 'b', 'c', 'd', "
                        "x'00', 'closing')")
            con.commit()
            for sql in ("UPDATE chain_head SET seq = 2", "DELETE FROM chain_head"):
                with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                    con.execute(sql)
        finally:
            con.close()
        down = ScriptDirectory.from_config(db.alembic_config(None)).get_revision(
            "0013").down_revision
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), down)
        assert "chain_head" not in master(path, "table")
        assert not heads & master(path, "trigger")
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "chain_head" in master(path, "table")
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0014_gives_every_order_a_version_and_takes_it_away_again(tmp_path):
    """Orders stored before 0014 start at version 1; down to 0011 and back, triggers kept."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)

    def order_columns() -> set[str]:
        con = sqlite3.connect(path)
        try:
            return {r[1] for r in con.execute("PRAGMA table_info(orders)")}
        finally:
            con.close()

    try:
        assert "version" in order_columns()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0014"))
        assert "version" not in order_columns()
        assert master(path, "trigger") >= TRIGGERS  # the search index still follows orders
        con = sqlite3.connect(path)
        try:
            with con:  # an order saved by the release before 0014
                con.execute(
                    "INSERT INTO orders (reference, order_date, sales_model, customer_name, "
                    "end_user_name, intended_use, use_cases, currency, status, tier, hold, "
                    "blocked, total, created_at, updated_at) VALUES ('SO-OLD', '2026-11-02', "
                    "'assisted', 'Müller', '', '', '[]', 'EUR', 'cleared', 'low', 0, 0, '10', "
                    "'2026-11-02 10:00:00', '2026-11-02 10:00:00')")
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT reference, version FROM orders").fetchall() == \
                [("SO-OLD", 1)]
            # ...and the search index found it through the kept trigger.
            assert con.execute("SELECT count(*) FROM order_search").fetchone() == (1,)
        finally:
            con.close()
        assert master(path, "trigger") >= TRIGGERS
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()


def test_0012_adds_the_append_only_record_stamps_and_takes_them_away_again(tmp_path):
    """Record stamps (with their append-only triggers), down to 0011 and back; going up leaves
    the note that the records need sealing at the next open."""
    path = tmp_path / "s.sqlite3"
    ctx = open_file(path)

    def pending() -> list[tuple]:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT value FROM setting WHERE key = 'records.seal_pending'"
                               ).fetchall()
        finally:
            con.close()

    try:
        assert "record_stamp" in master(path, "table")
        assert {"record_stamp_no_update", "record_stamp_no_delete"} <= master(path, "trigger")
        assert pending() == []  # the first open sealed (nothing) and cleared it
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0012"))
        assert "record_stamp" not in master(path, "table")
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert "record_stamp" in master(path, "table")
        assert pending() == [("true",)]
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
        con = sqlite3.connect(path)
        try:
            con.execute("INSERT INTO record_stamp (event_seq, kind, record_id, sha256) "
                        "VALUES (1, 'order', '1', '')")
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute("DELETE FROM record_stamp")
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute("UPDATE record_stamp SET sha256 = 'x'")
        finally:
            con.close()
    finally:
        ctx.engine.dispose()


def test_0019_lets_the_outbox_carry_a_plain_message_and_takes_it_away_again(tmp_path):
    """A message stored before 0019 keeps its meaning (no kind, no body); down below it the
    plain messages go (the older schema cannot send them), the packets' messages stay."""
    path = tmp_path / "m.sqlite3"
    ctx = open_file(path)

    def outbox_columns() -> dict[str, int]:
        con = sqlite3.connect(path)
        try:  # name -> NOT NULL
            return {r[1]: r[3] for r in con.execute("PRAGMA table_info(outbox_message)")}
        finally:
            con.close()

    def insert(con: sqlite3.Connection, message_id: str, extra: str = "",
               values: str = "") -> None:
        con.execute(
            "INSERT INTO outbox_message (packet_id, recipient, subject, message_id, state, "
            f"attempts, next_attempt_at, last_error, server_reply, created_at{extra}) VALUES "
            f"(NULL, 'a@example.com', 'S', '{message_id}', 'queued', 0, "
            f"'2026-12-01 10:00:00', '', '', '2026-12-01 10:00:00'{values})")

    try:
        columns = outbox_columns()
        assert columns["kind"] == 0 and columns["body"] == 0
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0019"))
        assert not {"kind", "body"} & set(outbox_columns())
        con = sqlite3.connect(path)
        try:
            with con:  # a message queued by the release before 0019
                insert(con, "<old@x>")
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT message_id, kind, body FROM outbox_message"
                               ).fetchall() == [("<old@x>", None, None)]
            with con:
                insert(con, "<digest@x>", ", kind, body", ", 'digest', 'Due today'")
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), below("0019"))
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT message_id FROM outbox_message").fetchall() == [
                ("<old@x>",)]
        finally:
            con.close()
        with db.write_engine(ctx.engine).begin() as conn:
            command.upgrade(db.alembic_config(conn), "head")
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    finally:
        ctx.engine.dispose()
