"""``reseller-app --self-test``: every check on a temporary database, never the user's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reseller_app.services.self_test import SelfTest, run_checks


def test_self_test_passes_and_leaves_the_users_database_alone(tmp_path: Path) -> None:
    users_db = tmp_path / "mine.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHANNEL_DILIGENCE_DB": str(users_db),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "reseller_app", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   database", "ok   criteria pack", "ok   screening", "ok   policy PDF",
        "ok   backup", "ok   desktop", "ok   translations"]
    assert "tier high, held" in lines[2]
    assert lines[-1] == "Self-test passed."
    assert not users_db.exists() and not (tmp_path / "data").exists()


def test_a_failing_check_is_named(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    said: list[str] = []
    # The pack cannot load before the database opened: a real failure of a real check.
    failed = run_checks([("criteria pack", test.pack), ("screening", test.screening)],
                        said.append)
    assert failed == "criteria pack"
    assert said == ["FAIL criteria pack: the database did not open"]
