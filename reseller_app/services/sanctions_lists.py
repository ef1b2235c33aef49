"""Sanctions lists: reading a file the user picked (:func:`read_list_file`) and importing it as
a new list version (:func:`import_list`), all or nothing, audited.

The name index the parties are checked against is built from the stored versions by
:mod:`services.party_index`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reseller_app.domain.people import Action
from reseller_app.domain.sanctions.detect import detect, read_list
from reseller_app.domain.sanctions.entries import ListFile, ListSource
from reseller_app.domain.sanctions.reading import ListFileError
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.people import check_role
from reseller_app.store import audit_log
from reseller_app.store import sanctions as store
from reseller_app.store.sanctions import ListImportCancelled
from reseller_app.store.tables import DbSanctionList, utc

__all__ = [
    "ListImportCancelled",
    "ListVersion",
    "all_versions",
    "import_list",
    "newest_versions",
    "read_list_file",
]

# OFAC's aliases and addresses are in files beside sdn.csv: without them a listed party's
# other names would silently go unchecked, so they must be there. The comments file only
# continues long remarks and older sets lack it.
OFAC_REQUIRED = ("alt.csv", "add.csv")
OFAC_OPTIONAL = ("sdn_comments.csv",)


def _beside(path: Path, name: str) -> Path | None:
    """The file ``name`` in the folder of ``path``, in any letter case (``ALT.CSV``)."""
    exact = path.with_name(name)
    if exact.is_file():
        return exact
    return next((p for p in path.parent.iterdir()
                 if p.name.casefold() == name and p.is_file()), None)


def read_list_file(path: str | Path) -> ListFile:
    """The list in the file at ``path`` (for OFAC: its ``sdn.csv``, the other files of the set
    beside it); ``ValidationError("file", ...)`` in words when it is unreadable, too large,
    of another format or broken."""
    return _read(Path(path))[0]


def _read(path: Path) -> tuple[ListFile, str]:
    """The list and the SHA-256 of the file picked."""
    data = read_input(path, InputKind.SANCTIONS_LIST)
    digest = hashlib.sha256(data).hexdigest()
    try:
        siblings: dict[str, bytes] = {}
        if detect(data, path.name) is ListSource.OFAC:
            for name in OFAC_REQUIRED + OFAC_OPTIONAL:
                found = _beside(path, name)
                if found is None:
                    if name in OFAC_REQUIRED:
                        raise ValidationError("file", t(
                            "{missing} is not beside {file}: OFAC publishes the SDN list as "
                            "sdn.csv with alt.csv (its other names) and add.csv (its "
                            "addresses); put them in the same folder.", missing=name,
                            file=path.name))
                    continue
                siblings[name] = read_input(found, InputKind.SANCTIONS_LIST)
        return read_list(data, path.name, siblings), digest
    except ListFileError as exc:
        raise ValidationError("file", str(exc)) from None


# -- list versions ------------------------------------------------------------------------------
SOURCE_NAMES = {ListSource.OFAC: "OFAC SDN", ListSource.UN: "UN Security Council",
                ListSource.EU: "EU financial sanctions", ListSource.UK: "UK sanctions list"}


@dataclass(frozen=True, slots=True)
class ListVersion:
    """One imported version of a list, as the user is told about it."""

    id: int
    source: ListSource
    published: str  # ISO date, "" when the file does not say
    file_name: str
    file_sha256: str
    entry_count: int
    name_count: int
    skipped_names: int
    skipped_entries: int
    imported_at: dt.datetime
    imported_by: str
    already: bool = False  # the import found this very file imported before: nothing stored

    @property
    def title(self) -> str:
        return SOURCE_NAMES[self.source]

    def as_json(self) -> dict[str, object]:
        return {"source": self.source.value, "version": self.id, "published": self.published,
                "file": self.file_name, "sha256": self.file_sha256,
                "entries": self.entry_count, "names": self.name_count,
                "imported_at": self.imported_at.isoformat(timespec="seconds"),
                "imported_by": self.imported_by}


def _version(row: DbSanctionList, already: bool = False) -> ListVersion:
    assert row.id is not None
    return ListVersion(row.id, ListSource(row.source), row.published, row.file_name,
                       row.file_sha256, row.entry_count, row.name_count, row.skipped_names,
                       row.skipped_entries, utc(row.imported_at), row.imported_by, already)


def import_list(ctx: AppContext, path: str | Path, *,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ListVersion:
    """Import the list file at ``path`` as a new version of its list, all or nothing, with one
    audit event. The very file imported before stores nothing and returns that version with
    ``already`` set. ``progress(done, total)`` is told as entries are stored; ``cancelled()``
    true stops the import (:class:`ListImportCancelled`) and nothing is stored."""
    check_role(ctx, Action.MANAGE_LISTS)
    path = Path(path)
    listed, digest = _read(path)
    if not listed.entries:
        raise ValidationError("file", t(
            "{file} holds no listed party: it is not a sanctions list, or it is empty.",
            file=path.name))
    now = ctx.clock()
    with ctx.write_session() as s:
        before = store.same_file(s, listed.source.value, digest)
        if before is not None:
            return _version(before, already=True)
        row = DbSanctionList(
            source=listed.source.value, published=listed.published, file_name=path.name[:300],
            file_sha256=digest, entry_count=len(listed.entries), name_count=listed.name_count,
            skipped_names=listed.skipped_names, skipped_entries=listed.skipped_entries,
            imported_at=now, imported_by=ctx.who)
        try:
            store.add_list(s, row, listed.entries, progress=progress, cancelled=cancelled)
        except ListImportCancelled:
            s.rollback()
            raise
        audit_log.append(
            s, actor=ctx.actor, action=AuditAction.SANCTIONS_LIST_IMPORTED,
            entity="sanctions_list", entity_id=row.id,
            details={"source": listed.source.value, "published": listed.published,
                     "file": path.name, "sha256": digest, "entries": row.entry_count,
                     "names": row.name_count, "skipped_names": listed.skipped_names,
                     "skipped_entries": listed.skipped_entries},
            at=now)
        s.commit()
        return _version(row)


def newest_versions(ctx: AppContext) -> list[ListVersion]:
    """The newest version of each list imported, by source."""
    with ctx.session() as s:
        return [_version(row) for row in store.newest(s)]


def all_versions(ctx: AppContext) -> list[ListVersion]:
    """Every version imported, newest first."""
    with ctx.session() as s:
        return [_version(row) for row in store.versions(s)]
