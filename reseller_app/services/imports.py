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
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from reseller_app.domain.order_rows import (
    FIELD_KEYS,
    FIELDS,
    BadRow,
    ImportField,
    ParsedOrder,
    orders_from_rows,
    suggest_mapping,
)
from reseller_app.domain.orders import SalesModel, order_to_json
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.dto import ImportReport, RowError
from reseller_app.services.errors import ValidationError
from reseller_app.services.packs import PackService
from reseller_app.store import bulk

MAPPING_SETTING = "csv_import_mapping"
_PROGRESS_EVERY = 250
_LOOKUP_SLICE = 500  # orders looked up at a time among those stored already


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


# What the catalog fills in when a file leaves it blank: a catalog that learnt a product's
# category since (the reason to screen again) does not make the same file another order.
_FILLED_PARTY = ("type", "sector", "government_function")


def file_facts(order: dict) -> str:
    """An order (JSON v1) as its file gives it, comparable: without what the catalog fills."""
    data = dict(order)
    for key in ("customer", "end_user"):
        party = data.get(key)
        if isinstance(party, dict):
            data[key] = {k: v for k, v in party.items() if k not in _FILLED_PARTY}
    data["lines"] = [{k: v for k, v in line.items() if k != "category"}
                     for line in data.get("lines") or () if isinstance(line, dict)]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _stored_facts(snapshots: Iterable[str]) -> set[str]:
    facts = set()
    for text in snapshots:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            continue
        if isinstance(data, dict):
            facts.add(file_facts(data))
    return facts


class _RowProgress:
    """Progress in the file's rows, known from the start (the CSV rows, counted before any
    order is built from them).

    An import passes over the rows three times (read into orders, screened, stored); each pass
    fills a third of the bar, so the bar moves from the first row and "rows" stay the unit the
    user knows. Every call is a chance to cancel; reports are spaced out (``step``), which
    bounds the signals a window receives.
    """

    def __init__(self, progress: Callable[[int, int], None] | None,
                 is_cancelled: Callable[[], bool] | None, total: int) -> None:
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.total = max(total, 1)
        # At most a few hundred reports per pass, however large the file: the window repaints
        # its bar for each, and more would only cost the import time.
        self.step = max(_PROGRESS_EVERY // 3, self.total // 300)
        self._last = -self.step

    def at(self, rows_done: float, *, force: bool = False) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled
        done = min(self.total, int(rows_done / 3))
        if done < self._last or (not force and done - self._last < self.step):
            return  # never backwards
        self._last = done
        if self.progress is not None:
            self.progress(done, self.total)


def _let_go(lists: list[list[Any]]) -> None:
    """Empty large lists a thousand items at a time.

    Dropping a list of a few hundred thousand objects frees them all in one C call that holds
    the interpreter lock: the window running the import froze for a sixth of a second at its
    end. Freed in slices, the lock changes hands between them.
    """
    for items in lists:
        while items:
            del items[-1000:]


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
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError("file", t("The file {file} cannot be read: {error}.",
                                            file=str(path), error=exc.strerror or exc)) from None
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
            # Row by row in Python, not list(reader): one C call over a large file holds the
            # interpreter lock long enough to freeze the window that runs the import.
            rows = [row for row in reader]
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
            held: list[list[Any]] = []  # the import's large lists, let go of piece by piece
            try:
                return self._import(path, mapping, progress, is_cancelled, held)
            finally:
                _let_go(held)

    def _import(
        self,
        path: str | Path,
        mapping: dict[str, str],
        progress: Callable[[int, int], None] | None,
        is_cancelled: Callable[[], bool] | None,
        held: list[list[Any]],
    ) -> ImportReport:
        raw, rows = self._read(path)
        held.append(rows)
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
        held.append(parsed)
        file_rows = len(rows) - 1
        bar = _RowProgress(progress, is_cancelled, file_rows)
        try:
            bar.at(0, force=True)  # the file's size in rows, before the slow part begins
            read = 0
            for item in orders_from_rows(numbered, index, default_sales_model=default_model,
                                         categories=catalog.categories, parties=catalog.parties):
                if isinstance(item, BadRow):
                    errors.append(RowError(item.row, item.reason))
                    read += 1
                else:
                    parsed.append(item)
                    read += len(item.rows)
                bar.at(read)
        except ImportCancelled:
            errors.sort(key=lambda e: e.row)
            return ImportReport(imported=0, errors=errors, cancelled=True)
        if not parsed and not errors:
            raise ValidationError("file", t(
                "The file has column names but no orders below them: nothing was imported. "
                "Check that you chose the right file."))

        try:
            parsed, already = self._split_imported(parsed, errors, bar)
        except ImportCancelled:
            errors.sort(key=lambda e: e.row)
            return ImportReport(imported=0, errors=errors, cancelled=True)
        held.append(parsed)

        screener = PackService(self.ctx).screener()
        screened: list[tuple[Any, Any]] = []
        held.append(screened)
        # Rows per order so far, to move the bar in rows while orders are screened and stored.
        rows_before = [0]
        for p in parsed:
            rows_before.append(rows_before[-1] + len(p.rows))
        start = file_rows - rows_before[-1]  # rows done with: bad or already imported
        taken: set[str] = set()
        try:
            for i, p in enumerate(parsed):
                if i % _PROGRESS_EVERY == 0:
                    check_cancel()
                    bar.at(file_rows + start + rows_before[i])
                screened.append((p.order, screener.screen(p.order)))

            def on_chunk(done: int) -> None:
                check_cancel()
                bar.at(2 * file_rows + start + rows_before[min(done, len(parsed))],
                       force=True)

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
                on_taken=taken.update,
            )
        except ImportCancelled:
            errors.sort(key=lambda e: e.row)
            return ImportReport(imported=0, errors=errors, cancelled=True)
        if progress is not None:
            progress(bar.total, bar.total)
        if taken:  # another import of the same orders finished first
            already += sum(len(p.rows) for p in parsed if p.order.reference in taken)
            screened = [(o, r) for o, r in screened if o.reference not in taken]
        errors.sort(key=lambda e: e.row)
        held = sum(1 for _, r in screened if r.hold and not r.blocked)
        blocked = sum(1 for _, r in screened if r.blocked)
        return ImportReport(imported=stored, errors=errors, cancelled=False, held=held,
                            blocked=blocked, already_imported=already)

    def _split_imported(self, parsed: list[ParsedOrder], errors: list[RowError],
                        bar: _RowProgress) -> tuple[list[ParsedOrder], int]:
        """The orders still to import, and how many rows hold orders imported already.

        An order stored with the same content (a corrected file imported again) is counted,
        not reported row by row; one whose reference is taken by a different order is a real
        error of its rows, which the user must look at. Looked up a slice at a time: a whole
        file imported again moves the bar (those rows are done with) and can be cancelled.
        """
        kept: list[ParsedOrder] = []
        already = found = 0
        for start in range(0, len(parsed), _LOOKUP_SLICE):
            chunk = parsed[start:start + _LOOKUP_SLICE]
            stored = bulk.stored_snapshots(self.ctx, [p.order.reference for p in chunk])
            if not stored:
                kept.extend(chunk)
                bar.at(bar.total + found)
                continue
            for p in chunk:
                snapshots = stored.get(p.order.reference)
                if snapshots is None:
                    kept.append(p)
                    continue
                found += len(p.rows)
                if file_facts(order_to_json(p.order)) in _stored_facts(snapshots):
                    already += len(p.rows)
                else:
                    reason = t("order {reference} already exists with other content: change "
                               "its reference in the file, or edit the order in the app",
                               reference=p.order.reference)
                    errors.extend(RowError(n, reason) for n in p.rows)
            bar.at(bar.total + found)  # found stored: their second pass is done
        return kept, already
