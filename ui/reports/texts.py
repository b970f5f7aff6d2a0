"""The report's words, translated when shown: group names, figure headers, what is counted.

Source strings are English; resources/translations/reports_da.ts gives the Danish the window and the
PDF show (the CSV keeps app/domain/report_table.py's Danish names, which Excel users already know).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.report import GroupBy
from ui.calendar.dates import day_month

REGION = "Region Midtjylland"


def group_name(by: GroupBy) -> str:
    names = {
        GroupBy.MUNICIPALITY: QCoreApplication.translate("Report", "Municipality"),
        GroupBy.CLUSTER: QCoreApplication.translate("Report", "Cluster"),
        GroupBy.ADVISOR: QCoreApplication.translate("Report", "BUA advisor"),
        GroupBy.TYPE: QCoreApplication.translate("Report", "Session type"),
        GroupBy.MONTH: QCoreApplication.translate("Report", "Month"),
    }
    return names[by]


def figure_headers() -> dict[str, tuple[str, str]]:
    """Each figure's (short, long) header, under its JSON name, in the report's order."""
    return {
        "offered": (
            QCoreApplication.translate("Report", "Offered"),
            QCoreApplication.translate("Report", "Times offered"),
        ),
        "booked": (
            QCoreApplication.translate("Report", "Booked"),
            QCoreApplication.translate("Report", "Times booked"),
        ),
        "held": (QCoreApplication.translate("Report", "Held"), QCoreApplication.translate("Report", "Held")),
        "no_show": (
            QCoreApplication.translate("Report", "No-show"),
            QCoreApplication.translate("Report", "No-show"),
        ),
        "cancelled_by_bua": (
            QCoreApplication.translate("Report", "Canc. BUA"),
            QCoreApplication.translate("Report", "Cancelled by BUA"),
        ),
        "cancelled_by_municipality": (
            QCoreApplication.translate("Report", "Canc. munic."),
            QCoreApplication.translate("Report", "Cancelled by the municipality"),
        ),
        "unused": (
            QCoreApplication.translate("Report", "Unused"),
            QCoreApplication.translate("Report", "Unused times"),
        ),
        "outcome_missing": (
            QCoreApplication.translate("Report", "No outcome"),
            QCoreApplication.translate("Report", "Outcome missing"),
        ),
        "utilisation": (
            QCoreApplication.translate("Report", "Utilisation"),
            QCoreApplication.translate("Report", "Utilisation"),
        ),
        "summaries_on_time": (
            QCoreApplication.translate("Report", "Summ. on time"),
            QCoreApplication.translate("Report", "Case summaries on time"),
        ),
        "summaries_late": (
            QCoreApplication.translate("Report", "Summ. late"),
            QCoreApplication.translate("Report", "Case summaries late"),
        ),
        "summaries_missing": (
            QCoreApplication.translate("Report", "Summ. missing"),
            QCoreApplication.translate("Report", "Case summaries missing"),
        ),
        "teaching_participants": (
            QCoreApplication.translate("Report", "Participants"),
            QCoreApplication.translate("Report", "Teaching participants"),
        ),
        "waitlist_demand": (
            QCoreApplication.translate("Report", "Waitlist"),
            QCoreApplication.translate("Report", "On a teaching waitlist"),
        ),
        "gp_guests": (
            QCoreApplication.translate("Report", "GP present"),
            QCoreApplication.translate("Report", "With the GP as guest"),
        ),
    }


def total_label() -> str:
    return QCoreApplication.translate("Report", "Total")


def long_day(day: date) -> str:
    """'1 March 2027' / '1. marts 2027'."""
    return f"{day_month(day)} {day.year}"


def period_text(first: date, last: date) -> str:
    return (
        QCoreApplication.translate("Report", "%1 to %2")
        .replace("%1", long_day(first))
        .replace("%2", long_day(last))
    )


def no_summaries_note() -> str:
    return QCoreApplication.translate(
        "Report",
        "Whether case summaries came on time is shown only to BUA for its own sessions: "
        "you cannot see other people's case summaries (–).",
    )


def what_is_counted() -> str:
    """The definitions of app/domain/report.py, in a few sentences for the reader of the PDF."""
    return QCoreApplication.translate(
        "Report",
        "The report counts BUA's advisory sessions for the municipalities by the day they start on, "
        "and nothing but counts: no names of staff, GPs or children and no word of a case. "
        "Offered times are sessions that were not cancelled; booked ones have a municipal participant; "
        "held and no-show are what the advisor recorded, and outcome missing are sessions that are over "
        "without a recorded outcome. Unused times are over and were not booked. Utilisation is held "
        "divided by offered, so times still ahead in the period lower it. Cancellations count bookings "
        "cancelled by BUA or by the municipality's booker. Case summaries count booked one-to-one "
        "sessions whose summary came before its deadline, after it, or not at all. Teaching "
        "participants are places taken at teaching sessions, the waitlist those still waiting for one.",
    )
