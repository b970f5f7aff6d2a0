"""A store written by an older version is upgraded with its data intact, on both engines."""

from __future__ import annotations

import os

from alembic import command
from sqlalchemy import text

from db.engine import create_store_engine
from db.migrate import current_revision, head_revision, migration_config, schema_status, upgrade


def test_a_store_from_the_first_release_keeps_its_series_and_slots(empty_url: str) -> None:
    engine = create_store_engine(empty_url)
    with engine.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO people (id, email, name, role, active, created_at) "
                "VALUES (1, 'ulla@bua.example', 'Ulla Bak', 'advisor', true, '2026-01-01 08:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO slot_series (id, municipality_code, advisor_id, session_type, capacity, "
                "weekday, start_time, every_weeks, starts_on, ends_on, duration_minutes, timezone, "
                "materialised_until) VALUES (1, '730', 1, 'teaching', 8, 3, '09:00:00', 1, "
                "'2027-03-01', '2027-03-31', 45, 'Europe/Copenhagen', '2027-12-31')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO slots (id, series_id, municipality_code, advisor_id, occurrence_date, "
                "starts_at, ends_at, status, moved) VALUES (1, 1, '730', 1, '2027-03-04', "
                "'2027-03-04 08:00:00', '2027-03-04 08:45:00', 'open', false)"
            )
        )
    assert schema_status(engine).current == "0001"

    backup = upgrade(engine)

    assert schema_status(engine).up_to_date
    with engine.connect() as connection:
        row = connection.execute(text("SELECT capacity, booked_count FROM slots")).one()
        assert tuple(row) == (8, 0)
        assert connection.execute(text("SELECT count(*) FROM bookings")).scalar() == 0
        assert connection.execute(text("SELECT name FROM people")).scalar() == "Ulla Bak"
    if empty_url.startswith("sqlite"):
        assert backup is not None and backup.exists() and os.path.getsize(backup) > 0
    engine.dispose()


def test_the_newest_migration_file_names_the_head_alembic_knows(empty_url: str) -> None:
    """Start-up compares the store with the newest file's revision, without loading Alembic: that must
    be the head Alembic itself would migrate to, and what an empty store reports is no revision."""
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(migration_config()).get_current_head()
    engine = create_store_engine(empty_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
