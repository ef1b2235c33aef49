"""Bad input at the service level: a list file cut short, of another format or gigantic is
refused in words naming the file, and nothing stored changes (rows counted before and after);
a name of 10 MB is refused; control characters, right-to-left text and an empty name are
checked without harm."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.matching import Verdict
from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import LIMITS, InputKind
from reseller_app.services.party_index import NameUncheckable, check_party
from reseller_app.services.sanctions_lists import import_list

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
OFAC = DATA / "ofac"
UN = DATA / "un-consolidated-excerpt.xml"
TABLES = ("sanction_list", "sanction_entry", "audit_event", "record_stamp")
# Saddam Hussein's name in the Arabic script, as the UN excerpt writes it (entry IQi.001).
ARABIC = "صدام حسين التكريتي"


def counts(ctx) -> dict[str, int]:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture
def listed(ctx):
    """A database holding the UN excerpt already: a refused import must leave it as it is."""
    import_list(ctx, UN)
    return ctx


def ofac_set(folder: Path, **replace: bytes) -> Path:
    """OFAC's excerpt copied into ``folder``, with some of its files' bytes replaced."""
    folder.mkdir()
    for file in OFAC.iterdir():
        shutil.copy(file, folder / file.name)
    for name, data in replace.items():
        (folder / f"{name}.csv").write_bytes(data)
    return folder / "sdn.csv"


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("sdn.csv", (OFAC / "sdn.csv").read_bytes())
    return buf.getvalue()


SDN = (OFAC / "sdn.csv").read_bytes()
CASES = {
    # cut in the middle of a row, between two fields: the row has too few columns
    "sdn cut mid-row": ({"sdn": SDN[:SDN.index(b"-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")
                              + 10]},
                        "sdn.csv", ("line 2", "cut short")),
    # cut inside a quoted field: the CSV itself is broken
    "sdn cut in a quote": ({"sdn": SDN[:SDN.index(b"ABBAS") + 3]}, "sdn.csv", ("line 3",)),
    "alt cut mid-row": ({"alt": (OFAC / "alt.csv").read_bytes()[:60]}, "alt.csv", ("alt.csv",)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_cut_ofac_set_is_refused_naming_the_file_and_row(listed, tmp_path, case) -> None:
    replace, file, words = CASES[case]
    before = counts(listed)
    with pytest.raises(ValidationError) as refused:
        import_list(listed, ofac_set(tmp_path / "ofac", **replace))
    assert refused.value.field == "file"
    message = refused.value.message
    assert file in message and all(w in message for w in words), message
    assert "\n" not in message
    assert counts(listed) == before


def test_a_un_list_cut_mid_element_is_refused(listed, tmp_path) -> None:
    data = UN.read_bytes()
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes(data[:data.index(b"<FIRST_NAME>", 2000) + 8])  # inside "<FIRST_NAME>"
    before = counts(listed)
    with pytest.raises(ValidationError) as refused:
        import_list(listed, cut)
    assert "consolidated.xml, line" in refused.value.message
    assert "cut short" in refused.value.message
    assert counts(listed) == before


@pytest.mark.parametrize(("name", "data", "words"), [
    ("orders_export.csv", b"Name,Email,Financial Status,Paid at\n#1001,a@b.example,paid,\n",
     "orders_export.csv is none of the lists"),
    ("list.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
     "list.pdf is none of the lists"),
    ("sdn.zip", _zip(), "sdn.zip"),
    ("sdn.csv", b"", "sdn.csv"),
    ("blank.xml", b"  \r\n\t\n", "blank.xml is empty"),
])
def test_a_file_of_another_format_is_refused_in_words(listed, tmp_path, name, data,
                                                       words) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = counts(listed)
    with pytest.raises(ValidationError) as refused:
        import_list(listed, path)
    assert words in refused.value.message and "\n" not in refused.value.message
    assert counts(listed) == before


def test_a_gigantic_file_is_refused_unread(listed, tmp_path) -> None:
    folder = tmp_path / "ofac"
    huge = ofac_set(folder)
    with huge.open("r+b") as fh:
        fh.truncate(LIMITS[InputKind.SANCTIONS_LIST] + 1)  # sparse: nothing large is written
    before = counts(listed)
    with pytest.raises(ValidationError) as refused:
        import_list(listed, huge)
    assert "sdn.csv is 200 MB" in refused.value.message
    assert counts(listed) == before
    # A gigantic file beside sdn.csv is refused the same way.
    big_alt = ofac_set(tmp_path / "ofac2")
    with big_alt.with_name("alt.csv").open("r+b") as fh:
        fh.truncate(LIMITS[InputKind.SANCTIONS_LIST] + 1)
    with pytest.raises(ValidationError) as refused:
        import_list(listed, big_alt)
    assert "alt.csv is 200 MB" in refused.value.message
    assert counts(listed) == before


def test_a_name_of_ten_megabytes_is_refused_in_words(listed) -> None:
    before = counts(listed)
    with pytest.raises(ValidationError) as refused:
        check_party(listed, "A" * (10 * 1024 * 1024))
    assert refused.value.field == "name"
    assert "10,485,760 characters is too long" in refused.value.message
    assert counts(listed) == before


@pytest.mark.parametrize("name", [
    ARABIC,
    "\u202b" + ARABIC + "\u202c",  # right-to-left embedding
    "\u2067" + ARABIC + "\u2069",  # right-to-left isolate
    "\u200f" + ARABIC.replace(" ", "\u200f \u200f") + "\u200f",  # right-to-left marks
    "SADDAM\u200e HUSSEIN\u200e AL-TIKRITI",  # left-to-right marks in a Latin name
    "Saddam\x07 Hussein\x1b Al-Tikriti\x00",  # a bell, an escape, a NUL
    "Saddam\tHussein\r\nAl-Tikriti",
])
def test_bidi_marks_and_control_characters_do_not_defeat_the_match(listed, name) -> None:
    found = check_party(listed, name)
    assert found.verdict is not Verdict.CLEAR, name
    assert found.matches[0].entry_id == "IQi.001"
    assert found.query == name  # the name as given, in the answer


@pytest.mark.parametrize("name", ["", "   ", "\x07\x00", "\u200f\u202b"])
def test_an_empty_name_is_refused_in_words(listed, name) -> None:
    """A text with nothing to compare names no one: refused in words (the command line says so
    in one line; a blank line of a batch keeps its place as clear), nothing stored."""
    before = counts(listed)
    with pytest.raises(NameUncheckable) as refused:
        check_party(listed, name)
    assert refused.value.message and "\n" not in refused.value.message
    assert counts(listed) == before
