"""``reseller-app lists ...`` and ``reseller-app check-party ...``: sanctions lists from a terminal.

- ``lists import PATH``: import a list file (for OFAC's CSV set, its ``sdn.csv`` with the other
  files beside it) as a new version; prints its source, publication date, entries and names,
  then checks every catalog customer and open order again and prints one line of what changed.
- ``lists``: the newest version of each list, its date and counts.
- ``lists review --order REF --role customer|end_user|consignee --source ofac --entry ID
  --not-same|--same --reason TEXT``: review a possible match once (a write: signed in).
- ``lists reviews``: every review, one line each, newest first.
- ``lists update [--only ofac,un]``: fetch each list from its publisher's address (Settings)
  and import it; one line per list. Exit 0 when every list was imported (or was already),
  1 when one could not be fetched or used (the line says why; nothing of it changed).
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

from reseller_app.cli_common import EXIT_FAILED, EXIT_OK, BadInput, printable
from reseller_app.domain.sanctions.reviews import PartyRole, PartySubject, ReviewVerdict
from reseller_app.services.errors import NotFound, ValidationError

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
    _add_review_commands(actions)
    update = actions.add_parser("update", help="fetch the lists from their publishers' "
                                               "addresses and import them (needs the internet)")
    update.add_argument("--only", metavar="LISTS",
                        help="only these lists, comma-separated: ofac, un, eu, uk")
    check = sub.add_parser("check-party", help="check a name against the imported sanctions "
                                               "lists (prints JSON)")
    check.add_argument("name", metavar="NAME", nargs="?", help="the party's name")
    check.add_argument("--country", metavar="CC", help="the party's country (ISO code, e.g. DE)")
    check.add_argument("--kind", metavar="KIND", help="person or organisation")
    check.add_argument("--batch", metavar="FILE",
                       help="check every name in FILE (one per line, '-' for standard input) "
                            "and print one JSON object per line, in order")


def _add_review_commands(actions: Any) -> None:
    review = actions.add_parser("review", help="review a possible match of an order's party "
                                               "once: not the same party, or the same party")
    review.add_argument("--order", metavar="REF", help="the order's reference")
    review.add_argument("--role", metavar="ROLE", default=PartyRole.CUSTOMER.value,
                        help="customer (default), end_user or consignee")
    review.add_argument("--source", metavar="LIST", help="ofac, un, eu or uk")
    review.add_argument("--entry", metavar="ID", help="the list's own id of the entry "
                                                      "(OFAC: the SDN entry number)")
    review.add_argument("--not-same", action="store_true",
                        help="the party is not the listed one: it does not alert again")
    review.add_argument("--same", action="store_true",
                        help="the party is the listed one (a confirmed match): the order is "
                             "blocked")
    review.add_argument("--reason", metavar="TEXT", help="why: e.g. other date of birth, other "
                                                        "country")
    actions.add_parser("reviews", help="every review of a possible match, newest first")


def cmd_lists(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.sanctions_lists import (
        ListImportCancelled,
        import_list,
        newest_versions,
    )

    if args.lists_command == "review":
        return _review(ctx, args)
    if args.lists_command == "reviews":
        return _reviews(ctx)
    if args.lists_command == "update":
        return _update(ctx, args.only)
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
        print_rescreen(ctx)
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


def _review(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.history import status_words
    from reseller_app.services.orders import OrderService
    from reseller_app.services.party_reviews import order_party, record_review

    for option, value in (("--order REF", args.order), ("--source LIST", args.source),
                          ("--entry ID", args.entry)):
        if not (value or "").strip():
            raise BadInput(f"say which possible match to review: {option} is missing")
    if args.not_same == args.same:
        raise BadInput("say either --not-same (not the listed party) or --same (a confirmed "
                       "match)")
    if not (args.reason or "").strip():
        raise BadInput("--reason: say why, e.g. other date of birth, other country")
    verdict = ReviewVerdict.SAME if args.same else ReviewVerdict.NOT_SAME
    try:
        party = order_party(ctx, args.order, args.role.strip())
        review = record_review(
            ctx, subject=PartySubject.ORDER, subject_id=party.order_id, role=party.role.value,
            party_name=party.name, party_country=party.country, source=args.source,
            entry_id=args.entry, verdict=verdict, reason=args.reason)
    except NotFound as exc:  # an order that is not there is the user's input: exit 2
        raise BadInput(str(exc)) from None
    judged = "is the listed party (a confirmed match)" if args.same else \
        "is not the listed party"
    print(f"Recorded: {printable(party.name)} ({party.role.value} of order "
          f"{printable(party.reference)}) {judged}: {review.source} entry {review.entry_id} "
          f"{printable(review.listed_name)} (review {review.id}).")
    # The order was screened again with the review: say where it stands now.
    status = OrderService(ctx).get(party.order_id).status
    print(f"Order {printable(party.reference)} is now {status_words(status)}.")
    return EXIT_OK


def _reviews(ctx: AppContext) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.party_reviews import all_reviews, subject_names

    reviews = all_reviews(ctx)
    if not reviews:
        print("No possible match has been reviewed yet.")
        return EXIT_OK
    names = subject_names(ctx, reviews)
    for r in reviews:
        where = names.get((r.subject, r.subject_id or 0), f"{r.subject_id}")
        country = f" ({r.party_country})" if r.party_country else ""
        judged = "SAME as" if r.verdict is ReviewVerdict.SAME else "not"
        print(printable(
            f"{r.reviewed_at:%Y-%m-%d %H:%M} UTC {r.subject} {where} {r.role}: "
            f"'{r.party_name}'{country} {judged} {r.source} {r.entry_id} {r.listed_name}; "
            f"by {r.reviewed_by}: {r.reason}"))
    return EXIT_OK


def _only(text: str | None) -> list[Any] | None:
    """The lists named by ``--only`` (None: all); bad input for a name the app does not know."""
    from reseller_app.domain.sanctions.entries import ListSource  # late: as cmd_lists

    if text is None:
        return None
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    known = {s.value: s for s in ListSource}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise BadInput(f"--only {text}: name the lists as {', '.join(known)} "
                       "(comma-separated)")
    return [known[name] for name in names]


def _update(ctx: AppContext, only: str | None) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.list_updates import update_lists
    from reseller_app.services.sanctions_lists import ListImportCancelled

    wanted = _only(only)
    try:
        results = update_lists(ctx, only=wanted)
    except ListImportCancelled:  # Ctrl+C: the list being imported was not stored
        raise BadInput("the update was cancelled: the list being imported was not "
                       "stored") from None
    for result in results:
        v = result.version
        if v is None:
            print(f"{result.source.value:5} {result.error}")
        elif v.already:
            print(f"{result.source.value:5} {v.title}: the file published "
                  f"{v.published or '(date not stated)'} was imported already on "
                  f"{v.imported_at:%Y-%m-%d %H:%M} UTC (version {v.id}): nothing changed.")
        else:
            print(f"{result.source.value:5} Imported {v.title}, published "
                  f"{v.published or '(date not stated)'}: {v.entry_count:,} entries, "
                  f"{v.name_count:,} names (version {v.id}).")
    if any(r.version is not None and not r.version.already for r in results):
        print_rescreen(ctx)  # a new version: everything checked again, as after `lists import`
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
def print_rescreen(ctx: AppContext) -> None:
    """A new list version (or criteria pack) is in: every catalog customer and open order
    checked again, and one line saying what changed."""
    # late: the re-screen loads the matcher and the screening, which `lists` alone does not need
    from reseller_app.services.party_rescreen import rescreen_parties

    report = rescreen_parties(ctx)
    print("Checked again: " + report.summary())


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
    from reseller_app.domain.sanctions.matching import MAX_NAME_LENGTH, Verdict
    from reseller_app.services.party_index import (
        NameUncheckable,
        NoListsImported,
        PartyCheck,
        check_party,
        pack_threshold,
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
    threshold = pack_threshold(ctx)  # the active criteria pack's, as orders and customers
    results = []  # all checked before any is printed: a bad line leaves no half answer
    for number, name in enumerate(names, start=1):
        try:
            result = check_party(ctx, name, country=country, kind=kind, index=index,
                                 threshold=threshold)
        except NameUncheckable as exc:  # too long is refused above: nothing left once folded
            if args.batch is None:
                raise BadInput(exc.message) from None
            # A line with nothing to check keeps its place in the answers: clear.
            result = PartyCheck(name, Verdict.CLEAR, (), index.list_ids)
        except ValidationError as exc:
            where = f"line {number}: " if args.batch is not None else ""
            raise BadInput(where + exc.message) from None
        results.append(result)
    for result in results:
        _print_json(result.as_json())
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
