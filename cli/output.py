"""Printing read models: aligned Danish tables for people, stable JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.domain.booking import Booking
from app.domain.model import SkippedDate, Slot
from app.domain.time import ZONE
from cli.words import BOOKING_STATE_NAMES

if TYPE_CHECKING:  # the mail services load only when a command sends
    from app.services.mail import SentInvite


def local_iso(instant: datetime) -> str:
    """ISO 8601 in Copenhagen time with its UTC offset, e.g. 2027-03-25T09:00:00+01:00."""
    return instant.astimezone(ZONE).isoformat()


def slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.id,
        "series_id": slot.series_id,
        "start": local_iso(slot.starts_at),
        "end": local_iso(slot.ends_at),
        "municipality": slot.municipality_code,
        "advisor": slot.advisor_email,
        "session_type": slot.session_type.value,
        "capacity": slot.capacity,
        "booked": slot.booked_count,
        "free_places": max(slot.capacity - slot.booked_count, 0),
        "status": slot.status.value,
        "occurrence_date": slot.occurrence_date.isoformat(),
        "moved": slot.moved,
    }


def skipped_json(skip: SkippedDate) -> dict[str, Any]:
    return {
        "series_id": skip.series_id,
        "municipality": skip.municipality_code,
        "date": skip.occurrence_date.isoformat(),
        "kind": skip.kind.value,
        "reason": skip.reason,
    }


def printable(text: str) -> str:
    """Text with its control characters shown as escapes: a name never moves the cursor or rings."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in "\n\t" else f"\\x{ord(c):02x}" for c in text)


def print_json(value: Any) -> None:
    print(printable(json.dumps(value, ensure_ascii=False, indent=2)))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    if not rows:
        print("(ingen)")
        return
    cells = [[str(c) for c in headers], *[["" if c is None else printable(str(c)) for c in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def local_time_range(slot: Slot) -> str:
    start, end = slot.starts_at.astimezone(ZONE), slot.ends_at.astimezone(ZONE)
    return f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}"


def sent_json(sent: SentInvite) -> dict[str, Any]:
    return {
        "booking": sent.booking_id,
        "method": sent.method.value,
        "sequence": sent.sequence,
        "recipients": list(sent.recipients),
    }


def sent_line(sent: SentInvite) -> str:
    kind = "Aflysningen" if sent.method.value == "CANCEL" else "Invitationen"
    return f"{kind} (udgave {sent.sequence}) er sendt til {', '.join(sent.recipients)}."


def booking_json(booking: Booking) -> dict[str, Any]:
    return {
        "id": booking.id,
        "slot_id": booking.slot_id,
        "start": local_iso(booking.starts_at),
        "end": local_iso(booking.ends_at) if booking.ends_at else None,
        "person": booking.person_email,
        "municipality": booking.municipality_code,
        "slot_municipality": booking.slot_municipality_code,
        "advisor": booking.advisor_email,
        "session_type": booking.session_type.value if booking.session_type else None,
        "state": booking.state.value,
        "gp": (
            {"name": booking.gp.name, "email": booking.gp.email, "clinic": booking.gp.clinic}
            if booking.gp
            else None
        ),
        "cancel_reason": booking.cancel_reason,
        "version": booking.version,
    }


def booking_line(booking: Booking) -> str:
    start = booking.starts_at.astimezone(ZONE)
    gp = f", læge {booking.gp.name}" if booking.gp else ""
    return (
        f"booking {booking.id} (version {booking.version}): {start:%Y-%m-%d %H:%M}, "
        f"{booking.person_name}, {BOOKING_STATE_NAMES[booking.state].lower()}{gp}"
    )
