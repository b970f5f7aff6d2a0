"""Closure days: yearly ones (grundlovsdag, juleaftensdag, nytårsaftensdag, on by default) and one-off
dates. Changing them brings every series' future slots in line at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain import limits
from app.domain.calendar import AnnualClosure, ClosureDate
from app.domain.model import Actor
from app.errors import InvalidInput, NotFound
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.series_slots import rematerialise_all


@dataclass(frozen=True)
class Closures:
    annual: Sequence[AnnualClosure]
    dates: Sequence[ClosureDate]


def list_closures(ctx: Context) -> Closures:
    with ctx.store.read() as uow:
        access.require_any(access.acting(uow, ctx), access.Action.READ_RULES)
        return Closures(uow.closures.annual(), uow.closures.dates())


def add_closure_date(ctx: Context, actor: Actor, day: date, reason: str) -> ClosureDate:
    closure = ClosureDate(day, _reason(reason))
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_CLOSURES)
        uow.closures.put_date(closure)
        rematerialise_all(uow, max(day, ctx.clock.today()))
        record(uow, actor, "closure.added", "closure_date", day.isoformat(), after=closure)
        uow.commit()
    return closure


def remove_closure_date(ctx: Context, actor: Actor, day: date) -> None:
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_CLOSURES)
        before = next((c for c in uow.closures.dates() if c.day == day), None)
        if before is None or not uow.closures.remove_date(day):
            raise NotFound(f"{day.isoformat()} er ikke en lukkedag.")
        rematerialise_all(uow, max(day, ctx.clock.today()))
        record(uow, actor, "closure.removed", "closure_date", day.isoformat(), before=before)
        uow.commit()


def set_annual_closure(
    ctx: Context, actor: Actor, month: int, day: int, enabled: bool, reason: str | None = None
) -> AnnualClosure:
    """Switch a yearly closure day on or off (adding it when new, which then needs a reason)."""
    try:
        date(2024, month, day)  # a leap year, so 29 February is allowed
    except ValueError:
        raise InvalidInput(f"Ugyldig dato: {day:02d}-{month:02d}.") from None
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_CLOSURES)
        before = next((a for a in uow.closures.annual() if (a.month, a.day) == (month, day)), None)
        if before is None and reason is None:
            raise InvalidInput("Angiv en begrundelse for den nye årlige lukkedag.")
        text = _reason(reason) if reason is not None else before.reason  # type: ignore[union-attr]
        closure = AnnualClosure(month, day, text, enabled)
        uow.closures.put_annual(closure)
        rematerialise_all(uow, ctx.clock.today())
        record(
            uow,
            actor,
            "closure.annual_set",
            "annual_closure",
            f"{month:02d}-{day:02d}",
            before=before,
            after=closure,
        )
        uow.commit()
    return closure


def _reason(text: str) -> str:
    text = limits.checked("Begrundelsen", " ".join(text.split()), limits.CLOSURE_REASON)
    if not text:
        raise InvalidInput("Angiv en begrundelse for lukkedagen.")
    return text
