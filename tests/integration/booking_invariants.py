"""The booking invariants, read from the database itself: the 1:1 rule, capacities and `booked_count`,
who may hold a place, and the audit trail. Checked after every step of the state machine
(booking_machine.py) and by the command line's property test (test_cli_property.py).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.domain.booking import OCCUPYING_STATES, BookingState
from app.domain.model import Role
from app.domain.recurrence import SessionType
from app.services.rules import booking_rules
from db.models import AuditRow, BookingRow, PersonRow, SeriesRow, SlotRow
from db.store import SqlStore

OCCUPYING = frozenset(s.value for s in OCCUPYING_STATES)
HOLDING = OCCUPYING | {BookingState.WAITLISTED.value}
CREATING_ACTIONS = frozenset({"booking.created", "waitlist.joined"})
# Every call of uow.bookings.change() bumps the version by one and is recorded with one of these.
BUMPING_ACTIONS = frozenset(
    {
        "booking.cancelled",
        "booking.rescheduled",
        "booking.outcome",
        "waitlist.left",
        "waitlist.promoted",
        "waitlist.removed",
    }
)


def check_places(store: SqlStore, now: datetime) -> None:
    """The 1:1 rule, capacities and booked_count, and waitlists only where the places are taken."""
    with store.read() as uow:
        slots = uow.session.execute(
            select(
                SlotRow.id,
                SlotRow.capacity,
                SlotRow.booked_count,
                SlotRow.starts_at,
                SeriesRow.session_type,
            ).join(SeriesRow, SeriesRow.id == SlotRow.series_id)
        ).all()
        rows = uow.session.execute(
            select(BookingRow.id, BookingRow.slot_id, BookingRow.state, BookingRow.one_to_one)
        ).all()
    occupying: Counter[int | None] = Counter(r.slot_id for r in rows if r.state in OCCUPYING)
    waitlisted: Counter[int | None] = Counter(
        r.slot_id for r in rows if r.state == BookingState.WAITLISTED.value
    )
    assert None not in occupying and None not in waitlisted, "a place without a slot"
    kinds = {s.id: SessionType(s.session_type) for s in slots}
    for slot in slots:
        taken = occupying[slot.id]
        where = f"slot {slot.id} ({slot.session_type})"
        if kinds[slot.id].is_one_to_one:
            assert slot.capacity == 1, where
            assert taken <= 1, f"{where}: {taken} occupying bookings on a 1:1 slot"
        assert taken <= slot.capacity, f"{where}: {taken} occupying bookings, capacity {slot.capacity}"
        assert 0 <= slot.booked_count <= slot.capacity, f"{where}: booked_count {slot.booked_count}"
        assert slot.booked_count == taken, f"{where}: booked_count {slot.booked_count}, occupying {taken}"
        if waitlisted[slot.id]:
            assert kinds[slot.id] is SessionType.TEACHING, f"{where}: a waitlist on a 1:1 slot"
            # A freed place goes to the waitlist at once, as long as the session lies ahead.
            if slot.starts_at > now:
                assert taken == slot.capacity, f"{where}: a waitlist while {taken}/{slot.capacity} taken"
    for r in rows:
        if r.slot_id in kinds:
            assert r.one_to_one == kinds[r.slot_id].is_one_to_one, f"booking {r.id}: one_to_one"
    assert set(occupying) <= set(kinds) and set(waitlisted) <= set(kinds), "a place on a removed slot"


def check_holders(store: SqlStore) -> None:
    """Only active, eligible municipal staff hold places, on their municipality's slots."""
    with store.read() as uow:
        eligible = {p.value for p in booking_rules(uow).eligible_professions}
        rows = uow.session.execute(
            select(
                BookingRow.id,
                BookingRow.state,
                BookingRow.municipality_code,
                PersonRow.role,
                PersonRow.active,
                PersonRow.profession,
                PersonRow.municipality_code.label("person_municipality"),
                SlotRow.municipality_code.label("slot_municipality"),
                SeriesRow.session_type,
                SeriesRow.open_to_all,
            )
            .join(PersonRow, PersonRow.id == BookingRow.person_id)
            .join(SlotRow, SlotRow.id == BookingRow.slot_id)
            .join(SeriesRow, SeriesRow.id == SlotRow.series_id)
            .where(BookingRow.state.in_(sorted(HOLDING)))
        ).all()
    for r in rows:
        where = f"booking {r.id} ({r.state})"
        assert r.role == Role.MUNICIPAL_STAFF.value and r.active, f"{where}: {r.role}, active {r.active}"
        assert r.profession in eligible, f"{where}: profession {r.profession}"
        assert r.municipality_code == r.person_municipality, f"{where}: booker's municipality"
        open_to_all = r.session_type == SessionType.TEACHING.value and r.open_to_all
        assert r.person_municipality == r.slot_municipality or open_to_all, (
            f"{where}: staff of {r.person_municipality} on a slot of {r.slot_municipality}"
        )


def check_audited(store: SqlStore) -> None:
    """Every booking's every change is in the audit log, version by version."""
    with store.read() as uow:
        rows = uow.session.execute(select(BookingRow.id, BookingRow.state, BookingRow.version)).all()
        entries = uow.session.execute(
            select(AuditRow.entity_id, AuditRow.action, AuditRow.after)
            .where(AuditRow.entity == "booking")
            .order_by(AuditRow.id)
        ).all()
    trail: dict[str, list[Any]] = {}
    for entry in entries:
        trail.setdefault(entry.entity_id, []).append(entry)
    assert set(trail) <= {str(r.id) for r in rows}, "audit entries for bookings that do not exist"
    for r in rows:
        actions = [e.action for e in trail.get(str(r.id), [])]
        where = f"booking {r.id} ({r.state}, version {r.version}): {actions}"
        assert actions and actions[0] in CREATING_ACTIONS, where
        assert set(actions[1:]) <= BUMPING_ACTIONS, where
        assert r.version == 1 + sum(a in BUMPING_ACTIONS for a in actions), where
        last = trail[str(r.id)][-1].after
        assert last is not None and (last["state"], last["version"]) == (r.state, r.version), where
