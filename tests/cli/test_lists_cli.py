"""``reseller-app lists``, ``lists import`` and ``check-party``, run as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
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
