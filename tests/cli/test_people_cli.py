"""``reseller-app people ...`` run as the user runs it: passphrases from files (never from the
command line), refusals as one line with exit 2 and nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService, SignInError
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from .test_cli import Cli, one_line_error

ADMIN_PASS = "violet kettle on the moon"
STAFF_PASS = "paper boats in April rain"


def secret_file(cli: Cli, name: str, passphrase: str) -> str:
    path = cli.write(name, passphrase + "\n")
    path.chmod(0o600)
    return str(path)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def team(cli: Cli) -> Cli:
    """An administrator (Anna), a senior approver (Jonas) and staff (Lea), set up in-process
    with cheap hashes (the command line checks each with its own parameters)."""
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        people = PeopleService(ctx, hasher=PassphraseHasher(n=2**4))
        admin, _ = people.first_setup(
            NewPerson("Anna Weber", "anna@example.com", ADMIN_PASS),
            NewPerson("Jonas Berg", "jonas@example.com", "seven quiet harbour lamps"))
        people.add(admin, NewPerson("Lea Kim", "lea@example.com", STAFF_PASS, "staff"))
    finally:
        ctx.engine.dispose()
    return cli


def people_rows(cli: Cli) -> list[tuple]:
    """What a refusal must not change (wrong tries are counted: that is the lock)."""
    con = sqlite3.connect(cli.db)
    try:
        return list(con.execute("SELECT id, name, email, role, active, passphrase_hash, "
                                "version FROM person ORDER BY id"))
    finally:
        con.close()


def audit_actions(cli: Cli) -> list[str]:
    con = sqlite3.connect(cli.db)
    try:
        return [r[0] for r in con.execute("SELECT action FROM audit_event WHERE entity = "
                                          "'person' ORDER BY seq")]
    finally:
        con.close()


def test_first_run_setup_and_the_list(cli):
    empty = cli("people", "list")
    assert empty.returncode == EXIT_OK, empty.stderr
    assert "people setup" in empty.stdout
    admin = secret_file(cli, "admin.txt", ADMIN_PASS)
    approver = secret_file(cli, "approver.txt", "seven quiet harbour lamps")
    proc = cli("people", "setup", "Anna Weber", "--email", "Anna@Example.com",
               "--passphrase-file", admin, "--approver", "Jonas Berg", "--approver-email",
               "jonas@example.com", "--approver-passphrase-file", approver)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.splitlines() == ["Added Anna Weber <anna@example.com> as administrator.",
                                        "Added Jonas Berg <jonas@example.com> as approver."]
    listed = cli("people", "list")
    assert listed.returncode == EXIT_OK, listed.stderr
    assert listed.stdout.splitlines() == [
        "  1  Anna Weber <anna@example.com>  administrator  (active)",
        "  2  Jonas Berg <jonas@example.com>  approver  (active)"]
    assert audit_actions(cli) == ["person.first_setup"]
    again = cli("people", "setup", "Max", "--email", "max@example.com", "--passphrase-file",
                admin)
    assert again.returncode == EXIT_BAD_INPUT
    assert "already set up" in one_line_error(again)


def test_an_administrator_adds_changes_and_deactivates_people(team):
    cli = team
    me = secret_file(cli, "me.txt", ADMIN_PASS)
    new = secret_file(cli, "new.txt", "a long and new passphrase")
    proc = cli("people", "add", "Max Roth", "--email", "max@example.com", "--role", "staff",
               "--as", "anna@example.com", "--passphrase-file", me,
               "--new-passphrase-file", new)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Added Max Roth <max@example.com> as staff."
    proc = cli("people", "role", "max@example.com", "approver", "--as", "anna@example.com",
               "--passphrase-file", me)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Max Roth <max@example.com> is now approver."
    proc = cli("people", "deactivate", "MAX@example.com", "--as", "anna@example.com",
               "--passphrase-file", me)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Max Roth <max@example.com> is no longer active."
    proc = cli("people", "reset-passphrase", "lea@example.com", "--as", "anna@example.com",
               "--passphrase-file", me, "--new-passphrase-file", new)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Lea Kim <lea@example.com> has a new passphrase."
    assert audit_actions(cli)[-4:] == ["person.added", "person.role_changed",
                                       "person.deactivated", "person.passphrase_reset"]
    listed = cli("people", "list").stdout
    assert "Max Roth <max@example.com>  approver  (inactive)" in listed
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        people = PeopleService(ctx)
        assert people.authenticate("lea@example.com", "a long and new passphrase").name == \
            "Lea Kim"
    finally:
        ctx.engine.dispose()


def test_refusals_are_one_line_exit_2_and_change_nothing(team):
    cli = team
    me = secret_file(cli, "me.txt", ADMIN_PASS)
    staff = secret_file(cli, "staff.txt", STAFF_PASS)
    wrong = secret_file(cli, "wrong.txt", "not the passphrase at all")
    new = secret_file(cli, "new.txt", "a long and new passphrase")
    loose = cli.write("loose.txt", ADMIN_PASS)
    loose.chmod(0o644)
    before = people_rows(cli)
    cases = [
        (("people", "deactivate", "anna@example.com", "--as", "anna@example.com",
          "--passphrase-file", me), "active administrator"),
        (("people", "add", "Max", "--email", "max@example.com", "--role", "staff", "--as",
          "lea@example.com", "--passphrase-file", staff, "--new-passphrase-file", new),
         "needs the role administrator"),
        (("people", "role", "lea@example.com", "administrator", "--as", "lea@example.com",
          "--passphrase-file", staff), "needs the role administrator"),
        (("people", "role", "lea@example.com", "boss", "--as", "anna@example.com",
          "--passphrase-file", me), "boss is not a role"),
        (("people", "deactivate", "lea@example.com", "--as", "anna@example.com",
          "--passphrase-file", wrong), "Wrong passphrase for Anna Weber"),
        (("people", "deactivate", "lea@example.com", "--as", "nobody@example.com",
          "--passphrase-file", me), "nobody@example.com"),
        (("people", "deactivate", "lea@example.com", "--as", "anna@example.com"),
         "--passphrase-file FILE"),  # no terminal to ask on
        (("people", "deactivate", "lea@example.com", "--as", "anna@example.com",
          "--passphrase-file", str(loose)), "chmod 600"),
        (("people", "add", "Max", "--email", "max@", "--role", "staff", "--as",
          "anna@example.com", "--passphrase-file", me, "--new-passphrase-file", new),
         "not an e-mail address"),
        (("people", "reset-passphrase", "anna@example.com", "--as", "anna@example.com",
          "--passphrase-file", me, "--new-passphrase-file", new), "own passphrase is changed"),
    ]
    for argv, words in cases:
        proc = cli(*argv)
        assert proc.returncode == EXIT_BAD_INPUT, (argv, proc.stderr)
        line = one_line_error(proc)
        assert words in line, (argv, line)
        for secret in (ADMIN_PASS, STAFF_PASS, "not the passphrase at all"):
            assert secret not in line
    assert people_rows(cli) == before
    # The one wrong try was counted; the administrator's next right one cleared the count.
    assert audit_actions(cli)[-2:] == ["person.passphrase_wrong", "person.tries_cleared"]


def test_a_person_changes_their_own_passphrase(team):
    cli = team
    new = secret_file(cli, "new.txt", "my very own new phrase")
    wrong = cli("people", "passphrase", "lea@example.com", "--passphrase-file",
                secret_file(cli, "wrong.txt", "not my passphrase"), "--new-passphrase-file", new)
    assert wrong.returncode == EXIT_BAD_INPUT
    assert "Wrong passphrase for Lea Kim" in one_line_error(wrong)
    proc = cli("people", "passphrase", "lea@example.com", "--passphrase-file",
               secret_file(cli, "lea.txt", STAFF_PASS), "--new-passphrase-file", new)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.strip() == "Lea Kim <lea@example.com> has a new passphrase."
    assert audit_actions(cli)[-1] == "person.passphrase_changed"


def test_a_passphrase_is_never_taken_from_the_command_line(team):
    proc = team("people", "deactivate", "lea@example.com", "--as", "anna@example.com",
                "--passphrase", ADMIN_PASS)
    assert proc.returncode == EXIT_BAD_INPUT
    assert ADMIN_PASS not in proc.stdout


def test_a_locked_person_is_told_until_when(team):
    """Locked on this computer's clock (the command line runs on it): even the right
    passphrase is refused in one line until the lock is over, and the list shows it."""
    cli = team
    ctx = open_app(f"sqlite:///{cli.db}", actor="tester")
    try:
        people = PeopleService(ctx)
        for _ in range(5):
            with pytest.raises(SignInError):
                people.authenticate("lea@example.com", "guessing the passphrase")
    finally:
        ctx.engine.dispose()
    proc = cli("people", "role", "jonas@example.com", "staff", "--as", "lea@example.com",
               "--passphrase-file", secret_file(cli, "lea.txt", STAFF_PASS))
    assert proc.returncode == EXIT_BAD_INPUT
    assert "Lea Kim is locked after too many wrong passphrases, until" in one_line_error(proc)
    assert "Lea Kim <lea@example.com>  staff  (active, locked until" in cli("people",
                                                                           "list").stdout
    assert audit_actions(cli)[-1] == "person.locked"
