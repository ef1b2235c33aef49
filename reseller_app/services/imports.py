"""Import orders from a shop's or ERP's CSV export: map, screen, store, all or nothing.

Every order is screened with the active pack. Bad rows are reported with their line number and
reason, and their orders left out; the good orders are stored in one transaction with one audit
event, so a cancel, a crash or a full disk leaves nothing half-imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
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
from reseller_app.services.context import AppContext
from reseller_app.services.dto import ImportReport, RowError
from reseller_app.services.errors import ValidationError
from reseller_app.services.packs import PackService
from reseller_app.store import bulk

MAPPING_SETTING = "csv_import_mapping"
_PROGRESS_EVERY = 250


class ImportCancelled(Exception):
    pass


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


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
            raise ValidationError("file", f"The file cannot be read: {exc.strerror}.") from None
        text = _decode(raw)
        if not text.strip():
            raise ValidationError("file", "The file is empty.")
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:8192]))
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ValidationError("file", f"This is not a readable CSV file ({exc}).") from None
        if not rows or not any(h.strip() for h in rows[0]):
            raise ValidationError("file", "The first row must hold the column names.")
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
        raw, rows = self._read(path)
        headers = [h.strip() for h in rows[0]]
        unknown_keys = [k for k in mapping if k not in FIELD_KEYS]
        if unknown_keys:
            raise ValidationError("mapping", f"Unknown fields in the mapping: {unknown_keys}.")
        if not mapping.get("reference"):
            raise ValidationError("reference", "Choose the column that holds the order reference.")
        missing = [h for h in mapping.values() if h and h not in headers]
        if missing:
            raise ValidationError("mapping", f"The file has no column named {missing[0]!r}.")
        index = {key: headers.index(h) for key, h in mapping.items() if h}

        def check_cancel() -> None:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled

        numbered = ((n, r) for n, r in enumerate(rows[1:], start=2) if any(c.strip() for c in r))
        default_model = bulk.default_sales_model(self.ctx) or SalesModel.ASSISTED
        parsed: list[ParsedOrder] = []
        errors: list[RowError] = []
        for item in orders_from_rows(numbered, index, default_sales_model=default_model):
            if isinstance(item, BadRow):
                errors.append(RowError(item.row, item.reason))
            else:
                parsed.append(item)

        existing = bulk.existing_references(self.ctx, [p.order.reference for p in parsed])
        if existing:
            kept = []
            for p in parsed:
                if p.order.reference in existing:
                    errors.extend(RowError(n, f"order {p.order.reference} already exists")
                                  for n in p.rows)
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
