"""The status report: figures per municipality, cluster, advisor, session type or month, and the
implementation overview ("Statusoverblik"), read in one unit of work as the reader.

Who sees what follows the access table (`read_reports`): administrators and the local system all
sessions; an advisor the sessions they serve (their own, and their deputy days), with a row for every
municipality; a municipal employee their municipality's sessions and its employees' bookings, as
counts (the issue asks it; an employee already sees which of the municipality's times are taken).
On a shared server row-level security shows exactly those bookings (an employee's colleagues' through
the server's one function for it); the filters here make a local file count the same. Case summaries'
timing is counted only for readers who may read summaries (BUA for the session, and the local
system): an administrator gets no summary figures, as they see no summaries.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.calendar import AnnualClosure, ClosureCalendar, ClosureDate
from app.domain.model import ContactKind, Municipality, Role
from app.domain.recurrence import SessionType
from app.domain.report import (
    GroupBy,
    OverviewRow,
    Report,
    ReportRow,
    SessionTally,
    SummaryRule,
    group,
    group_key,
    held_days,
    month_key,
    month_label,
    months,
    series_running,
    session_day,
    total,
)
from app.domain.time import local_midnight
from app.errors import InvalidInput, RuleRefused
from app.ports import UnitOfWork
from app.services import access
from app.services.context import Context
from app.services.rules import booking_rules

MAX_DAYS = 11 * 366  # a decade and a bit: more is a typo, and would read the whole store


@dataclass(frozen=True)
class Overview:
    first_day: date
    last_day: date
    rows: Sequence[OverviewRow]


@dataclass(frozen=True)
class _Read:
    """What one report reads: the sessions the reader may count, and the municipalities they see."""

    tallies: Sequence[SessionTally]
    municipalities: Sequence[Municipality]  # by name
    summaries: SummaryRule | None


def figures_report(
    ctx: Context,
    first_day: date,
    last_day: date,
    by: GroupBy = GroupBy.MUNICIPALITY,
    municipality_code: str | None = None,
) -> Report:
    """The figures of sessions on local days first_day..last_day, grouped `by`, every group with
    zeros where nothing happened; totals over all the reader may count."""
    with ctx.store.read() as uow:
        read = _read(ctx, uow, first_day, last_day, municipality_code, with_days=by is GroupBy.MONTH)
        advisors = uow.people.list(Role.ADVISOR) if by is GroupBy.ADVISOR else ()
    today = ctx.clock.today()
    codes = [m.code for m in read.municipalities]
    cluster_of = {m.code: m.cluster for m in read.municipalities}
    if by is GroupBy.MUNICIPALITY:
        labels = {m.code: m.name for m in read.municipalities}
    elif by is GroupBy.CLUSTER:
        labels = {c: c for c in sorted({cluster_of[c] for c in codes})}
    elif by is GroupBy.ADVISOR:
        present = {t.advisor_id for t in read.tallies}
        shown = sorted((p for p in advisors if p.active or p.id in present), key=lambda p: p.name)
        labels = {str(p.id): p.name for p in shown}
    elif by is GroupBy.TYPE:
        labels = {t.value: t.name_da.capitalize() for t in SessionType}
    else:
        labels = {month_key(m): month_label(m) for m in months(first_day, last_day)}
    rows: list[ReportRow] = group(read.tallies, group_key(by, cluster_of), labels, today, read.summaries)
    return Report(first_day, last_day, by, tuple(rows), total(rows))


def implementation_overview(
    ctx: Context, first_day: date, last_day: date, municipality_code: str | None = None
) -> Overview:
    """Per municipality: the contacts in force today and since when, whether a series is running,
    and the first and last session held in the period."""
    today = ctx.clock.today()
    with ctx.store.read() as uow:
        read = _read(ctx, uow, first_day, last_day, municipality_code)
        contacts = [a for a in uow.contacts.list() if a.in_force_on(today)]
        running = {s.municipality_code for s in uow.series.list() if series_running(s.rule, today)}
    since = {(a.municipality_code, a.kind): a.valid_from for a in contacts}
    held = held_days(read.tallies)
    rows = []
    for m in read.municipalities:
        first, last = held.get(m.code, (None, None))
        rows.append(
            OverviewRow(
                m.code,
                m.name,
                m.cluster,
                since.get((m.code, ContactKind.BUA_ADVISOR)),
                since.get((m.code, ContactKind.BUA_DEPUTY)),
                since.get((m.code, ContactKind.MUNICIPAL_CONTACT)),
                m.code in running,
                first,
                last,
            )
        )
    return Overview(first_day, last_day, tuple(rows))


def _read(
    ctx: Context,
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    municipality_code: str | None,
    with_days: bool = True,
) -> _Read:
    if last_day < first_day:
        raise InvalidInput(f"--from ({first_day.isoformat()}) ligger efter --to ({last_day.isoformat()}).")
    if (last_day - first_day).days > MAX_DAYS:
        raise InvalidInput("Vælg en periode på højst 11 år.")
    who = access.acting(uow, ctx)
    access.require_any(who, access.Action.READ_REPORTS)
    municipalities = list(uow.municipalities.list())  # by name
    if municipality_code is not None:
        municipalities = [m for m in municipalities if m.code == municipality_code]
        if not municipalities:
            raise InvalidInput(f"Ukendt kommunekode: {municipality_code}.")
    booker_municipality = None
    if who.kind is access.Kind.STAFF:  # an employee: counts, of their own municipality only
        own = who.person.municipality_code if who.person else None
        if own is None:  # never counts everything for want of a municipality
            raise RuleRefused(access.REFUSALS[access.Action.READ_REPORTS])
        if municipality_code is not None:
            asked = access.Target(municipality_code=municipality_code)
            access.require(who, access.Action.READ_REPORTS, asked)
        municipality_code = booker_municipality = own
        municipalities = [m for m in municipalities if m.code == own]
    served = who.scope(access.Action.READ_REPORTS) is access.Scope.SERVED
    tallies = uow.slots.tallies(
        local_midnight(first_day),
        local_midnight(last_day + timedelta(days=1)),
        ctx.clock.now(),
        municipality_code,
        booker_municipality,
        with_days or served,  # a deputy serves a session by its day
    )
    if served:
        tallies = [t for t in tallies if access.allows(who, access.Action.READ_REPORTS, _served(t))]
    summaries = None
    if who.kind is access.Kind.SYSTEM or who.scope(access.Action.READ_SUMMARY) is access.Scope.SERVED:
        due = booking_rules(uow).summary_due_working_days
        summaries = _summary_rule(tuple(uow.closures.annual()), tuple(uow.closures.dates()), due)
    return _Read(tallies, municipalities, summaries)


@functools.lru_cache(maxsize=4)
def _summary_rule(annual: tuple[AnnualClosure, ...], dates: tuple[ClosureDate, ...], due: int) -> SummaryRule:
    """One rule per closure calendar and deadline, kept: the deadlines it has worked out serve the next
    report too (the window counts again on every change of period or grouping)."""
    return SummaryRule(ClosureCalendar(annual, dates), due)


def _served(tally: SessionTally) -> access.Target:
    return access.Target(
        advisor_id=tally.advisor_id,
        session_municipality_code=tally.municipality_code,
        day=session_day(tally),
    )
