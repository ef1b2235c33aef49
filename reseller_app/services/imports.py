"""Import orders from a shop's or ERP's CSV export: map, screen, store, all or nothing.

Every order is screened with the active pack, after what the file leaves blank (a product's
category, a customer's type...) is filled from the catalog, as the order editor does. Bad rows
are reported with their line number and reason, and their orders left out; the good orders are
stored in one transaction with one audit event, so a cancel, a crash or a full disk leaves
nothing half-imported, and an import that stores nothing leaves no trace but its report.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from reseller_app.domain.order_rows import (
    FIELD_KEYS,
    FIELDS,
    BadRow,
    ImportField,
    ParsedOrder,
    orders_from_rows,
    suggest_mapping,
)
from reseller_app.domain.orders import SalesModel
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.dto import ImportReport, RowError
from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.packs import PackService
from reseller_app.store import bulk

MAPPING_SETTING = "csv_import_mapping"
_PROGRESS_EVERY = 250


class ImportCancelled(Exception):
    pass


_SAMPLE = 8192  # characters looked at to tell a text file's dialect, or that it is no text
# Control characters other than tab, line feed and carriage return: a text file has none.
_CONTROL = frozenset(map(chr, (*range(0, 9), 11, 12, *range(14, 32), 127)))


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" (UTF-16)
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while an import runs.

    An import makes a few hundred thousand objects (rows, orders, results) that all live until
    it ends. Each time their number grows by a quarter, the collector walks every object of the
    process looking for cycles that are not there: a third of the import's time went on that
    walking. Reference counting still frees memory as usual; cycles made meanwhile are
    collected once the import is done.
    """
    if not gc.isenabled():  # someone else paused it (another import): leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _looks_binary(text: str) -> bool:
    """Whether decoded file content is no text at all (a spreadsheet, an archive, a program):
    a NUL character, or more than a few control characters, in its first part."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    return sum(1 for ch in sample if ch in _CONTROL) > len(sample) // 100


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


class ImportService:
    fields: tuple[ImportField, ...] = FIELDS

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def _read(self, path: str | Path) -> tuple[bytes, list[list[str]]]:
        raw = read_input(path, InputKind.CSV)  # refused in words when unreadable or too large
        text = _decode(raw)
        if not text.strip():
            raise ValidationError("file", t("The file is empty."))
        if _looks_binary(text):
            raise ValidationError("file", t(
                "{file} is not a CSV text file: it holds other data, such as a spreadsheet "
                "workbook. Save or export the orders as CSV (comma-separated values) in your "
                "shop or spreadsheet program and import that file.", file=Path(path).name))
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:_SAMPLE]))
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ValidationError("file", t("This is not a readable CSV file ({error}).",
                                            error=exc)) from None
        if not rows or not any(h.strip() for h in rows[0]):
            raise ValidationError("file", t("The first row must hold the column names."))
        return raw, rows

    def read_headers(self, path: str | Path) -> list[str]:
        return [h.strip() for h in self._read(path)[1][0]]

    def remembered_mapping(self) -> dict[str, str]:
        value = bulk.get_setting(self.ctx, MAPPING_SETTING)
        return value if isinstance(value, dict) else {}

    def suggest_mapping(self, headers: list[str]) -> dict[str, str]:
        return suggest_mapping(headers, self.remembered_mapping())


    # -- importing -------------------------------------------------------------------------
    def import_csv(
        self,
        path: str | Path,
        mapping: dict[str, str],
        *,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        with _cyclic_gc_paused():
            return self._import(path, mapping, progress, is_cancelled)

    def _import(
        self,
        path: str | Path,
        mapping: dict[str, str],
        progress: Callable[[int, int], None] | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> ImportReport:
        raw, rows = self._read(path)
        headers = [h.strip() for h in rows[0]]
        unknown_keys = [k for k in mapping if k not in FIELD_KEYS]
        if unknown_keys:
            raise ValidationError("mapping", t("Unknown fields in the mapping: {fields}.",
                                               fields=unknown_keys))
        if not mapping.get("reference"):
            raise ValidationError("reference",
                                  t("Choose the column that holds the order reference."))
        missing = [h for h in mapping.values() if h and h not in headers]
        if missing:
            raise ValidationError("mapping", t("The file has no column named {column}.",
                                               column=repr(missing[0])))
        index = {key: headers.index(h) for key, h in mapping.items() if h}

        def check_cancel() -> None:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled

        # A row with something in it (joined: one test per row, not one per cell).
        numbered = ((n, r) for n, r in enumerate(rows[1:], start=2) if "".join(r).strip())
        default_model = bulk.default_sales_model(self.ctx) or SalesModel.ASSISTED
        catalog = bulk.import_catalog(self.ctx)
        parsed: list[ParsedOrder] = []
        errors: list[RowError] = []
        for item in orders_from_rows(numbered, index, default_sales_model=default_model,
                                     categories=catalog.categories, parties=catalog.parties):
            if isinstance(item, BadRow):
                errors.append(RowError(item.row, item.reason))
            else:
                parsed.append(item)
        if not parsed and not errors:
            raise ValidationError("file", t(
                "The file has column names but no orders below them: nothing was imported. "
                "Check that you chose the right file."))

        existing = bulk.existing_references(self.ctx, [p.order.reference for p in parsed])
        if existing:
            kept = []
            for p in parsed:
                if p.order.reference in existing:
                    reason = t("order {reference} already exists", reference=p.order.reference)
                    errors.extend(RowError(n, reason) for n in p.rows)
                else:
                    kept.append(p)
            parsed = kept

        total = len(parsed) * 2  # screening, then storing
        screener = PackService(self.ctx).screener()
        screened = []
        try:
            for i, p in enumerate(parsed):
                if i % _PROGRESS_EVERY == 0:
                    check_cancel()
                    if progress is not None:
                        progress(i, total)
                screened.append((p.order, screener.screen(p.order)))

            def on_chunk(done: int) -> None:
                check_cancel()
                if progress is not None:
                    progress(len(parsed) + done, total)

            stored = bulk.store_imported_orders(
                self.ctx,
                screened,
                file_name=Path(path).name,
                file_sha256=hashlib.sha256(raw).hexdigest(),
                rows=len(rows) - 1,
                bad_rows=len(errors),
                pack=screener.ref,
                settings={MAPPING_SETTING: dict(mapping)},  # remembered for the next file
                on_chunk=on_chunk,
                result_json=screener.stored_json,  # compact: the pack keeps the texts
                product_ids=catalog.product_ids,
            )
        except ImportCancelled:
            errors.sort(key=lambda e: e.row)
            return ImportReport(imported=0, errors=errors, cancelled=True)
        if progress is not None:
            progress(total, total)
        errors.sort(key=lambda e: e.row)
        held = sum(1 for _, r in screened if r.hold and not r.blocked)
        blocked = sum(1 for _, r in screened if r.blocked)
        return ImportReport(imported=stored, errors=errors, cancelled=False, held=held,
                            blocked=blocked)
