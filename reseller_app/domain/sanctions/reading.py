"""What every list reader shares: its error, names made safe to keep, country names made codes,
and an XML parser that refuses what a list never holds.

A publisher's file is data the user downloaded, so nothing in it may reach further than the
bytes themselves: no DOCTYPE (entities can grow a few bytes into gigabytes or read local files),
no nesting deeper than any list uses, no name longer than any real name.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from reseller_app.domain.order_rows import country_from_name
from reseller_app.domain.orders import is_country_code
from reseller_app.domain.texts import t

# The longest real names on the lists are about 300 characters (OFAC entity names with their
# legal forms); 2,000 leaves room for any publisher and still refuses a 10 MB "name".
MAX_NAME = 2000
# The UN list nests 5 levels deep and the EU list 4; 64 is far above both, and stops a file
# made of nothing but opening tags before it costs anything.
MAX_DEPTH = 64


class ListFileError(ValueError):
    """A list file that cannot be read, in words naming the file and the row or element."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(message)
        self.file = file


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without its byte-order mark); else Windows-1252, in which OFAC wrote its
    older files (every byte decodes, so a file is never refused for one odd accent)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_name(text: str | None, file: str, where: str) -> str:
    """``text`` as a name to keep: control characters (bells, NULs) dropped, runs of spaces, tabs
    and line breaks made one space. Right-to-left and other scripts, and the invisible marks
    they need, are kept as the list writes them. "" when nothing is left; a name longer than
    any real name is refused."""
    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > MAX_NAME:
        raise ListFileError(file, t(
            "{file}, {where}: a name of {length} characters, longer than any real name: the "
            "file is damaged or is not a sanctions list.", file=file, where=where,
            length=f"{len(text):,}"))
    return " ".join(_CONTROLS.sub("", text).split())


# How the lists write countries that the ISO tables name otherwise.
_COUNTRY_ALIASES = {
    "korea, north": "KP", "north korea": "KP", "korea, south": "KR", "south korea": "KR",
    "democratic people's republic of korea": "KP", "russia": "RU", "burma": "MM",
    "iran": "IR", "iran (islamic republic of)": "IR", "syria": "SY", "venezuela": "VE",
    "bolivia": "BO", "tanzania": "TZ", "united republic of tanzania": "TZ", "laos": "LA",
    "vietnam": "VN", "moldova": "MD", "macedonia": "MK", "the bahamas": "BS",
    "congo, democratic republic of the": "CD", "democratic republic of the congo": "CD",
    "congo, republic of the": "CG", "congo": "CG", "cote d'ivoire": "CI", "ivory coast": "CI",
    "west bank": "PS", "gaza": "PS", "state of palestine": "PS", "palestinian": "PS",
    "united kingdom": "GB", "united kingdom of great britain and northern ireland": "GB",
    "united states": "US", "united states of america": "US", "turkey": "TR", "türkiye": "TR",
    "china, hong kong special administrative region": "HK", "hong kong": "HK",
    "british virgin islands": "VG", "virgin islands, british": "VG", "kosovo": "XK",
    "micronesia, federated states of": "FM", "brunei": "BN", "cape verde": "CV",
    "czech republic": "CZ", "swaziland": "SZ", "macau": "MO", "taiwan": "TW",
}


def country_code(text: str | None) -> str | None:
    """The ISO alpha-2 code of a country as a list writes it ("Iran", "Korea, North",
    "Russian Federation", "IQ"), else None (a region, "former Soviet Union")."""
    if not text:
        return None
    value = " ".join(text.split()).strip(" .")
    if not value:
        return None
    if len(value) == 2:  # a code: only in capitals (the UN writes "na" for not available)
        return value if value.isupper() and is_country_code(value) else None
    return _COUNTRY_ALIASES.get(value.casefold()) or country_from_name(value)


def add_country(found: list[str], text: str | None) -> None:
    code = country_code(text)
    if code is not None and code not in found:
        found.append(code)


def parse_xml(data: bytes, file: str) -> ET.Element:
    """The element tree of ``data``, read with expat directly so that a DOCTYPE (and with it
    every entity) is refused, and nesting deeper than :data:`MAX_DEPTH` too."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    depth = 0
    path: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise ListFileError(file, t(
                "{file}, line {line}: the XML is nested more than {limit} levels deep, deeper "
                "than any sanctions list: it is not a list file.", file=file,
                line=parser.CurrentLineNumber, limit=MAX_DEPTH))
        path.append(tag)
        builder.start(tag, attrs)

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        path.pop()
        builder.end(tag)

    def doctype(*_args: object) -> None:
        raise ListFileError(file, t(
            "{file}, line {line}: the XML declares a DOCTYPE, which no sanctions list does; it "
            "is refused because its entities could make the app read other files or run out "
            "of memory.", file=file, line=parser.CurrentLineNumber))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.ExternalEntityRefHandler = doctype  # never reached without a DOCTYPE; kept as a lock
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        where = "/".join(path[-3:])
        raise ListFileError(file, t(
            "{file}, line {line}: the XML is broken ({error}){inside}: the file is probably "
            "cut short or damaged; download it again.", file=file, line=exc.lineno,
            error=expat.ErrorString(exc.code),
            inside=t(" inside {element}", element=where) if where else "")) from None
    return builder.close()


def local(tag: str) -> str:
    """``sanctionEntity`` of ``{http://eu.europa.ec/fpi/fsd/export}sanctionEntity``."""
    return tag.rpartition("}")[2]


def iso_date(text: str | None) -> str:
    """The date part of an ISO date or timestamp ("2026-02-27T00:00:09.554Z" -> "2026-02-27"),
    "" when it is not one."""
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", text or "")
    return match.group(1) if match else ""
