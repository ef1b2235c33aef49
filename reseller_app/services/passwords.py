"""Where the SMTP password comes from when no one is there to type it (a scheduled
``reseller-app outbox send``): besides the keyring (``services/secrets.py``), an environment
variable or a file the user names on the command line. The app only reads them: it never
writes a password to disk, the database, the settings or the logs.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from reseller_app.domain.texts import t
from reseller_app.services.errors import ValidationError

ENV_PASSWORD = "CHANNEL_DILIGENCE_SMTP_PASSWORD"
MAX_BYTES = 4096  # far more than any password; a bigger file is the wrong file


def env_password(environ: Mapping[str, str] | None = None) -> str | None:
    """The password in ``CHANNEL_DILIGENCE_SMTP_PASSWORD`` (None when unset or empty)."""
    value = (os.environ if environ is None else environ).get(ENV_PASSWORD, "")
    return value or None


def read_password_file(path: str | Path) -> str:
    """The password in the file: its first line, without the line break. Refused in words when
    the file cannot be read, is empty, or (on Linux and macOS) others may read it."""
    p = Path(path)
    name = str(path)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("password_file", t("{file} is not a file.", file=name))
        if os.name == "posix" and info.st_mode & 0o077:
            raise ValidationError("password_file", t(
                "Other users of this computer can read the password file {file}: make it "
                "readable by you only (chmod 600 {file}) and try again.", file=name))
        if info.st_size > MAX_BYTES:
            raise ValidationError("password_file", t(
                "The password file {file} is too large to hold a password.", file=name))
        data = p.read_bytes()
    except FileNotFoundError:
        raise ValidationError("password_file", t("There is no file {file}.",
                                                 file=name)) from None
    except OSError as exc:
        raise ValidationError("password_file", t(
            "The password file {file} cannot be read: {reason}.", file=name,
            reason=exc.strerror or type(exc).__name__)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("password_file", t(
            "The password file {file} is not text (UTF-8).", file=name)) from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise ValidationError("password_file", t("The password file {file} is empty.",
                                                 file=name))
    return password
