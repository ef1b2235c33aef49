"""The commands on a database whose criteria pack was edited behind the app's back: one line
saying so (exit 1), nothing stored; ``verify-audit`` names the pack."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_FAILED, EXIT_OK

from .test_cli import GOOD, Cli, one_line_error, references, write_csv


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def weaken_pack(cli: Cli) -> str:
    """Every "prohibited" of the stored pack set to "standard"; the pack's id and version."""
    con = sqlite3.connect(cli.db)
    try:
        with con:
            con.execute("UPDATE pack SET content = replace(content, '\"prohibited\"', "
                        "'\"standard\"') WHERE active")
        pack_id, version = con.execute(
            "SELECT pack_id, version FROM pack WHERE active").fetchone()
    finally:
        con.close()
    return f"{pack_id} {version}"


def test_commands_refuse_to_screen_with_an_edited_pack(cli):
    proc = cli("import-orders", str(write_csv(cli.tmp / "first.csv", GOOD[:1])))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert cli("verify-audit").returncode == EXIT_OK
    pack = weaken_pack(cli)

    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", GOOD[1:])))
    assert proc.returncode == EXIT_FAILED
    line = one_line_error(proc)
    assert f"The criteria pack in use ({pack}) was changed in the database" in line
    assert references(cli.db) == ["W-1"]  # nothing of the refused import is stored

    proc = cli("rescreen", "W-1")
    assert proc.returncode == EXIT_FAILED
    assert "no order is screened with altered rules" in one_line_error(proc)

    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert proc.stdout.splitlines() == [
        f"Audit log TAMPERED: criteria pack {pack} was changed after it was imported: its "
        "content no longer matches its SHA-256."]
