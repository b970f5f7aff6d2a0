"""Test doubles for the ports whose real versions are the machine itself (the clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


@dataclass
class FixedClock:
    """A clock that stays on one Copenhagen day (at noon) until a test moves it."""

    day: date

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(12), ZoneInfo("Europe/Copenhagen")).astimezone(UTC)
