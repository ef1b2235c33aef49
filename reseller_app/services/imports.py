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
import importlib.resources
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from reseller_app.domain.csv_dates import DateOrder, decide_date_order
from reseller_app.domain.csv_shape import (
    SEPARATORS,
    Layout,
    OneLinePerRow,
    column_over_limit,
    mixed_separators,
    row_problem,
    separator_name,
)
from reseller_app.domain.mapping_presets import MappingPreset, choose_preset
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
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.packs import PackService
from reseller_app.services.party_checks import CUSTOMER, check_customer
from reseller_app.services.party_screening import (
    OrderPartyChecker,
    order_check_rows,
    order_party_checker,
)
from reseller_app.store import bulk

MAPPING_SETTING = "csv_import_mapping"
CUSTOMER_TYPE_SETTING = "csv_import_customer_type"  # a shop's customers are the same each time
_PARTY_BLOCK = 500  # orders whose parties are checked between two reads of the store
_PROGRESS_EVERY = 250
_LOOKUP_SLICE = 500  # orders looked up at a time among those stored already


class ImportCancelled(Exception):
    pass


class DateOrderNeeded(ValidationError):
    """The file's dates read two ways (02/11/2026): the user must say which order they are in.
    ``example`` is one such date."""

    def __init__(self, file: str, example: str) -> None:
        super().__init__("date_order", t(
            "The dates in {file} can be read two ways: {date} is day first or month first, and "
            "no date in the file tells which. Choose the date order of the file.",
            file=file, date=example))
        self.example = example


def _party_check_writers(ctx: AppContext, checker: OrderPartyChecker | None
                         ) -> dict[str, Any]:
    """What the import stores of the sanctions checks (``bulk.store_imported_orders``'s
    ``order_checks`` and ``customer_checks``): each order's parties, and each customer the
    import adds to the catalog, checked with the import's one name index. Nothing without
    lists."""
    if checker is None:
        return {}
    now = ctx.clock()

    def order_checks(order_id: int, order: Any, result: Any) -> list[dict[str, Any]]:
        if result.parties is None:
            return []
        return order_check_rows(order_id, order, result.parties, now)

    def customer_checks(customer_id: int, party: Any) -> dict[str, Any] | None:
        try:
            check = check_customer(ctx, party.name or "", party.country, index=checker.index)
        except ValidationError:  # a name too long to check: the re-screen says so later
            return None
        if check is None:
            return None
        return {"subject": CUSTOMER, "subject_id": customer_id, "role": CUSTOMER,
                "checked_at": now, **check.values()}

    return {"order_checks": order_checks, "customer_checks": customer_checks}


@cache
def mapping_presets() -> tuple[MappingPreset, ...]:
    """The shipped mapping presets (resources/mappings), validated once; generic last."""
    folder = importlib.resources.files("reseller_app.resources") / "mappings"
    presets = [MappingPreset.model_validate(json.loads(f.read_text(encoding="utf-8")))
               for f in sorted(folder.iterdir(), key=lambda f: f.name)
               if f.name.endswith(".json")]
    return tuple(sorted(presets, key=lambda p: not p.detect))


_SAMPLE = 8192  # characters looked at to tell a text file's dialect, or that it is no text
_HEAD = 256 * 1024  # bytes read to find a file's column names
# Control characters other than tab, line feed and carriage return: a text file has none.
# (A NUL counts as one: a single NUL is a damaged cell, named by row and column at import.)
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
    collected by a later full collection.

    At the end, what the import left alive moves to the collector's oldest generation without
    being walked (``freeze`` then ``unfreeze``): switched back on with all of it still "young",
    the collector's next run walked it all in one go, a tenth of a second that held the
    interpreter lock while the window waited.
    """
    if not gc.isenabled():  # someone else paused it (another import): leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


def _looks_binary(text: str) -> bool:
    """Whether decoded file content is no text at all (a spreadsheet, an archive, a program):
    more than a few control characters (NUL among them) in its first part."""
    sample = text[:_SAMPLE]
    return sum(1 for ch in sample if ch in _CONTROL) > max(len(sample) // 100, 1)


# What the catalog fills in when a file leaves it blank: a catalog that learnt a product's
# category since (the reason to screen again) does not make the same file another order.
_FILLED_PARTY = ("type", "sector", "government_function")


def file_facts(order: dict) -> str:
    """An order (JSON v1) as its file gives it, comparable: without what the catalog fills."""
    data = dict(order)
    for key in ("customer", "end_user", "consignee"):
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
    """Progress in the file's rows, from the start.

    An import passes over the rows four times (read from the file, built into orders, screened,
    stored); each pass fills a quarter of the bar, so the bar moves from the first row and
    "rows" stay the unit the user knows. While the file is read its rows are known only by its
    lines (``resize`` puts in the real count once read); the other passes are counted after the
    reading one (``offset``). Every call is a chance to cancel; reports are spaced out
    (``step``), which bounds the signals a window receives.
    """

    PASSES = 4

    def __init__(self, progress: Callable[[int, int], None] | None,
                 is_cancelled: Callable[[], bool] | None, total: int) -> None:
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.offset = 0
        self._last = 0
        self.resize(total)
        self._last = -self.step

    def resize(self, total: int) -> None:
        self.total = max(total, 1)
        # At most a few hundred reports per pass, however large the file: the window repaints
        # its bar for each, and more would only cost the import time.
        self.step = max(_PROGRESS_EVERY // self.PASSES, self.total // 300)

    def read(self, rows: int) -> None:
        """The file is read: its rows are counted, the other passes come after this one."""
        self.resize(rows)
        self.offset = self.total

    def at(self, rows_done: float, *, force: bool = False) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled
        done = min(self.total, int((rows_done + self.offset) / self.PASSES))
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


def _check_text(text: str, path: str | Path) -> None:
    """Refuse, in words, a file with nothing in it or one that is no text at all."""
    if not text or text.isspace():  # not strip(): no copy of a large file's text
        raise ValidationError("file", t("The file is empty."))
    if _looks_binary(text):
        raise ValidationError("file", t(
            "{file} is not a CSV text file: it holds other data, such as a spreadsheet "
            "workbook. Save or export the orders as CSV (comma-separated values) in your "
            "shop or spreadsheet program and import that file.", file=Path(path).name))


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


_separator_in = re.compile("[" + re.escape(SEPARATORS) + "]").search


def _lines(text: str, chunk: int = 1 << 16) -> Iterator[str]:
    """The lines of ``text`` as a file opened with newline="" gives them, a piece at a time:
    one StringIO of a whole large file is a copy made in one call that holds the interpreter
    lock (the window running the import stood still meanwhile). Pieces end after a "\n", so
    no line and no "\r\n" is cut in two."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + chunk)
        end = size if end < 0 else end + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


def _split(text: str, file: str, on_rows: Callable[[int], None] | None = None
           ) -> tuple[list[list[str]], Layout]:
    """The rows of a CSV text, and where each starts and ends in the file's lines;
    ``on_rows(count)`` hears every thousand rows (it may raise to stop)."""
    dialect = _dialect(text[:_SAMPLE])
    reader = csv.reader(_lines(text), dialect)
    rows: list[list[str]] = []
    spans: Sequence[tuple[int, int]] = []
    last = 0
    # No quoted cell and no escape character: each line is one row (as in many exports), so
    # the rows are taken a thousand at a time, with no line count kept row by row.
    one_line_rows = bool(dialect.quotechar) and dialect.quotechar not in text \
        and not dialect.escapechar
    try:
        if one_line_rows:
            while True:
                before = len(rows)
                rows.extend(islice(reader, 1000))
                if len(rows) - before < 1000:
                    break
                if on_rows is not None:
                    on_rows(len(rows))
            spans = OneLinePerRow(len(rows))
        else:
            append_row, append_span = rows.append, spans.append  # type: ignore[attr-defined]
            for values in reader:
                append_row(values)
                line = reader.line_num
                append_span((last + 1, line))
                last = line
                if on_rows is not None and not len(rows) % 1000:
                    on_rows(len(rows))
    except csv.Error as exc:
        if one_line_rows:
            last = len(rows)  # the lines of the rows read whole before it, one each
        row = len(rows) + 1
        limit = csv.field_size_limit()
        if "field larger than field limit" in str(exc):
            column_index = column_over_limit(text, last + 1, dialect.delimiter,
                                             dialect.quotechar, limit)
            header = rows[0] if rows else []
            column = (header[column_index].strip() if column_index < len(header)
                      else str(column_index + 1))
            raise ValidationError("file", t(
                "Row {row} of {file} has more than {limit} characters in its {column} cell, "
                "more than a CSV cell may hold: a quotation mark is probably not closed, or the "
                "file is damaged there. Nothing was imported.", row=row, file=file,
                limit=f"{limit:,}", column=column)) from None
        raise ValidationError("file", t("Row {row} of {file} cannot be read as CSV ({error}).",
                                        row=row, file=file, error=exc)) from None
    return rows, Layout(dialect.delimiter, spans, "\x00" in text)


class ImportService:
    fields: tuple[ImportField, ...] = FIELDS

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def _read(self, path: str | Path, bar: _RowProgress | None = None
              ) -> tuple[bytes, list[list[str]], Layout]:
        """The file's bytes, rows and layout; ``bar`` shows the rows as they are read (the
        file's lines count them until then)."""
        raw = read_input(path, InputKind.CSV)  # refused in words when unreadable or too large
        on_rows = None
        if bar is not None:
            bar.resize(raw.count(b"\n") - 1 + (not raw.endswith(b"\n")))
            bar.at(0, force=True)
            on_rows = bar.at
        text = _decode(raw)
        _check_text(text, path)
        rows, layout = _split(text, Path(path).name, on_rows)
        if not rows or not any(h.strip() for h in rows[0]):
            raise ValidationError("file", t("The first row must hold the column names."))
        if bar is not None:
            bar.read(len(rows) - 1)
        return raw, rows, layout

    def read_headers(self, path: str | Path) -> list[str]:
        """The file's column names, read from its first part only: choosing a file of 200,000
        rows in the window must not read it all on the spot (the import reads and checks the
        whole file, off the window's thread)."""
        head = read_input(path, InputKind.CSV, head=_HEAD)
        if len(head) == _HEAD:  # cut at a line's end, never inside a character
            cut = head.rfind(b"\n")
            if cut <= 0:  # a first line longer than the head: read it all
                return [h.strip() for h in self._read(path)[1][0]]
            head = head[:cut + 1]
        text = _decode(head)
        _check_text(text, path)
        try:
            first = next(csv.reader(io.StringIO(text, newline=""), _dialect(text[:_SAMPLE])), [])
        except csv.Error:  # the import names the row and what is wrong with it
            return [h.strip() for h in self._read(path)[1][0]]
        if not any(h.strip() for h in first):
            raise ValidationError("file", t("The first row must hold the column names."))
        return [h.strip() for h in first]

    def preset_for(self, headers: list[str]) -> MappingPreset | None:
        """The shipped mapping preset that fits a file's columns (Shopify's, WooCommerce's, or
        the generic one)."""
        return choose_preset(headers, mapping_presets())

    def customer_types(self) -> list[tuple[str, str]]:
        """(id, label) of the active pack's customer types, for a file's default type."""
        vocabulary = PackService(self.ctx).localized().vocabulary
        return [(term.id, term.label) for term in vocabulary.customer_types]

    def default_sales_model(self) -> SalesModel:
        """The sales model of orders whose row gives none when the import is given none: the
        company's usual one (sales-assisted for a company that sells both ways)."""
        return bulk.default_sales_model(self.ctx) or SalesModel.ASSISTED

    def remembered_customer_type(self) -> str | None:
        """The default customer type the last import was given (a shop's customers are the same
        kind from one export to the next)."""
        value = bulk.get_setting(self.ctx, CUSTOMER_TYPE_SETTING)
        return value if isinstance(value, str) and value else None

    def remembered_mapping(self) -> dict[str, str]:
        value = bulk.get_setting(self.ctx, MAPPING_SETTING)
        return value if isinstance(value, dict) else {}

    def suggest_mapping(self, headers: list[str]) -> dict[str, str]:
        """A shop's preset where its export is recognised (the mapping remembered from the last
        import fills what the preset leaves out), else the remembered mapping, then the
        generic preset and the usual column names."""
        remembered = self.remembered_mapping()
        preset = self.preset_for(headers)
        if preset is None:
            return suggest_mapping(headers, remembered)
        mapping = preset.mapping_for(headers)
        if preset.detect:
            # The shop's columns are known: guessing from names would take its "Notes" for the
            # intended use and its "Tags" for use cases.
            taken = set(mapping.values())
            for key, header in remembered.items():
                if key in FIELD_KEYS and key not in mapping and header in headers \
                        and header not in taken:
                    mapping[key] = header
                    taken.add(header)
            return mapping
        # The remembered choices first; the generic preset's names where they take no column
        # the remembered mapping uses.
        remembered = {k: h for k, h in remembered.items() if h in headers}
        used = set(remembered.values())
        generic = {k: h for k, h in mapping.items() if h not in used}
        return suggest_mapping(headers, {**generic, **remembered})

    # -- checking what was read ------------------------------------------------------------
    @staticmethod
    def _well_split(numbered: list[tuple[int, list[str]]], header_cells: list[str],
                    headers: list[str], index: dict[str, int], layout: Layout, file: str,
                    errors: list[RowError]) -> list[tuple[int, list[str]]]:
        """The rows the CSV reader split as the first row; the others are named in ``errors``
        with their whole order, or the file is refused when no row fits its first row."""
        width = len(headers)
        other = mixed_separators(layout.delimiter.join(header_cells), [r for _, r in numbered],
                                 width, layout.delimiter)
        if other is not None:
            raise ValidationError("file", t(
                "The first row of {file} separates its column names with {header} but the rows "
                "below it use {rows}: nothing was imported. Save or export the file again with "
                "one separator.", file=file, header=separator_name(layout.delimiter),
                rows=separator_name(other)))
        bad: dict[int, str] = {}
        spans = layout.spans
        ref_col = index.get("reference")
        for n, values in numbered:
            first, last = spans[n - 1]
            # Only a row that looks odd is looked at closely (most rows of most files are fine).
            if len(values) != width or last > first or layout.has_nul or (
                    ref_col is not None and ref_col < len(values)
                    and _separator_in(values[ref_col])):
                reason = row_problem(n, values, headers, index, layout)
                if reason is not None:
                    bad[n] = reason
        if not bad:
            return numbered
        if len(bad) == len(numbered) and len(bad) > 1:
            raise ValidationError("file", t(
                "No row of {file} is split into the columns its first row names ({columns} "
                "columns, separated by {separators}); row {row}: {reason}. Nothing was "
                "imported: save or export the file again as CSV.", file=file, columns=width,
                separators=separator_name(layout.delimiter), row=min(bad),
                reason=bad[min(bad)]))
        # An order is imported whole or not at all: the other rows of a refused row's order
        # go too, or they would make an order of their own without its first row.
        refs: dict[str, int] = {}
        if ref_col is not None:
            for n, values in numbered:
                if n in bad and ref_col < len(values):
                    ref = values[ref_col].strip()
                    if ref and "\n" not in ref:
                        refs.setdefault(ref, n)
        kept = []
        for n, values in numbered:
            if n in bad:
                errors.append(RowError(n, bad[n]))
                continue
            ref = values[ref_col].strip() if ref_col is not None and ref_col < len(values) \
                else ""
            if ref in refs:
                errors.append(RowError(n, t("left out because another row of order "
                                            "{reference} is bad", reference=ref)))
                continue
            kept.append((n, values))
        return kept

    @staticmethod
    def _file_date_order(numbered: list[tuple[int, list[str]]], column: int | None,
                         chosen: DateOrder | None, file: str) -> DateOrder | None:
        """How the file's dates are read: as all of them show, else as the user chose; never
        guessed (:class:`DateOrderNeeded`)."""
        if column is None:
            return chosen
        # Each different date once, in file order (a file repeats few: one a day or so).
        dates = dict.fromkeys([r[column] for _, r in numbered if column < len(r)])
        decision = decide_date_order(dates)
        if decision.mixed:
            raise ValidationError("date_order", t(
                "The dates in {file} are written in two orders: {day_first} is day first and "
                "{month_first} month first. Nothing was imported: correct the dates in the file.",
                file=file, day_first=decision.day_first, month_first=decision.month_first))
        if decision.order is not None:
            if chosen is not None and chosen is not decision.order:
                # One sentence per order, so that each is translated whole.
                if decision.order is DateOrder.DMY:
                    raise ValidationError("date_order", t(
                        "The dates in {file} are not in the order chosen: {date} can only be "
                        "day first. Choose day first, or leave the choice to the file.",
                        file=file, date=decision.day_first))
                raise ValidationError("date_order", t(
                    "The dates in {file} are not in the order chosen: {date} can only be month "
                    "first. Choose month first, or leave the choice to the file.", file=file,
                    date=decision.month_first))
            return decision.order
        if decision.needs_choice and chosen is None:
            raise DateOrderNeeded(file, decision.ambiguous or "")
        return chosen

    # -- importing -------------------------------------------------------------------------
    def import_csv(
        self,
        path: str | Path,
        mapping: dict[str, str],
        *,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        date_order: DateOrder | str | None = None,
        customer_type: str | None = None,
        sales_model: str | None = None,
    ) -> ImportReport:
        """Import a file. ``date_order`` says how to read dates such as 02/11/2026 when the
        file does not tell (:class:`DateOrderNeeded` is raised when it must be said);
        ``customer_type`` (a pack's customer type id) is the type of the customers that neither
        the file nor the catalog gives one; ``sales_model`` ('assisted' or 'self_service') is
        the sales model of the orders whose row gives none, instead of the company's usual one
        (a webshop's export: self-service, which the pack holds sooner)."""
        order = self._date_order(date_order)
        default_type = self._customer_type(customer_type)
        default_model = self._sales_model(sales_model)
        with _cyclic_gc_paused():
            held: list[list[Any]] = []  # the import's large lists, let go of piece by piece
            try:
                return self._import(path, mapping, progress, is_cancelled, held, order,
                                    default_type, default_model)
            finally:
                _let_go(held)

    @staticmethod
    def _date_order(value: DateOrder | str | None) -> DateOrder | None:
        if value is None or value == "":
            return None
        try:
            return DateOrder(str(value).lower())
        except ValueError:
            raise ValidationError("date_order", t(
                "'{value}' is no date order: day first is 'dmy', month first 'mdy'.",
                value=value)) from None

    def _customer_type(self, value: str | None) -> str | None:
        if not value:
            return None
        known = [term_id for term_id, _ in self.customer_types()]
        if value not in known:
            raise ValidationError("customer_type", t(
                "'{value}' is not a customer type of the criteria pack in use; choose one of: "
                "{types}.", value=value, types=", ".join(known)))
        return value

    @staticmethod
    def _sales_model(value: str | None) -> SalesModel | None:
        if not value:
            return None
        try:
            return SalesModel(value)
        except ValueError:
            raise ValidationError("sales_model", t(
                "'{value}' is no sales model: an order taken by a salesperson is 'assisted', "
                "one placed in a webshop 'self_service'.", value=value)) from None

    def _import(
        self,
        path: str | Path,
        mapping: dict[str, str],
        progress: Callable[[int, int], None] | None,
        is_cancelled: Callable[[], bool] | None,
        held: list[list[Any]],
        date_order: DateOrder | None = None,
        customer_type: str | None = None,
        sales_model: SalesModel | None = None,
    ) -> ImportReport:
        bar = _RowProgress(progress, is_cancelled, 0)
        try:
            raw, rows, layout = self._read(path, bar)
        except ImportCancelled:
            return ImportReport(imported=0, errors=[], cancelled=True)
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

        file = Path(path).name
        # A row with something in it (joined: one test per row, not one per cell).
        numbered = [(n, r) for n, r in enumerate(rows[1:], start=2) if "".join(r).strip()]
        errors: list[RowError] = []
        numbered = self._well_split(numbered, rows[0], headers, index, layout, file, errors)
        date_order = self._file_date_order(numbered, index.get("date"), date_order, file)
        default_model = sales_model or self.default_sales_model()
        catalog = bulk.import_catalog(self.ctx)
        parsed: list[ParsedOrder] = []
        held.append(parsed)
        file_rows = len(rows) - 1
        try:
            read = 0
            for item in orders_from_rows(numbered, index, default_sales_model=default_model,
                                         categories=catalog.categories, parties=catalog.parties,
                                         date_order=date_order,
                                         default_customer_type=customer_type):
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
        # Every party against the sanctions lists: one name index for the whole file, and one
        # read of the matched entries and their reviews per block of orders (None, after one
        # query, without lists: the orders screen as before).
        checker = order_party_checker(self.ctx, screener.pack)
        parties: list[Any] = []  # the current block's, from order ``block_start`` on
        block_start = 0
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
                if checker is None:
                    screened.append((p.order, screener.screen(p.order)))
                    continue
                if i % _PARTY_BLOCK == 0:  # the matched entries and reviews: a read per block
                    check_cancel()
                    block_start = i
                    with self.ctx.session() as s:
                        parties = checker.screenings(
                            s, [(None, q.order) for q in parsed[i:i + _PARTY_BLOCK]])
                screened.append((p.order, screener.screen(p.order, parties[i - block_start])))

            def on_chunk(done: int) -> None:
                check_cancel()
                bar.at(2 * file_rows + start + rows_before[min(done, len(parsed))],
                       force=True)

            stored = bulk.store_imported_orders(
                self.ctx,
                screened,
                file_name=file,
                file_sha256=hashlib.sha256(raw).hexdigest(),
                rows=len(rows) - 1,
                bad_rows=len(errors),
                pack=screener.ref,
                # Remembered for the next file.
                settings={MAPPING_SETTING: dict(mapping),
                          CUSTOMER_TYPE_SETTING: customer_type or ""},
                on_chunk=on_chunk,
                result_json=screener.stored_json,  # compact: the pack keeps the texts
                product_ids=catalog.product_ids,
                choices={k: str(v) for k, v in (("date_order", date_order),
                                                ("default_customer_type", customer_type),
                                                ("default_sales_model", sales_model)) if v},
                on_taken=taken.update,
                **_party_check_writers(self.ctx, checker),
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
        on_hold = sum(1 for _, r in screened if r.hold and not r.blocked)
        blocked = sum(1 for _, r in screened if r.blocked)
        return ImportReport(imported=stored, errors=errors, cancelled=False, held=on_hold,
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
