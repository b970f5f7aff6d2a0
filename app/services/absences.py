"""An advisor's absence: every booked session it hits goes to the deputy or is cancelled, as the
advisor decides per session; open times in the period are cancelled. Nothing disappears silently:
registering refuses until every booked session has a decision.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain import limits
from app.domain.booking import Booking, BookingState
from app.domain.model import Absence, Actor, BookingFilter, ContactKind, Person, Slot, SlotFilter
from app.domain.time import ZONE, local_midnight
from app.errors import InvalidInput, RuleRefused
from app.ports import UnitOfWork
from app.services import access, lookups
from app.services.audit import record
from app.services.bookings import cancel_for_bua
from app.services.context import Context
from app.services.lookups import person_by_email
from app.services.occurrences import cancel_occurrence_in

WAITING_OR_BOOKED = frozenset({BookingState.BOOKED, BookingState.WAITLISTED})


class Handling(enum.StrEnum):
    DEPUTY = "deputy"
    CANCEL = "cancel"


@dataclass(frozen=True)
class AffectedSession:
    slot: Slot
    bookings: Sequence[Booking]  # booked places and waitlist entries
    deputy_email: str | None  # the municipality's deputy in force that day, if any


@dataclass(frozen=True)
class AbsenceResult:
    absence: Absence
    to_deputy: Sequence[int]  # slot ids
    cancelled: Sequence[int]  # slot ids of booked sessions cancelled
    open_cancelled: int  # open times cancelled
    invites_changed: Sequence[int] = ()  # booking ids whose invite changed: to the deputy, or cancelled


def affected_sessions(
    ctx: Context, advisor_email: str, starts_on: date, ends_on: date
) -> Sequence[AffectedSession]:
    with ctx.store.read() as uow:
        advisor = _absent_advisor(uow, ctx, ctx.actor, advisor_email)
        return _affected(uow, advisor, starts_on, ends_on, ctx.clock.now())


def add_absence(
    ctx: Context,
    actor: Actor,
    advisor_email: str,
    starts_on: date,
    ends_on: date,
    reason: str,
    decisions: Mapping[int, Handling],
) -> AbsenceResult:
    reason = limits.checked("Begrundelsen", " ".join(reason.split()), limits.ABSENCE_REASON)
    if not reason:
        raise InvalidInput("Angiv en begrundelse for fraværet.")
    if ends_on < starts_on:
        raise InvalidInput("Fraværet slutter før det begynder.")
    with ctx.store.write() as uow:
        advisor = _absent_advisor(uow, ctx, actor, advisor_email)
        # Lock the period's slots first, so a booking cannot land between reading and acting.
        now = ctx.clock.now()
        uow.slots.lock(sorted(a.slot.id for a in _affected(uow, advisor, starts_on, ends_on, now)))
        affected = _affected(uow, advisor, starts_on, ends_on, now)
        booked = {a.slot.id: a for a in affected if a.slot.has_bookings}
        missing = sorted(set(booked) - set(decisions))
        if missing:
            raise RuleRefused(
                f"{len(missing)} bookede møder mangler en beslutning (stedfortræder eller aflys): "
                f"tid {', '.join(map(str, missing))}."
            )
        unknown = sorted(set(decisions) - set(booked))
        if unknown:
            raise InvalidInput(f"Tid {', '.join(map(str, unknown))} er ikke et booket møde i fraværet.")
        to_deputy, cancelled, open_cancelled, changed = [], [], 0, []
        for session in affected:
            slot = session.slot
            handling = decisions.get(slot.id)
            if handling is Handling.DEPUTY:
                deputy = session.deputy_email and person_by_email(uow, session.deputy_email)
                if not deputy or deputy.id == advisor.id:
                    raise RuleRefused(f"Kommunen har ingen stedfortræder til tid {slot.id}.")
                # A new event from the deputy; the advisor's is cancelled when the invites are sent.
                uow.bookings.hand_over_events([slot.id], advisor.id)
                uow.slots.set_advisor(slot.id, deputy.id)
                record(
                    uow,
                    actor,
                    "slot.handed_to_deputy",
                    "slot",
                    slot.id,
                    slot.municipality_code,
                    before={"advisor_id": advisor.id},
                    after={"advisor_id": deputy.id},
                )
                to_deputy.append(slot.id)
                changed += [b.id for b in session.bookings if b.state is BookingState.BOOKED]
                continue
            for booking in session.bookings:
                cancel_for_bua(uow, ctx, actor, booking, f"Rådgiveren er fraværende: {reason}")
            changed += [b.id for b in session.bookings if b.state is BookingState.BOOKED]
            series = uow.series.get(slot.series_id)
            assert series is not None
            cancel_occurrence_in(uow, actor, series, slot.occurrence_date, f"Fravær: {reason}")
            if handling is Handling.CANCEL:
                cancelled.append(slot.id)
            else:
                open_cancelled += 1
        absence = uow.absences.add(advisor.id, starts_on, ends_on, reason)
        record(uow, actor, "absence.added", "absence", absence.id, after=absence)
        uow.commit()
    return AbsenceResult(absence, to_deputy, cancelled, open_cancelled, changed)


def list_absences(ctx: Context, advisor_email: str | None = None) -> Sequence[Absence]:
    """The absences the reader may see: an advisor their own, an administrator everyone's."""
    with ctx.store.read() as uow:
        advisor_id = _absent_advisor(uow, ctx, ctx.actor, advisor_email).id if advisor_email else None
        return access.visible(
            access.acting(uow, ctx),
            access.Action.MANAGE_ABSENCE,
            uow.absences.list(advisor_id),
            lambda a: access.of_person(a.advisor_id),
        )


def _affected(
    uow: UnitOfWork, advisor: Person, starts_on: date, ends_on: date, now: datetime
) -> list[AffectedSession]:
    """The advisor's sessions in the period that have not begun: what is past stays as it was."""
    slots = uow.slots.list(
        SlotFilter(
            advisor_id=advisor.id,
            starts_from=max(local_midnight(starts_on), now),
            starts_before=local_midnight(ends_on + timedelta(days=1)),
        )
    )
    sessions = []
    for slot in slots:
        bookings = uow.bookings.list(BookingFilter(slot_id=slot.id, states=WAITING_OR_BOOKED))
        day = slot.starts_at.astimezone(ZONE).date()
        deputy = next(
            (
                a.person_email
                for a in uow.contacts.list(slot.municipality_code, ContactKind.BUA_DEPUTY)
                if a.in_force_on(day)
            ),
            None,
        )
        sessions.append(AffectedSession(slot, bookings, deputy))
    return sessions


def _absent_advisor(uow: UnitOfWork, ctx: Context, actor: Actor, email: str) -> Person:
    """The absent advisor, if `actor` may handle their absence: the advisor or an administrator."""
    who = access.principal(uow, actor, ctx.clock.today())
    access.require_any(who, access.Action.MANAGE_ABSENCE)
    person = lookups.advisor(uow, email, active=False)
    access.require(who, access.Action.MANAGE_ABSENCE, access.of_person(person.id))
    return person
