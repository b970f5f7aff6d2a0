"""The status report's figures: counts of sessions and bookings in a period, grouped, and nothing else.

Pure: the counting runs over `SessionTally` rows (slots of one shape, their bookings counted by state)
that the store reads in one query, so it can be tested without a database. Only counts leave the
program: no tally, row or report holds a person's name, a GP or a word of a case summary.

A session belongs to the period when its start falls on a Copenhagen calendar day from the first to
the last day, both included; its bookings count for the slot's municipality, advisor and session type
(a teaching place taken by another municipality's employee counts for the session's municipality).

The figures of a row (the JSON names):

- offered: sessions (slots whose occurrence was not cancelled) in the period.
- booked: offered sessions where at least one municipal participant holds a place (a booking that is
  booked, held or no_show). A session booked and then cancelled, and not booked again, is not booked.
- held: offered sessions with at least one booking marked held.
- no_show: offered sessions with a booking marked no_show and none marked held (nobody came).
- cancelled_by_bua: bookings that BUA cancelled (state cancelled_by_bua), also on occurrences BUA
  cancelled afterwards.
- cancelled_by_municipality: bookings their booker cancelled with a reason (state cancelled with one
  of the booker's reason codes); leaving a waitlist is not a cancellation.
- unused: offered sessions that are over (ended before now) where nobody holds a place.
- outcome_missing: offered sessions that are over, where places are held but none has an outcome
  (all still booked): the advisor has yet to say whether it was held.
  Over sessions add up: booked ones are held + no_show + outcome_missing, the rest are unused.
- utilisation: held / offered (0 when nothing was offered), so future sessions in the period lower it.
- summaries_on_time, summaries_late, summaries_missing: booked 1:1 sessions (sparring, supervision)
  by their case summary: submitted on or before its deadline (the Copenhagen day of the last
  submission), submitted after it, or not submitted (nothing, or a draft) when the deadline has
  passed. A summary the retention purge deleted counts by the time its tombstone keeps. Sessions
  whose deadline is still ahead and not yet submitted, and those purged without a kept time (before
  revision 0008, or never sent), are in none of the three. None where the reader may not see case
  summaries.
- teaching_participants: places taken on teaching sessions (booked or held; a no-show did not take part).
- waitlist_demand: entries still on a teaching session's waitlist (people who wanted a place, did not
  get one, and did not leave the list).
- gp_guests: places held (booked, held or no_show) with the child's GP invited as a guest.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from app.domain.calendar import ClosureCalendar
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.time import ZONE

MONTH_NAMES_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


class GroupBy(enum.StrEnum):
    MUNICIPALITY = "municipality"
    CLUSTER = "cluster"
    ADVISOR = "advisor"
    TYPE = "type"
    MONTH = "month"


GROUP_NAMES_DA = {
    GroupBy.MUNICIPALITY: "Kommune",
    GroupBy.CLUSTER: "Klynge",
    GroupBy.ADVISOR: "BUA-rådgiver",
    GroupBy.TYPE: "Mødetype",
    GroupBy.MONTH: "Måned",
}


class SessionTally(NamedTuple):
    """`sessions` slots of one shape in the period with their bookings counted by state: what the store
    reads for a report (a NamedTuple: five years are thousands of them, made four times faster than
    a dataclass). The counts of bookings are the sums over those slots; slots are of one shape when
    they share every field but those counts, so whether places were taken, held or no-show is
    the same for each of them."""

    municipality_code: str
    advisor_id: int
    session_type: SessionType
    starts_at: datetime | None  # aware; None where the report needs no day (not for a booked 1:1)
    over: bool  # ended at or before the moment the report is made
    cancelled: bool  # the occurrence was cancelled; kept for its cancelled bookings
    booked: int  # bookings still booked (no outcome yet)
    held: int
    no_show: int
    cancelled_by_bua: int
    cancelled_by_municipality: int
    waitlisted: int
    gp_guests: int  # places held with a GP invited
    summary_submitted_at: datetime | None  # 1:1 only: when the place holder's summary was last sent
    summary_purged: bool  # the place holder's summary was deleted by the retention purge
    sessions: int = 1  # how many slots of this shape


@dataclass(frozen=True)
class Figures:
    """The counts of one row (or the totals); the module docstring defines each."""

    offered: int = 0
    booked: int = 0
    held: int = 0
    no_show: int = 0
    cancelled_by_bua: int = 0
    cancelled_by_municipality: int = 0
    unused: int = 0
    outcome_missing: int = 0
    summaries_on_time: int | None = 0
    summaries_late: int | None = 0
    summaries_missing: int | None = 0
    teaching_participants: int = 0
    waitlist_demand: int = 0
    gp_guests: int = 0

    @property
    def utilisation(self) -> float:
        return self.held / self.offered if self.offered else 0.0

    def as_dict(self) -> dict[str, int | float | None]:
        """The figures under their JSON names, utilisation after unused and outcome_missing."""
        values: dict[str, int | float | None] = {f.name: getattr(self, f.name) for f in fields(self)}
        ordered = dict(list(values.items())[:8])
        ordered["utilisation"] = round(self.utilisation, 4)
        ordered.update(list(values.items())[8:])
        return ordered


FIGURE_NAMES = tuple(Figures().as_dict())


@dataclass(frozen=True)
class ReportRow:
    key: str  # municipality code, cluster name, advisor id, session type code or YYYY-MM
    label: str  # for people: the municipality's name, the advisor's name, "marts 2027"
    figures: Figures


@dataclass(frozen=True)
class Report:
    first_day: date
    last_day: date
    by: GroupBy
    rows: Sequence[ReportRow]
    totals: Figures


@dataclass(frozen=True)
class SummaryRule:
    """What the summary deadline needs: the closure calendar and the working days before."""

    calendar: ClosureCalendar
    due_working_days: int
    # Per session day: its deadline day and the instant a summary starts being late (Copenhagen
    # midnight after the deadline); five years hold a few thousand sessions on far fewer days.
    _by_day: dict[date, tuple[date, datetime]] = field(default_factory=dict, compare=False, repr=False)
    _working: dict[date, bool] = field(default_factory=dict, compare=False, repr=False)

    def missing(self, session_day: date, today: date) -> bool:
        """Whether a summary not sent by `today` is missing: the deadline has passed."""
        return today > self._day(session_day)[0]

    def late(self, session_day: date, submitted_at: datetime) -> bool:
        """Whether a summary sent at `submitted_at` was sent after the deadline day; compared as
        instants, so that a few thousand summaries need no time-zone conversion."""
        return submitted_at >= self._day(session_day)[1]

    def deadline(self, session_day: date) -> date:
        """As app.domain.summary.summary_deadline (not imported: it loads the anonymity guard)."""
        return self._day(session_day)[0]

    def _day(self, session_day: date) -> tuple[date, datetime]:
        found = self._by_day.get(session_day)
        if found is None:
            deadline, remaining = session_day, self.due_working_days
            while remaining > 0:
                deadline -= timedelta(days=1)
                working = self._working.get(deadline)
                if working is None:
                    working = self._working[deadline] = self.calendar.is_working_day(deadline)
                remaining -= working
            late_from = datetime.combine(deadline + timedelta(days=1), time(), ZONE).astimezone(UTC)
            found = self._by_day[session_day] = (deadline, late_from)
        return found


def local_day(instant: datetime) -> date:
    return instant.astimezone(ZONE).date()


def session_day(tally: SessionTally) -> date:
    """The Copenhagen day the sessions start on; the store reads it for months and the overview."""
    if tally.starts_at is None:
        raise ValueError("the tallies were read without their days")
    return local_day(tally.starts_at)


def count(tallies: Iterable[SessionTally], today: date, summaries: SummaryRule | None) -> Figures:
    """The figures of these sessions on `today`; summary figures None when `summaries` is None."""
    offered = booked = held = no_show = unused = outcome_missing = 0
    by_bua = by_municipality = participants = waitlist = gp = 0
    on_time = late = missing = 0
    teaching = SessionType.TEACHING
    # Unpacked rather than read by attribute: five years are thousands of rows.
    for (
        _code,
        _advisor,
        kind,
        starts_at,
        over,
        cancelled,
        still_booked,
        was_held,
        was_no_show,
        bua_cancelled,
        own_cancelled,
        waitlisted,
        with_gp,
        submitted_at,
        purged,
        n,
    ) in tallies:
        by_bua += bua_cancelled
        by_municipality += own_cancelled
        if cancelled:
            continue
        offered += n
        places = still_booked + was_held + was_no_show
        if places:
            booked += n
            gp += with_gp
        if was_held:
            held += n
        elif was_no_show:
            no_show += n
        elif places and over:
            outcome_missing += n
        if over and not places:
            unused += n
        if kind is teaching:
            participants += still_booked + was_held
            waitlist += waitlisted
        elif places and summaries is not None and not purged:
            day = starts_at.astimezone(ZONE).date()  # type: ignore[union-attr]  # a booked 1:1 session keeps its start
            if submitted_at is None:
                missing += n * summaries.missing(day, today)
            elif summaries.late(day, submitted_at):
                late += n
            else:
                on_time += n
    known = summaries is not None
    return Figures(
        offered,
        booked,
        held,
        no_show,
        by_bua,
        by_municipality,
        unused,
        outcome_missing,
        on_time if known else None,
        late if known else None,
        missing if known else None,
        participants,
        waitlist,
        gp,
    )


def total(rows: Iterable[ReportRow]) -> Figures:
    """The figures of all rows together (each session is in exactly one row)."""
    summed: dict[str, Any] = {}
    for row in rows:
        for f in fields(Figures):
            value, before = getattr(row.figures, f.name), summed.get(f.name, 0)
            summed[f.name] = None if value is None or before is None else before + value
    return Figures(**summed)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_label(day: date) -> str:
    return f"{MONTH_NAMES_DA[day.month - 1]} {day.year}"


def months(first_day: date, last_day: date) -> list[date]:
    """The first day of every month the period touches."""
    found, current = [], first_day.replace(day=1)
    while current <= last_day:
        found.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return found


def group(
    tallies: Sequence[SessionTally],
    key: Callable[[SessionTally], str],
    labels: Mapping[str, str],
    today: date,
    summaries: SummaryRule | None,
) -> list[ReportRow]:
    """One row per key in `labels` (in its order, zeros where nothing happened), then any key the
    tallies have that `labels` lacks, labelled with the key itself."""
    grouped: dict[str, list[SessionTally]] = {k: [] for k in labels}
    for tally in tallies:
        grouped.setdefault(key(tally), []).append(tally)
    return [ReportRow(k, labels.get(k, k), count(found, today, summaries)) for k, found in grouped.items()]


def group_key(by: GroupBy, cluster_of: Mapping[str, str]) -> Callable[[SessionTally], str]:
    if by is GroupBy.MUNICIPALITY:
        return lambda t: t.municipality_code
    if by is GroupBy.CLUSTER:
        return lambda t: cluster_of.get(t.municipality_code, t.municipality_code)
    if by is GroupBy.ADVISOR:
        return lambda t: str(t.advisor_id)
    if by is GroupBy.TYPE:
        return lambda t: t.session_type.value
    return lambda t: month_key(session_day(t))


# --- the implementation overview ("Statusoverblik") ----------------------------------------------------


@dataclass(frozen=True)
class OverviewRow:
    """How far one municipality is: dates and yes/no only, no names."""

    key: str  # municipality code
    label: str
    cluster: str
    bua_contact_since: date | None  # the fixed BUA contact in force today, appointed from this day
    bua_deputy_since: date | None
    municipal_contact_since: date | None  # the municipality's own contact toward BUA
    series_running: bool  # a recurring series with occurrences from today on
    first_held: date | None  # the first and last session held in the period
    last_held: date | None


def series_running(rule: RecurrenceRule, today: date) -> bool:
    """The series has begun and still has occurrences on or after today."""
    if rule.starts_on > today:
        return False
    if rule.ends_on is not None:
        return rule.ends_on >= today
    return any(day >= today for day in rule.dates())


def held_days(tallies: Iterable[SessionTally]) -> dict[str, tuple[date, date]]:
    """The first and last local day of a held session, by municipality."""
    found: dict[str, tuple[date, date]] = {}
    for t in tallies:
        if t.cancelled or not t.held:
            continue
        day = session_day(t)
        first, last = found.get(t.municipality_code, (day, day))
        found[t.municipality_code] = (min(first, day), max(last, day))
    return found
