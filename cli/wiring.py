"""Connects the database layer to the services: open the store, upgrade it, extend the horizon,
purge expired case summaries."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.domain.model import Actor
from app.errors import InvalidInput, StoreUnavailable
from app.ports import SERVER_SECRET_SERVICE, Clock, server_secret_account
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.series import extend_horizons
from app.services.summaries import PurgeResult, purge_expired
from db.engine import create_store_engine, default_sqlite_path, describe_url, resolve_url
from db.migrate import remove_old_backups, schema_mismatch, upgrade
from db.store import SqlStore

STARTUP_ACTOR = Actor.system("opstart")


def open_store(database: str | None, create: bool = False, clock: Clock | None = None) -> SqlStore:
    """Open the store at `database` (or the default), stamping rows with `clock`. A SQLite file is made
    only where `create` is set, or for the default local store on its first run, so a mistyped path
    never becomes a new store."""
    url = with_stored_password(resolve_url(database))
    check_sqlite_file(url, create)
    try:
        return SqlStore(create_store_engine(url), clock)
    except Exception as error:  # a malformed URL or a missing driver
        raise StoreUnavailable(
            f"Databasens adresse kan ikke bruges ({describe_url(url)}): ret adressen, eller spørg den, "
            "der driver databasen."
        ) from error


def with_stored_password(url: str) -> str:
    """A server address without a password gets the one the window keeps in the keyring for it (the
    same entry), so the command line needs no password in its arguments or environment."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or parsed.password or os.environ.get("PGPASSWORD"):
        return url
    from db.secrets import KeyringSecrets  # keyring loads slowly; only servers need it

    account = server_secret_account(
        parsed.username or "", parsed.host or "", parsed.port or 5432, parsed.database or ""
    )
    try:
        password = KeyringSecrets().get(SERVER_SECRET_SERVICE, account)
    except StoreUnavailable:
        return url  # no keyring: the server may trust this machine (Kerberos, a certificate)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def open_server(database: str | None) -> SqlStore:
    """A PostgreSQL store, for its database administrator's `server` commands."""
    store = open_store(database)
    if store.engine.dialect.name != "postgresql":
        raise InvalidInput(
            "'server' gælder en PostgreSQL-server: angiv --database postgresql://ADMIN@vært/db."
        )
    return store


def server_context(store: SqlStore, label: str) -> tuple[Context, Actor]:
    """The server's own jobs act as the system, after checking that the schema is the program's."""
    check_server_schema(store)
    return Context(store, store.clock), Actor.system(label)


def check_sqlite_file(url: str, create: bool) -> None:
    """Refuse, in one Danish line, a SQLite path that is missing, a folder, or read-only."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    uri = str(parsed.query.get("uri", "")).lower() == "true"  # sqlite:///file:x.db?mode=ro&uri=true
    path = Path(parsed.database.removeprefix("file:") if uri else parsed.database)
    if path.is_dir():
        raise StoreUnavailable(f"{path} er en mappe, ikke en database: angiv en fil.")
    if not path.exists():
        if create or path == default_sqlite_path():
            return
        raise StoreUnavailable(
            f"Databasen {path} findes ikke. Ret stien, eller opret en ny med "
            f"'bua-booking --database sqlite:///{path} db upgrade'."
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StoreUnavailable(f"Databasen {path} er skrivebeskyttet: BUA Booking skal kunne skrive i den.")


def start(
    database: str | None,
    clock: Clock | None = None,
    purge: bool = True,
    create: bool = False,
    upkeep: bool = True,
) -> Context:
    """Open the store, upgrade its schema (backing up a SQLite file first), and unless `upkeep` is off
    (the window does it once the page is up) do the store's upkeep (`keep_up`)."""
    clock = clock or SystemClock()
    store = open_store(database, create, clock)  # the Context's clock: one time for services and rows
    if store.engine.dialect.name == "postgresql":
        # A shared server is the database administrator's: `server setup` migrates it, and its nightly
        # `server purge` extends the horizon and purges. A client only checks that it fits.
        check_server_schema(store)
        return Context(store, clock)
    try:
        backup = upgrade(store.engine)
    except DBAPIError as error:
        raise StoreUnavailable(_unopenable(store.describe(), error)) from error
    if backup is not None:
        store.upgrade_backup = backup
        print(f"Databasen er opgraderet; sikkerhedskopi: {backup}", file=sys.stderr)
    ctx = Context(store, clock)
    if upkeep:
        keep_up(ctx, purge)
    return ctx


def keep_up(ctx: Context, purge: bool = True) -> None:
    """A local store's upkeep: old pre-migration backups go, every series is materialised to the
    horizon, and (`purge`) the case summaries whose retention is over are deleted (the purge command
    reports it). A shared server's is its administrator's nightly `server purge`."""
    store = ctx.store
    if not isinstance(store, SqlStore) or store.engine.dialect.name != "sqlite":
        return
    remove_old_backups(store.engine, ctx.clock.now())
    extend_horizons(ctx, STARTUP_ACTOR)
    if purge:
        purge_and_reclaim(ctx, STARTUP_ACTOR)


def check_server_schema(store: SqlStore) -> None:
    try:
        current = store.server_revision()
    except DBAPIError as error:
        raise StoreUnavailable(_unopenable(store.describe(), error)) from error
    mismatch = schema_mismatch(current, store.engine.url)
    if mismatch is not None:
        raise StoreUnavailable(mismatch)


def purge_and_reclaim(ctx: Context, actor: Actor) -> PurgeResult:
    """Delete expired case summaries, and leave no copy of their text in the SQLite store's log."""
    result = purge_expired(ctx, actor)
    if result.booking_ids and isinstance(ctx.store, SqlStore):
        ctx.store.reclaim()
    return result


# What a driver says when a server cannot be reached, refused the login, or failed the encryption.
UNREACHABLE_WORDS = (
    "connection refused",
    "timeout",
    "timed out",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
)
REFUSED_LOGIN_WORDS = ("password authentication failed", "no password supplied", 'role "')
TLS_WORDS = ("certificate", "ssl error", "does not support ssl")


def _unopenable(where: str, error: DBAPIError) -> str:
    """One Danish sentence for a store that cannot be opened: what happened and what to do. The driver's
    own words stay on the exception's cause, for the window's "Vis detaljer" and the log."""
    text = str(error.orig)
    lowered = text.lower()
    if "not a database" in text or "malformed" in text:
        return f"Databasen ({where}) er beskadiget eller ikke en BUA Booking-database."
    if "readonly" in text or "read-only" in text:
        return f"Databasen ({where}) er skrivebeskyttet: BUA Booking skal kunne skrive i den."
    if any(words in lowered for words in UNREACHABLE_WORDS):
        return (
            f"Serveren svarer ikke ({where}): tjek adressen, porten og netværksforbindelsen (VPN), "
            "og spørg den, der driver serveren, hvis det bliver ved."
        )
    if any(words in lowered for words in REFUSED_LOGIN_WORDS):
        return (
            f"Serveren afviste brugernavnet eller adgangskoden ({where}): skriv dem igen, "
            "eller spørg den, der driver serveren."
        )
    if any(words in lowered for words in TLS_WORDS):  # before "does not exist": a missing CA file
        return (
            f"Forbindelsen til serveren kunne ikke krypteres og kontrolleres ({where}): "
            "tjek CA-certifikatfilen, eller spørg den, der driver serveren."
        )
    if "does not exist" in lowered:
        return f"Databasen findes ikke på serveren ({where}): tjek databasens navn."
    return (
        f"Databasen kan ikke åbnes ({where}): prøv igen om lidt, og spørg den, der driver databasen, "
        "hvis det bliver ved."
    )
