"""The store: opens units of work (one session, one transaction each) on an engine."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app import ports
from app.errors import StoreUnavailable
from app.services.clock import SystemClock
from db import repositories as repos
from db.engine import WRITE_OPTION, create_store_engine, describe_url
from db.prepared import WRITTEN, batch, discard_waiting, send_waiting, written
from db.repositories.absences import SqlAbsences
from db.repositories.bookings import SqlBookings
from db.summary_repositories import SqlSummaries

CHANNEL = "bua_changes"  # where the server announces committed writes (server_security.sql)
UNDEFINED_TABLE = "42P01"  # PostgreSQL's SQLSTATE for a table that is not there


class SqlUnitOfWork:
    """One transaction; repositories share its session and its clock (the times they stamp). Leaving
    without commit() rolls back."""

    session: Session
    municipalities: ports.MunicipalityRepository
    people: ports.PersonRepository
    contacts: ports.ContactRepository
    closures: ports.ClosureRepository
    series: ports.SeriesRepository
    slots: ports.SlotRepository
    skips: ports.SkipRepository
    bookings: ports.BookingRepository
    absences: ports.AbsenceRepository
    summaries: ports.SummaryRepository
    audit: ports.AuditRepository
    settings: ports.SettingsRepository

    def __init__(
        self,
        session_factory: sessionmaker[Session] | None,
        where: str,
        clock: ports.Clock,
        outer: Session | None = None,
        committed: Callable[[set[str]], None] | None = None,
    ):
        self._factory = session_factory
        self._where = where
        self.clock = clock
        self._outer = outer  # set: this unit of work is a savepoint inside that session's transaction
        self._committed = committed  # told which tables a commit wrote

    def __enter__(self) -> Self:
        if self._outer is not None:
            self.session = self._outer
            self._savepoint = self._outer.begin_nested()
        else:
            assert self._factory is not None
            self.session = self._factory()
            self.session.info[WRITTEN] = set()
        session = self.session
        self.municipalities = repos.SqlMunicipalities(session)
        self.people = self._people = repos.SqlPeople(session, self.clock)
        self.contacts = repos.SqlContacts(session)
        self.closures = self._closures = repos.SqlClosures(session)
        self.series = self._series = repos.SqlSeries(session)
        self.slots = self._slots = repos.SqlSlots(session)
        self.skips = self._skips = repos.SqlSkips(session)
        self.bookings = self._bookings = SqlBookings(session, self.clock)
        self.absences = SqlAbsences(session, self.clock)
        self.summaries = self._summaries = SqlSummaries(session)
        self.audit = repos.SqlAudit(session, self.clock)
        self.settings = self._settings = repos.SqlSettings(session)
        return self

    def read_ahead(self, ahead: ports.Ahead) -> None:
        with batch(self.session) as send:
            keep = [self._people.read_ahead(send, p) for p in ahead.people]
            keep += [self._slots.read_ahead(send, s) for s in ahead.slots]
            if ahead.settings:
                keep.append(self._settings.read_ahead(send))
            if ahead.closures:
                keep.append(self._closures.read_ahead(send))
            keep += [self._slots.read_ahead_list(send, w) for w in ahead.slot_lists]
            keep += [self._bookings.read_ahead_list(send, w) for w in ahead.booking_lists]
            keep += [self._summaries.read_ahead_states(send, w) for w in ahead.booking_lists]
            keep += [self._skips.read_ahead_list(send, q) for q in ahead.skip_lists]
            keep += [self._series.read_ahead_of_advisor(send, a) for a in ahead.advisors_series]
        for step in keep:
            step()

    def commit(self) -> None:
        if self._outer is not None:
            self._savepoint.commit()
            return
        self.session.flush()
        send_waiting(self.session, commit=True)  # on a server: what waits, with COMMIT, in one trip
        self.session.commit()
        if self._committed is not None:
            self._committed(written(self.session))
            self.session.info[WRITTEN] = set()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        discard_waiting(self.session)
        if self._outer is not None:
            if self._savepoint.is_active:
                self._savepoint.rollback()
        else:
            self.session.rollback()
            self.session.close()
        if isinstance(exc, OperationalError):
            if "readonly" in str(exc.orig):
                raise StoreUnavailable(f"Databasen er skrivebeskyttet ({self._where}).") from exc
            raise StoreUnavailable(f"Databasen kan ikke nås eller er optaget ({self._where}).") from exc


class SqlStore:
    def __init__(self, engine: Engine, clock: ports.Clock | None = None) -> None:
        self.engine = engine
        # The time the repositories stamp on rows: give the store the clock its Context has.
        self.clock: ports.Clock = clock or SystemClock()
        self._description = describe_url(engine.url.render_as_string(hide_password=False))
        # Under READ COMMITTED each statement takes its own snapshot anyway, so on PostgreSQL a read
        # transaction adds only two round trips (BEGIN, ROLLBACK). SQLite keeps its BEGIN: there it
        # pins one WAL snapshot for the whole unit of work. A write on PostgreSQL sends its own BEGIN
        # with its first statement (db/engine.py, _defer_postgres_begin), so its driver is in
        # autocommit too.
        reads, writes = engine, engine.execution_options(**{WRITE_OPTION: True})
        if engine.dialect.name == "postgresql":
            reads = engine.execution_options(isolation_level="AUTOCOMMIT")
            writes = writes.execution_options(isolation_level="AUTOCOMMIT")
        self._read_engine = reads
        self._changes = 0  # what the server announced so far (change_token)
        self._read = sessionmaker(bind=reads, expire_on_commit=False)
        self._write = sessionmaker(bind=writes, expire_on_commit=False)
        for factory in (self._read, self._write):
            event.listen(factory, "after_flush", _record_flush)
            event.listen(factory, "do_orm_execute", _record_statement)
        self._recording = threading.local()  # the tables this thread's commits wrote (recording())
        self._watch: Any = None  # the DBAPI connection whose data_version is watched
        self._watch_lock = threading.Lock()
        # Set when opening upgraded the schema of a SQLite file: its backup, for the window to tell once.
        self.upgrade_backup: Path | None = None

    @classmethod
    def open(cls, url: str, clock: ports.Clock | None = None) -> SqlStore:
        return cls(create_store_engine(url), clock)

    def read(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._read, self.describe(), self.clock, committed=self._note)

    def write(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._write, self.describe(), self.clock, committed=self._note)

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        """Collects the tables that this thread's units of work commit inside the block."""
        tables: set[str] = set()
        self._recording.tables = tables
        try:
            yield tables
        finally:
            self._recording.tables = None

    def _note(self, tables: set[str]) -> None:
        recorded: set[str] | None = getattr(self._recording, "tables", None)
        if recorded is not None:
            recorded |= tables

    def describe(self) -> str:
        return self._description

    def change_token(self) -> int | None:
        if self.engine.dialect.name == "postgresql":
            return self._server_token()
        # data_version changes only for commits by *other* connections, so the watcher keeps one
        # connection of its own (in autocommit: the connect hook switched the driver's BEGIN off).
        with self._watch_lock:
            try:
                if self._watch is None:
                    self._watch = self.engine.raw_connection()
                cursor = self._watch.cursor()
                try:
                    cursor.execute("PRAGMA data_version")
                    return int(cursor.fetchone()[0])
                finally:
                    cursor.close()
            except (OperationalError, sqlite3.Error) as error:
                raise StoreUnavailable(f"Databasen kan ikke nås ({self.describe()}).") from error

    def server_revision(self) -> str | None:
        """A server's schema revision, None where it has none; a client's check of the server it
        opens. One round trip, outside a transaction (Alembic's asks whether the table exists first,
        inside BEGIN and ROLLBACK), and it starts listening for the server's announced changes on
        the same trip, for `change_token`."""
        statement = f"LISTEN {CHANNEL}; SELECT version_num FROM public.alembic_version"
        driver = self.engine.dialect.loaded_dbapi
        with self._read_engine.connect() as connection:
            cursor = connection.connection.cursor()
            try:
                cursor.execute(statement)  # without parameters: both in one simple-protocol message
                cursor.nextset()  # past LISTEN's empty result
                row = cursor.fetchone()
            except driver.Error as error:
                if getattr(error, "sqlstate", None) == UNDEFINED_TABLE:
                    return None
                raise DBAPIError.instance(statement, None, error, driver.Error) from error
            finally:
                cursor.close()
            connection.connection.info[CHANNEL] = True
            self._changes += 1  # a new connection: what happened before was not heard
        return None if row is None else str(row[0])

    def _server_token(self) -> int:
        """Counts the changes the server announced (server_security.sql), on the client's one
        connection: it LISTENs there, and psycopg keeps what arrives between two calls. A new
        connection (the first, or after the server or its backend went away) counts as a change,
        since what happened meanwhile was not heard. A connection found dead here is replaced once."""
        lost = (OperationalError, self.engine.dialect.loaded_dbapi.OperationalError)
        try:
            return self._count_changes(lost)
        except lost:
            pass  # that connection was dropped and invalidated: the next is a new one
        try:
            return self._count_changes(lost)
        except lost as error:
            raise StoreUnavailable(f"Databasen kan ikke nås ({self.describe()}).") from error

    def _count_changes(self, lost: tuple[type[Exception], ...]) -> int:
        with self._read_engine.connect() as connection:
            try:
                return self._listen_and_count(connection)
            except lost:
                connection.invalidate()
                raise

    def _listen_and_count(self, connection: Connection) -> int:
        pooled = connection.connection
        driver: Any = pooled.driver_connection  # psycopg's: it keeps the notifications
        if not pooled.info.get(CHANNEL):
            connection.exec_driver_sql(f"LISTEN {CHANNEL}")
            pooled.info[CHANNEL] = True
            self._changes += 1
        self._changes += sum(1 for _ in driver.notifies(timeout=0))
        return self._changes

    def reclaim(self) -> None:
        """After a purge: on SQLite, fold the write-ahead log into the file and empty it, so the deleted
        text (overwritten in the file by secure_delete) is not left in the log either."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def all_or_nothing(self) -> Iterator[ports.Store]:
        """A store whose units of work are savepoints in one transaction, committed when the block
        ends and rolled back as a whole when it raises (Ctrl-C included): a demo lands whole or not."""
        with self._write() as session, session.begin():
            yield _OneTransaction(session, self.describe(), self.clock)

    def dispose(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()


def _record_flush(session: Session, _context: Any) -> None:
    """The ORM's own writes (after_flush still lists what the flush wrote)."""
    changed = (*session.new, *session.dirty, *session.deleted)
    written(session).update(type(row).__table__.name for row in changed)


def _record_statement(state: ORMExecuteState) -> None:
    """INSERT, UPDATE and DELETE statements run through the session."""
    if state.is_insert or state.is_update or state.is_delete:
        written(state.session).add(state.statement.table.name)  # type: ignore[attr-defined]


class _OneTransaction:
    """The Store port over one open transaction: each unit of work is a savepoint in it."""

    def __init__(self, session: Session, where: str, clock: ports.Clock) -> None:
        self._session, self._where, self._clock = session, where, clock

    def read(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(None, self._where, self._clock, outer=self._session)

    write = read

    def describe(self) -> str:
        return self._where

    def change_token(self) -> int | None:
        return None

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        yield set()  # a demo is committed as a whole, after every unit of work in it
