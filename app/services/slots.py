"""Reading slots and skipped dates, with dates taken as Europe/Copenhagen calendar days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from app.domain.model import Series, SkippedDate, Slot, SlotFilter, SlotStatus
from app.domain.time import local_midnight
from app.services import access
from app.services.context import Context
from app.services.lookups import person_by_email


def list_slots(
    ctx: Context,
    municipality_code: str | None = None,
    advisor_email: str | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
    status: SlotStatus | None = None,
) -> Sequence[Slot]:
    """Slots starting on local days from `from_date` to `to_date`, both included, that the reader may
    see: staff their own municipality's and teaching open to all, BUA the sessions it serves."""
    with ctx.store.read() as uow:
        advisor_id = person_by_email(uow, advisor_email).id if advisor_email else None
        found = uow.slots.list(
            SlotFilter(
                municipality_code=municipality_code,
                advisor_id=advisor_id,
                starts_from=local_midnight(from_date) if from_date else None,
                starts_before=local_midnight(to_date + timedelta(days=1)) if to_date else None,
                status=status,
            )
        )
        return access.visible(access.acting(uow, ctx), access.Action.READ_SLOTS, found, access.of_slot)


def advisor_week(ctx: Context, advisor_id: int, monday: date) -> Sequence[Slot]:
    """One advisor's slots in the week starting `monday`: the advisor calendar's query."""
    with ctx.store.read() as uow:
        access.require(access.acting(uow, ctx), access.Action.READ_SLOTS, access.of_person(advisor_id))
        return uow.slots.list(
            SlotFilter(
                advisor_id=advisor_id,
                starts_from=local_midnight(monday),
                starts_before=local_midnight(monday + timedelta(days=7)),
            )
        )


def list_skipped(
    ctx: Context,
    municipality_code: str | None = None,
    advisor_email: str | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
) -> Sequence[SkippedDate]:
    """Dates a series skips (holiday, closure day, cancelled), restored ones left out; filtered as
    the slots are."""
    with ctx.store.read() as uow:
        advisor_id = person_by_email(uow, advisor_email).id if advisor_email else None
        found = uow.skips.list(municipality_code, advisor_id, from_date or date.min, to_date or date.max)
        series = {s.id: s for s in uow.series.list()} if found else {}
        visible = access.visible(
            access.acting(uow, ctx),
            access.Action.READ_SLOTS,
            [s for s in found if not s.restored and s.series_id in series],
            lambda s: _skip_target(series[s.series_id], s.occurrence_date),
        )
    return visible


def _skip_target(series: Series, day: date) -> access.Target:
    return replace(access.of_series(series, day), owner_id=None)
