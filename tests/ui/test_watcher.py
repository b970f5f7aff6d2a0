"""The change watcher announces a write made through another connection, and only then."""

from __future__ import annotations

from typing import Any

from app.domain.model import NewPerson, Role
from app.services.context import Context
from app.services.people import add_person
from db.store import SqlStore
from tests.integration.helpers import ADMIN
from ui.session import EVERYTHING, ChangeNotifier
from ui.watcher import ChangeWatcher
from ui.worker import Worker


def test_another_connection_writing_is_announced(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    notifier = ChangeNotifier()
    heard: list[frozenset[str]] = []
    notifier.changed.connect(heard.append)
    watcher = ChangeWatcher(sqlite_ctx.store.change_token, worker, notifier, interval_ms=50)
    watcher.start()
    qtbot.wait(300)  # several quiet polls
    assert heard == []

    store = sqlite_ctx.store
    assert isinstance(store, SqlStore)
    other = SqlStore.open(store.engine.url.render_as_string(hide_password=False))  # another client
    try:
        with qtbot.waitSignal(notifier.changed, timeout=5_000):
            add_person(
                Context(other, sqlite_ctx.clock), ADMIN, NewPerson("u@bua.example", "Ulla", Role.ADVISOR)
            )
    finally:
        other.dispose()
    assert heard == [EVERYTHING]
    watcher.stop()


def test_a_store_without_a_token_stops_the_watcher(qtbot: Any, worker: Worker) -> None:
    watcher = ChangeWatcher(lambda: None, worker, ChangeNotifier(), interval_ms=50)
    watcher.start()
    qtbot.waitUntil(lambda: not watcher.active, timeout=5_000)
