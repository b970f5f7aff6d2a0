"""Calendar files from a real store (SQLite and PostgreSQL), read back by three parsers we did not
write: recurring-ical-events, vobject and ical.js. Each must see exactly the instants the store holds,
across both daylight-saving changes, with holidays skipped and a moved occurrence in place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

import cli.main as cli_main
from app.domain.booking import Booking, BookingState, CancelReason, GpGuest, Outcome
from app.domain.ical_lint import lint
from app.domain.model import ContactKind, NewPerson, Person, Role, Slot, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, NotFound, RuleRefused
from app.services import absences, bookings, contacts, invites, occurrences, series, slots
from app.services.absences import Handling
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from app.services.series_rules import SeriesChanges
from cli.booking_parser import add_booking_commands
from cli.invite_commands import add_invite_commands
from tests.fakes import FixedClock
from tests.ical_parsers import Parsed, all_parsers, icaljs_module, with_recurring_ical_events
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member

VIDEO = "https://video.bua.example/730-sparring"
THURSDAYS = RecurrenceRule(
    weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), ends_on=date(2027, 11, 30)
)
HOLIDAYS = {date(2027, 3, 25): "Skærtorsdag", date(2027, 5, 6): "Kristi himmelfartsdag"}
CANCELLED_DAY = date(2027, 6, 17)
MOVED_FROM, MOVED_TO = date(2027, 10, 21), date(2027, 11, 1)  # summer time to winter time, 13:00


@pytest.fixture(scope="session")
def icaljs() -> Path:
    return icaljs_module()


@dataclass(frozen=True)
class Randers:
    advisor: Person
    series_id: int


def _randers(ctx: Context) -> Randers:
    """Ulla's weekly Thursday 09:00 sparring in Randers, March to November 2027, one date cancelled and
    one occurrence moved across the end of summer time."""
    advisor = add_advisor(ctx)
    created = create_series(
        ctx, ADMIN, SeriesSpec("730", advisor.email, THURSDAYS, SessionType.SPARRING, video_url=VIDEO)
    )
    assert {s.occurrence_date: s.reason for s in created.skipped} == HOLIDAYS
    occurrences.cancel_occurrence(ctx, ADMIN, created.series.id, CANCELLED_DAY, "Kursus")
    occurrences.move_occurrence(ctx, ADMIN, _slot_on(ctx, MOVED_FROM).id, MOVED_TO, time(13))
    return Randers(advisor, created.series.id)


def _slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def _stored(ctx: Context, series_id: int) -> list[Slot]:
    with ctx.store.read() as uow:
        return list(uow.slots.list(SlotFilter(series_id=series_id)))


def _seconds(instant: datetime) -> int:
    return int(instant.timestamp())


def _read(icaljs: Path, data: bytes, path: Path) -> dict[str, Parsed]:
    assert lint(data) == []
    return all_parsers(icaljs, data, path)


def test_the_series_file_holds_exactly_the_stored_slots_for_every_parser(
    ctx: Context, icaljs: Path, tmp_path: Path
) -> None:
    randers = _randers(ctx)
    stored = _stored(ctx, randers.series_id)
    expected = sorted((_seconds(s.starts_at), _seconds(s.ends_at)) for s in stored)
    days = {s.occurrence_date for s in stored}
    assert not days & {*HOLIDAYS, CANCELLED_DAY}
    # 09:00 is 08:00 UTC in winter and 07:00 UTC in summer; the moved one is 13:00 winter time.
    assert {s.starts_at.astimezone(UTC).time() for s in stored} == {time(8), time(7), time(12)}

    data = invites.series_calendar(ctx, randers.series_id)

    for name, parsed in _read(icaljs, data, tmp_path / "series.ics").items():
        assert parsed.method == "PUBLISH", name
        assert [(o.start, o.end) for o in parsed.occurrences] == expected, name
        assert {o.uid for o in parsed.occurrences} == {f"series-{randers.series_id}@bua-booking"}, name


def test_an_invite_keeps_its_uid_and_raises_its_sequence_until_it_is_cancelled(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    randers = _randers(ctx)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    gp = GpGuest("Karen Lund", "karen.lund@laege.example")
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, gp)
    steps: list[tuple[Booking, bytes]] = [(booking, invites.booking_invite(ctx, booking.id))]
    for day in (date(2027, 4, 1), date(2027, 4, 8)):  # into summer time, then a week on
        booking = bookings.reschedule(ctx, actor_of(pia), booking.id, _slot_on(ctx, day).id).booking
        steps.append((booking, invites.booking_invite(ctx, booking.id)))
    booking = bookings.cancel(ctx, actor_of(pia), booking.id, CancelReason.ILLNESS).booking
    steps.append((booking, invites.booking_invite(ctx, booking.id)))

    assert {b.ical_uid for b, _ in steps} == {steps[0][0].ical_uid}
    assert [b.ical_sequence for b, _ in steps] == [0, 1, 2, 3]
    methods = ["REQUEST", "REQUEST", "REQUEST", "CANCEL"]
    for index, (step, data) in enumerate(steps):
        for name, parsed in _read(icaljs, data, tmp_path / f"invite-{index}.ics").items():
            assert parsed.method == methods[index], name
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence) == (step.ical_uid, index), name
            assert (seen.start, seen.end) == (
                _seconds(step.starts_at),
                _seconds(step.ends_at or step.starts_at),
            )
            assert seen.status == ("CANCELLED" if index == 3 else "CONFIRMED"), name
    assert b"VALARM" in steps[0][1] and b"VALARM" not in steps[3][1]
    assert randers.advisor.email.encode() in steps[3][1]


def test_a_session_handed_to_the_deputy_is_the_advisors_event_cancelled_and_a_new_one_from_the_deputy(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    """Calendar programs do not reliably take a new ORGANIZER on an event they hold (Outlook may keep
    the old one beside it), so the handover is a CANCEL of the advisor's event and a new event, with a
    new UID, from the deputy; all three parsers read the pair so."""
    randers = _randers(ctx)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    gp = GpGuest("Karen Lund", "karen.lund@laege.example")
    booked = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, gp)
    assert booked.slot_id is not None

    absences.add_absence(
        ctx,
        actor_of(randers.advisor),
        randers.advisor.email,
        date(2027, 3, 8),
        date(2027, 3, 12),
        "Kursus",
        {booked.slot_id: Handling.DEPUTY},
    )
    handed = _booking(ctx, booked.id)
    cancel = invites.superseded_cancel_with_facts(ctx, booked.id)
    assert cancel is not None
    after = invites.booking_invite(ctx, booked.id)

    assert handed.state is BookingState.BOOKED and handed.ical_uid != booked.ical_uid
    assert handed.ical_sequence == 0 and handed.superseded is not None
    assert (handed.superseded.uid, handed.superseded.sequence) == (booked.ical_uid, 1)
    for label, data, method, uid, sequence, organizer in (
        ("old", cancel.data, "CANCEL", booked.ical_uid, 1, randers.advisor.email),
        ("new", after, "REQUEST", handed.ical_uid, 0, deputy.email),
    ):
        assert lint(data) == [], label
        for name, parsed in _read(icaljs, data, tmp_path / f"{label}.ics").items():
            assert parsed.method == method, (label, name)
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence, seen.organizer) == (uid, sequence, organizer), (label, name)
            assert seen.status == ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), (label, name)
            assert seen.start == _seconds(booked.starts_at), (label, name)
    for data in (cancel.data, after):
        unfolded = data.replace(b"\r\n ", b"")
        assert f"mailto:{pia.email}".encode() in unfolded and f"mailto:{gp.email}".encode() in unfolded


def test_a_new_video_link_raises_the_sequence_of_booked_sessions_only(
    ctx: Context, clock: FixedClock
) -> None:
    randers = _randers(ctx)
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    early = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id)
    late = bookings.book(ctx, actor_of(jens), _slot_on(ctx, date(2027, 4, 8)).id)
    new_link = "https://video.bua.example/730-ny"

    changed = series.edit_series(
        ctx, ADMIN, randers.series_id, date(2027, 4, 1), SeriesChanges(video_url=new_link)
    )

    kept, moved_on = _booking(ctx, early.id), _booking(ctx, late.id)
    assert (kept.ical_sequence, moved_on.ical_sequence) == (0, 1)
    assert new_link.encode() in invites.booking_invite(ctx, late.id)
    assert new_link.encode() not in invites.booking_invite(ctx, early.id)
    # The same link again changes nothing a calendar must see.
    series.edit_series(ctx, ADMIN, changed.series.id, date(2027, 4, 1), SeriesChanges(video_url=new_link))
    assert _booking(ctx, late.id).ical_sequence == 1


def test_a_series_given_to_another_advisor_hands_its_booked_sessions_over_as_a_pair(
    ctx: Context, clock: FixedClock, icaljs: Path, tmp_path: Path
) -> None:
    """From the edit's date the sessions are the new advisor's: a booked one gets the absence's pair
    (CANCEL of the former advisor's event, a new event with a new UID from the new advisor), read so
    by all three parsers; a session before the date keeps its advisor and its event."""
    randers = _randers(ctx)
    new_advisor = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    early = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id)
    late = bookings.book(ctx, actor_of(jens), _slot_on(ctx, date(2027, 4, 8)).id)

    changed = series.edit_series(
        ctx, ADMIN, randers.series_id, date(2027, 4, 1), SeriesChanges(advisor_email=new_advisor.email)
    )

    assert list(changed.invites_changed) == [late.id]
    kept, handed = _booking(ctx, early.id), _booking(ctx, late.id)
    assert (kept.ical_uid, kept.ical_sequence, kept.superseded) == (early.ical_uid, 0, None)
    assert kept.advisor_id == randers.advisor.id and handed.advisor_id == new_advisor.id
    assert handed.ical_uid != late.ical_uid and handed.ical_sequence == 0 and handed.superseded is not None
    open_after = [s for s in slots.list_slots(ctx, municipality_code="730", from_date=date(2027, 4, 1))]
    assert {s.advisor_id for s in open_after} == {new_advisor.id}  # open times too
    cancel = invites.superseded_cancel_with_facts(ctx, late.id)
    assert cancel is not None and invites.superseded_cancel_with_facts(ctx, early.id) is None
    after = invites.booking_invite(ctx, late.id)
    for label, data, method, uid, sequence, organizer in (
        ("old", cancel.data, "CANCEL", late.ical_uid, 1, randers.advisor.email),
        ("new", after, "REQUEST", handed.ical_uid, 0, new_advisor.email),
    ):
        for name, parsed in _read(icaljs, data, tmp_path / f"{label}.ics").items():
            assert parsed.method == method, (label, name)
            (seen,) = parsed.occurrences
            assert (seen.uid, seen.sequence, seen.organizer) == (uid, sequence, organizer), (label, name)
            assert seen.status == ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), (label, name)
            assert seen.start == _seconds(late.starts_at), (label, name)


def _booking(ctx: Context, booking_id: int) -> Booking:
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking_id)
    assert found is not None
    return found


def test_bua_cancelling_raises_the_sequence_and_marking_a_session_held_does_not(
    ctx: Context, clock: FixedClock
) -> None:
    randers = _randers(ctx)
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    clock.day = date(2027, 3, 1)
    first = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id)
    second = bookings.book(ctx, actor_of(jens), _slot_on(ctx, date(2027, 3, 18)).id)

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
    randers = _randers(ctx)
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
    sparring = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, gp)
    (lesson,) = [s for s in _stored(ctx, teaching.series.id) if s.occurrence_date == date(2027, 3, 16)]
    pia_lesson = bookings.book(ctx, actor_of(pia), lesson.id)
    jens_lesson = bookings.book(ctx, actor_of(jens), lesson.id)
    later = bookings.book(ctx, actor_of(jens), _slot_on(ctx, date(2027, 4, 8)).id)  # outside March

    march = (date(2027, 3, 1), date(2027, 3, 31))
    lesson_event = (f"slot-{lesson.id}@bua-booking", _seconds(lesson.starts_at))
    expected = {
        pia.email: [
            (sparring.ical_uid, _seconds(sparring.starts_at)),
            (pia_lesson.ical_uid, lesson_event[1]),
        ],
        randers.advisor.email: [(sparring.ical_uid, _seconds(sparring.starts_at)), lesson_event],
        gp.email: [(sparring.ical_uid, _seconds(sparring.starts_at))],
        jens.email: [(jens_lesson.ical_uid, lesson_event[1])],
    }
    for email, wanted in expected.items():
        data = invites.person_calendar(ctx, email, *march)
        assert b"ATTENDEE" not in data
        for name, parsed in _read(icaljs, data, tmp_path / f"{email}.ics").items():
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
    lesson = _stored(ctx, teaching.series.id)[0]
    clock.day = date(2027, 2, 1)
    for index in range(2):
        member = add_member(ctx, f"m{index}@randers.example")
        bookings.book(ctx, actor_of(member), lesson.id)
    waiting = bookings.join_waitlist(ctx, actor_of(add_member(ctx, "w@randers.example")), lesson.id)
    with pytest.raises(RuleRefused):
        invites.booking_invite(ctx, waiting.id)
    with pytest.raises(NotFound):
        invites.booking_invite(ctx, 999_999)
    with pytest.raises(NotFound):
        invites.series_calendar(ctx, 999_999)


# --- the command line --------------------------------------------------------------------------------


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., int]]:
    """`bua-booking ...`; registers export-ics itself until cli/main.py does."""
    if not hasattr(cli_main, "add_invite_commands"):
        original = add_booking_commands

        def with_invites(sub: object, command: object, group: object) -> None:
            original(sub, command, group)  # type: ignore[arg-type]
            add_invite_commands(sub, command)  # type: ignore[arg-type]

        monkeypatch.setattr("cli.main.add_booking_commands", with_invites)

    def run(*args: str) -> int:
        code = cli_main.main(list(args))
        capsys.readouterr()
        return code

    yield run


def test_export_ics_writes_each_kind_of_file(
    ctx: Context, clock: FixedClock, store_url: str, tmp_path: Path, run_cli: Callable[..., int]
) -> None:
    randers = _randers(ctx)
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id)
    cancelled = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 18)).id)
    bookings.cancel(ctx, actor_of(pia), cancelled.id, CancelReason.PLANNING)
    kinds = {
        "request": (["--booking", str(booking.id)], "REQUEST", 1),
        "cancel": (["--booking", str(cancelled.id)], "CANCEL", 1),
        "series": (["--series", str(randers.series_id)], "PUBLISH", len(_stored(ctx, randers.series_id))),
        "person": (["--person", pia.email, "--from", "2027-03-01", "--to", "2027-03-31"], "PUBLISH", 1),
    }
    for kind, (args, method, count) in kinds.items():
        target = tmp_path / f"{kind}.ics"
        assert run_cli("--database", store_url, "export-ics", *args, "-o", str(target)) == 0, kind
        data = target.read_bytes()
        assert lint(data) == [], kind
        parsed = with_recurring_ical_events(data)
        assert (parsed.method, len(parsed.occurrences)) == (method, count), kind

    missing_dates = ["export-ics", "--person", pia.email, "-o", str(tmp_path / "x.ics")]
    assert run_cli("--database", store_url, *missing_dates) == InvalidInput.exit_code
    nothing = ["export-ics", "--booking", "999999", "-o", str(tmp_path / "y.ics")]
    assert run_cli("--database", store_url, *nothing) == NotFound.exit_code
    assert not (tmp_path / "x.ics").exists() and not (tmp_path / "y.ics").exists()


def test_an_unregistered_gp_gets_their_sessions_by_e_mail(ctx: Context, clock: FixedClock) -> None:
    _randers(ctx)
    pia = add_member(ctx, "pia@randers.example")
    registered_gp = add_person(ctx, ADMIN, NewPerson("gp@laege.example", "Ole Munk", Role.GP))
    clock.day = date(2027, 3, 1)
    gp = GpGuest(registered_gp.name, "GP@laege.example")  # the address as typed at booking
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, gp)
    data = invites.person_calendar(ctx, registered_gp.email, date(2027, 3, 1), date(2027, 3, 31))
    assert booking.ical_uid.encode() in data
