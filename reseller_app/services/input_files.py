"""Reading a file the user picked, with a size limit per kind checked before reading.

A 2 GB video picked by mistake in the decision dialog is refused at once from its size on
disk, not read into memory first; a file that gives no size (``/dev/zero``, a pipe) is read
only up to the limit and one byte more. The limits are far above any real file of the kind
and are documented in the README ("Files the app reads").
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from reseller_app.domain.texts import t
from reseller_app.services.errors import ValidationError

MB = 1024 * 1024


class InputKind(StrEnum):
    ORDER = "order"  # an order JSON file (reseller-app screen)
    DECISION = "decision"  # a distributor's decision file
    PACK = "pack"  # a criteria pack
    MAPPING = "mapping"  # a CSV column mapping (JSON)
    CSV = "csv"  # orders exported from a shop or an ERP
    ATTACHMENT = "attachment"  # a file added to an escalation packet or a misuse report
    SANCTIONS_LIST = "sanctions_list"  # a publisher's sanctions list file (OFAC, UN, EU, UK)


# An order or a decision is a few kilobytes; the default pack is about 110 KB. A CSV import
# holds the whole file in memory while it checks every row: 256 MB is some two million rows.
LIMITS: dict[InputKind, int] = {
    InputKind.ORDER: 5 * MB,
    InputKind.DECISION: 5 * MB,
    InputKind.PACK: 20 * MB,
    InputKind.MAPPING: 1 * MB,
    InputKind.CSV: 256 * MB,
    InputKind.ATTACHMENT: 20 * MB,  # what most mail servers take in one message
    # The largest list files are some 25 MB (the EU's XML) and 5 MB (OFAC's sdn.csv); the
    # reader holds the file and its entries in memory, so 200 MB is ample and still safe.
    InputKind.SANCTIONS_LIST: 200 * MB,
}


def size_words(size: int) -> str:
    """``2.0 GB``, ``20 MB``, ``512 KB``, ``300 bytes``: a file size as people say it."""
    for unit, factor in (("GB", 1024 * MB), ("MB", MB), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.1f} {unit}" if value < 10 and value != int(value) \
                else f"{value:.0f} {unit}"
    return f"{size} bytes"


def too_large(name: str, size: int, kind: InputKind) -> ValidationError:
    return ValidationError("file", t(
        "{file} is {size}, more than such a file ever is (at most {limit}): check that you "
        "chose the right file.", file=name, size=size_words(size),
        limit=size_words(LIMITS[kind])))


def read_stream(stream: BinaryIO, kind: InputKind, name: str) -> bytes:
    """At most the limit of ``kind`` from ``stream`` (standard input, a pipe); refused when
    there is more."""
    limit = LIMITS[kind]
    chunks, size = [], 0
    while size <= limit:  # in pieces: read(limit + 1) would set aside the whole limit at once
        chunk = stream.read(min(MB, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise ValidationError("file", t(
            "{file} holds more than {limit}, more than such a file ever is: check that you "
            "chose the right file.", file=name, limit=size_words(limit)))
    return b"".join(chunks)


def read_input(path: str | Path, kind: InputKind, *, head: int | None = None) -> bytes:
    """The bytes of the file at ``path`` (only its first ``head`` bytes, when given);
    ``ValidationError("file", ...)`` in words when it cannot be read or is larger than any file
    of ``kind`` (refused without reading it)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):  # a device or a pipe: no size to check first
                return fh.read(head) if head is not None else read_stream(fh, kind, path.name)
            if info.st_size > LIMITS[kind]:
                raise too_large(path.name, info.st_size, kind)
            data = fh.read() if head is None else fh.read(head)
    except OSError as exc:
        raise ValidationError("file", t("The file {file} cannot be read: {error}.",
                                        file=str(path), error=exc.strerror or exc)) from None
    if len(data) > LIMITS[kind]:  # it grew after its size was read
        raise too_large(path.name, len(data), kind)
    return data
