"""Opening a database this version cannot upgrade, and a pre-upgrade backup that cannot be
written: refused in words, nothing copied, nothing changed (real SQLite files)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from reseller_app.services.startup import open_app
from reseller_app.store import db

from ..conftest import stepping_clock


def make_database(path: Path, revision: str | None = None) -> None:
    """A database made by this version (with the default pack: a few hundred KB), then
    stamped with ``revision`` (as a newer version would leave it)."""
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        if revision is not None:
            with db.write_engine(ctx.engine).begin() as conn:
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        ctx.engine.dispose()


def stamped(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".backup-" in p.name)


# The revision a newer release would leave: one after this version's newest.
NEWER = f"{int(db.HEAD_REVISION) + 1:04d}"


def test_a_database_of_a_newer_version_is_refused_without_a_backup(tmp_path):
    path = tmp_path / "app.sqlite3"
    make_database(path, NEWER)
    for _start in range(3):  # every start used to leave another full-size copy
        with pytest.raises(db.DatabaseError) as exc:
            open_app(f"sqlite:///{path}")
        message = str(exc.value)
        assert "made by a newer version of Channel Diligence" in message
        assert "update the app first" in message and NEWER in message
        assert "Can't locate revision" not in message
    assert leftovers(tmp_path) == []
    assert stamped(path) == NEWER  # not touched


def test_an_unknown_schema_version_is_refused_in_words(tmp_path):
    path = tmp_path / "app.sqlite3"
    make_database(path, "a1b2c3")
    with pytest.raises(db.DatabaseError) as exc:
        open_app(f"sqlite:///{path}")
    assert "does not know (a1b2c3)" in str(exc.value)
    assert "Update the app first" in str(exc.value)
    assert leftovers(tmp_path) == []


def test_known_revisions_are_accepted():
    for revision in (None, "0001", db.HEAD_REVISION):
        db.check_known_revision(revision, "x")  # no error


# A start with an older database whose pre-upgrade copy cannot be written: the process may
# write no file larger than LIMIT bytes (RLIMIT_FSIZE; a real write error, as on a full disk).
UPGRADE_SCRIPT = """
import json, resource, signal, sys
from reseller_app.services.startup import open_app
from reseller_app.store.db import DatabaseError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
try:
    open_app("sqlite:///" + sys.argv[1]).engine.dispose()
    print(json.dumps({"ok": True}))
except DatabaseError as exc:
    print(json.dumps({"ok": False, "message": str(exc)}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_backup_that_cannot_be_written_leaves_no_file_and_no_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_database(path)
    ctx = open_app(f"sqlite:///{path}")
    with db.write_engine(ctx.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "0003")
    ctx.engine.dispose()
    size = path.stat().st_size
    assert size > 100_000

    proc = subprocess.run([sys.executable, "-c", UPGRADE_SCRIPT, str(path), str(size // 2)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["ok"] is False
    message = result["message"]
    assert "did not start" in message and "The database is unchanged" in message
    assert "old.sqlite3.backup-" in message  # names the file it could not write
    # No short file that looks like a backup, no partial one either; no upgrade.
    assert leftovers(tmp_path) == []
    assert stamped(path) == "0003"

    # With room on the disk, the next start makes the copy and upgrades.
    upgraded = open_app(f"sqlite:///{path}")
    try:
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        assert db.current_revision(upgraded.engine) == db.HEAD_REVISION
    finally:
        upgraded.engine.dispose()
    assert leftovers(tmp_path) == [upgraded.backup_path.name]
