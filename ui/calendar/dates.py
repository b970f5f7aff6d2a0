"""The window's one module of dates and times: weekday and month names, 24-hour times, ISO weeks.

Every word goes through Qt's translator, so the Danish catalogue gives "tirsdag 14. oktober 2025",
"kl. 13.00-13.45" and "uge 42", and the English source gives "Tuesday 14 October 2025" and "13:00-13:45".
The `danish_*` functions at the end are the exception: always Danish, whatever the window's language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.time import ZONE

# Qt's date and time fields, in the one Danish style: "26.11.2026" and "13.00".
DATE_FIELD = "dd.MM.yyyy"
TIME_FIELD = "HH.mm"


def qdate(day: date) -> QDate:
    """For Qt's date widgets (PySide converts a date implicitly, but its type stubs do not say so)."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """From Qt's date widgets (QDate.toPython is typed as returning object)."""
    return date(value.year(), value.month(), value.day())


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("CalendarText", "Monday"),
        QCoreApplication.translate("CalendarText", "Tuesday"),
        QCoreApplication.translate("CalendarText", "Wednesday"),
        QCoreApplication.translate("CalendarText", "Thursday"),
        QCoreApplication.translate("CalendarText", "Friday"),
        QCoreApplication.translate("CalendarText", "Saturday"),
        QCoreApplication.translate("CalendarText", "Sunday"),
    )
    return names[day.weekday()]


def weekday_short(day: date) -> str:
    names = (
        QCoreApplication.translate("CalendarText", "Mon"),
        QCoreApplication.translate("CalendarText", "Tue"),
        QCoreApplication.translate("CalendarText", "Wed"),
        QCoreApplication.translate("CalendarText", "Thu"),
        QCoreApplication.translate("CalendarText", "Fri"),
        QCoreApplication.translate("CalendarText", "Sat"),
        QCoreApplication.translate("CalendarText", "Sun"),
    )
    return names[day.weekday()]


def month_name(month: int) -> str:
    names = (
        QCoreApplication.translate("CalendarText", "January"),
        QCoreApplication.translate("CalendarText", "February"),
        QCoreApplication.translate("CalendarText", "March"),
        QCoreApplication.translate("CalendarText", "April"),
        QCoreApplication.translate("CalendarText", "May"),
        QCoreApplication.translate("CalendarText", "June"),
        QCoreApplication.translate("CalendarText", "July"),
        QCoreApplication.translate("CalendarText", "August"),
        QCoreApplication.translate("CalendarText", "September"),
        QCoreApplication.translate("CalendarText", "October"),
        QCoreApplication.translate("CalendarText", "November"),
        QCoreApplication.translate("CalendarText", "December"),
    )
    return names[month - 1]


def long_date(day: date) -> str:
    """'Tuesday 14 October 2025' / 'tirsdag 14. oktober 2025'."""
    return (
        QCoreApplication.translate("CalendarText", "%1 %2 %3 %4")
        .replace("%1", weekday_name(day))
        .replace("%2", str(day.day))
        .replace("%3", month_name(day.month))
        .replace("%4", str(day.year))
    )


def short_date(day: date) -> str:
    """'14/10' / '14.10.'"""
    return (
        QCoreApplication.translate("CalendarText", "%1/%2")
        .replace("%1", str(day.day))
        .replace("%2", str(day.month))
    )


def clock(moment: datetime) -> str:
    """'13:00' / '13.00' (24-hour clock)."""
    return (
        QCoreApplication.translate("CalendarText", "%1:%2")
        .replace("%1", f"{moment.hour:02d}")
        .replace("%2", f"{moment.minute:02d}")
    )


def time_range(start: datetime, end: datetime) -> str:
    return f"{clock(start)}-{clock(end)}"


def when(start: datetime, end: datetime) -> str:
    """'Tuesday 14 October 2025 13:00-13:45' / 'tirsdag 14. oktober 2025 kl. 13.00-13.45'."""
    return (
        QCoreApplication.translate("CalendarText", "%1 %2")
        .replace("%1", long_date(start.date()))
        .replace("%2", time_range(start, end))
    )


def week_label(day: date) -> str:
    """'week 42' / 'uge 42': the ISO week (Monday first) that `day` falls in."""
    return QCoreApplication.translate("CalendarText", "week %1").replace("%1", str(day.isocalendar().week))


def month_label(year: int, month: int) -> str:
    return f"{month_name(month)} {year}"


def date_at(moment: datetime) -> str:
    """A time in a sentence: 'Thursday 26 November 2026 13:00' / 'torsdag 26. november 2026 kl. 13.00'."""
    return (
        QCoreApplication.translate("CalendarText", "%1 %2")
        .replace("%1", long_date(moment.date()))
        .replace("%2", clock(moment))
    )


def day_text(day: date | None) -> str:
    """The table style of every page ('26.11.2026'); empty for 'no date'."""
    return "" if day is None else numeric_date(day)


def numeric_date(day: date) -> str:
    """A date in a table: '26/11/2026' / '26.11.2026'."""
    return (
        QCoreApplication.translate("CalendarText", "%1/%2/%3")
        .replace("%1", f"{day.day:02d}")
        .replace("%2", f"{day.month:02d}")
        .replace("%3", str(day.year))
    )


def day_month(day: date) -> str:
    """'21 December' / '21. december'."""
    return (
        QCoreApplication.translate("CalendarText", "%1 %2", "day and month")
        .replace("%1", str(day.day))
        .replace("%2", month_name(day.month))
    )


def date_span(first: date, last: date) -> str:
    """A short span for a heading: '21-27 December 2026' / '21.-27. december 2026'; across months
    '30 November - 6 December 2026', across years with both years."""
    if first.year != last.year:
        return f"{day_month(first)} {first.year} - {day_month(last)} {last.year}"
    if first.month != last.month:
        return f"{day_month(first)} - {day_month(last)} {last.year}"
    return (
        QCoreApplication.translate("CalendarText", "%1-%2 %3")
        .replace("%1", str(first.day))
        .replace("%2", day_month(last))
        .replace("%3", str(last.year))
    )


def local(moment: datetime) -> datetime:
    """The moment on Copenhagen's clock (the store keeps instants)."""
    return moment.astimezone(ZONE)


def week_number(moment: datetime) -> int:
    """The ISO week (Monday first) of the moment on Copenhagen's clock."""
    return local(moment).isocalendar().week


# --- Always Danish ----------------------------------------------------------------------------------
# The staff page, the summary form's title and the summary's status in BUA's panel show dates in Danish
# in any language (tests/ui/staff/test_staff_page.py and tests/ui/test_summary_reader.py assert it);
# named apart, so no function here shares a name with one that follows the window's language.

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def danish_long_date(moment: datetime) -> str:
    """'tirsdag 14. oktober 2025', on Copenhagen's clock."""
    return DANISH.toString(qdate(local(moment).date()), "dddd d. MMMM yyyy")


def danish_clock(moment: datetime) -> str:
    """'13.00', on Copenhagen's clock."""
    return local(moment).strftime("%H.%M")


def danish_time_span(starts_at: datetime, ends_at: datetime | None) -> str:
    """'13.00-13.45' (the end is left out when a cancelled booking lost its slot)."""
    start = danish_clock(starts_at)
    return start if ends_at is None else f"{start}-{danish_clock(ends_at)}"


def danish_date_and_time(starts_at: datetime, ends_at: datetime | None) -> str:
    """'tirsdag 14. oktober 2025 kl. 13.00-13.45'."""
    return (
        QCoreApplication.translate("CalendarText", "%1 at %2")
        .replace("%1", danish_long_date(starts_at))
        .replace("%2", danish_time_span(starts_at, ends_at))
    )


def danish_numeric_date(day: date | datetime) -> str:
    """'12.01.2027' (a moment on Copenhagen's clock)."""
    return f"{local(day) if isinstance(day, datetime) else day:%d.%m.%Y}"
