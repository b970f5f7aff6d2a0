"""Finding one thing a service acts on, or saying in Danish that it is not there."""

from __future__ import annotations

from app.domain.booking import Booking
from app.errors import NotFound
from app.ports import UnitOfWork


def booking(uow: UnitOfWork, booking_id: int, lock: bool = False) -> Booking:
    """The booking (locked for the transaction with `lock`), or NotFound."""
    found = uow.bookings.get(booking_id, lock=lock)
    if found is None:
        raise NotFound(f"Ingen booking med id {booking_id}.")
    return found
