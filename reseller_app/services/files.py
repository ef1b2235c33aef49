"""Files the user asks for (a policy export, a packet's zip or .eml, an evidence bundle),
written whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from reseller_app.domain.texts import t
from reseller_app.services.errors import ValidationError


def write_atomically(path: Path, data: bytes, *, field: str = "out") -> None:
    """Write next to the target and rename: a full disk or a crash never leaves half a file
    where the user expects the whole one, nor replaces a good one with half of another (a
    policy for the website, a packet's zip or .eml, an evidence bundle).

    The file gets the mode any new file of the user gets (0644 with the usual umask), or the
    mode of the file it replaces: it is for publishing or handing on, and a web server must be
    able to read it. (``tempfile.mkstemp`` would make it 0600, readable by its owner only; that is
    right for the database and backups, not for a policy meant for the website.)
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(field, t("The folder {folder} does not exist.", folder=folder))
    try:
        fd, tmp = _create_beside(path, folder)
    except OSError as exc:
        raise ValidationError(field, t("Cannot write to {folder}: {error}.", folder=folder,
                                       error=exc.strerror or exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))  # keep the replaced file's mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ValidationError(field, t("Cannot write {file}: {error}.", file=path,
                                       error=exc.strerror or exc)) from None


def _create_beside(path: Path, folder: Path) -> tuple[int, str]:
    """A new, empty, hidden file in ``folder`` for ``path``'s new content: created exclusively
    (as ``mkstemp`` does) but with mode 0666 less the umask, like any file the user saves."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        tmp = str(folder / f".{path.name}.{secrets.token_hex(4)}")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
