"""Statements compiled once per dialect and run on the unit of work's driver connection.

SQLAlchemy's execution layer costs 55-75 µs a statement on our 2-core machines, three to four times
what SQLite itself needs for a primary-key read (bench/booking_latency.py, bench/advisor_week.py). The
statements of the booking transaction and of the calendar's week run through `Prepared` instead. They
are still SQLAlchemy statements built from the models, so their SQL follows the schema. Values pass
through the column types' own bind and result processors, so they read and write exactly as the ORM
does. They run in the session's transaction, and errors come out as SQLAlchemy's exceptions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import BindParameter, event, literal
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.expression import ClauseElement

from db.engine import HIDE_PARAMETERS, send_pending_begin

Processor = Callable[[Any], Any] | None
WRITTEN = "bua_written"  # session.info: the tables the unit of work wrote (SqlStore.recording)
_DRIVER = "bua_driver_connection"


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
        found: list[tuple[Any, ...]] = cursor.fetchall()
        if compiled.results:
            for n, row in enumerate(found):
                values = list(row)
                for column, process in compiled.results:
                    values[column] = process(values[column])
                found[n] = tuple(values)
        return found

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
