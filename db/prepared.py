"""Statements compiled once per dialect and run on the unit of work's driver connection.

SQLAlchemy's execution layer costs 55-75 µs a statement on our 2-core machines, three to four times
what SQLite itself needs for a primary-key read (bench/booking_latency.py, bench/advisor_week.py). The
statements of the booking transaction and of the calendar's week run through `Prepared` instead. They
are still SQLAlchemy statements built from the models, so their SQL follows the schema. Values pass
through the column types' own bind and result processors, so they read and write exactly as the ORM
does. They run in the session's transaction, and errors come out as SQLAlchemy's exceptions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import BindParameter, Connection, Engine, event, literal
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.expression import ClauseElement

from db.engine import HIDE_PARAMETERS, PENDING_BEGIN, send_pending_begin

Processor = Callable[[Any], Any] | None
WRITTEN = "bua_written"  # session.info: the tables the unit of work wrote (SqlStore.recording)
_DRIVER = "bua_driver_connection"
_CONFLICT = "bua_conflict"  # pooled connection's info: what an IntegrityError of the waiting means
_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE, without importing the driver on SQLite
_PIPELINE = "bua_pipeline"  # pooled connection's info: psycopg's pipeline holding what waits for the commit


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # (name, required, value when not required, bind processor), in the driver's order
    binds: tuple[tuple[str, bool, Any, Processor], ...]
    results: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column index, result processor)
    positional: bool


def written(session: Session) -> set[str]:
    """The tables written in `session`'s unit of work so far."""
    tables: set[str] = session.info.setdefault(WRITTEN, set())
    return tables


def literals(values: Iterable[Any]) -> list[BindParameter[Any]]:
    """Constants for `column.in_(...)`: one fixed parameter each, where a plain list would expand."""
    return [literal(v) for v in values]


class Prepared:
    """One statement with named bind parameters (`bindparam("name")`), compiled on first use."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def rows(self, session: Session, **params: Any) -> list[tuple[Any, ...]]:
        compiled, cursor = self._execute(session, params)
        return _processed(compiled, cursor.fetchall())

    def first(self, session: Session, **params: Any) -> tuple[Any, ...] | None:
        found = self.rows(session, **params)
        return found[0] if found else None

    def scalar(self, session: Session, **params: Any) -> Any:
        found = self.first(session, **params)
        return None if found is None else found[0]

    def rowcount(self, session: Session, **params: Any) -> int:
        return int(self._execute(session, params)[1].rowcount)

    def sql(self, dialect: Dialect) -> str:
        return self._compiled(dialect).sql

    def driver_params(self, dialect: Dialect, params: Mapping[str, Any]) -> Any:
        """The parameters as the driver receives them."""
        compiled = self._compiled(dialect)
        values = []
        for name, required, default, process in compiled.binds:
            value = params[name] if required else params.get(name, default)
            values.append((name, value if process is None else process(value)))
        return tuple(v for _, v in values) if compiled.positional else dict(values)

    def _execute(self, session: Session, params: Mapping[str, Any]) -> tuple[_Compiled, Any]:
        session.flush()  # as session.execute would: the statement must see the session's own changes
        if isinstance(self.statement, UpdateBase):
            written(session).add(self.statement.table.name)  # type: ignore[union-attr]
        driver, dialect, info = _driver(session)
        compiled = self._compiled(dialect)
        bound = self.driver_params(dialect, params)
        cursor = driver.cursor()
        try:
            send_pending_begin(info, cursor)
            cursor.execute(compiled.sql, bound)
        except dialect.loaded_dbapi.Error as error:
            raise DBAPIError.instance(
                compiled.sql,
                bound,
                error,
                dialect.loaded_dbapi.Error,
                hide_parameters=HIDE_PARAMETERS,
                dialect=dialect,
            ) from error
        return compiled, cursor

    def _compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            found = self._by_dialect[dialect.name] = _compile(self.statement, dialect)
        return found


def _processed(compiled: _Compiled, found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    if compiled.results:
        for n, row in enumerate(found):
            values = list(row)
            for column, process in compiled.results:
                values[column] = process(values[column])
            found[n] = tuple(values)
    return found


class Pending:
    """A statement sent ahead (`batch`, `with_commit`): its rows, once it has reached the server."""

    def __init__(self, session: Session, compiled: _Compiled, cursor: Any) -> None:
        self._session, self._compiled, self._cursor = session, compiled, cursor
        self._rows: list[tuple[Any, ...]] | None = None

    def rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            send_waiting(self._session)  # asked for before the commit it was to go with: send it now
            self._rows = _processed(self._compiled, self._cursor.fetchall())
        return self._rows

    def first(self) -> tuple[Any, ...] | None:
        found = self.rows()
        return found[0] if found else None

    def scalar(self) -> Any:
        found = self.first()
        return None if found is None else found[0]


Send = Callable[..., Pending]  # batch's: send(statement, **params)


@contextmanager
def batch(session: Session) -> Iterator[Send]:
    """Statements that need none of each other's rows, sent together: on PostgreSQL in one pipeline,
    a single round trip (a write's BEGIN included, db/engine.py); on SQLite one after the other, as
    there is no network to save. The server runs them in order, so a lock taken by the first holds for
    the reads after it, and each read sees what was committed before the lock was granted. Outside a
    transaction (a read unit of work on a server) they go as one REPEATABLE READ READ ONLY transaction,
    begun and committed in the same pipeline: every read of the batch sees one snapshot, at no extra
    round trip. Their rows are there once the block has ended."""
    session.flush()  # the ORM's pending writes go first, outside the pipeline
    send_waiting(session)
    driver, dialect, info = _driver(session)

    def send(statement: Prepared, **params: Any) -> Pending:
        compiled, cursor = statement._execute(session, params)
        return Pending(session, compiled, cursor)

    if dialect.name != "postgresql":
        yield send
        return
    snapshot = PENDING_BEGIN not in info and driver.info.transaction_status == _IDLE
    with _mapped_errors(dialect, "(batch)"), driver.pipeline():
        if snapshot:
            driver.cursor().execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield send
        if snapshot:
            driver.cursor().execute("COMMIT")


def with_commit(
    session: Session, statement: Prepared, params: Mapping[str, Any], on_conflict: Exception | None = None
) -> Pending:
    """`statement`, sent on PostgreSQL in one round trip with the unit of work's COMMIT
    (`send_waiting`), or with the next statement if that comes first; on SQLite at once. For the last
    writes of a unit of work whose rows are only needed once it has committed. `on_conflict`: what
    its IntegrityError means to the user, raised in its place wherever it comes out."""
    session.flush()  # the ORM's pending writes go first, outside the pipeline
    driver, dialect, info = _driver(session)
    if dialect.name != "postgresql":
        try:
            compiled, cursor = statement._execute(session, params)
        except IntegrityError as error:
            if on_conflict is None:
                raise
            raise on_conflict from error
        return Pending(session, compiled, cursor)
    if _PIPELINE not in info:
        pipeline = driver.pipeline()
        pipeline.__enter__()
        info[_PIPELINE] = pipeline
        info[_CONFLICT] = None
    if on_conflict is not None:
        info[_CONFLICT] = on_conflict
    compiled, cursor = statement._execute(session, params)
    return Pending(session, compiled, cursor)


def send_waiting(session: Session, commit: bool = False) -> None:
    """Send what waits for the commit (`with_commit`), with COMMIT when `commit`. A failure comes out
    as SQLAlchemy's exception, and the transaction is left for the rollback."""
    if _DRIVER in session.info:  # else nothing was sent in this transaction, so nothing waits
        driver, dialect, info = _driver(session)
        _send_pipeline(info, dialect, driver if commit else None)


def discard_waiting(session: Session) -> None:
    """Leave the pipeline of a unit of work that ends without its commit; the rollback undoes it."""
    if _DRIVER in session.info:
        _driver(session)[2].pop(_CONFLICT, None)  # nobody is told of what is rolled back anyway
    with suppress(DBAPIError):  # the transaction failed: the rollback that follows ends it
        send_waiting(session)


@event.listens_for(Engine, "before_cursor_execute")
def _send_waiting_first(
    connection: Connection, _cursor: Any, _statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    """A statement through SQLAlchemy needs its rows at once, and cannot run inside the pipeline."""
    _send_pipeline(connection.connection.info, connection.dialect, None)


def _send_pipeline(info: dict[str, Any], dialect: Dialect, committing: Any) -> None:
    """Leave the pipeline that waits in `info`, if any: what it holds goes to the server, followed by
    COMMIT on the driver connection `committing`, if given."""
    pipeline = info.pop(_PIPELINE, None)
    if pipeline is None:
        return
    conflict = info.pop(_CONFLICT, None)
    try:
        with _mapped_errors(dialect, "COMMIT" if committing else "(sent with the commit)"):
            try:
                if committing is not None:
                    committing.cursor().execute("COMMIT")
            finally:
                pipeline.__exit__(None, None, None)
    except IntegrityError as error:
        if conflict is None:
            raise
        raise conflict from error


@contextmanager
def _mapped_errors(dialect: Dialect, statement: str) -> Iterator[None]:
    try:
        yield
    except dialect.loaded_dbapi.Error as error:
        raise DBAPIError.instance(
            statement,
            None,
            error,
            dialect.loaded_dbapi.Error,
            hide_parameters=HIDE_PARAMETERS,
            dialect=dialect,
        ) from error


def _driver(session: Session) -> tuple[Any, Dialect, dict[str, Any]]:
    """The driver connection of the session's transaction (begun here if need be), its dialect and
    the pooled connection's info, kept in session.info until the transaction ends: asking the session
    each time costs more than SQLite."""
    found = session.info.get(_DRIVER)
    if found is None:
        connection = session.connection()
        driver = connection.connection.driver_connection
        assert driver is not None  # a checked-out connection always has one
        found = session.info[_DRIVER] = (driver, connection.dialect, connection.connection.info)
    return cast(tuple[Any, Dialect, dict[str, Any]], found)


@event.listens_for(Session, "after_transaction_end")
def _forget_driver(session: Session, _transaction: Any) -> None:
    session.info.pop(_DRIVER, None)  # the next transaction may run on another connection


def _compile(statement: ClauseElement, dialect: Dialect) -> _Compiled:
    compiled: Any = statement.compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params:
        # an IN list or LIMIT rewritten per call; write IN lists of constants as in_(literals(...))
        raise ValueError(f"Prepared statements take plain parameters only: {compiled.string}")
    names = compiled.positiontup if dialect.positional else list(compiled.binds)
    binds = tuple(
        (name, bind.required, bind.value, bind.type.dialect_impl(dialect).bind_processor(dialect))
        for name, bind in ((name, compiled.binds[name]) for name in names)
    )
    columns = getattr(statement, "exported_columns", ())
    processors = (c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
    results = tuple((n, p) for n, p in enumerate(processors) if p is not None)
    return _Compiled(compiled.string, binds, results, dialect.positional)
