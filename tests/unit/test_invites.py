"""The calendar files built from read models, without a store: what each METHOD must and must not hold,
the neutral wording, and a series file that says exactly what the slots say (recurring-ical-events)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.booking import Booking, BookingState, GpGuest
from app.domain.ical_lint import lint, parse
from app.domain.invites import (
    Meeting,
    Party,
    Session,
    booking_invite,
    series_calendar,
    sessions_calendar,
    to_bytes,
)
from app.domain.model import Series, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import RuleRefused
from tests.ical_parsers import with_recurring_ical_events

STAMP = datetime(2027, 1, 4, 11, tzinfo=UTC)
VIDEO = "https://video.bua.example/randers-sparring"
ULLA = Party("Ulla Bak", "ulla@bua.example")
MEETING = Meeting(SessionType.SPARRING, "Randers", ULLA, VIDEO)
CASE_TEXT = "Emil 12 år, Vestervangsskolen, 010203-1234"  # must never reach a file


def _booking(**changes: object) -> Booking:
    booking = Booking(
        id=7,
        slot_id=3,
        starts_at=datetime(2027, 4, 1, 7, tzinfo=UTC),  # 09:00 summer time
        ends_at=datetime(2027, 4, 1, 7, 45, tzinfo=UTC),
        person_id=2,
        person_email="pia@randers.example",
        person_name="Pia Holm",
        municipality_code="730",
        slot_municipality_code="730",
        advisor_id=1,
        advisor_email=ULLA.email,
        session_type=SessionType.SPARRING,
        state=BookingState.BOOKED,
        gp=None,
        cancel_reason=None,
        created_at=STAMP,
        version=1,
        ical_uid="0b6e5f8e-4f1c-4c59-9a57-2f4f3b0c1d2e@bua-booking",
        ical_sequence=0,
    )
    return replace(booking, **changes)  # type: ignore[arg-type]


def _event(data: bytes) -> Any:
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_an_invite_is_a_request_from_the_advisor_to_the_booker_and_the_gp() -> None:
    gp = GpGuest("Karen Lund", "karen.lund@laege.example", "Lægehuset Nord")
    data = to_bytes(booking_invite(_booking(gp=gp), MEETING, STAMP))

    assert lint(data) == []
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["METHOD"] == "REQUEST"
    event = _event(data)
    assert event["UID"] == "0b6e5f8e-4f1c-4c59-9a57-2f4f3b0c1d2e@bua-booking"
    assert event["SEQUENCE"] == 0
    assert event["SUMMARY"] == "BUA-sparring - Randers Kommune"
    assert event["LOCATION"] == VIDEO and event["URL"] == VIDEO and VIDEO in event["DESCRIPTION"]
    assert event["ORGANIZER"] == "mailto:ulla@bua.example" and event["ORGANIZER"].params["CN"] == "Ulla Bak"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert attendees["mailto:pia@randers.example"]["ROLE"] == "REQ-PARTICIPANT"
    assert attendees["mailto:karen.lund@laege.example"]["ROLE"] == "OPT-PARTICIPANT"
    assert all(p["RSVP"] == "TRUE" for p in attendees.values())
    assert event["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert b"DTSTART;TZID=Europe/Copenhagen:20270401T090000\r\n" in data
    assert b"DTEND;TZID=Europe/Copenhagen:20270401T094500\r\n" in data
    assert b"DTSTAMP:20270104T110000Z\r\n" in data
    assert [a["ACTION"] for a in event.walk("VALARM")] == ["DISPLAY"]
    assert "Lægehuset Nord".encode() not in data  # the clinic is not needed to join a video meeting


@pytest.mark.parametrize(
    ("session_type", "title"),
    [
        (SessionType.SPARRING, "BUA-sparring - Aarhus Kommune"),
        (SessionType.SUPERVISION, "BUA-supervision - Aarhus Kommune"),
        (SessionType.TEACHING, "BUA-undervisning - Aarhus Kommune"),
    ],
)
def test_titles_name_only_the_session_type_and_municipality(session_type: SessionType, title: str) -> None:
    meeting = Meeting(session_type, "Aarhus", ULLA, None)
    event = _event(to_bytes(booking_invite(_booking(session_type=session_type), meeting, STAMP)))
    assert event["SUMMARY"] == title
    assert "LOCATION" not in event and "URL" not in event


@pytest.mark.parametrize("state", [BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA])
def test_a_cancellation_keeps_the_uid_raises_the_sequence_and_carries_no_alarm(state: BookingState) -> None:
    cancelled = _booking(state=state, ical_sequence=1, cancel_reason=CASE_TEXT)
    data = to_bytes(booking_invite(cancelled, MEETING, STAMP))

    assert lint(data) == []
    assert icalendar.Calendar.from_ical(data)["METHOD"] == "CANCEL"
    event = _event(data)
    assert event["UID"] == _booking().ical_uid
    assert event["SEQUENCE"] == 1
    assert event["STATUS"] == "CANCELLED"
    assert list(event.walk("VALARM")) == []
    assert b"VALARM" not in data
    assert CASE_TEXT.encode() not in data and b"010203" not in data


def test_a_waitlist_place_has_no_invite() -> None:
    with pytest.raises(RuleRefused):
        booking_invite(_booking(state=BookingState.WAITLISTED), MEETING, STAMP)


def test_names_that_would_break_a_parameter_are_made_safe() -> None:
    booking = _booking(person_name='Pia "P" Holm;\nteam: Nord')
    data = to_bytes(booking_invite(booking, MEETING, STAMP))
    assert lint(data) == []
    assert str(_event(data)["ATTENDEE"].params["CN"]) == "Pia 'P' Holm; team: Nord"


# --- series ------------------------------------------------------------------------------------------

RULE = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), ends_on=date(2027, 11, 30))


def _series(rule: RecurrenceRule = RULE, materialised_until: date = date(2028, 1, 4)) -> Series:
    return Series(1, "730", 1, ULLA.email, SessionType.SPARRING, 1, VIDEO, rule, materialised_until)


def _slots(series: Series, skip: set[date], moves: dict[date, datetime]) -> list[Slot]:
    slots = []
    for index, day in enumerate(series.rule.dates(until=series.materialised_until)):
        if day in skip:
            continue
        starts, ends = series.rule.instants(day)
        if day in moves:
            starts, ends = moves[day], moves[day] + (ends - starts)
        slots.append(
            Slot(
                index + 1,
                series.id,
                "730",
                1,
                ULLA.email,
                day,
                starts,
                ends,
                SessionType.SPARRING,
                1,
                0,
                VIDEO,
            )
        )
    return slots


def _instants(slots: list[Slot]) -> list[tuple[int, int]]:
    return sorted((int(s.starts_at.timestamp()), int(s.ends_at.timestamp())) for s in slots)


def test_a_series_is_one_rule_with_an_exdate_per_skipped_date_and_an_override_per_move() -> None:
    series = _series()
    moved_to = datetime(2027, 11, 1, 12, tzinfo=UTC)  # 21 October 09:00 CEST to 1 November 13:00 CET
    slots = _slots(series, {date(2027, 3, 25), date(2027, 5, 6)}, {date(2027, 10, 21): moved_to})
    data = to_bytes(series_calendar(series, slots, MEETING, STAMP))

    assert lint(data) == []
    lines = data.decode().split("\r\n")
    assert "RRULE:FREQ=WEEKLY;UNTIL=20271125T225959Z;INTERVAL=1;BYDAY=TH;WKST=MO" in lines
    assert [line for line in lines if line.startswith("EXDATE")] == [
        "EXDATE;TZID=Europe/Copenhagen:20270325T090000",
        "EXDATE;TZID=Europe/Copenhagen:20270506T090000",
    ]
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:20271021T090000" in lines
    assert "DTSTART;TZID=Europe/Copenhagen:20271101T130000" in lines
    assert "METHOD:PUBLISH" in lines and not any(line.startswith("ATTENDEE") for line in lines)
    parsed = with_recurring_ical_events(data)
    assert [(o.start, o.end) for o in parsed.occurrences] == _instants(slots)


def test_a_series_with_a_count_keeps_its_count_when_every_occurrence_is_held() -> None:
    series = _series(replace(RULE, ends_on=None, count=10, every_weeks=2))
    data = to_bytes(series_calendar(series, _slots(series, set(), {}), MEETING, STAMP))
    assert b"RRULE:FREQ=WEEKLY;COUNT=10;INTERVAL=2;BYDAY=TH;WKST=MO\r\n" in data
    assert lint(data) == []


def test_a_series_runs_only_as_far_as_its_slots_are_materialised() -> None:
    series = _series(replace(RULE, ends_on=None, count=200), materialised_until=date(2027, 6, 30))
    slots = _slots(series, set(), {})
    data = to_bytes(series_calendar(series, slots, MEETING, STAMP))
    assert b"UNTIL=20270624T215959Z" in data and b"COUNT" not in data
    assert [(o.start, o.end) for o in with_recurring_ical_events(data).occurrences] == _instants(slots)


def test_a_booked_slot_the_rule_no_longer_yields_is_an_event_of_its_own() -> None:
    series = _series(replace(RULE, ends_on=date(2027, 3, 31)))
    starts = datetime(2027, 4, 8, 7, tzinfo=UTC)
    ends = starts + timedelta(minutes=45)
    kept = Slot(
        99, 1, "730", 1, ULLA.email, date(2027, 4, 8), starts, ends, SessionType.SPARRING, 1, 1, VIDEO
    )
    slots = [*_slots(series, set(), {}), kept]
    data = to_bytes(series_calendar(series, slots, MEETING, STAMP))
    assert b"UID:slot-99@bua-booking\r\n" in data
    assert [(o.start, o.end) for o in with_recurring_ical_events(data).occurrences] == _instants(slots)


@settings(max_examples=40, deadline=None)
@given(
    weekday=st.integers(0, 4),
    start=st.sampled_from([time(8), time(9, 30), time(13), time(15, 15)]),
    starts_on=st.dates(date(2027, 1, 1), date(2028, 12, 31)),
    every_weeks=st.integers(1, 4),
    count=st.one_of(st.none(), st.integers(1, 40)),
    data=st.data(),
)
def test_any_series_file_says_exactly_what_its_slots_say(
    weekday: int,
    start: time,
    starts_on: date,
    every_weeks: int,
    count: int | None,
    data: st.DataObject,
) -> None:
    ends_on = None if count else starts_on + timedelta(days=data.draw(st.integers(0, 500)))
    rule = RecurrenceRule(weekday, start, starts_on, every_weeks, ends_on, count)
    series = _series(rule, materialised_until=starts_on + timedelta(days=data.draw(st.integers(0, 400))))
    days = list(rule.dates(until=series.materialised_until))
    skip = set(data.draw(st.lists(st.sampled_from(days), max_size=5))) if days else set()
    movable = [d for d in days if d not in skip]
    moved = data.draw(st.lists(st.sampled_from(movable), max_size=3, unique=True)) if movable else []
    shift = timedelta(hours=data.draw(st.integers(-3, 3)), days=data.draw(st.integers(0, 3)))
    slots = _slots(series, skip, {d: series.rule.instants(d)[0] + shift for d in moved})
    file = to_bytes(series_calendar(series, slots, MEETING, STAMP))
    assert lint(file, years=range(starts_on.year, starts_on.year + 1)) == []
    assert [(o.start, o.end) for o in with_recurring_ical_events(file).occurrences] == _instants(slots)


# --- a person's sessions --------------------------------------------------------------------------------


def test_my_sessions_are_published_without_attendees_and_with_reminders() -> None:
    march, april = datetime(2027, 3, 4, 8, tzinfo=UTC), datetime(2027, 4, 1, 7, tzinfo=UTC)
    sessions = [
        Session("a@bua-booking", 2, march, march + timedelta(minutes=45), MEETING),
        Session("b@bua-booking", 0, april, april + timedelta(minutes=45), MEETING),
    ]
    data = to_bytes(sessions_calendar(sessions, STAMP, "BUA-møder for Pia Holm"))
    assert lint(data) == []
    root = parse(data)
    assert root.value("METHOD") == "PUBLISH"
    events = [c for c in root.children if c.name == "VEVENT"]
    assert [e.value("UID") for e in events] == ["a@bua-booking", "b@bua-booking"]
    assert [e.value("SEQUENCE") for e in events] == ["2", "0"]
    assert all(e.first("ATTENDEE") is None and e.first("ORGANIZER") is not None for e in events)
    assert all([c.name for c in e.children] == ["VALARM"] for e in events)


def test_an_empty_period_is_a_valid_empty_calendar() -> None:
    data = to_bytes(sessions_calendar([], STAMP, "BUA-møder"))
    assert lint(data) == []
    assert b"VEVENT" not in data and b"VTIMEZONE" not in data
