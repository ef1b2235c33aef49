"""CSV import: every order screened and stored, bad rows named, cancel leaves nothing."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from reseller_app.domain.orders import parse_order_json
from reseller_app.domain.screening import ScreeningResult
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import OrderFilter, Product
from reseller_app.services.errors import ValidationError
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.services.startup import open_app
from reseller_app.store import bulk
from reseller_app.store.tables import DbOrder, DbScreening
from tests.conftest import START, stepping_clock

HEADER = ["Order No", "Date", "Company", "Country", "Type", "Function", "Ship to", "Purpose",
          "SKU", "Category", "Qty", "Price", "Channel"]
ROWS = [
    ["W-1", "2026-11-02", "Acme GmbH", "DE", "private", "", "DE", "Office laptops", "LT-1",
     "general_it", "3", "900", "assisted"],
    ["W-1", "2026-11-02", "Acme GmbH", "DE", "private", "", "DE", "Office laptops", "MS-1",
     "general_it", "3", "20", "assisted"],
    ["W-2", "2026-11-03", "Policía Regional", "VE", "government", "law_enforcement", "VE",
     "Traffic monitoring", "CAM-4K", "video_surveillance", "40", "310", "assisted"],
    ["W-3", "2026-11-04", "Webshop buyer", "FR", "", "", "FR", "", "CAM-4K",
     "video_surveillance", "1", "310", "webshop"],
    ["W-4", "2026-11-04", "Bad Row Ltd", "Narnia", "private", "", "DE", "x", "LT-1",
     "general_it", "1", "900", "assisted"],
    ["W-5", "2026-11-05", "Zero Qty", "DE", "private", "", "DE", "x", "LT-1", "general_it",
     "0", "900", "assisted"],
    ["W-6", "2026-11-05", "Prohibited", "NG", "private", "", "NG",
     "Facial recognition of protesters", "CAM-4K", "video_surveillance", "5", "310", "assisted"],
]


def write(path: Path, rows, header=HEADER, delimiter=",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_import_screens_stores_and_lists_bad_rows(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(path))
    assert mapping["reference"] == "Order No" and mapping["sales_model"] == "Channel"
    progress: list[tuple[int, int]] = []
    report = service.import_csv(path, mapping, progress=lambda d, t: progress.append((d, t)))
    assert not report.cancelled
    assert report.imported == 4
    assert [(e.row, "Narnia" in e.reason or "zero" in e.reason) for e in report.errors] == [
        (6, True), (7, True)]
    assert report.blocked == 1 and report.held >= 2
    assert progress and progress[-1][0] == progress[-1][1]

    orders = OrderService(ctx)
    held = orders.get_by_reference("W-2")
    assert held.screening.tier == "high" and held.status == "held"
    webshop = orders.get_by_reference("W-3")
    assert webshop.draft.sales_model == "self_service" and webshop.status == "held"
    assert orders.get_by_reference("W-1").draft.lines[1].sku == "MS-1"
    assert orders.get_by_reference("W-6").status == "blocked"
    assert orders.get_by_reference("W-4") is None
    assert orders.count(OrderFilter()) == 4
    assert AuditService(ctx).verify().ok
    history = orders.history(held.id)
    assert any("import" in h.action for h in history)


def test_mapping_is_remembered(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "a.csv", ROWS[:1])
    mapping = service.suggest_mapping(service.read_headers(path))
    mapping["intended_use"] = "Company"  # an odd choice the user made on purpose
    service.import_csv(path, mapping)
    again = ImportService(ctx).suggest_mapping(service.read_headers(path))
    assert again["intended_use"] == "Company"


def test_semicolon_files_and_existing_references(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "erp.csv", ROWS[:2], delimiter=";")
    mapping = service.suggest_mapping(service.read_headers(path))
    assert service.import_csv(path, mapping).imported == 1
    second = service.import_csv(path, mapping)
    assert second.imported == 0
    # The same order again is no error: its two rows are counted as imported already.
    assert second.errors == [] and second.already_imported == 2


def test_reimport_of_a_corrected_file_counts_imported_rows_and_keeps_real_errors(ctx, tmp_path):
    service = ImportService(ctx)
    first = write(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(first))
    done = service.import_csv(first, mapping)
    assert done.imported == 4 and {e.row for e in done.errors} == {6, 7}
    # The corrected file: W-4 and W-5 fixed, W-2 changed (another quantity) under its old
    # reference, which is a real clash the user must see.
    fixed = [list(r) for r in ROWS]
    fixed[4][3] = "DE"
    fixed[5][10] = "2"
    fixed[2][10] = "41"
    again = service.import_csv(write(tmp_path / "shop-fixed.csv", fixed), mapping)
    assert again.imported == 2
    assert again.already_imported == 4  # W-1 (two rows), W-3, W-6
    assert [e.row for e in again.errors] == [4]
    assert "W-2" in again.errors[0].reason and "other content" in again.errors[0].reason


def test_reimport_after_the_catalog_learnt_categories_is_still_the_same_order(
        ctx, catalog, tmp_path):
    # Categories and customer types left blank are filled from the catalog: a catalog that
    # learnt a product since does not turn the same file into different orders.
    rows = [["N-1", "2026-11-02", "Acme GmbH", "DE", "", "", "DE", "Office", "DOME-9", "",
             "3", "900", "assisted"]]
    service = ImportService(ctx)
    path = write(tmp_path / "n.csv", rows)
    mapping = service.suggest_mapping(service.read_headers(path))
    assert service.import_csv(path, mapping).imported == 1
    CatalogService(ctx).save_product(Product("DOME-9", "Dome camera", "Axis",
                                             "video_surveillance"))
    again = service.import_csv(path, mapping)
    assert again.errors == [] and again.already_imported == 1


def _numbered_rows(n: int, prefix: str = "C") -> list[list[str]]:
    return [[f"{prefix}-{i}", "2026-11-02", f"Cust {i % 50}", "DE", "private", "", "DE",
             "Office", "LT-1", "general_it", "1", "900", "assisted"] for i in range(n)]


def test_progress_counts_the_file_rows_from_the_start_and_cancel_while_reading(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "large.csv", _numbered_rows(50_000))
    mapping = service.suggest_mapping(service.read_headers(path))
    seen: list[tuple[int, int]] = []
    cancel = False

    def progress(done: int, total: int) -> None:
        nonlocal cancel
        seen.append((done, total))
        # Cancel as soon as the reading has moved a little (still reading the rows).
        cancel = done >= 500

    report = service.import_csv(path, mapping, progress=progress, is_cancelled=lambda: cancel)
    # The first report comes before any order is read, with the file's rows as the total.
    assert seen[0] == (0, 50_000)
    assert all(total == 50_000 for _, total in seen)
    assert len(seen) >= 3  # the bar moved while reading, not only at the end
    assert max(d for d, _ in seen) < 50_000 // 3  # stopped while the rows were read
    assert report.cancelled and report.imported == 0
    assert OrderService(ctx).count(OrderFilter()) == 0
    assert AuditService(ctx).verify().ok


def test_progress_is_in_rows_and_never_goes_back(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "mid.csv", _numbered_rows(3_000))
    mapping = service.suggest_mapping(service.read_headers(path))
    seen: list[tuple[int, int]] = []
    report = service.import_csv(path, mapping, progress=lambda d, t: seen.append((d, t)))
    assert report.imported == 3_000
    assert seen[0] == (0, 3_000) and seen[-1] == (3_000, 3_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 10


def test_cancel_leaves_nothing_imported(ctx, tmp_path, monkeypatch):
    rows = [[f"C-{i}", "2026-11-02", f"Cust {i}", "DE", "private", "", "DE", "Office", "LT-1",
             "general_it", "1", "900", "assisted"] for i in range(600)]
    service = ImportService(ctx)
    path = write(tmp_path / "big.csv", rows)
    inserted: list[int] = []
    real_insert = bulk._SqliteWriter.insert

    def insert(self, *args, **kwargs):  # the real insert, noting that storing has begun
        inserted.append(1)
        return real_insert(self, *args, **kwargs)

    monkeypatch.setattr(bulk._SqliteWriter, "insert", insert)
    report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)),
                                is_cancelled=lambda: bool(inserted))
    assert inserted  # cancelled while storing, after the first chunk went in
    assert report.cancelled and report.imported == 0
    assert OrderService(ctx).count(OrderFilter()) == 0
    assert AuditService(ctx).verify().ok


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\n\n", "empty"), (b",,\n1,2\n", "column names")],
)
def test_unreadable_files_get_a_clear_error(ctx, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        ImportService(ctx).read_headers(path)


def test_mapping_without_reference_is_refused(ctx, tmp_path):
    path = write(tmp_path / "a.csv", ROWS[:1])
    with pytest.raises(ValidationError) as exc:
        ImportService(ctx).import_csv(path, {"sku": "SKU"})
    assert exc.value.field == "reference"


def test_cancel_before_storing_writes_nothing_not_even_the_mapping(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(path))
    mapping["intended_use"] = "Company"
    before = AuditService(ctx).verify().checked
    report = service.import_csv(path, mapping, is_cancelled=lambda: True)
    assert report.cancelled and report.imported == 0
    assert OrderService(ctx).count(OrderFilter()) == 0
    assert AuditService(ctx).verify().checked == before
    assert service.suggest_mapping(service.read_headers(path))["intended_use"] == "Purpose"


def test_a_file_of_bad_rows_imports_nothing_and_names_every_row(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "bad.csv", [ROWS[4], ROWS[5], ["", *ROWS[0][1:]]])
    report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
    assert report.imported == 0 and not report.cancelled
    assert [e.row for e in report.errors] == [2, 3, 4]
    assert "reference" in report.errors[2].reason
    assert OrderService(ctx).count(OrderFilter()) == 0
    assert AuditService(ctx).verify().ok


# -- what an import stores ----------------------------------------------------------------------
def _screening_rows(ctx) -> dict[str, DbScreening]:
    with ctx.session() as s:
        return {ref: row for ref, row in s.execute(
            select(DbOrder.reference, DbScreening).join(DbScreening,
                                                        DbScreening.order_id == DbOrder.id))}


def test_imported_screenings_are_stored_compact_and_shown_in_full(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    assert service.import_csv(path, service.suggest_mapping(service.read_headers(path))) \
        .imported == 4
    screener = PackService(ctx).screener()
    orders = OrderService(ctx)
    for reference, row in _screening_rows(ctx).items():
        stored = json.loads(row.result)
        assert ScreeningResult.needs_pack(stored)
        assert "\"reason\"" not in row.result
        # The order as screened, as order JSON v1 writes it.
        order = parse_order_json(row.order_snapshot)
        assert row.order_snapshot == order.model_dump_json(exclude_none=True)
        # What the order view shows is what screening the stored order again gives.
        again = screener.screen(order)
        view = orders.get_by_reference(reference)
        assert view is not None and view.screening == again
        assert all(f.reason and f.action for f in view.screening.flags)


def test_a_screening_stored_in_the_full_form_of_older_versions_still_reads(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
    orders = OrderService(ctx)
    before = orders.get_by_reference("W-2")
    assert before is not None
    with ctx.write_session() as s:
        s.execute(update(DbScreening).where(DbScreening.order_id == before.id)
                  .values(result=before.screening.to_json()))
        s.commit()
    assert orders.get_by_reference("W-2") == before


def test_the_evidence_bundle_has_imported_screenings_in_full(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
    day = START.date()
    report = EvidenceService(ctx).bundle(day, day, tmp_path / "bundle.zip")
    with zipfile.ZipFile(report.path) as z:
        screenings = json.loads(z.read("screenings.json"))
    assert len(screenings) == 4
    orders = OrderService(ctx)
    for item in screenings:
        view = orders.get_by_reference(item["order"])
        assert view is not None and item["result"] == view.screening.as_dict()
        assert "texts" not in item["result"]


def test_imported_rows_are_stored_as_the_orm_stores_them(ctx, tmp_path, monkeypatch):
    """The SQLite fast path writes what SQLAlchemy Core writes (the path of other databases):
    same values, same text for dates and times."""
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(path))
    service.import_csv(path, mapping)

    other = open_app(f"sqlite:///{tmp_path / 'core.sqlite3'}", clock=stepping_clock(),
                     actor="tester")
    try:
        monkeypatch.setattr(bulk, "_SqliteWriter", bulk._CoreWriter)
        ImportService(other).import_csv(path, mapping)

        def dump(context) -> dict[str, list[tuple]]:
            with context.engine.connect() as conn:
                return {table: conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").all()
                        for table in ("customer", "orders", "order_line", "screening")}

        fast, core = dump(ctx), dump(other)
        assert fast == core and len(fast["orders"]) == 4
        with ctx.engine.connect() as conn:
            created = conn.exec_driver_sql("SELECT created_at FROM orders").scalars().all()
        assert all(len(c) == 26 and "+" not in c for c in created)  # 2026-11-05 09:00:03.000000
    finally:
        other.engine.dispose()


def test_a_whole_file_imported_again_moves_the_bar_and_can_be_cancelled(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "again.csv", _numbered_rows(3_000))
    mapping = service.suggest_mapping(service.read_headers(path))
    assert service.import_csv(path, mapping).imported == 3_000
    seen: list[int] = []
    report = service.import_csv(path, mapping, progress=lambda d, t: seen.append(d))
    assert report.already_imported == 3_000 and report.errors == []
    assert seen == sorted(seen) and seen[-1] == 3_000
    # Reports while the stored orders are looked up (the second third of the bar).
    assert any(1_000 < d < 2_000 for d in seen)

    cancel = False

    def progress(done: int, total: int) -> None:
        nonlocal cancel
        cancel = done > 1_000  # looking up the stored orders

    stopped = service.import_csv(path, mapping, progress=progress, is_cancelled=lambda: cancel)
    assert stopped.cancelled and stopped.imported == 0


def test_choosing_a_large_file_reads_only_its_column_names(ctx, tmp_path):
    """The window asks for the columns when a file is chosen: that must not read (and so wait
    for) the whole file. Here the damage far down the file is found by the import, not then."""
    path = write(tmp_path / "big.csv", ROWS[:1] * 20_000)
    with path.open("a", encoding="utf-8") as fh:
        fh.write('W-9,"2026-11-02,' + "x" * 200_000 + "\n")  # a quote never closed
    service = ImportService(ctx)
    assert path.stat().st_size > 1_000_000
    assert service.read_headers(path) == HEADER
    with pytest.raises(ValidationError, match="quotation mark is probably not closed"):
        service.import_csv(path, service.suggest_mapping(HEADER))


@pytest.mark.parametrize("text", [
    "a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r", 'a,b\n"x\r\ny",2\n"p\nq",3\n',
    "a\n\n\nb\r\n\r\nc", "", "\n", "é,ü\n" * 50,
])
@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 16])
def test_a_file_read_in_pieces_gives_the_lines_of_the_whole(text, chunk):
    """The import reads a large file's text a piece at a time (no one long copy that stops the
    window): the lines, and so the rows and line numbers, are those of the whole text."""
    import io

    from reseller_app.services.imports import _lines

    assert list(_lines(text, chunk)) == list(io.StringIO(text, newline=""))
    assert list(csv.reader(_lines(text, chunk))) == list(
        csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("text", [
    "a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r", "a\n\n\nb\r\n\r\nc", "\n",
    "é,ü\n" * 2500, "a;b\n1;2\n", "a,b\n" + "1,2\n" * 1999, 'a,b\n"x\ny",2\n3,4\n',
])
def test_rows_and_their_lines_are_those_the_reader_counts(text):
    """A file without quoted cells is read a thousand rows at a time, each row one line: the
    rows, and the lines each spans, are those the reader counts row by row."""
    import io

    from reseller_app.services.imports import _dialect, _split

    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:8192]))
    expected_rows, expected_spans, last = [], [], 0
    for values in reader:
        expected_rows.append(values)
        expected_spans.append((last + 1, reader.line_num))
        last = reader.line_num
    heard: list[int] = []
    rows, layout = _split(text, "orders.csv", heard.append)
    assert rows == expected_rows
    assert list(layout.spans) == expected_spans
    assert [layout.spans[i] for i in range(len(rows))] == expected_spans
    assert heard == [n for n in range(1000, len(rows) + 1, 1000)]
