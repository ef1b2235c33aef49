"""One writer per order: the editor's save and the CSV import store the same rows.

The same order, saved from the order editor in one database and imported from a CSV file in
another, gives the same ``orders``, ``order_line``, ``screening`` and ``order_search`` rows,
column by column. The only differences are where the order came from (the import's batch)
and the stored form of the screening result (an import's is compact; read back, the same).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService, stored_result
from reseller_app.services.packs import PackService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.store import order_record as rec
from reseller_app.store.tables import DbOrder, DbOrderLine, DbScreening
from reseller_app.store.text_search import search_value
from tests.conftest import START
from tests.services.conftest import sample_profile

HEADER = ["reference", "date", "sales_model", "customer_name", "customer_country",
          "end_user_name", "end_user_country", "destination_country", "intended_use",
          "use_cases", "sku", "description", "category", "quantity", "unit_price", "currency"]
# An order with what tells two writers apart: accents, an end user, two lines, use-case tags,
# a line without a price.
LINES = [
    ["SO-2026-0042", "2026-11-02", "assisted", "Policía Regional", "VE", "Ministerio Público",
     "VE", "VE", "Tráfico: cámaras en cruces", "public_space_surveillance", "CAM-4K",
     "4K IP dome camera", "video_surveillance", "40", "310.50", "EUR"],
    ["SO-2026-0042", "2026-11-02", "assisted", "Policía Regional", "VE", "Ministerio Público",
     "VE", "VE", "Tráfico: cámaras en cruces", "public_space_surveillance", "LT-14",
     "Business laptop", "general_it", "2", "", "EUR"],
]


def _app(tmp_path: Path, name: str) -> AppContext:
    # A clock that stands still: both databases are written "at the same moment".
    ctx = open_app(f"sqlite:///{tmp_path / name}", clock=lambda: START, actor="tester")
    SetupService(ctx).save_profile(sample_profile())
    return ctx


def _catalog(ctx: AppContext) -> tuple[Customer, Customer, Product, Product]:
    cat = CatalogService(ctx)
    return (cat.save_customer(Customer("Policía Regional", "VE", "government",
                                       government_function="law_enforcement")),
            cat.save_customer(Customer("Ministerio Público", "VE", "government")),
            cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                     "video_surveillance")),
            cat.save_product(Product("LT-14", "Business laptop", "Lenovo", "general_it")))


@pytest.fixture
def editor_db(tmp_path: Path) -> Iterator[Path]:
    ctx = _app(tmp_path, "editor.sqlite3")
    police, ministry, camera, laptop = _catalog(ctx)
    OrderService(ctx).save(OrderDraft(
        reference="SO-2026-0042", date=dt.date(2026, 11, 2), sales_model="assisted",
        customer_id=police.id, end_user_id=ministry.id, destination_country="VE",
        intended_use="Tráfico: cámaras en cruces", use_cases=["public_space_surveillance"],
        lines=[LineDraft("CAM-4K", "4K IP dome camera", "video_surveillance", 40,
                         Decimal("310.50"), camera.id),
               LineDraft("LT-14", "Business laptop", "general_it", 2, None, laptop.id)]))
    ctx.engine.dispose()
    yield tmp_path / "editor.sqlite3"


@pytest.fixture
def import_db(tmp_path: Path) -> Iterator[Path]:
    ctx = _app(tmp_path, "import.sqlite3")
    _catalog(ctx)
    path = tmp_path / "orders.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *LINES])
    report = ImportService(ctx).import_csv(path, {key: key for key in HEADER})
    assert report.imported == 1 and not report.errors
    ctx.engine.dispose()
    yield tmp_path / "import.sqlite3"


def _rows(db: Path, table: str) -> list[dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")]
    finally:
        con.close()


def _results(db: Path) -> list[dict]:
    """The stored screening results read back as the app reads them."""
    ctx = open_app(f"sqlite:///{db}", clock=lambda: START, actor="tester")
    try:
        packs = PackService(ctx)
        with ctx.session() as s:
            return [stored_result(packs, sc).as_dict()
                    for sc in s.execute(select(DbScreening)).scalars()]
    finally:
        ctx.engine.dispose()


def test_the_editor_and_the_import_store_the_same_rows(editor_db: Path, import_db: Path):
    edited, imported = _rows(editor_db, "orders"), _rows(import_db, "orders")
    assert len(edited) == len(imported) == 1
    # Where the order came from: the import's batch, none for the editor.
    assert edited[0].pop("import_batch_id") is None
    assert imported[0].pop("import_batch_id") is not None
    assert edited == imported
    assert imported[0]["status"] == "held" and imported[0]["total"] == "12420.00"

    assert _rows(editor_db, "order_line") == _rows(import_db, "order_line")
    assert len(_rows(import_db, "order_line")) == 2

    edited_sc, imported_sc = _rows(editor_db, "screening"), _rows(import_db, "screening")
    # The result's stored form differs on purpose (an import's leaves out the pack's texts);
    # read back, it is the same screening.
    assert json.loads(edited_sc[0].pop("result")) != json.loads(imported_sc[0].pop("result"))
    assert edited_sc == imported_sc
    assert _results(editor_db) == _results(import_db)

    assert _rows(editor_db, "order_search") == _rows(import_db, "order_search")
    assert _rows(import_db, "order_search")[0]["status"] == "held"


@pytest.mark.parametrize(("table", "columns", "kept"), [
    # An edit keeps when, and by which import, the order came in.
    # The version is the database's: 1 by its default, then counted by the ORM.
    (DbOrder, rec.NEW_ORDER_COLUMNS, {"id", "version"}),
    (DbOrderLine, rec.LINE_COLUMNS, {"id"}),
    (DbScreening, rec.SCREENING_COLUMNS, {"id"}),
])
def test_every_column_is_written_by_the_one_mapping(table, columns, kept):
    """A column added to a table and not to its mapping in store/order_record.py fails here."""
    assert sorted(columns) == sorted(set(table.__table__.c.keys()) - kept)
    assert set(rec.ORDER_COLUMNS) | {"import_batch_id", "created_at"} == \
        set(rec.NEW_ORDER_COLUMNS)


def test_the_import_indexes_orders_with_the_databases_own_trigger(ctx: AppContext):
    with ctx.session() as s:
        trigger = s.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", (rec.SEARCH_TRIGGER,)).scalar()
    sql = rec.search_rows_sql(trigger)
    # The texts folded as the trigger folds them (migration 0008, store/text_search.py).
    texts = ", ".join(search_value(c) for c in (
        "reference", "customer_name", "end_user_name", "intended_use"))
    assert sql == (
        "INSERT INTO order_search(rowid, reference, customer_name, end_user_name, "
        f"intended_use, tier, status) SELECT id, {texts}, tier, replace(status, '_', '') "
        "FROM orders WHERE id >= ?")
    # A trigger of another shape is left to index each row itself.
    assert rec.search_rows_sql(trigger.replace("BEGIN", "WHEN new.id > 0 BEGIN")
                               .replace("END", "; SELECT 1; END")) is None
    assert rec.search_rows_sql("CREATE TRIGGER x AFTER INSERT ON orders BEGIN "
                               "DELETE FROM order_search; END") is None
