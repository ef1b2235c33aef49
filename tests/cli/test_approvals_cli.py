"""``reseller-app approvals ...`` run as the approver runs it: the passphrase from the terminal
or standard input (never from the command line), refusals as one line with exit 2 and nothing
recorded."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.domain.vocabulary import DecisionOutcome
from reseller_app.services.approvals import ApprovalService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import WorkingPerson
from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
from reseller_app.services.orders import OrderService
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from .test_cli import Cli, one_line_error

APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def asked(cli: Cli) -> Cli:
    """A high-risk order whose staff member (Lea) asked for approval of proceeding."""
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="lea")
    try:
        SetupService(ctx).save_profile(sample_profile())
        people = PeopleService(ctx, hasher=PassphraseHasher(n=2**4))
        admin, _ = people.first_setup(
            NewPerson("Anna Weber", "anna@example.com", "violet kettle on the moon"),
            NewPerson("Jonas Berg", "jonas@example.com", APPROVER_PASS))
        lea = people.add(admin, NewPerson("Lea Kim", "lea@example.com", STAFF_PASS, "staff"))
        catalog = CatalogService(ctx)
        police = catalog.save_customer(Customer("Policía Regional", "VE", "government",
                                                government_function="law_enforcement"))
        camera = catalog.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                              "video_surveillance"))
        ctx.person = WorkingPerson(lea.id, lea.name)
        order = OrderService(ctx).save(OrderDraft(
            reference="SO-2001", date=dt.date(2026, 11, 2), sales_model="assisted",
            customer_id=police.id, end_user_id=None, destination_country="VE",
            intended_use="Traffic monitoring at city junctions", use_cases=[],
            lines=[LineDraft(camera.sku, camera.name, camera.category, 40, Decimal("310"),
                             camera.id)]))
        ApprovalService(ctx).request(order.id, DecisionOutcome.PROCEED,
                                     "Traffic use only; end-use statement signed.")
    finally:
        ctx.engine.dispose()
    return cli


def order_state(cli: Cli) -> tuple:
    con = sqlite3.connect(cli.db)
    try:
        return (con.execute("SELECT status FROM orders").fetchone(),
                con.execute("SELECT count(*) FROM decision").fetchone(),
                con.execute("SELECT state, reason FROM approval_request").fetchall())
    finally:
        con.close()


def test_list_shows_what_waits(asked):
    proc = asked("approvals", "list")
    assert proc.returncode == EXIT_OK, proc.stderr
    [line] = proc.stdout.splitlines()
    assert line.split()[:4] == ["1", "SO-2001", "high", "proceed"]
    assert "asked by Lea Kim (lea)" in line and "for any approver" in line
    mine = asked("approvals", "list", "--approver", "jonas@example.com")
    assert mine.stdout == proc.stdout
    staff = asked("approvals", "list", "--approver", "lea@example.com")
    assert staff.stdout == "Nothing is waiting for approval.\n"


def test_the_approver_approves_with_the_passphrase_on_stdin(asked):
    proc = asked("approvals", "approve", "1", "--approver", "jonas@example.com",
                 "--passphrase-stdin", stdin=APPROVER_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout == ("Approved: order SO-2001, proceed, decided by Lea Kim (lea), "
                           "approved by Jonas Berg.\n")
    assert order_state(asked) == (("proceed",), (1,), [("approved", "")])
    again = asked("approvals", "approve", "1", "--approver", "jonas@example.com",
                  "--passphrase-stdin", stdin=APPROVER_PASS + "\n")
    assert again.returncode == EXIT_BAD_INPUT
    assert "already approved by Jonas Berg" in one_line_error(again)
    assert order_state(asked)[1] == (1,)


def test_the_person_signed_in_approves_with_one_passphrase(asked):
    """``--person`` before the command: the approver is that person, and the passphrase given
    to sign in proves the approval (not asked a second time)."""
    proc = asked("--person", "jonas@example.com", "--passphrase-stdin", "approvals", "approve",
                 "1", stdin=APPROVER_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "approved by Jonas Berg" in proc.stdout
    assert order_state(asked)[1] == (1,)
    nobody = asked("approvals", "return", "1", "--reason", "Too late.")
    assert nobody.returncode == EXIT_BAD_INPUT
    assert "--approver EMAIL, or --person EMAIL" in one_line_error(nobody)


@pytest.mark.parametrize(("args", "stdin", "expected"), [
    (("--approver", "jonas@example.com", "--passphrase-stdin"), "wrong\n",
     "Wrong passphrase for Jonas Berg"),
    (("--approver", "lea@example.com", "--passphrase-stdin"), STAFF_PASS + "\n",
     "needs the role approver"),
    (("--approver", "nobody@example.com", "--passphrase-stdin"), "x\n", "nobody@example.com"),
    (("--approver", "jonas@example.com", "--passphrase-stdin"), "", "gave no passphrase"),
    (("--approver", "jonas@example.com"), None, "--passphrase-stdin"),  # no terminal
])
def test_refusals_are_one_line_and_record_nothing(asked, args, stdin, expected):
    before = order_state(asked)
    proc = asked("approvals", "approve", "1", *args, stdin=stdin)
    assert proc.returncode == EXIT_BAD_INPUT
    assert expected in one_line_error(proc)
    assert order_state(asked) == before


def test_an_unknown_request_is_named(asked):
    proc = asked("approvals", "approve", "9", "--approver", "jonas@example.com",
                 "--passphrase-stdin", stdin=APPROVER_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == "reseller-app: There is no request for approval number 9."


def test_return_with_a_reason(asked):
    proc = asked("approvals", "return", "1", "--reason", "Get the end-use certificate first.",
                 "--approver", "jonas@example.com", "--passphrase-stdin",
                 stdin=APPROVER_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout == "Sent back to Lea Kim (lea): order SO-2001.\n"
    assert order_state(asked) == (("held",), (0,), [("returned",
                                                     "Get the end-use certificate first.")])
    empty = asked("approvals", "return", "1", "--reason", " ", "--approver",
                  "jonas@example.com", "--passphrase-stdin", stdin=APPROVER_PASS + "\n")
    assert empty.returncode == EXIT_BAD_INPUT
    assert "Say why it goes back" in one_line_error(empty)


def test_the_passphrase_is_never_an_argument(asked):
    proc = asked("approvals", "approve", "1", "--approver", "jonas@example.com",
                 "--passphrase", APPROVER_PASS)
    assert proc.returncode == EXIT_BAD_INPUT  # argparse: unrecognized arguments
    assert order_state(asked)[1] == (0,)
