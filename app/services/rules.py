"""The booking rules an administrator sets: stored as settings, read by every booking service."""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

from app.domain.booking import BookingRules
from app.domain.model import Actor, Profession
from app.domain.words import from_word
from app.errors import InvalidInput
from app.ports import UnitOfWork
from app.services import access
from app.services.audit import jsonable, record
from app.services.context import Context

RULES_KEY = "booking_rules"


def booking_rules(uow: UnitOfWork) -> BookingRules:
    stored = uow.settings.get(RULES_KEY) or {}
    rules = BookingRules()
    known = {f.name for f in fields(BookingRules)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    if "eligible_professions" in values:
        values["eligible_professions"] = tuple(Profession(p) for p in values["eligible_professions"])
    return replace(rules, **values)


def get_rules(ctx: Context) -> BookingRules:
    with ctx.store.read() as uow:
        access.require_any(access.acting(uow, ctx), access.Action.READ_RULES)
        return booking_rules(uow)


def set_rule(ctx: Context, actor: Actor, name: str, value: str) -> BookingRules:
    """Change one rule from its text form: numbers, `730=4,751=6` for quotas, professions by code."""
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_RULES)
        before = booking_rules(uow)
        changed = replace(before, **{name: _parse(name, value)})
        known = {m.code for m in uow.municipalities.list()}
        unknown = sorted(set(changed.monthly_quota) - known)
        if unknown:
            raise InvalidInput(f"Ukendt kommunekode i kvoten: {', '.join(unknown)}.")
        uow.settings.put(RULES_KEY, jsonable(asdict(changed)))
        record(uow, actor, "rules.changed", "rules", name, before=before, after=changed)
        uow.commit()
    return changed


def _parse(name: str, value: str) -> Any:
    try:
        if name == "monthly_quota":
            pairs = [p.split("=") for p in value.replace(" ", "").split(",") if p]
            return {code: int(count) for code, count in pairs}
        if name == "eligible_professions":
            return tuple(from_word(Profession, p) for p in value.replace(" ", "").split(",") if p)
        if name in {f.name for f in fields(BookingRules)}:
            return int(value)
    except ValueError:
        raise InvalidInput(f"Ugyldig værdi for {name}: {value!r}.") from None
    raise InvalidInput(f"Ukendt regel: {name}.")
