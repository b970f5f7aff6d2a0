"""Which database to open and how: the SQLite default file, or a PostgreSQL URL.

SQLite is set up for several processes on one file: WAL, foreign keys on every connection, a busy
timeout, and write transactions that take the write lock up front (BEGIN IMMEDIATE), so two processes
never deadlock upgrading a read lock. This follows SQLAlchemy's documented pysqlite recipe: the driver's
own transaction handling is switched off and the dialect's `begin` event emits BEGIN itself.
"""

from __future__ import annotations

import os
import select
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError

ENV_URL = "BUA_BOOKING_DATABASE_URL"
WRITE_OPTION = "bua_write"
PENDING_BEGIN = "bua_begin_pending"  # pooled connection's info: a write unit of work's BEGIN not yet sent
BUSY_TIMEOUT_MS = 30_000
POOL_WAIT_S = 30  # a second thread of the same client waits this long for the one server connection
# A database error's message would otherwise carry the statement's parameters, a case summary's text
# among them, into error lines and logs.
HIDE_PARAMETERS = True


def default_sqlite_path() -> Path:
    return platformdirs.user_data_path("bua-booking", appauthor=False) / "bua-booking.db"


def resolve_url(explicit: str | None = None) -> str:
    """--database wins, then BUA_BOOKING_DATABASE_URL, then the local file."""
    url = explicit or os.environ.get(ENV_URL) or f"sqlite:///{default_sqlite_path()}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe_url(url: str) -> str:
    """The URL with any password hidden, for messages and window text."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"lokal fil {parsed.database}"
    return f"server {parsed.render_as_string(hide_password=True)}"


def private_file(path: Path) -> None:
    """Create `path` (and its folder) readable by this user alone, or make an existing one so.

    SQLite gives its -wal and -shm files the database file's permissions, so they follow. On Windows the
    user's profile folder already keeps others out, and these modes mean little."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif os.name == "posix" and path.stat().st_uid == os.geteuid():
        path.chmod(0o600)


LOOPBACK = frozenset({"", "localhost", "127.0.0.1", "::1"})


def with_tls_defaults(url: str) -> str:
    """A server across the network is reached over TLS with its certificate and host name checked
    (`sslmode=verify-full`), against the operating system's trusted roots unless `sslrootcert` names
    the region's CA file. The address may say otherwise; a loopback or socket address is left as is."""
    parsed = make_url(url)
    host = parsed.host or ""
    if parsed.get_backend_name() != "postgresql" or host in LOOPBACK or host.startswith("/"):
        return url
    query = dict(parsed.query)
    if "sslmode" not in query:
        query["sslmode"] = "verify-full"
        query.setdefault("sslrootcert", "system")
    return parsed.set(query=query).render_as_string(hide_password=False)


def create_store_engine(url: str) -> Engine:
    url = with_tls_defaults(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.query.get("uri"):
            private_file(Path(parsed.database))
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=HIDE_PARAMETERS
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    # One connection per client: its queries and its LISTEN share it (SqlStore.change_token), so a
    # region needs max_connections of about its number of open clients (README).
    engine = create_engine(
        url,
        pool_size=1,
        max_overflow=0,
        pool_timeout=POOL_WAIT_S,
        use_native_hstore=False,  # no hstore columns: spares the first connection a type lookup
        hide_parameters=HIDE_PARAMETERS,
    )
    event.listen(engine, "handle_error", _without_row_values)
    event.listen(engine, "checkout", _still_connected)
    event.listen(engine, "begin", _defer_postgres_begin)
    event.listen(engine, "before_cursor_execute", _begin_before_statement)
    event.listen(engine, "commit", _forget_pending_begin)
    event.listen(engine, "rollback", _forget_pending_begin)
    _answers_from_the_handshake(engine.dialect)
    return engine


def _answers_from_the_handshake(dialect: Any) -> None:
    """On its first connection the dialect asks the server four things, each a round trip, inside a
    BEGIN and a ROLLBACK: six before a client's first query. Two the server already said while the
    connection was made (libpq keeps its version and standard_conforming_strings); the other two are
    what our stores are: tables in `public`, and READ COMMITTED, which the booking rules rely on
    (db/store.py). These are the dialect's documented override hooks."""

    def server_version(connection: Connection) -> tuple[int, ...]:
        number = int(connection.connection.dbapi_connection.info.server_version)  # type: ignore[union-attr]
        return (number // 10000, number % 10000)  # 150020: 15.20 (PostgreSQL 10 and later)

    def backslash_escapes(connection: Connection) -> None:
        info = connection.connection.dbapi_connection.info  # type: ignore[union-attr]
        dialect._backslash_escapes = info.parameter_status("standard_conforming_strings") == b"off"

    dialect._get_server_version_info = server_version
    dialect._get_default_schema_name = lambda _connection: "public"
    dialect.get_default_isolation_level = lambda _driver_connection: "READ COMMITTED"
    dialect._set_backslash_escapes = backslash_escapes


def _still_connected(driver_connection: Any, _record: Any, _proxy: Any) -> None:
    """Instead of a ping per unit of work (a round trip to the server each time), look at what the
    server has already said: one it restarted, or a backend an administrator ended, sends its farewell
    and closes the socket, which lies readable meanwhile. Reading it without waiting tells a dropped
    connection; the pool then opens a new one in its place."""
    import psycopg  # here: a local SQLite store starts without loading the driver

    pgconn = driver_connection.pgconn
    try:
        if driver_connection.closed or (_readable(pgconn.socket) and not _consumed(pgconn)):
            raise DisconnectionError("the server closed the connection")
    except psycopg.OperationalError as error:
        raise DisconnectionError(str(error)) from error


def _readable(socket: int) -> bool:
    return bool(select.select([socket], [], [], 0)[0])


def _consumed(pgconn: Any) -> bool:
    """Reads what waits on the socket; False when the server has gone. A notification read here is
    handed to the connection as psycopg hands those it reads itself, for `notifies()` to yield."""
    from psycopg.pq import ConnStatus

    pgconn.consume_input()
    while (notification := pgconn.notifies()) is not None:
        if pgconn.notify_handler is not None:
            pgconn.notify_handler(notification)
    return bool(pgconn.status == ConnStatus.OK)


def _without_row_values(context: ExceptionContext) -> BaseException | None:
    """PostgreSQL's DETAIL line repeats the row's values ("Failing row contains (...)", "Key (email)=(...)
    already exists"): a case summary's text or an e-mail address. `hide_parameters` does not cover it,
    so the line is cut from the driver's error before any message, log or traceback can show it."""
    original, error = context.original_exception, context.sqlalchemy_exception
    if not original.args or "\nDETAIL:" not in str(original.args[0]) or error is None:
        return None
    original.args = (str(original.args[0]).split("\nDETAIL:")[0], *original.args[1:])
    if not isinstance(error, DBAPIError):
        return None
    return type(error)(
        error.statement,
        None,
        original,
        hide_parameters=True,
        connection_invalidated=error.connection_invalidated,
    )


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _begin_sqlite_transaction
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # a deleted summary's text is overwritten, not left behind
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _defer_postgres_begin(connection: Connection) -> None:
    """A write unit of work on PostgreSQL runs with the driver in autocommit (SqlStore) and sends its
    own BEGIN just ahead of its first statement (`send_pending_begin`): psycopg's BEGIN is a round trip
    of its own, even in a pipeline, where ours goes out in the same burst as the statements."""
    if connection.get_execution_options().get(WRITE_OPTION, False):
        connection.connection.info[PENDING_BEGIN] = True


def send_pending_begin(info: dict[str, Any], cursor: Any) -> None:
    """BEGIN on `cursor`'s connection if its unit of work has not sent it yet (`info`: the pooled
    connection's). The commit and rollback that end it are psycopg's: they go by the server's state."""
    if info.pop(PENDING_BEGIN, False):
        cursor.execute("BEGIN ISOLATION LEVEL READ COMMITTED")


def _begin_before_statement(
    connection: Connection, cursor: Any, _statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    send_pending_begin(connection.connection.info, cursor)


def _forget_pending_begin(connection: Connection) -> None:
    connection.connection.info.pop(PENDING_BEGIN, None)  # a unit of work that sent no statement


def _begin_sqlite_transaction(connection: Connection) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
