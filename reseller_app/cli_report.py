"""``reseller-app report``: the due diligence report up the chain, from a terminal.

``report --period 2026Q4 --distributor NAME --out DIR [--include-names] [--queue]`` builds the
report as the app does, a packet signed with the company key when there is one
(services/chain_report_send.py), and saves it into DIR as the app's "Save as folder…" does:
``dd-report-2026Q4-<distributor>-<packet>/`` with the PDF, the JSON, ``manifest.json`` and its
signature (one ``report.built`` and one ``packet.exported`` audit event); it prints one line of
what it holds. ``--period`` defaults to the last finished quarter; ``--distributor`` to the
company profile's only distributor when it lists just one. ``--queue``: the same packet is also
put in the outbox to the distributor's address; ``reseller-app outbox send`` sends it.

A period that is not one, a distributor the profile does not list, a folder that does not
exist: exit 2 and one line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_OK, BadInput, open_signing_key
from reseller_app.domain.vocabulary import OrderStatus

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext


def add_commands(sub: Any) -> None:
    report = sub.add_parser("report", help="write the due diligence report of a period for a "
                                           "distributor (PDF, JSON, signed manifest)")
    report.add_argument("--period", metavar="PERIOD",
                        help="a quarter (2026Q4), a month (2026-11) or a year (2026); default: "
                             "the last finished quarter")
    report.add_argument("--distributor", metavar="NAME",
                        help="the distributor it is for, as the company profile names it "
                             "(default: the only one listed)")
    report.add_argument("--out", metavar="DIR", required=True,
                        help="the folder to save the report's folder into")
    report.add_argument("--include-names", action="store_true",
                        help="name the held, escalated, declined and blocked orders with their "
                             "customers and end users (left out by default)")
    report.add_argument("--queue", action="store_true",
                        help="also put it in the e-mail outbox for the distributor, signed "
                             "like the packets ('outbox send' sends it)")
    report.add_argument("--passphrase-stdin", action="store_true", dest="key_passphrase_stdin",
                        help="read the passphrase that opens the signing key from standard "
                             "input (where the key is kept in an encrypted file)")


def cmd_report(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services pull in SQLAlchemy; cli.py stays light for the desktop's start
    from reseller_app.domain.chain_report import PeriodError, ReportPeriod
    from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
    from reseller_app.services.chain_report import ChainReportService
    from reseller_app.services.chain_report_send import ReportSendService
    from reseller_app.services.escalation import EscalationService

    counts = ChainReportService(ctx)
    try:
        period = (ReportPeriod.parse(args.period) if args.period is not None else
                  counts.default_period())
    except PeriodError as exc:
        raise BadInput(f"--period: {exc}") from None
    name = args.distributor
    if name is None:
        names = counts.distributors()
        if len(names) != 1:
            raise BadInput("--distributor: name the distributor the report is for"
                           + (f" ({', '.join(names)})." if names else "; the company profile "
                              "lists none yet."))
        name = names[0]
    name = counts.distributor(name)  # an unknown one is refused before anything is written
    out = Path(args.out)
    if not out.is_dir():
        raise BadInput(f"--out: the folder {out} does not exist.")
    # Signed like the app's, never unsigned for want of the key.
    open_signing_key(ctx, args, nothing="written")
    service = ReportSendService(ctx)
    packet = service.build_for(period, name, include_names=args.include_names)
    folder = service.save(packet.id, out)
    data = json.loads(EscalationService(ctx).file(packet.id, packet.json_name))
    o = data["outcomes"]  # keyed by the order statuses they count, as the JSON has them
    signed = " (signed)" if any(f.name == MANIFEST_SIGNATURE_NAME for f in packet.files) else ""
    print(f"Wrote {folder}{signed}: the due diligence report {period.label} for "
          f"{packet.recipient_name}: {data['orders']['screened']} orders, "
          f"{o[OrderStatus.HELD]} held, {o['escalations']} escalated, "
          f"{o[OrderStatus.DECLINED]} declined, "
          f"{data['misuse_reports']} misuse reports"
          + ("; with names." if data["names_included"] else "; no names."))
    if args.queue:
        item = service.queue(packet.id)
        print(f"Queued packet {packet.id[:8]} ({packet.file_stem}) in the outbox to {item.to}: "
              "'reseller-app outbox send' sends it.")
    return EXIT_OK


HANDLERS = {"report": cmd_report}
