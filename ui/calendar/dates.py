"""Dates and times in the user's language: weekday and month names, 24-hour times, ISO week numbers.

Every word goes through Qt's translator, so the Danish catalogue gives "tirsdag 14. oktober 2025",
"kl. 13.00-13.45" and "uge 42", and the English source gives "Tuesday 14 October 2025" and "13:00-13:45".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarText", text)


def weekday_name(day: date) -> str:
    tr = QCoreApplication.translate
    names = (
        tr("CalendarText", "Monday"),
        tr("CalendarText", "Tuesday"),
        tr("CalendarText", "Wednesday"),
        tr("CalendarText", "Thursday"),
        tr("CalendarText", "Friday"),
        tr("CalendarText", "Saturday"),
        tr("CalendarText", "Sunday"),
    )
    return names[day.weekday()]


def weekday_short(day: date) -> str:
    tr = QCoreApplication.translate
    names = (
        tr("CalendarText", "Mon"),
        tr("CalendarText", "Tue"),
        tr("CalendarText", "Wed"),
        tr("CalendarText", "Thu"),
        tr("CalendarText", "Fri"),
        tr("CalendarText", "Sat"),
        tr("CalendarText", "Sun"),
    )
    return names[day.weekday()]


def month_name(month: int) -> str:
    tr = QCoreApplication.translate
    names = (
        tr("CalendarText", "January"),
        tr("CalendarText", "February"),
        tr("CalendarText", "March"),
        tr("CalendarText", "April"),
        tr("CalendarText", "May"),
        tr("CalendarText", "June"),
        tr("CalendarText", "July"),
        tr("CalendarText", "August"),
        tr("CalendarText", "September"),
        tr("CalendarText", "October"),
        tr("CalendarText", "November"),
        tr("CalendarText", "December"),
    )
    return names[month - 1]


def long_date(day: date) -> str:
    """'Tuesday 14 October 2025' / 'tirsdag 14. oktober 2025'."""
    return (
        _tr("%1 %2 %3 %4")
        .replace("%1", weekday_name(day))
        .replace("%2", str(day.day))
        .replace("%3", month_name(day.month))
        .replace("%4", str(day.year))
    )


def short_date(day: date) -> str:
    """'14/10' / '14.10.'"""
    return _tr("%1/%2").replace("%1", str(day.day)).replace("%2", str(day.month))


def clock(moment: datetime) -> str:
    """'13:00' / '13.00' (24-hour clock)."""
    return _tr("%1:%2").replace("%1", f"{moment.hour:02d}").replace("%2", f"{moment.minute:02d}")


def time_range(start: datetime, end: datetime) -> str:
    return f"{clock(start)}-{clock(end)}"


def when(start: datetime, end: datetime) -> str:
    """'Tuesday 14 October 2025 13:00-13:45' / 'tirsdag 14. oktober 2025 kl. 13.00-13.45'."""
    return _tr("%1 %2").replace("%1", long_date(start.date())).replace("%2", time_range(start, end))


def week_label(day: date) -> str:
    """'week 42' / 'uge 42': the ISO week (Monday first) that `day` falls in."""
    return _tr("week %1").replace("%1", str(day.isocalendar().week))


def month_label(year: int, month: int) -> str:
    return f"{month_name(month)} {year}"
