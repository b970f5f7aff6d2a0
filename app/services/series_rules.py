"""The pure part of changing a series: what an edit makes of its rule, and the checks of capacity
and video link. No unit of work, so the series editor can preview an edit with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from app.domain import limits
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, RuleRefused

DEFAULT_TEACHING_CAPACITY = 12


@dataclass(frozen=True)
class SeriesChanges:
    """What `edit_series` changes from a date on; None keeps the current value."""

    weekday: int | None = None
    start_time: time | None = None
    every_weeks: int | None = None
    ends_on: date | None = None
    count: int | None = None
    duration_minutes: int | None = None
    capacity: int | None = None
    video_url: str | None = None
    advisor_email: str | None = None


def edited_rule(rule: RecurrenceRule, from_date: date, changes: SeriesChanges) -> RecurrenceRule:
    """The rule `edit_series` gives the series from `from_date` on (pure: the editor previews it)."""
    used = sum(1 for _ in rule.dates(until=from_date - timedelta(days=1)))
    return _changed_rule(rule, from_date if used else rule.starts_on, changes, used)


def _changed_rule(rule: RecurrenceRule, starts_on: date, changes: SeriesChanges, used: int) -> RecurrenceRule:
    ends_on, count = rule.ends_on, rule.count
    if changes.ends_on is not None:
        ends_on, count = changes.ends_on, None
    elif changes.count is not None:
        ends_on, count = None, changes.count
    elif count is not None:
        count -= used  # the occurrences before the split stay with the old series
        if count < 1:
            raise RuleRefused("Serien har ingen forekomster efter den dato.")
    return RecurrenceRule(
        weekday=rule.weekday if changes.weekday is None else changes.weekday,
        start_time=changes.start_time or rule.start_time,
        starts_on=starts_on,
        every_weeks=changes.every_weeks or rule.every_weeks,
        ends_on=ends_on,
        count=count,
        duration_minutes=changes.duration_minutes or rule.duration_minutes,
        timezone=rule.timezone,
    )


def checked_capacity(session_type: SessionType, capacity: int | None) -> int:
    """The places a slot of the series has: 1 for 1:1 sessions, 2-200 for teaching."""
    if session_type.is_one_to_one:
        if capacity not in (None, 1):
            raise InvalidInput("Sparring og supervision er altid 1:1: kapaciteten er 1.")
        return 1
    capacity = DEFAULT_TEACHING_CAPACITY if capacity is None else capacity
    if not 2 <= capacity <= 200:
        raise InvalidInput("Undervisning skal have plads til mellem 2 og 200 deltagere.")
    return capacity


def check_video_url(url: str | None) -> None:
    if url is None:
        return
    limits.checked("Videolinket", url, limits.VIDEO_URL)
    if not url.startswith("https://") or any(c.isspace() for c in url):
        raise InvalidInput("Videolinket skal begynde med https:// og må ikke indeholde mellemrum.")
