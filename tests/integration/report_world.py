"""A month of known sessions, bookings and outcomes for the report's tests (March 2027, on both engines).

Everything goes through the real services at its own moment (the clock moves), except four slots
retimed to the edges of the period through the store: the services keep sessions between 06 and 20,
and only times near midnight tell a Copenhagen day from a UTC one. 28 March 2027 is the change to
summer time, inside the period.

Randers (730), advisor Ulla, March 2027 (what each session ends as, seen on 20 April):
  sparring Wednesdays 09:00
    3 Mar  Pia, GP invited, summary sent on time, held
    10 Mar Ole, summary sent after its deadline (8 Mar), no-show
    17 Mar Pia, no summary, no outcome                     -> outcome missing, summary missing
    24 Mar Ole cancelled it himself (illness)              -> unused, cancelled by the municipality
    31 Mar Eva, cancelled by BUA (after the DST change)    -> unused, cancelled by BUA
  sparring Fridays, retimed through the store:
    26 Feb -> Sun 28 Feb 23:30 (before the period)   5 Mar -> Mon 1 Mar 00:00 (in)
    12 Mar -> Wed 31 Mar 23:30 (in)                  19 Mar stays (in)       26 Mar is Langfredag
    2 Apr  -> Thu 1 Apr 00:00 (after: 22:00 UTC on 31 March)
  teaching Tuesday 16 Mar 13:00, 2 places, open to all: Pia held, Kim (Aarhus) no-show, Eva on the
    waitlist, Ole joined and left the waitlist
Aarhus (751), advisor Bo, sparring Thursdays 10:00:
    4 Mar  Kim, summary on time, held   11 Mar unused   18 Mar Kim, the occurrence cancelled by BUA
Every other municipality has nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.booking import Booking, GpGuest, Outcome
from app.domain.model import NewPerson, Person, Role, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.services import bookings, summaries, waitlist
from app.services.context import Context
from app.services.occurrences import cancel_occurrence
from app.services.people import add_person
from app.services.rules import set_rule
from app.services.series import SeriesSpec, create_series
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_member, book_as

ZONE = ZoneInfo("Europe/Copenhagen")
FIRST_DAY, LAST_DAY = date(2027, 3, 1), date(2027, 3, 31)
REPORT_DAY = date(2027, 4, 20)  # every session of the period is over
STAFF_NAMES = ("Pia Holm", "Ole Dam", "Eva Skov", "Kim Lund")
GP_NAME = "Jens Lægesen"
SUMMARY = SummaryContent(
    question="Skal vi henvise, eller kan vi fortsætte i Trin 2?",
    problem="En dreng i mellemtrinnet med angst om morgenen gennem et halvt år.",
    age_band=AgeBand.SCHOOL,
    pathway_step=PathwayStep.STEP_2,
)


@dataclass(frozen=True)
class ReportWorld:
    ulla: Person  # advisor of Randers' sessions
    bo: Person  # advisor of Aarhus' sessions
    pia: Person
    ole: Person
    eva: Person
    kim: Person  # Aarhus


def build(ctx: Context, clock: FixedClock) -> ReportWorld:
    ulla = add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    bo = add_person(ctx, ADMIN, NewPerson("bo@bua.example", "Bo Berg", Role.ADVISOR))
    pia, ole, eva = (
        add_member(ctx, f"{n.split()[0].lower()}@randers.example", "730", name=n) for n in STAFF_NAMES[:3]
    )
    kim = add_member(ctx, "kim@aarhus.example", "751", name=STAFF_NAMES[3])
    set_rule(ctx, ADMIN, "max_future_bookings", "10")

    wednesdays = _series(ctx, ulla, "730", 2, time(9), date(2027, 3, 3), date(2027, 3, 31))
    fridays = _series(ctx, ulla, "730", 4, time(9), date(2027, 2, 26), date(2027, 4, 2))
    (teaching,) = _series(
        ctx, ulla, "730", 1, time(13), date(2027, 3, 16), date(2027, 3, 16), SessionType.TEACHING
    ).values()
    aarhus = _series(ctx, bo, "751", 3, time(10), date(2027, 3, 4), date(2027, 3, 18))
    _retime(ctx, fridays[date(2027, 2, 26)], datetime(2027, 2, 28, 23, 30, tzinfo=ZONE))
    _retime(ctx, fridays[date(2027, 3, 5)], datetime(2027, 3, 1, 0, 0, tzinfo=ZONE))
    _retime(ctx, fridays[date(2027, 3, 12)], datetime(2027, 3, 31, 23, 30, tzinfo=ZONE))
    _retime(ctx, fridays[date(2027, 4, 2)], datetime(2027, 4, 1, 0, 0, tzinfo=ZONE))

    clock.day = date(2027, 2, 15)  # booking opens 8 weeks ahead: all of March
    gp = GpGuest(GP_NAME, "jens@laege.example", "Lægehuset")
    held_1to1 = bookings.book(ctx, actor_of(pia), wednesdays[date(2027, 3, 3)], gp=gp)
    no_show_1to1 = book_as(ctx, ole, wednesdays[date(2027, 3, 10)])
    book_as(ctx, pia, wednesdays[date(2027, 3, 17)])
    own_cancel = book_as(ctx, ole, wednesdays[date(2027, 3, 24)])
    bua_cancel = book_as(ctx, eva, wednesdays[date(2027, 3, 31)])
    aarhus_held = book_as(ctx, kim, aarhus[date(2027, 3, 4)])
    book_as(ctx, kim, aarhus[date(2027, 3, 18)])
    teaching_pia = book_as(ctx, pia, teaching)
    teaching_kim = book_as(ctx, kim, teaching)
    waitlist.join_waitlist(ctx, actor_of(eva), teaching)
    waitlist.join_waitlist(ctx, actor_of(ole), teaching)
    waitlist.leave_waitlist(ctx, actor_of(ole), teaching)
    summaries.submit(ctx, actor_of(pia), held_1to1.id, SUMMARY)
    summaries.submit(ctx, actor_of(kim), aarhus_held.id, SUMMARY)
    bookings.cancel(ctx, actor_of(ole), own_cancel.id, "illness")
    bookings.cancel(ctx, actor_of(ulla), bua_cancel.id, "Rådgiveren er syg")
    aarhus_series = _series_of(ctx, aarhus[date(2027, 3, 18)])
    cancel_occurrence(ctx, ADMIN, aarhus_series, date(2027, 3, 18), "Kursus", cancel_bookings=True)

    clock.day = date(2027, 3, 9)  # the 10 March summary was due on 8 March
    summaries.submit(ctx, actor_of(ole), no_show_1to1.id, SUMMARY)

    clock.day = REPORT_DAY
    _outcome(ctx, ulla, held_1to1, Outcome.HELD)
    _outcome(ctx, ulla, no_show_1to1, Outcome.NO_SHOW)
    _outcome(ctx, ulla, teaching_pia, Outcome.HELD)
    _outcome(ctx, ulla, teaching_kim, Outcome.NO_SHOW)
    _outcome(ctx, bo, aarhus_held, Outcome.HELD)
    return ReportWorld(ulla, bo, pia, ole, eva, kim)


# The figures March 2027 should give, counted by hand from the table above.
RANDERS = {
    "offered": 9,  # 5 Wednesdays, 3 Fridays in the period, 1 teaching
    "booked": 4,  # 3, 10, 17 March and the teaching
    "held": 2,  # 3 March and the teaching
    "no_show": 1,  # 10 March
    "cancelled_by_bua": 1,  # 31 March
    "cancelled_by_municipality": 1,  # 24 March (leaving the waitlist is not one)
    "unused": 5,  # 24 and 31 March, the three Fridays
    "outcome_missing": 1,  # 17 March
    "utilisation": round(2 / 9, 4),
    "summaries_on_time": 1,
    "summaries_late": 1,
    "summaries_missing": 1,
    "teaching_participants": 1,  # Pia; Kim did not come
    "waitlist_demand": 1,  # Eva
    "gp_guests": 1,
}
AARHUS = {
    "offered": 2,  # 4 and 11 March; 18 March was cancelled
    "booked": 1,
    "held": 1,
    "no_show": 0,
    "cancelled_by_bua": 1,  # Kim's 18 March, with its occurrence
    "cancelled_by_municipality": 0,
    "unused": 1,
    "outcome_missing": 0,
    "utilisation": 0.5,
    "summaries_on_time": 1,
    "summaries_late": 0,
    "summaries_missing": 0,
    "teaching_participants": 0,
    "waitlist_demand": 0,
    "gp_guests": 0,
}
NOTHING = {name: 0 for name in RANDERS} | {"utilisation": 0.0}


def _series(
    ctx: Context,
    advisor: Person,
    municipality: str,
    weekday: int,
    start: time,
    first: date,
    last: date,
    kind: SessionType = SessionType.SPARRING,
) -> dict[date, int]:
    """A series' slots by occurrence date (a teaching one open to all, 2 places)."""
    rule = RecurrenceRule(weekday=weekday, start_time=start, starts_on=first, ends_on=last)
    teaching = kind is SessionType.TEACHING
    spec = SeriesSpec(municipality, advisor.email, rule, kind, 2 if teaching else None, open_to_all=teaching)
    series = create_series(ctx, ADMIN, spec).series
    with ctx.store.read() as uow:
        return {s.occurrence_date: s.id for s in uow.slots.list(SlotFilter(series_id=series.id))}


def _retime(ctx: Context, slot_id: int, starts_at: datetime) -> None:
    with ctx.store.write() as uow:
        uow.slots.retime(slot_id, starts_at, starts_at + timedelta(minutes=45), moved=True)
        uow.commit()


def _series_of(ctx: Context, slot_id: int) -> int:
    with ctx.store.read() as uow:
        slot = uow.slots.get(slot_id)
    assert slot is not None
    return slot.series_id


def _outcome(ctx: Context, advisor: Person, booking: Booking, outcome: Outcome) -> None:
    bookings.set_outcome(ctx, actor_of(advisor), booking.id, outcome)
