"""Case summaries: saving drafts, submitting, reading, the deadline, reminders and the retention purge.

Only the booker writes a booking's summary. A draft is saved whatever it holds (nothing typed is
lost); submitting is refused while the anonymity guard blocks, and warnings must be acknowledged.
The booker, the slot's advisor and the municipality's deputy on the session's day may read it; BUA sees only a
submitted summary. The audit log records that a summary changed, its state and version, never its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain import limits
from app.domain.booking import Booking, BookingState
from app.domain.calendar import ClosureCalendar
from app.domain.model import Actor, BookingFilter, Person
from app.domain.summary import (
    DeadlineState,
    Summary,
    SummaryContent,
    SummaryState,
    Tombstone,
    check_may_submit,
    deadline_state,
    field_name_da,
    summary_deadline,
)
from app.domain.time import ZONE
from app.errors import NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services import access, lookups
from app.services.audit import record
from app.services.context import Context
from app.services.lookups import closure_calendar
from app.services.rules import booking_rules

REOPEN_REFUSED = (
    "Sagsresuméet er allerede sendt til BUA og bliver ikke en kladde igen af sig selv: "
    "send ændringerne til BUA."
)


@dataclass(frozen=True)
class SummaryStatus:
    """A booking's summary as the calendars show it: when it is due and whether it came."""

    booking_id: int
    starts_at: datetime
    deadline: date
    state: DeadlineState


@dataclass(frozen=True)
class SummaryView:
    """What a reader may see. `summary` is None when there is nothing they may read (yet)."""

    booking: Booking
    status: SummaryStatus
    summary: Summary | None
    tombstone: Tombstone | None
    municipality_name: str = ""  # the session's municipality, for the window's title


@dataclass(frozen=True)
class PurgeResult:
    booking_ids: tuple[int, ...]
    rule: str


def save_draft(
    ctx: Context, actor: Actor, booking_id: int, content: SummaryContent, reopen: bool = False
) -> Summary:
    """Save what the booker has typed so far. Never refused for its content; a summary already sent
    to BUA becomes a draft again only when the booker asks for it (`reopen`)."""
    with ctx.store.write() as uow:
        booking = _writable_booking(uow, actor, booking_id, ctx.clock.today())
        current = uow.summaries.get(booking.id)
        if current is not None and current.state is SummaryState.SUBMITTED and not reopen:
            raise RuleRefused(REOPEN_REFUSED)
        if current is not None and current.state is SummaryState.DRAFT and current.content == content:
            return current  # nothing changed since the last save: no write, no audit entry
        saved = store_draft(uow, actor, booking, content, ctx.clock.now())
        uow.commit()
    return saved


def store_draft(
    uow: UnitOfWork, actor: Actor, booking: Booking, content: SummaryContent, now: datetime
) -> Summary:
    """Write a draft inside the caller's unit of work (booking with --summary-file uses it too)."""
    checked_length(content)
    before = uow.summaries.get(booking.id)
    saved = uow.summaries.save(booking.id, booking.municipality_code, content, SummaryState.DRAFT, False, now)
    _record(uow, actor, "summary.draft_saved", before, saved)
    return saved


def submit(
    ctx: Context,
    actor: Actor,
    booking_id: int,
    content: SummaryContent,
    acknowledge_warnings: bool = False,
) -> Summary:
    """Send the summary to BUA: refused while incomplete or blocked; warnings need acknowledging."""
    with ctx.store.write() as uow:
        booking = _writable_booking(uow, actor, booking_id, ctx.clock.today())
        if booking.state is not BookingState.BOOKED:
            raise RuleRefused("Sagsresuméet kan kun sendes til en aktiv booking.")
        checked_length(content)
        result = check_may_submit(content, acknowledge_warnings, ctx.clock.today())
        before = uow.summaries.get(booking.id)
        saved = uow.summaries.save(
            booking.id,
            booking.municipality_code,
            content,
            SummaryState.SUBMITTED,
            result.warns,
            ctx.clock.now(),
        )
        acknowledged = sorted({f.kind.value for _, f in result.warning})
        _record(uow, actor, "summary.submitted", before, saved, acknowledged)
        uow.commit()
    return saved


def read(ctx: Context, actor: Actor, booking_id: int) -> SummaryView:
    """The summary for its booker (draft included), or for BUA once submitted; refused for anyone else."""
    with ctx.store.read() as uow:
        booking = lookups.booking(uow, booking_id)
        who = access.principal(uow, actor, ctx.clock.today())
        access.require(who, access.Action.READ_SUMMARY, access.of_booking(booking))
        is_booker = who.person_id == booking.person_id
        summary = uow.summaries.get(booking.id)
        tombstone = uow.summaries.tombstone(booking.id) if summary is None else None
        state = summary.state if summary else None
        status = _status(booking, state, _due_days(uow), closure_calendar(uow), ctx.clock.today())
        code = booking.slot_municipality_code or booking.municipality_code
        municipality = next((m.name for m in uow.municipalities.list() if m.code == code), code)
    if summary is not None and not is_booker and summary.state is not SummaryState.SUBMITTED:
        summary = None  # a draft may still hold what the guard blocks: BUA sees only what was sent
    return SummaryView(booking, status, summary, tombstone, municipality)


def statuses(ctx: Context, bookings: Sequence[Booking]) -> dict[int, SummaryStatus]:
    """Each booking's summary state and deadline for a calendar view: one query, no text read."""
    with ctx.store.read() as uow:
        return statuses_in(uow, bookings, ctx.clock.today())


def statuses_in(uow: UnitOfWork, bookings: Sequence[Booking], today: date) -> dict[int, SummaryStatus]:
    """`statuses` inside the caller's unit of work (the advisor's week reads them with its sessions)."""
    if not bookings:
        return {}
    states = uow.summaries.states([b.id for b in bookings])
    due, calendar = _due_days(uow), closure_calendar(uow)
    return {b.id: _status(b, states.get(b.id), due, calendar, today) for b in bookings}


def wants_summary(booking: Booking) -> bool:
    """A booked 1:1 session (sparring, supervision) waits for a case summary; a teaching session has none."""
    one_to_one = booking.session_type is not None and booking.session_type.is_one_to_one
    return booking.state is BookingState.BOOKED and one_to_one


def reminders(ctx: Context, actor: Actor) -> list[SummaryStatus]:
    """The booker's coming 1:1 sessions whose summary is not yet submitted, soonest deadline first."""
    with ctx.store.read() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        access.require_any(who, access.Action.WRITE_SUMMARY)
        person = _person(uow, actor)
        coming = uow.bookings.list(
            BookingFilter(
                person_id=person.id,
                states=frozenset({BookingState.BOOKED}),
                starts_from=ctx.clock.now(),
            )
        )
    return waiting_first(statuses(ctx, [b for b in coming if wants_summary(b)]).values())


def waiting_first(found: Iterable[SummaryStatus]) -> list[SummaryStatus]:
    """The summaries not yet submitted, soonest deadline first: what the reminders show."""
    pending = [s for s in found if s.state is not DeadlineState.SUBMITTED]
    return sorted(pending, key=lambda s: (s.deadline, s.starts_at))


def purge_expired(ctx: Context, actor: Actor) -> PurgeResult:
    """Delete the summaries of sessions more than the retention period ago; tombstones stay."""
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.PURGE)
        days = booking_rules(uow).summary_retention_days
        rule = f"summary_retention_days={days}"
        now = ctx.clock.now()
        expired = uow.summaries.expired(now - timedelta(days=days))
        uow.summaries.purge([booking_id for booking_id, _ in expired], now, rule)
        for booking_id, municipality in expired:
            record(uow, actor, "summary.purged", "summary", booking_id, municipality, after={"rule": rule})
        uow.commit()
    return PurgeResult(tuple(booking_id for booking_id, _ in expired), rule)


def checked_length(content: SummaryContent) -> None:
    """Each typed field fits its limit; nothing else is refused in a draft."""
    for key, text in content.free_texts().items():
        name = field_name_da(key)
        limits.checked(name[:1].upper() + name[1:], text, limits.SUMMARY_FIELD, multiline=True)


def _writable_booking(uow: UnitOfWork, actor: Actor, booking_id: int, today: date) -> Booking:
    booking = lookups.booking(uow, booking_id, lock=True)  # two saves of a new summary wait for each other
    who = access.principal(uow, actor, today)
    access.require(who, access.Action.WRITE_SUMMARY, access.of_booking(booking))
    tombstone = uow.summaries.tombstone(booking.id)
    if tombstone is not None:
        day = tombstone.purged_at.astimezone(ZONE).date().isoformat()
        raise RuleRefused(f"Sagsresuméet blev slettet {day} efter reglerne for opbevaring.")
    return booking


def _status(
    booking: Booking, state: SummaryState | None, due_days: int, calendar: ClosureCalendar, today: date
) -> SummaryStatus:
    deadline = summary_deadline(calendar, booking.starts_at.astimezone(ZONE).date(), due_days)
    return SummaryStatus(booking.id, booking.starts_at, deadline, deadline_state(state, deadline, today))


def _due_days(uow: UnitOfWork) -> int:
    return booking_rules(uow).summary_due_working_days


def _record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    before: Summary | None,
    after: Summary,
    acknowledged_warnings: Sequence[str] = (),
) -> None:
    """That the summary changed, its state and version: never a word of its text."""
    after_view: dict[str, object] = {"state": after.state, "version": after.version}
    if acknowledged_warnings:
        after_view["acknowledged_warnings"] = list(acknowledged_warnings)  # kinds only, e.g. first_name
    record(
        uow,
        actor,
        action,
        "summary",
        after.booking_id,
        after.municipality_code,
        before={"state": before.state, "version": before.version} if before else None,
        after=after_view,
    )


def _person(uow: UnitOfWork, actor: Actor) -> Person:
    if actor.person_id is None:
        raise RuleRefused("Angiv, hvem der handler (--as EMAIL): sagsresuméer hører til en person.")
    person = uow.people.get(actor.person_id)
    if person is None:
        raise NotFound(f"Ingen person med id {actor.person_id}.")
    return person
