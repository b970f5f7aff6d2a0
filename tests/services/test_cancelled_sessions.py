"""A cancelled session keeps what its invite needs: its slot stays (as cancelled), so the booking's
METHOD:CANCEL can always be made, with the same UID, a higher SEQUENCE and the meeting's own time.
That ids are never handed out twice is the engines' (tests/integration/test_ids_never_reused.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.domain.booking import Booking, BookingState
from app.domain.model import Slot
from app.services import absences, bookings, invites, occurrences, series, slots
from app.services.absences import Handling
from app.services.context import Context
from app.services.series_rules import SeriesChanges
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")
WEDNESDAY = date(2027, 1, 13)


def _invite(ctx: Context, booking_id: int) -> tuple[str, str, int, datetime, datetime]:
    calendar = icalendar.Calendar.from_ical(invites.booking_invite(ctx, booking_id))
    (event,) = calendar.walk("VEVENT")
    return (
        str(calendar["METHOD"]),
        str(event["UID"]),
        int(event.decoded("SEQUENCE")),
        event.decoded("DTSTART"),
        event.decoded("DTEND"),
    )


def _slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, from_date=day, to_date=day)
    return found


def _booked(ctx: Context) -> tuple[Booking, Slot, Context]:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31))
    pia = add_member(ctx, "pia@randers.example")
    slot = _slot_on(ctx, WEDNESDAY)
    return bookings.book(ctx, actor_of(pia), slot.id), slot, ctx


def _cancel_by_absence(ctx: Context, booking: Booking, slot: Slot) -> None:
    absences.add_absence(
        ctx, ADMIN, "ulla@bua.example", WEDNESDAY, WEDNESDAY, "Syg", {slot.id: Handling.CANCEL}
    )


def _booker_cancels_then(
    change: Callable[[Context, Slot], object],
) -> Callable[[Context, Booking, Slot], None]:
    def run(ctx: Context, booking: Booking, slot: Slot) -> None:
        with ctx.store.read() as uow:
            pia = uow.people.get(booking.person_id)
        assert pia is not None
        bookings.cancel(ctx, actor_of(pia), booking.id, "illness")
        change(ctx, slot)

    return run


AFTER = {
    "an absence": _cancel_by_absence,
    "a series edit": _booker_cancels_then(
        lambda ctx, slot: series.edit_series(ctx, ADMIN, slot.series_id, WEDNESDAY, SeriesChanges(weekday=3))
    ),
    "a cancelled occurrence": _booker_cancels_then(
        lambda ctx, slot: occurrences.cancel_occurrence(ctx, ADMIN, slot.series_id, WEDNESDAY, "Kursus")
    ),
    "a moved occurrence": _booker_cancels_then(
        lambda ctx, slot: occurrences.move_occurrence(ctx, ADMIN, slot.id, date(2027, 1, 14), time(13))
    ),
}


@pytest.mark.parametrize("what", list(AFTER))
def test_a_cancelled_booking_still_has_its_cancel_invite(ctx: Context, what: str) -> None:
    booking, slot, ctx = _booked(ctx)
    method, uid, sequence, starts, ends = _invite(ctx, booking.id)
    assert method == "REQUEST"

    AFTER[what](ctx, booking, slot)

    cancelled = _invite(ctx, booking.id)
    assert cancelled[:2] == ("CANCEL", uid) and cancelled[2] > sequence
    assert cancelled[3:] == (starts, ends)  # the meeting that stood in the calendar, not the slot's new time
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking.id)
    assert found is not None and found.slot_id == slot.id
    assert found.state in (BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA)


def test_a_cancelled_session_is_no_free_time_and_comes_back_when_restored(ctx: Context) -> None:
    booking, slot, ctx = _booked(ctx)
    _cancel_by_absence(ctx, booking, slot)
    kept = get_slot(ctx, slot.id)
    assert kept.cancelled and kept.booked_count == 0
    assert slots.list_slots(ctx, from_date=WEDNESDAY, to_date=WEDNESDAY) == []
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    with pytest.raises(Exception, match="aflyst"):
        bookings.book(ctx, actor_of(jens), slot.id)

    restored = occurrences.restore_occurrence(ctx, ADMIN, slot.series_id, WEDNESDAY)

    assert restored.id == slot.id and not restored.cancelled
    assert bookings.book(ctx, actor_of(jens), slot.id).state is BookingState.BOOKED
    assert _invite(ctx, booking.id)[0] == "CANCEL"  # the first booking stays cancelled
