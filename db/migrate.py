"""Bring a store's schema to the newest migration; back up a SQLite file before changing it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

from db.engine import private_file

BACKUP_DAYS = 14  # then a backup goes, so case summaries purged from the store do not live on in it


# Alembic is loaded only to migrate (about 0.1 s of every start otherwise): an up-to-date store is
# told by its alembic_version row and the newest file in migrations/versions, whose names begin with
# their revision (tests/integration/test_migrations.py holds the two to Alembic's own answer).
VERSIONS = resources.files("db") / "migrations" / "versions"


def migration_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("db") / "migrations"))
    return config


def head_revision() -> str:
    """The newest revision this program knows."""
    return max(f.name.split("_", 1)[0] for f in VERSIONS.iterdir() if f.name[:4].isdigit())


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision; None for a store without one."""
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        if inspect(engine).has_table("alembic_version"):
            raise
        return None
    return None if found is None else str(found)


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_status(engine: Engine) -> SchemaStatus:
    return SchemaStatus(current_revision(engine), head_revision())


def setup_command(server: URL) -> str:
    """The command a database administrator runs to set a server's store up or upgrade it."""
    port = f":{server.port}" if server.port else ""
    admin_url = f"postgresql://ADMIN@{server.host or 'localhost'}{port}/{server.database}"
    return f"bua-booking --database {admin_url} server setup"


def schema_mismatch(current: str | None, server: URL) -> str | None:
    """The one Danish line a client shows for a server whose schema is not the program's, or None."""
    head = head_revision()
    if current == head:
        return None
    if current is None or current < head:
        return (
            f"Databasen på serveren er ikke sat op til denne version (skema {current or 'intet'}, programmet "
            f"bruger {head}): en databaseadministrator skal køre '{setup_command(server)}'."
        )
    return (
        f"Databasen på serveren er nyere end programmet (skema {current}, programmet kender {head}): "
        "installér den nyeste BUA Booking."
    )


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head. Returns the path of the SQLite backup taken first, if one was needed."""
    status = schema_status(engine)
    if status.up_to_date:
        return None
    has_data = status.current is not None or bool(inspect(engine).get_table_names())
    backup = _backup_sqlite(engine) if has_data else None
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch mode rebuilds a table by copy, drop and rename; with foreign keys on, the drop
            # would fire ON DELETE actions in other tables. SQLite only honours this pragma outside
            # a transaction, so it goes straight to the driver before SQLAlchemy begins one.
            _driver_execute(connection, "PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                migrate_connection(connection)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("migration left rows that break a foreign key")
        finally:
            if sqlite:
                _driver_execute(connection, "PRAGMA foreign_keys=ON")
    return backup


def migrate_connection(connection: Connection) -> None:
    """Run the migrations to head in `connection`'s open transaction."""
    from alembic import command

    config = migration_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def remove_old_backups(engine: Engine, now: datetime) -> list[Path]:
    """Delete this SQLite file's pre-migration backups older than BACKUP_DAYS; returns what went."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return []
    source = Path(database)
    removed = []
    for backup in source.parent.glob(f"{source.stem}.backup-*{source.suffix}"):
        stamp = backup.name.removeprefix(f"{source.stem}.backup-").removesuffix(source.suffix)
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        if now - taken > timedelta(days=BACKUP_DAYS):
            backup.unlink()
            removed.append(backup)
    return removed


def _driver_execute(connection: Connection, statement: str) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(statement)


def _backup_sqlite(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.stem}.backup-{stamp}{source.suffix}")
    private_file(target)
    # SQLite's online backup API copies a consistent state, WAL pages included.
    with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(target)) as copy:
        live.backup(copy)
    return target
