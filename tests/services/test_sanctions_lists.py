"""Reading a sanctions list file from disk: the right reader, OFAC's files beside sdn.csv, and
files refused in words before anything is read from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import LIMITS, InputKind
from reseller_app.services.sanctions_lists import read_list_file

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"


def test_each_format_is_read_from_its_file() -> None:
    ofac = read_list_file(DATA / "ofac" / "sdn.csv")
    assert ofac.source is ListSource.OFAC and len(ofac.entries) == 7
    assert ofac.name_count == 21  # with the aliases of alt.csv beside it
    assert read_list_file(DATA / "un-consolidated-excerpt.xml").source is ListSource.UN
    assert read_list_file(DATA / "eu-fsf-1.1-sample.xml").source is ListSource.EU
    assert read_list_file(DATA / "uk-sanctions-list-sample.csv").source is ListSource.UK


def test_ofac_without_its_alias_file_is_refused(tmp_path: Path) -> None:
    shutil.copy(DATA / "ofac" / "sdn.csv", tmp_path / "sdn.csv")
    shutil.copy(DATA / "ofac" / "add.csv", tmp_path / "ADD.CSV")  # any letter case will do
    with pytest.raises(ValidationError, match=r"alt\.csv is not beside sdn\.csv"):
        read_list_file(tmp_path / "sdn.csv")
    shutil.copy(DATA / "ofac" / "alt.csv", tmp_path / "alt.csv")
    listed = read_list_file(tmp_path / "sdn.csv")  # sdn_comments.csv may be missing
    assert listed.name_count == 19  # without the two weak aliases in sdn_comments.csv


def test_a_gigantic_file_is_refused_from_its_size_unread(tmp_path: Path) -> None:
    huge = tmp_path / "consolidated.xml"
    with huge.open("wb") as fh:
        fh.truncate(LIMITS[InputKind.SANCTIONS_LIST] + 1)  # sparse: nothing is written
    with pytest.raises(ValidationError) as caught:
        read_list_file(huge)
    assert caught.value.field == "file"
    assert "consolidated.xml is 200 MB" in caught.value.message
    assert "at most 200 MB" in caught.value.message


def test_a_broken_or_foreign_file_is_a_validation_error_in_words(tmp_path: Path) -> None:
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ValidationError, match=r"list\.pdf is none of the lists"):
        read_list_file(pdf)
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes((DATA / "un-consolidated-excerpt.xml").read_bytes()[:3000])
    with pytest.raises(ValidationError, match=r"consolidated\.xml, line \d+: the XML is broken"):
        read_list_file(cut)
    with pytest.raises(ValidationError, match="cannot be read"):
        read_list_file(tmp_path / "missing.xml")
