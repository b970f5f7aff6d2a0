"""One occurrence of a series: cancel it (with its bookings, if BUA says so), restore a skipped date,
or move an open one to another day or time. The series' other occurrences stay as they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time

from app.domain import limits
from app.domain.booking import BookingState
from app.domain.calendar import SkipKind
from app.domain.model import Actor, BookingFilter, Series, SkippedDate, Slot
from app.domain.recurrence import check_session_time, local_instants
from app.errors import InvalidInput, NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services.audit import record
from app.services.bookings import cancel_for_bua
from app.services.context import Context
from app.services.lookups import closure_calendar
from app.services.series_slots import managed_series, materialise


@dataclass(frozen=True)
class CancelledOccurrence:
    skip: SkippedDate
    invites_changed: Sequence[int] = ()  # the bookings BUA cancelled with it: their cancellation is due


def cancel_occurrence(
    ctx: Context,
    actor: Actor,
    series_id: int,
    day: date,
    reason: str,
    cancel_bookings: bool = False,
) -> CancelledOccurrence:
    """Cancel one occurrence. A booked one is refused unless `cancel_bookings`: then BUA cancels its
    bookings (and waitlist places) with the same reason, in the same transaction."""
    reason = limits.checked("Begrundelsen", " ".join(reason.split()), limits.OCCURRENCE_REASON)
    with ctx.store.write() as uow:
        series = managed_series(uow, ctx, actor, series_id)
        changed: list[int] = []
        if cancel_bookings:
            slot = next((s for s in uow.slots.for_series(series.id, day) if s.occurrence_date == day), None)
            if slot is not None:
                uow.slots.lock([slot.id])
                for booking in uow.bookings.list(BookingFilter(slot_id=slot.id)):
                    if booking.state in (BookingState.BOOKED, BookingState.WAITLISTED):
                        cancel_for_bua(uow, ctx, actor, booking, reason)
                        if booking.state is BookingState.BOOKED:
                            changed.append(booking.id)
        skip = cancel_occurrence_in(uow, actor, series, day, reason)
        uow.commit()
    return CancelledOccurrence(skip, tuple(changed))


def cancel_occurrence_in(
    uow: UnitOfWork, actor: Actor, series: Series, day: date, reason: str
) -> SkippedDate:
    """Cancel one open occurrence inside the caller's transaction; it is kept as a skipped date."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("Angiv en begrundelse for aflysningen.")
    _require_occurrence(series, day)
    slot = next((s for s in uow.slots.for_series(series.id, day) if s.occurrence_date == day), None)
    if slot is not None and slot.has_bookings:
        raise RuleRefused("Tiden er booket: aflys bookingen først.")
    existing = _skip_on(uow, series.id, day)
    if existing is not None and not existing.restored:
        raise RuleRefused(f"Der er allerede ingen tid den dag ({existing.reason}).")
    skip = SkippedDate(series.id, series.municipality_code, day, SkipKind.CANCELLED, f"Aflyst: {reason}")
    uow.skips.put(skip)
    materialise(uow, series, day, day)
    record(
        uow,
        actor,
        "occurrence.cancelled",
        "series",
        series.id,
        series.municipality_code,
        before=slot,
        after=skip,
    )
    return skip


def restore_occurrence(ctx: Context, actor: Actor, series_id: int, day: date) -> Slot:
    """Give a skipped date its slot back: a cancelled occurrence, or a holiday or closure day."""
    with ctx.store.write() as uow:
        series = managed_series(uow, ctx, actor, series_id)
        _require_occurrence(series, day)
        skip = _skip_on(uow, series.id, day)
        if skip is None or skip.restored:
            raise RuleRefused(f"{day.isoformat()} er ikke sprunget over i serien.")
        uow.skips.put(replace(skip, restored=True))
        materialise(uow, series, day, day)
        slot = next(s for s in uow.slots.for_series(series.id, day) if s.occurrence_date == day)
        record(
            uow,
            actor,
            "occurrence.restored",
            "series",
            series.id,
            series.municipality_code,
            before=skip,
            after=slot,
        )
        uow.commit()
    return slot


def move_occurrence(ctx: Context, actor: Actor, slot_id: int, new_day: date, new_time: time) -> Slot:
    """Move one open occurrence to another day or time; the series' other occurrences stay."""
    with ctx.store.write() as uow:
        uow.slots.lock([slot_id])  # a booking must not slip in between the check and the move
        slot = uow.slots.get(slot_id)
        if slot is None:
            raise NotFound(f"Ingen tid med id {slot_id}.")
        managed_series(uow, ctx, actor, slot.series_id)
        if slot.has_bookings:
            raise RuleRefused("Tiden er booket: flyt bookingen i stedet.")
        if slot.cancelled:
            raise RuleRefused("Tiden er aflyst: genopret den først.")
        if new_day.weekday() > 4:
            raise RuleRefused("BUA holder ikke møder i weekenden: vælg en hverdag.")
        closed = closure_calendar(uow).closed_reason(new_day)
        if closed is not None:
            raise RuleRefused(f"{new_day.isoformat()} er lukket ({closed.text}).")
        duration = int((slot.ends_at - slot.starts_at).total_seconds() // 60)
        check_session_time(new_day, new_time, duration)
        starts_at, ends_at = local_instants(new_day, new_time, duration)
        if slot.starts_at <= ctx.clock.now() or starts_at <= ctx.clock.now():
            raise RuleRefused(
                "En tid kan ikke flyttes, når den er begyndt, eller til et tidspunkt, der er gået."
            )
        uow.slots.retime(slot.id, starts_at, ends_at, moved=True)
        moved = uow.slots.get(slot.id)
        assert moved is not None
        record(
            uow,
            actor,
            "occurrence.moved",
            "slot",
            slot.id,
            slot.municipality_code,
            before=slot,
            after=moved,
        )
        uow.commit()
    return moved


def _skip_on(uow: UnitOfWork, series_id: int, day: date) -> SkippedDate | None:
    return next((s for s in uow.skips.for_series(series_id, day) if s.occurrence_date == day), None)


def _require_occurrence(series: Series, day: date) -> None:
    if day not in set(series.rule.dates(until=day)):
        raise InvalidInput(f"Serien har ingen forekomst den {day.isoformat()}.")
