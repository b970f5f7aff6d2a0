"""Checks on calendar files that the independent parsers do not make (they accept all of these faults):
bare LF line ends, lines over 75 octets, floating times, a zoned or floating UNTIL, EXDATEs in another
zone than DTSTART, DTEND not after DTSTART, the per-METHOD musts of RFC 5546, and a VTIMEZONE that
Outlook cannot read or that disagrees with zoneinfo.

`lint` returns the problems found, one line each; an empty list means the file passed.
"""

from __future__ import annotations

import calendar as month_calendar
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

MAX_OCTETS = 75
TIMED = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class Component:
    name: str
    properties: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def all(self, name: str) -> list[tuple[dict[str, str], str]]:
        return [(params, value) for n, params, value in self.properties if n == name]

    def first(self, name: str) -> tuple[dict[str, str], str] | None:
        found = self.all(name)
        return found[0] if found else None

    def value(self, name: str) -> str:
        found = self.first(name)
        return "" if found is None else found[1]


def lint(data: bytes, years: range = range(2020, 2041)) -> list[str]:
    problems = _line_problems(data)
    try:
        root = parse(data)
    except ValueError as error:
        return [*problems, f"unparsable: {error}"]
    zones = {z.value("TZID"): z for z in root.children if z.name == "VTIMEZONE"}
    method = root.value("METHOD")
    for event in (c for c in root.children if c.name == "VEVENT"):
        problems += _event_problems(event, method, zones)
    for tzid, zone in zones.items():
        problems += vtimezone_problems(zone, tzid, years)
    return problems


def parse(data: bytes) -> Component:
    """The VCALENDAR as a tree of components with raw property values (lines unfolded)."""
    text = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    stack: list[Component] = []
    root: Component | None = None
    for line in text.split("\r\n"):
        if not line:
            continue
        name, params, value = content_line(line)
        if name == "BEGIN":
            component = Component(value.upper())
            if stack:
                stack[-1].children.append(component)
            elif root is None:
                root = component
            else:
                raise ValueError("more than one top-level component")
            stack.append(component)
        elif name == "END":
            if not stack or stack.pop().name != value.upper():
                raise ValueError(f"END:{value} does not close the open component")
        elif not stack:
            raise ValueError(f"{name} outside any component")
        else:
            stack[-1].properties.append((name, params, value))
    if root is None or root.name != "VCALENDAR" or stack:
        raise ValueError("not one complete VCALENDAR")
    return root


def content_line(line: str) -> tuple[str, dict[str, str], str]:
    """NAME;PARAM=value;PARAM="quoted; value":VALUE as (NAME, {PARAM: value}, VALUE)."""
    quoted, cuts = False, []
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ";:":
            cuts.append(index)
            if char == ":":
                break
    if not cuts or line[cuts[-1]] != ":":
        raise ValueError(f"no value in {line[:40]!r}")
    pieces = [line[a + 1 : b] for a, b in zip([-1, *cuts[:-1]], cuts, strict=True)]
    params = {}
    for piece in pieces[1:]:
        key, _, raw = piece.partition("=")
        params[key.upper()] = raw[1:-1] if raw.startswith('"') else raw
    return pieces[0].upper(), params, line[cuts[-1] + 1 :]


def _line_problems(data: bytes) -> list[str]:
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR (lines must end with CRLF)")
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets (at most {MAX_OCTETS})")
    return problems


def _event_problems(event: Component, method: str, zones: dict[str, Component]) -> list[str]:
    uid = event.value("UID") or "?"
    problems = [f"{uid}: {p}" for p in _method_problems(event, method)]
    start = event.first("DTSTART")
    for name in TIMED:
        for params, value in event.all(name):
            if name in ("EXDATE", "RDATE") and "," in value:
                problems.append(f"{uid}: {name} holds several values (one line per date)")
            if "T" not in value:
                continue  # a date (all-day) is never floating
            tzid = params.get("TZID")
            if tzid is None and not value.endswith("Z"):
                problems.append(f"{uid}: {name}:{value} is a floating time")
            if tzid is not None and tzid not in zones:
                problems.append(f"{uid}: {name} names TZID {tzid} without a VTIMEZONE")
            if name == "EXDATE" and start is not None and tzid != start[0].get("TZID"):
                problems.append(f"{uid}: EXDATE in TZID {tzid}, DTSTART in {start[0].get('TZID')}")
    for _, rule in event.all("RRULE"):
        until = dict(part.split("=", 1) for part in rule.split(";")).get("UNTIL")
        if until is not None and not until.endswith("Z"):
            problems.append(f"{uid}: RRULE UNTIL={until} is not in UTC")
    end = event.first("DTEND")
    if start is not None and end is not None and _instant(*end) <= _instant(*start):
        problems.append(f"{uid}: DTEND is not after DTSTART")
    return problems


def _method_problems(event: Component, method: str) -> Iterable[str]:
    """The musts and must-nots of RFC 5546 that clients act on."""
    for required in ("UID", "DTSTAMP", "DTSTART"):
        if event.first(required) is None:
            yield f"no {required}"
    attendees = event.all("ATTENDEE")
    alarms = [c for c in event.children if c.name == "VALARM"]
    if method in ("REQUEST", "CANCEL", "PUBLISH") and event.first("ORGANIZER") is None:
        yield f"METHOD:{method} without ORGANIZER"
    if method in ("REQUEST", "CANCEL") and event.first("SEQUENCE") is None:
        yield f"METHOD:{method} without SEQUENCE"
    if method == "REQUEST" and not attendees:
        yield "METHOD:REQUEST without ATTENDEE"
    if method == "REQUEST" and any(p.get("RSVP") != "TRUE" for p, _ in attendees):
        yield "METHOD:REQUEST with an ATTENDEE not asked to reply (RSVP=TRUE)"
    if method == "CANCEL" and event.value("STATUS") != "CANCELLED":
        yield "METHOD:CANCEL without STATUS:CANCELLED"
    if method == "CANCEL" and alarms:
        yield "METHOD:CANCEL with a VALARM"
    if method == "PUBLISH" and attendees:
        yield "METHOD:PUBLISH with ATTENDEE"


def _instant(params: dict[str, str], value: str) -> datetime:
    if "T" not in value:
        return datetime.combine(
            date(int(value[:4]), int(value[4:6]), int(value[6:8])), datetime.min.time(), UTC
        )
    moment = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    zone = UTC if value.endswith("Z") else ZoneInfo(params.get("TZID", "UTC"))
    return moment.replace(tzinfo=zone)


# --- VTIMEZONE ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Onset:
    at: datetime  # UTC
    offset: timedelta  # in force from `at`


def vtimezone_problems(zone: Component, tzid: str, years: range) -> list[str]:
    """The zone must be written as yearly RRULE onsets (no RDATE), and give zoneinfo's offset for
    `tzid` on the 15th of every month of `years` and on both sides of every change of offset."""
    parts = [c for c in zone.children if c.name in ("STANDARD", "DAYLIGHT")]
    problems = _vtimezone_shape_problems(parts, tzid)
    if problems:
        return problems
    try:
        onsets = zone_onsets(parts, range(years.start - 1, years.stop + 1))
    except ValueError as error:
        return [f"VTIMEZONE {tzid}: {error}"]
    reference = ZoneInfo(tzid)
    instants = [o.at for o in onsets]

    def ours(moment: datetime) -> timedelta | None:
        index = bisect_right(instants, moment) - 1
        return onsets[index].offset if index >= 0 else None

    def theirs(moment: datetime) -> timedelta | None:
        return moment.astimezone(reference).utcoffset()

    return [
        f"VTIMEZONE {tzid} gives {ours(moment)} at {moment:%Y-%m-%d %H:%M:%S}Z, zoneinfo {theirs(moment)}"
        for moment in _moments_to_check(years, onsets, theirs)
        if ours(moment) != theirs(moment)
    ]


def _vtimezone_shape_problems(parts: Sequence[Component], tzid: str) -> list[str]:
    """STANDARD and DAYLIGHT parts written as yearly RRULEs, as Outlook needs them."""
    if not parts:
        return [f"VTIMEZONE {tzid} has no STANDARD or DAYLIGHT part"]
    problems = []
    for part in parts:
        if part.first("RRULE") is None:
            problems.append(f"VTIMEZONE {tzid} {part.name} has no RRULE (Outlook needs yearly rules)")
        if part.first("RDATE") is not None:
            problems.append(f"VTIMEZONE {tzid} {part.name} uses RDATE, which Outlook ignores")
    return problems


def _moments_to_check(
    years: range, onsets: Sequence[Onset], theirs: Callable[[datetime], timedelta | None]
) -> list[datetime]:
    """The 15th of every month of `years`, and both sides of every change of offset: zoneinfo's and
    the zone's own onsets, in order."""
    checks: list[datetime] = []
    for year in years:
        for month in range(1, 13):
            checks.append(datetime(year, month, 15, 12, tzinfo=UTC))
            first = datetime(year, month, 1, tzinfo=UTC)
            last = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
            if theirs(first) != theirs(last):
                change = _change_between(first, last, theirs)
                checks += [change - timedelta(seconds=1), change]
    checks += [m for o in onsets if o.at.year in years for m in (o.at - timedelta(seconds=1), o.at)]
    return sorted(set(checks))


def zone_onsets(parts: Sequence[Component], years: range) -> list[Onset]:
    """Every onset of the parts' yearly rules in `years`, as UTC instants, in order."""
    onsets = []
    for part in parts:
        start = datetime.strptime(part.value("DTSTART"), "%Y%m%dT%H%M%S")
        offset_from = _offset(part.value("TZOFFSETFROM"))
        offset_to = _offset(part.value("TZOFFSETTO"))
        rule = dict(p.split("=", 1) for p in part.value("RRULE").split(";"))
        if rule.get("FREQ") != "YEARLY" or set(rule) - {"FREQ", "BYMONTH", "BYDAY", "UNTIL"}:
            raise ValueError(f"unsupported rule {rule}")
        month, byday = int(rule["BYMONTH"]), rule["BYDAY"]
        nth, weekday = int(byday[:-2] or "1"), WEEKDAYS.index(byday[-2:])
        until = datetime.strptime(rule["UNTIL"].rstrip("Z"), "%Y%m%dT%H%M%S") if "UNTIL" in rule else None
        for year in years:
            if year < start.year:
                continue
            local = datetime.combine(_nth_weekday(year, month, weekday, nth), start.time())
            if until is not None and local - offset_from > until:
                continue
            onsets.append(Onset((local - offset_from).replace(tzinfo=UTC), offset_to))
    return sorted(onsets, key=lambda o: o.at)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [d for d in range(1, month_calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if date(year, month, d).weekday() == weekday]
    return date(year, month, matching[nth - 1 if nth > 0 else nth])


def _offset(text: str) -> timedelta:
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]), seconds=int(digits[4:6] or 0))


def _change_between(
    first: datetime, last: datetime, offset_at: Callable[[datetime], timedelta | None]
) -> datetime:
    """The first second in [first, last) at which zoneinfo's offset differs from that at `first`."""
    before = offset_at(first)
    low, high = first, last
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if offset_at(middle) == before:
            low = middle
        else:
            high = middle
    return high
