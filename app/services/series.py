"""Recurring slot series: create, edit from a date on, cancel, restore or move one occurrence, and
keep every series materialised over the rolling horizon.

Every change reconciles the stored slots with the rule through `plan_materialisation`, which never
touches a booked slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from app.domain import limits
from app.domain.booking import BookingState
from app.domain.calendar import SkipKind
from app.domain.materialise import MaterialisePlan, plan_materialisation
from app.domain.model import (
    Actor,
    BookingFilter,
    NewSeries,
    Person,
    Role,
    Series,
    SkippedDate,
    Slot,
    SlotFilter,
)
from app.domain.recurrence import (
    RecurrenceRule,
    SessionType,
    check_session_time,
    local_instants,
)
from app.domain.time import ZONE
from app.errors import Conflict, InvalidInput, NotFound, RuleRefused
from app.ports import SlotBookedMeanwhile, UnitOfWork
from app.services import access
from app.services.bookings import cancel_for_bua
from app.services.context import Context, closure_calendar, horizon_end, person_by_email, record

DEFAULT_TEACHING_CAPACITY = 12


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
class SeriesChanges:
    """What `edit_series` changes from a date on; None keeps the current value."""

    weekday: int | None = None
    start_time: time | None = None
    every_weeks: int | None = None
    ends_on: date | None = None
    count: int | None = None
    duration_minutes: int | None = None
    capacity: int | None = None
    video_url: str | None = None
    advisor_email: str | None = None


@dataclass(frozen=True)
class SeriesResult:
    series: Series
    created: int = 0
    removed: int = 0
    skipped: Sequence[SkippedDate] = ()
    kept_booked: Sequence[Slot] = field(default_factory=tuple)  # booked slots the rule dropped
    invites_changed: Sequence[int] = ()  # booking ids whose invite changed: a new video link or advisor


def create_series(ctx: Context, actor: Actor, spec: SeriesSpec) -> SeriesResult:
    capacity = _capacity(spec.session_type, spec.capacity)
    _check_video_url(spec.video_url)
    if spec.open_to_all and spec.session_type is not SessionType.TEACHING:
        raise InvalidInput("Kun undervisning kan være åben for alle kommuner.")
    with ctx.store.write() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        access.require_any(who, access.Action.MANAGE_SERIES)
        if uow.municipalities.get(spec.municipality_code) is None:
            raise NotFound(f"Ukendt kommunekode: {spec.municipality_code}.")
        advisor = _advisor(uow, spec.advisor_email)
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
        plan = _materialise(uow, series, spec.rule.starts_on, until)
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
        old = _managed_series(uow, ctx, actor, series_id)
        advisor_id = old.advisor_id
        capacity = _capacity(old.session_type, changes.capacity or old.capacity)
        video_url = old.video_url if changes.video_url is None else changes.video_url or None
        _check_video_url(video_url)
        until = horizon_end(uow, ctx.clock.today())
        earlier = [d for d in old.rule.dates(until=from_date - timedelta(days=1))]
        new_rule = edited_rule(old.rule, from_date, changes)
        if changes.advisor_email is not None:
            advisor = _advisor(uow, changes.advisor_email)
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
            plan = _materialise(uow, updated, new_rule.starts_on, until, reset_moved=True)
            changed = _changed_invites(uow, ctx, old, updated, new_rule.starts_on)
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
        _materialise(uow, ended, from_date, until)
        plan = _materialise(uow, successor, from_date, until, reset_moved=True)
        changed = _changed_invites(uow, ctx, old, successor, from_date)
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
        series = _managed_series(uow, ctx, actor, series_id)
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
    _materialise(uow, series, day, day)
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
        series = _managed_series(uow, ctx, actor, series_id)
        _require_occurrence(series, day)
        skip = _skip_on(uow, series.id, day)
        if skip is None or skip.restored:
            raise RuleRefused(f"{day.isoformat()} er ikke sprunget over i serien.")
        uow.skips.put(replace(skip, restored=True))
        _materialise(uow, series, day, day)
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
        _managed_series(uow, ctx, actor, slot.series_id)
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
                plan = _materialise(uow, series, start, until)
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


def _materialise(
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


def _changed_invites(uow: UnitOfWork, ctx: Context, old: Series, new: Series, from_date: date) -> list[int]:
    """The booked sessions from `from_date` whose invite the edit changed: a new video link, and a new
    advisor. Returns the bookings to mail."""
    changed = []
    if new.video_url != old.video_url:
        changed += _raise_booked_sequences(uow, new.id, from_date)
    if new.advisor_id != old.advisor_id:
        changed += _hand_over(uow, new.id, from_date, new.advisor_id, ctx)
    return list(dict.fromkeys(changed))


def _hand_over(uow: UnitOfWork, series_id: int, from_date: date, advisor_id: int, ctx: Context) -> list[int]:
    """The series' sessions from `from_date` that have not begun become the new advisor's. A booked one
    changes its organizer, which calendars do not reliably take on an event they hold, so it is handed
    over as an absence hands a session to the deputy: the former advisor's event is cancelled and the
    new advisor's sent with a new UID. Returns the bookings to mail."""
    standing = frozenset({BookingState.BOOKED})
    changed = []
    for slot in uow.slots.for_series(series_id, from_date):
        if slot.advisor_id == advisor_id or slot.cancelled or slot.starts_at <= ctx.clock.now():
            continue  # a session that began, or was cancelled, stays with whoever held it
        if slot.has_bookings:
            uow.bookings.hand_over_events([slot.id], slot.advisor_id)
            changed += [b.id for b in uow.bookings.list(BookingFilter(slot_id=slot.id, states=standing))]
        uow.slots.set_advisor(slot.id, advisor_id)
    return changed


def _raise_booked_sequences(uow: UnitOfWork, series_id: int, from_date: date) -> list[int]:
    """Booked sessions keep their time but get the new video link: their invites changed. Returns
    the bookings to mail the new invite to."""
    booked = [s.id for s in uow.slots.for_series(series_id, from_date) if s.has_bookings]
    uow.bookings.raise_sequences(booked)
    standing = frozenset({BookingState.BOOKED})
    return [
        b.id for slot_id in booked for b in uow.bookings.list(BookingFilter(slot_id=slot_id, states=standing))
    ]


def rematerialise_all(uow: UnitOfWork, start: date) -> None:
    """After closure days changed: bring every series' slots from `start` in line."""
    for series in uow.series.list():
        if series.materialised_until >= start:
            _materialise(uow, series, start, series.materialised_until)


def _managed_series(uow: UnitOfWork, ctx: Context, actor: Actor, series_id: int) -> Series:
    """The series, if `actor` may change it: its own advisor or an administrator."""
    who = access.principal(uow, actor, ctx.clock.today())
    access.require_any(who, access.Action.MANAGE_SERIES)
    series = uow.series.get(series_id)
    if series is None:
        raise NotFound(f"Ingen serie med id {series_id}.")
    access.require(who, access.Action.MANAGE_SERIES, access.of_series(series, ctx.clock.today()))
    return series


def _advisor(uow: UnitOfWork, email: str) -> Person:
    person = person_by_email(uow, email)
    if person.role is not Role.ADVISOR or not person.active:
        raise RuleRefused(f"{person.name} er ikke en aktiv BUA-rådgiver.")
    return person


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


def _skip_on(uow: UnitOfWork, series_id: int, day: date) -> SkippedDate | None:
    return next((s for s in uow.skips.for_series(series_id, day) if s.occurrence_date == day), None)


def _require_occurrence(series: Series, day: date) -> None:
    if day not in set(series.rule.dates(until=day)):
        raise InvalidInput(f"Serien har ingen forekomst den {day.isoformat()}.")


def _capacity(session_type: SessionType, capacity: int | None) -> int:
    if session_type.is_one_to_one:
        if capacity not in (None, 1):
            raise InvalidInput("Sparring og supervision er altid 1:1: kapaciteten er 1.")
        return 1
    capacity = DEFAULT_TEACHING_CAPACITY if capacity is None else capacity
    if not 2 <= capacity <= 200:
        raise InvalidInput("Undervisning skal have plads til mellem 2 og 200 deltagere.")
    return capacity


def _check_video_url(url: str | None) -> None:
    if url is None:
        return
    limits.checked("Videolinket", url, limits.VIDEO_URL)
    if not url.startswith("https://") or any(c.isspace() for c in url):
        raise InvalidInput("Videolinket skal begynde med https:// og må ikke indeholde mellemrum.")


def edited_rule(rule: RecurrenceRule, from_date: date, changes: SeriesChanges) -> RecurrenceRule:
    """The rule `edit_series` gives the series from `from_date` on (pure: the editor previews it)."""
    used = sum(1 for _ in rule.dates(until=from_date - timedelta(days=1)))
    return _changed_rule(rule, from_date if used else rule.starts_on, changes, used)


def _changed_rule(rule: RecurrenceRule, starts_on: date, changes: SeriesChanges, used: int) -> RecurrenceRule:
    ends_on, count = rule.ends_on, rule.count
    if changes.ends_on is not None:
        ends_on, count = changes.ends_on, None
    elif changes.count is not None:
        ends_on, count = None, changes.count
    elif count is not None:
        count -= used  # the occurrences before the split stay with the old series
        if count < 1:
            raise RuleRefused("Serien har ingen forekomster efter den dato.")
    return RecurrenceRule(
        weekday=rule.weekday if changes.weekday is None else changes.weekday,
        start_time=changes.start_time or rule.start_time,
        starts_on=starts_on,
        every_weeks=changes.every_weeks or rule.every_weeks,
        ends_on=ends_on,
        count=count,
        duration_minutes=changes.duration_minutes or rule.duration_minutes,
        timezone=rule.timezone,
    )


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
