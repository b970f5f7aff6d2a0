"""BUA's one time zone (every session is held, and every day counted, on Copenhagen wall-clock time),
and month arithmetic."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Copenhagen"
ZONE = ZoneInfo(TIMEZONE)


def local_midnight(day: date) -> datetime:
    """The instant the Copenhagen day `day` begins."""
    return datetime.combine(day, time(0), tzinfo=ZONE)


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 January + 1 month is 28/29 February
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")
