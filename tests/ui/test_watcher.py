"""The change watcher announces a write made through another connection, and only then; it says when
the connection goes and comes back; on a server, one client's booking reaches another's open week."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.domain.model import NewPerson, Role
from app.services.bookings import book, cancel
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.people import add_person
from app.services.slots import list_slots
from db.engine import create_store_engine
from db.server import add_login
from db.store import SqlStore
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import AdvisorPage
from ui.calendar.entries import EntryState
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


def test_a_lost_connection_is_said_once_and_its_return_refreshes_everything(
    qtbot: Any, worker: Worker
) -> None:
    answers: list[int | Exception] = [
        1,
        OperationalError("x", {}, Exception("gone")),
        OperationalError("x", {}, Exception("gone")),
        1,
    ]

    def token() -> int:
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    notifier = ChangeNotifier()
    heard: list[frozenset[str]] = []
    notifier.changed.connect(heard.append)
    watcher = ChangeWatcher(token, worker, notifier, interval_ms=50)
    said: list[str] = []
    watcher.status.connect(said.append)
    watcher.start()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=5_000)
    assert "lost" in said[0] and "Nothing you typed is lost" in said[0] and "back" in said[1]
    assert heard == [EVERYTHING]  # the same token, yet what happened meanwhile was not heard
    watcher.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_a_booking_in_one_client_shows_in_anothers_week_within_two_seconds(
    qtbot: Any, store_url: str, worker: Worker
) -> None:
    """Two people on the server, each with their own login and connection: Kim books, and Ulla's open
    week shows it by the server's announcement alone; then her connection is killed and it goes on."""
    admin = Context(SqlStore.open(store_url), SystemClock())
    ulla = add_advisor(admin)
    kim = add_member(admin, "kim@randers.example")
    day = admin.clock.today() + timedelta(days=14)
    weekly_series(
        admin, ulla, day.weekday() if day.weekday() < 5 else 0, time(10), day, day + timedelta(days=7)
    )
    (slot,) = list_slots(admin, from_date=day, to_date=day + timedelta(days=7))[:1]
    admin.store.dispose()  # type: ignore[attr-defined]
    engine = create_store_engine(store_url)
    database = make_url(store_url).database
    for person in (ulla, kim):
        add_login(engine, person.email, f"{database}_{person.email.split('@')[0]}", None)
    engine.dispose()
    as_ulla = SqlStore.open(make_url(store_url).set(username=f"{database}_ulla").render_as_string(False))
    as_kim = SqlStore.open(make_url(store_url).set(username=f"{database}_kim").render_as_string(False))
    session = session_for(Context(as_ulla, SystemClock()), ulla, worker)
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    watcher = ChangeWatcher(as_ulla.change_token, worker, session.notifier)
    watcher.start()
    page.show_week_of(slot.starts_at.date())
    key = f"slot:{slot.id}"
    qtbot.waitUntil(lambda: _state(page, key) is EntryState.OPEN, timeout=10_000)

    booking = book(Context(as_kim, SystemClock()), actor_of(kim), slot.id)

    qtbot.waitUntil(lambda: _state(page, key) is EntryState.SUMMARY_MISSING, timeout=2_000)
    with psycopg.connect(
        make_url(store_url).set(drivername="postgresql").render_as_string(False), autocommit=True
    ) as db:
        db.execute(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{database}_ulla'"
        )
    qtbot.wait(1_500)  # the watcher's next poll opens a new connection and listens again
    cancel(Context(as_kim, SystemClock()), actor_of(kim), booking.id, "other")
    qtbot.waitUntil(lambda: _state(page, key) is EntryState.OPEN, timeout=2_000)
    watcher.stop()
    worker.wait(10_000)
    for store in (as_ulla, as_kim):
        store.dispose()


def _state(page: AdvisorPage, key: str) -> EntryState | None:
    return next((e.state for e in page.week_view.entries() if e.key == key), None)
