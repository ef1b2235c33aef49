"""Bad input for restricted-party screening: names that cannot be checked, names
with characters nobody sees, right-to-left names, and list files that are cut short, of another
format or gigantic. Each is refused in one line of plain words (the CLI prints it and exits 2;
the window shows it) or, for invisible characters, does not change what is found."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.detect import read_list
from reseller_app.domain.sanctions.entries import ListedName, ListEntry, ListSource, PartyKind
from reseller_app.domain.sanctions.matching import (
    MAX_NAME_LENGTH,
    NameEmpty,
    NameIndex,
    NameNotCheckable,
    NameTooLong,
    Verdict,
    verdict,
)
from reseller_app.domain.sanctions.names import tokens
from reseller_app.domain.sanctions.reading import ListFileError
from reseller_app.domain.sanctions.un import read_un

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
UN_EXCERPT = DATA / "un-consolidated-excerpt.xml"
SADDAM = "صدام حسين التكريتي"  # IQi.001's name in its original script, in the UN excerpt
RLM, LRM, RLE, PDF, RLO, RLI, PDI, ZWNJ = ("\u200f", "\u200e", "\u202b", "\u202c", "\u202e",
                                           "\u2067", "\u2069", "\u200c")


@pytest.fixture(scope="module")
def un() -> NameIndex:
    return NameIndex.build(read_un(UN_EXCERPT.read_bytes()).entries)


@pytest.fixture(scope="module")
def kim() -> NameIndex:
    return NameIndex.build([
        ListEntry(ListSource.UN, "KPi.033", PartyKind.PERSON,
                  (ListedName("KIM, Jong Un", primary=True), ListedName("Ким Чен Ын"))),
        ListEntry(ListSource.UN, "T.2", PartyKind.PERSON,
                  (ListedName("COHEN, Avi", primary=True), ListedName("אבי כהן")))])


def _one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message


# -- names that cannot be checked ---------------------------------------------------------------
def test_a_name_of_ten_megabytes_is_refused_in_words(kim: NameIndex) -> None:
    with pytest.raises(NameTooLong) as caught:
        kim.check("A" * 10_000_000)
    message = str(caught.value)
    assert message == ("The name is 10,000,000 characters long, longer than any party's name "
                       "(at most 1,000): enter the party's name, not a text or a file.")
    _one_line(message)
    assert isinstance(caught.value, NameNotCheckable) and isinstance(caught.value, ValueError)


def test_a_name_at_the_limit_is_checked(kim: NameIndex) -> None:
    assert kim.check("x" * MAX_NAME_LENGTH) == []  # one long word: compared equal only
    many = " ".join(f"word{i}" for i in range(120))[:MAX_NAME_LENGTH]
    assert kim.check(many) == []


@pytest.mark.parametrize("name", [
    "", " ", "   \t  ", "\n\r\n", ",.;-/", "\x00\x01\x7f", RLM + LRM + RLO + PDF, "\ufeff",
    "\u200b\u200b", "«»", " ' ' "])
def test_an_empty_name_is_refused_in_words_not_called_clear(kim: NameIndex, name: str) -> None:
    """An empty name has no verdict: "clear" would claim a check that was not made (and the
    CLI prints the reason in one line, exit 2, as for a name too long)."""
    with pytest.raises(NameEmpty) as caught:
        kim.check(name)
    assert str(caught.value) == ("The name is empty or holds only spaces, punctuation or "
                                 "invisible characters: there is nothing to check against the "
                                 "sanctions lists.")
    assert isinstance(caught.value, NameNotCheckable)


# -- characters nobody sees ----------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "Kim\x00Jong\x00Un", "Kim\tJong\nUn", "KIM,\x07 Jong\x1bUn", "Kim\x85Jong Un",
    "Kim\u2028Jong\u2029Un", "Kim\u200bJong Un"])
def test_control_characters_separate_words_like_a_space(kim: NameIndex, name: str) -> None:
    """Decided: control characters are not refused (a tab or a line break pasted from a
    spreadsheet is common); they separate words, so the name is found as written."""
    found = kim.check(name)
    assert verdict(found) is Verdict.MATCH and found[0].entry_id == "KPi.033"


@pytest.mark.parametrize("name", [
    f"{RLM}Kim Jong Un{RLM}", f"{LRM}Kim {LRM}Jong Un", f"{RLE}Kim Jong Un{PDF}",
    f"{RLO}Kim Jong Un{PDF}", f"Ki{ZWNJ}m Jo\u00adng Un", "\ufeffKim Jong Un"])
def test_invisible_marks_do_not_defeat_matching(kim: NameIndex, name: str) -> None:
    found = kim.check(name)
    assert verdict(found) is Verdict.MATCH and found[0].entry_id == "KPi.033"


# -- right-to-left names -------------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    SADDAM, f"{RLM}{SADDAM}{RLM}", f"{RLE}{SADDAM}{PDF}", f"{RLO}{SADDAM}{PDF}",
    f"{RLI}{SADDAM}{PDI}", SADDAM.replace(" ", f"{RLM} "), SADDAM.replace("ح", f"{ZWNJ}ح"),
    f"  {SADDAM}\t"])
def test_arabic_names_match_the_un_lists_original_script_names(un: NameIndex, name: str) -> None:
    found = un.check(name)
    assert found and found[0].entry_id == "IQi.001"
    assert verdict(found) is Verdict.MATCH
    assert found[0].matched_name == SADDAM and found[0].listed_name.startswith("SADDAM")


def test_a_right_to_left_organisation_name_and_its_latin_name(un: NameIndex) -> None:
    (found,) = un.check(f"{RLM}الاتحاد الاسلامي{RLM}")
    assert found.entry_id == "QDe.002" and found.score == 1.0
    assert un.check("Al-Itihaad al-Islamiya")[0].entry_id == "QDe.002"


def test_hebrew_names_are_folded_and_matched(kim: NameIndex) -> None:
    assert tokens(f"{RLM}אבי כהן{LRM}") == tokens("אבי כהן") != ()
    found = kim.check(f"{RLO}אבי כהן{PDF}")
    assert verdict(found) is Verdict.MATCH and found[0].entry_id == "T.2"


# -- list files cut short ------------------------------------------------------------------------
@pytest.mark.parametrize("marker", [
    b"<INDIVIDUAL_ALIAS>",  # between elements
    b"<NAME_ORIGINAL_SCRIPT>",  # just inside an element
    b"</INDIVIDUALS>",  # in the last closing tags
    b"<COUNT",  # in the middle of a tag name
    b"TIKRITI",  # in the middle of a text
])
def test_a_un_list_cut_mid_element_is_refused(marker: bytes) -> None:
    data = UN_EXCERPT.read_bytes()
    at = data.rindex(marker) + len(marker) // 2
    with pytest.raises(ListFileError) as caught:
        read_list(data[:at], "consolidated.xml")
    message = str(caught.value)
    _one_line(message)
    assert message.startswith("consolidated.xml") and "download it again" in message


@pytest.mark.parametrize(("file", "marker"), [
    ("sdn.csv", b'"DOB 10 Dec'),  # inside a quoted remark: its quote never closes
    ("sdn.csv", b"4234,"),  # just after a row's first comma: one column
    ("sdn.csv", b'"individual",'),  # a row cut after its 3rd column
    ("sdn.csv", b"-0- ,-0"),  # a row cut in an empty field
    ("sdn.csv", b"-0- ,"),  # the last row cut after its last comma
    ("alt.csv", b'"aka","'),  # an alias cut in its name
    ("add.csv", b","),  # an address cut after its last comma
])
def test_an_ofac_set_cut_mid_row_is_refused_naming_the_file_and_line(
        file: str, marker: bytes) -> None:
    files = {name: (DATA / "ofac" / name).read_bytes()
             for name in ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")}
    data = files[file]
    files[file] = data[: data.rindex(marker) + len(marker)]
    sdn = files.pop("sdn.csv")
    with pytest.raises(ListFileError) as caught:
        read_list(sdn, "sdn.csv", files)
    message = str(caught.value)
    _one_line(message)
    assert message.startswith(f"{file}, line ")
    assert "cut short" in message


# -- files of another format ---------------------------------------------------------------------
SHOPIFY = (b"Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,"
           b"Subtotal,Shipping,Taxes,Total,Lineitem quantity,Lineitem name,Billing Name\n"
           b"#1001,anna@example.com,paid,2026-11-02 10:00:00 +0100,fulfilled,,EUR,310.50,0,"
           b"0,310.50,1,ProBook 14,Anna Schmidt\n")


def _zip(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "words"), [
    ("orders_export.csv", SHOPIFY, "is none of the lists the app reads: OFAC's sdn.csv"),
    ("sdn.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
     "is none of the lists the app reads but a PDF document"),
    ("sdn.zip", _zip("sdn.csv", (DATA / "ofac" / "sdn.csv").read_bytes()),
     "is none of the lists the app reads but a compressed archive (ZIP, gzip, 7-Zip or RAR): "
     "unpack it"),
    ("consolidated.xml.gz", gzip.compress(UN_EXCERPT.read_bytes()), "compressed archive"),
    ("list.xlsx", _zip("xl/workbook.xml", b"<workbook/>"), "compressed archive"),
    ("list.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Word, Excel or RTF"),
    ("list.html", b"<!DOCTYPE html><html><body>Sanctions</body></html>", "XML but none"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "none of the lists the app reads"),
    ("empty.csv", b"\xef\xbb\xbf \r\n", "is empty"),
])
def test_a_file_of_another_format_is_refused_naming_what_it_is(
        name: str, data: bytes, words: str) -> None:
    with pytest.raises(ListFileError) as caught:
        read_list(data, name)
    message = str(caught.value)
    _one_line(message)
    assert message.startswith(name) and words in message


# -- gigantic files ------------------------------------------------------------------------------
def test_a_gigantic_list_file_is_refused_from_its_size_unread(tmp_path: Path) -> None:
    """The 200 MB cap (services/input_files.py) on a sparse file of 1 GB: nothing is written to
    the disk and the file is refused without being read (memory stays low)."""
    from reseller_app.services.errors import ValidationError  # late: the file cap is a service's
    from reseller_app.services.sanctions_lists import read_list_file

    huge = tmp_path / "consolidated.xml"
    with huge.open("wb") as fh:
        fh.truncate(1024 ** 3)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as caught:
            read_list_file(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.message == ("consolidated.xml is 1 GB, more than such a file ever is "
                                    "(at most 200 MB): check that you chose the right file.")
    assert peak < 5 * 1024 * 1024


def test_a_gigantic_name_inside_a_list_file_is_refused_naming_the_entry() -> None:
    data = UN_EXCERPT.read_bytes().replace(
        b"<FIRST_NAME>SADDAM</FIRST_NAME>", b"<FIRST_NAME>" + b"S" * 10_000_000 + b"</FIRST_NAME>")
    with pytest.raises(ListFileError) as caught:
        read_list(data, "consolidated.xml")
    _one_line(str(caught.value))
    assert "a name of 10,000,0" in str(caught.value)
    assert "INDIVIDUAL number 3 (IQi.001)" in str(caught.value)
