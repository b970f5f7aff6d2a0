"""Migration 0004: a store from before case summaries keeps its bookings, gains an empty summaries
table that holds one summary per booking, and goes back to 0003 without losing a booking."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from db.engine import create_store_engine
from db.migrate import migration_config, schema_status, upgrade

OLD_ROWS = (
    "INSERT INTO people (id, email, name, role, municipality_code, profession, active, created_at) "
    "VALUES (1, 'ulla@bua.example', 'Ulla Bak', 'advisor', NULL, NULL, true, '2027-01-01 08:00:00'), "
    "(2, 'pia@randers.example', 'Pia Holm', 'municipal_staff', '730', 'psychologist', true, "
    "'2027-01-01 08:00:00')",
    "INSERT INTO slot_series (id, municipality_code, advisor_id, session_type, capacity, weekday, "
    "start_time, every_weeks, starts_on, ends_on, duration_minutes, timezone, materialised_until) "
    "VALUES (1, '730', 1, 'sparring', 1, 3, '09:00:00', 1, '2027-03-01', '2027-03-31', 45, "
    "'Europe/Copenhagen', '2027-12-31')",
    "INSERT INTO slots (id, series_id, municipality_code, advisor_id, occurrence_date, starts_at, "
    "ends_at, moved, capacity, booked_count) VALUES "
    "(1, 1, '730', 1, '2027-03-04', '2027-03-04 08:00:00', '2027-03-04 08:45:00', false, 1, 1)",
    "INSERT INTO bookings (id, slot_id, starts_at, person_id, municipality_code, one_to_one, state, "
    "created_at, updated_at, version, ical_uid, ical_sequence) VALUES "
    "(1, 1, '2027-03-04 08:00:00', 2, '730', true, 'booked', '2027-02-01 08:00:00', "
    "'2027-02-01 08:00:00', 1, 'a@bua-booking', 0)",
)
SUMMARY = (
    "INSERT INTO case_summaries (booking_id, municipality_code, state, question, problem, tried, "
    "screenings, warnings_acknowledged, created_at, updated_at, version) VALUES "
    "(1, '730', 'draft', 'Q', 'P', '', '[]', false, '2027-02-01 08:00:00', '2027-02-01 08:00:00', 1)"
)


def _migrate(engine: Engine, revision: str, downgrade: bool = False) -> None:
    with engine.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)


def test_a_store_from_0003_keeps_its_bookings_and_holds_one_summary_per_booking(empty_url: str) -> None:
    engine = create_store_engine(empty_url)
    _migrate(engine, "0003")
    with engine.begin() as connection:
        for statement in OLD_ROWS:
            connection.execute(text(statement))

    upgrade(engine)

    assert schema_status(engine).up_to_date
    with engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_summaries")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM case_summary_tombstones")).scalar_one() == 0
        connection.execute(text(SUMMARY))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(SUMMARY))

    _migrate(engine, "0003", downgrade=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT ical_uid FROM bookings")).scalars().all() == ["a@bua-booking"]
    engine.dispose()
