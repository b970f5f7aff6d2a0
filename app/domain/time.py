"""BUA's one time zone: every session is held, and every day counted, on Copenhagen wall-clock time."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Copenhagen"
ZONE = ZoneInfo(TIMEZONE)


def local_midnight(day: date) -> datetime:
    """The instant the Copenhagen day `day` begins."""
    return datetime.combine(day, time(0), tzinfo=ZONE)
