"""Migration 0005: bookings get their own end (from their slot, or 45 minutes where the slot is gone),
slots a `cancelled` flag, the partial unique indexes keep their conditions, and on SQLite ids are
never reused."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.engine import create_store_engine
from db.migrate import schema_status, upgrade
from tests.integration.test_migration_summaries import OLD_ROWS, _migrate

SLOTLESS = (
    "INSERT INTO bookings (id, slot_id, starts_at, person_id, municipality_code, one_to_one, state, "
    "created_at, updated_at, version, ical_uid, ical_sequence) VALUES "
    "(2, NULL, '2027-03-11 08:00:00', 2, '730', true, 'cancelled', '2027-02-01 08:00:00', "
    "'2027-02-01 08:00:00', 2, 'b@bua-booking', 1)"
)
SECOND_ON_SLOT = (
    "INSERT INTO bookings (id, slot_id, starts_at, ends_at, person_id, municipality_code, one_to_one, "
    "state, created_at, updated_at, version, ical_uid, ical_sequence) VALUES "
    "({id}, 1, '2027-03-04 08:00:00', '2027-03-04 08:45:00', 2, '730', true, '{state}', "
    "'2027-02-01 08:00:00', '2027-02-01 08:00:00', 1, '{uid}@bua-booking', 0)"
)


def _naive(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=None)


def test_a_store_from_0004_gets_booking_ends_and_keeps_its_rules(empty_url: str) -> None:
    engine = create_store_engine(empty_url)
    _migrate(engine, "0004")
    with engine.begin() as connection:
        for statement in (*OLD_ROWS, SLOTLESS):
            connection.execute(text(statement))

    upgrade(engine)

    assert schema_status(engine).up_to_date
    with engine.begin() as connection:
        ends: dict[int, object] = dict(connection.execute(text("SELECT id, ends_at FROM bookings")).all())
        assert {k: _naive(v) for k, v in ends.items()} == {
            1: datetime(2027, 3, 4, 8, 45),  # the slot's end
            2: datetime(2027, 3, 11, 8, 45),  # no slot left: 45 minutes
        }
        assert connection.execute(text("SELECT cancelled FROM slots")).scalars().all() == [False]
    # The 1:1 rule still holds, and still only for bookings that hold the place.
    with engine.begin() as connection:
        connection.execute(text(SECOND_ON_SLOT.format(id=3, state="cancelled", uid="c")))
    with pytest.raises(IntegrityError, match=r"uq_bookings_one_to_one|UNIQUE"), engine.begin() as connection:
        connection.execute(text(SECOND_ON_SLOT.format(id=4, state="booked", uid="d")))
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            ).all()
        assert all("AUTOINCREMENT" in sql for name, sql in tables if name in ("slots", "bookings"))
    engine.dispose()
