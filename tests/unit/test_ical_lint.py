"""Our VTIMEZONE against zoneinfo for every month of 2020-2040, and the lint catching each fault that the
independent parsers let through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.domain.ical_lint import lint, parse, vtimezone_problems, zone_onsets
from app.domain.ical_timezone import vtimezone
from app.domain.invites import Meeting, Party, booking_invite, series_calendar, to_bytes
from app.domain.model import Series, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from tests.unit.test_invites import MEETING, STAMP, _booking

CPH = ZoneInfo("Europe/Copenhagen")
YEARS = range(2020, 2041)


def _zone() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add_component(vtimezone())
    return calendar


def test_our_vtimezone_is_yearly_rules_that_match_zoneinfo_2020_to_2040() -> None:
    root = parse(_zone().to_ical())
    (zone,) = root.children
    assert vtimezone_problems(zone, "Europe/Copenhagen", YEARS) == []
    parts = [c for c in zone.children]
    assert {p.value("RRULE") for p in parts} == {
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    }
    assert all(p.first("RDATE") is None for p in parts)
    onsets = zone_onsets(parts, YEARS)
    assert len(onsets) == 2 * len(YEARS)
    for onset in onsets:  # each onset is a change of offset in zoneinfo, at 01:00 UTC on a Sunday
        assert onset.at.time() == time(1) and onset.at.weekday() == 6
        before, after = (datetime.fromtimestamp(onset.at.timestamp() + d, UTC) for d in (-1, 0))
        assert before.astimezone(CPH).utcoffset() != after.astimezone(CPH).utcoffset()


def test_a_zone_with_the_wrong_sunday_or_offset_is_caught() -> None:
    good = _zone().to_ical()
    second_sunday = good.replace(b"BYDAY=-1SU;BYMONTH=3", b"BYDAY=2SU;BYMONTH=3")
    (zone,) = parse(second_sunday).children
    assert any("2027-03-15" in p for p in vtimezone_problems(zone, "Europe/Copenhagen", YEARS))
    wrong_offset = good.replace(b"TZOFFSETTO:+0200", b"TZOFFSETTO:+0300")
    (zone,) = parse(wrong_offset).children
    assert vtimezone_problems(zone, "Europe/Copenhagen", YEARS)


def test_the_vtimezone_icalendar_itself_writes_is_refused() -> None:
    """icalendar's own VTIMEZONE is one-off onsets with RDATE, which Outlook cannot read."""
    generated = icalendar.Timezone.from_tzid("Europe/Copenhagen", first_date=date(2026, 1, 1))
    calendar = icalendar.Calendar()
    calendar.add_component(generated)
    (zone,) = parse(calendar.to_ical()).children
    problems = vtimezone_problems(zone, "Europe/Copenhagen", YEARS)
    assert any("RRULE" in p or "RDATE" in p for p in problems), problems


def _invite() -> bytes:
    return to_bytes(booking_invite(_booking(), MEETING, STAMP))


def test_a_clean_invite_passes() -> None:
    assert lint(_invite()) == []


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (lambda d: d.replace(b"\r\n", b"\n"), "bare LF"),
        (lambda d: d.replace(b"SUMMARY:", b"SUMMARY:" + b"x" * 80 + b" "), "octets"),
        (
            lambda d: d.replace(b"DTSTART;TZID=Europe/Copenhagen:", b"DTSTART:"),
            "floating time",
        ),
        (
            lambda d: d.replace(b"TZID=Europe/Copenhagen:2027", b"TZID=Europe/Oslo:2027"),
            "without a VTIMEZONE",
        ),
        (
            lambda d: d.replace(
                b"DTEND;TZID=Europe/Copenhagen:20270401T094500",
                b"DTEND;TZID=Europe/Copenhagen:20270401T085000",
            ),
            "DTEND is not after",
        ),
        (lambda d: d.replace(b"RSVP=TRUE", b"RSVP=FALSE"), "RSVP"),
        (lambda d: d.replace(b"ORGANIZER;", b"X-ORGANIZER;"), "without ORGANIZER"),
        (lambda d: d.replace(b"SEQUENCE:0\r\n", b""), "without SEQUENCE"),
        (lambda d: d.replace(b"METHOD:REQUEST", b"METHOD:CANCEL"), "STATUS:CANCELLED"),
        (lambda d: d.replace(b"METHOD:REQUEST", b"METHOD:PUBLISH"), "PUBLISH with ATTENDEE"),
    ],
)
def test_each_fault_in_an_invite_is_caught(fault: Callable[[bytes], bytes], expected: str) -> None:
    problems = lint(fault(_invite()))
    assert any(expected in p for p in problems), problems


def test_a_cancel_with_an_alarm_is_caught() -> None:
    data = (
        _invite()
        .replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
        .replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED")
    )
    assert any("VALARM" in p for p in lint(data))


def test_series_faults_are_caught() -> None:
    rule = RecurrenceRule(3, time(9), date(2027, 3, 1), ends_on=date(2027, 4, 30))
    series = Series(1, "730", 1, "ulla@bua.example", SessionType.SPARRING, 1, None, rule, date(2028, 1, 4))
    slots = [
        Slot(i, 1, "730", 1, "ulla@bua.example", d, *rule.instants(d), SessionType.SPARRING, 1, 0, None)
        for i, d in enumerate(rule.dates())
        if d != date(2027, 3, 25)
    ]
    meeting = Meeting(SessionType.SPARRING, "Randers", Party("Ulla Bak", "ulla@bua.example"), None)
    data = to_bytes(series_calendar(series, slots, meeting, STAMP))
    assert lint(data) == []
    zoned_until = data.replace(b"UNTIL=20270429T215959Z", b"UNTIL=20270429T235959")
    assert any("UNTIL" in p for p in lint(zoned_until))
    utc_exdate = data.replace(b"EXDATE;TZID=Europe/Copenhagen:20270325T090000", b"EXDATE:20270325T080000Z")
    assert any("EXDATE in TZID None" in p for p in lint(utc_exdate))
    joined = data.replace(b"T090000\r\nDESCRIPTION", b"T090000,20270401T090000\r\nDESCRIPTION")
    assert any("several values" in p for p in lint(joined))
