"""What an edit of a series does to its booked sessions' invites from the date on: a new video link
raises their SEQUENCE, a new advisor hands them over as a cancelled event and a new one. Returns the
bookings whose invite is due, for the caller to mail."""

from __future__ import annotations

from datetime import date

from app.domain.booking import BookingState
from app.domain.model import BookingFilter, Series
from app.ports import UnitOfWork
from app.services.context import Context


def changed_invites(uow: UnitOfWork, ctx: Context, old: Series, new: Series, from_date: date) -> list[int]:
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
