"""The store behind the ports, as the services rely on it, checked on the fake and the real engines
alike: so the fake cannot drift from what the database holds without a test saying so.

A unit of work commits whole or not at all; the database's own rules (one municipal participant per
1:1 slot, one place per person and slot, places within capacity, one open contact per municipality
and kind) refuse a write with the error the real repositories raise; a stale version is a conflict;
an id is not handed out again."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.booking import BookingState, NewBooking
from app.domain.model import ContactKind, NewPerson, Role, Slot
from app.domain.recurrence import SessionType
from app.errors import ChangedMeanwhile, PlaceTaken
from app.services import series, slots
from app.services.context import Context
from tests.integration.helpers import ADMIN, add_advisor, add_member, get_slot, weekly_series

WEDNESDAY = date(2027, 1, 13)


def _slot(ctx: Context, session_type: SessionType = SessionType.SPARRING) -> Slot:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31), session_type=session_type)
    (found,) = slots.list_slots(ctx, from_date=WEDNESDAY, to_date=WEDNESDAY)
    return found


def _place(slot: Slot, person_id: int, state: BookingState = BookingState.BOOKED) -> NewBooking:
    one_to_one = slot.session_type.is_one_to_one
    return NewBooking(slot.id, slot.starts_at, slot.ends_at, person_id, "730", one_to_one, state)


def test_a_unit_of_work_left_without_commit_or_by_an_error_writes_nothing(ctx: Context) -> None:
    with ctx.store.write() as uow:
        uow.people.add(NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    with pytest.raises(RuntimeError), ctx.store.write() as uow:
        uow.people.add(NewPerson("bo@bua.example", "Bo Ris", Role.ADVISOR))
        raise RuntimeError("the service refused after writing")
    with ctx.store.write() as uow:
        uow.people.add(NewPerson("eva@bua.example", "Eva Lund", Role.ADVISOR))
        uow.commit()

    with ctx.store.read() as uow:
        assert [p.email for p in uow.people.list()] == ["eva@bua.example"]


def test_the_store_refuses_a_second_participant_on_a_one_to_one_slot(ctx: Context) -> None:
    slot = _slot(ctx)
    pia, jens = add_member(ctx, "pia@randers.example"), add_member(ctx, "jens@randers.example")
    with ctx.store.write() as uow:
        uow.bookings.add(_place(slot, pia.id))
        with pytest.raises(PlaceTaken):  # in no words: the service that asked tells the user
            uow.bookings.add(_place(slot, jens.id))


def test_the_store_refuses_a_second_place_or_entry_for_one_person_on_a_slot(ctx: Context) -> None:
    slot = _slot(ctx, SessionType.TEACHING)
    pia = add_member(ctx, "pia@randers.example")
    with ctx.store.write() as uow:
        uow.bookings.add(_place(slot, pia.id))
        with pytest.raises(PlaceTaken):
            uow.bookings.add(_place(slot, pia.id, BookingState.WAITLISTED))


def test_places_stay_within_zero_and_the_capacity(ctx: Context) -> None:
    slot = _slot(ctx)
    with ctx.store.write() as uow:
        assert uow.slots.take_place(slot.id)
        assert not uow.slots.take_place(slot.id)
        uow.slots.release_place(slot.id)
        uow.slots.release_place(slot.id)
        uow.commit()
    assert get_slot(ctx, slot.id).booked_count == 0


def test_a_stale_version_and_an_unknown_booking_are_told_apart(ctx: Context) -> None:
    slot = _slot(ctx)
    pia = add_member(ctx, "pia@randers.example")
    with ctx.store.write() as uow:
        booking = uow.bookings.add(_place(slot, pia.id))
        changed = uow.bookings.change(booking.id, booking.version, state=BookingState.CANCELLED)
        assert (changed.version, changed.ical_sequence) == (2, booking.ical_sequence + 1)
        with pytest.raises(ChangedMeanwhile) as stale:
            uow.bookings.change(booking.id, booking.version, state=BookingState.BOOKED)
        assert not stale.value.gone
        with pytest.raises(ChangedMeanwhile) as unknown:
            uow.bookings.change(booking.id + 1000, 1, state=BookingState.BOOKED)
        assert unknown.value.gone


def test_a_second_open_contact_of_one_kind_breaks_the_stores_unique_index(ctx: Context) -> None:
    first, second = add_advisor(ctx), add_advisor(ctx, "bo@bua.example", "Bo Ris")
    with pytest.raises(IntegrityError), ctx.store.write() as uow:
        uow.contacts.add("730", ContactKind.BUA_ADVISOR, first.id, date(2027, 1, 4))
        uow.contacts.add("730", ContactKind.BUA_ADVISOR, second.id, date(2027, 1, 5))


def test_a_deleted_slots_id_is_not_handed_out_again(ctx: Context) -> None:
    slot = _slot(ctx)
    series.cancel_occurrence(ctx, ADMIN, slot.series_id, WEDNESDAY, "Kursus")  # free: deleted
    with ctx.store.read() as uow:
        assert uow.slots.get(slot.id) is None
        newest = max(s.id for s in uow.slots.for_series(slot.series_id, date.min))

    restored = series.restore_occurrence(ctx, ADMIN, slot.series_id, WEDNESDAY)

    assert restored.id > newest
