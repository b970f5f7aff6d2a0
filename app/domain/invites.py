"""Calendar files for BUA's sessions: the invite per booking, the series overview and "my sessions".

Pure: read models in, `icalendar` components out, `to_bytes` serialises. What clients need to honour a
file (see shared/interop/calendar-invites.md):
- an invite is METHOD:REQUEST with the booking's stored UID and SEQUENCE; its cancellation is
  METHOD:CANCEL with the same UID, the raised SEQUENCE, STATUS:CANCELLED and no alarm;
- overviews are METHOD:PUBLISH: an ORGANIZER and no ATTENDEE;
- every time carries TZID=Europe/Copenhagen (UNTIL is UTC) and the file has the yearly-rule VTIMEZONE.
Nothing from the case ever goes into a file: titles and descriptions name the session type, the
municipality, the advisor and the video link; the only people named are the invited ones.

Property values are built once per distinct value and shared between the components returned: callers
serialise the calendars and never edit them.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import (
    Alarm,
    Calendar,
    Event,
    vCalAddress,
    vDDDLists,
    vDDDTypes,
    vDuration,
    vInt,
    vRecur,
    vText,
    vUri,
)

from app.domain.booking import Booking, BookingState
from app.domain.ical_timezone import vtimezone
from app.domain.model import Series, Slot
from app.domain.recurrence import DEFAULT_DURATION_MINUTES, WEEKDAY_CODES, SessionType
from app.domain.time import TIMEZONE, ZONE
from app.errors import RuleRefused

PRODID = "-//Region Midtjylland//BUA Booking//DA"
UID_DOMAIN = "bua-booking"
REMINDER_BEFORE = timedelta(minutes=15)
SESSION_TITLES = {
    SessionType.SPARRING: "BUA-sparring",
    SessionType.SUPERVISION: "BUA-supervision",
    SessionType.TEACHING: "BUA-undervisning",
}
CANCELLED_STATES = frozenset({BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA})


class Method(enum.StrEnum):
    REQUEST = "REQUEST"  # an invite or an update, mailed to the participants
    CANCEL = "CANCEL"  # the cancellation, mailed to the participants
    PUBLISH = "PUBLISH"  # a file to add to one's own calendar


@dataclass(frozen=True)
class Party:
    name: str
    email: str


@dataclass(frozen=True)
class Meeting:
    """What a file says about a session besides its time."""

    session_type: SessionType
    municipality_name: str
    advisor: Party
    video_url: str | None

    @property
    def title(self) -> str:
        return f"{SESSION_TITLES[self.session_type]} - {self.municipality_name} Kommune"


@dataclass(frozen=True)
class Session:
    """One meeting in a person's own calendar."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    meeting: Meeting


def invite_method(booking: Booking) -> Method:
    if booking.state is BookingState.WAITLISTED:
        raise RuleRefused("Bookingen står på venteliste: der er ingen invitation endnu.")
    return Method.CANCEL if booking.state in CANCELLED_STATES else Method.REQUEST


def booking_invite(booking: Booking, meeting: Meeting, stamp: datetime) -> Calendar:
    """The booking's invite (REQUEST) while it stands; its cancellation (CANCEL) once cancelled.

    The advisor organises; the booker and the invited GP attend. Each booking has its own file, so
    participants of one teaching session never see each other.
    """
    method = invite_method(booking)
    cancel = method is Method.CANCEL
    ends_at = booking.ends_at or booking.starts_at + timedelta(minutes=DEFAULT_DURATION_MINUTES)
    event = _event(
        booking.ical_uid, booking.ical_sequence, stamp, booking.starts_at, ends_at, meeting, cancel
    )
    attendees = [_attendee(booking.person_name, booking.person_email, "REQ-PARTICIPANT", cancel)]
    if booking.gp is not None:  # a guest: the meeting does not depend on the GP
        attendees.append(_attendee(booking.gp.name, booking.gp.email, "OPT-PARTICIPANT", cancel))
    event["ATTENDEE"] = attendees
    if not cancel:
        event.add_component(_alarm(meeting.title))
    return _calendar(method, [event])


def superseded_cancel(booking: Booking, meeting: Meeting, stamp: datetime) -> Calendar:
    """The cancellation of the event a session handed to the deputy replaced: its own UID, SEQUENCE and
    organizer (`meeting` names the advisor who organised it), sent before the deputy's new event."""
    old = booking.superseded
    if old is None:
        raise RuleRefused("Bookingen har ingen tidligere kalenderbegivenhed at aflyse.")
    gone = replace(booking, ical_uid=old.uid, ical_sequence=old.sequence, state=BookingState.CANCELLED_BY_BUA)
    return booking_invite(gone, meeting, stamp)


def series_calendar(series: Series, slots: Sequence[Slot], meeting: Meeting, stamp: datetime) -> Calendar:
    """The series as one recurring event for the advisor (PUBLISH), exactly as the store holds it.

    The rule runs as far as slots are materialised. A rule date without a slot (holiday, closure day,
    cancelled occurrence) is an EXDATE; a slot away from its rule time (a moved occurrence) is an
    override with RECURRENCE-ID; a slot the rule no longer yields (kept because it is booked) is an
    event of its own.
    """
    rule = series.rule
    uid = f"series-{series.id}@{UID_DOMAIN}"
    by_date = {s.occurrence_date: s for s in slots}
    dates = list(rule.dates(until=series.materialised_until))
    events: list[Event] = []
    if dates:
        zone, duration = ZoneInfo(rule.timezone), rule.duration
        first = datetime.combine(dates[0], rule.start_time, zone)  # wall-clock, as the slots are made
        master = _event(uid, 0, stamp, first, first + duration, meeting)
        master["RRULE"] = _rrule(series, dates)
        overrides, exdates = [], []
        for day in dates:
            start = datetime.combine(day, rule.start_time, zone)
            slot = by_date.pop(day, None)
            if slot is None:
                exdates.append(vDDDLists([start]))  # one line each, in DTSTART's TZID
            elif slot.starts_at != start or slot.ends_at != start + duration:  # compared as instants
                override = _event(uid, 0, stamp, slot.starts_at, slot.ends_at, meeting)
                override["RECURRENCE-ID"] = _local(start)
                overrides.append(override)
        if exdates:
            master["EXDATE"] = exdates
        events += [master, *overrides]
    for slot in by_date.values():
        events.append(_event(f"slot-{slot.id}@{UID_DOMAIN}", 0, stamp, slot.starts_at, slot.ends_at, meeting))
    weekday = WEEKDAY_CODES[rule.weekday]
    name = f"{meeting.title} ({weekday} {rule.start_time:%H.%M})"
    return _calendar(Method.PUBLISH, events, name)


def sessions_calendar(sessions: Iterable[Session], stamp: datetime, name: str) -> Calendar:
    """A person's meetings as one file to add to their calendar (PUBLISH), each with a reminder.

    A booking keeps its invite's UID and SEQUENCE here, so the file updates the invited event
    instead of doubling it.
    """
    events = []
    for session in sessions:
        event = _event(
            session.uid, session.sequence, stamp, session.starts_at, session.ends_at, session.meeting
        )
        event.add_component(_alarm(session.meeting.title))
        events.append(event)
    return _calendar(Method.PUBLISH, events, name)


def to_bytes(calendar: Calendar) -> bytes:
    """The file's bytes: UTF-8, CRLF line ends, lines folded at 75 octets."""
    data: bytes = calendar.to_ical()
    return data


def clear_caches() -> None:
    """Forget the property values built so far (for measurements that must start cold)."""
    for cached in (_local, _text, _int, _uri, _address, _attendee, _description, _alarm):
        cached.cache_clear()


def _calendar(method: Method, events: Sequence[Event], name: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar["PRODID"] = _text(PRODID)
    calendar["VERSION"] = _text("2.0")
    calendar["CALSCALE"] = _text("GREGORIAN")
    calendar["METHOD"] = _text(method.value)
    if name is not None:
        calendar["X-WR-CALNAME"] = _text(name)
    if events:
        calendar.add_component(vtimezone(TIMEZONE))
    for event in events:
        calendar.add_component(event)
    return calendar


def _event(
    uid: str,
    sequence: int,
    stamp: datetime,
    starts_at: datetime,
    ends_at: datetime,
    meeting: Meeting,
    cancelled: bool = False,
) -> Event:
    event = Event()
    event["UID"] = _text(uid)
    event["SEQUENCE"] = _int(sequence)
    event["DTSTAMP"] = _utc(stamp)
    event["DTSTART"] = _local(starts_at)
    event["DTEND"] = _local(ends_at)
    event["SUMMARY"] = _text(meeting.title)
    event["DESCRIPTION"] = _description(meeting)
    if meeting.video_url:
        event["LOCATION"] = _text(meeting.video_url)
        event["URL"] = _uri(meeting.video_url)
    event["ORGANIZER"] = _address(meeting.advisor.name, meeting.advisor.email)
    event["STATUS"] = _text("CANCELLED" if cancelled else "CONFIRMED")
    event["TRANSP"] = _text("TRANSPARENT" if cancelled else "OPAQUE")
    return event


def _rrule(series: Series, dates: Sequence[date]) -> vRecur:
    """FREQ=WEEKLY up to the last date held: COUNT when that is the rule's own end, else UNTIL in UTC."""
    rule = series.rule
    parts: dict[str, object] = {"FREQ": "WEEKLY"}
    if rule.count is not None and len(dates) == rule.count:
        parts["COUNT"] = rule.count
    else:  # the end of the last date's local day, as UTC: clients read a zoned UNTIL as floating
        parts["UNTIL"] = datetime.combine(dates[-1], time(23, 59, 59), ZONE).astimezone(UTC)
    parts["INTERVAL"] = rule.every_weeks
    parts["BYDAY"] = WEEKDAY_CODES[rule.weekday][:2].upper()
    parts["WKST"] = "MO"
    return vRecur(parts)


@functools.lru_cache(maxsize=8192)
def _local(instant: datetime) -> vDDDTypes:
    return vDDDTypes(instant.astimezone(ZONE))  # writes TZID=Europe/Copenhagen


def _utc(instant: datetime) -> vDDDTypes:
    return vDDDTypes(instant.astimezone(UTC))


@functools.lru_cache(maxsize=4096)
def _text(value: str) -> vText:
    return vText(value)


@functools.lru_cache(maxsize=256)
def _int(value: int) -> vInt:
    return vInt(value)


@functools.lru_cache(maxsize=1024)
def _uri(url: str) -> vUri:
    return vUri(url)


@functools.lru_cache(maxsize=4096)
def _address(name: str, email: str) -> vCalAddress:
    return vCalAddress(f"mailto:{email}", params={"CN": _param(name)})


@functools.lru_cache(maxsize=4096)
def _attendee(name: str, email: str, role: str, cancel: bool) -> vCalAddress:
    params = {"CN": _param(name), "CUTYPE": "INDIVIDUAL", "ROLE": role}
    if not cancel:
        params |= {"PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}
    return vCalAddress(f"mailto:{email}", params=params)


@functools.lru_cache(maxsize=1024)
def _description(meeting: Meeting) -> vText:
    lines = [f"{SESSION_TITLES[meeting.session_type]} med {meeting.advisor.name}, BUA."]
    if meeting.video_url:
        lines.append(f"Videomøde: {meeting.video_url}")
    else:
        lines.append("Linket til videomødet sendes af BUA-rådgiveren.")
    return vText("\n".join(lines))


@functools.lru_cache(maxsize=1024)
def _alarm(title: str) -> Alarm:
    alarm = Alarm()
    alarm["ACTION"] = _text("DISPLAY")
    alarm["DESCRIPTION"] = _text(title)
    alarm["TRIGGER"] = vDuration(-REMINDER_BEFORE)
    return alarm


def _param(text: str) -> str:
    """A parameter value (CN) may hold neither a double quote nor a line break."""
    return " ".join(text.replace('"', "'").split())
