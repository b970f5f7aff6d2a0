"""The store's change token: another connection's commit changes it, reading does not."""

from __future__ import annotations

import pytest

from app.domain.model import NewPerson, Role
from app.services.context import Context
from app.services.people import add_person, list_people
from db.store import SqlStore
from tests.integration.helpers import ADMIN


def test_sqlite_token_moves_when_another_connection_writes(ctx: Context, store: SqlStore) -> None:
    if store.engine.dialect.name != "sqlite":
        assert store.change_token() is None  # the shared server gets its push channel later
        return
    other = SqlStore.open(store.engine.url.render_as_string(hide_password=False))
    try:
        first = store.change_token()
        assert first is not None
        list_people(ctx)
        assert store.change_token() == first  # reading changes nothing
        add_person(Context(other, ctx.clock), ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
        second = store.change_token()
        assert second is not None and second != first
        assert store.change_token() == second
    finally:
        other.dispose()


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # only SQLite has a token so far
def test_a_write_through_the_same_store_is_seen_too(ctx: Context, store: SqlStore) -> None:
    # the watcher has its own connection, so the app's own writes count as well
    first = store.change_token()
    add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    assert store.change_token() != first
