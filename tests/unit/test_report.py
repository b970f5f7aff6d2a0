"""The report's counting over plain tallies: what each figure counts, the summary deadline, and that
over sessions add up (booked = held + no-show + outcome missing; offered = booked + unused)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import ClosureCalendar
from app.domain.recurrence import SessionType
from app.domain.report import (
    Figures,
    SessionTally,
    SummaryRule,
    count,
    group,
    held_days,
    month_key,
    months,
)
from app.domain.summary import summary_deadline

ZONE = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 3, 20, 12, tzinfo=ZONE)
TODAY = NOW.date()
RULE = SummaryRule(ClosureCalendar((), ()), 2)  # due 2 working days before


def session(day: date, kind: SessionType = SessionType.SPARRING, **counts: Any) -> SessionTally:
    starts = datetime.combine(day, time(9), ZONE).astimezone(UTC)
    values: dict[str, Any] = dict(
        booked=0,
        held=0,
        no_show=0,
        cancelled_by_bua=0,
        cancelled_by_municipality=0,
        waitlisted=0,
        gp_guests=0,
        summary_submitted_at=None,
        summary_purged=False,
        cancelled=False,
    )
    values.update(counts)
    over = starts + timedelta(minutes=45) <= NOW
    return SessionTally("730", 1, kind, starts, over, **values)


def sent(day: date) -> datetime:
    return datetime.combine(day, time(23, 30), ZONE).astimezone(UTC)  # late evening: 22:30 UTC


def test_nothing_counts_zero_with_no_division_by_zero() -> None:
    assert count([], TODAY, RULE) == Figures()
    assert count([], TODAY, None).summaries_missing is None
    assert Figures().utilisation == 0.0


def test_each_session_lands_in_one_outcome() -> None:
    past = date(2027, 3, 10)  # a Wednesday; its summary was due Monday 8 March
    figures = count(
        [
            session(past, held=1, gp_guests=1),
            session(past, no_show=1),
            session(past, booked=1),
            session(past, cancelled_by_municipality=1),
            session(past, cancelled_by_bua=1, cancelled=True),  # the occurrence went with it
            session(date(2027, 3, 30), booked=1),  # ahead: neither unused nor missing an outcome
        ],
        TODAY,
        RULE,
    )
    assert figures == Figures(
        offered=5,
        booked=4,
        held=1,
        no_show=1,
        cancelled_by_bua=1,
        cancelled_by_municipality=1,
        unused=1,
        outcome_missing=1,
        summaries_on_time=0,
        summaries_late=0,
        summaries_missing=3,  # held, no-show and outcome missing: none sent; 30 March not yet due
        gp_guests=1,
    )
    assert figures.utilisation == 1 / 5


def test_summary_deadline_by_the_copenhagen_day_of_sending() -> None:
    wednesday = date(2027, 3, 10)
    on_time = session(wednesday, held=1, summary_submitted_at=sent(date(2027, 3, 8)))
    late = session(wednesday, held=1, summary_submitted_at=sent(date(2027, 3, 9)))
    purged = session(wednesday, held=1, summary_purged=True)
    pending = session(date(2027, 3, 25), booked=1)  # due 23 March
    figures = count([on_time, late, purged, pending], TODAY, RULE)
    assert (figures.summaries_on_time, figures.summaries_late, figures.summaries_missing) == (1, 1, 0)
    assert count([pending], date(2027, 3, 24), RULE).summaries_missing == 1


def test_teaching_counts_participants_and_waitlist_not_summaries() -> None:
    teaching = session(date(2027, 3, 16), SessionType.TEACHING, held=3, no_show=1, booked=1, waitlisted=2)
    figures = count([teaching], TODAY, RULE)
    assert (figures.offered, figures.booked, figures.held, figures.no_show) == (1, 1, 1, 0)
    assert (figures.teaching_participants, figures.waitlist_demand) == (4, 2)
    assert (figures.summaries_on_time, figures.summaries_late, figures.summaries_missing) == (0, 0, 0)


def test_groups_keep_their_order_with_zeros_and_months_cross_the_year() -> None:
    rows = group(
        [session(date(2027, 3, 3), held=1)],
        lambda t: t.municipality_code,
        {"751": "Aarhus", "730": "Randers"},
        TODAY,
        RULE,
    )
    assert [(r.key, r.figures.held) for r in rows] == [("751", 0), ("730", 1)]
    assert [month_key(m) for m in months(date(2026, 12, 15), date(2027, 2, 1))] == [
        "2026-12",
        "2027-01",
        "2027-02",
    ]
    assert held_days([session(date(2027, 3, 3), held=1), session(date(2027, 3, 1), held=1)]) == {
        "730": (date(2027, 3, 1), date(2027, 3, 3))
    }


outcomes = st.fixed_dictionaries(
    {
        "booked": st.integers(0, 2),
        "held": st.integers(0, 2),
        "no_show": st.integers(0, 2),
        "cancelled": st.booleans(),
        "cancelled_by_bua": st.integers(0, 1),
    }
)


@given(st.lists(st.tuples(st.integers(0, 40), outcomes), max_size=30))
def test_over_sessions_add_up(sessions: list[tuple[int, dict[str, Any]]]) -> None:
    tallies = [session(date(2027, 1, 4) + timedelta(days=d), **o) for d, o in sessions]
    over = [t for t in tallies if t.over]
    figures = count(over, TODAY, RULE)
    assert figures.booked == figures.held + figures.no_show + figures.outcome_missing
    assert figures.offered == figures.booked + figures.unused
    assert count([t._replace(cancelled=True) for t in over], TODAY, RULE).offered == 0


def test_a_tally_of_several_sessions_counts_each() -> None:
    past = date(2027, 3, 10)
    merged = session(past, held=2, gp_guests=1, sessions=2)  # two held sessions, one with a GP
    figures = count([merged, session(past, sessions=3)], TODAY, RULE)
    assert (figures.offered, figures.booked, figures.held, figures.unused) == (5, 2, 2, 3)
    assert (figures.gp_guests, figures.summaries_missing) == (1, 2)


def test_the_deadline_is_the_summary_services_own() -> None:
    calendar = ClosureCalendar((), ())
    rule = SummaryRule(calendar, 2)
    for offset in range(400):  # a year with Easter, Whitsun and Christmas
        day = date(2027, 1, 1) + timedelta(days=offset)
        assert rule.deadline(day) == summary_deadline(calendar, day, 2), day
