"""The status report as Danish cells: the command line's table and CSV, and the window's CSV.

One writer for both, so "Gem som CSV" in the window gives byte for byte what `bua-booking report --csv`
gives. CSV as Excel in Denmark opens it: `;` between cells, CRLF, UTF-8 with a BOM so æøå show, and
utilisation in per cent with a decimal comma. Only counts and group labels, as the report holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from app.domain.report import GROUP_NAMES_DA, Figures, OverviewRow, Report

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
TOTAL_DA = "I alt"


def figure_cells(figures: Figures, unknown: str = "", percent: str = "") -> list[str]:
    """The figures as text, utilisation in per cent with a decimal comma."""
    cells = []
    for name, value in figures.as_dict().items():
        if value is None:
            cells.append(unknown)
        elif name == "utilisation":
            cells.append(percent_text(value) + percent)
        else:
            cells.append(str(value))
    return cells


def percent_text(share: float) -> str:
    """0.2222 -> '22,2'."""
    return f"{share * 100:.1f}".replace(".", ",")


def report_csv(report: Report) -> bytes:
    """Every row and the totals, a key column first (municipality code, cluster, advisor id, ...)."""
    header = ["Nøgle", GROUP_NAMES_DA[report.by], *(long for long, _ in FIGURE_COLUMNS_DA.values())]
    rows = [[r.key, r.label, *figure_cells(r.figures)] for r in report.rows]
    rows.append(["", TOTAL_DA, *figure_cells(report.totals)])
    return csv_bytes(header, rows)


def overview_cells(rows: Sequence[OverviewRow]) -> list[list[str]]:
    return [
        [
            r.key,
            r.label,
            r.cluster,
            iso(r.bua_contact_since) or "-",
            iso(r.bua_deputy_since) or "-",
            iso(r.municipal_contact_since) or "-",
            "ja" if r.series_running else "nej",
            iso(r.first_held) or "-",
            iso(r.last_held) or "-",
        ]
        for r in rows
    ]


def overview_csv(rows: Sequence[OverviewRow]) -> bytes:
    return csv_bytes(list(OVERVIEW_COLUMNS_DA), overview_cells(rows))


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """As Excel in Denmark opens it: `;` between cells, UTF-8 with a BOM so æøå show."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")
