"""Calendar files from the stored data, read back by three parsers nobody here wrote (tests/ical_parsers.py):
the series file, a booking's invite through its life (UID kept, SEQUENCE raised, cancelled), and the
sessions of the booker, the advisor and the GP. Handovers and new links: test_invites_handover.py;
`export-ics`: test_invites_cli.py.
"""

from __future__ import annotations

from datetime import UTC, date, time
from pathlib import Path

import pytest

from app.domain.booking import Booking, BookingState, CancelReason, GpGuest, Outcome
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, NotFound, RuleRefused
from app.services import bookings, invites, waitlist
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from tests.fakes import FixedClock
from tests.ical_parsers import icaljs_module
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.integration.invites_world import (
    CANCELLED_DAY,
    HOLIDAYS,
    epoch_seconds,
    randers_series,
    read_all,
    slot_on,
    stored_slots,
)


@pytest.fixture(scope="session")
def icaljs() -> Path:
    return icaljs_module()


def test_the_series_file_holds_exactly_the_stored_slots_for_every_parser(
    ctx: Context, icaljs: Path, tmp_path: Path
) -> None:
    randers = randers_series(ctx)
    stored = stored_slots(ctx, randers.series_id)
    expected = sorted((epoch_seconds(s.starts_at), epoch_seconds(s.ends_at)) for s in stored)
    days = {s.occurrence_date for s in stored}
    assert not days & {*HOLIDAYS, CANCELLED_DAY}
    # 09:00 is 08:00 UTC in winter and 07:00 UTC in summer; the moved one is 13:00 winter time.
    assert {s.starts_at.astimezone(UTC).time() for s in stored} == {time(8), time(7), time(12)}

    data = invites.series_calendar(ctx, randers.series_id)

    for name, parsed in read_all(icaljs, data, tmp_path / "series.ics").items():
        assert parsed.method == "PUBLISH", name
        assert [(o.start, o.end) for o in parsed.occurrences] == expected, name
        assert {o.uid for o in parsed.occurrences} == {f"series-{randers.series_id}@bua-booking"}, name


def test_an_invite_keeps_its_uid_and_raises_its_sequence_until_it_is_cancelled(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    randers = randers_series(ctx)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    gp = GpGuest("Karen Lund", "karen.lund@laege.example")
    booking = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id, gp)
    steps: list[tuple[Booking, bytes]] = [(booking, invites.booking_invite(ctx, booking.id))]
    for day in (date(2027, 4, 1), date(2027, 4, 8)):  # into summer time, then a week on
        booking = bookings.reschedule(ctx, actor_of(pia), booking.id, slot_on(ctx, day).id).booking
        steps.append((booking, invites.booking_invite(ctx, booking.id)))
    booking = bookings.cancel(ctx, actor_of(pia), booking.id, CancelReason.ILLNESS).booking
    steps.append((booking, invites.booking_invite(ctx, booking.id)))

    assert {b.ical_uid for b, _ in steps} == {steps[0][0].ical_uid}
    assert [b.ical_sequence for b, _ in steps] == [0, 1, 2, 3]
    methods = ["REQUEST", "REQUEST", "REQUEST", "CANCEL"]
    for index, (step, data) in enumerate(steps):
        for name, parsed in read_all(icaljs, data, tmp_path / f"invite-{index}.ics").items():
            assert parsed.method == methods[index], name
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence) == (step.ical_uid, index), name
            assert (seen.start, seen.end) == (
                epoch_seconds(step.starts_at),
                epoch_seconds(step.ends_at or step.starts_at),
            )
            assert seen.status == ("CANCELLED" if index == 3 else "CONFIRMED"), name
    assert b"VALARM" in steps[0][1] and b"VALARM" not in steps[3][1]
    assert randers.advisor.email.encode() in steps[3][1]


def test_bua_cancelling_raises_the_sequence_and_marking_a_session_held_does_not(
    ctx: Context, clock: FixedClock
) -> None:
    randers = randers_series(ctx)
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    first = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id)
    second = bookings.book(ctx, actor_of(jens), slot_on(ctx, date(2027, 3, 18)).id)

    by_bua = bookings.set_outcome(
        ctx, actor_of(randers.advisor), first.id, Outcome.CANCELLED_BY_BUA, "Rådgiveren er syg"
    ).booking
    clock.day = date(2027, 3, 19)
    held = bookings.set_outcome(ctx, actor_of(randers.advisor), second.id, Outcome.HELD).booking

    assert (by_bua.state, by_bua.ical_sequence, by_bua.ical_uid) == (
        BookingState.CANCELLED_BY_BUA,
        1,
        first.ical_uid,
    )
    assert (held.state, held.ical_sequence) == (BookingState.HELD, 0)
    cancel = invites.booking_invite(ctx, first.id)
    assert b"METHOD:CANCEL" in cancel and "Rådgiveren er syg".encode() not in cancel
    assert b"METHOD:REQUEST" in invites.booking_invite(ctx, second.id)
    assert first.ical_uid != second.ical_uid


def test_my_sessions_for_the_booker_the_advisor_and_the_gp(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    randers = randers_series(ctx)
    teaching_rule = RecurrenceRule(
        1, time(14), date(2027, 3, 1), ends_on=date(2027, 6, 30), duration_minutes=90
    )
    teaching = create_series(
        ctx, ADMIN, SeriesSpec("730", randers.advisor.email, teaching_rule, SessionType.TEACHING, 6)
    )
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    gp = GpGuest("Karen Lund", "karen.lund@laege.example")
    sparring = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id, gp)
    (lesson,) = [s for s in stored_slots(ctx, teaching.series.id) if s.occurrence_date == date(2027, 3, 16)]
    pia_lesson = bookings.book(ctx, actor_of(pia), lesson.id)
    jens_lesson = bookings.book(ctx, actor_of(jens), lesson.id)
    later = bookings.book(ctx, actor_of(jens), slot_on(ctx, date(2027, 4, 8)).id)  # outside March

    march = (date(2027, 3, 1), date(2027, 3, 31))
    lesson_event = (f"slot-{lesson.id}@bua-booking", epoch_seconds(lesson.starts_at))
    expected = {
        pia.email: [
            (sparring.ical_uid, epoch_seconds(sparring.starts_at)),
            (pia_lesson.ical_uid, lesson_event[1]),
        ],
        randers.advisor.email: [(sparring.ical_uid, epoch_seconds(sparring.starts_at)), lesson_event],
        gp.email: [(sparring.ical_uid, epoch_seconds(sparring.starts_at))],
        jens.email: [(jens_lesson.ical_uid, lesson_event[1])],
    }
    for email, wanted in expected.items():
        data = invites.person_calendar(ctx, email, *march)
        assert b"ATTENDEE" not in data
        for name, parsed in read_all(icaljs, data, tmp_path / f"{email}.ics").items():
            assert parsed.method == "PUBLISH", (email, name)
            assert [(o.uid, o.start) for o in parsed.occurrences] == wanted, (email, name)
    whole_year = invites.person_calendar(ctx, jens.email, date(2027, 1, 1), date(2027, 12, 31))
    assert later.ical_uid.encode() in whole_year

    with pytest.raises(NotFound):
        invites.person_calendar(ctx, "ingen@nowhere.example", *march)
    with pytest.raises(InvalidInput):
        invites.person_calendar(ctx, pia.email, date(2027, 3, 31), date(2027, 3, 1))


def test_a_waitlist_place_and_a_missing_booking_have_no_invite(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(1, time(14), date(2027, 3, 1), count=4, duration_minutes=90)
    teaching = create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, 2))
    lesson = stored_slots(ctx, teaching.series.id)[0]
    clock.day = date(2027, 2, 1)
    for index in range(2):
        member = add_member(ctx, f"m{index}@randers.example")
        bookings.book(ctx, actor_of(member), lesson.id)
    waiting = waitlist.join_waitlist(ctx, actor_of(add_member(ctx, "w@randers.example")), lesson.id)
    with pytest.raises(RuleRefused):
        invites.booking_invite(ctx, waiting.id)
    with pytest.raises(NotFound):
        invites.booking_invite(ctx, 999_999)
    with pytest.raises(NotFound):
        invites.series_calendar(ctx, 999_999)
