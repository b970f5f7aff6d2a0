"""The advisor's calendar read model: every slot, booking and skipped date of one advisor in a period,
read in one unit of work and folded into frozen sessions the calendar paints directly.

Also the read side of the advisor's dialogs: a session's details, and a side-effect-free preview of
every occurrence a new series would get (skipped holidays and closure days with their reason).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from weakref import WeakKeyDictionary

from app.domain.booking import OCCUPYING_STATES, Booking, BookingState, GpGuest
from app.domain.calendar import ClosureCalendar, SkipKind, public_holiday_name
from app.domain.model import BookingFilter, ContactKind, Municipality, Profession, Series, Slot, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import DeadlineState
from app.domain.time import ZONE, local_midnight
from app.errors import NotFound
from app.ports import Ahead, SkipQuery, Store, UnitOfWork
from app.services import access
from app.services.absences import AffectedSession, affected_sessions
from app.services.context import Context
from app.services.lookups import closure_calendar, horizon_end
from app.services.summaries import statuses_in, wants_summary


class SessionState(enum.StrEnum):
    """What the calendar colours a session by."""

    OPEN = "open"
    BOOKED = "booked"
    SUMMARY_RECEIVED = "summary_received"
    SUMMARY_MISSING = "summary_missing"  # not sent yet; its deadline has not passed
    SUMMARY_LATE = "summary_late"  # not sent, and its deadline has passed
    HELD = "held"
    NOT_HELD = "not_held"
    CANCELLED = "cancelled"  # a cancelled occurrence, or a past session BUA cancelled
    SKIPPED = "skipped"  # a holiday or closure day: the series has no slot that day
    OUTCOME_MISSING = "outcome_missing"  # over, booked, and nobody has said whether it was held
    PAST = "past"  # over, and nobody booked it


@dataclass(frozen=True)
class AdvisorSession:
    """One entry of the advisor's calendar: a slot, or a date the series skipped."""

    key: str  # "slot:12" or "skip:4:2027-05-06": stable across reloads, so focus can stay put
    slot_id: int | None
    series_id: int
    occurrence_date: date  # the series' date, which a moved session keeps
    municipality_code: str
    municipality_name: str
    starts_at: datetime  # Europe/Copenhagen
    ends_at: datetime
    session_type: SessionType
    state: SessionState
    capacity: int = 1
    booked_count: int = 0
    booking_id: int | None = None  # the 1:1 session's active booking
    booker_name: str | None = None
    note: str | None = None  # why a date was skipped or cancelled
    summary_due: date | None = None  # the booked 1:1 session's summary deadline


@dataclass(frozen=True)
class AdvisorPeriod:
    first_day: date
    last_day: date
    sessions: Sequence[AdvisorSession]
    holidays: dict[date, str]  # public holidays in the period by Danish name, and closure days seen


def summary_states(
    uow: UnitOfWork, bookings: Sequence[Booking], today: date
) -> dict[int, tuple[SessionState, date]]:
    """How each booked session's summary stands, with its deadline, by booking id.

    Read inside the week's unit of work with one query for all of the week's summaries. Sent is
    "summary received"; not sent is "summary missing" until the deadline and "summary late" after it
    (a draft counts as not sent: BUA cannot read it).
    """
    found = {}
    for booking_id, status in statuses_in(uow, bookings, today).items():
        if status.state is DeadlineState.SUBMITTED:
            state = SessionState.SUMMARY_RECEIVED
        elif status.state is DeadlineState.LATE:
            state = SessionState.SUMMARY_LATE
        else:
            state = SessionState.SUMMARY_MISSING
        found[booking_id] = (state, status.deadline)
    return found


def advisor_week(ctx: Context, advisor_id: int, monday: date) -> AdvisorPeriod:
    return advisor_period(ctx, advisor_id, monday, monday + timedelta(days=6))


def advisor_period(ctx: Context, advisor_id: int, first_day: date, last_day: date) -> AdvisorPeriod:
    """The advisor's sessions on local days first_day..last_day, both included."""
    starts_from, starts_before = local_midnight(first_day), local_midnight(last_day + timedelta(days=1))
    slots_in = SlotFilter(advisor_id=advisor_id, starts_from=starts_from, starts_before=starts_before)
    bookings_in = BookingFilter(advisor_id=advisor_id, starts_from=starts_from, starts_before=starts_before)
    skips_in: SkipQuery = (None, advisor_id, first_day, last_day)
    with ctx.store.read() as uow:
        # Everything the period shows, asked for at once: one round trip on a server.
        acting = () if ctx.actor.person_id is None else (ctx.actor.person_id,)
        uow.read_ahead(
            Ahead(
                people=acting,
                settings=True,
                closures=True,
                slot_lists=(slots_in,),
                booking_lists=(bookings_in,),
                skip_lists=(skips_in,),
                advisors_series=(advisor_id,),
            )
        )
        access.require(access.acting(uow, ctx), access.Action.READ_BOOKINGS, access.of_person(advisor_id))
        slots = uow.slots.list(slots_in)
        bookings = uow.bookings.list(bookings_in)
        skips = uow.skips.list(*skips_in)
        rules = {s.id: s for s in uow.series.list(advisor_id=advisor_id)} if skips else {}
        names = _names(ctx, uow)
        summaries = summary_states(uow, [b for b in bookings if wants_summary(b)], ctx.clock.today())
    now = ctx.clock.now()
    by_slot: dict[int, list[Booking]] = defaultdict(list)
    for booking in bookings:
        if booking.slot_id is not None:
            by_slot[booking.slot_id].append(booking)
    sessions = [_slot_session(s, by_slot.get(s.id, ()), names, summaries, now) for s in slots]
    for skip in skips:
        series = rules.get(skip.series_id)
        if skip.restored or series is None:
            continue
        starts_at, ends_at = (t.astimezone(ZONE) for t in series.rule.instants(skip.occurrence_date))
        sessions.append(
            AdvisorSession(
                key=f"skip:{skip.series_id}:{skip.occurrence_date.isoformat()}",
                slot_id=None,
                series_id=skip.series_id,
                occurrence_date=skip.occurrence_date,
                municipality_code=skip.municipality_code,
                municipality_name=names.get(skip.municipality_code, skip.municipality_code),
                starts_at=starts_at,
                ends_at=ends_at,
                session_type=series.session_type,
                state=SessionState.CANCELLED if skip.kind is SkipKind.CANCELLED else SessionState.SKIPPED,
                capacity=series.capacity,
                note=skip.reason,
            )
        )
    sessions.sort(key=lambda s: (s.starts_at, s.municipality_name, s.key))
    holidays = {}
    for offset in range((last_day - first_day).days + 1):
        day = first_day + timedelta(days=offset)
        if (name := public_holiday_name(day)) is not None:
            holidays[day] = name
    for skip in skips:
        if skip.kind is SkipKind.CLOSURE and not skip.restored:
            holidays.setdefault(skip.occurrence_date, skip.reason)
    return AdvisorPeriod(first_day, last_day, tuple(sessions), holidays)


def has_series(ctx: Context, advisor_id: int) -> bool:
    """Whether the advisor has any series yet (a new advisor is offered to create the first)."""
    with ctx.store.read() as uow:
        access.require(access.acting(uow, ctx), access.Action.READ_BOOKINGS, access.of_person(advisor_id))
        return bool(uow.series.list(advisor_id=advisor_id))


def _slot_session(
    slot: Slot,
    bookings: Sequence[Booking],
    names: dict[str, str],
    summaries: dict[int, tuple[SessionState, date]],
    now: datetime,
) -> AdvisorSession:
    occupying = [b for b in bookings if b.state in OCCUPYING_STATES]
    first = occupying[0] if occupying else None
    due: date | None = None
    if first is None:
        bua_cancelled = any(b.state is BookingState.CANCELLED_BY_BUA for b in bookings)
        if bua_cancelled and slot.starts_at <= now:
            state = SessionState.CANCELLED
        else:
            state = SessionState.PAST if slot.ends_at <= now else SessionState.OPEN
    elif first.state is BookingState.HELD:
        state = SessionState.HELD
    elif first.state is BookingState.NO_SHOW:
        state = SessionState.NOT_HELD
    else:
        state, due = summaries.get(first.id, (SessionState.BOOKED, None))
        if slot.ends_at <= now:
            state = SessionState.OUTCOME_MISSING  # over: the advisor has an outcome to record
    one_to_one = slot.session_type.is_one_to_one
    return AdvisorSession(
        key=f"slot:{slot.id}",
        slot_id=slot.id,
        series_id=slot.series_id,
        occurrence_date=slot.occurrence_date,
        municipality_code=slot.municipality_code,
        municipality_name=names.get(slot.municipality_code, slot.municipality_code),
        starts_at=slot.starts_at.astimezone(ZONE),
        ends_at=slot.ends_at.astimezone(ZONE),
        session_type=slot.session_type,
        state=state,
        capacity=slot.capacity,
        booked_count=slot.booked_count,
        booking_id=first.id if first is not None and one_to_one else None,
        booker_name=first.person_name if first is not None and one_to_one else None,
        summary_due=due,
    )


# Municipalities are reference data that only migrations change: read once per store.
_NAMES: WeakKeyDictionary[Store, dict[str, str]] = WeakKeyDictionary()


def _names(ctx: Context, uow: UnitOfWork) -> dict[str, str]:
    names = _NAMES.get(ctx.store)
    if names is None:
        names = _municipality_names(uow.municipalities.list())
        _NAMES[ctx.store] = names
    return names


def _municipality_names(municipalities: Sequence[Municipality]) -> dict[str, str]:
    return {m.code: m.name for m in municipalities}


# --- a session's details -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    booking_id: int
    name: str
    email: str
    profession: Profession | None
    state: BookingState
    version: int
    gp: GpGuest | None
    cancel_reason: str | None


@dataclass(frozen=True)
class SessionDetails:
    slot_id: int
    series_id: int
    municipality_name: str
    starts_at: datetime  # Europe/Copenhagen
    ends_at: datetime
    session_type: SessionType
    capacity: int
    video_url: str | None
    started: bool
    participants: Sequence[Participant]  # booked and past participants first, then cancelled
    waitlisted: int


def session_details(ctx: Context, slot_id: int) -> SessionDetails:
    with ctx.store.read() as uow:
        slot = uow.slots.get(slot_id)
        if slot is None:
            raise NotFound(f"Ingen tid med id {slot_id}.")
        access.require(access.acting(uow, ctx), access.Action.READ_SESSIONS, access.of_slot(slot))
        bookings = uow.bookings.list(BookingFilter(slot_id=slot_id))
        people = {b.person_id: uow.people.get(b.person_id) for b in bookings}
        municipality = uow.municipalities.get(slot.municipality_code)
    participants = []
    for booking in bookings:
        if booking.state is BookingState.WAITLISTED:
            continue
        person = people.get(booking.person_id)
        participants.append(
            Participant(
                booking.id,
                booking.person_name,
                booking.person_email,
                person.profession if person else None,
                booking.state,
                booking.version,
                booking.gp,
                booking.cancel_reason,
            )
        )
    participants.sort(key=lambda p: (p.state not in OCCUPYING_STATES, p.booking_id))
    return SessionDetails(
        slot_id=slot.id,
        series_id=slot.series_id,
        municipality_name=municipality.name if municipality else slot.municipality_code,
        starts_at=slot.starts_at.astimezone(ZONE),
        ends_at=slot.ends_at.astimezone(ZONE),
        session_type=slot.session_type,
        capacity=slot.capacity,
        video_url=slot.video_url,
        started=slot.starts_at <= ctx.clock.now(),
        participants=tuple(participants),
        waitlisted=sum(b.state is BookingState.WAITLISTED for b in bookings),
    )


# --- the series editor -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditorBasis:
    """What the series editor needs from the store, read once: the preview then runs without it."""

    municipalities: Sequence[Municipality]  # the advisor's own municipalities first
    own_codes: frozenset[str]
    calendar: ClosureCalendar
    horizon_end: date
    series: Series | None = None  # the series being edited; None for a new one


@dataclass(frozen=True)
class PreviewOccurrence:
    day: date
    starts_at: datetime  # Europe/Copenhagen
    ends_at: datetime
    skip_reason: str | None  # "Kristi himmelfartsdag", "Lukkedag: Grundlovsdag"; None: a slot is made
    beyond_horizon: bool  # made later, when the rolling horizon reaches the date


def editor_basis(ctx: Context, advisor_id: int, series_id: int | None = None) -> EditorBasis:
    today = ctx.clock.today()
    with ctx.store.read() as uow:
        who = access.acting(uow, ctx)
        access.require(who, access.Action.MANAGE_SERIES, access.of_person(advisor_id))
        series = None
        if series_id is not None:
            series = uow.series.get(series_id)
            if series is None:
                raise NotFound(f"Ingen serie med id {series_id}.")
            access.require(who, access.Action.MANAGE_SERIES, access.of_series(series, today))
        municipalities = uow.municipalities.list()
        own = frozenset(
            a.municipality_code
            for a in uow.contacts.list(None, ContactKind.BUA_ADVISOR)
            if a.person_id == advisor_id and a.in_force_on(today)
        )
        calendar = closure_calendar(uow)
        until = horizon_end(uow, today)
    calendar.closed_reason(today)  # loads the holiday tables here, off the GUI thread
    ordered = sorted(municipalities, key=lambda m: (m.code not in own, m.name))
    return EditorBasis(tuple(ordered), own, calendar, until, series)


def preview_series(basis: EditorBasis, rule: RecurrenceRule) -> Sequence[PreviewOccurrence]:
    """Every occurrence the rule yields, as create_series would materialise it; pure, no store."""
    found = []
    for day in rule.dates():
        starts_at, ends_at = (t.astimezone(ZONE) for t in rule.instants(day))
        reason = basis.calendar.closed_reason(day)
        found.append(
            PreviewOccurrence(
                day, starts_at, ends_at, reason.text if reason else None, day > basis.horizon_end
            )
        )
    return found


# --- the absence dialog --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AbsenceImpact:
    """The sessions an absence would hit, and the names to show them with."""

    sessions: Sequence[AffectedSession]
    municipality_names: dict[str, str]


def absence_impact(ctx: Context, advisor_email: str, starts_on: date, ends_on: date) -> AbsenceImpact:
    sessions = affected_sessions(ctx, advisor_email, starts_on, ends_on)
    with ctx.store.read() as uow:
        names = _municipality_names(uow.municipalities.list())
    return AbsenceImpact(tuple(sessions), names)
