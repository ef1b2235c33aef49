"""Files from outside the app, read with limits, and their problems in the file's own words.

Every JSON file a user picks (an order, a distributor's decision, a criteria pack, a CSV column
mapping) is read here: :func:`read_json` turns bytes into data or raises :class:`InputError`
with one sentence. It refuses what Python's own reader would crash on or keep silently:

- data nested deeper than :data:`MAX_DEPTH` levels (1,000 levels ran the parser out of stack);
- whole numbers of more than :data:`MAX_INT_DIGITS` digits (5,000 digits hit Python's limit on
  turning text into an integer; no field of these files holds more than 13);
- text that is no text: a NUL character (PostgreSQL cannot store it) or half of a UTF-16
  surrogate pair (it cannot be written out as UTF-8 again);
- bytes that are not UTF-8 (or UTF-16/32, which JSON allows).

:func:`problem` words pydantic's first validation error as a sentence naming the field as the
file names it (``lines[2].quantity``, ``customer.type``), instead of pydantic's own words
("Input should be a valid dictionary or instance of Party").

Pure: bytes in, data out; the size of a file is checked before it is read, by
``services/input_files.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from reseller_app.domain.texts import t

# Deeper than any file the app reads (a criteria pack is 5 levels deep), far below the depth
# at which Python's JSON reader runs out of stack.
MAX_DEPTH = 64
# The largest whole number any of these files holds is a unit price below 10**12.
MAX_INT_DIGITS = 20
# A JSON escape for NUL or for half of a UTF-16 surrogate pair: only then are strings checked
# one by one (the common file costs one search).
_ODD_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class InputError(ValueError):
    """A file that cannot be read as what it should be; ``field`` is the place in the file
    (``lines[0].quantity``; empty for the whole file), ``message`` the reason in words."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class _LongNumber(str):
    """A whole number too long to read, kept as its text until its place is known."""


def field_path(loc: Sequence[Any]) -> str:
    """``("lines", 2, "quantity")`` as the file writes it: ``lines[2].quantity``."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item != "[key]":  # pydantic's mark for a key of a mapping: the key names it
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode(json.detect_encoding(raw))
    except UnicodeDecodeError as exc:
        raise InputError("", t("The file is not valid JSON: it is not UTF-8 text (the byte "
                               "at position {position} is not part of any character). Save "
                               "it as UTF-8 and try again.", position=exc.start)) from None


def read_json(raw: bytes | str) -> Any:
    """The data of a JSON document; :class:`InputError` in words when it cannot be read or
    goes beyond the limits above."""
    text = _decode(raw) if isinstance(raw, bytes | bytearray) else raw
    long_numbers = False

    def parse_int(digits: str) -> int | str:
        nonlocal long_numbers
        if len(digits) - digits.startswith("-") > MAX_INT_DIGITS:
            long_numbers = True
            return _LongNumber(digits)
        return int(digits)

    try:
        data = json.loads(text, parse_int=parse_int)
    except RecursionError:
        raise InputError("", _too_deep()) from None
    except json.JSONDecodeError as exc:
        raise InputError("", t("The file is not valid JSON: {error}.", error=exc)) from None
    _check(data, long_numbers or _ODD_ESCAPE.search(text) is not None)
    return data


def _too_deep() -> str:
    return t("The file nests its data more than {limit} levels deep; no file this app reads "
             "does that. Check that you chose the right file.", limit=MAX_DEPTH)


def _scalar_problem(value: Any) -> str | None:
    if type(value) is _LongNumber:
        digits = len(value) - value.startswith("-")
        return t("is a number of {digits} digits; numbers of more than {limit} digits are "
                 "not read.", digits=f"{digits:,}", limit=MAX_INT_DIGITS)
    if isinstance(value, str):
        if "\x00" in value:
            return t("holds a NUL character (\\u0000), which is not text.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return t("holds half of a character (a lone \\uD800-\\uDFFF escape), which is "
                     "not text.")
    return None


def _check(data: Any, scalars: bool) -> None:
    """Refuse data nested too deep; with ``scalars``, also long numbers and broken text, at
    the place they are. One pass over the containers (and then their values)."""
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(data, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if scalars:
            problem_here = _scalar_problem(node)
            if problem_here is not None and path:
                raise InputError(field_path(path), problem_here)
            if problem_here is not None:  # the whole file is one value: no field to name
                raise InputError("", t("The file holds a single value, not the data it "
                                       "should hold: it {problem}", problem=problem_here))
        if isinstance(node, Mapping):
            items: Any = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            continue
        if depth > MAX_DEPTH:
            raise InputError("", _too_deep())
        for key, value in items:
            if scalars and isinstance(key, str):
                key_problem = _scalar_problem(key)
                if key_problem is not None:  # the name itself: shown as an escape, \x00
                    shown = key.encode("unicode_escape", "backslashreplace").decode("ascii")
                    raise InputError(field_path((*path, shown)), key_problem)
            if scalars or isinstance(value, dict | list):
                stack.append((value, depth + 1, (*path, key)))


# -- values the format reads strictly -------------------------------------------------------------
def whole_number(value: Any) -> Any:
    """A whole number as JSON writes one (``40``); ``"40"``, ``40.0`` and ``true`` are
    refused, not read as 40 (a pydantic ``mode="before"`` validator)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(t("must be a whole number such as 40, written without quotes or a "
                           "decimal point"))
    return value


def iso_date(value: Any) -> Any:
    """A date as the format writes one: text ``YYYY-MM-DD`` (or a date from the app itself).
    A date with a time, a number of seconds or ``26/11/2026`` is refused."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(t("{value} is not a day of the calendar",
                               value=repr(value.strip()))) from None
    raise ValueError(t("must be a date written YYYY-MM-DD, such as 2026-11-02"))


# -- pydantic's errors in words -------------------------------------------------------------------
_NAME_PATTERN = r"^[a-z0-9_]+$"


def sentence(error: Mapping[str, Any]) -> str:
    """One of pydantic's errors (an item of ``ValidationError.errors()``) as words that say
    what the value must be, without naming pydantic's types."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        return str(error.get("msg", "")).removeprefix("Value error, ") \
            .removeprefix("Assertion failed, ")
    if kind == "missing":
        return t("is missing")
    if kind == "extra_forbidden":
        return t("is not a field of this file")
    if kind in ("string_type", "string_unicode", "string_sub_type"):
        return t("must be text in quotes")
    if kind in ("model_type", "model_attributes_type", "dict_type", "mapping_type",
                "dataclass_type"):
        return t("must be a group of named fields in braces, such as {example}",
                 example='{"name": "..."}')
    if kind in ("list_type", "tuple_type", "set_type", "frozen_set_type", "iterable_type"):
        return t("must be a list in square brackets, such as {example}", example='["..."]')
    if kind.startswith("int_"):
        return t("must be a whole number such as 40, written without quotes or a decimal "
                 "point")
    if kind.startswith(("float_", "decimal_")) or kind == "finite_number":
        return t("must be a number such as 310 or 310.50")
    if kind.startswith("bool_"):
        return t("must be true or false")
    if kind.startswith("date"):  # date_..., datetime_...
        return t("must be a date written YYYY-MM-DD, such as 2026-11-02")
    if kind in ("enum", "literal_error"):
        # pydantic's "'a', 'b' or 'c'" has an English "or": the choices as a plain list.
        expected = str(ctx.get("expected", ""))
        choices = re.findall(r"'[^']*'", expected) or [expected]
        return t("must be one of {choices}", choices=", ".join(choices))
    if kind == "greater_than_equal":
        return t("must be at least {limit}", limit=ctx.get("ge"))
    if kind == "greater_than":
        return t("must be more than {limit}", limit=ctx.get("gt"))
    if kind == "less_than_equal":
        return t("must not be more than {limit}", limit=ctx.get("le"))
    if kind == "less_than":
        return t("must be less than {limit}", limit=ctx.get("lt"))
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == _NAME_PATTERN:
            return t("may hold only lower-case letters a-z, digits and '_'")
        return t("does not have the form this field needs")
    if kind in ("string_too_short", "too_short"):
        return t("must not be empty")
    if kind == "string_too_long":
        return t("is longer than {limit} characters", limit=ctx.get("max_length"))
    if kind == "too_long":
        return t("has more than {limit} items", limit=ctx.get("max_length"))
    return str(error.get("msg", kind))


def problem(exc: ValidationError) -> tuple[str, str]:
    """The first of pydantic's errors as (the field as the file names it, the reason)."""
    error = exc.errors(include_url=False, include_input=False)[0]
    return field_path(tuple(error["loc"])), sentence(error)
