"""`bua-booking report`: the status report's counts as a Danish table, JSON or CSV for Excel.

Registered by cli/main.py through `add_report_commands`; only argparse loads with the parser, the
services when the command runs. Only counts are printed: municipality, cluster and BUA advisor names as
group labels, never a municipal employee, a GP or a case.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from cli.arguments import parse_date

if TYPE_CHECKING:
    from app.domain.report import Figures, Report
    from app.services.reports import Overview

# The figures' Danish names: CSV columns (Excel) and, shortened, the table's.
FIGURE_COLUMNS_DA = {
    "offered": ("Tilbudte tider", "Tilbudt"),
    "booked": ("Bookede tider", "Booket"),
    "held": ("Afholdt", "Afholdt"),
    "no_show": ("Udeblevet", "Udeblevet"),
    "cancelled_by_bua": ("Aflyst af BUA", "Afl. BUA"),
    "cancelled_by_municipality": ("Aflyst af kommunen", "Afl. kommune"),
    "unused": ("Ubrugte tider", "Ubrugt"),
    "outcome_missing": ("Udfald mangler", "Udfald mgl."),
    "utilisation": ("Udnyttelse (%)", "Udnyttelse"),
    "summaries_on_time": ("Sagsresuméer til tiden", "Res. til tiden"),
    "summaries_late": ("Sagsresuméer for sent", "Res. for sent"),
    "summaries_missing": ("Sagsresuméer mangler", "Res. mangler"),
    "teaching_participants": ("Deltagere i undervisning", "Deltagere"),
    "waitlist_demand": ("På venteliste til undervisning", "Venteliste"),
    "gp_guests": ("Praktiserende læge med", "Læge med"),
}
OVERVIEW_COLUMNS_DA = (
    "Kode",
    "Kommune",
    "Klynge",
    "Fast kontaktperson i BUA siden",
    "Stedfortræder i BUA siden",
    "Kommunens kontaktperson siden",
    "Fast serie kører",
    "Første afholdte møde",
    "Sidste afholdte møde",
)
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


def report(args: argparse.Namespace) -> int:
    from app.domain.report import GroupBy
    from app.domain.words import from_word
    from app.errors import InvalidInput
    from app.services.reports import figures_report, implementation_overview
    from cli.commands import open_context

    if args.json and args.csv:
        raise InvalidInput("Vælg enten --json eller --csv.")
    by = from_word(GroupBy, args.by)
    ctx = open_context(args)
    if args.overview:
        overview = implementation_overview(ctx, args.from_date, args.to_date, args.municipality)
        _print_overview(overview, args)
    else:
        found = figures_report(ctx, args.from_date, args.to_date, by, args.municipality)
        _print_report(found, args)
    return 0


def _print_report(report: Report, args: argparse.Namespace) -> None:
    from app.domain.report import GROUP_NAMES_DA
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
    rows = [(r.key, r.label, r.figures) for r in report.rows] + [("", "I alt", report.totals)]
    if args.csv:
        header = ["Nøgle", GROUP_NAMES_DA[report.by], *(long for long, _ in FIGURE_COLUMNS_DA.values())]
        _write_csv(header, [[key, label, *_cells(figures)] for key, label, figures in rows])
        return
    print(
        f"Statusrapport {report.first_day.isoformat()} til {report.last_day.isoformat()}, "
        f"efter {GROUP_NAMES_DA[report.by].lower()}"
    )
    header = [GROUP_NAMES_DA[report.by], *(short for _, short in FIGURE_COLUMNS_DA.values())]
    print_table(header, [[label, *_cells(figures, "-", " %")] for _, label, figures in rows])
    if report.totals.summaries_on_time is None:
        print(NO_SUMMARIES_DA)


def _cells(figures: Figures, unknown: str = "", percent: str = "") -> list[str]:
    """The figures as text, utilisation in per cent with a decimal comma."""
    cells = []
    for name, value in figures.as_dict().items():
        if value is None:
            cells.append(unknown)
        elif name == "utilisation":
            cells.append(f"{value * 100:.1f}".replace(".", ",") + percent)
        else:
            cells.append(str(value))
    return cells


def _print_overview(overview: Overview, args: argparse.Namespace) -> None:
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
                        "bua_contact_since": _iso(r.bua_contact_since),
                        "bua_deputy_since": _iso(r.bua_deputy_since),
                        "municipal_contact_since": _iso(r.municipal_contact_since),
                        "series_running": r.series_running,
                        "first_held": _iso(r.first_held),
                        "last_held": _iso(r.last_held),
                    }
                    for r in overview.rows
                ],
            }
        )
        return
    rows = [
        [
            r.key,
            r.label,
            r.cluster,
            _iso(r.bua_contact_since) or "-",
            _iso(r.bua_deputy_since) or "-",
            _iso(r.municipal_contact_since) or "-",
            "ja" if r.series_running else "nej",
            _iso(r.first_held) or "-",
            _iso(r.last_held) or "-",
        ]
        for r in overview.rows
    ]
    if args.csv:
        _write_csv(list(OVERVIEW_COLUMNS_DA), rows)
        return
    print(f"Statusoverblik {overview.first_day.isoformat()} til {overview.last_day.isoformat()}")
    print_table(OVERVIEW_COLUMNS_DA[1:], [row[1:] for row in rows])


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _write_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """As Excel in Denmark opens it: `;` between cells, UTF-8 with a BOM so æøå show."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    sys.stdout.flush()
    sys.stdout.buffer.write(("\ufeff" + text.getvalue()).encode("utf-8"))
    sys.stdout.flush()
