"""Reading JSON from outside with limits, and pydantic's errors in the file's words."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reseller_app.domain.inputs import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    InputError,
    field_path,
    iso_date,
    problem,
    read_json,
    whole_number,
)
from reseller_app.domain.orders import OrderInputError, parse_order, parse_order_json


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_data_as_deep_as_the_limit_is_read_and_one_level_more_is_not():
    assert read_json(nested(MAX_DEPTH)) is not None
    for text in (nested(MAX_DEPTH + 1), '{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1)):
        with pytest.raises(InputError) as exc:
            read_json(text)
        assert exc.value.field == "" and f"more than {MAX_DEPTH} levels" in exc.value.message


@pytest.mark.parametrize("levels", [1000, 100_000])
def test_nesting_that_ran_the_parser_out_of_stack_is_refused_in_words(levels):
    with pytest.raises(InputError, match="levels deep"):
        read_json(nested(levels).encode())


def test_long_numbers_are_refused_where_they_are():
    ok = "9" * MAX_INT_DIGITS
    assert read_json(f'{{"n": {ok}, "m": -{ok}}}') == {"n": int(ok), "m": -int(ok)}
    with pytest.raises(InputError) as exc:
        read_json('{"lines": [{"sku": "A"}, {"quantity": ' + "9" * 5000 + "}]}")
    assert exc.value.field == "lines[1].quantity"
    assert "5,000 digits" in exc.value.message and str(MAX_INT_DIGITS) in exc.value.message
    with pytest.raises(InputError) as exc:
        read_json("-" + "1" * (MAX_INT_DIGITS + 1))
    assert exc.value.field == "" and "single value" in exc.value.message


@pytest.mark.parametrize(("text", "field", "words"), [
    ('{"customer": {"name": "a\\u0000b"}}', "customer.name", "NUL"),
    ('{"note": "\\ud800"}', "note", "half of a character"),
    ('{"files": [{"name": "\\udfff"}]}', "files[0].name", "half of a character"),
    ('{"a\\u0000": 1}', "a\\x00", "NUL"),  # a name: written as an escape
    ('{"x": {"\\ud800": 1}}', "x.\\ud800", "half of a character"),
])
def test_text_that_is_no_text_is_refused_where_it_is(text, field, words):
    with pytest.raises(InputError) as exc:
        read_json(text.encode())
    assert exc.value.field == field and words in exc.value.message


def test_text_that_only_looks_odd_is_read():
    assert read_json(b'{"emoji": "\\ud83d\\ude00", "path": "C:\\\\u0000x"}') == \
        {"emoji": "\U0001F600", "path": "C:\\u0000x"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_the_encodings_json_allows_are_read(encoding):
    assert read_json('{"name": "Müller"}'.encode(encoding)) == {"name": "Müller"}


@pytest.mark.parametrize(("raw", "words"), [
    (b'{"name": "M\xfcller"}', "not UTF-8 text (the byte at position 11"),
    (b"{not json", "not valid JSON: Expecting property name"),
    (b"", "not valid JSON"),
])
def test_bytes_that_are_not_json_text_are_refused_in_words(raw, words):
    with pytest.raises(InputError) as exc:
        read_json(raw)
    assert words in exc.value.message


def test_field_paths_are_written_as_the_file_writes_them():
    assert field_path(("lines", 2, "quantity")) == "lines[2].quantity"
    assert field_path(("rules", 0, "when", "speed", "[key]")) == "rules[0].when.speed"
    assert field_path(()) == ""


@pytest.mark.parametrize("value", [40, 1, 0, -3])
def test_whole_numbers_written_as_numbers_pass(value):
    assert whole_number(value) == value


@pytest.mark.parametrize("value", ["40", 40.0, 3.5, True, None, "forty", [40]])
def test_whole_numbers_written_otherwise_are_refused(value):
    with pytest.raises(ValueError, match="whole number such as 40, written without quotes"):
        whole_number(value)


@pytest.mark.parametrize(("value", "words"), [
    ("2026-11-02T10:00:00", "YYYY-MM-DD"), (0, "YYYY-MM-DD"), ("26/11/2026", "YYYY-MM-DD"),
    ("20261102", "YYYY-MM-DD"), ("2026-02-30", "not a day of the calendar"),
])
def test_dates_are_only_read_as_yyyy_mm_dd(value, words):
    with pytest.raises(ValueError, match=words):
        iso_date(value)


class _Line(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    gap: int = Field(default=3, ge=0, le=6)
    flag: bool = False


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lines: tuple[_Line, ...] = ()
    level: str = "standard"
    owner: _Line | None = None


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"lines": [{"id": "a"}, {}]}, "lines[1].id", "is missing"),
    ({"lines": [{"id": "Bad Id"}]}, "lines[0].id", "lower-case letters a-z, digits and '_'"),
    ({"lines": [{"id": "a", "gap": 9}]}, "lines[0].gap", "must not be more than 6"),
    ({"lines": [{"id": "a", "gap": -1}]}, "lines[0].gap", "must be at least 0"),
    ({"lines": [{"id": "a", "gap": "x"}]}, "lines[0].gap", "whole number"),
    ({"lines": [{"id": "a", "flag": "maybe"}]}, "lines[0].flag", "true or false"),
    ({"lines": [{"id": "a", "colour": "red"}]}, "lines[0].colour", "not a field of this file"),
    ({"lines": "a"}, "lines", "list in square brackets"),
    ({"owner": "ACME"}, "owner", "group of named fields in braces"),
    ({"level": 5}, "level", "text in quotes"),
])
def test_pydantic_errors_become_sentences_naming_the_field(data, field, words):
    with pytest.raises(ValidationError) as exc:
        _Doc.model_validate(data)
    where, reason = problem(exc.value)
    assert where == field and words in reason
    assert "Input should" not in reason and "Field required" not in reason


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"customer": "ACME"}, "customer", "group of named fields in braces"),
    ({"end_user": ["ACME"]}, "end_user", "group of named fields in braces"),
    ({"date": "2026-11-02T10:00:00"}, "date", "must be a date written YYYY-MM-DD"),
    ({"date": 1700000000}, "date", "must be a date written YYYY-MM-DD"),
    ({"sales_model": "online"}, "sales_model", "must be one of 'assisted', 'self_service'"),
    ({"lines": [{"quantity": 1}, "LT-14"]}, "lines[1]", "group of named fields in braces"),
    ({"lines": [{"unit_price": "ten"}]}, "lines[0].unit_price", "must be a number such as 310"),
    ({"reference": 1042}, "reference", "must be text in quotes"),
])
def test_order_errors_name_the_field_as_the_file_does(data, field, words):
    with pytest.raises(OrderInputError) as exc:
        parse_order(data)
    assert exc.value.field == field and words in exc.value.message


# -- a quantity is a whole number written as a number ----------------------------------------------
@pytest.mark.parametrize("quantity", ['"40"', "40.0", "3.0", '" 40 "', "4e1", "true"])
def test_a_quantity_written_as_text_or_with_a_decimal_point_is_refused(quantity):
    with pytest.raises(OrderInputError) as exc:
        parse_order_json('{"lines": [{"sku": "A", "quantity": ' + quantity + "}]}")
    assert exc.value.field == "lines[0].quantity"
    assert "whole number such as 40, written without quotes or a decimal point" in \
        exc.value.message


def test_a_quantity_written_as_a_number_is_read():
    order = parse_order_json(json.dumps({"lines": [{"sku": "A", "quantity": 40}]}))
    assert order.lines[0].quantity == 40
