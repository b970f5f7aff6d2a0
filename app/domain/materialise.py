"""Reconcile a series' stored slots with what its rule and the closure calendar want.

Pure: given the slots and skipped dates stored for a window, it returns a plan of changes. Booked slots
are never touched; when the rule no longer wants one it is reported instead, so nothing disappears.
A slot the plan removes is deleted, or kept as cancelled where bookings name it (the store decides);
a cancelled slot whose date the rule wants again is revived rather than made anew.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.calendar import ClosureCalendar, SkipKind, SkipReason
from app.domain.model import NewSlot, Series, SkippedDate, Slot


@dataclass
class MaterialisePlan:
    create: list[NewSlot] = field(default_factory=list)
    delete_slot_ids: list[int] = field(default_factory=list)
    retime: list[tuple[int, datetime, datetime]] = field(default_factory=list)
    revive: list[tuple[int, datetime, datetime]] = field(default_factory=list)
    upsert_skips: list[SkippedDate] = field(default_factory=list)
    drop_skip_dates: list[date] = field(default_factory=list)
    kept_booked: list[Slot] = field(default_factory=list)


def _reason_for(day: date, stored: SkippedDate | None, calendar: ClosureCalendar) -> SkipReason | None:
    if stored is not None and stored.restored:
        return None
    if stored is not None and stored.kind is SkipKind.CANCELLED:
        return SkipReason(SkipKind.CANCELLED, stored.reason)
    return calendar.closed_reason(day)


def plan_materialisation(
    series: Series,
    calendar: ClosureCalendar,
    window_start: date,
    window_end: date,
    slots: Sequence[Slot],
    skips: Sequence[SkippedDate],
    reset_moved: bool = False,
) -> MaterialisePlan:
    """What to change so that [window_start, window_end] matches the series' rule."""
    plan = MaterialisePlan()
    slot_by_date = {s.occurrence_date: s for s in slots if window_start <= s.occurrence_date}
    skip_by_date = {s.occurrence_date: s for s in skips if window_start <= s.occurrence_date}
    for day in series.rule.dates(until=window_end):
        if day < window_start:
            continue
        stored_skip = skip_by_date.pop(day, None)
        slot = slot_by_date.pop(day, None)
        reason = _reason_for(day, stored_skip, calendar)
        if reason is not None:
            _plan_skipped(plan, series, day, slot, stored_skip, reason)
        else:
            _plan_held(plan, series, day, slot, stored_skip, reset_moved)
    for slot in slot_by_date.values():  # the dates the rule no longer wants
        if slot.occurrence_date > window_end or slot.cancelled:
            continue
        if slot.has_bookings:
            plan.kept_booked.append(slot)
        else:
            plan.delete_slot_ids.append(slot.id)
    plan.drop_skip_dates.extend(d for d in skip_by_date if d <= window_end)
    return plan


def _plan_skipped(
    plan: MaterialisePlan,
    series: Series,
    day: date,
    slot: Slot | None,
    stored_skip: SkippedDate | None,
    reason: SkipReason,
) -> None:
    """A date the rule wants that is skipped: its open slot goes, a booked one is kept and reported,
    and the skipped date is stored with its reason."""
    if slot is not None and slot.cancelled:
        slot = None  # already gone
    if slot is not None and slot.has_bookings:
        plan.kept_booked.append(slot)
        return
    if slot is not None:
        plan.delete_slot_ids.append(slot.id)
    if stored_skip is None or (stored_skip.kind, stored_skip.reason) != (reason.kind, reason.text):
        plan.upsert_skips.append(
            SkippedDate(series.id, series.municipality_code, day, reason.kind, reason.text)
        )


def _plan_held(
    plan: MaterialisePlan,
    series: Series,
    day: date,
    slot: Slot | None,
    stored_skip: SkippedDate | None,
    reset_moved: bool,
) -> None:
    """A date the rule wants and holds: a slot is made, revived or put back at the rule's time (an
    open one, and a moved one only when `reset_moved`); a stale skipped date is dropped."""
    if stored_skip is not None and not stored_skip.restored:
        plan.drop_skip_dates.append(day)
    starts_at, ends_at = series.rule.instants(day)
    if slot is None:
        plan.create.append(NewSlot(series.id, day, starts_at, ends_at))
    elif slot.cancelled:
        plan.revive.append((slot.id, starts_at, ends_at))
    elif (
        not slot.has_bookings
        and (reset_moved or not slot.moved)
        and (slot.starts_at, slot.ends_at) != (starts_at, ends_at)
    ):
        plan.retime.append((slot.id, starts_at, ends_at))
