"""Recurring slot series: create one, edit it from a date on, list them, and keep every series
materialised over the rolling horizon. One occurrence is cancelled, restored or moved in
`app.services.occurrences`; what an edit makes of the rule is `app.services.series_rules`, and what it
does to the booked sessions' invites `app.services.series_invites`.

Every change reconciles the stored slots with the rule through `plan_materialisation`, which never
touches a booked slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.domain.calendar import SkipKind
from app.domain.materialise import MaterialisePlan
from app.domain.model import (
    Actor,
    NewSeries,
    Person,
    Series,
    SkippedDate,
    Slot,
    SlotFilter,
)
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.time import ZONE
from app.errors import InvalidInput, NotFound, RuleRefused
from app.ports import UnitOfWork
from app.services import access, lookups
from app.services.audit import record
from app.services.context import Context
from app.services.lookups import horizon_end, person_by_email

# cli.commands still calls these as `series.<name>`: re-exported until it imports them from their homes.
from app.services.occurrences import cancel_occurrence as cancel_occurrence
from app.services.occurrences import move_occurrence as move_occurrence
from app.services.occurrences import restore_occurrence as restore_occurrence
from app.services.series_invites import changed_invites
from app.services.series_rules import SeriesChanges as SeriesChanges
from app.services.series_rules import check_video_url, checked_capacity, edited_rule
from app.services.series_slots import managed_series, materialise


@dataclass(frozen=True)
class SeriesSpec:
    municipality_code: str
    advisor_email: str
    rule: RecurrenceRule
    session_type: SessionType = SessionType.SPARRING
    capacity: int | None = None  # 1 for 1:1 sessions; teaching defaults to 12
    video_url: str | None = None
    open_to_all: bool = False  # teaching only: open to staff of every municipality


@dataclass(frozen=True)
class SeriesResult:
    series: Series
    created: int = 0
    removed: int = 0
    skipped: Sequence[SkippedDate] = ()
    kept_booked: Sequence[Slot] = field(default_factory=tuple)  # booked slots the rule dropped
    invites_changed: Sequence[int] = ()  # booking ids whose invite changed: a new video link or advisor


def create_series(ctx: Context, actor: Actor, spec: SeriesSpec) -> SeriesResult:
    capacity = checked_capacity(spec.session_type, spec.capacity)
    check_video_url(spec.video_url)
    if spec.open_to_all and spec.session_type is not SessionType.TEACHING:
        raise InvalidInput("Kun undervisning kan være åben for alle kommuner.")
    with ctx.store.write() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        access.require_any(who, access.Action.MANAGE_SERIES)
        if uow.municipalities.get(spec.municipality_code) is None:
            raise NotFound(f"Ukendt kommunekode: {spec.municipality_code}.")
        advisor = lookups.advisor(uow, spec.advisor_email)
        access.require(who, access.Action.MANAGE_SERIES, access.of_person(advisor.id))
        until = horizon_end(uow, ctx.clock.today())
        _refuse_double_booked_advisor(uow, advisor, spec.rule, until)
        series = uow.series.add(
            NewSeries(
                spec.municipality_code,
                advisor.id,
                spec.session_type,
                capacity,
                spec.video_url,
                spec.rule,
                open_to_all=spec.open_to_all,
            ),
            materialised_until=until,
        )
        plan = materialise(uow, series, spec.rule.starts_on, until)
        record(
            uow,
            actor,
            "series.created",
            "series",
            series.id,
            series.municipality_code,
            after=_audit_of_plan(series, plan),
        )
        uow.commit()
    return _result(series, plan)


def edit_series(
    ctx: Context, actor: Actor, series_id: int, from_date: date, changes: SeriesChanges
) -> SeriesResult:
    """Change the series from `from_date` on. Earlier occurrences keep the old rule: the series is
    split into the old part (ending the day before) and a new series, so calendars stay exact."""
    with ctx.store.write() as uow:
        old = managed_series(uow, ctx, actor, series_id)
        advisor_id = old.advisor_id
        capacity = checked_capacity(old.session_type, changes.capacity or old.capacity)
        video_url = old.video_url if changes.video_url is None else changes.video_url or None
        check_video_url(video_url)
        until = horizon_end(uow, ctx.clock.today())
        earlier = [d for d in old.rule.dates(until=from_date - timedelta(days=1))]
        new_rule = edited_rule(old.rule, from_date, changes)
        if changes.advisor_email is not None:
            advisor = lookups.advisor(uow, changes.advisor_email)
            if advisor.id != old.advisor_id:  # the new advisor may not hold another session then
                _refuse_double_booked_advisor(uow, advisor, new_rule, until)
            advisor_id = advisor.id
        updated = replace(
            old,
            advisor_id=advisor_id,
            capacity=capacity,
            video_url=video_url,
            rule=new_rule,
            materialised_until=until,
        )
        if not earlier:
            uow.series.update(updated)
            uow.slots.set_capacity(old.id, from_date, capacity)
            plan = materialise(uow, updated, new_rule.starts_on, until, reset_moved=True)
            changed = changed_invites(uow, ctx, old, updated, new_rule.starts_on)
            record(
                uow,
                actor,
                "series.edited",
                "series",
                old.id,
                old.municipality_code,
                before=old,
                after=_audit_of_plan(updated, plan),
            )
            uow.commit()
            return _result(updated, plan, changed)
        # Split: end the old series, hand its booked and overridden occurrences to the new one.
        ended = replace(old, rule=replace(old.rule, ends_on=earlier[-1], count=None))
        uow.series.update(ended)
        successor = uow.series.add(
            NewSeries(
                old.municipality_code,
                advisor_id,
                old.session_type,
                capacity,
                video_url,
                new_rule,
                previous_series_id=old.id,
                open_to_all=old.open_to_all,
            ),
            materialised_until=until,
        )
        uow.slots.reassign_booked(old.id, successor.id, from_date)
        uow.slots.set_capacity(successor.id, from_date, capacity)
        for skip in uow.skips.for_series(old.id, from_date):
            if skip.kind is SkipKind.CANCELLED or skip.restored:
                uow.skips.put(replace(skip, series_id=successor.id))
        materialise(uow, ended, from_date, until)
        plan = materialise(uow, successor, from_date, until, reset_moved=True)
        changed = changed_invites(uow, ctx, old, successor, from_date)
        record(
            uow,
            actor,
            "series.split",
            "series",
            old.id,
            old.municipality_code,
            before=old,
            after={"ended": ended, "successor": _audit_of_plan(successor, plan)},
        )
        uow.commit()
        return _result(successor, plan, changed)


def list_series(
    ctx: Context, municipality_code: str | None = None, advisor_email: str | None = None
) -> Sequence[Series]:
    """The series the reader may see: an advisor's own and deputised ones, an administrator all."""
    with ctx.store.read() as uow:
        advisor_id = person_by_email(uow, advisor_email).id if advisor_email else None
        found = uow.series.list(municipality_code, advisor_id)
        today = ctx.clock.today()
        return access.visible(
            access.acting(uow, ctx), access.Action.READ_SESSIONS, found, lambda s: access.of_series(s, today)
        )


def extend_horizons(ctx: Context, actor: Actor) -> int:
    """Materialise every series up to today's horizon (run at start-up). Returns slots created."""
    with ctx.store.read() as uow:
        until = horizon_end(uow, ctx.clock.today())
        if all(s.materialised_until >= until for s in uow.series.list()):
            return 0  # the common case: no write lock needed
    created = 0
    with ctx.store.write() as uow:
        until = horizon_end(uow, ctx.clock.today())
        for series in uow.series.list():
            if series.materialised_until >= until:
                continue
            start = series.materialised_until + timedelta(days=1)
            last = series.rule.last_date()
            if last is not None and last >= start:
                plan = materialise(uow, series, start, until)
                created += len(plan.create)
                record(
                    uow,
                    actor,
                    "series.extended",
                    "series",
                    series.id,
                    series.municipality_code,
                    after={"from": start, "until": until, "created": len(plan.create)},
                )
            uow.series.update(replace(series, materialised_until=until))
        uow.commit()
    return created


def _refuse_double_booked_advisor(
    uow: UnitOfWork, advisor: Person, rule: RecurrenceRule, until: date
) -> None:
    """An advisor holds one session at a time: a new series may not start where one of theirs does."""
    starts = {rule.instants(day)[0] for day in rule.dates(until=until)}
    if not starts:
        return
    taken = uow.slots.list(
        SlotFilter(advisor_id=advisor.id, starts_from=min(starts), starts_before=max(starts) + timedelta(1))
    )
    clash = sorted(s.starts_at for s in taken if s.starts_at in starts)
    if clash:
        day = clash[0].astimezone(ZONE).strftime("%d.%m.%Y kl. %H.%M")
        raise RuleRefused(f"{advisor.name} har allerede en tid {day}: serien ville ligge oven i en anden.")


def _audit_of_plan(series: Series, plan: MaterialisePlan) -> dict[str, object]:
    return {
        "series": series,
        "slots_created": len(plan.create),
        "slots_removed": len(plan.delete_slot_ids),
        "skipped": [(s.occurrence_date, s.reason) for s in plan.upsert_skips],
        "booked_kept": [s.id for s in plan.kept_booked],
    }


def _result(series: Series, plan: MaterialisePlan, invites_changed: Sequence[int] = ()) -> SeriesResult:
    return SeriesResult(
        series,
        len(plan.create),
        len(plan.delete_slot_ids),
        tuple(plan.upsert_skips),
        tuple(plan.kept_booked),
        tuple(invites_changed),
    )
