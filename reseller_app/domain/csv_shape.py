"""Rows a CSV reader split wrongly: an unclosed quotation mark, another separator, a damaged cell.

The csv module reads almost anything without complaint. An unclosed quotation mark swallows the
following lines into one cell; a file whose first row is separated by commas and the rest by
semicolons gives rows of one cell each; a zero byte is kept inside a cell. Left alone, such rows
become orders with a customer named after whole lines, or orders named after whole rows. These
checks (pure: rows in, reasons out) find them, so that the import refuses the rows, naming them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.texts import t

# Where a line break or the separator is normal: free text such as notes and descriptions.
FREE_TEXT_KEYS = frozenset(("description", "intended_use"))
SEPARATORS = ",;\t|"
_SHOWN = 40  # characters of a suspect value quoted in a message
_LINE_END = re.compile(r"\r\n|\r|\n")


def separator_name(delimiter: str) -> str:
    """The separator in words, for messages."""
    if delimiter == ",":
        return t("commas")
    if delimiter == ";":
        return t("semicolons")
    if delimiter == "\t":
        return t("tabs")
    if delimiter == "|":
        return t("vertical bars")
    return repr(delimiter)


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _SHOWN else value[:_SHOWN] + "…"


@dataclass(frozen=True, slots=True)
class Layout:
    """How a file was split: its separator and, per row, its first and last line."""

    delimiter: str
    spans: Sequence[tuple[int, int]]  # spans[i] is the lines of row i + 1 (row 1: the header)
    has_nul: bool = False  # whether the file holds a zero byte anywhere (rare: checked then)


class OneLinePerRow(Sequence[tuple[int, int]]):
    """The spans of a file whose every row is one line (row ``i + 1`` is line ``i + 1``),
    without a pair kept per row."""

    def __init__(self, rows: int) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return self._rows

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [(n + 1, n + 1) for n in range(*i.indices(self._rows))]
        if not -self._rows <= i < self._rows:
            raise IndexError(i)
        n = i % self._rows + 1
        return (n, n)


def row_problem(number: int, values: list[str], headers: Sequence[str],
                index: Mapping[str, int], layout: Layout) -> str | None:
    """Why row ``number`` (``values``) was not split as its file's first row, or None.

    ``index`` maps the mapped field keys to their columns.
    """
    width = len(headers)
    first, last = layout.spans[number - 1]
    if last > first:  # a cell holds line breaks: normal in a note, not in a name or a number
        for key, column in index.items():
            if key in FREE_TEXT_KEYS or column >= len(values):
                continue
            cell = values[column]
            if ("\n" in cell or "\r" in cell) and (layout.delimiter in cell or key == "reference"):
                return t("the {column} cell holds line breaks and {separators}: a quotation "
                         "mark is probably not closed, so lines {first} to {last} of the file "
                         "were read into this one row", column=headers[column],
                         separators=separator_name(layout.delimiter), first=first, last=last)
    for column, cell in enumerate(values if layout.has_nul else ()):
        if "\x00" in cell:
            name = headers[column] if column < width else str(column + 1)
            return t("the {column} cell holds a zero byte (NUL), which no text holds: the file "
                     "is damaged in this row", column=name)
    # Blank cells after the last column name are no data (spreadsheets add trailing separators
    # to the first row, the other rows, or both).
    named = width
    while named > 1 and not headers[named - 1].strip():
        named -= 1
    if len(values) != width and (len(values) < named or any(c.strip() for c in values[named:])):
        return t("this row has {cells} cells where the first row has {columns} column names: a "
                 "separator or quotation mark in this row is probably wrong", cells=len(values),
                 columns=named)
    column = index.get("reference")
    if column is not None and column < len(values):
        reference = values[column]
        others = [d for d in SEPARATORS if d in reference]
        if others:
            return t("the order reference '{reference}' holds {separators}: the row is "
                     "probably separated otherwise than the first row",
                     reference=_shown(reference), separators=separator_name(others[0]))
    return None


def mixed_separators(header_line: str, rows: Sequence[list[str]], width: int,
                     delimiter: str) -> str | None:
    """The separator the rows below the header use when it is not the header's (the rows are
    each one cell holding it), else None."""
    if width < 2 or not rows or any(len(r) != 1 for r in rows):
        return None
    for other in SEPARATORS:
        if other != delimiter and all(other in r[0] for r in rows) and other not in header_line:
            return other
    return None


def column_over_limit(text: str, line: int, delimiter: str, quotechar: str | None,
                      limit: int) -> int:
    """The column (from 0) of the first cell longer than ``limit`` characters in the row that
    starts at line ``line`` (from 1) of ``text``, read as the csv module reads it."""
    start = 0
    for n, end in enumerate(_LINE_END.finditer(text), start=2):
        if n > line:
            break
        start = end.end()
    column, length, quoted = 0, 0, False
    i, size = start, len(text)
    while i < size:
        ch = text[i]
        if quoted:
            if ch == quotechar:
                if i + 1 < size and text[i + 1] == quotechar:
                    i += 1
                    length += 1
                else:
                    quoted = False
            else:
                length += 1
        elif ch == delimiter:
            column, length = column + 1, 0
        elif ch == quotechar and length == 0:
            quoted = True
        elif ch in "\r\n":
            break
        else:
            length += 1
        if length > limit:
            return column
        i += 1
    return column
