"""``reseller-app lists ...`` and ``reseller-app check-party ...``: sanctions lists from a terminal.

- ``lists import PATH``: import a list file (for OFAC's CSV set, its ``sdn.csv`` with the other
  files beside it) as a new version; prints its source, publication date, entries and names.
- ``lists``: the newest version of each list, its date and counts.
- ``check-party NAME [--country CC] [--kind person|organisation]``: one JSON object, the
  verdict and the matches; ``--batch FILE`` checks one name per line and prints one object per
  line, in order. With no list imported: exit 2 and one line.

``cli.py`` adds these with :func:`add_commands` and calls :data:`HANDLERS` with the open
database; bad input ends with one line and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_OK, BadInput

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext

MAX_BATCH_BYTES = 50 * 1024 * 1024  # a file of names; more is a file picked by mistake


def add_commands(sub: Any) -> None:
    """The ``lists`` and ``check-party`` commands, on ``cli.build_parser``'s subparsers."""
    lists = sub.add_parser("lists", help="sanctions lists: the newest version of each "
                                         "(or import one)")
    actions = lists.add_subparsers(dest="lists_command", metavar="ACTION")
    imp = actions.add_parser("import", help="import a sanctions list file as a new version "
                                            "(OFAC SDN CSV, UN XML, EU XML, UK CSV)")
    imp.add_argument("path", metavar="PATH",
                     help="the list file; for OFAC's CSV set, its sdn.csv with alt.csv and "
                          "add.csv beside it")
    check = sub.add_parser("check-party", help="check a name against the imported sanctions "
                                               "lists (prints JSON)")
    check.add_argument("name", metavar="NAME", nargs="?", help="the party's name")
    check.add_argument("--country", metavar="CC", help="the party's country (ISO code, e.g. DE)")
    check.add_argument("--kind", metavar="KIND", help="person or organisation")
    check.add_argument("--batch", metavar="FILE",
                       help="check every name in FILE (one per line, '-' for standard input) "
                            "and print one JSON object per line, in order")


def cmd_lists(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.sanctions_lists import (
        ListImportCancelled,
        import_list,
        newest_versions,
    )

    if args.lists_command == "import":
        try:
            version = import_list(ctx, args.path)
        except ListImportCancelled:  # Ctrl+C is the only way here: nothing was stored
            raise BadInput("the import was cancelled: nothing was stored") from None
        published = version.published or "not stated in the file"
        if version.already:
            print(f"{Path(args.path).name} was imported already on "
                  f"{version.imported_at:%Y-%m-%d %H:%M} UTC as version {version.id} of the "
                  f"{version.title} list: nothing changed.")
            return EXIT_OK
        print(f"Imported {version.title} ({version.source.value}), published {published}: "
              f"{version.entry_count:,} entries, {version.name_count:,} names "
              f"(version {version.id}, sha256 {version.file_sha256[:16]}).")
        skipped = []
        if version.skipped_entries:
            skipped.append(f"{version.skipped_entries:,} entries without a name")
        if version.skipped_names:
            skipped.append(f"{version.skipped_names:,} empty names")
        if skipped:
            print("Left out: " + ", ".join(skipped) + ".")
        return EXIT_OK
    versions = newest_versions(ctx)
    if not versions:
        print("No sanctions list is imported yet: import one with "
              "'reseller-app lists import FILE'.")
        return EXIT_OK
    for v in versions:
        published = v.published or "date not stated"
        print(f"{v.source.value:5} {v.title}: published {published}, {v.entry_count:,} entries, "
              f"{v.name_count:,} names (version {v.id}, imported "
              f"{v.imported_at:%Y-%m-%d %H:%M} UTC by {v.imported_by})")
    return EXIT_OK


def _batch_names(path: str) -> list[str]:
    """The names of a batch file, one per line (blank lines kept: each gets its line)."""
    if path == "-":
        raw = sys.stdin.buffer.read(MAX_BATCH_BYTES + 1)
    else:
        file = Path(path)
        try:
            if file.stat().st_size > MAX_BATCH_BYTES:
                raise BadInput(f"{file.name} is too large for a list of names "
                               f"(more than {MAX_BATCH_BYTES // 1024 // 1024} MB)")
            raw = file.read_bytes()
        except OSError as exc:
            raise BadInput(f"cannot read {file.name}: {exc.strerror or exc}") from None
    if len(raw) > MAX_BATCH_BYTES:
        raise BadInput(f"the names are too many (more than {MAX_BATCH_BYTES // 1024 // 1024} MB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{Path(path).name} is not UTF-8 text: save it as UTF-8, one name "
                       "per line") from None
    return text.splitlines()


def cmd_check_party(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services load the ORM and the matcher, which `reseller-app --help` does not need
    from reseller_app.domain.sanctions.matching import MAX_NAME_LENGTH
    from reseller_app.services.errors import ValidationError
    from reseller_app.services.party_index import (
        NoListsImported,
        check_party,
        parse_kind,
        party_index,
    )

    if (args.name is None) == (args.batch is None):
        raise BadInput("give either a NAME or --batch FILE")
    country = (args.country or "").strip().upper() or None
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise BadInput(f"--country {args.country}: give the country's two-letter ISO code, "
                       "e.g. DE")
    try:
        kind = parse_kind(args.kind)
    except ValidationError as exc:
        raise BadInput(exc.message) from None
    names = [args.name] if args.batch is None else _batch_names(args.batch)
    index = party_index(ctx)
    if index is None:
        raise BadInput(NoListsImported().message)
    for number, name in enumerate(names, start=1):  # every line checked before any is printed
        if len(name) > MAX_NAME_LENGTH:
            where = f"line {number}: " if args.batch is not None else ""
            raise BadInput(f"{where}a name of {len(name):,} characters is too long to check "
                           f"(a party's name has at most {MAX_NAME_LENGTH:,})")
    for number, name in enumerate(names, start=1):
        try:
            result = check_party(ctx, name, country=country, kind=kind, index=index)
        except ValidationError as exc:
            where = f"line {number}: " if args.batch is not None else ""
            raise BadInput(where + exc.message) from None
        print(json.dumps(result.as_json(), ensure_ascii=False))
    return EXIT_OK


HANDLERS = {"lists": cmd_lists, "check-party": cmd_check_party}


def screen_parties(args: argparse.Namespace, order: Any, pack: Any) -> Any:
    """For ``screen``: the order's parties checked against the lists of the database (a
    ``PartyScreening``), None when it holds no list. The caller opens it only where it exists:
    ``screen`` never creates a database."""
    # late: the services load the ORM and the matcher, which a screen without lists does not
    from reseller_app.cli_common import _open
    from reseller_app.services.party_screening import order_party_checker

    ctx = _open(args)
    try:
        checker = order_party_checker(ctx, pack.pack)
        if checker is None:
            return None
        with ctx.session() as s:
            return checker.screenings(s, [(None, order)])[0]
    finally:
        ctx.engine.dispose()
