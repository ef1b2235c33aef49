"""The files that crashed the commands, and a 2 GB file picked by
mistake, are refused with exit 2 and one line; the size is checked before anything is read.

In this process, through ``reseller_app.cli.main`` (see ``test_fuzz_readers``).
"""

from __future__ import annotations

import copy
import csv
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.services.input_files import LIMITS, InputKind, size_words

from .test_cli import EXAMPLE, GOOD, HEADER
from .test_fuzz_readers import MAPPING, PACK, database, prepare_template, run

TWO_GB = 2 * 1024**3
DEEP = "[" * 1000 + "]" * 1000
LONG = "9" * 5000


def one_line(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == EXIT_BAD_INPUT, (code, out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Good files of every kind, a database, and a way to run each reader on a given file."""
    folder = tmp_path_factory.mktemp("limits")
    template = prepare_template(folder)
    order = folder / "good-order.json"
    order.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    orders = folder / "good.csv"
    with orders.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *GOOD])
    db = database(template, folder, "limits")
    readers: dict[str, Callable[[Path], tuple[int, str, str]]] = {
        "order": lambda p: run("screen", str(p)),
        "pack": lambda p: run("screen", str(order), "--pack", str(p)),
        "pack import": lambda p: run("--db", db, "packs", "import", str(p)),
        "decision": lambda p: run("--db", db, "decision", "import", str(p)),
        "mapping": lambda p: run("--db", db, "import-orders", str(orders), "--mapping",
                                 str(p)),
        "csv": lambda p: run("--db", db, "import-orders", str(p)),
    }
    return {"readers": readers, "decision": template[1], "folder": folder}


JSON_READERS = ["order", "pack", "pack import", "decision", "mapping"]


@pytest.mark.parametrize("reader", JSON_READERS)
def test_json_nested_1000_levels_deep_is_refused_in_one_line(files, reader):
    path = files["folder"] / "deep.json"
    path.write_text(DEEP, encoding="utf-8")
    line = one_line(files["readers"][reader](path))
    assert "nests its data more than 64 levels deep" in line


@pytest.mark.parametrize("reader", JSON_READERS)
def test_deep_nesting_inside_a_valid_file_is_refused_in_one_line(files, reader):
    doc = {"order": copy.deepcopy(EXAMPLE), "pack": copy.deepcopy(PACK),
           "pack import": copy.deepcopy(PACK), "decision": dict(files["decision"]),
           "mapping": dict(MAPPING)}[reader]
    text = json.dumps({**doc, "deep": "DEEP"}).replace('"DEEP"', DEEP)
    path = files["folder"] / "deep-inside.json"
    path.write_text(text, encoding="utf-8")
    assert "more than 64 levels deep" in one_line(files["readers"][reader](path))


@pytest.mark.parametrize(("reader", "place"), [
    ("order", "lines[0].quantity"), ("pack", "followup_days"),
    ("pack import", "followup_days"), ("decision", "person"), ("mapping", "reference"),
])
def test_a_5000_digit_integer_is_refused_in_one_line_naming_its_place(files, reader, place):
    if reader == "order":
        doc: Any = copy.deepcopy(EXAMPLE)
        doc["lines"][0]["quantity"] = "LONG"
    else:
        doc = {"pack": copy.deepcopy(PACK), "pack import": copy.deepcopy(PACK),
               "decision": dict(files["decision"]), "mapping": dict(MAPPING)}[reader]
        doc[place] = "LONG"
    path = files["folder"] / "long.json"
    path.write_text(json.dumps(doc).replace('"LONG"', LONG), encoding="utf-8")
    line = one_line(files["readers"][reader](path))
    assert f"{place}: is a number of 5,000 digits" in line


def _bytes_read() -> int:
    """Bytes this process has read so far (Linux: /proc/self/io)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts reads on Linux only")
@pytest.mark.parametrize(("reader", "kind"), [
    ("order", InputKind.ORDER), ("pack", InputKind.PACK), ("pack import", InputKind.PACK),
    ("decision", InputKind.DECISION), ("mapping", InputKind.MAPPING), ("csv", InputKind.CSV),
])
def test_a_2_gb_file_is_refused_without_reading_it(files, reader, kind):
    path = files["folder"] / "video.mp4"
    with path.open("wb") as fh:  # sparse: takes no room on the disk
        fh.truncate(TWO_GB)
    try:
        before = _bytes_read()
        line = one_line(files["readers"][reader](path))
        read = _bytes_read() - before
    finally:
        path.unlink()
    assert f"video.mp4 is 2 GB, more than such a file ever is (at most " \
           f"{size_words(LIMITS[kind])})" in line
    assert read < 64 * 1024 * 1024  # the database and the bundled pack, not the file


def test_a_stream_without_a_size_is_read_only_up_to_the_limit(files):
    """``/dev/zero`` has no size to check first: it is read up to the limit, then refused."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    line = one_line(files["readers"]["order"](Path("/dev/zero")))
    assert "zero holds more than 5 MB" in line


# -- points 16 and 17: the messages name the field as the file does -----------------------------
@pytest.mark.parametrize(("change", "message"), [
    ({"customer": "ACME"}, 'customer: must be a group of named fields in braces'),
    ({"date": "2026-11-02T10:00:00"}, "date: must be a date written YYYY-MM-DD, such as "
                                      "2026-11-02"),
    ({"lines": [{"sku": "CAM-4K", "quantity": "40"}]},
     "lines[0].quantity: must be a whole number such as 40, written without quotes or a "
     "decimal point"),
    ({"lines": [{"sku": "CAM-4K", "quantity": 1}, {"sku": "X", "quantity": 3.0}]},
     "lines[1].quantity: must be a whole number such as 40"),
])
def test_screen_words_a_bad_field_as_the_file_names_it(files, change, message):
    path = files["folder"] / "order.json"
    path.write_text(json.dumps({**EXAMPLE, **change}), encoding="utf-8")
    assert one_line(files["readers"]["order"](path)).startswith(f"reseller-app: {message}")


def test_a_quantity_written_as_a_number_is_screened(files):
    path = files["folder"] / "order.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    code, out, err = files["readers"]["order"](path)
    assert code == EXIT_OK and err == "" and json.loads(out)["tier"]


def test_a_pack_with_a_wrong_type_names_the_place_in_words(files):
    pack = copy.deepcopy(PACK)
    pack["red_flags"][2]["gap"] = "three"
    path = files["folder"] / "pack.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    line = one_line(files["readers"]["pack"](path))
    assert line == "reseller-app: pack: The pack is invalid at red_flags[2].gap: must be a " \
                   "whole number such as 40, written without quotes or a decimal point"


def test_a_pack_phrase_without_words_is_refused_not_a_traceback(files):
    """Found by the fuzz test: the screening cannot search for a phrase of no words."""
    pack = copy.deepcopy(PACK)
    pack["red_flags"][0]["phrases"]["en"].append(" - ")
    path = files["folder"] / "pack.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    line = one_line(files["readers"]["pack"](path))
    assert f"red_flags.{pack['red_flags'][0]['id']} has a phrase without words: ' - '" in line
