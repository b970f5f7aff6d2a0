"""Stores for integration tests: every test that takes `store` or `ctx` runs on a fresh SQLite file
and on a fresh PostgreSQL database (the services' rule tests, tests/services/, on the fake store too).

Each engine's schema is migrated once per run into a template (a file, or a PostgreSQL template
database); each test gets a copy and drops it afterwards. Without a PostgreSQL server the PostgreSQL
variants skip with the reason, except under CI (CI=true), where they fail.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.ports import Store
from app.services.context import Context
from db.engine import create_store_engine
from db.migrate import upgrade
from db.server import setup
from db.store import SqlStore
from tests.fakes import FixedClock, MemoryKeyring
from tests.local_smtp import certificate, start_smtp  # noqa: F401  (fixtures for the tests that mail)

FAKE_MARKER = "fake: a service rule test on the in-memory store (tests/fake_store): `pytest -m fake`"
PG_ADMIN_URL = os.environ.get("BUA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TODAY = date(2027, 1, 4)  # a Monday; the fixed "today" of integration tests


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", FAKE_MARKER)


def _pg_admin() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)


def _pg_url(database: str) -> str:
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = create_store_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    try:
        admin = _pg_admin()
    except psycopg.OperationalError as error:
        reason = f"PostgreSQL svarer ikke på {make_url(PG_ADMIN_URL).host}: {error}".splitlines()[0]
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    name = f"bua_template_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    engine = create_store_engine(_pg_url(name))
    setup(engine)  # as a region's database administrator would: roles, migrations, row-level security
    engine.dispose()
    yield name
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_roles(admin, name)
    admin.close()


def drop_roles(admin: psycopg.Connection[tuple[object, ...]], prefix: str) -> None:
    """Roles are the server's, not the database's: a test's go when its databases have gone."""
    for (role,) in admin.execute(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", [prefix + "_"]
    ):
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a freshly migrated, empty store on each engine."""
    with fresh_store_url(request, tmp_path, request.param) as url:
        yield url


@contextmanager
def fresh_store_url(request: pytest.FixtureRequest, tmp_path: Path, engine: str) -> Iterator[str]:
    """A freshly migrated, empty store on `engine` ("sqlite" or "postgresql"), dropped afterwards."""
    if engine == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "store.db"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
        return
    template_name: str = request.getfixturevalue("pg_template")
    name = f"bua_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    yield _pg_url(name)
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        drop_roles(admin, name)  # the logins a test gave its people are named after the database


@pytest.fixture
def local_store_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A freshly migrated, empty SQLite store: for what only the local file does."""
    target = tmp_path / "local.db"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def store(store_url: str) -> Iterator[SqlStore]:
    opened = SqlStore.open(store_url)
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def ctx(store: Store, clock: FixedClock) -> Context:
    return Context(store, clock)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The process's keyring is an in-memory one for the test, trusted as the operating system's own
    would be (db/secrets.py allows only those), then the original again."""
    import keyring

    from db import secrets

    original = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(secrets, "OS_BACKENDS", (*secrets.OS_BACKENDS, MemoryKeyring.__module__))
    yield backend
    keyring.set_keyring(original)
