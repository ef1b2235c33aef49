"""``reseller-app lists``, ``lists import`` and ``check-party``, run as a script runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
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
