"""Recurring slot series: the wall-clock rule and the occurrences it yields.

A series keeps its rule in Europe/Copenhagen wall-clock time (a 09:00 series stays at 09:00 across
daylight saving); each occurrence is turned into a UTC instant only when it is materialised. A series
ends on a date or after a count of occurrences; skipped dates (holidays, closure days, cancellations)
still count, as EXDATEs do against COUNT in iCalendar, so slots plus skipped dates are every occurrence.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.time import TIMEZONE
from app.errors import InvalidInput

DEFAULT_DURATION_MINUTES = 45
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class SessionType(enum.StrEnum):
    SPARRING = "sparring"
    SUPERVISION = "supervision"
    TEACHING = "teaching"

    @property
    def name_da(self) -> str:
        return {"teaching": "undervisning"}.get(self.value, self.value)

    @property
    def is_one_to_one(self) -> bool:
        """Sparring and supervision take exactly one municipal participant (the 1:1 rule)."""
        return self is not SessionType.TEACHING


def parse_weekday(code: str) -> int:
    """'mon'..'fri' or 'mandag'..'fredag' (any abbreviation from three letters) to 0..4; BUA holds no
    sessions at weekends."""
    word = code.strip().lower()
    found = [
        day
        for day, (english, danish) in enumerate(zip(WEEKDAY_CODES, WEEKDAY_NAMES_DA, strict=True))
        if word[:3] == english or (len(word) >= 3 and danish.startswith(word))
    ]
    if not found:
        raise InvalidInput(f"Ukendt ugedag: {code!r} (brug mandag-fredag eller mon-fri).")
    weekday = found[0]
    if weekday > 4:
        raise InvalidInput("BUA holder ikke møder i weekenden: vælg en hverdag.")
    return weekday


def check_session_time(day: date, start: time, duration_minutes: int) -> None:
    """BUA's working hours, for a series and for a moved occurrence alike."""
    if not time(6) <= start <= time(20):
        # Daytime only, which also keeps every start clear of the night-time DST jumps.
        raise InvalidInput("Starttidspunktet skal ligge mellem kl. 06.00 og 20.00.")
    if not 5 <= duration_minutes <= 480:
        raise InvalidInput("Varigheden skal være mellem 5 og 480 minutter.")
    if (datetime.combine(day, start) + timedelta(minutes=duration_minutes)).date() != day:
        raise InvalidInput("Et møde skal slutte samme dag, som det begynder.")


@dataclass(frozen=True)
class RecurrenceRule:
    """Every `every_weeks` weeks on `weekday` at `start_time` local time, from `starts_on`."""

    weekday: int
    start_time: time
    starts_on: date
    every_weeks: int = 1
    ends_on: date | None = None
    count: int | None = None
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    timezone: str = TIMEZONE

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 4:
            raise InvalidInput("En serie skal ligge på en hverdag (mandag-fredag).")
        if (self.ends_on is None) == (self.count is None):
            raise InvalidInput("Angiv enten en slutdato eller et antal gange - ikke begge.")
        if self.every_weeks < 1 or self.every_weeks > 52:
            raise InvalidInput("Intervallet skal være mellem 1 og 52 uger.")
        if self.count is not None and not 1 <= self.count <= 1000:
            raise InvalidInput("Antal gange skal være mellem 1 og 1000.")
        if self.ends_on is not None and self.ends_on < self.starts_on:
            raise InvalidInput("Slutdatoen ligger før startdatoen.")
        check_session_time(self.starts_on, self.start_time, self.duration_minutes)

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.duration_minutes)

    @property
    def first_date(self) -> date:
        """The first date on or after `starts_on` that falls on the weekday."""
        return self.starts_on + timedelta(days=(self.weekday - self.starts_on.weekday()) % 7)

    def dates(self, until: date | None = None) -> Iterator[date]:
        """Every occurrence date, in order, up to and including `until` (and the rule's own end)."""
        last = self.ends_on if until is None else min(until, self.ends_on or until)
        step = timedelta(weeks=self.every_weeks)
        current = self.first_date
        produced = 0
        while (last is None or current <= last) and (self.count is None or produced < self.count):
            yield current
            produced += 1
            current += step

    def last_date(self) -> date | None:
        """The final occurrence date, or None when the rule yields nothing."""
        if self.count is not None:
            return self.first_date + timedelta(weeks=self.every_weeks * (self.count - 1))
        assert self.ends_on is not None
        first = self.first_date
        if first > self.ends_on:
            return None
        weeks = (self.ends_on - first).days // 7
        return first + timedelta(weeks=weeks - weeks % self.every_weeks)

    def instants(self, day: date) -> tuple[datetime, datetime]:
        """The UTC start and end of the occurrence on `day`, from its wall-clock time."""
        return local_instants(day, self.start_time, self.duration_minutes, self.timezone)


def local_instants(
    day: date, start: time, duration_minutes: int, timezone: str = TIMEZONE
) -> tuple[datetime, datetime]:
    """UTC start and end of a meeting at local `start` on `day` lasting `duration_minutes`.

    The end is computed in wall-clock time too, so a meeting never changes length on paper.
    """
    zone = ZoneInfo(timezone)
    local_start = datetime.combine(day, start, tzinfo=zone)
    local_end = local_start + timedelta(minutes=duration_minutes)
    return local_start.astimezone(UTC), local_end.astimezone(UTC)
