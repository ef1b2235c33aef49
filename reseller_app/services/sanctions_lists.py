"""Reading a sanctions list file the user picked into a :class:`ListFile` (storing it is the
import's work, not this module's)."""

from __future__ import annotations

from pathlib import Path

from reseller_app.domain.sanctions.detect import detect, read_list
from reseller_app.domain.sanctions.entries import ListFile, ListSource
from reseller_app.domain.sanctions.reading import ListFileError
from reseller_app.domain.texts import t
from reseller_app.services.errors import ValidationError
from reseller_app.services.input_files import InputKind, read_input

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
    path = Path(path)
    data = read_input(path, InputKind.SANCTIONS_LIST)
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
        return read_list(data, path.name, siblings)
    except ListFileError as exc:
        raise ValidationError("file", str(exc)) from None
