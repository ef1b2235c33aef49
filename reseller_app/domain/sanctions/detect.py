"""Which list a file is, from its content (a user may have renamed it), and reading it."""

from __future__ import annotations

import re

from reseller_app.domain.sanctions.entries import ListFile, ListSource
from reseller_app.domain.sanctions.eu import read_eu
from reseller_app.domain.sanctions.ofac import read_ofac
from reseller_app.domain.sanctions.reading import ListFileError, decode_text
from reseller_app.domain.sanctions.uk import read_uk
from reseller_app.domain.sanctions.un import read_un
from reseller_app.domain.texts import t

_HEAD = 4096  # the root element or the first rows are always in the first few kilobytes
_XML_ROOT = re.compile(r"<(?!\?|!)(?:[\w.-]+:)?([\w.-]+)")
_OFAC_ROW = re.compile(r'^\d+,"[^"]*",(?:-0- ?|"[^"]*"),')
_OFAC_SIDE = re.compile(r'^\d+,(?:\d+,(?:"[^"]*"|-0- ?),|")')  # alt.csv, add.csv, sdn_comments
# Files a user may pick instead of the list: what they are, from their first bytes.
_ARCHIVES = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!")
_OFFICE = (b"\xd0\xcf\x11\xe0", b"{\\rtf")  # Word or Excel before 2007, RTF


def detect(data: bytes, name: str) -> ListSource:
    """The list ``data`` is: OFAC's ``sdn.csv``, the UN's or the EU's XML, or the UK's CSV;
    ``ListFileError`` in words for anything else."""
    if data.startswith(_ARCHIVES):
        raise ListFileError(name, t(
            "{file} is none of the lists the app reads but a compressed archive (ZIP, gzip, "
            "7-Zip or RAR): unpack it and import the list file inside (for OFAC, sdn.csv).",
            file=name))
    if data.startswith(b"%PDF"):
        raise ListFileError(name, t(
            "{file} is none of the lists the app reads but a PDF document: import the list as "
            "its publisher offers it for download (CSV or XML).", file=name))
    if data.startswith(_OFFICE):
        raise ListFileError(name, t(
            "{file} is none of the lists the app reads but a Word, Excel or RTF document: import "
            "the list as its publisher offers it for download (CSV or XML).", file=name))
    head = decode_text(data[:_HEAD])  # a character cut at the end only costs a wrong accent
    stripped = head.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise ListFileError(name, t("{file} is empty: it is not a sanctions list.", file=name))
    if stripped.startswith("<"):
        body = re.sub(r"<!--.*?-->", "", stripped, flags=re.S)
        match = _XML_ROOT.search(body)
        root = match.group(1) if match else ""
        if root == "CONSOLIDATED_LIST":
            return ListSource.UN
        if root == "export":
            return ListSource.EU
        if root.casefold() in {"sdnlist", "sanctionsdata"}:
            raise ListFileError(name, t(
                "{file} is OFAC's list in XML, which the app does not read: import OFAC's CSV "
                "set instead (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it).",
                file=name))
        raise ListFileError(name, t(
            "{file} is XML but none of the lists the app reads (OFAC, UN, EU, UK): its root "
            "element is {root}.", file=name, root=root or "?"))
    first_lines = stripped.splitlines()[:5]
    if first_lines and _OFAC_ROW.match(first_lines[0]):
        return ListSource.OFAC
    if first_lines and _OFAC_SIDE.match(first_lines[0]):
        raise ListFileError(name, t(
            "{file} is one of the files beside OFAC's sdn.csv: import sdn.csv itself, with "
            "alt.csv, add.csv and sdn_comments.csv in the same folder.", file=name))
    if any("Name 6" in line and ("Unique ID" in line or "Group ID" in line)
           for line in first_lines):
        return ListSource.UK
    raise ListFileError(name, t(
        "{file} is none of the lists the app reads: OFAC's sdn.csv, the UN consolidated list "
        "(XML), the EU consolidated list (XML) or the UK sanctions list (CSV).", file=name))


def read_list(data: bytes, name: str, siblings: dict[str, bytes] | None = None) -> ListFile:
    """The list in ``data`` whatever its format; for OFAC's ``sdn.csv``, ``siblings`` holds the
    bytes of ``alt.csv``, ``add.csv`` and ``sdn_comments.csv`` (those present)."""
    source = detect(data, name)
    if source is ListSource.OFAC:
        others = siblings or {}
        return read_ofac(data, others.get("alt.csv", b""), others.get("add.csv", b""),
                         others.get("sdn_comments.csv", b""), file=name)
    reader = {ListSource.UN: read_un, ListSource.EU: read_eu, ListSource.UK: read_uk}[source]
    return reader(data, file=name)
