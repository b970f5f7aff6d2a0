"""Demo bookings: past sessions with outcomes and case summaries, cancellations, future bookings and
teaching waitlists, so a report on the demo's history reads like a real region's.

Every booking goes through the real services, each at its own moment: a moving clock stands a few
days before the session when booking, on or after the summary's deadline when the booker sends it, and
just after the session when the advisor records the outcome, so the booking window, the caps and the
cut-offs hold for the demo as they do for people. Of the past 1:1 sessions about one summary in ten is
sent late and one in eight never; the outcome of a session in the last two weeks is often not recorded yet.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TypeVar

from app.domain.booking import Booking, CancelReason, GpGuest, Outcome
from app.domain.model import Actor, Person, Role, Slot, SlotFilter
from app.domain.recurrence import SessionType
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.domain.time import ZONE
from app.errors import BuaError
from app.services import bookings, summaries, waitlist
from app.services.clock import FixedClock
from app.services.context import Context
from app.services.rules import booking_rules

T = TypeVar("T")
LATE, MISSING = 0.10, 0.12  # shares of past 1:1 sessions whose summary came late, or never
UNRECORDED = 0.3  # share of sessions in the last two weeks whose outcome is not recorded yet
SUMMARIES = (  # anonymous, as the guard wants them
    SummaryContent(
        question="Skal vi henvise til BUA, eller kan vi fortsætte indsatsen i Trin 2?",
        problem="En dreng i 5. klasse har i et halvt år trukket sig fra frikvartererne og sover dårligt.",
        age_band=AgeBand.SCHOOL,
        pathway_step=PathwayStep.STEP_2,
        tried="Samtaleforløb hos PPR i 8 uger og en plan for fremmøde med skolen.",
    ),
    SummaryContent(
        question="Hvordan støtter vi bedst forældrene i hverdagen?",
        problem="En pige i børnehave har voldsomme raserianfald og svært ved overgange.",
        age_band=AgeBand.PRESCHOOL,
        pathway_step=PathwayStep.STEP_1,
        tried="Observation i børnehaven og samtaler med forældrene.",
    ),
    SummaryContent(
        question="Er der grund til at tænke udredning for angst?",
        problem="En ung i 9. klasse undgår skolen og har ondt i maven de fleste morgener.",
        age_band=AgeBand.YOUTH,
        pathway_step=PathwayStep.STEP_2,
        tried="Forløb hos skolens psykolog og nedsat skema i fire uger.",
    ),
)
GPS = (
    ("Jens Lund", "Lægehuset i Randers"),
    ("Anne Krogh", "Lægerne på Torvet"),
    ("Peter Ravn", "Lægeklinikken Ådalen"),
)


def add_demo_bookings(ctx: Context, rng: random.Random) -> Counter[str]:
    """Book about half of the 1:1 times up to the booking horizon; fill teaching times."""
    today = ctx.clock.today()
    clock = FixedClock(today, hour=8)  # moved day by day as the history is written
    demo = Context(ctx.store, clock)
    with ctx.store.read() as uow:
        rules = booking_rules(uow)
        horizon = today + timedelta(weeks=rules.horizon_weeks)
        staff = [
            p for p in uow.people.list(Role.MUNICIPAL_STAFF) if p.profession in rules.eligible_professions
        ]
        advisors = {p.id: p for p in uow.people.list(Role.ADVISOR)}
        slots = uow.slots.list(SlotFilter(starts_before=_midnight(horizon)))
    by_municipality: dict[str, list[Person]] = {}
    for person in staff:
        by_municipality.setdefault(person.municipality_code or "", []).append(person)
    counts: Counter[str] = Counter()
    for slot in slots:
        day = slot.starts_at.astimezone(ZONE).date()
        if slot.session_type is SessionType.TEACHING:
            _fill_teaching(demo, clock, rng, slot, day, today, staff, counts)
            continue
        candidates = by_municipality.get(slot.municipality_code)
        if not candidates or rng.random() > 0.45:
            continue
        person = rng.choice(candidates)
        clock.day = min(today, day - timedelta(days=rng.randint(4, 25)))
        gp = GpGuest(*_gp(rng)) if rng.random() < 0.15 else None
        booking = _try(partial(bookings.book, demo, _as(person), slot.id, gp))
        if booking is None:
            continue
        counts["bookings"] += 1
        if rng.random() < 0.08:
            reason = rng.choice(list(CancelReason)).value
            if _try(partial(bookings.cancel, demo, _as(person), booking.id, reason)):
                counts["cancelled"] += 1
            continue
        if day < today:
            _send_summary(demo, clock, rng, person, booking, counts)
            if day >= today - timedelta(weeks=2) and rng.random() < UNRECORDED:
                counts["outcome missing"] += 1
                continue
            clock.day = day + timedelta(days=1)
            outcome = rng.choices(list(Outcome), weights=(88, 6, 6))[0]
            advisor = advisors[slot.advisor_id]
            if _try(partial(bookings.set_outcome, demo, _as(advisor), booking.id, outcome)):
                counts[outcome.value] += 1
    clock.day = today
    return counts


def _send_summary(
    demo: Context,
    clock: FixedClock,
    rng: random.Random,
    person: Person,
    booking: Booking,
    counts: Counter[str],
) -> None:
    """The booker's case summary before the deadline, after it, or never."""
    deadline = summaries.read(demo, _as(person), booking.id).status.deadline
    roll = rng.random()
    if roll < MISSING:
        return
    if roll < MISSING + LATE:
        clock.day = deadline + timedelta(days=1)
    else:
        clock.day = max(clock.day, deadline - timedelta(days=rng.randint(0, 3)))
    content = rng.choice(SUMMARIES)
    if _try(partial(summaries.submit, demo, _as(person), booking.id, content, True)) is not None:
        counts["summaries late" if clock.day > deadline else "summaries"] += 1


def _fill_teaching(
    demo: Context,
    clock: FixedClock,
    rng: random.Random,
    slot: Slot,
    day: date,
    today: date,
    staff: list[Person],
    counts: Counter[str],
) -> None:
    clock.day = min(today, day - timedelta(days=10))
    for person in rng.sample(staff, min(len(staff), slot.capacity + 2)):
        if _try(partial(bookings.book, demo, _as(person), slot.id)):
            counts["teaching places"] += 1
        elif day >= today and _try(partial(waitlist.join_waitlist, demo, _as(person), slot.id)) is not None:
            counts["waitlisted"] += 1


def _try(action: Callable[[], T]) -> T | None:
    """Run a service call; a refusal (cap reached, window closed) just means no booking here."""
    try:
        return action()
    except BuaError:
        return None


def _as(person: Person) -> Actor:
    return Actor(person.id, person.email)


def _gp(rng: random.Random) -> tuple[str, str, str]:
    name, clinic = rng.choice(GPS)
    return name, f"{name.split()[0].lower()}@{clinic.split()[-1].lower()}.example", clinic


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), ZONE)
