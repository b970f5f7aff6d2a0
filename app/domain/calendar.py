"""Which days BUA is closed: Danish public holidays plus administrator-defined closure days.

Public holidays come from the `holidays` package (country DK, Danish names). Grundlovsdag, juleaftensdag
and nytårsaftensdag are not public holidays but are non-working days in the public sector, so they are
annual closure days that an administrator can switch off. Working days are Monday-Friday minus both.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


class SkipKind(enum.StrEnum):
    """Why an occurrence of a series has no slot."""

    HOLIDAY = "holiday"
    CLOSURE = "closure"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SkipReason:
    kind: SkipKind
    text: str  # Danish, shown to users: "Skærtorsdag", "Lukkedag: Grundlovsdag", "Aflyst: kursus"


@dataclass(frozen=True)
class AnnualClosure:
    """A closure day that comes back every year on the same date."""

    month: int
    day: int
    reason: str
    enabled: bool = True


@dataclass(frozen=True)
class ClosureDate:
    """A one-off closure day, e.g. a staff day."""

    day: date
    reason: str


DEFAULT_ANNUAL_CLOSURES = (
    AnnualClosure(6, 5, "Grundlovsdag"),
    AnnualClosure(12, 24, "Juleaftensdag"),
    AnnualClosure(12, 31, "Nytårsaftensdag"),
)


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> dict[date, str]:
    import holidays  # imported on first use: it costs ~50 ms at start-up

    # language="da": without it the names follow the machine's locale.
    return dict(holidays.country_holidays("DK", years=year, language="da").items())


def public_holiday_name(day: date) -> str | None:
    """The Danish name of the public holiday on `day`, or None."""
    return _danish_holidays(day.year).get(day)


class ClosureCalendar:
    """Answers whether BUA is open on a day, and counts working days."""

    def __init__(
        self,
        annual: Iterable[AnnualClosure] = DEFAULT_ANNUAL_CLOSURES,
        dates: Iterable[ClosureDate] = (),
    ) -> None:
        self._annual = {(a.month, a.day): a.reason for a in annual if a.enabled}
        self._dates = {c.day: c.reason for c in dates}

    def closed_reason(self, day: date) -> SkipReason | None:
        """Why BUA is closed on `day` (a public holiday wins over a closure day), or None."""
        holiday = public_holiday_name(day)
        if holiday is not None:
            return SkipReason(SkipKind.HOLIDAY, holiday)
        reason = self._dates.get(day) or self._annual.get((day.month, day.day))
        if reason is not None:
            return SkipReason(SkipKind.CLOSURE, f"Lukkedag: {reason}")
        return None

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.closed_reason(day) is None

    def working_days_before(self, day: date, count: int) -> date:
        """The working day that lies `count` working days before `day`."""
        current = day
        remaining = count
        while remaining > 0:
            current -= timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current
