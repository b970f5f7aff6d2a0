"""The store's change token: a commit changes it, from another connection or this one; reading does
not. On SQLite it is data_version; on a server it counts what the server announced."""

from __future__ import annotations

from time import monotonic, sleep

from app.domain.model import NewPerson, Role
from app.services.context import Context
from app.services.people import add_person, list_people
from db.store import SqlStore
from tests.integration.helpers import ADMIN


def _moved(store: SqlStore, since: int | None) -> int | None:
    """The token once it moved; a server's announcement arrives a moment after the commit."""
    deadline = monotonic() + 2
    while (token := store.change_token()) == since and monotonic() < deadline:
        sleep(0.02)
    return token


def test_the_token_moves_when_another_connection_writes(ctx: Context, store: SqlStore) -> None:
    other = SqlStore.open(store.engine.url.render_as_string(hide_password=False))
    try:
        first = store.change_token()
        assert first is not None
        list_people(ctx)
        sleep(0.1)
        assert store.change_token() == first  # reading changes nothing
        add_person(Context(other, ctx.clock), ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
        second = _moved(store, first)
        assert second is not None and second != first
        assert store.change_token() == second
    finally:
        other.dispose()


def test_a_write_through_the_same_store_is_seen_too(ctx: Context, store: SqlStore) -> None:
    # SQLite's watcher has its own connection; a server announces to its own writer too
    first = store.change_token()
    add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    assert _moved(store, first) != first
