"""The sanctions list readers: each publisher's format read from excerpts of the real files,
and every kind of bad file refused in words naming the file and the row or element."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reseller_app.domain.sanctions.detect import detect, read_list
from reseller_app.domain.sanctions.entries import ListSource, PartyKind
from reseller_app.domain.sanctions.eu import read_eu
from reseller_app.domain.sanctions.ofac import read_ofac
from reseller_app.domain.sanctions.reading import MAX_DEPTH, ListFileError, country_code
from reseller_app.domain.sanctions.uk import read_uk
from reseller_app.domain.sanctions.un import read_un

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "sanctions"
if not SHARED.is_dir():  # a worktree sits one level deeper than the main checkout
    SHARED = Path("/work/shared/data/sanctions")


def ofac_files(folder: Path = DATA / "ofac") -> dict[str, bytes]:
    return {name: (folder / name).read_bytes()
            for name in ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")}


def read_ofac_folder(folder: Path = DATA / "ofac"):
    files = ofac_files(folder)
    return read_ofac(files["sdn.csv"], files["alt.csv"], files["add.csv"],
                     files["sdn_comments.csv"])


# -- OFAC -------------------------------------------------------------------------------------
def test_ofac_excerpt_entries_names_countries_and_dates_of_birth() -> None:
    listed = read_ofac_folder()
    assert listed.source is ListSource.OFAC and listed.published == ""
    by_id = {e.entry_id: e for e in listed.entries}
    assert set(by_id) == {"306", "1287", "2674", "4234", "9754", "12300", "28264"}
    bank = by_id["306"]
    assert bank.kind is PartyKind.ORGANISATION and bank.primary_name == "BANCO NACIONAL DE CUBA"
    assert [(n.text, n.weak) for n in bank.names] == [
        ("BANCO NACIONAL DE CUBA", False), ("NATIONAL BANK OF CUBA", False),  # alt.csv
        ("BNC", True)]  # "a.k.a. 'BNC'." in the remarks: OFAC's weak alias
    assert {"CH", "ES", "JP"} <= set(bank.countries)  # from add.csv
    assert bank.programs == ("CUBA",)
    person = by_id["9754"]
    assert person.kind is PartyKind.PERSON and person.primary_name == "NAWAY, Haji Ali"
    assert person.birth_dates == ("circa 1945", "circa 1950")
    assert person.countries[0] == "IR"  # "nationality Iran" in the remarks
    assert by_id["4234"].kind is PartyKind.VESSEL and "CU" in by_id["4234"].countries
    assert by_id["1287"].countries[0] == "KP"  # "Korea, North" in add.csv
    hacker = by_id["28264"]
    assert hacker.programs == ("DPRK3", "CYBER2")
    assert hacker.remarks.endswith("LAZARUS GROUP.")  # the overflow from sdn_comments.csv
    assert listed.name_count == 7 + 11 + 3  # primary names, alt.csv, weak a.k.a.s in remarks


def test_ofac_sdn_alone_reads_without_its_siblings() -> None:
    listed = read_ofac((DATA / "ofac" / "sdn.csv").read_bytes())
    # entry 28264's two weak aliases are in the part of its remarks in sdn_comments.csv
    assert len(listed.entries) == 7 and listed.name_count == 7 + 1


def test_ofac_truncated_file_is_refused_naming_the_line() -> None:
    data = (DATA / "ofac" / "sdn.csv").read_bytes()
    cut = data[: data.index(b"4234,") + 60]  # in the middle of the vessel's row
    with pytest.raises(ListFileError) as caught:
        read_ofac(cut)
    assert "sdn.csv, line 4" in str(caught.value) and "cut short" in str(caught.value)


def test_ofac_truncated_inside_quotes_is_refused() -> None:
    data = (DATA / "ofac" / "sdn.csv").read_bytes()
    cut = data[: data.index(b"DOB 10 Dec")]  # inside a quoted remark: the quote never closes
    with pytest.raises(ListFileError, match=r"sdn\.csv, line"):
        read_ofac(cut)


def test_ofac_reader_refuses_another_csv() -> None:
    with pytest.raises(ListFileError, match="not a number"):
        read_ofac(b"name,country,a,b,c,d,e,f,g,h,i,j\nACME,DE,,,,,,,,,,\n")
    with pytest.raises(ListFileError, match="holds no entry"):
        read_ofac(b"")


def test_ofac_empty_names_are_skipped_and_counted() -> None:
    sdn = b'1,"  ",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' \
          b'2,"\x07\x00",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' \
          b'3,"GOOD NAME",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    alt = b'2,10,"aka","ALIAS OF TWO",-0- \r\n3,11,"aka",-0- ,-0- \r\n'
    listed = read_ofac(sdn, alt)
    assert [e.entry_id for e in listed.entries] == ["2", "3"]
    assert listed.entries[0].names[0].text == "ALIAS OF TWO"
    assert listed.skipped_names == 3 and listed.skipped_entries == 1


# -- UN ---------------------------------------------------------------------------------------
def test_un_excerpt_names_scripts_aliases_and_dates() -> None:
    listed = read_un((DATA / "un-consolidated-excerpt.xml").read_bytes())
    assert listed.source is ListSource.UN and listed.published == "2026-02-27"
    by_id = {e.entry_id: e for e in listed.entries}
    saddam = by_id["IQi.001"]
    assert saddam.kind is PartyKind.PERSON
    assert saddam.primary_name == "SADDAM HUSSEIN AL-TIKRITI"
    texts = {n.text: n for n in saddam.names}
    assert "صدام حسين التكريتي" in texts  # the original script is a name of its own
    assert texts["Abu Ali"].weak  # QUALITY Low
    assert saddam.countries == ("IQ",) and saddam.birth_dates == ("1937-04-28",)
    assert by_id["CDi.030"].birth_dates == ("1973-1974",)  # BETWEEN
    assert "circa 1966" in by_id["CDi.014"].birth_dates  # APPROXIMATELY
    assert by_id["CDi.001"].countries == ("CD", "RW")  # nationality, then address
    adf = by_id["CDe.001"]
    assert adf.kind is PartyKind.ORGANISATION and "Allied Democratic Forces" in [
        n.text for n in adf.names]
    assert adf.programs == ("DRC",) and adf.extra["listed_on"] == "2014-06-30"


def test_un_truncated_file_is_refused_naming_the_line() -> None:
    data = (DATA / "un-consolidated-excerpt.xml").read_bytes()
    with pytest.raises(ListFileError) as caught:
        read_un(data[: len(data) // 2], file="consolidated.xml")
    message = str(caught.value)
    assert message.startswith("consolidated.xml, line ") and "cut short" in message


def test_un_reader_refuses_another_xml() -> None:
    with pytest.raises(ListFileError, match="root element is export"):
        read_un((DATA / "eu-fsf-1.1-sample.xml").read_bytes(), file="eu.xml")


def test_xml_with_a_doctype_or_entities_is_refused() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
              b"<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>")
    with pytest.raises(ListFileError, match="DOCTYPE"):
        read_un(laughs)
    external = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY f SYSTEM "file:///etc/passwd">]>'
                b"<export><sanctionEntity euReferenceNumber='EU.1'>&f;</sanctionEntity></export>")
    with pytest.raises(ListFileError, match="DOCTYPE"):
        read_eu(external)


def test_deeply_nested_xml_is_refused() -> None:
    deep = b"<CONSOLIDATED_LIST>" + b"<a>" * 100_000 + b"</a>" * 100_000 + \
        b"</CONSOLIDATED_LIST>"
    with pytest.raises(ListFileError, match=f"more than {MAX_DEPTH} levels"):
        read_un(deep)


def test_control_characters_and_right_to_left_text_are_kept_as_data() -> None:
    rtl = "\u202eABC\u202c محمد"
    xml = ("<CONSOLIDATED_LIST dateGenerated='2026-01-01'><INDIVIDUALS><INDIVIDUAL>"
           "<REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>"
           f"<FIRST_NAME>JOHN&#x9;&#xA;\u0085DOE</FIRST_NAME><NAME_ORIGINAL_SCRIPT>{rtl}"
           "</NAME_ORIGINAL_SCRIPT><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY>"
           "<ALIAS_NAME> &#x9; </ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS>"
           "</CONSOLIDATED_LIST>").encode()
    listed = read_un(xml)
    entry = listed.entries[0]
    assert [n.text for n in entry.names] == ["JOHN DOE", rtl]
    assert listed.skipped_names == 1  # the alias of nothing but a tab


def test_a_name_of_megabytes_is_refused_naming_the_element() -> None:
    xml = (b"<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>XXi.002"
           b"</REFERENCE_NUMBER><FIRST_NAME>" + b"A" * 10_000_000 +
           b"</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")
    with pytest.raises(ListFileError, match=r"INDIVIDUAL number 1 \(XXi.002\).*10,000,000"):
        read_un(xml)


def test_un_entry_without_a_name_is_skipped_and_counted() -> None:
    xml = (b"<CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER>"
           b"<FIRST_NAME> </FIRST_NAME></ENTITY><ENTITY><REFERENCE_NUMBER>XXe.002"
           b"</REFERENCE_NUMBER><FIRST_NAME>ACME</FIRST_NAME></ENTITY></ENTITIES>"
           b"</CONSOLIDATED_LIST>")
    listed = read_un(xml)
    assert [e.entry_id for e in listed.entries] == ["XXe.002"]
    assert listed.skipped_entries == 1 and listed.skipped_names == 1


# -- EU ---------------------------------------------------------------------------------------
def test_eu_sample_entries() -> None:
    listed = read_eu((DATA / "eu-fsf-1.1-sample.xml").read_bytes())
    assert listed.source is ListSource.EU and listed.published == "2026-02-20"
    saddam, company = listed.entries
    assert saddam.entry_id == "EU.27.28" and saddam.kind is PartyKind.PERSON
    assert [(n.text, n.primary, n.weak) for n in saddam.names] == [
        ("Saddam Hussein Al-Tikriti", True, False), ("Abu Ali", False, True)]
    assert saddam.countries == ("IQ",) and saddam.birth_dates == ("1937-04-28",)
    assert saddam.programs == ("IRQ",)
    assert company.kind is PartyKind.ORGANISATION and company.countries == ("RU",)
    assert company.primary_name == "Открытое акционерное общество «Пример»"
    assert listed.skipped_names == 1  # a nameAlias of blanks


def test_eu_truncated_file_is_refused() -> None:
    data = (DATA / "eu-fsf-1.1-sample.xml").read_bytes()
    with pytest.raises(ListFileError, match=r"eu\.xml, line .*cut short"):
        read_eu(data[:-200], file="eu.xml")


# -- UK ---------------------------------------------------------------------------------------
def test_uk_sample_entries_grouped_by_unique_id() -> None:
    listed = read_uk((DATA / "uk-sanctions-list-sample.csv").read_bytes())
    assert listed.source is ListSource.UK and listed.published == "2026-02-13"
    by_id = {e.entry_id: e for e in listed.entries}
    assert set(by_id) == {"AFG0001", "AFG0006", "RUS0999"}
    person = by_id["AFG0006"]
    assert person.kind is PartyKind.PERSON
    assert [(n.text, n.primary, n.weak) for n in person.names] == [
        ("MOHAMMAD HASSAN AKHUND", True, False), ("محمد حسن آخوند", False, False),
        ("MOHAMMED HASSAN AKHUND", False, True)]
    assert person.countries == ("AF",) and person.birth_dates == ("01/01/1958",)
    assert by_id["AFG0001"].kind is PartyKind.ORGANISATION
    assert by_id["AFG0001"].countries == ("PK",)
    assert listed.skipped_names == 1


def test_uk_older_ofsi_consolidated_list_is_read_by_its_group_id() -> None:
    data = (b"Last Updated,28/02/2022\r\n"
            b"Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Nationality,Country,"
            b"Group Type,Alias Type,Alias Quality,Regime,Group ID\r\n"
            b"PETROV,Igor,,,,,,12/03/1965,Russia,Russia,Individual,Primary name,,Russia,10001\r\n"
            b"PETROFF,Igor,,,,,,12/03/1965,Russia,Russia,Individual,AKA,Low,Russia,10001\r\n"
            )
    listed = read_uk(data)
    assert listed.published == "2022-02-28"
    (entry,) = listed.entries
    assert entry.entry_id == "10001" and entry.kind is PartyKind.PERSON
    assert [(n.text, n.primary, n.weak) for n in entry.names] == [
        ("Igor PETROV", True, False), ("Igor PETROFF", False, True)]
    assert entry.countries == ("RU",)


def test_uk_truncated_file_is_refused_naming_the_line() -> None:
    data = (DATA / "uk-sanctions-list-sample.csv").read_bytes()
    cut = data[: data.index(b"AFG0006") + 40]
    with pytest.raises(ListFileError, match=r"uk\.csv, line 5: .* columns"):
        read_uk(cut, file="uk.csv")


def test_uk_reader_refuses_another_csv() -> None:
    with pytest.raises(ListFileError, match="'Name 6'"):
        read_uk(b"reference,customer,country\nA1,ACME,DE\n", file="orders.csv")


# -- detecting the format ---------------------------------------------------------------------
@pytest.mark.parametrize(("path", "source"), [
    ("ofac/sdn.csv", ListSource.OFAC), ("un-consolidated-excerpt.xml", ListSource.UN),
    ("eu-fsf-1.1-sample.xml", ListSource.EU), ("uk-sanctions-list-sample.csv", ListSource.UK)])
def test_detect_tells_each_format_from_its_content(path: str, source: ListSource) -> None:
    assert detect((DATA / path).read_bytes(), "renamed.bin") is source


@pytest.mark.parametrize(("data", "words"), [
    (b"", "is empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "none of the lists"),
    (b"reference,customer,country\nA1,ACME,DE\n", "none of the lists"),
    (b'<?xml version="1.0"?><html><body/></html>', "root element is html"),
    (b'<?xml version="1.0"?><sdnList xmlns="http://tempuri.org/sdnList.xsd"/>',
     "OFAC's list in XML"),
    (b'36,12,"aka","AERO-CARIBBEAN",-0- \r\n', "beside OFAC's sdn.csv"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "none of the lists"),
])
def test_detect_refuses_anything_else_in_words(data: bytes, words: str) -> None:
    with pytest.raises(ListFileError, match=words) as caught:
        detect(data, "download.bin")
    assert "download.bin" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_read_list_reads_ofac_with_its_siblings() -> None:
    files = ofac_files()
    listed = read_list(files.pop("sdn.csv"), "sdn.csv", files)
    assert listed.source is ListSource.OFAC and listed.name_count == 21


@pytest.mark.parametrize(("text", "code"), [
    ("Iran", "IR"), ("Korea, North", "KP"), ("Russia", "RU"), ("Russian Federation", "RU"),
    ("Iran (Islamic Republic of)", "IR"), ("Democratic People's Republic of Korea", "KP"),
    ("Burma", "MM"), ("Syrian Arab Republic", "SY"), ("IQ", "IQ"), ("na", None),
    ("former Soviet Union", None), ("", None)])
def test_country_names_of_the_lists_become_codes(text: str, code: str | None) -> None:
    assert country_code(text) == code


# -- the whole real lists ---------------------------------------------------------------------
@pytest.mark.skipif(not (SHARED / "ofac-sdn-2021-07" / "sdn.csv").is_file(),
                    reason="the shared OFAC and UN snapshots are not on this machine")
def test_whole_real_ofac_set_and_un_list_read_quickly() -> None:
    started = time.perf_counter()
    ofac = read_ofac_folder(SHARED / "ofac-sdn-2021-07")
    un = read_un((SHARED / "un-consolidated-2026-02-27.xml").read_bytes())
    elapsed = time.perf_counter() - started
    assert 8_500 < len(ofac.entries) < 9_500
    strong = sum(not n.primary and not n.weak for e in ofac.entries for n in e.names)
    weak = sum(n.weak for e in ofac.entries for n in e.names)
    assert 11_500 < strong < 12_500  # alt.csv's aliases
    assert 2_000 < weak < 3_000  # the weak a.k.a.s of the remarks
    assert 950 < len(un.entries) < 1_050 and un.published == "2026-02-27"
    assert ofac.skipped_entries == 0 and un.skipped_entries == 0
    print(f"OFAC {len(ofac.entries)} entries {ofac.name_count} names ({weak} weak); "
          f"UN {len(un.entries)} entries {un.name_count} names; read in {elapsed:.2f} s")


# -- any bytes at all -------------------------------------------------------------------------
_SAMPLES = [DATA / "ofac" / "sdn.csv", DATA / "un-consolidated-excerpt.xml",
            DATA / "eu-fsf-1.1-sample.xml", DATA / "uk-sanctions-list-sample.csv"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=st.sampled_from(_SAMPLES), cut=st.floats(0, 1), at=st.floats(0, 1),
       junk=st.binary(max_size=40))
def test_a_damaged_list_is_read_or_refused_in_words_never_a_crash(
        sample: Path, cut: float, at: float, junk: bytes) -> None:
    """Cut anywhere and with junk put anywhere, a real list either still reads or is refused
    with a ListFileError (a ValueError in words): never another exception."""
    data = sample.read_bytes()
    data = data[: int(len(data) * cut)]
    where = int(len(data) * at)
    data = data[:where] + junk + data[where:]
    try:
        listed = read_list(data, sample.name)
    except ListFileError as exc:
        assert sample.name in str(exc)
    else:
        assert all(entry.names for entry in listed.entries)
