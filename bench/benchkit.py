"""What the bench scripts share: a fixed clock, and throw-away stores on SQLite and PostgreSQL with a
raw driver connection beside each, so the app and the raw driver are measured on the same data."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from app.services.clock import FixedClock as FixedClock  # the benches' clock is the app's own
from db.engine import BUSY_TIMEOUT_MS
from db.migrate import upgrade
from db.server import setup

PG_ADMIN_URL = os.environ.get("BUA_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
Opened = Iterator[tuple[str, Callable[[], Any]]]


def make_schema(engine: Engine) -> None:
    """As a region does: a server's administrator sets it up (roles, row-level security, the
    database's own audit writes); a local file upgrades itself."""
    if engine.dialect.name == "postgresql":
        setup(engine)
    else:
        upgrade(engine)


class Unreachable(Exception):
    """The PostgreSQL server does not answer."""


@contextmanager
def sqlite_database() -> Opened:
    """A SQLAlchemy URL on a temporary file, and how to open a raw connection set up as the app's."""

    def connect(path: Path) -> sqlite3.Connection:
        raw = sqlite3.connect(path, isolation_level=None)  # BEGIN is sent by the caller
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
            raw.execute(f"PRAGMA {pragma}")
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return raw

    with tempfile.TemporaryDirectory(prefix="bua_bench_") as folder:
        path = Path(folder) / "bench.db"
        yield f"sqlite:///{path}", lambda: connect(path)


@contextmanager
def postgres_database() -> Opened:
    """A fresh bua_bench_* database, dropped on the way out whatever happens."""
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        raise Unreachable(str(error).splitlines()[0]) from error
    name = f"bua_bench_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(PG_ADMIN_URL).set(database=name)
        libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        yield (
            url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False),
            lambda: psycopg.connect(libpq, autocommit=True),  # BEGIN/COMMIT sent by the caller
        )
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for (role,) in admin.execute(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", [name + "_"]
        ):
            admin.execute(f'DROP ROLE "{role}"')  # set-up's roles and the bench's logins
        admin.close()
