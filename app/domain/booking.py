"""Bookings and the rules of the agreement that govern them.

A sparring or supervision slot takes exactly one municipal participant (the 1:1 rule); a teaching slot
takes up to its capacity, then a waitlist. GPs are guests on a booking and never take a place.
Booking opens a number of weeks ahead and closes a number of working days before the session;
cancelling by the booker closes likewise; a person holds at most a few future bookings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.calendar import ClosureCalendar
from app.domain.model import Person, Profession, Role, Slot
from app.domain.recurrence import SessionType
from app.domain.time import ZONE
from app.errors import InvalidInput, RuleRefused


class BookingState(enum.StrEnum):
    BOOKED = "booked"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"  # by the booker (or left the waitlist)
    CANCELLED_BY_BUA = "cancelled_by_bua"
    HELD = "held"
    NO_SHOW = "no_show"

    @property
    def occupies_place(self) -> bool:
        return self in OCCUPYING_STATES


OCCUPYING_STATES = frozenset({BookingState.BOOKED, BookingState.HELD, BookingState.NO_SHOW})


class CancelReason(enum.StrEnum):
    """Why the booker cancels: a code, so reports can count them."""

    ILLNESS = "illness"
    CASE_RESOLVED = "case_resolved"
    NOT_NEEDED = "not_needed"
    PLANNING = "planning"
    OTHER = "other"


class Outcome(enum.StrEnum):
    HELD = "held"
    NO_SHOW = "no-show"
    CANCELLED_BY_BUA = "cancelled-by-bua"

    @property
    def state(self) -> BookingState:
        return {
            Outcome.HELD: BookingState.HELD,
            Outcome.NO_SHOW: BookingState.NO_SHOW,
            Outcome.CANCELLED_BY_BUA: BookingState.CANCELLED_BY_BUA,
        }[self]


@dataclass(frozen=True)
class GpGuest:
    """The child's GP, invited to the video meeting; never a municipal participant."""

    name: str
    email: str
    clinic: str | None = None


@dataclass(frozen=True)
class Booking:
    id: int
    slot_id: int | None  # None only for old cancelled bookings whose slot a series change removed
    starts_at: datetime
    ends_at: datetime | None
    person_id: int
    person_email: str
    person_name: str
    municipality_code: str  # the booker's municipality
    slot_municipality_code: str | None
    advisor_id: int | None
    advisor_email: str | None
    session_type: SessionType | None
    state: BookingState
    gp: GpGuest | None
    cancel_reason: str | None
    created_at: datetime
    version: int
    ical_uid: str  # the calendar event's identity while one advisor organises it (RFC 5545 UID)
    ical_sequence: int  # raised on every change calendar clients must see (time, cancellation)
    superseded: SupersededEvent | None = None  # the deputy's event replaced this one; not yet cancelled


@dataclass(frozen=True)
class SupersededEvent:
    """The calendar event a session handed to the deputy replaced: its UID, the SEQUENCE its
    cancellation carries, and the advisor who organised it. Calendar programs do not reliably take a
    new ORGANIZER on an event they know, so the old event is cancelled and the deputy's is new."""

    uid: str
    sequence: int
    organizer_id: int


@dataclass(frozen=True)
class NewBooking:
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    person_id: int
    municipality_code: str
    one_to_one: bool
    state: BookingState
    gp: GpGuest | None = None


DEFAULT_ELIGIBLE = (
    Profession.PSYCHOLOGIST,
    Profession.SOCIAL_WORKER,
    Profession.PEDAGOGICAL_CONSULTANT,
    Profession.FAMILY_COUNSELLOR,
)


@dataclass(frozen=True)
class WaitlistMove:
    """A waitlist entry that a freed place moved: promoted to the place, or removed because its
    person can no longer book. No more than an entry's ids and states, so that whoever freed the
    place learns nothing about who waited."""

    booking_id: int
    municipality_code: str
    state: BookingState  # what it became
    version: int  # its version after the change


@dataclass(frozen=True)
class Holding:
    """What a person holds when booking a slot: places and waitlist entries for coming sessions
    (the cap counts these), and whether one of their places or entries is on that slot."""

    upcoming: int
    on_slot: bool


@dataclass(frozen=True)
class BookingRules:
    """Set by an administrator; enforced by every booking service."""

    horizon_weeks: int = 8
    lead_working_days: int = 2
    cancel_cutoff_working_days: int = 2
    max_future_bookings: int = 2
    monthly_quota: dict[str, int] = field(default_factory=dict)  # municipality code -> bookings
    eligible_professions: tuple[Profession, ...] = DEFAULT_ELIGIBLE
    summary_due_working_days: int = 2  # the case summary is due this many working days before
    summary_retention_days: int = 30  # and deleted this many days after the session

    def __post_init__(self) -> None:
        for name in (
            "horizon_weeks",
            "lead_working_days",
            "cancel_cutoff_working_days",
            "summary_due_working_days",
        ):
            if not 0 <= getattr(self, name) <= 104:
                raise InvalidInput(f"Ugyldig værdi for {name}: {getattr(self, name)}.")
        if not 1 <= self.max_future_bookings <= 100_000:
            raise InvalidInput("Antal kommende bookinger pr. person skal være mellem 1 og 100000.")
        if not self.eligible_professions:
            raise InvalidInput("Mindst én faggruppe skal kunne booke.")
        if not 1 <= self.summary_retention_days <= 3650:
            raise InvalidInput(f"Ugyldig værdi for summary_retention_days: {self.summary_retention_days}.")
        if any(not 0 <= q <= 1000 for q in self.monthly_quota.values()):
            raise InvalidInput("En månedskvote skal være mellem 0 og 1000 møder.")


def check_booking_window(
    rules: BookingRules,
    calendar: ClosureCalendar,
    session_day: date,
    starts_at: datetime,
    now: datetime,
    today: date,
) -> None:
    """Refuse a booking outside [horizon ahead, lead working days before]."""
    if starts_at <= now:
        raise RuleRefused("Tiden er overstået.")
    opens = session_day - timedelta(weeks=rules.horizon_weeks)
    if today < opens:
        raise RuleRefused(f"Tiden kan først bookes fra {opens.isoformat()} ({rules.horizon_weeks} uger før).")
    closes = calendar.working_days_before(session_day, rules.lead_working_days)
    if today > closes:
        raise RuleRefused(
            f"Bookingen lukkede {closes.isoformat()}: tider bookes senest "
            f"{rules.lead_working_days} arbejdsdage før."
        )


@dataclass(frozen=True)
class TakingFacts:
    """What the booking rules read under the municipality's lock: what the person holds, and how many
    of the municipality's sessions in the slot's month are taken (0 where it has no quota)."""

    holding: Holding
    taken_in_month: int


def may_take(
    rules: BookingRules,
    calendar: ClosureCalendar,
    person: Person,
    slot: Slot,
    facts: TakingFacts,
    now: datetime,
    today: date,
    moving: bool = False,
) -> None:
    """Refuse a place on `slot` (or on its waitlist) that the agreement does not give `person`:
    eligibility, the booking window, the per-person cap and the monthly quota, in that order. `moving`:
    the person moves a booking they hold, so the cap does not apply."""
    if slot.cancelled:
        raise RuleRefused("Tiden er aflyst.")
    if person.role is not Role.MUNICIPAL_STAFF or not person.active:
        raise RuleRefused(f"{person.name} kan ikke booke: kun aktive kommunale medarbejdere kan.")
    if person.profession not in rules.eligible_professions:
        raise RuleRefused(f"{person.name}s faggruppe kan ikke booke rådgivning hos BUA.")
    open_to_all = slot.session_type is SessionType.TEACHING and slot.open_to_all
    if slot.municipality_code != person.municipality_code and not open_to_all:
        raise RuleRefused("Tiden hører til en anden kommune.")
    check_booking_window(rules, calendar, session_day(slot), slot.starts_at, now, today)
    if facts.holding.on_slot:
        raise RuleRefused("Du har allerede en plads (eller står på ventelisten) til den tid.")
    if not moving and facts.holding.upcoming >= rules.max_future_bookings:
        raise RuleRefused(
            f"Du har allerede {rules.max_future_bookings} kommende bookinger: "
            "aflys eller afhold en, før du booker flere."
        )
    quota = rules.monthly_quota.get(person.municipality_code or "")
    if quota is not None and facts.taken_in_month >= quota:
        raise RuleRefused(f"Kommunens kvote på {quota} møder i måneden er brugt.")


def session_day(slot: Slot) -> date:
    """The local day a slot's session is held on."""
    return slot.starts_at.astimezone(ZONE).date()


def cancel_deadline(rules: BookingRules, calendar: ClosureCalendar, session_day: date) -> date:
    """The last day on which the booker may cancel (or move) by themselves."""
    return calendar.working_days_before(session_day, rules.cancel_cutoff_working_days)
