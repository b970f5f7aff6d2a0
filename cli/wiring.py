"""Connects the database layer to the services: open the store, upgrade it, extend the horizon,
purge expired case summaries."""

from __future__ import annotations

import sys

from sqlalchemy.exc import OperationalError

from app.domain.model import Actor
from app.errors import StoreUnavailable
from app.ports import Clock
from app.services.context import Context, SystemClock
from app.services.series import extend_horizons
from app.services.summaries import purge_expired
from db.engine import create_store_engine, describe_url, resolve_url
from db.migrate import upgrade
from db.store import SqlStore

STARTUP_ACTOR = Actor.system("opstart")


def open_store(database: str | None) -> SqlStore:
    url = resolve_url(database)
    try:
        return SqlStore(create_store_engine(url))
    except Exception as error:  # a malformed URL or a missing driver
        raise StoreUnavailable(f"Kan ikke åbne databasen {describe_url(url)}: {error}") from error


def start(database: str | None, clock: Clock | None = None, purge: bool = True) -> Context:
    """Open the store, upgrade its schema (backing up a SQLite file first), extend the horizon, and
    delete the case summaries whose retention period is over (`purge`; the purge command reports it)."""
    store = open_store(database)
    try:
        backup = upgrade(store.engine)
    except OperationalError as error:
        raise StoreUnavailable(
            f"Databasen kan ikke nås ({store.describe()}): {error.orig}".splitlines()[0]
        ) from error
    if backup is not None:
        print(f"Databasen er opgraderet; sikkerhedskopi: {backup}", file=sys.stderr)
    ctx = Context(store, clock or SystemClock())
    extend_horizons(ctx, STARTUP_ACTOR)
    if purge:
        purge_expired(ctx, STARTUP_ACTOR)
    return ctx
