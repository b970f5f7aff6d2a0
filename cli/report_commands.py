"""`bua-booking report`: the status report's counts as a Danish table, JSON or CSV for Excel.

Registered by cli/main.py through `add_report_commands`; only argparse loads with the parser, the
services when the command runs. Only counts are printed: municipality, cluster and BUA advisor names as
group labels, never a municipal employee, a GP or a case.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import parse_date

if TYPE_CHECKING:
    from app.domain.report import GroupBy, Report
    from app.services.context import Context
    from app.services.reports import Overview

NO_SUMMARIES_DA = (
    "Sagsresuméernes rettidighed vises kun for BUA for møderne: du kan ikke se andres sagsresuméer (-)."
)


def add_report_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Callable[..., argparse.ArgumentParser],
) -> None:
    report = command(
        sub,
        "report",
        "report_commands.report",
        "statusrapport for en periode: antal tider, bookinger og udfald (kun tal)",
        json=True,
    )
    report.add_argument("--from", dest="from_date", type=parse_date, required=True, metavar="DATE")
    report.add_argument("--to", dest="to_date", type=parse_date, required=True, metavar="DATE")
    report.add_argument(
        "--by",
        default="municipality",
        metavar="GRUPPE",
        help="kommune, klynge, rådgiver, mødetype, måned (eller municipality, cluster, advisor, type, "
        "month); standard kommune",
    )
    report.add_argument("--municipality", metavar="CODE", help="kun én kommune")
    report.add_argument(
        "--overview",
        action="store_true",
        help="statusoverblik pr. kommune: kontaktpersoner, fast serie, første og sidste afholdte møde",
    )
    report.add_argument(
        "--csv", action="store_true", help="CSV til Excel på standardoutput (semikolon, UTF-8 med BOM)"
    )
    report.add_argument(
        "--pdf",
        type=Path,
        metavar="FIL",
        help="skriv rapporten som PDF (A4, dansk) med tabel, søjlediagram og udvikling pr. måned",
    )


def report(args: argparse.Namespace) -> int:
    from app.domain.report import GroupBy
    from app.domain.words import from_word
    from app.errors import InvalidInput
    from app.services.reports import figures_report, implementation_overview
    from cli.commands import open_context

    if sum(map(bool, (args.json, args.csv, args.pdf))) > 1:
        raise InvalidInput("Vælg én af --json, --csv og --pdf.")
    if args.pdf is not None and args.overview:
        raise InvalidInput("--pdf skriver statusrapporten; statusoverblikket fås med --overview alene.")
    by = from_word(GroupBy, args.by)
    if args.pdf is not None:
        _check_pdf_path(args.pdf)
    ctx = open_context(args)
    if args.pdf is not None:
        _write_pdf(ctx, args, by)
    elif args.overview:
        overview = implementation_overview(ctx, args.from_date, args.to_date, args.municipality)
        _print_overview(overview, args)
    else:
        found = figures_report(ctx, args.from_date, args.to_date, by, args.municipality)
        _print_report(found, args)
    return 0


def _print_report(report: Report, args: argparse.Namespace) -> None:
    from app.domain.report import GROUP_NAMES_DA
    from app.domain.report_table import FIGURE_COLUMNS_DA, TOTAL_DA, figure_cells, report_csv
    from cli.output import print_json, print_table

    if args.json:
        print_json(
            {
                "from": report.first_day.isoformat(),
                "to": report.last_day.isoformat(),
                "by": report.by.value,
                "rows": [{"key": r.key, "label": r.label, **r.figures.as_dict()} for r in report.rows],
                "totals": report.totals.as_dict(),
            }
        )
        return
    if args.csv:
        _write_bytes(report_csv(report))
        return
    rows = [(r.key, r.label, r.figures) for r in report.rows] + [("", TOTAL_DA, report.totals)]
    print(
        f"Statusrapport {report.first_day.isoformat()} til {report.last_day.isoformat()}, "
        f"efter {GROUP_NAMES_DA[report.by].lower()}"
    )
    header = [GROUP_NAMES_DA[report.by], *(short for _, short in FIGURE_COLUMNS_DA.values())]
    print_table(header, [[label, *figure_cells(figures, "-", " %")] for _, label, figures in rows])
    if report.totals.summaries_on_time is None:
        print(NO_SUMMARIES_DA)


def _print_overview(overview: Overview, args: argparse.Namespace) -> None:
    from app.domain.report_table import OVERVIEW_COLUMNS_DA, iso, overview_cells, overview_csv
    from cli.output import print_json, print_table

    if args.json:
        print_json(
            {
                "from": overview.first_day.isoformat(),
                "to": overview.last_day.isoformat(),
                "rows": [
                    {
                        "key": r.key,
                        "label": r.label,
                        "cluster": r.cluster,
                        "bua_contact_since": iso(r.bua_contact_since),
                        "bua_deputy_since": iso(r.bua_deputy_since),
                        "municipal_contact_since": iso(r.municipal_contact_since),
                        "series_running": r.series_running,
                        "first_held": iso(r.first_held),
                        "last_held": iso(r.last_held),
                    }
                    for r in overview.rows
                ],
            }
        )
        return
    if args.csv:
        _write_bytes(overview_csv(overview.rows))
        return
    rows = overview_cells(overview.rows)
    print(f"Statusoverblik {overview.first_day.isoformat()} til {overview.last_day.isoformat()}")
    print_table(OVERVIEW_COLUMNS_DA[1:], [row[1:] for row in rows])


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _check_pdf_path(path: Path) -> None:
    """Before anything is read: a missing folder or a folder is invalid input (exit 2), as for -o."""
    from app.errors import InvalidInput

    if path.is_dir():
        raise InvalidInput(f"{path} er en mappe; giv et filnavn, f.eks. statusrapport.pdf.")
    if not path.parent.is_dir():
        raise InvalidInput(f"Mappen {path.parent} findes ikke.")


def _write_pdf(ctx: Context, args: argparse.Namespace, by: GroupBy) -> None:
    """The window's PDF, from the command line: Qt draws it, so a QGuiApplication is made first,
    offscreen where there is no screen (a server, a cron job)."""
    from app.domain.report import GroupBy
    from app.services.reports import figures_report
    from cli.gui import has_screen

    found = figures_report(ctx, args.from_date, args.to_date, by, args.municipality)
    trend = (
        found
        if by is GroupBy.MONTH
        else figures_report(ctx, args.from_date, args.to_date, GroupBy.MONTH, args.municipality)
    )
    if not has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from app.errors import InvalidInput
    from ui.i18n import speaking
    from ui.reports.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # kept until the PDF is written
    try:
        with speaking("da"):  # the PDF is Danish
            write_pdf(args.pdf, found, trend, ctx.clock.today())
    except OSError as error:  # a folder that may not be written to, a full disk
        raise InvalidInput(str(error)) from error
    del app
    print(f"Statusrapporten er gemt i {args.pdf}.", file=sys.stderr)
