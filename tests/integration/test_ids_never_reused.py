"""Slot and booking ids are never handed out twice: AUTOINCREMENT on SQLite, sequences on PostgreSQL.
A teaching session's calendar UID carries its slot's id, so a reused id would be another meeting."""

from __future__ import annotations

from sqlalchemy import text

from app.services import bookings, series, slots
from app.services.context import Context
from db.store import SqlStore
from tests.integration.helpers import ADMIN, actor_of, add_member, get_slot
from tests.services.test_cancelled_sessions import CPH, _booked, _slot_on


def test_slot_and_booking_ids_are_never_handed_out_twice(ctx: Context, store: SqlStore) -> None:
    booking, slot, ctx = _booked(ctx)
    last = max(slots.list_slots(ctx), key=lambda s: s.id)
    series.cancel_occurrence(ctx, ADMIN, last.series_id, last.occurrence_date, "Kursus")  # deleted: free
    series.restore_occurrence(ctx, ADMIN, last.series_id, last.occurrence_date)
    assert get_slot(ctx, _slot_on(ctx, last.starts_at.astimezone(CPH).date()).id).id > last.id

    with store.engine.begin() as connection:  # as if the newest booking had never been
        connection.execute(text("DELETE FROM bookings WHERE id = :id"), {"id": booking.id})
        connection.execute(text("UPDATE slots SET booked_count = 0 WHERE id = :id"), {"id": slot.id})
    jens = add_member(ctx, "jens@randers.example", name="Jens Berg")
    assert bookings.book(ctx, actor_of(jens), slot.id).id > booking.id
