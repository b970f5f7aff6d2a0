"""The advisor calendar's read model on both engines: states per session, skipped dates with their
reason, local-day week bounds, a session's details, and a preview that matches what saving creates."""

from __future__ import annotations

from datetime import date, time

from app.domain.booking import Outcome
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services import advisor_view, summaries
from app.services.advisor_view import (
    SessionState,
    advisor_week,
    editor_basis,
    preview_series,
    session_details,
)
from app.services.bookings import set_outcome
from app.services.context import Context
from app.services.occurrences import cancel_occurrence
from app.services.series import SeriesSpec, create_series
from app.services.slots import list_slots
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, book_as, weekly_series
from tests.services.test_summaries import CLEAN

THURSDAY = 3


def test_a_week_shows_every_state_and_skipped_dates_with_their_reason(
    ctx: Context, clock: FixedClock
) -> None:
    advisor = add_advisor(ctx)
    staff = add_member(ctx, "pia@randers.example")
    weekly_series(ctx, advisor, THURSDAY, time(10), date(2027, 1, 11), date(2027, 6, 30))
    weekly_series(ctx, advisor, 0, time(9), date(2027, 1, 11), date(2027, 6, 30), municipality="791")
    slots = {s.occurrence_date: s for s in list_slots(ctx, advisor_email=advisor.email)}
    held = book_as(ctx, staff, slots[date(2027, 1, 14)].id)
    cancel_occurrence(ctx, ADMIN, slots[date(2027, 1, 11)].series_id, date(2027, 1, 11), "kursus")
    clock.day = date(2027, 1, 15)
    set_outcome(ctx, actor_of(advisor), held.id, Outcome.HELD)

    week = advisor_week(ctx, advisor.id, date(2027, 1, 11))
    by_day = {s.starts_at.date(): s for s in week.sessions}
    assert [s.starts_at.date() for s in week.sessions] == [date(2027, 1, 11), date(2027, 1, 14)]
    assert by_day[date(2027, 1, 11)].state is SessionState.CANCELLED
    assert by_day[date(2027, 1, 11)].note == "Aflyst: kursus"
    assert by_day[date(2027, 1, 11)].municipality_name == "Viborg"
    assert by_day[date(2027, 1, 14)].state is SessionState.HELD
    assert by_day[date(2027, 1, 14)].booker_name == "Pia Holm"
    assert by_day[date(2027, 1, 14)].starts_at.hour == 10  # Copenhagen wall-clock time

    ascension = advisor_week(ctx, advisor.id, date(2027, 5, 3))
    (skipped,) = [s for s in ascension.sessions if s.state is SessionState.SKIPPED]
    assert (skipped.starts_at.date(), skipped.note, skipped.slot_id) == (
        date(2027, 5, 6),
        "Kristi himmelfartsdag",
        None,
    )
    assert skipped.starts_at.hour == 10  # shown at the series' time
    assert ascension.holidays == {date(2027, 5, 6): "Kristi himmelfartsdag"}
    open_monday = next(s for s in ascension.sessions if s.starts_at.date() == date(2027, 5, 3))
    assert open_monday.state is SessionState.OPEN

    details = session_details(ctx, slots[date(2027, 1, 14)].id)
    assert details.municipality_name == "Randers" and details.started
    (participant,) = details.participants
    assert (participant.name, participant.profession.value if participant.profession else None) == (
        "Pia Holm",
        "psychologist",
    )


def test_a_session_that_is_over_shows_what_is_left_to_do(ctx: Context, clock: FixedClock) -> None:
    """Booked and over without an outcome: "udfald mangler", for the advisor to record; nobody booked
    it: past, greyed; held: held."""
    advisor = add_advisor(ctx)
    staff = add_member(ctx, "pia@randers.example")
    weekly_series(ctx, advisor, THURSDAY, time(10), date(2027, 1, 11), date(2027, 2, 28))
    weekly_series(ctx, advisor, 0, time(9), date(2027, 1, 11), date(2027, 2, 28), municipality="791")
    slots = {s.occurrence_date: s for s in list_slots(ctx, advisor_email=advisor.email)}
    unrecorded = book_as(ctx, staff, slots[date(2027, 1, 14)].id)
    clock.day = date(2027, 1, 15)

    by_day = {s.starts_at.date(): s.state for s in advisor_week(ctx, advisor.id, date(2027, 1, 11)).sessions}
    assert by_day == {date(2027, 1, 11): SessionState.PAST, date(2027, 1, 14): SessionState.OUTCOME_MISSING}
    set_outcome(ctx, actor_of(advisor), unrecorded.id, Outcome.HELD)
    week = advisor_week(ctx, advisor.id, date(2027, 1, 11))
    assert {s.starts_at.date(): s.state for s in week.sessions}[date(2027, 1, 14)] is SessionState.HELD
    coming = advisor_week(ctx, advisor.id, date(2027, 1, 18))
    assert {s.state for s in coming.sessions} == {SessionState.OPEN}  # not over yet


def test_the_preview_lists_exactly_what_saving_creates(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(
        weekday=THURSDAY, start_time=time(9), starts_on=date(2027, 3, 1), ends_on=date(2027, 12, 31)
    )
    preview = preview_series(editor_basis(ctx, advisor.id), rule)
    result = create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule))
    made = sorted(s.occurrence_date for s in list_slots(ctx, advisor_email=advisor.email))
    assert [p.day for p in preview if p.skip_reason is None and not p.beyond_horizon] == made
    assert [(p.day, p.skip_reason) for p in preview if p.skip_reason] == [
        (s.occurrence_date, s.reason) for s in result.skipped
    ]
    assert (date(2027, 5, 6), "Kristi himmelfartsdag") in [(p.day, p.skip_reason) for p in preview]
    assert (date(2027, 12, 30), None) in [(p.day, p.skip_reason) for p in preview]


def test_booked_sessions_show_how_their_summary_stands(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example")
    bo = add_member(ctx, "bo@randers.example", name="Bo Lind")  # two upcoming bookings each at most
    weekly_series(ctx, advisor, THURSDAY, time(10), date(2027, 1, 4), date(2027, 1, 31))
    slots = {s.occurrence_date: s for s in list_slots(ctx, advisor_email=advisor.email)}
    book_as(ctx, pia, slots[date(2027, 1, 7)].id)
    sent = book_as(ctx, pia, slots[date(2027, 1, 14)].id)
    drafted = book_as(ctx, bo, slots[date(2027, 1, 21)].id)
    summaries.submit(ctx, actor_of(pia), sent.id, CLEAN)
    summaries.save_draft(ctx, actor_of(bo), drafted.id, CLEAN)
    clock.day = date(2027, 1, 6)  # Thursday 7 January's summary was due Tuesday 5 January

    month = advisor_view.advisor_period(ctx, advisor.id, date(2027, 1, 4), date(2027, 1, 31))
    by_day = {s.starts_at.date(): s for s in month.sessions}
    assert by_day[date(2027, 1, 7)].state is SessionState.SUMMARY_LATE
    assert by_day[date(2027, 1, 7)].summary_due == date(2027, 1, 5)
    assert by_day[date(2027, 1, 14)].state is SessionState.SUMMARY_RECEIVED
    assert by_day[date(2027, 1, 21)].state is SessionState.SUMMARY_MISSING  # BUA cannot read a draft
    assert by_day[date(2027, 1, 21)].summary_due == date(2027, 1, 19)
    assert by_day[date(2027, 1, 28)].state is SessionState.OPEN
    assert by_day[date(2027, 1, 28)].summary_due is None


def test_a_teaching_session_waits_for_no_summary(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example")
    once = date(2027, 1, 14)
    rule = RecurrenceRule(weekday=THURSDAY, start_time=time(9), starts_on=once, ends_on=once)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, capacity=3))
    (slot,) = list_slots(ctx, advisor_email=advisor.email)
    book_as(ctx, pia, slot.id)
    (session,) = advisor_week(ctx, advisor.id, date(2027, 1, 11)).sessions
    assert (session.state, session.summary_due) == (SessionState.BOOKED, None)
