"""``reseller-app lists``, ``lists import`` and ``check-party``, run as a script runs them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.services.input_files import LIMITS, InputKind
from tests.cli.test_cli import Cli

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def test_with_no_list_check_party_says_so_in_one_line(cli: Cli) -> None:
    run = cli("check-party", "Anyone")
    assert run.returncode == EXIT_BAD_INPUT
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1
    assert "No sanctions list is imported yet" in run.stderr
    listed = cli("lists")
    assert listed.returncode == EXIT_OK and "No sanctions list" in listed.stdout


def test_import_list_and_check_a_party(cli: Cli) -> None:
    run = cli("lists", "import", str(DATA / "ofac" / "sdn.csv"))
    assert run.returncode == EXIT_OK, run.stderr
    assert "OFAC SDN (ofac)" in run.stdout and "7 entries" in run.stdout
    run = cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml"))
    assert run.returncode == EXIT_OK, run.stderr
    assert "published 20" in run.stdout
    again = cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml"))
    assert again.returncode == EXIT_OK and "imported already" in again.stdout
    listed = cli("lists").stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["ofac", "un"]

    check = cli("check-party", "Banco Nacional de Cuba", "--kind", "organisation")
    assert check.returncode == EXIT_OK, check.stderr
    answer = json.loads(check.stdout)
    assert answer["query"] == "Banco Nacional de Cuba" and answer["verdict"] == "match"
    best = answer["matches"][0]
    assert (best["source"], best["entry_id"], best["listed_name"]) == \
        ("ofac", "306", "BANCO NACIONAL DE CUBA")
    assert 0 <= best["score"] <= 1 and best["why"]

    clear = json.loads(cli("check-party", "Müller Steuerberatung", "--country", "de").stdout)
    assert clear == {"query": "Müller Steuerberatung", "verdict": "clear", "matches": []}


def test_batch_prints_one_object_per_line_in_order(cli: Cli) -> None:
    assert cli("lists", "import", str(DATA / "ofac" / "sdn.csv")).returncode == EXIT_OK
    names = ["Banco Nacional de Cuba", "Müller Steuerberatung", "", "BNC Banco Nacional Cuba"]
    path = cli.write("names.txt", "\n".join(names) + "\n")
    run = cli("check-party", "--batch", str(path))
    assert run.returncode == EXIT_OK, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [x["query"] for x in lines] == names
    assert [x["verdict"] for x in lines][:3] == ["match", "clear", "clear"]
    piped = cli("check-party", "--batch", "-", stdin="Banco Nacional de Cuba\n")
    assert json.loads(piped.stdout)["verdict"] == "match"


@pytest.mark.parametrize("args, words", [
    (("check-party", "x", "--country", "Germany"), "two-letter ISO code"),
    (("check-party", "x", "--kind", "ship"), "not a kind of party"),
    (("check-party",), "either a NAME or --batch FILE"),
])
def test_bad_arguments_are_one_line_and_exit_2(cli: Cli, args, words) -> None:
    assert cli("lists", "import", str(DATA / "ofac" / "sdn.csv")).returncode == EXIT_OK
    run = cli(*args)
    assert run.returncode == EXIT_BAD_INPUT
    assert len(run.stderr.strip().splitlines()) == 1 and words in run.stderr


def test_a_foreign_file_or_a_long_name_is_refused_in_one_line(cli: Cli) -> None:
    shop = cli.write("orders_export.csv", "Name,Email,Financial Status\n#1001,a@b.c,paid\n")
    run = cli("lists", "import", str(shop))
    assert run.returncode == EXIT_BAD_INPUT and len(run.stderr.strip().splitlines()) == 1
    assert "orders_export.csv" in run.stderr
    assert "No sanctions list" in cli("lists").stdout  # nothing stored
    assert cli("lists", "import", str(DATA / "ofac" / "sdn.csv")).returncode == EXIT_OK
    names = cli.write("long.txt", "Banco Nacional de Cuba\n" + "A" * 20_000 + "\n")
    run = cli("check-party", "--batch", str(names))
    assert run.returncode == EXIT_BAD_INPUT and run.stdout == ""
    assert "line 2" in run.stderr and "too long" in run.stderr


# -- reviewing a possible match once -------------------------------------------------------------
REVIEWER_PASS = "paper boats in April rain"


@pytest.fixture
def reviewing(tmp_path: Path) -> Cli:
    """A database with the OFAC excerpt, order SO-3001 for 'Banco Nacional Cubano SA' (ES)
    and two people: Anna (administrator) and Lea (staff)."""
    # late: the services load the ORM; only this fixture needs them in this file
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
    from reseller_app.services.orders import OrderService
    from reseller_app.services.passphrases import PassphraseHasher
    from reseller_app.services.people import NewPerson, PeopleService
    from reseller_app.services.sanctions_lists import import_list
    from reseller_app.services.setup import SetupService
    from reseller_app.services.startup import open_app
    from tests.conftest import stepping_clock
    from tests.services.conftest import sample_profile

    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
        import_list(ctx, DATA / "ofac" / "sdn.csv")
        catalog = CatalogService(ctx)
        bank = catalog.save_customer(Customer("Banco Nacional Cubano SA", "ES", "private",
                                              sector="finance"))
        laptop = catalog.save_product(Product("LT-14", "Business laptop", "Lenovo",
                                              "general_it"))
        OrderService(ctx).save(OrderDraft(
            reference="SO-3001", date=dt.date(2026, 11, 3), sales_model="assisted",
            customer_id=bank.id, end_user_id=None, destination_country="ES",
            intended_use="Laptops for the accounting team", use_cases=[],
            lines=[LineDraft(laptop.sku, laptop.name, laptop.category, 10, Decimal("900"),
                             laptop.id)]))
        people = PeopleService(ctx, hasher=PassphraseHasher(n=2**4))
        admin, _ = people.first_setup(
            NewPerson("Anna Weber", "anna@example.com", "violet kettle on the moon"),
            NewPerson("Jonas Berg", "jonas@example.com", "seven quiet harbour lamps"))
        people.add(admin, NewPerson("Lea Kim", "lea@example.com", REVIEWER_PASS, "staff"))
    finally:
        ctx.engine.dispose()
    return cli


REVIEW = ("lists", "review", "--order", "SO-3001", "--role", "customer", "--source", "ofac",
          "--entry", "306")


def _as_lea(cli: Cli, *args: str):
    return cli("--person", "lea@example.com", "--passphrase-stdin", *args,
               stdin=REVIEWER_PASS + "\n")


def test_a_review_from_the_command_line_is_recorded_and_listed(reviewing: Cli) -> None:
    assert "No possible match has been reviewed yet" in reviewing("lists", "reviews").stdout
    run = _as_lea(reviewing, *REVIEW, "--not-same", "--reason", "Other country, other bank")
    assert run.returncode == EXIT_OK, run.stderr
    assert run.stdout.startswith("Recorded: Banco Nacional Cubano SA (customer of order "
                                 "SO-3001) is not the listed party: ofac entry 306 BANCO "
                                 "NACIONAL DE CUBA")
    assert run.stdout.splitlines()[1] == "Order SO-3001 is now cleared to proceed."
    listed = reviewing("lists", "reviews")  # read-only: nobody signs in
    assert listed.returncode == EXIT_OK, listed.stderr
    (line,) = listed.stdout.splitlines()
    assert "order SO-3001 customer: 'Banco Nacional Cubano SA' (ES) not ofac 306 BANCO " \
           "NACIONAL DE CUBA; by Lea Kim (" in line and line.endswith(": Other country, other bank")
    verify = reviewing("verify-audit")
    assert verify.returncode == EXIT_OK and "Audit log OK" in verify.stdout


@pytest.mark.parametrize("args, words", [
    ((*REVIEW, "--reason", "x"), "say either --not-same"),
    ((*REVIEW, "--not-same", "--same", "--reason", "x"), "say either --not-same"),
    ((*REVIEW, "--not-same"), "--reason: say why"),
    ((*REVIEW, "--not-same", "--reason", "  "), "--reason: say why"),
    (("lists", "review", "--order", "SO-3001", "--not-same", "--reason", "x"),
     "--source LIST is missing"),
    (("lists", "review", "--order", "SO-9999", "--source", "ofac", "--entry", "306",
      "--not-same", "--reason", "x"), "no order with the reference SO-9999"),
    ((*REVIEW[:-1], "999999", "--not-same", "--reason", "x"),
     "Entry 999999 is not on the newest OFAC SDN list"),
    ((*REVIEW[:5], "buyer", *REVIEW[6:], "--not-same", "--reason", "x"),
     "buyer is not a party of an order"),
    ((*REVIEW[:5], "end_user", *REVIEW[6:], "--not-same", "--reason", "x"),
     "Order SO-3001 names no end user to review"),
])
def test_a_bad_review_is_one_line_exit_2_and_stores_nothing(reviewing: Cli, args, words) -> None:
    run = _as_lea(reviewing, *args)
    assert run.returncode == EXIT_BAD_INPUT, run.stdout
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert words in run.stderr
    assert "No possible match has been reviewed yet" in reviewing("lists", "reviews").stdout


def test_a_review_needs_someone_signed_in(reviewing: Cli) -> None:
    run = reviewing(*REVIEW, "--not-same", "--reason", "Other country", stdin="")
    assert run.returncode == EXIT_BAD_INPUT
    assert "changes the database, so say who you are" in run.stderr
def _settings(cli: Cli, urls: dict[str, str]) -> None:
    """Point the CLI's database at ``urls`` (as Settings would), before the command runs."""
    from reseller_app.services.settings import SettingsService
    from reseller_app.services.startup import open_app

    ctx = open_app(f"sqlite:///{cli.db}", actor="tester")
    try:
        SettingsService(ctx).save_lists_settings(urls, 30)
    finally:
        ctx.engine.dispose()


def test_lists_update_fetches_from_the_addresses_in_the_settings(cli: Cli) -> None:
    from tests.list_server import local_addresses, serve

    with serve(DATA) as server:
        _settings(cli, local_addresses(server))
        run = cli("lists", "update", "--only", "ofac,UN")
        assert run.returncode == EXIT_OK, run.stderr
        lines = run.stdout.splitlines()
        assert [line.split()[0] for line in lines[:2]] == ["ofac", "un"]
        assert "Imported OFAC SDN, published" in lines[0] and "7 entries" in lines[0]
        # New versions: everything checked again, in the one line `lists import` prints.
        assert lines[2:] == ["Checked again: 0 customers and 0 open orders checked again: no "
                             "sanctions result changed."]
        again = cli("lists", "update", "--only", "un")
    assert again.returncode == EXIT_OK and "imported already" in again.stdout
    assert "Checked again" not in again.stdout  # nothing new, nothing checked
    assert [line.split()[0] for line in cli("lists").stdout.splitlines()] == ["ofac", "un"]


def test_lists_update_checks_the_customers_and_orders_again_like_lists_import(cli: Cli
                                                                              ) -> None:
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer
    from reseller_app.services.startup import open_app
    from tests.list_server import local_addresses, serve

    ctx = open_app(f"sqlite:///{cli.db}")
    try:
        CatalogService(ctx).save_customer(Customer("Banco Nacional de Cuba", None, "unknown"))
    finally:
        ctx.engine.dispose()
    with serve(DATA) as server:
        _settings(cli, local_addresses(server))
        run = cli("lists", "update", "--only", "ofac")
    assert run.returncode == EXIT_OK, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Checked again: 1 customers and 0 open orders checked again: 1 new match.")
    assert cli("verify-audit").returncode == EXIT_OK


def test_lists_update_offline_says_so_per_list_and_exits_1(cli: Cli) -> None:
    from tests.list_server import offline_addresses

    _settings(cli, offline_addresses())
    run = cli("lists", "update")
    assert run.returncode == 1 and run.stderr == ""
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["ofac", "un", "eu", "uk"]
    assert all("Could not reach 127.0.0.1" in line and "stay in use" in line for line in lines)
    assert "No sanctions list" in cli("lists").stdout


def test_lists_update_with_an_unknown_list_is_bad_input(cli: Cli) -> None:
    run = cli("lists", "update", "--only", "ofac,interpol")
    assert run.returncode == EXIT_BAD_INPUT and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "ofac, un, eu, uk" in run.stderr
def test_a_new_list_version_checks_the_customers_again_and_says_what_changed(cli: Cli) -> None:
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer
    from reseller_app.services.startup import open_app

    first = cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml"))
    assert first.returncode == EXIT_OK, first.stderr
    assert first.stdout.splitlines()[-1] == (
        "Checked again: 0 customers and 0 open orders checked again: no sanctions result "
        "changed.")
    ctx = open_app(f"sqlite:///{cli.db}")
    try:
        CatalogService(ctx).save_customer(Customer("Banco Nacional de Cuba", None, "unknown"))
        CatalogService(ctx).save_customer(Customer("Müller Steuerberatung", "DE", "private"))
    finally:
        ctx.engine.dispose()
    run = cli("lists", "import", str(DATA / "ofac" / "sdn.csv"))
    assert run.returncode == EXIT_OK, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Checked again: 2 customers and 0 open orders checked again: 1 new match.")
    again = cli("lists", "import", str(DATA / "ofac" / "sdn.csv"))
    assert "Checked again" not in again.stdout  # the same file: nothing new, nothing checked
    assert cli("verify-audit").returncode == EXIT_OK
def test_screen_checks_the_parties_against_the_lists_of_an_existing_database(cli: Cli) -> None:
    order = {"reference": "SO-9", "customer": {"name": "BANCO NACIONAL DE CUBA", "country": "PA",
                                               "type": "private"},
             "destination_country": "PA", "intended_use": "Laptops for the accounting team",
             "lines": [{"sku": "LT-14", "category": "general_it", "quantity": 1}]}
    path = cli.write("order.json", order)
    before = json.loads(cli("screen", str(path)).stdout)  # no database yet: none is made
    assert "restricted_parties" not in before and not before["blocked"]
    assert not cli.db.exists()

    assert cli("lists", "import", str(DATA / "ofac" / "sdn.csv")).returncode == EXIT_OK
    run = cli("screen", str(path))
    assert run.returncode == EXIT_OK, run.stderr
    result = json.loads(run.stdout)
    assert result["blocked"] is True
    (finding,) = result["restricted_parties"]["findings"]
    assert (finding["source"], finding["entry_id"], finding["verdict"]) == \
        ("ofac", "306", "match")
    assert result["restricted_parties"]["lists"][0]["source"] == "ofac"
# -- bad input ------------------------------------------------------------------------------------
COUNTED = ("sanction_list", "sanction_entry", "audit_event", "record_stamp")
ARABIC = "صدام حسين التكريتي"  # Saddam Hussein's name as the UN excerpt writes it (IQi.001)


def stored(cli: Cli) -> dict[str, int]:
    con = sqlite3.connect(cli.db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


def one_line(run) -> str:
    assert run.returncode == EXIT_BAD_INPUT, (run.stdout, run.stderr)
    assert run.stdout == "" and "Traceback" not in run.stderr
    (line,) = run.stderr.strip().splitlines()
    return line


def _bad_files(tmp: Path) -> dict[str, Path]:
    """A broken or foreign file of each kind, by what is wrong with it."""
    files: dict[str, Path] = {}
    cut = tmp / "cut-ofac"
    shutil.copytree(DATA / "ofac", cut)
    sdn = (DATA / "ofac" / "sdn.csv").read_bytes()
    (cut / "sdn.csv").write_bytes(sdn[:sdn.index(b"\r\n") + 40])  # line 2 cut mid-row
    files["sdn.csv cut mid-row"] = cut / "sdn.csv"
    un = (DATA / "un-consolidated-excerpt.xml").read_bytes()
    files["UN cut mid-element"] = tmp / "consolidated.xml"
    files["UN cut mid-element"].write_bytes(un[:un.index(b"<FIRST_NAME>", 2000) + 5])
    files["Shopify CSV"] = tmp / "orders_export.csv"
    files["Shopify CSV"].write_bytes(b"Name,Email,Financial Status\n#1001,a@b.example,paid\n")
    files["PDF"] = tmp / "list.pdf"
    files["PDF"].write_bytes(b"%PDF-1.7\n%%EOF\n")
    files["zip"] = tmp / "sdn.zip"
    with zipfile.ZipFile(files["zip"], "w") as zf:
        zf.writestr("sdn.csv", sdn)
    files["empty"] = tmp / "empty.xml"
    files["empty"].write_bytes(b"")
    files["gigantic"] = tmp / "huge.xml"
    with files["gigantic"].open("wb") as fh:
        fh.truncate(LIMITS[InputKind.SANCTIONS_LIST] + 1)  # sparse: nothing large is written
    files["folder"] = tmp / "a-folder"
    files["folder"].mkdir()
    return files


def test_a_bad_list_file_is_one_line_exit_2_and_nothing_changes(cli: Cli) -> None:
    assert cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml")).returncode == EXIT_OK
    before = stored(cli)
    for what, path in _bad_files(cli.tmp).items():
        line = one_line(cli("lists", "import", str(path)))
        assert path.name in line, (what, line)
        assert stored(cli) == before, what
    assert "200 MB" in one_line(cli("lists", "import", str(cli.tmp / "huge.xml")))
    assert "line 2" in one_line(cli("lists", "import", str(cli.tmp / "cut-ofac" / "sdn.csv")))


def test_awkward_names_give_valid_json_or_one_line(cli: Cli) -> None:
    assert cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml")).returncode == EXIT_OK
    before = stored(cli)
    # Right-to-left text with its direction marks, and control characters: valid JSON, found.
    for name in (ARABIC, "\u202b" + ARABIC + "\u202c", "\u2067" + ARABIC + "\u2069",
                 "\u200f" + ARABIC.replace(" ", "\u200f ") + "\u200f",
                 "Saddam\x07 Hussein\x1b Al-Tikriti\x7f"):
        run = cli("check-party", name)
        assert run.returncode == EXIT_OK, run.stderr
        answer = json.loads(run.stdout)
        assert answer["query"] == name and answer["verdict"] != "clear", name
        assert answer["matches"][0]["entry_id"] == "IQi.001"
    # Where the output cannot take the characters: ASCII escapes, still the same JSON.
    cli.env["PYTHONIOENCODING"] = "ascii"
    run = cli("check-party", "\u202b" + ARABIC + "\u202c")
    assert run.returncode == EXIT_OK, run.stderr
    assert run.stdout.isascii() and json.loads(run.stdout)["query"] == "\u202b" + ARABIC + "\u202c"
    cli.env["PYTHONIOENCODING"] = "utf-8"
    # An empty NAME is refused; a blank line of a batch keeps its place, clear.
    assert "the name is empty" in one_line(cli("check-party", ""))
    assert "the name is empty" in one_line(cli("check-party", "  \t "))
    # A NAME of bytes that are not UTF-8 text.
    assert "not UTF-8" in one_line(cli("check-party", b"Saddam \xff Hussein"))
    # The longest argument Linux passes is 128 KiB: 100,000 characters on the command line,
    # 10 MB through a batch file and standard input.
    assert "100,000 characters is too long" in one_line(cli("check-party", "A" * 100_000))
    huge = "A" * (10 * 1024 * 1024)
    names = cli.write("huge.txt", "Saddam Hussein\n" + huge + "\n")
    assert "line 2: a name of 10,485,760 characters" in one_line(
        cli("check-party", "--batch", str(names)))
    assert "line 1: a name of 10,485,760" in one_line(cli("check-party", "--batch", "-",
                                                          stdin=huge))
    assert stored(cli) == before  # checking stores nothing


def test_a_batch_keeps_one_answer_per_line(cli: Cli) -> None:
    assert cli("lists", "import", str(DATA / "un-consolidated-excerpt.xml")).returncode == EXIT_OK
    # Separators that str.splitlines() would cut at, inside names; CRLF line ends; blank lines.
    names = ["Saddam\x0cHussein", "Banco\x1cNacional", "A\u2028B", "", ARABIC, "   "]
    path = cli.write("names.txt", ("\r\n".join(names) + "\r\n").encode())
    run = cli("check-party", "--batch", str(path))
    assert run.returncode == EXIT_OK, run.stderr
    answers = [json.loads(line) for line in run.stdout.split("\n") if line]
    assert [a["query"] for a in answers] == names
    assert [a["verdict"] for a in answers][3:] == ["clear", "match", "clear"]
    # A file that is not UTF-8: one line naming the file and the line.
    latin = cli.write("latin1.txt", "Müller GmbH\nSaddam Hussein\nJosé Núñez\n".encode("latin-1"))
    line = one_line(cli("check-party", "--batch", str(latin)))
    assert "latin1.txt, line 1: not UTF-8 text" in line


def test_check_party_uses_the_active_packs_threshold(cli: Cli) -> None:
    """As orders and customers: a pack with threshold 0.95 makes a 0.82 variant clear."""
    from reseller_app.services.packs import default_pack_bytes

    assert cli("lists", "import", str(DATA / "ofac" / "sdn.csv")).returncode == EXIT_OK
    variant = "Bancco Nacionall de Cuba SA"
    assert json.loads(cli("check-party", variant).stdout)["verdict"] == "possible_match"
    strict = json.loads(default_pack_bytes())
    strict["version"] = "2099.1.0"
    strict["restricted_parties"] = {"threshold": 0.95}
    pack = cli.write("strict-pack.json", json.dumps(strict))
    run = cli("packs", "import", str(pack))
    assert run.returncode == EXIT_OK, run.stderr
    assert json.loads(cli("check-party", variant).stdout)["verdict"] == "clear"
    # A name with nothing to check: refused in one line; in a batch its line is clear.
    assert "nothing to check" in one_line(cli("check-party", "..."))
    names = cli.write("dots.txt", "...\n" + variant + "\n")
    answers = [json.loads(x) for x in cli("check-party", "--batch", str(names)).stdout.splitlines()]
    assert [a["verdict"] for a in answers] == ["clear", "clear"]
