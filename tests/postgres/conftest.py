"""A throwaway PostgreSQL server for the PostgreSQL tests.

When the server binaries (``initdb``, ``pg_ctl``) and psycopg are installed, one cluster is
created under a temporary directory for the whole session, started on a free TCP port on
127.0.0.1 (with its socket in the same temporary directory) and stopped at the end. Every test
gets a database of its own. Without the binaries or psycopg, the tests are skipped.

The ``db_url`` fixture is overridden here, so the shared ``ctx`` fixture (tests/conftest.py)
and the service fixtures reused from tests/services/conftest.py run on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The service fixtures, reused on PostgreSQL (pytest finds fixtures imported into a conftest).
from tests.services.conftest import (  # noqa: F401
    Catalog,
    catalog,
    configured,
    many,
    orders,
    sample_profile,
)

SUPERUSER = "postgres"


def _find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: $PATH, /usr/local/bin, then Debian's layout."""
    candidates: list[Path] = []
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    candidates.append(Path("/usr/local/bin"))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if all((folder / name).is_file() and os.access(folder / name, os.X_OK)
               for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgCluster:
    host: str
    port: int
    root: Path

    def url(self, dbname: str) -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def admin(self):  # -> psycopg.Connection (autocommit, on the maintenance database)
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True, connect_timeout=10)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    bin_dir = _find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found")

    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    runner: list[str] = []
    if as_root:  # initdb and postgres refuse to run as root
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' OS user to run the server")
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root without runuser to start PostgreSQL as 'postgres'")
        runner = [runuser, "-u", "postgres", "--"]

    # Not pytest's tmp_path: its parents are private to the current user, and the server runs
    # as 'postgres'.
    root = Path(tempfile.mkdtemp(prefix="cd-pg-"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if as_root:
        for p in (root, data, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def run(*args: str | Path) -> None:
        done = subprocess.run([*runner, *map(str, args)], capture_output=True, text=True,
                              env=env, cwd=root, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n"
                               f"{done.stderr}")

    port = _free_port()
    started = False
    try:
        run(bin_dir / "initdb", "-D", data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--no-instructions")
        options = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c timezone=Asia/Kolkata")
        run(bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", root / "server.log",
            "-w", "-t", "60", "start")
        started = True
        yield PgCluster("127.0.0.1", port, root)
    finally:
        if started:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                run(bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


_numbers = itertools.count(1)


def create_database(cluster: PgCluster) -> str:
    """A new empty database on the cluster; returns its name."""
    name = f"cd_test_{os.getpid()}_{next(_numbers)}"
    with cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """``postgresql://postgres@127.0.0.1:PORT/DBNAME`` of a fresh, empty database."""
    return pg_cluster.url(create_database(pg_cluster))


@pytest.fixture
def db_url(pg_url: str) -> str:
    """Overrides tests/conftest.py: ``ctx`` (and ``configured``, ``catalog``) use PostgreSQL."""
    return pg_url
