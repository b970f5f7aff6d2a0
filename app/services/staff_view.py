"""What a municipal employee's page shows: their fixed contacts, the times they can book, and their
own bookings. One read unit of work builds all three as frozen read models, so the page reloads in
one round trip when bookings or slots change.

The free times come in two groups, the own municipality's sparring and supervision with its fixed
contact person first, then teaching; each time says why the person cannot book it now (the cap, the
municipality's monthly quota, their profession), as the booking service would refuse it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.domain.booking import Booking, BookingRules, BookingState, GpGuest, check_booking_window
from app.domain.model import BookingFilter, ContactKind, Person, Role, Slot, SlotFilter
from app.domain.recurrence import SessionType
from app.domain.time import ZONE, add_months, local_midnight
from app.errors import NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services import access
from app.services.context import Context
from app.services.lookups import closure_calendar
from app.services.mail import SMTP_KEY
from app.services.rules import booking_rules
from app.services.summaries import SummaryStatus, statuses_in, waiting_first, wants_summary

RECENT_DAYS = 90  # "Mine bookinger" also shows the past quarter


@dataclass(frozen=True)
class ContactPerson:
    name: str
    email: str


@dataclass(frozen=True)
class ContactCard:
    municipality_code: str
    municipality_name: str
    advisor: ContactPerson | None  # the fixed contact person at BUA
    deputy: ContactPerson | None
    municipal_contact: ContactPerson | None  # the municipality's own contact toward BUA


class RefusalReason(enum.StrEnum):
    AT_CAP = "at_cap"  # the person holds the most future bookings the rules allow
    MONTHLY_QUOTA = "monthly_quota"  # the municipality has used its sessions for that month
    NOT_ELIGIBLE = "not_eligible"  # the person's profession may not book


@dataclass(frozen=True)
class Refusal:
    """Why a listed time cannot be booked by this person now; `limit` is the cap or the quota."""

    reason: RefusalReason
    limit: int = 0


@dataclass(frozen=True)
class FreeTime:
    """A time with a place left, or a full teaching time whose waitlist the person may join."""

    slot_id: int
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    session_type: SessionType
    advisor_name: str
    municipality_code: str
    municipality_name: str
    capacity: int
    places_left: int
    open_to_all: bool = False  # teaching that staff of every municipality may book
    refusal: Refusal | None = None  # set when the person may not book it now

    @property
    def waitlist_only(self) -> bool:
        return self.places_left <= 0

    @property
    def bookable(self) -> bool:
        """The person can book a place on it now."""
        return self.refusal is None and not self.waitlist_only


class GroupKind(enum.StrEnum):
    CONTACT = "contact"  # the own municipality's sparring and supervision, with its fixed contact
    TEACHING = "teaching"  # group teaching: the own municipality's and that open to all


@dataclass(frozen=True)
class FreeTimeGroup:
    kind: GroupKind
    times: tuple[FreeTime, ...]
    contact_name: str | None = None  # CONTACT: the fixed contact person at BUA, if one is assigned
    open_to_all: bool = False  # TEACHING: every time in the group is open to all municipalities


@dataclass(frozen=True)
class MyBooking:
    booking_id: int
    slot_id: int | None
    starts_at: datetime
    ends_at: datetime | None
    session_type: SessionType | None
    advisor_name: str
    municipality_name: str  # the slot's municipality
    state: BookingState
    gp: GpGuest | None
    version: int
    upcoming: bool  # starts after now: may still be cancelled, moved or summarised
    summary: SummaryStatus | None = None  # a booked 1:1 session's case summary: state and deadline


@dataclass(frozen=True)
class StaffOverview:
    card: ContactCard
    free_times: Sequence[FreeTime]
    bookings: Sequence[MyBooking]
    max_future_bookings: int  # the per-person cap of the rules
    future_bookings: int  # upcoming bookings and waitlist places, counted as the cap counts them
    mail_server: bool = False  # invites can be e-mailed (else the page offers the calendar file)

    @property
    def at_cap(self) -> bool:
        return self.future_bookings >= self.max_future_bookings

    @property
    def reminders(self) -> list[SummaryStatus]:
        """As `summaries.reminders`, from this one read: coming sessions whose summary is not sent."""
        coming = (b.summary for b in self.bookings if b.upcoming and b.state is BookingState.BOOKED)
        return waiting_first(s for s in coming if s is not None)

    @property
    def groups(self) -> tuple[FreeTimeGroup, ...]:
        """The free times as the list shows them: the fixed contact's sessions first, then teaching."""
        contact = tuple(t for t in self.free_times if t.session_type is not SessionType.TEACHING)
        teaching = tuple(t for t in self.free_times if t.session_type is SessionType.TEACHING)
        advisor = self.card.advisor.name if self.card.advisor else None
        groups = (
            FreeTimeGroup(GroupKind.CONTACT, contact, contact_name=advisor),
            FreeTimeGroup(GroupKind.TEACHING, teaching, open_to_all=all(t.open_to_all for t in teaching)),
        )
        return tuple(g for g in groups if g.times)

    @property
    def first_bookable(self) -> FreeTime | None:
        """The time the page opens on: the first the person can book, else the first with a place."""
        return next_free_time(self.free_times)


def next_free_time(times: Sequence[FreeTime], from_day: date | None = None) -> FreeTime | None:
    """The first time on or after `from_day` the person can book; failing that (at the cap, say),
    the first that still has a place. `times` are in time order."""
    later = [t for t in times if from_day is None or t.starts_at.astimezone(ZONE).date() >= from_day]
    bookable = next((t for t in later if t.bookable), None)
    return bookable or next((t for t in later if not t.waitlist_only), None)


def move_choices(times: Sequence[FreeTime], booking: MyBooking) -> list[FreeTime]:
    """Where a booking can move: a time of its kind with a place, not its own. The cap does not
    refuse a move (it adds no booking); the quota and the profession still do."""
    return [
        replace(t, refusal=None) if t.refusal and t.refusal.reason is RefusalReason.AT_CAP else t
        for t in times
        if t.session_type is booking.session_type and t.slot_id != booking.slot_id and not t.waitlist_only
    ]


def staff_overview(ctx: Context, person_id: int) -> StaffOverview:
    now, today = ctx.clock.now(), ctx.clock.today()
    with ctx.store.read() as uow:
        person = uow.people.get(person_id)
        if person is None:
            raise NotFound(f"Ingen person med id {person_id}.")
        # The page is its person's own: not their municipality's contact's.
        access.require(access.acting(uow, ctx), access.Action.READ_BOOKINGS, access.of_person(person.id))
        if person.role is not Role.MUNICIPAL_STAFF or person.municipality_code is None:
            raise RuleRefused(f"{person.name} er ikke kommunal medarbejder og har ingen bookingside.")
        names = {m.code: m.name for m in uow.municipalities.list()}
        advisors = {p.id: p.name for p in uow.people.list(Role.ADVISOR)}
        card = _card(uow, person.municipality_code, names, today)
        rules = booking_rules(uow)
        holding = uow.bookings.count_holding(person.id, now)
        mail_server = uow.settings.get(SMTP_KEY) is not None
        mine = uow.bookings.list(BookingFilter(person_id=person.id, starts_from=now - timedelta(RECENT_DAYS)))
        summaries = statuses_in(uow, [b for b in mine if wants_summary(b)], today)
        held = {b.slot_id for b in mine if b.state in (BookingState.BOOKED, BookingState.WAITLISTED)}
        slots = [s for s in _bookable_slots(uow, person, now, today) if s.id not in held]
        refusals = _refusals(uow, rules, person, slots, holding)
        free = [_free_time(s, advisors, names, refusals.get(s.id)) for s in slots]
    bookings = [_my_booking(b, advisors, names, now, summaries.get(b.id)) for b in mine]
    bookings.sort(key=lambda b: (not b.upcoming, b.starts_at.timestamp() * (1 if b.upcoming else -1)))
    return StaffOverview(card, free, bookings, rules.max_future_bookings, holding, mail_server)


def _card(uow: UnitOfWork, code: str, names: dict[str, str], today: date) -> ContactCard:
    in_force = {a.kind: a for a in uow.contacts.list(code) if a.in_force_on(today)}

    def contact(kind: ContactKind) -> ContactPerson | None:
        found = in_force.get(kind)
        return ContactPerson(found.person_name, found.person_email) if found else None

    return ContactCard(
        code,
        names.get(code, code),
        contact(ContactKind.BUA_ADVISOR),
        contact(ContactKind.BUA_DEPUTY),
        contact(ContactKind.MUNICIPAL_CONTACT),
    )


def _bookable_slots(uow: UnitOfWork, person: Person, now: datetime, today: date) -> list[Slot]:
    """Own municipality's open times and teaching open to all, inside the booking window."""
    rules = booking_rules(uow)
    calendar = closure_calendar(uow)
    window = SlotFilter(
        starts_from=now, starts_before=local_midnight(today + timedelta(weeks=rules.horizon_weeks, days=1))
    )
    found: list[Slot] = []
    for slot in uow.slots.list(window):
        teaching = slot.session_type is SessionType.TEACHING
        if slot.municipality_code != person.municipality_code and not (teaching and slot.open_to_all):
            continue
        if slot.booked_count >= slot.capacity and not teaching:
            continue
        try:
            check_booking_window(
                rules, calendar, slot.starts_at.astimezone(ZONE).date(), slot.starts_at, now, today
            )
        except RuleRefused:
            continue
        found.append(slot)
    found.sort(key=lambda s: (s.starts_at, s.id))
    return found


def _refusals(
    uow: UnitOfWork, rules: BookingRules, person: Person, slots: Sequence[Slot], holding: int
) -> dict[int, Refusal]:
    """Why each slot cannot be booked now (slot id -> refusal), checked as `book` checks it."""
    if person.profession not in rules.eligible_professions:
        return {s.id: Refusal(RefusalReason.NOT_ELIGIBLE) for s in slots}
    if holding >= rules.max_future_bookings:
        return {s.id: Refusal(RefusalReason.AT_CAP, rules.max_future_bookings) for s in slots}
    code = person.municipality_code or ""
    quota = rules.monthly_quota.get(code)
    if quota is None:
        return {}
    used_up = set()
    for month in {_month_of(s) for s in slots}:
        start, end = local_midnight(month), local_midnight(add_months(month, 1))
        if uow.bookings.count_occupying(code, start, end) >= quota:
            used_up.add(month)
    return {s.id: Refusal(RefusalReason.MONTHLY_QUOTA, quota) for s in slots if _month_of(s) in used_up}


def _month_of(slot: Slot) -> date:
    return slot.starts_at.astimezone(ZONE).date().replace(day=1)


def _free_time(
    slot: Slot, advisors: dict[int, str], names: dict[str, str], refusal: Refusal | None
) -> FreeTime:
    return FreeTime(
        slot.id,
        slot.starts_at,
        slot.ends_at,
        slot.session_type,
        advisors.get(slot.advisor_id, slot.advisor_email),
        slot.municipality_code,
        names.get(slot.municipality_code, slot.municipality_code),
        slot.capacity,
        max(0, slot.capacity - slot.booked_count),
        slot.open_to_all,
        refusal,
    )


def _my_booking(
    booking: Booking,
    advisors: dict[int, str],
    names: dict[str, str],
    now: datetime,
    summary: SummaryStatus | None,
) -> MyBooking:
    code = booking.slot_municipality_code or booking.municipality_code
    return MyBooking(
        booking.id,
        booking.slot_id,
        booking.starts_at,
        booking.ends_at,
        booking.session_type,
        advisors.get(booking.advisor_id or -1, booking.advisor_email or ""),
        names.get(code, code),
        booking.state,
        booking.gp,
        booking.version,
        booking.starts_at > now,
        summary,
    )
