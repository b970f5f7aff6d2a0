"""Calendar files (.ics): a booking's invite or cancellation, a series for its advisor, and a person's
sessions over a period. Each reads what it needs in one read unit of work and returns the file's bytes;
app/domain/invites.py writes them. app/services/mail.py sends a booking's invite by e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.domain import invites
from app.domain.booking import OCCUPYING_STATES, Booking
from app.domain.invites import Meeting, Method, Party, Session
from app.domain.model import BookingFilter, Person, Role, Slot, SlotFilter
from app.domain.recurrence import SessionType
from app.domain.time import local_midnight
from app.errors import InvalidInput, NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services import access
from app.services.context import Context

_HELD = frozenset(s.value for s in OCCUPYING_STATES)  # booked, held, no-show: meetings that stand


@dataclass(frozen=True)
class BookingInvite:
    """A booking's invite file and what it was made from (for the e-mail that carries it)."""

    booking: Booking
    meeting: Meeting
    method: Method
    ends_at: datetime
    data: bytes
    sequence: int  # the event's SEQUENCE in `data`


def booking_invite(ctx: Context, booking_id: int) -> bytes:
    """METHOD:REQUEST while the booking stands, METHOD:CANCEL once it is cancelled."""
    return booking_invite_with_facts(ctx, booking_id).data


def booking_invite_with_facts(ctx: Context, booking_id: int) -> BookingInvite:
    with ctx.store.read() as uow:
        booking = uow.bookings.get(booking_id)
        if booking is None:
            raise NotFound(f"Ingen booking med id {booking_id}.")
        access.require(access.acting(uow, ctx), access.Action.SEND_INVITE, access.of_booking(booking))
        method = invites.invite_method(booking)  # a waitlist place has no invite
        if booking.slot_id is None or (slot := uow.slots.get(booking.slot_id)) is None:
            raise RuleRefused("Bookingens tid findes ikke længere: der kan ikke laves en kalenderfil.")
        meeting = _Names(uow).meeting(slot)
    data = invites.to_bytes(invites.booking_invite(booking, meeting, ctx.clock.now()))
    return BookingInvite(booking, meeting, method, slot.ends_at, data, booking.ical_sequence)


def superseded_cancel_with_facts(ctx: Context, booking_id: int) -> BookingInvite | None:
    """The cancellation of the event a handover to the deputy replaced, while it is still to be sent."""
    with ctx.store.read() as uow:
        booking = uow.bookings.get(booking_id)
        if booking is None:
            raise NotFound(f"Ingen booking med id {booking_id}.")
        access.require(access.acting(uow, ctx), access.Action.SEND_INVITE, access.of_booking(booking))
        if (
            booking.superseded is None
            or booking.slot_id is None
            or (slot := uow.slots.get(booking.slot_id)) is None
        ):
            return None
        names = _Names(uow)
        meeting = replace(names.meeting(slot), advisor=names.party(booking.superseded.organizer_id))
    data = invites.to_bytes(invites.superseded_cancel(booking, meeting, ctx.clock.now()))
    return BookingInvite(booking, meeting, Method.CANCEL, slot.ends_at, data, booking.superseded.sequence)


def series_calendar(ctx: Context, series_id: int) -> bytes:
    """The series as one recurring event (METHOD:PUBLISH) for the advisor's calendar."""
    with ctx.store.read() as uow:
        who = access.acting(uow, ctx)
        access.require_any(who, access.Action.READ_SESSIONS)
        series = uow.series.get(series_id)
        if series is None:
            raise NotFound(f"Ingen serie med id {series_id}.")
        access.require(who, access.Action.READ_SESSIONS, access.of_series(series, ctx.clock.today()))
        slots = uow.slots.list(SlotFilter(series_id=series.id))
        names = _Names(uow)
        meeting = Meeting(
            series.session_type,
            names.municipality(series.municipality_code),
            names.party(series.advisor_id),
            series.video_url,
        )
    return invites.to_bytes(invites.series_calendar(series, slots, meeting, ctx.clock.now()))


def person_calendar(ctx: Context, email: str, from_date: date, to_date: date) -> bytes:
    """Everything the person takes part in on local days `from_date` to `to_date` (METHOD:PUBLISH):
    their bookings, the sessions they hold as advisor, and those they are invited to as GP."""
    if to_date < from_date:
        raise InvalidInput("Slutdatoen ligger før startdatoen.")
    start, end = local_midnight(from_date), local_midnight(to_date + timedelta(days=1))
    window = BookingFilter(states=_HELD, starts_from=start, starts_before=end)
    with ctx.store.read() as uow:
        person = uow.people.by_email(email)
        target = access.of_person(person.id) if person else access.Target()
        access.require(access.acting(uow, ctx), access.Action.READ_PEOPLE, target)
        names = _Names(uow)
        sessions: dict[str, Session] = {}
        if person is not None:
            own = uow.bookings.list(_with(window, person_id=person.id))
            _add_bookings(sessions, names, own)
            if person.role is Role.ADVISOR:
                names.load_slots(SlotFilter(advisor_id=person.id, starts_from=start, starts_before=end))
                _add_held_as_advisor(sessions, names, uow.bookings.list(_with(window, advisor_id=person.id)))
        if person is None or person.role is Role.GP:  # GPs are guests, often not in the register
            wanted = email.strip().lower()
            invited = [b for b in uow.bookings.list(window) if b.gp and b.gp.email.strip().lower() == wanted]
            if person is None and not invited:
                raise NotFound(f"Ingen person med e-mail {email}.")
            _add_bookings(sessions, names, invited)
    title = f"BUA-møder for {person.name if person else email}"
    ordered = sorted(sessions.values(), key=lambda s: (s.starts_at, s.uid))
    return invites.to_bytes(invites.sessions_calendar(ordered, ctx.clock.now(), title))


def _with(
    window: BookingFilter, person_id: int | None = None, advisor_id: int | None = None
) -> BookingFilter:
    return BookingFilter(
        person_id=person_id,
        advisor_id=advisor_id,
        states=window.states,
        starts_from=window.starts_from,
        starts_before=window.starts_before,
    )


def _add_bookings(sessions: dict[str, Session], names: _Names, bookings: Sequence[Booking]) -> None:
    for booking in bookings:
        slot = names.slot(booking.slot_id)
        if slot is not None:
            sessions[booking.ical_uid] = Session(
                booking.ical_uid,
                booking.ical_sequence,
                booking.starts_at,
                slot.ends_at,
                names.meeting(slot),
            )


def _add_held_as_advisor(sessions: dict[str, Session], names: _Names, bookings: Sequence[Booking]) -> None:
    """A 1:1 session is its booking's event; a teaching session is one event for all its participants."""
    for booking in bookings:
        slot = names.slot(booking.slot_id)
        if slot is None:
            continue
        if slot.session_type is SessionType.TEACHING:
            uid = f"slot-{slot.id}@{invites.UID_DOMAIN}"
            sessions[uid] = Session(uid, 0, slot.starts_at, slot.ends_at, names.meeting(slot))
        else:
            _add_bookings(sessions, names, [booking])


class _Names:
    """Look-ups an invite needs beyond the read models, each made once per unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self._municipalities: dict[str, str] | None = None
        self._people: dict[int, Person] = {}
        self._slots: dict[int, Slot | None] = {}

    def municipality(self, code: str) -> str:
        if self._municipalities is None:
            self._municipalities = {m.code: m.name for m in self.uow.municipalities.list()}
        return self._municipalities.get(code, code)

    def party(self, person_id: int) -> Party:
        if person_id not in self._people:
            person = self.uow.people.get(person_id)
            if person is None:
                raise NotFound(f"Ingen person med id {person_id}.")
            self._people[person_id] = person
        person = self._people[person_id]
        return Party(person.name, person.email)

    def load_slots(self, where: SlotFilter) -> None:
        self._slots.update((s.id, s) for s in self.uow.slots.list(where))

    def slot(self, slot_id: int | None) -> Slot | None:
        if slot_id is None:
            return None
        if slot_id not in self._slots:
            self._slots[slot_id] = self.uow.slots.get(slot_id)
        return self._slots[slot_id]

    def meeting(self, slot: Slot) -> Meeting:
        return Meeting(
            slot.session_type,
            self.municipality(slot.municipality_code),
            self.party(slot.advisor_id),
            slot.video_url,
        )
