"""The outcome of a session (held, not held, cancelled by BUA), an advisor's absence that hands each
booked session to the deputy or cancels it, and the whole life of a booking in the audit log."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.domain.booking import BookingState, Outcome
from app.domain.model import (
    Actor,
    ContactKind,
)
from app.errors import InvalidInput, RuleRefused
from app.services import absences, bookings, contacts, slots
from app.services.absences import Handling
from app.services.context import Context
from app.services.people import set_person_active
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series
from tests.services.booking_world import (
    CPH,
    audit_actions,
    book_slot,
    make_world,
    refused,
    slot_on,
    stored_booking,
)

# --- the outcome of a session -----------------------------------------------------------------------


def test_only_the_slots_advisor_registers_the_outcome_and_only_after_the_start(
    ctx: Context, clock: FixedClock
) -> None:
    w = make_world(ctx)
    other = add_advisor(ctx, "bo@bua.example", "Bo Vang")
    held = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 6)))
    absent = book_slot(ctx, w.jens, slot_on(ctx, date(2027, 1, 13)))
    with refused(ctx, match="ikke begyndt"):
        bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.HELD)

    clock.day = date(2027, 1, 14)
    with refused(ctx, match="Kun BUA-rådgiveren"):
        bookings.set_outcome(ctx, actor_of(other), held.id, Outcome.HELD)
    with refused(ctx, match="Kun BUA-rådgiveren"):
        bookings.set_outcome(ctx, actor_of(w.pia), held.id, Outcome.HELD)
    with refused(ctx, match="begyndt eller overstået"):
        bookings.cancel(ctx, actor_of(w.advisor), held.id, "For sent")

    marked = bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.HELD).booking
    no_show = bookings.set_outcome(ctx, actor_of(w.advisor), absent.id, Outcome.NO_SHOW).booking

    assert (marked.state, marked.version) == (BookingState.HELD, 2)
    assert (no_show.state, no_show.version) == (BookingState.NO_SHOW, 2)
    assert audit_actions(ctx, held.id) == ["booking.created", "booking.outcome"]
    # Held and not held still occupy the place; the advisor may correct the outcome.
    assert get_slot(ctx, absent.slot_id or 0).booked_count == 1
    corrected = bookings.set_outcome(ctx, actor_of(w.advisor), absent.id, Outcome.HELD).booking
    assert corrected.state is BookingState.HELD and corrected.version == 3
    with refused(ctx, match="kan ikke aflyses"):
        bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.CANCELLED_BY_BUA, "Syg")


def test_bua_cancels_a_future_session_as_an_outcome_and_frees_the_place(ctx: Context) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    booking = book_slot(ctx, w.pia, slot)
    cancelled = bookings.set_outcome(
        ctx, actor_of(w.advisor), booking.id, Outcome.CANCELLED_BY_BUA, "Syg"
    ).booking
    assert (cancelled.state, cancelled.cancel_reason) == (BookingState.CANCELLED_BY_BUA, "Syg")
    assert get_slot(ctx, slot.id).booked_count == 0
    assert book_slot(ctx, w.jens, slot).state is BookingState.BOOKED


# --- an advisor's absence ---------------------------------------------------------------------------


def test_an_absence_hands_each_booked_session_to_the_deputy_or_cancels_it(ctx: Context) -> None:
    w = make_world(ctx)  # Wednesdays
    weekly_series(ctx, w.advisor, 4, time(9), date(2027, 1, 8), date(2027, 6, 30))  # and Fridays
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    to_deputy = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 13)))
    to_cancel = book_slot(ctx, w.jens, slot_on(ctx, date(2027, 1, 20)))
    kept_slot, cancelled_slot = to_deputy.slot_id, to_cancel.slot_id
    assert kept_slot is not None and cancelled_slot is not None
    start, end = date(2027, 1, 11), date(2027, 1, 22)
    me = actor_of(w.advisor)

    affected = absences.affected_sessions(ctx, w.advisor.email, start, end)
    assert [a.slot.starts_at.astimezone(CPH).date() for a in affected] == [
        date(2027, 1, 13),
        date(2027, 1, 15),
        date(2027, 1, 20),
        date(2027, 1, 22),
    ]
    assert [[b.id for b in a.bookings] for a in affected] == [[to_deputy.id], [], [to_cancel.id], []]
    assert all(a.deputy_email is None for a in affected)

    with refused(ctx, match="2 bookede møder mangler en beslutning"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", {})
    with refused(ctx, match="1 bookede"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", {kept_slot: Handling.CANCEL})
    decisions = {kept_slot: Handling.DEPUTY, cancelled_slot: Handling.CANCEL}
    with refused(ctx, match="ingen stedfortræder"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", decisions)
    with refused(ctx, InvalidInput, match="ikke et booket møde"):
        absences.add_absence(
            ctx, me, w.advisor.email, start, end, "Kursus", {**decisions, 999_999: Handling.CANCEL}
        )
    with refused(ctx, match="Kun rådgiveren selv"):
        absences.add_absence(ctx, actor_of(deputy), w.advisor.email, start, end, "Kursus", decisions)

    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    result = absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", decisions)

    assert (list(result.to_deputy), list(result.cancelled), result.open_cancelled) == (
        [kept_slot],
        [cancelled_slot],
        2,
    )
    assert [(a.advisor_id, a.starts_on, a.ends_on) for a in absences.list_absences(ctx)] == [
        (w.advisor.id, start, end)
    ]
    # The session handed over keeps its booking; the deputy now runs it.
    handed = get_slot(ctx, kept_slot)
    assert (handed.advisor_id, handed.advisor_email, handed.booked_count) == (deputy.id, deputy.email, 1)
    assert stored_booking(ctx, to_deputy.id).state is BookingState.BOOKED
    # The cancelled session: the booking is cancelled by BUA with the reason, the time is gone.
    gone = stored_booking(ctx, to_cancel.id)
    assert gone.state is BookingState.CANCELLED_BY_BUA
    assert gone.cancel_reason == "Rådgiveren er fraværende: Kursus"
    assert [
        s.starts_at.astimezone(CPH).date() for s in slots.list_slots(ctx, from_date=start, to_date=end)
    ] == [date(2027, 1, 13)]
    skipped = slots.list_skipped(ctx, from_date=start, to_date=end)
    assert [(s.occurrence_date, s.reason) for s in skipped] == [
        (date(2027, 1, 15), "Aflyst: Fravær: Kursus"),
        (date(2027, 1, 20), "Aflyst: Fravær: Kursus"),
        (date(2027, 1, 22), "Aflyst: Fravær: Kursus"),
    ]
    assert audit_actions(ctx, to_cancel.id) == ["booking.created", "booking.cancelled"]
    with ctx.store.read() as uow:
        actions = [e.action for e in uow.audit.list()]
    assert actions.count("slot.handed_to_deputy") == 1 and actions.count("occurrence.cancelled") == 3
    assert actions[-1] == "absence.added"
    assert absences.affected_sessions(ctx, w.advisor.email, start, end) == []
    # The deputy now answers for the session; the absent advisor's other times are untouched.
    assert len(absences.affected_sessions(ctx, deputy.email, start, end)) == 1
    assert book_slot(ctx, w.jens, slot_on(ctx, date(2027, 1, 27))).state is BookingState.BOOKED


def test_the_deputy_may_cancel_a_session_of_their_municipality(ctx: Context, clock: FixedClock) -> None:
    w = make_world(ctx)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    booking = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 13)))
    clock.day = date(2027, 1, 12)
    cancelled = bookings.cancel(ctx, actor_of(deputy), booking.id, "Rådgiveren er syg").booking
    assert cancelled.state is BookingState.CANCELLED_BY_BUA


def test_the_whole_life_of_a_booking_is_in_the_audit_log(ctx: Context, clock: FixedClock) -> None:
    w = make_world(ctx)
    booking = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 13)))
    bookings.reschedule(ctx, actor_of(w.pia), booking.id, slot_on(ctx, date(2027, 1, 20)).id)
    clock.day = date(2027, 1, 21)
    bookings.set_outcome(ctx, actor_of(w.advisor), booking.id, Outcome.HELD)
    with ctx.store.read() as uow:
        entries = uow.audit.list("booking", str(booking.id))
    assert [e.action for e in entries] == ["booking.created", "booking.rescheduled", "booking.outcome"]
    assert [(e.before or {}).get("version") for e in entries] == [None, 1, 2]
    assert [(e.after or {}).get("state") for e in entries] == ["booked", "booked", "held"]
    assert all(isinstance(e.actor, Actor) for e in entries)


def test_an_absence_or_a_series_is_refused_for_someone_who_is_not_an_advisor(ctx: Context) -> None:
    """One rule, worded alike: an absence is a BUA advisor's (a former one's too, whose sessions are
    still to be handed on); a series needs an advisor who still works."""
    start, end = date(2027, 1, 11), date(2027, 1, 15)
    pia = add_member(ctx, "pia@randers.example")
    with pytest.raises(RuleRefused, match="Pia Holm er ikke BUA-rådgiver"):
        absences.add_absence(ctx, ADMIN, pia.email, start, end, "Kursus", {})
    with pytest.raises(RuleRefused, match="Pia Holm er ikke en aktiv BUA-rådgiver"):
        weekly_series(ctx, pia, 2, time(9), start, end)
    ulla = add_advisor(ctx)
    set_person_active(ctx, ADMIN, ulla.email, False)
    with pytest.raises(RuleRefused, match="Ulla Bak er ikke en aktiv BUA-rådgiver"):
        weekly_series(ctx, ulla, 2, time(9), start, end)
    assert absences.add_absence(ctx, ADMIN, ulla.email, start, end, "Orlov", {}).absence.advisor_id == ulla.id
