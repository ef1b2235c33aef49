"""Every reader of a file from outside the app, fed what hypothesis makes up.

An order JSON (``screen``), a criteria pack (``screen --pack`` and ``packs import``), a
decision file (``decision import``), a CSV export (``import-orders``) and a column mapping
(``import-orders --mapping``): whatever the file holds, the command ends in success or with
exit 2 and ONE line on stderr, never a traceback. The files are valid ones with a few values
replaced (by any JSON value, or by the kinds of trouble found before: 1,000 levels of nesting,
5,000-digit numbers, NUL and lone surrogates, quoted and fractional quantities, dates with a
time), or plain random bytes.

The commands run in this process through ``reseller_app.cli.main`` (tens of milliseconds a
run, where a subprocess takes a second); an exception escaping ``main`` is the traceback the
user would have seen. Bounded: the whole file runs in well under 30 seconds. To hunt longer,
multiply the examples: ``FUZZ_SCALE=50 python -m pytest tests/cli/test_fuzz_readers.py``.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from reseller_app.services.packs import default_pack_bytes

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from .test_cli import EXAMPLE, GOOD, HEADER

SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=40 * SCALE, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


# -- running the command line in this process ---------------------------------------------------
def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


# The words of Python and of pydantic, not the user's: a message holding them was not worded.
VALIDATOR_WORDS = ("Traceback", "Input should be", "Field required", "Extra inputs are not",
                   "Datetimes provided", "Value error,")


def assert_clean(result: tuple[int, str, str], *, ok: tuple[int, ...] = (EXIT_OK,)) -> None:
    """Success (one of ``ok``, nothing on stderr) or bad input: exit 2 with one line."""
    code, _, err = result
    event(f"exit {code}")  # how far the examples get: --hypothesis-show-statistics
    if code == EXIT_BAD_INPUT:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("reseller-app: "), err
        assert not any(words in err for words in VALIDATOR_WORDS), err
    else:
        assert code in ok and err == "", (code, err)


# -- what goes into the files -----------------------------------------------------------------
# Raw JSON text put in place of a value: each crashed a reader, or slipped through, once.
TROUBLE = [
    "[" * 1000 + "]" * 1000, '{"a":' * 100 + "1" + "}" * 100, "9" * 5000, "-" + "9" * 25,
    "1e999", "-1e999", "NaN", "Infinity", '"\\ud800"', '"a\\u0000b"', '"\\udfff\\ud800"',
    '"' + "x" * 70_000 + '"', "40.0", '"40"', "2.5", "true", "0", "-1", "[]", "{}", '""',
    '"  "', "null", '"2026-11-02T10:00:00"', '"2026-02-30"', '"26/11/2026"', "1700000000",
]
_MARK = "\x1f__TROUBLE_{}__\x1f"

scalars = (st.none() | st.booleans() | st.integers(-(10**22), 10**22)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``data`` a value can be replaced (and a new key added beside); not the
    whole document (random bytes stand for that)."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        found.append((*prefix, "unexpected"))
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += paths(value, (*prefix, i))
    return found


def replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    data = copy.copy(data)
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        data[head] = replaced(data.get(head), rest, value)
    elif isinstance(data, list) and isinstance(head, int) and head < len(data):
        data[head] = replaced(data[head], rest, value)
    return data


@st.composite
def documents(draw: st.DrawFn, base: Any, places: list[tuple[Any, ...]]) -> bytes:
    """``base`` with up to three values replaced, as bytes; or bytes of any kind."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=300))
    data, troubles = base, []
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(places))
        if draw(st.booleans()):
            troubles.append(draw(st.sampled_from(TROUBLE)))
            data = replaced(data, path, _MARK.format(len(troubles) - 1))
        else:
            data = replaced(data, path, draw(values))
    text = json.dumps(data, ensure_ascii=False)
    for i, raw in enumerate(troubles):
        text = text.replace(json.dumps(_MARK.format(i), ensure_ascii=False), raw)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(encoding, "surrogatepass")


# -- the files and the database ---------------------------------------------------------------
ORDER = copy.deepcopy(EXAMPLE)
PACK = json.loads(default_pack_bytes())
# Every place in an order; a sample of the pack's thousands (its structure, not every country).
ORDER_PLACES = paths(ORDER)
PACK_PLACES = [p for p in paths(PACK) if not (len(p) > 2 and p[:2] == ("geography",
                                                                        "countries"))][::3]
PACK_PLACES += [("geography", "countries", "DE"), ("geography", "countries", "DE", "level"),
                ("version",), ("id",)]
MAPPING = {"reference": "Order No", "date": "Date", "customer_name": "Company",
           "customer_country": "Country", "customer_type": "Type", "destination_country":
           "Ship to", "intended_use": "Purpose", "sku": "SKU", "category": "Category",
           "quantity": "Qty", "unit_price": "Price", "sales_model": "Channel"}


def prepare_template(folder: Path) -> tuple[Path, dict[str, Any]]:
    """A database with the company, a held camera order and its escalation packet, saved to
    send another way (so a decision file can answer it); and a valid decision for it."""
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
    from reseller_app.services.escalation import EscalationService
    from reseller_app.services.orders import OrderService
    from reseller_app.services.setup import SetupService
    from reseller_app.services.startup import open_app

    db = folder / "template.sqlite3"
    ctx = open_app(f"sqlite:///{db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
        cat = CatalogService(ctx)
        police = cat.save_customer(Customer("Policía Regional", "VE", "government",
                                            government_function="law_enforcement"))
        cam = cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                       "video_surveillance"))
        import datetime as dt

        view = OrderService(ctx).save(OrderDraft(
            "SO-2001", dt.date(2026, 11, 2), "assisted", police.id, None, "VE",
            "Traffic monitoring at city junctions", [],
            [LineDraft(cam.sku, cam.name, cam.category, 40, Decimal("310"), cam.id)]))
        escalation = EscalationService(ctx)
        packet = escalation.build(view.id, recommendation="no_recommendation",
                                  recommendation_text="Please decide.")
        escalation.save_zip(packet.id, folder)
    finally:
        ctx.engine.dispose()
    decision = {"format": "channel-diligence-decision/1", "packet_id": packet.id,
                "manifest_sha256": packet.manifest_sha256,
                "outcome": "approved_with_conditions", "conditions": ["No face matching"],
                "reference": "TD-2026-118", "answered_on": "2026-11-04",
                "person": "Dana Ruiz", "organisation": "TechDistri Europe"}
    return db, decision


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    return prepare_template(tmp_path_factory.mktemp("fuzz"))


def database(template: tuple[Path, dict[str, Any]], folder: Path, name: str) -> str:
    """A copy of the template database of its own, for one reader's examples."""
    db = folder / f"{name}.sqlite3"
    if not db.exists():
        shutil.copyfile(template[0], db)
    return str(db)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("files")


# -- the readers ------------------------------------------------------------------------------
@FUZZ
@given(raw=documents(ORDER, ORDER_PLACES))
def test_an_order_file_is_screened_or_refused_in_one_line(folder: Path, raw: bytes) -> None:
    path = folder / "order.json"
    path.write_bytes(raw)
    assert_clean(run("screen", str(path)))


@FUZZ
@given(raw=documents(PACK, PACK_PLACES))
def test_a_pack_file_screens_or_is_refused_in_one_line(folder: Path, raw: bytes) -> None:
    order = folder / "example-order.json"
    order.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    path = folder / "pack.json"
    path.write_bytes(raw)
    assert_clean(run("screen", str(order), "--pack", str(path)))


@settings(FUZZ, max_examples=25 * SCALE)
@given(raw=documents(PACK, PACK_PLACES), new_version=st.booleans())
def test_a_pack_import_succeeds_or_is_refused_in_one_line(
        template: tuple[Path, dict[str, Any]], folder: Path, raw: bytes,
        new_version: bool) -> None:
    db = database(template, folder, "packs")
    if new_version:  # so that a valid change is imported rather than refused as a clash
        try:
            data = json.loads(raw)
            data["version"] = f"{data['version']}-fuzz-{len(raw)}"
            raw = json.dumps(data).encode()
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            pass
    path = folder / "import-pack.json"
    path.write_bytes(raw)
    assert_clean(run("--db", db, "packs", "import", str(path)))


@settings(FUZZ, max_examples=40 * SCALE)
@given(data=st.data())
def test_a_decision_file_is_recorded_or_refused_in_one_line(
        template: tuple[Path, dict[str, Any]], folder: Path, data: st.DataObject) -> None:
    decision = template[1]
    raw = data.draw(documents(decision, paths(decision)))
    db = database(template, folder, "decisions")
    path = folder / "decision.json"
    path.write_bytes(raw)
    assert_clean(run("--db", db, "decision", "import", str(path)))


@FUZZ
@given(raw=documents(MAPPING, paths(MAPPING)))
def test_a_mapping_file_imports_or_is_refused_in_one_line(
        template: tuple[Path, dict[str, Any]], folder: Path, raw: bytes) -> None:
    db = database(template, folder, "mappings")
    orders = folder / "mapped.csv"
    if not orders.exists():
        with orders.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([HEADER, *GOOD])
    path = folder / "mapping.json"
    path.write_bytes(raw)
    # Exit 1: some rows were refused, each reported on stdout (already imported ones too).
    assert_clean(run("--db", db, "import-orders", str(orders), "--mapping", str(path)),
                 ok=(EXIT_OK, EXIT_FAILED))


CELL_TROUBLE = ["", " ", "0", "-1", "40.0", "4e1", "9" * 5000, "NaN", "2026-11-02T10:00:00",
                "31/02/2026", "x" * 140_000, '"', "\x00", "\r", "\n", ";", "ZZ", "xk",
                "self_service", "=1+1", "\ufeff"]
cells = st.text(max_size=15) | st.sampled_from(CELL_TROUBLE)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """The good rows with some cells (or the header's) replaced, in an encoding and dialect
    a spreadsheet may use; or bytes of any kind."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=400))
    rows = [list(HEADER), *(list(r) for r in GOOD)]
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        rows[row][draw(st.integers(0, len(HEADER) - 1))] = draw(cells)
    if draw(st.booleans()):
        rows.append(draw(st.lists(cells, max_size=len(HEADER) + 2)))
    buf = io.StringIO()
    csv.writer(buf, delimiter=draw(st.sampled_from([",", ";", "\t"]))).writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return buf.getvalue().encode(encoding, "replace")


@settings(FUZZ, max_examples=50 * SCALE)
@given(raw=csv_files())
def test_a_csv_file_imports_or_is_refused_in_one_line(
        template: tuple[Path, dict[str, Any]], folder: Path, raw: bytes) -> None:
    db = database(template, folder, "csv")
    path = folder / "orders.csv"
    path.write_bytes(raw)
    assert_clean(run("--db", db, "import-orders", str(path)), ok=(EXIT_OK, EXIT_FAILED))
