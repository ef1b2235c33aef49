"""What ``cli.py`` and ``cli_commands.py`` share: the exit codes, bad input said in one line,
reading a file the user named, opening the database.

Light on purpose, like ``cli.py``: the desktop app starts through this module, so it imports
only the standard library and the small service modules without third-party imports.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from reseller_app.services.errors import ServiceError, StorageError, ValidationError
from reseller_app.services.input_files import InputKind, read_input, read_stream

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user must fix: printed as one line, exit code 2."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _stdout_to_devnull() -> None:
    """After a broken pipe: point stdout at devnull, so that the interpreter's own flush at
    exit does not complain again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"reseller-app: {_one_line(message)}", file=sys.stderr)
    return code


def _read_bytes(path: str, kind: str) -> bytes:
    """A file the user named (``-``: standard input), refused in words when it cannot be read
    or is larger than any file of its kind (``services.input_files``: no database needed)."""
    try:
        if path == "-":
            return read_stream(sys.stdin.buffer, InputKind(kind), "standard input")
        return read_input(path, InputKind(kind))
    except ValidationError as exc:
        raise BadInput(exc.message) from None


def _open(args: argparse.Namespace) -> AppContext:
    # late: SQLAlchemy loads only when a command opens the database (the window opens it
    # behind itself, through cli.run_gui)
    from reseller_app.services.startup import open_app

    ctx = open_app(args.db, demo=args.demo)
    if args.demo:  # a demo just works: sample company, customers, products and orders
        # late: only --demo needs them (services.demo loads most services)
        from reseller_app.services.demo import load_demo_data
        from reseller_app.services.setup import SetupService

        if not SetupService(ctx).is_configured():
            load_demo_data(ctx)
    return ctx


def stdin_line() -> str:
    """The next line of standard input (a passphrase given with ``--passphrase-stdin``), read
    from the byte stream so that several commands' lines follow one another."""
    return sys.stdin.buffer.readline().decode("utf-8", "replace").rstrip("\r\n")


def ask_passphrase(whose: str, from_stdin: bool) -> str:
    """A person's passphrase: the next line of standard input with ``--passphrase-stdin``, else
    asked on the terminal (never from the command line or the environment, where other users
    and the shell's history could read it). ``whose``: their e-mail, shown as it is."""
    if from_stdin:
        line = stdin_line()
        if not line:
            raise BadInput("--passphrase-stdin: standard input gave no passphrase")
        return line
    if not sys.stdin.isatty():
        raise BadInput(f"the passphrase of {whose} is needed: give it on standard input with "
                       "--passphrase-stdin (there is no terminal to ask on)")
    return getpass.getpass(f"Passphrase of {whose}: ")


def printable(text: str) -> str:
    """``text`` with control and direction characters shown escaped (``SO-1\\nX``): a value
    from the database must not break a line or turn the terminal's text around."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def open_signing_key(ctx: AppContext, args: argparse.Namespace, *, nothing: str = "built"
                     ) -> None:
    """Where the company key is kept in its encrypted file (no keyring), open it with the
    administrator's passphrase before anything is made: from standard input with
    --passphrase-stdin, else asked on the terminal. Nothing is made unsigned for want of it;
    ``nothing`` says what the command then did not do ("nothing was built")."""
    # late: the key's session loads the ORM; cli.py stays light for the desktop's start
    from reseller_app.services import key_session

    locked = key_session.locked(ctx)
    if locked is None:
        return
    whose = printable(locked.holder_name)
    if getattr(args, "key_passphrase_stdin", False):  # the line after a --person's, if any
        passphrase = stdin_line()
    elif sys.stdin.isatty():
        passphrase = getpass.getpass(f"Passphrase of {whose} (opens the signing key): ")
    else:
        raise BadInput(f"the passphrase of {whose}, the administrator, is needed to sign (the "
                       "company's signing key is kept in a file encrypted with it): give it "
                       "with --passphrase-stdin (there is no terminal to ask on)")
    if not passphrase:
        raise BadInput(f"no passphrase of {whose} was given; nothing was {nothing}")
    try:
        key_session.unlock(ctx, passphrase)
    except StorageError:
        raise
    except ServiceError as exc:  # wrong (counted), locked, inactive, file not readable
        raise BadInput(f"{exc}; nothing was {nothing}") from None
