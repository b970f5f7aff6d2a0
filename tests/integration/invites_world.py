"""The series the invite tests export: Ulla's weekly Thursday sparring in Randers, March to November
2027, with two holidays skipped, one date cancelled and one occurrence moved across the end of summer
time; and the helpers that read the stored slots and parse a file with every parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.domain.booking import Booking
from app.domain.ical_lint import lint
from app.domain.model import Person, Slot, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services import occurrences, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from tests.ical_parsers import Parsed, all_parsers
from tests.integration.helpers import ADMIN, add_advisor

VIDEO = "https://video.bua.example/730-sparring"
THURSDAYS = RecurrenceRule(
    weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), ends_on=date(2027, 11, 30)
)
HOLIDAYS = {date(2027, 3, 25): "Skærtorsdag", date(2027, 5, 6): "Kristi himmelfartsdag"}
CANCELLED_DAY = date(2027, 6, 17)
MOVED_FROM, MOVED_TO = date(2027, 10, 21), date(2027, 11, 1)  # summer time to winter time, 13:00


@dataclass(frozen=True)
class Randers:
    advisor: Person
    series_id: int


def randers_series(ctx: Context) -> Randers:
    """Ulla's weekly Thursday 09:00 sparring in Randers, March to November 2027, one date cancelled and
    one occurrence moved across the end of summer time."""
    advisor = add_advisor(ctx)
    created = create_series(
        ctx, ADMIN, SeriesSpec("730", advisor.email, THURSDAYS, SessionType.SPARRING, video_url=VIDEO)
    )
    assert {s.occurrence_date: s.reason for s in created.skipped} == HOLIDAYS
    occurrences.cancel_occurrence(ctx, ADMIN, created.series.id, CANCELLED_DAY, "Kursus")
    occurrences.move_occurrence(ctx, ADMIN, slot_on(ctx, MOVED_FROM).id, MOVED_TO, time(13))
    return Randers(advisor, created.series.id)


def slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def stored_slots(ctx: Context, series_id: int) -> list[Slot]:
    with ctx.store.read() as uow:
        return list(uow.slots.list(SlotFilter(series_id=series_id)))


def epoch_seconds(instant: datetime) -> int:
    return int(instant.timestamp())


def read_all(icaljs: Path, data: bytes, path: Path) -> dict[str, Parsed]:
    assert lint(data) == []
    return all_parsers(icaljs, data, path)


def booking_of(ctx: Context, booking_id: int) -> Booking:
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking_id)
    assert found is not None
    return found
