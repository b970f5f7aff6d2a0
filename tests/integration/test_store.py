"""The store itself: audit trail, transactions, migrations and SQLite's locking set-up."""

from __future__ import annotations

import sqlite3
import threading
import time as clock_time
import traceback
from datetime import date, time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.model import ContactKind
from app.errors import NotFound
from app.services import contacts
from app.services.clock import FixedClock
from app.services.context import Context
from db.engine import create_store_engine
from db.migrate import migration_config, schema_status, upgrade
from db.models import PersonRow
from db.store import SqlStore
from tests.integration.helpers import ADMIN, add_advisor, weekly_series


def test_every_change_is_in_the_audit_log_with_before_and_after(ctx: Context, store: SqlStore) -> None:
    advisor = add_advisor(ctx)
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    created = weekly_series(ctx, advisor, 3, time(9), date(2027, 3, 1), date(2027, 5, 31))
    with store.read() as uow:
        entries = uow.audit.list()
    assert [e.action for e in entries] == ["person.added", "contact.assigned", "series.created"]
    assert all(e.actor.label == "system: test" and e.at is not None for e in entries)
    series_entry = entries[-1]
    assert series_entry.entity_id == str(created.series.id)
    assert series_entry.after is not None and series_entry.after["slots_created"] == 11
    assert ["2027-03-25", "Skærtorsdag"] in series_entry.after["skipped"]


def test_rows_are_stamped_with_the_time_of_the_stores_clock(store_url: str) -> None:
    clock = FixedClock(date(2026, 3, 2), hour=9)
    store = SqlStore.open(store_url, clock)
    try:
        add_advisor(Context(store, clock))
        with store.read() as uow:
            created_at = uow.session.scalar(select(PersonRow.created_at))
            logged_at = [e.at for e in uow.audit.list()]
    finally:
        store.dispose()
    assert created_at == clock.now()
    if store.engine.dialect.name == "sqlite":
        assert logged_at == [clock.now()]
    else:  # a shared server stamps its log itself: the client's clock is not trusted with it
        assert len(logged_at) == 1 and logged_at[0] != clock.now()


def test_the_audit_log_cannot_be_changed_or_deleted(ctx: Context, store: SqlStore) -> None:
    add_advisor(ctx)
    for statement in ("UPDATE audit_log SET actor_label = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as connection:
            connection.execute(text(statement))
    with store.read() as uow:
        assert [e.actor.label for e in uow.audit.list()] == ["system: test"]


def test_a_refused_action_writes_nothing(ctx: Context, store: SqlStore) -> None:
    with pytest.raises(NotFound):
        contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, "nobody@x.example")
    with store.read() as uow:
        assert uow.audit.list() == [] and uow.contacts.list() == []


def test_foreign_keys_are_enforced(store: SqlStore) -> None:
    with pytest.raises(DBAPIError), store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contact_assignments (municipality_code, kind, person_id, valid_from) "
                "VALUES ('730', 'bua_advisor', 12345, '2027-01-01')"
            )
        )


def test_sqlite_writers_queue_for_the_write_lock_instead_of_deadlocking(tmp_path: Path) -> None:
    """Two writers that both read first: with BEGIN IMMEDIATE the second waits and succeeds."""
    url = f"sqlite:///{tmp_path / 'lock.db'}"
    engine = create_store_engine(url)
    upgrade(engine)
    store = SqlStore(engine)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with store.write() as uow:
                uow.settings.get("counter")  # a read before the write: the deadlock pattern
                clock_time.sleep(0.2)
                value = uow.settings.get("counter") or 0
                uow.settings.put("counter", value + 1)
                uow.commit()
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(str(i),)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.read() as uow:
        assert uow.settings.get("counter") == 4  # no lost update
    store.dispose()


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    engine.dispose()


def test_upgrading_an_existing_sqlite_store_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    engine = create_store_engine(f"sqlite:///{path}")
    assert upgrade(engine) is None  # a brand-new file has nothing to lose
    with engine.begin() as connection:  # take it back before the first migration, keeping data
        config = migration_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.exec_driver_sql("CREATE TABLE notes (text VARCHAR)")
        connection.exec_driver_sql("INSERT INTO notes VALUES ('må ikke gå tabt')")

    backup = upgrade(engine)

    assert schema_status(engine).up_to_date
    assert backup is not None and backup.parent == tmp_path and backup != path
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT text FROM notes").fetchall() == [("må ikke gå tabt",)]
    copy.close()
    engine.dispose()


def test_a_database_error_never_carries_the_rows_values(store: SqlStore) -> None:
    """PostgreSQL's DETAIL line ("Failing row contains (...)", "Key (email)=(...)") is cut off."""
    marker = "hemmelig.markoer@randers.example"
    insert = text(
        "INSERT INTO people (email, name, role, active, created_at) "
        "VALUES (:email, 'Ulla Bak', 'advisor', true, CURRENT_TIMESTAMP)"
    )
    with store.engine.begin() as connection:
        connection.execute(insert, {"email": marker})
    with pytest.raises(IntegrityError) as refused, store.engine.begin() as connection:
        connection.execute(insert, {"email": marker})
    shown = "".join(traceback.format_exception(refused.value))
    assert marker not in shown and "DETAIL" not in shown
    assert "people" in str(refused.value)  # the error itself still says what failed
