"""CSV import against the catalog and the files staff really pick: what a shop's export leaves
blank filled from the catalog, rows of one order that disagree, numbers no order can hold, files
that are no CSV, and imports that store nothing (real SQLite, real files)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseller_app.domain.orders import Order
from reseller_app.services.audit import AuditService
from reseller_app.services.dto import OrderFilter
from reseller_app.services.errors import ValidationError
from reseller_app.services.imports import MAPPING_SETTING, ImportService
from reseller_app.services.orders import OrderService
from reseller_app.store import bulk
from reseller_app.store.tables import DbCustomer, DbImportBatch, DbOrderLine

# A typical shop export: no category, no customer type.
SHOP = ["reference", "date", "customer name", "customer country", "destination", "sku",
        "quantity", "price"]


def write(path: Path, rows, header=SHOP) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def import_file(ctx, path: Path):
    service = ImportService(ctx)
    return service.import_csv(path, service.suggest_mapping(service.read_headers(path)))


def count(ctx, table) -> int:
    with ctx.session() as s:
        return s.execute(select(func.count()).select_from(table)).scalar_one()


# -- 1. the catalog fills what the file leaves blank ---------------------------------------
def test_a_shop_export_is_screened_with_the_catalogs_facts_as_the_editor_does(
        catalog, configured, orders, tmp_path):
    path = write(tmp_path / "shop.csv", [
        ["IMP-1", "2026-11-02", "Policía Regional", "VE", "VE", "CAM-4K", "40", "310"]])
    report = import_file(configured, path)
    assert report.imported == 1 and not report.errors and report.held == 1

    imported = orders.get_by_reference("IMP-1")
    typed = orders.save(catalog.camera_order("GUI-1", use=""))  # the same order, typed in
    assert imported.screening.tier == typed.screening.tier == "high"
    assert imported.status == typed.status == "held"
    assert ({f.criterion for f in imported.screening.flags}
            == {f.criterion for f in typed.screening.flags})
    assert imported.screening.missing == typed.screening.missing
    # Linked to the catalog's customer and product, as the editor links them.
    assert imported.draft.customer_id == catalog.police.id
    assert imported.draft.lines[0].product_id == catalog.camera.id
    assert imported.draft.lines[0].category == "video_surveillance"
    assert count(configured, DbCustomer) == 3  # no new customer


def test_the_files_own_values_win_and_unknown_skus_and_parties_stay_blank(
        catalog, configured, orders, tmp_path):
    header = [*SHOP, "category", "customer type"]
    path = write(tmp_path / "shop.csv", [
        ["IMP-1", "2026-11-02", "Policía Regional", "VE", "VE", "CAM-4K", "1", "310",
         "general_it", "private"],
        ["IMP-2", "2026-11-02", "Unknown Buyer", "VE", "VE", "NO-SUCH", "1", "310", "", ""],
    ], header)
    assert import_file(configured, path).imported == 2
    one = orders.get_by_reference("IMP-1")
    assert one.draft.lines[0].category == "general_it"
    assert one.draft.lines[0].product_id == catalog.camera.id  # same SKU: same product
    stored = Order.model_validate_json(_snapshot(configured, one.id))
    assert stored.customer.type == "private"  # the file's
    assert stored.customer.government_function == "law_enforcement"  # the catalog's
    two = orders.get_by_reference("IMP-2")
    assert two.draft.lines[0].category is None and two.draft.lines[0].product_id is None
    assert Order.model_validate_json(_snapshot(configured, two.id)).customer.type is None


def _snapshot(ctx, order_id: int) -> str:
    from reseller_app.store.tables import DbScreening

    with ctx.session() as s:
        return s.execute(select(DbScreening.order_snapshot)
                         .where(DbScreening.order_id == order_id)).scalar_one()


def test_the_catalog_is_read_once_per_table(catalog, configured):
    facts = bulk.import_catalog(configured)
    assert facts.categories == {"CAM-4K": "video_surveillance", "LT-14": "general_it"}
    assert facts.product_ids == {"CAM-4K": catalog.camera.id, "LT-14": catalog.laptop.id}
    assert facts.parties[("Policía Regional", "VE")] == ("government", None, "law_enforcement")
    assert facts.parties[("Müller Steuerberatung", "DE")] == ("private", "finance", None)


# -- 2. rows of one order that disagree ------------------------------------------------------
def test_a_row_with_another_customer_under_the_same_reference_is_refused(
        catalog, configured, orders, tmp_path):
    path = write(tmp_path / "shop.csv", [
        ["IMP-1", "2026-11-02", "Müller Steuerberatung", "DE", "DE", "LT-14", "2", "900"],
        ["IMP-2", "2026-11-02", "École Jules Ferry", "FR", "FR", "LT-14", "10", "900"],
        ["IMP-2", "2026-11-02", "École Jules Ferry", "FR", "FR", "LT-14", "5", "900"],
        ["IMP-2", "2026-11-02", "Policía Regional", "VE", "VE", "CAM-4K", "40", "310"],
    ])
    report = import_file(configured, path)
    assert report.imported == 1
    reasons = {e.row: e.reason for e in report.errors}
    assert reasons[5] == "order IMP-2: the customer differs from row 3"
    assert set(reasons) == {3, 4, 5}
    assert orders.get_by_reference("IMP-2") is None
    assert orders.get_by_reference("IMP-1") is not None


# -- 3. numbers no order can hold ------------------------------------------------------------
@pytest.mark.parametrize(
    ("quantity", "price", "words"),
    [("1", "NaN", "not a number"), ("1", "sNaN", "not a number"),
     ("1", "Infinity", "not a number"), ("1", "1e13", "more than 1,000,000,000,000"),
     ("1000000001", "1", "more than 1,000,000,000"), ("1e400", "1", "more than"),
     ("9" * 30, "1", "more than")],
)
def test_numbers_no_order_can_hold_are_bad_rows_not_a_crash(ctx, tmp_path, quantity, price,
                                                            words):
    path = write(tmp_path / "shop.csv", [
        ["OK-1", "2026-11-02", "Acme", "DE", "DE", "LT-1", "1", "900"],
        ["BAD-1", "2026-11-02", "Acme", "DE", "DE", "LT-1", quantity, price],
    ])
    report = import_file(ctx, path)
    assert report.imported == 1
    assert [e.row for e in report.errors] == [3] and words in report.errors[0].reason
    assert OrderService(ctx).get_by_reference("BAD-1") is None


def test_the_largest_numbers_are_stored(ctx, tmp_path):
    path = write(tmp_path / "shop.csv", [
        ["BIG-1", "2026-11-02", "Acme", "DE", "DE", "LT-1", "1000000000", "1000000000000"]])
    assert import_file(ctx, path).imported == 1
    view = OrderService(ctx).get_by_reference("BIG-1")
    assert view.draft.lines[0].quantity == 1_000_000_000
    with ctx.session() as s:
        assert s.execute(select(DbOrderLine.quantity)).scalar_one() == 1_000_000_000


# -- 4. files that are no CSV, and imports that store nothing ----------------------------
def test_a_missing_file_is_named(ctx, tmp_path):
    path = tmp_path / "orders-november.csv"
    with pytest.raises(ValidationError) as exc:
        ImportService(ctx).read_headers(path)
    assert "orders-november.csv" in exc.value.message
    assert exc.value.field == "file"


@pytest.mark.parametrize(
    "content",
    [
        # The start of an .xlsx workbook (a zip archive) renamed to .csv.
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00\x90\x04\x00"
        b"\x00\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02" * 20,
        random.Random(3).randbytes(4000),
        b"reference,sku\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\n" * 50,
    ],
    ids=["xlsx", "random-bytes", "control-characters"],
)
def test_a_binary_file_is_refused_as_no_csv(ctx, tmp_path, content):
    path = tmp_path / "orders.csv"
    path.write_bytes(content)
    service = ImportService(ctx)
    with pytest.raises(ValidationError, match=r"orders\.csv is not a CSV text file"):
        service.read_headers(path)
    with pytest.raises(ValidationError, match="not a CSV text file"):
        service.import_csv(path, {"reference": "reference"})


def test_a_utf16_file_from_excel_is_read(ctx, tmp_path):
    path = tmp_path / "unicode.txt"
    text = "reference\tcustomer name\tcustomer country\tsku\r\nU-1\tAcme\tDE\tLT-1\r\n"
    path.write_bytes(text.encode("utf-16"))
    service = ImportService(ctx)
    assert service.read_headers(path) == ["reference", "customer name", "customer country",
                                          "sku"]
    assert import_file(ctx, path).imported == 1


def test_a_file_of_column_names_only_imports_nothing_and_says_so(ctx, tmp_path):
    path = write(tmp_path / "empty.csv", [["", "", "", "", "", "", "", ""]])
    before = AuditService(ctx).verify().checked
    with pytest.raises(ValidationError, match="no orders below them"):
        import_file(ctx, path)
    assert count(ctx, DbImportBatch) == 0
    assert AuditService(ctx).verify().checked == before


def test_importing_a_file_again_leaves_no_empty_batch_or_audit_event(ctx, tmp_path):
    path = write(tmp_path / "shop.csv", [
        ["IMP-1", "2026-11-02", "Acme", "DE", "DE", "LT-1", "1", "900"],
        ["IMP-1", "2026-11-02", "Acme", "DE", "DE", "MS-1", "1", "20"]])
    assert import_file(ctx, path).imported == 1
    batches, events = count(ctx, DbImportBatch), AuditService(ctx).verify().checked
    assert batches == 1

    service = ImportService(ctx)
    mapping = service.suggest_mapping(service.read_headers(path))
    mapping["intended_use"] = "customer name"  # changed: still remembered
    again = service.import_csv(path, mapping)
    assert again.imported == 0 and not again.cancelled
    # The other mapping reads another intended use: the same reference with other content.
    assert [e.row for e in again.errors] == [2, 3]
    assert all(e.reason.startswith("order IMP-1 already exists with other content")
               for e in again.errors)
    assert count(ctx, DbImportBatch) == batches
    assert AuditService(ctx).verify().checked == events
    assert bulk.get_setting(ctx, MAPPING_SETTING)["intended_use"] == "customer name"
    assert OrderService(ctx).count(OrderFilter()) == 1
