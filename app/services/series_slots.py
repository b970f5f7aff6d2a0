"""A series' stored slots kept in line with its rule, and who may change a series: shared by the
series and the occurrence services."""

from __future__ import annotations

from datetime import date

from app.domain.materialise import MaterialisePlan, plan_materialisation
from app.domain.model import Actor, Series
from app.errors import Conflict, NotFound, SlotBookedMeanwhile
from app.ports import UnitOfWork
from app.services import access
from app.services.context import Context
from app.services.lookups import closure_calendar


def materialise(
    uow: UnitOfWork, series: Series, start: date, end: date, reset_moved: bool = False
) -> MaterialisePlan:
    """Reconcile [start, end] of the series with its rule, and apply the plan."""
    plan = plan_materialisation(
        series,
        closure_calendar(uow),
        start,
        end,
        [s for s in uow.slots.for_series(series.id, start) if s.occurrence_date <= end],
        uow.skips.for_series(series.id, start),
        reset_moved=reset_moved,
    )
    try:
        uow.slots.remove_many(plan.delete_slot_ids)
    except SlotBookedMeanwhile as error:
        raise Conflict("En af tiderne er netop blevet booket: prøv igen.") from error
    for slot_id, starts_at, ends_at in plan.retime:
        uow.slots.retime(slot_id, starts_at, ends_at, moved=False)
    for slot_id, starts_at, ends_at in plan.revive:
        uow.slots.revive(slot_id, starts_at, ends_at)
    uow.slots.add_many(plan.create)
    for skip in plan.upsert_skips:
        uow.skips.put(skip)
    uow.skips.drop(series.id, plan.drop_skip_dates)
    return plan


def rematerialise_all(uow: UnitOfWork, start: date) -> None:
    """After closure days changed: bring every series' slots from `start` in line."""
    for series in uow.series.list():
        if series.materialised_until >= start:
            materialise(uow, series, start, series.materialised_until)


def managed_series(uow: UnitOfWork, ctx: Context, actor: Actor, series_id: int) -> Series:
    """The series, if `actor` may change it: its own advisor or an administrator."""
    who = access.principal(uow, actor, ctx.clock.today())
    access.require_any(who, access.Action.MANAGE_SERIES)
    series = uow.series.get(series_id)
    if series is None:
        raise NotFound(f"Ingen serie med id {series_id}.")
    access.require(who, access.Action.MANAGE_SERIES, access.of_series(series, ctx.clock.today()))
    return series
