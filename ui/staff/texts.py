"""Words and formats the staff page shares: Danish dates and times, session types, booking states.

Dates are always Danish (weekday, day, month, 24-hour clock "13.00", Monday-first ISO weeks), whatever
the interface language; the words around them go through Qt's translations (context "StaffTexts").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.booking import CancelReason
from app.domain.recurrence import SessionType
from app.domain.summary import DeadlineState
from app.domain.time import ZONE
from app.services.staff_view import FreeTime, MyBooking, Refusal, RefusalReason
from app.services.summaries import SummaryStatus
from ui.calendar.dates import numeric_date

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def local(moment: datetime) -> datetime:
    return moment.astimezone(ZONE)


def long_date(moment: datetime) -> str:
    """'tirsdag 14. oktober 2025'."""
    day = local(moment).date()
    return DANISH.toString(QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")


def week_number(moment: datetime) -> int:
    return local(moment).isocalendar().week


def clock(moment: datetime) -> str:
    return local(moment).strftime("%H.%M")


def time_span(starts_at: datetime, ends_at: datetime | None) -> str:
    """'13.00-13.45' (the end is left out when a cancelled booking lost its slot)."""
    return clock(starts_at) if ends_at is None else f"{clock(starts_at)}-{clock(ends_at)}"


def date_and_time(starts_at: datetime, ends_at: datetime | None) -> str:
    """'tirsdag 14. oktober 2025 kl. 13.00-13.45'."""
    return (
        translate("StaffTexts", "%1 at %2")
        .replace("%1", long_date(starts_at))
        .replace("%2", time_span(starts_at, ends_at))
    )


def session_type_name(session_type: SessionType | None) -> str:
    names = {
        SessionType.SPARRING: translate("StaffTexts", "Sparring"),
        SessionType.SUPERVISION: translate("StaffTexts", "Supervision"),
        SessionType.TEACHING: translate("StaffTexts", "Teaching"),
    }
    return names.get(session_type, "") if session_type else ""


def cancel_reason_name(reason: CancelReason) -> str:
    return {
        CancelReason.ILLNESS: translate("StaffTexts", "Illness"),
        CancelReason.CASE_RESOLVED: translate("StaffTexts", "The case is resolved"),
        CancelReason.NOT_NEEDED: translate("StaffTexts", "The advice is no longer needed"),
        CancelReason.PLANNING: translate("StaffTexts", "Planning/other duties"),
        CancelReason.OTHER: translate("StaffTexts", "Other"),
    }[reason]


def day(value: date) -> str:
    """'12.01.2027'."""
    return f"{value:%d.%m.%Y}"


def summary_status(status: SummaryStatus) -> str:
    """How a booking's case summary stands, with its deadline: 'Due 12.01.2027'."""
    words = {
        DeadlineState.MISSING: translate("StaffTexts", "Due %1"),
        DeadlineState.DRAFT: translate("StaffTexts", "Draft, due %1"),
        DeadlineState.SUBMITTED: translate("StaffTexts", "Sent"),
        DeadlineState.LATE: translate("StaffTexts", "Late, was due %1"),
    }
    return words[status.state].replace("%1", day(status.deadline))


def municipality_name(name: str) -> str:
    """'Randers Kommune' (the register stores the bare name)."""
    return translate("StaffTexts", "%1 Municipality").replace("%1", name)


def time_cell(row: FreeTime | MyBooking, column: int) -> str:
    """The first six columns of both staff tables: date, week, time, type, advisor, municipality."""
    cells = (
        lambda: numeric_date(local(row.starts_at).date()),
        lambda: str(week_number(row.starts_at)),
        lambda: time_span(row.starts_at, row.ends_at),
        lambda: session_type_name(row.session_type),
        lambda: row.advisor_name,
        lambda: row.municipality_name,
    )
    return cells[column]()


TIME_COLUMNS = 6  # how many columns time_cell fills


def slot_accessible_name(starts_at: datetime, ends_at: datetime | None, state: str, municipality: str) -> str:
    """'tirsdag 14. oktober 2025 kl. 13.00-13.45, ledig, Randers Kommune' for screen readers."""
    return ", ".join((date_and_time(starts_at, ends_at), state, municipality_name(municipality)))


def refusal_text(refusal: Refusal) -> str:
    """Why a free time cannot be booked now, inside a sentence: 'you have reached the limit of 2 future
    bookings'."""
    words = {
        RefusalReason.AT_CAP: translate("StaffTexts", "you have reached the limit of %1 future bookings"),
        RefusalReason.MONTHLY_QUOTA: translate(
            "StaffTexts", "your municipality has used its %1 sessions for that month"
        ),
        RefusalReason.NOT_ELIGIBLE: translate("StaffTexts", "your profession cannot book advice from BUA"),
    }
    return words[refusal.reason].replace("%1", str(refusal.limit))


def refusal_sentence(refusal: Refusal) -> str:
    """The reason and what the person can do about it, as sentences beside a refused action."""
    advice = {
        RefusalReason.AT_CAP: translate("StaffTexts", "Cancel one under My bookings to book another."),
        RefusalReason.MONTHLY_QUOTA: translate("StaffTexts", "Choose a time in another month."),
        RefusalReason.NOT_ELIGIBLE: translate("StaffTexts", "Ask your municipality's contact person."),
    }
    return (
        translate("StaffTexts", "Cannot be booked: %1. %2")
        .replace("%1", refusal_text(refusal))
        .replace("%2", advice[refusal.reason])
    )
