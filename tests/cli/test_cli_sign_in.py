"""The command line signs in as a person: ``--person EMAIL`` (or $CHANNEL_DILIGENCE_PERSON) with
the passphrase from standard input (``--passphrase-stdin``) or the terminal, never from argv or
the environment. Once people exist, a command that changes the database needs a person, and the
services check that person's role as in the window; read-only commands need nobody. Run as the
user runs it: a subprocess on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.services.packs import default_pack_bytes
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from .test_cli import Cli, one_line_error

ADMIN_PASS = "violet kettle on the moon"
STAFF_PASS = "paper boats in April rain"


@pytest.fixture
def team(tmp_path: Path) -> Cli:
    """Anna (administrator), Jonas (approver), Lea (staff) and Max (staff, deactivated)."""
    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        people = PeopleService(ctx, hasher=PassphraseHasher(n=2**4))
        admin, _ = people.first_setup(
            NewPerson("Anna Weber", "anna@example.com", ADMIN_PASS),
            NewPerson("Jonas Berg", "jonas@example.com", "seven quiet harbour lamps"))
        people.add(admin, NewPerson("Lea Kim", "lea@example.com", STAFF_PASS, "staff"))
        people.add(admin, NewPerson("Max Roth", "max@example.com", "a passphrase of Max",
                                    "staff"))
        people.deactivate(admin, "max@example.com")
    finally:
        ctx.engine.dispose()
    return cli


def events(cli: Cli) -> list[tuple[str, dict]]:
    con = sqlite3.connect(cli.db)
    try:
        return [(action, json.loads(details)) for action, details in con.execute(
            "SELECT action, details FROM audit_event ORDER BY seq")]
    finally:
        con.close()


def test_read_only_commands_need_nobody(team: Cli) -> None:
    for argv in (("verify-audit",), ("packs", "list"), ("people", "list"), ("outbox",),
                 ("outbox", "list"), ("distributors", "keys"), ("distributor", "list")):
        proc = team(*argv, stdin="")
        assert proc.returncode == EXIT_OK, (argv, proc.stderr)


def test_a_command_that_writes_needs_a_person(team: Cli) -> None:
    before = events(team)
    proc = team("rescreen", "--all-open", stdin="")
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert "changes the database, so say who you are: --person EMAIL" in line
    assert "CHANNEL_DILIGENCE_PERSON" in line and "--passphrase-stdin" in line
    assert events(team) == before


def test_signing_in_names_the_person_in_the_events(team: Cli) -> None:
    proc = team("--person", "anna@example.com", "--passphrase-stdin", "people", "deactivate",
                "lea@example.com", stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Lea Kim <lea@example.com> is no longer active."
    action, details = events(team)[-1]
    assert action == "person.deactivated"
    assert details["working_person"]["name"] == "Anna Weber" and details["by"] == "Anna Weber"
    assert ADMIN_PASS not in json.dumps(events(team))


def test_the_person_can_come_from_the_environment(team: Cli) -> None:
    team.env["CHANNEL_DILIGENCE_PERSON"] = "lea@example.com"
    proc = team("--passphrase-stdin", "rescreen", "--all-open", stdin=STAFF_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Screened 0 orders again" in proc.stdout


def test_a_wrong_passphrase_is_refused_and_counted(team: Cli) -> None:
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "rescreen", "--all-open",
                stdin="not her passphrase\n")
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert line.startswith("reseller-app: Wrong passphrase for Lea Kim.")
    assert line.endswith(": 4.")
    assert "not her passphrase" not in line
    assert events(team)[-1][0] == "person.passphrase_wrong"


def test_five_wrong_tries_lock_and_then_the_right_one_is_refused(team: Cli) -> None:
    for _ in range(5):
        proc = team("--person", "lea@example.com", "--passphrase-stdin", "rescreen",
                    "--all-open", stdin="still guessing it\n")
        assert proc.returncode == EXIT_BAD_INPUT
    assert "is locked until" in one_line_error(proc)
    assert events(team)[-1][0] == "person.locked"
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "rescreen", "--all-open",
                stdin=STAFF_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "Lea Kim is locked after too many wrong passphrases, until" in one_line_error(proc)


def test_an_inactive_or_unknown_person_is_refused(team: Cli) -> None:
    proc = team("--person", "max@example.com", "--passphrase-stdin", "rescreen", "--all-open",
                stdin="a passphrase of Max\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == ("reseller-app: Max Roth is no longer active: ask an "
                                    "administrator.")
    proc = team("--person", "nobody@example.com", "--passphrase-stdin", "rescreen",
                "--all-open", stdin="whatever it is\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "nobody@example.com" in one_line_error(proc)


def test_without_a_terminal_the_passphrase_must_come_from_stdin(team: Cli) -> None:
    proc = team("--person", "lea@example.com", "rescreen", "--all-open", stdin="")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "give it on standard input with --passphrase-stdin" in one_line_error(proc)
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "rescreen", "--all-open",
                stdin="")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "standard input gave no passphrase" in one_line_error(proc)


def test_the_role_is_checked_as_in_the_window(team: Cli) -> None:
    pack = team.write("pack.json", default_pack_bytes())
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "packs", "import",
                str(pack), stdin=STAFF_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == ("reseller-app: Managing criteria packs needs the role "
                                    "administrator; Lea Kim has the role staff.")
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "people", "role",
                "jonas@example.com", "staff", stdin=STAFF_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "Managing people needs the role administrator" in one_line_error(proc)
    proc = team("--person", "lea@example.com", "--passphrase-stdin", "distributors",
                "accept-unsigned", "TechDistri Europe", "on", stdin=STAFF_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == ("reseller-app: Changing settings needs the role "
                                    "administrator; Lea Kim has the role staff.")
    proc = team("--person", "anna@example.com", "--passphrase-stdin", "packs", "import",
                str(pack), stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr


def test_a_database_without_people_needs_no_sign_in(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    cli.env["CHANNEL_DILIGENCE_PERSON"] = "anna@example.com"  # ignored: nobody to be
    proc = cli("rescreen", "--all-open", stdin="")
    assert proc.returncode == EXIT_OK, proc.stderr
    proc = cli("--person", "anna@example.com", "rescreen", "--all-open", stdin="")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "nobody is set up in this database yet" in one_line_error(proc)
