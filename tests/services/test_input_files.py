"""Reading a file the user picked: its size is checked against its kind's limit first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import (
    LIMITS,
    MB,
    InputKind,
    read_input,
    read_stream,
    size_words,
)


def sized(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


# The CSV's 256 MB and a list's 200 MB are not read in a test: their limits are checked from the
# size (below, and in tests/services/test_sanctions_lists.py).
@pytest.mark.parametrize("kind", [k for k in InputKind
                                  if k not in (InputKind.CSV, InputKind.SANCTIONS_LIST)])
def test_a_file_at_the_limit_is_read_and_one_byte_more_is_refused(tmp_path, kind):
    assert len(read_input(sized(tmp_path / "at.bin", LIMITS[kind]), kind)) == LIMITS[kind]
    with pytest.raises(ValidationError) as exc:
        read_input(sized(tmp_path / "over.bin", LIMITS[kind] + 1), kind)
    assert exc.value.field == "file"
    assert exc.value.message.startswith("over.bin is ")
    assert f"(at most {size_words(LIMITS[kind])})" in exc.value.message


def test_the_limits_are_the_documented_ones():
    assert {k.value: size_words(v) for k, v in LIMITS.items()} == {
        "order": "5 MB", "decision": "5 MB", "pack": "20 MB", "mapping": "1 MB",
        "csv": "256 MB", "attachment": "20 MB", "sanctions_list": "200 MB"}
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for kind, words in (("order JSON", "5 MB"), ("distributor decision file", "5 MB"),
                        ("criteria pack", "20 MB"), ("CSV column mapping", "1 MB"),
                        ("CSV of orders", "256 MB"), ("file attached", "20 MB"),
                        ("sanctions list file", "200 MB")):
        assert any(line.startswith(f"| {kind}") and f"| {words}" in line
                   for line in readme.splitlines()), kind


def test_a_huge_csv_is_refused_from_its_size(tmp_path):
    with pytest.raises(ValidationError, match=r"orders\.csv is 2 GB"):
        read_input(sized(tmp_path / "orders.csv", 2 * 1024**3), InputKind.CSV)


@pytest.mark.parametrize(("size", "words"), [
    (300, "300 bytes"), (2048, "2 KB"), (1536, "1.5 KB"), (5 * MB, "5 MB"),
    (int(2.5 * 1024 * MB), "2.5 GB"), (12 * 1024 * MB + 1, "12 GB"),
])
def test_sizes_are_said_as_people_say_them(size, words):
    assert size_words(size) == words


def test_a_stream_is_read_up_to_the_limit():
    limit = LIMITS[InputKind.MAPPING]
    assert read_stream(io.BytesIO(b"x" * limit), InputKind.MAPPING, "stdin") == b"x" * limit
    with pytest.raises(ValidationError, match="stdin holds more than 1 MB"):
        read_stream(io.BytesIO(b"x" * (limit + 1)), InputKind.MAPPING, "stdin")


@pytest.mark.parametrize("name", ["nowhere.json", "."])
def test_a_file_that_cannot_be_read_is_said_in_words(tmp_path, name):
    with pytest.raises(ValidationError) as exc:
        read_input(tmp_path / name, InputKind.ORDER)
    assert exc.value.field == "file" and "cannot be read" in exc.value.message
