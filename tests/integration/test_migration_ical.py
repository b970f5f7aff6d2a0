"""Migration 0003: bookings written before it get a UID each and sequence 0, on both engines."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from db.engine import create_store_engine
from db.migrate import migration_config, schema_status, upgrade


def test_bookings_from_before_0003_get_a_uid_each_and_sequence_zero(empty_url: str) -> None:
    engine = create_store_engine(empty_url)
    with engine.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for statement in (
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
            "(1, 1, '730', 1, '2027-03-04', '2027-03-04 08:00:00', '2027-03-04 08:45:00', false, 1, 1), "
            "(2, 1, '730', 1, '2027-03-11', '2027-03-11 08:00:00', '2027-03-11 08:45:00', false, 1, 0)",
            "INSERT INTO bookings (id, slot_id, starts_at, person_id, municipality_code, one_to_one, state, "
            "created_at, updated_at, version) VALUES "
            "(1, 1, '2027-03-04 08:00:00', 2, '730', true, 'booked', '2027-02-01 08:00:00', "
            "'2027-02-01 08:00:00', 1), "
            "(2, 2, '2027-03-11 08:00:00', 2, '730', true, 'cancelled', '2027-02-01 08:00:00', "
            "'2027-02-02 08:00:00', 2)",
        ):
            connection.execute(text(statement))

    upgrade(engine)

    assert schema_status(engine).up_to_date
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT ical_uid, ical_sequence FROM bookings ORDER BY id")).all()
    uids = [uid for uid, _ in rows]
    assert len(set(uids)) == 2 and all(uid.endswith("@bua-booking") for uid in uids)
    assert [sequence for _, sequence in rows] == [0, 0]
    engine.dispose()
