"""Case summaries through the services: drafts keep anything typed, submitting is refused while the
guard blocks, only the booker, the advisor and the current deputy read it, the deadline is counted in
working days, and the purge deletes the text and keeps the booking. No summary text in SQL logs and
database errors, and simultaneous saves: tests/integration/test_summaries_engines.py."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.domain.booking import Booking, BookingState, Outcome
from app.domain.model import ContactKind, NewPerson, Person, Role, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import AgeBand, DeadlineState, PathwayStep, ScreeningRow, SummaryContent, SummaryState
from app.errors import InvalidInput, RuleRefused
from app.services import bookings, contacts, rules, slots, summaries
from app.services.audit import jsonable
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from cli.words import error_text
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")
SECRET = "Drengen har svært ved overgangene og trækker sig fra frikvartererne"
CLEAN = SummaryContent(
    question="Skal vi henvise til BUA, eller kan vi fortsætte i Trin 2?",
    problem=f"{SECRET}. En dreng på 11 år, SDQ 18/40 fra lærer i marts.",
    age_band=AgeBand.SCHOOL,
    pathway_step=PathwayStep.STEP_2,
    tried="Samtaleforløb hos PPR i 8 uger.",
    screenings=(ScreeningRow("SDQ", "total_difficulties", 18, "lærer/pædagog", 12, 2026),),
)
WITH_CPR = SummaryContent(problem=f"{SECRET}. CPR 010314-1234.", question=CLEAN.question)


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    jens: Person
    booking: Booking


def _world(ctx: Context, day: date = date(2027, 1, 6)) -> World:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, day.weekday(), time(10), date(2027, 1, 4), date(2027, 6, 30))
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, day).id)
    return World(advisor, pia, jens, booking)


def _slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def _audit_text(ctx: Context) -> str:
    with ctx.store.read() as uow:
        return json.dumps(jsonable(list(uow.audit.list())), ensure_ascii=False)


def test_a_draft_keeps_a_cpr_number_but_submitting_it_is_refused_and_writes_nothing(ctx: Context) -> None:
    w = _world(ctx)
    draft = summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, WITH_CPR)

    with pytest.raises(RuleRefused) as refused:
        summaries.submit(ctx, actor_of(w.pia), w.booking.id, replace(CLEAN, problem=WITH_CPR.problem))

    assert "CPR-nummer" in refused.value.message and "kan ikke sendes" in refused.value.message
    assert "010314" not in refused.value.message
    view = summaries.read(ctx, actor_of(w.pia), w.booking.id)
    assert view.summary is not None
    assert view.summary.content == WITH_CPR  # what was typed is still there
    assert (view.summary.state, view.summary.version) == (SummaryState.DRAFT, draft.version)


def test_saving_the_same_draft_twice_writes_one_audit_entry(ctx: Context) -> None:
    w = _world(ctx)
    summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, WITH_CPR)
    again = summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, WITH_CPR)

    assert again.version == 1
    assert _audit_text(ctx).count("summary.draft_saved") == 1


def test_warnings_must_be_acknowledged_and_the_acknowledgement_is_recorded(ctx: Context) -> None:
    w = _world(ctx)
    named = replace(CLEAN, problem="Emma har svært ved at komme i skole.")

    with pytest.raises(RuleRefused, match="bekræft"):
        summaries.submit(ctx, actor_of(w.pia), w.booking.id, named)
    sent = summaries.submit(ctx, actor_of(w.pia), w.booking.id, named, acknowledge_warnings=True)

    assert sent.state is SummaryState.SUBMITTED and sent.warnings_acknowledged
    with ctx.store.read() as uow:
        entry = uow.audit.list("summary", str(w.booking.id))[-1]
    assert entry.action == "summary.submitted"
    assert entry.after == {"state": "submitted", "version": 1, "acknowledged_warnings": ["first_name"]}


def test_an_incomplete_summary_or_an_impossible_score_is_refused(ctx: Context) -> None:
    w = _world(ctx)
    with pytest.raises(InvalidInput) as incomplete:
        summaries.submit(ctx, actor_of(w.pia), w.booking.id, SummaryContent("Spørgsmål?", "Problem."))
    assert "aldersgruppe" in error_text(incomplete.value)  # as the command line words the refusal
    too_high = ScreeningRow("SDQ", "total_difficulties", 41, "forælder", 12, 2026)
    with pytest.raises(InvalidInput) as impossible:
        summaries.submit(ctx, actor_of(w.pia), w.booking.id, replace(CLEAN, screenings=(too_high,)))
    assert "uden for intervallet 0-40 for SDQ" in error_text(impossible.value)


def test_the_booker_the_advisor_and_the_current_deputy_read_it_a_colleague_does_not(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Lund")
    former = add_advisor(ctx, "finn@bua.example", "Finn Dahl")
    other_advisor = add_advisor(ctx, "ole@bua.example", "Ole Krog")
    admin = add_person(ctx, ADMIN, NewPerson("anna@bua.example", "Anna Admin", Role.ADMINISTRATOR))
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, former.email, date(2026, 6, 1))
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email, date(2027, 1, 4))
    summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, CLEAN)

    advisor_view = summaries.read(ctx, actor_of(w.advisor), w.booking.id)
    assert advisor_view.summary is None and advisor_view.status.state is DeadlineState.DRAFT  # not sent yet
    summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)

    for reader in (w.pia, w.advisor, deputy):
        view = summaries.read(ctx, actor_of(reader), w.booking.id)
        assert view.summary is not None and view.summary.content == CLEAN
    for outsider in (w.jens, former, other_advisor, admin):
        with pytest.raises(RuleRefused, match="Kun den, der har booket"):
            summaries.read(ctx, actor_of(outsider), w.booking.id)
    with pytest.raises(RuleRefused, match="Kun den, der har booket"):
        summaries.save_draft(ctx, actor_of(w.advisor), w.booking.id, WITH_CPR)


def test_a_sent_summary_becomes_a_draft_again_only_when_the_booker_reopens_it(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx)
    sent = summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)
    edited = replace(CLEAN, tried="Samtaler med familien og skolen.")

    with pytest.raises(RuleRefused, match="allerede sendt til BUA"):
        summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, edited)
    view = summaries.read(ctx, actor_of(w.advisor), w.booking.id)
    assert view.summary == sent  # BUA still reads what was sent

    reopened = summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, edited, reopen=True)
    assert reopened.state is SummaryState.DRAFT and reopened.content == edited
    assert summaries.read(ctx, actor_of(w.advisor), w.booking.id).summary is None


def test_the_deadline_is_counted_in_working_days_across_easter(ctx: Context, clock: FixedClock) -> None:
    rules.set_rule(ctx, ADMIN, "horizon_weeks", "20")
    w = _world(ctx, date(2027, 3, 30))  # the Tuesday after Easter Monday

    (status,) = summaries.statuses(ctx, [w.booking]).values()
    # Easter Monday 29 March, Good Friday 26 and Maundy Thursday 25 are no working days.
    assert status.deadline == date(2027, 3, 23)
    assert status.state is DeadlineState.MISSING

    clock.day = date(2027, 3, 23)
    assert summaries.statuses(ctx, [w.booking])[w.booking.id].state is DeadlineState.MISSING
    clock.day = date(2027, 3, 24)
    assert summaries.statuses(ctx, [w.booking])[w.booking.id].state is DeadlineState.LATE
    summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)
    assert summaries.statuses(ctx, [w.booking])[w.booking.id].state is DeadlineState.SUBMITTED

    rules.set_rule(ctx, ADMIN, "summary_due_working_days", "4")
    assert summaries.statuses(ctx, [w.booking])[w.booking.id].deadline == date(2027, 3, 19)


def test_the_booker_is_reminded_of_sessions_whose_summary_is_not_submitted(ctx: Context) -> None:
    w = _world(ctx)
    later = bookings.book(ctx, actor_of(w.pia), _slot_on(ctx, date(2027, 1, 13)).id)
    summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)
    summaries.save_draft(ctx, actor_of(w.pia), later.id, WITH_CPR)

    (reminder,) = summaries.reminders(ctx, actor_of(w.pia))

    assert (reminder.booking_id, reminder.state, reminder.deadline) == (
        later.id,
        DeadlineState.DRAFT,
        date(2027, 1, 11),
    )
    assert summaries.reminders(ctx, actor_of(w.jens)) == []


def test_a_teaching_session_is_no_reason_for_a_reminder(ctx: Context) -> None:
    w = _world(ctx)
    once = date(2027, 1, 14)
    rule = RecurrenceRule(weekday=once.weekday(), start_time=time(9), starts_on=once, ends_on=once)
    create_series(ctx, ADMIN, SeriesSpec("730", w.advisor.email, rule, SessionType.TEACHING, 3))
    bookings.book(ctx, actor_of(w.jens), _slot_on(ctx, once).id)
    assert summaries.reminders(ctx, actor_of(w.jens)) == []


def test_the_purge_deletes_the_text_keeps_the_booking_and_writes_a_tombstone(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx)  # the session is on Wednesday 6 January 2027 at 10:00
    summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)

    clock.day = date(2027, 2, 4)  # 29 days after
    bookings.set_outcome(ctx, actor_of(w.advisor), w.booking.id, Outcome.HELD)
    assert summaries.purge_expired(ctx, ADMIN).booking_ids == ()
    clock.day = date(2027, 2, 5)  # 30 days after
    result = summaries.purge_expired(ctx, ADMIN)

    assert result.booking_ids == (w.booking.id,)
    view = summaries.read(ctx, actor_of(w.advisor), w.booking.id)
    assert view.summary is None
    assert view.tombstone is not None and view.tombstone.rule == "summary_retention_days=30"
    assert view.booking.state is BookingState.HELD  # the booking and its statistics stay
    with pytest.raises(RuleRefused, match="slettet"):
        summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, CLEAN)
    assert summaries.purge_expired(ctx, ADMIN).booking_ids == ()
    assert SECRET not in _audit_text(ctx)


def test_booking_with_a_blocked_summary_books_nothing(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 4), date(2027, 6, 30))
    pia = add_member(ctx, "pia@randers.example")
    slot = _slot_on(ctx, date(2027, 1, 13))

    with pytest.raises(RuleRefused, match="CPR-nummer"):
        bookings.book(ctx, actor_of(pia), slot.id, summary=WITH_CPR)

    assert get_slot(ctx, slot.id).booked_count == 0
    assert bookings.list_bookings(ctx, person_email=pia.email) == []
    booking = bookings.book(ctx, actor_of(pia), slot.id, summary=SummaryContent(problem=SECRET))
    view = summaries.read(ctx, actor_of(pia), booking.id)
    assert view.summary is not None and view.summary.content.problem == SECRET
