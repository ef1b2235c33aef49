"""``reseller-app lists ...`` and ``reseller-app check-party ...``: sanctions lists from a terminal.

- ``lists import PATH``: import a list file (for OFAC's CSV set, its ``sdn.csv`` with the other
  files beside it) as a new version; prints its source, publication date, entries and names.
- ``lists``: the newest version of each list, its date and counts.
- ``check-party NAME [--country CC] [--kind person|organisation]``: one JSON object, the
  verdict and the matches; ``--batch FILE`` checks one name per line and prints one object per
  line, in order. With no list imported: exit 2 and one line.

What ``check-party`` does with awkward names:

- An empty NAME (or only spaces) is refused (exit 2, one line): it is most often a script's
  empty variable, and "clear" would hide that. In a batch, a blank line is answered ``clear``
  with no match, so that each output line still answers the input line of the same number.
- A batch's lines are split at line ends only (LF, CRLF, CR): a form feed, a file separator
  or a Unicode line separator inside a name stays in that name.
- Control characters and right-to-left text (with its invisible direction marks) are checked
  as they are given (the matcher folds them away) and echoed in ``query``; the output is always
  valid JSON, in ASCII escapes where the terminal cannot print the characters.
- A name longer than a party's name can be (a pasted file, 10 MB) is refused, naming its line
  in a batch; so is a NAME holding bytes that are not UTF-8 text, or a batch file that is not
  UTF-8. Nothing is stored by ``check-party``.

``cli.py`` adds these with :func:`add_commands` and calls :data:`HANDLERS` with the open
database; bad input ends with one line and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_OK, BadInput

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext

MAX_BATCH_BYTES = 50 * 1024 * 1024  # a file of names; more is a file picked by mistake
_LINE_END = re.compile(r"\r\n|\r|\n")


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
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise BadInput(f"{Path(path).name}, line {line}: not UTF-8 text: save it as UTF-8, "
                       "one name per line") from None
    # Line ends only (LF, CRLF, CR): str.splitlines() would also cut a name at a form feed, a
    # file separator or U+2028, and the answers would no longer line up with the names.
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the file's last line end ends its last name; it starts no new one
    return lines


def _print_json(data: dict[str, object]) -> None:
    """One JSON object on one line, in UTF-8 where the output takes it; else with ASCII
    escapes (a console in an old code page): valid JSON either way, never a traceback."""
    try:
        print(json.dumps(data, ensure_ascii=False))
    except UnicodeEncodeError:
        print(json.dumps(data, ensure_ascii=True))


def _valid_text(name: str, where: str) -> None:
    """A NAME from the command line holding bytes that are not UTF-8 (Python keeps them as
    lone surrogates) can be neither matched nor printed as JSON."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{where}the name holds bytes that are not UTF-8 text: give it as "
                       "UTF-8") from None


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
    if args.name is not None:
        _valid_text(args.name, "")
        if not args.name.strip():
            raise BadInput("the name is empty: give the party's name, e.g. "
                           "check-party \"Banco Nacional de Cuba\"")
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
        _print_json(result.as_json())
    return EXIT_OK


HANDLERS = {"lists": cmd_lists, "check-party": cmd_check_party}
