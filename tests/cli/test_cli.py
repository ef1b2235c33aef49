"""The command-line contract, run as the user runs it: ``python -m reseller_app`` in a process.

Every run gets its own HOME / XDG folders under tmp_path and an explicit ``--db``, so nothing
touches the user's data.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.services.packs import default_pack_bytes

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO / "resources" / "schemas" / "order-v1.schema.json"

# The example of the README ("Order JSON (v1)").
EXAMPLE = {
    "reference": "SO-1042",
    "date": "2026-11-02",
    "sales_model": "assisted",
    "customer": {"name": "Policía Regional", "country": "VE", "type": "government",
                 "sector": "public_administration", "government_function": "law_enforcement"},
    "end_user": {"name": "...", "country": "VE", "type": "government"},
    "destination_country": "VE",
    "intended_use": "Traffic monitoring at city junctions",
    "use_cases": ["public_space_surveillance"],
    "lines": [{"sku": "CAM-4K", "description": "4K IP camera", "category": "video_surveillance",
               "quantity": 40, "unit_price": 310}],
    "currency": "EUR",
}
LAPTOPS = {
    "reference": "SO-7", "sales_model": "assisted",
    "customer": {"name": "Müller Steuerberatung", "country": "DE", "type": "private",
                 "sector": "finance"},
    "destination_country": "DE", "intended_use": "Laptops for the accounting team",
    "lines": [{"sku": "LT-14", "category": "general_it", "quantity": 10, "unit_price": "900"}],
}


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.db = tmp_path / "cli.sqlite3"
        home = tmp_path / "home"
        home.mkdir(exist_ok=True)
        self.env = {k: v for k, v in os.environ.items() if k != "CHANNEL_DILIGENCE_DB"}
        self.env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                        XDG_CONFIG_HOME=str(home / "config"),
                        XDG_CACHE_HOME=str(home / "cache"), PYTHONIOENCODING="utf-8")

    def __call__(self, *args: str, db: bool = True,
                 stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "reseller_app"]
        if db:
            argv += ["--db", str(self.db)]
        return subprocess.run(argv + list(args), capture_output=True, text=True,
                              encoding="utf-8", env=self.env, cwd=self.tmp, input=stdin,
                              timeout=120)

    def write(self, name: str, content: str | bytes | dict) -> Path:
        path = self.tmp / name
        if isinstance(content, dict):
            content = json.dumps(content, ensure_ascii=False)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert proc.stdout == ""
    return lines[0]


def test_version(cli):
    from reseller_app import __version__

    proc = cli("--version", db=False)
    assert proc.returncode == EXIT_OK
    assert proc.stdout.strip() == f"reseller-app {__version__}"


# -- screen -------------------------------------------------------------------------------------
def test_screen_prints_the_documented_json(cli):
    proc = cli("screen", str(cli.write("order.json", EXAMPLE)), db=False)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stderr == ""
    result = json.loads(proc.stdout)
    assert {"tier", "hold", "blocked", "flags", "missing", "next_steps", "pack", "summary",
            "checklist", "factors", "rules"} <= set(result)
    assert result["tier"] == "high" and result["hold"] is True and result["blocked"] is False
    # The end user is a government body whose function the example does not say.
    assert result["missing"] == ["government_function"] and result["next_steps"]
    assert result["flags"]
    for flag in result["flags"]:
        assert {"factor", "criterion", "severity", "reason"} <= set(flag)
        assert flag["factor"] in {"product", "customer", "geography", "missing"}
        assert flag["severity"] in {"standard", "elevated", "high", "prohibited"}
        assert flag["reason"].strip()
    assert "category.video_surveillance" in [f["criterion"] for f in result["flags"]]
    pack = result["pack"]
    assert set(pack) >= {"id", "version", "sha256"}
    assert pack["id"] == "channel-diligence-default" and len(pack["sha256"]) == 64
    assert not (cli.tmp / "home" / "data").exists()  # screen needs no database


def test_screen_reads_stdin_and_reports_missing_information(cli):
    order = {"lines": [{"category": "video_surveillance"}]}
    proc = cli("screen", "-", db=False, stdin=json.dumps(order))
    assert proc.returncode == EXIT_OK, proc.stderr
    result = json.loads(proc.stdout)
    assert result["missing"] and result["tier"] != "low"
    assert any(f["factor"] == "missing" for f in result["flags"])


def mutate(change) -> str:
    order = copy.deepcopy(EXAMPLE)
    change(order)
    return json.dumps(order)


@pytest.mark.parametrize(("content", "field"), [
    ('{"reference": "SO-1", ', "order.json"),  # malformed JSON names the file
    ("[1, 2]", "order.json"),
    (mutate(lambda o: o.update(destination_country="ZZ")), "destination_country"),
    (mutate(lambda o: o["customer"].update(country="ZZ")), "customer.country"),
    (mutate(lambda o: o["end_user"].update(country="Narnia")), "end_user.country"),
    (mutate(lambda o: o["lines"][0].update(quantity=0)), "lines[0].quantity"),
    (mutate(lambda o: o["lines"][0].update(quantity=-3)), "lines[0].quantity"),
    (mutate(lambda o: o["lines"][0].update(quantity=1.5)), "lines[0].quantity"),
    (mutate(lambda o: o["lines"][0].update(quantity=True)), "lines[0].quantity"),
    (mutate(lambda o: o.update(sales_model="x")), "sales_model"),
    (mutate(lambda o: o.update(date="2026-13-01")), "date"),
])
def test_screen_bad_input_is_one_line_naming_the_field(cli, content, field):
    proc = cli("screen", str(cli.write("order.json", content)), db=False)
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert line.startswith(f"reseller-app: {field}:"), line


def test_screen_a_missing_file(cli):
    proc = cli("screen", "nowhere.json", db=False)
    assert proc.returncode == EXIT_BAD_INPUT
    assert "nowhere.json" in one_line_error(proc)


def test_screen_with_another_pack(cli):
    pack = json.loads(default_pack_bytes())
    pack["id"], pack["version"] = "distributor-pack", "2027.1.0"
    # This distributor treats video surveillance as everyday IT.
    pack["vocabulary"]["product_categories"] = [
        {**c, "level": "standard"} if c["id"] == "video_surveillance" else c
        for c in pack["vocabulary"]["product_categories"]]
    order = {"customer": {"name": "Acme", "country": "DE", "type": "private"},
             "destination_country": "DE", "intended_use": "Shop entrance",
             "lines": [{"category": "video_surveillance", "quantity": 1}]}
    order_file = cli.write("order.json", order)
    default = json.loads(cli("screen", str(order_file), db=False).stdout)
    proc = cli("screen", str(order_file), "--pack", str(cli.write("p.json", pack)), db=False)
    assert proc.returncode == EXIT_OK, proc.stderr
    other = json.loads(proc.stdout)
    assert other["pack"]["id"] == "distributor-pack" and other["pack"]["version"] == "2027.1.0"
    assert other["pack"]["sha256"] != default["pack"]["sha256"]
    assert default["tier"] == "elevated" and other["tier"] == "low"


@pytest.mark.parametrize("content", [
    "not json",
    '{"format": "channel-diligence-pack/1", "id": "x"}',
    '{"id": 1}',
])
def test_a_broken_pack_gives_a_clear_error(cli, content):
    order_file = cli.write("order.json", EXAMPLE)
    proc = cli("screen", str(order_file), "--pack", str(cli.write("bad-pack.json", content)),
               db=False)
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert line.startswith("reseller-app: pack:") and "Traceback" not in proc.stderr

    proc = cli("packs", "import", str(cli.tmp / "bad-pack.json"))
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc).startswith("reseller-app: pack:")


def test_packs_list_and_import(cli):
    proc = cli("packs", "list")
    assert proc.returncode == EXIT_OK
    assert proc.stdout.startswith("* channel-diligence-default ")
    pack = json.loads(default_pack_bytes())
    pack["version"] = "2027.1.0"
    pack["vocabulary"]["product_categories"] = [
        {**c, "level": "standard"} if c["id"] == "video_surveillance" else c
        for c in pack["vocabulary"]["product_categories"]]
    proc = cli("packs", "import", str(cli.write("new.json", pack)))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "2027.1.0" in proc.stdout and "active" in proc.stdout
    # What changed, as the pack import dialog shows it.
    lines = proc.stdout.splitlines()
    assert lines[1] == "1 change compared with the pack that was in use:"
    assert lines[2].startswith("  Product categories: video_surveillance changed (")
    assert lines[2].endswith("-> standard)")
    # another pack in use: the catalog customers and open orders are checked again
    assert lines[-1].startswith("Checked again: 0 customers and 0 open orders checked again")
    listed = cli("packs", "list").stdout.splitlines()
    assert len(listed) == 2
    assert listed[0].startswith("  channel-diligence-default 2026")
    assert listed[1].startswith("* channel-diligence-default 2027.1.0")


# -- the order JSON schema ----------------------------------------------------------------------
def test_the_examples_follow_the_order_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for good in (EXAMPLE, LAPTOPS, {}, {"lines": [{"category": "drones"}]},
                 {"customer": {"name": "X", "country": "XK"}, "unknown_field": 1}):
        assert not list(validator.iter_errors(good)), good
    # What the parser refuses, the schema refuses too.
    for change in (lambda o: o.update(destination_country="ZZ"),
                   lambda o: o["lines"][0].update(quantity=0),
                   lambda o: o["lines"][0].update(quantity=1.5),
                   lambda o: o.update(sales_model="x"),
                   lambda o: o["customer"].update(country="Narnia")):
        assert list(validator.iter_errors(json.loads(mutate(change))))


# -- commands on a database ---------------------------------------------------------------------
HEADER = ["Order No", "Date", "Company", "Country", "Type", "Function", "Ship to", "Purpose",
          "SKU", "Category", "Qty", "Price", "Channel"]
GOOD = [
    ["W-1", "2026-11-02", "Acme GmbH", "DE", "private", "", "DE", "Office laptops", "LT-1",
     "general_it", "3", "900", "assisted"],
    ["W-2", "2026-11-03", "Policía Regional", "VE", "government", "law_enforcement", "VE",
     "Traffic monitoring", "CAM-4K", "video_surveillance", "40", "310", "assisted"],
]
BAD = ["W-3", "2026-11-04", "Bad Row Ltd", "Narnia", "private", "", "DE", "x", "LT-1",
       "general_it", "1", "900", "assisted"]


def write_csv(path: Path, rows, header=HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def references(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT reference FROM orders ORDER BY reference")]
    finally:
        con.close()


def test_import_orders(cli):
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", GOOD)))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Imported 2 orders from shop.csv: 1 on hold, 0 blocked." in proc.stdout
    assert references(cli.db) == ["W-1", "W-2"]
    assert cli("verify-audit").returncode == EXIT_OK
    proc = cli("import-orders", str(write_csv(cli.tmp / "one.csv",
                                              [["W-9", *GOOD[0][1:]]])))
    assert "Imported 1 order from one.csv: 0 on hold, 0 blocked." in proc.stdout


def test_import_orders_with_a_bad_row(cli):
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", [*GOOD, BAD])))
    # The good orders are stored, the bad row is named with its line and reason, exit 1.
    assert proc.returncode == EXIT_FAILED
    assert "row 4:" in proc.stdout and "Narnia" in proc.stdout
    assert "1 row was not imported." in proc.stdout
    assert references(cli.db) == ["W-1", "W-2"]


def test_import_orders_leaves_out_a_whole_order_with_a_bad_line(cli):
    bad_line = [*GOOD[0][:10], "0", *GOOD[0][11:]]  # a second line of W-1 with quantity 0
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", [GOOD[0], bad_line])))
    assert proc.returncode == EXIT_FAILED
    assert "row 3:" in proc.stdout and "row 2:" in proc.stdout
    assert "Nothing was imported from shop.csv" in proc.stdout
    assert references(cli.db) == []


def test_import_orders_with_a_mapping_file(cli):
    header = ["Auftrag", "Kunde", "Art", "Land", "Zweck", "Artikel", "Kategorie", "Menge"]
    rows = [["A-1", "Acme GmbH", "private", "DE", "Office laptops", "LT-1", "general_it", "2"]]
    csv_file = write_csv(cli.tmp / "erp.csv", rows, header)
    mapping = {"reference": "Auftrag", "customer_name": "Kunde", "customer_type": "Art",
               "customer_country": "Land",
               "destination_country": "Land", "intended_use": "Zweck", "sku": "Artikel",
               "category": "Kategorie", "quantity": "Menge"}
    proc = cli("import-orders", str(csv_file), "--mapping",
               str(cli.write("mapping.json", mapping)))
    assert proc.returncode == EXIT_OK, proc.stderr
    con = sqlite3.connect(cli.db)
    try:
        row = con.execute("SELECT reference, customer_name, destination_country, intended_use,"
                          " tier FROM orders").fetchall()
        qty = con.execute("SELECT quantity FROM order_line").fetchall()
    finally:
        con.close()
    assert row == [("A-1", "Acme GmbH", "DE", "Office laptops", "low")]
    assert qty == [(2,)]


@pytest.mark.parametrize(("mapping", "words"), [
    ('{"reference": "No such column"}', "No such column"),
    ("[1]", "JSON object"),
    ("{not json", "not valid JSON"),
    ('{"sku": "Artikel"}', "reference"),
])
def test_import_orders_with_a_bad_mapping(cli, mapping, words):
    csv_file = write_csv(cli.tmp / "erp.csv", [["A-1", "LT-1"]], ["Auftrag", "Artikel"])
    proc = cli("import-orders", str(csv_file), "--mapping", str(cli.write("m.json", mapping)))
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert words in line
    assert references(cli.db) == []


def test_import_orders_of_a_missing_file(cli):
    proc = cli("import-orders", "nowhere.csv")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "cannot be read" in one_line_error(proc)


SHOPS = REPO / "tests" / "fixtures" / "shops"


def test_import_orders_of_a_shopify_export_with_a_default_customer_type(cli):
    proc = cli("import-orders", str(SHOPS / "shopify-orders.csv"), "--customer-type",
               "individual")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Imported 2 orders from shopify-orders.csv" in proc.stdout
    con = sqlite3.connect(cli.db)
    try:
        rows = con.execute("SELECT reference, order_date, customer_name FROM orders "
                           "ORDER BY reference").fetchall()
    finally:
        con.close()
    assert rows == [("#1001", "2026-02-11", "Acme GmbH"), ("#1002", "2026-02-12", "Jeanne Martin")]


def test_import_orders_with_a_preset_named_on_the_command_line(cli):
    proc = cli("import-orders", str(SHOPS / "woocommerce-orders.csv"), "--mapping",
               "woocommerce")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert references(cli.db) == ["4711", "4712"]


def sales_models(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT reference, sales_model FROM orders"))
    finally:
        con.close()


@pytest.mark.parametrize(("file", "args", "shop"), [
    ("shopify-orders.csv", (), "Shopify"),
    ("woocommerce-orders.csv", ("--mapping", "woocommerce"), "WooCommerce"),
])
def test_import_orders_of_a_shop_export_takes_its_orders_as_self_service(cli, file, args, shop):
    # No company profile: the usual sales model would be sales-assisted. The shop's orders
    # are elevated (no customer type, no category): held for a salesperson as self-service.
    proc = cli("import-orders", str(SHOPS / file), *args)
    assert proc.returncode == EXIT_OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f"Imported 2 orders from {file}: 2 on hold, 0 blocked."
    assert lines[1:] == [f"Orders without a sales model were taken as self-service ({shop} "
                         "export); give --sales-model assisted if a salesperson took them."]
    assert set(sales_models(cli.db).values()) == {"self_service"}


def test_import_orders_with_a_sales_model(cli):
    proc = cli("import-orders", str(SHOPS / "shopify-orders.csv"), "--sales-model", "assisted")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.splitlines() == [
        "Imported 2 orders from shopify-orders.csv: 0 on hold, 0 blocked."]
    assert set(sales_models(cli.db).values()) == {"assisted"}
    # A file's own sales model wins over the option, row by row.
    rows = [GOOD[0], ["W-5", *GOOD[0][1:-1], ""]]
    proc = cli("import-orders", str(write_csv(cli.tmp / "erp.csv", rows)), "--sales-model",
               "self_service")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "taken as" not in proc.stdout
    models = sales_models(cli.db)
    assert (models["W-1"], models["W-5"]) == ("assisted", "self_service")


def test_import_orders_with_a_sales_model_that_is_none(cli):
    proc = cli("import-orders", str(SHOPS / "shopify-orders.csv"), "--sales-model", "webshop")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == (
        "reseller-app: --sales-model: 'webshop' is no sales model: an order taken by a "
        "salesperson is 'assisted', one placed in a webshop 'self_service'.")
    assert not cli.db.exists() or references(cli.db) == []


@pytest.mark.parametrize(("args", "words"), [
    ((), "give --date-order dmy (day first) or --date-order mdy (month first)"),
    (("--date-order", "ymd"), "invalid choice: 'ymd'"),
    (("--customer-type", "consumer"), "--customer-type: 'consumer' is not a customer type"),
])
def test_import_orders_names_the_option_to_give(cli, args, words):
    rows = [["W-1", "02/11/2026", *GOOD[0][2:]], ["W-2", "03/11/2026", *GOOD[1][2:]]]
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", rows)), *args)
    assert proc.returncode == EXIT_BAD_INPUT
    assert words in proc.stderr.splitlines()[-1]
    assert not cli.db.exists() or references(cli.db) == []  # argparse stops before the db
    if args and args[0] == "--customer-type":
        assert "individual" in one_line_error(proc)


def test_import_orders_with_ambiguous_dates_and_a_date_order(cli):
    rows = [["W-1", "02/11/2026", *GOOD[0][2:]], ["W-2", "03/11/2026", *GOOD[1][2:]]]
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", rows)), "--date-order",
               "mdy")
    assert proc.returncode == EXIT_OK, proc.stderr
    con = sqlite3.connect(cli.db)
    try:
        assert con.execute("SELECT order_date FROM orders ORDER BY reference").fetchall() == [
            ("2026-02-11",), ("2026-03-11",)]
    finally:
        con.close()


@pytest.mark.parametrize(("args", "words"), [
    ((), "shop.csv are written in two orders: 25/11/2026 is day first"),
    (("--date-order", "mdy"), "--date-order: The dates in shop.csv are written in two orders"),
])
def test_import_orders_of_dates_in_both_orders_is_refused(cli, args, words):
    rows = [["W-1", "25/11/2026", *GOOD[0][2:]], ["W-2", "11/25/2026", *GOOD[1][2:]]]
    proc = cli("import-orders", str(write_csv(cli.tmp / "shop.csv", rows)), *args)
    assert proc.returncode == EXIT_BAD_INPUT
    assert words in one_line_error(proc)
    assert references(cli.db) == []


def test_import_orders_without_a_reference_column_names_the_mapping_option(cli):
    csv_file = write_csv(cli.tmp / "erp.csv", [["A-1", "LT-1"]], ["Auftrag", "Artikel"])
    line = one_line_error(cli("import-orders", str(csv_file)))
    assert "erp.csv: no column was recognised as the order reference" in line
    assert "--mapping FILE.json" in line and "reference, date, sales_model" in line


def test_import_orders_of_rows_with_another_separator_is_refused(cli):
    path = cli.tmp / "mixed.csv"
    path.write_text("Order No,Date,Company,Country,SKU\nW-1;2026-11-02;Acme;DE;LT-1\n"
                    "W-2;2026-11-03;Beta;FR;LT-2\n", encoding="utf-8")
    proc = cli("import-orders", str(path), "--mapping",
               str(cli.write("m.json", {"reference": "Order No", "sku": "SKU"})))
    assert proc.returncode == EXIT_BAD_INPUT
    assert "use semicolons" in one_line_error(proc)
    assert references(cli.db) == []


def test_verify_audit_names_the_tampered_event(cli):
    write_csv(cli.tmp / "a.csv", GOOD[:1])
    write_csv(cli.tmp / "b.csv", GOOD[1:])
    assert cli("import-orders", "a.csv").returncode == EXIT_OK
    assert cli("import-orders", "b.csv").returncode == EXIT_OK
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_OK
    assert "OK: 3 events" in proc.stdout

    con = sqlite3.connect(cli.db)
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2")
    con.commit()
    con.close()
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert "TAMPERED: event 2 is the first bad one" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_verify_audit_finds_an_emptied_log(cli):
    write_csv(cli.tmp / "a.csv", GOOD)
    assert cli("import-orders", "a.csv").returncode == EXIT_OK
    con = sqlite3.connect(cli.db)
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event")
    con.commit()
    con.close()
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert proc.stdout.startswith("Audit log TAMPERED: order W-1 has no audit event")
    assert "None" not in proc.stdout


def test_verify_audit_names_an_imported_order_changed_behind_its_back(cli):
    """An order's line edited in the file (its event intact): the record's own hash tells."""
    write_csv(cli.tmp / "a.csv", GOOD)
    assert cli("import-orders", "a.csv").returncode == EXIT_OK
    con = sqlite3.connect(cli.db)
    con.execute("UPDATE order_line SET quantity = quantity + 1 WHERE order_id = "
                "(SELECT id FROM orders WHERE reference = 'W-1')")
    con.commit()
    con.close()
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert proc.stdout.startswith("Audit log TAMPERED: order W-1 differs from what was "
                                  "recorded on ")
    assert "(event 2)" in proc.stdout and "Traceback" not in proc.stderr


def test_an_unreadable_database_is_one_line_not_a_traceback(cli):
    cli.db.write_text("this is not an SQLite file " * 20)
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert "cannot be opened" in one_line_error(proc)


def test_a_database_of_a_newer_version_is_one_line(cli):
    assert cli("verify-audit").returncode == EXIT_OK
    con = sqlite3.connect(cli.db)
    from reseller_app.store.schema_version import HEAD_REVISION

    newer = f"{int(HEAD_REVISION) + 1:04d}"  # as the next release would leave it
    con.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    con.commit()
    con.close()
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_FAILED
    line = one_line_error(proc)
    assert "made by a newer version of Channel Diligence" in line and "update the app" in line
    assert not list(cli.tmp.glob("*.backup-*"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_write_error_during_the_import_is_one_line(cli):
    """No file may grow past the database's size (RLIMIT_FSIZE): the drive refuses the write,
    as a full disk does. One line, exit 1, nothing imported."""
    import resource
    import signal

    assert cli("verify-audit").returncode == EXIT_OK
    rows = [[f"X-{i:05d}", *GOOD[0][1:7], "Office laptops " * 8, *GOOD[0][8:]]
            for i in range(3000)]
    csv_file = write_csv(cli.tmp / "big.csv", rows)
    limit = cli.db.stat().st_size + 16384

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    proc = subprocess.run([sys.executable, "-m", "reseller_app", "--db", str(cli.db),
                           "import-orders", str(csv_file)], capture_output=True, text=True,
                          encoding="utf-8", env=cli.env, cwd=cli.tmp, timeout=120,
                          preexec_fn=small_disk)
    assert proc.returncode == EXIT_FAILED, proc.stderr
    line = one_line_error(proc)
    assert line.startswith("reseller-app: ") and "nothing was saved" in line
    assert str(cli.db) in line
    assert references(cli.db) == []
    assert cli("verify-audit").returncode == EXIT_OK


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pipe closed by its reader")
def test_screen_into_a_closed_pipe_ends_quietly(cli):
    """``reseller-app screen order.json | head -0``: the reader is gone, no traceback."""
    order = cli.write("order.json", EXAMPLE)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader stopped before the first line
    try:
        proc = subprocess.run([sys.executable, "-m", "reseller_app", "screen", str(order)],
                              stdout=write_end, stderr=subprocess.PIPE, text=True,
                              env=cli.env, cwd=cli.tmp, timeout=120)
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == EXIT_FAILED


@pytest.mark.parametrize(("argv", "command", "db", "demo"), [
    ([], None, None, False),
    (["--demo"], None, None, True),
    (["--db", "x.sqlite3"], None, "x.sqlite3", False),
    (["--db=x.sqlite3", "--demo"], None, "x.sqlite3", True),
    (["--db", "x.sqlite3", "verify-audit"], "verify-audit", "x.sqlite3", False),
])
def test_the_desktop_start_and_the_commands_parse_alike(argv, command, db, demo):
    from reseller_app.cli import _parse

    args = _parse(argv)
    assert (args.command, args.db, args.demo, args.self_test) == (command, db, demo, False)


def test_the_services_load_only_when_a_command_on_the_database_runs(cli):
    """``cli`` parses and screens without the services: the handlers (``cli_commands``, with
    SQLAlchemy) load only for a command that opens the database."""
    order = cli.write("order.json", EXAMPLE)
    code = ("import contextlib, io, sys\n"
            "from reseller_app import cli\n"
            "def loaded():\n"
            "    return sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', "
            "'sqlmodel', 'alembic', 'reportlab'} | {m for m in sys.modules "
            "if m == 'reseller_app.cli_commands'})\n"
            "cli._parse(['--db', 'x.sqlite3']); cli._parse(['verify-audit'])\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    assert cli.main(['screen', {str(order)!r}]) == 0\n"
            "print(loaded())\n"
            f"cli.main(['--db', {str(cli.db)!r}, 'verify-audit'])\n"
            "print(loaded())\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=cli.env, cwd=cli.tmp, timeout=120)
    assert proc.returncode == 0, proc.stderr
    before, _audit, after = proc.stdout.splitlines()
    assert before == "[]"
    assert "reseller_app.cli_commands" in after and "sqlalchemy" in after


def test_import_orders_again_says_already_imported_in_one_line(cli):
    assert cli("import-orders", str(write_csv(cli.tmp / "shop.csv", GOOD))).returncode == EXIT_OK
    proc = cli("import-orders", str(write_csv(cli.tmp / "fixed.csv", [*GOOD, BAD])))
    assert proc.returncode == EXIT_FAILED  # the real error is still an error, named first
    lines = proc.stdout.splitlines()
    assert lines[1].startswith("  row 4:") and "Narnia" in lines[1]
    assert lines[-1] == "2 rows were already imported."
    assert "already exists" not in proc.stdout


def test_rescreen(cli):
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Product
    from reseller_app.services.startup import open_app

    unknown_camera = [*GOOD[1][:8], "DOME-9", "", *GOOD[1][10:]]
    unknown_camera[0] = "W-5"
    assert cli("import-orders", str(write_csv(cli.tmp / "shop.csv", [*GOOD, unknown_camera]))
               ).returncode == EXIT_OK
    ctx = open_app(str(cli.db))
    try:
        CatalogService(ctx).save_product(Product("DOME-9", "Dome camera", "Axis",
                                                 "video_surveillance"))
    finally:
        ctx.engine.dispose()

    proc = cli("rescreen", "W-5", "W-1")
    assert proc.returncode == EXIT_OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("W-5: ") and " -> " in lines[0]
    assert "flags added: category.video_surveillance" in lines[0]
    assert "categories from the catalog: DOME-9 video_surveillance" in lines[0]
    assert lines[-1] == ("Screened 2 orders again: 1 changed, 0 with a new screening and the "
                         "same outcome, 1 unchanged.")
    proc = cli("rescreen", "--all-open")
    assert proc.returncode == EXIT_OK
    assert proc.stdout.splitlines() == [
        "Screened 3 orders again: 0 changed, 0 with a new screening and the same outcome, "
        "3 unchanged."]
    assert cli("verify-audit").returncode == EXIT_OK


def test_rescreen_bad_input(cli):
    assert cli("import-orders", str(write_csv(cli.tmp / "shop.csv", GOOD))).returncode == EXIT_OK
    proc = cli("rescreen", "W-1", "NOPE-7")
    assert proc.returncode == EXIT_BAD_INPUT
    assert one_line_error(proc) == ("reseller-app: There is no order with the reference "
                                    "NOPE-7.")
    proc = cli("rescreen")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "--all-open" in one_line_error(proc)
