"""The VTIMEZONE for Europe/Copenhagen, written as the yearly EU rule that Outlook reads.

Outlook builds a zone only from TZID, DTSTART, RRULE, TZOFFSETFROM and TZOFFSETTO and ignores RDATE,
so the one-off onsets that `icalendar` generates place summer events an hour wrong there. These two
rules say what the EU rule says (since 1996): summer time from the last Sunday of March 01:00 UTC
(02:00 local), standard time from the last Sunday of October 01:00 UTC (03:00 local).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vDDDTypes, vRecur, vText, vUTCOffset

from app.domain.time import TIMEZONE


@dataclass(frozen=True)
class Onset:
    """One yearly change of offset: from the local wall-clock time `start` on the rule's Sunday."""

    name: str  # TZNAME
    start: datetime  # the first onset, local time before the change (DTSTART)
    month: int
    offset_from: timedelta
    offset_to: timedelta
    daylight: bool


CET, CEST = timedelta(hours=1), timedelta(hours=2)
# 1970-03-29 and 1970-10-25 are the last Sundays of their months, as the tz databases' VTIMEZONEs use.
EU_RULES: dict[str, tuple[Onset, ...]] = {
    TIMEZONE: (
        Onset("CEST", datetime(1970, 3, 29, 2), 3, CET, CEST, daylight=True),
        Onset("CET", datetime(1970, 10, 25, 3), 10, CEST, CET, daylight=False),
    )
}


@functools.cache
def vtimezone(tzid: str = TIMEZONE) -> Timezone:
    """The zone's VTIMEZONE, built once: callers add it to calendars and never change it."""
    try:
        onsets = EU_RULES[tzid]
    except KeyError:
        raise ValueError(f"no yearly VTIMEZONE rules for {tzid}") from None
    zone = Timezone()
    zone["TZID"] = vText(tzid)
    zone["X-LIC-LOCATION"] = vText(tzid)
    for onset in onsets:
        part = TimezoneDaylight() if onset.daylight else TimezoneStandard()
        part["TZNAME"] = vText(onset.name)
        part["TZOFFSETFROM"] = vUTCOffset(onset.offset_from)
        part["TZOFFSETTO"] = vUTCOffset(onset.offset_to)
        part["DTSTART"] = vDDDTypes(onset.start)  # local, without TZID, as RFC 5545 wants here
        part["RRULE"] = vRecur(FREQ="YEARLY", BYMONTH=onset.month, BYDAY="-1SU")
        zone.add_component(part)
    return zone
