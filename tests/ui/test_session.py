"""UiSession.run: services run on the worker, results and Danish refusals come back, changes are announced."""

from __future__ import annotations

import threading
from datetime import date, time
from typing import Any

import shiboken6
from PySide6.QtWidgets import QLabel

from app.domain.model import NewPerson, Person, Role
from app.services.bookings import book
from app.services.context import Context
from app.services.people import add_person, list_people
from app.services.slots import list_slots
from tests.integration.helpers import ADMIN, add_advisor, add_member, weekly_series
from tests.ui.conftest import session_for
from ui.session import BOOKINGS, PEOPLE, SLOTS
from ui.worker import Worker


def test_a_change_is_delivered_then_announced(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    me = add_person(sqlite_ctx, ADMIN, NewPerson("admin@bua.example", "Anne Admin", Role.ADMINISTRATOR))
    session = session_for(sqlite_ctx, me, worker)
    seen: list[Any] = []
    session.notifier.changed.connect(lambda topics: seen.append(topics))
    new = NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR)
    with qtbot.waitSignal(session.notifier.changed):
        session.run(lambda c: add_person(c, session.actor, new), seen.append, seen.append)
    assert seen[0].email == "ulla@bua.example"  # the result first, then the announcement
    assert seen[1] == frozenset({PEOPLE})
    assert [p.email for p in list_people(sqlite_ctx, Role.ADVISOR)] == ["ulla@bua.example"]


def test_a_refusal_arrives_as_one_danish_line(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    me = add_person(sqlite_ctx, ADMIN, NewPerson("admin@bua.example", "Anne Admin", Role.ADMINISTRATOR))
    session = session_for(sqlite_ctx, me, worker)
    failures: list[str] = []
    twice = NewPerson("admin@bua.example", "Anne Igen", Role.ADMINISTRATOR)
    session.run(lambda c: add_person(c, session.actor, twice), lambda _p: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert len(failures) == 1 and "\n" not in failures[0]
    assert "admin@bua.example" in failures[0]


def test_an_answer_for_a_closed_view_is_dropped_and_the_change_still_announced(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    me = add_person(sqlite_ctx, ADMIN, NewPerson("admin@bua.example", "Anne Admin", Role.ADMINISTRATOR))
    session = session_for(sqlite_ctx, me, worker)
    view = QLabel()
    new = NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR)
    release = threading.Event()

    def slow_add(c: Context) -> Person:
        release.wait(5)
        return add_person(c, session.actor, new)

    session.run(slow_add, lambda p: view.setText(p.email), view.setText, owner=view)
    shiboken6.delete(view)  # the page is closed (a person switch) while the worker is busy
    with qtbot.waitSignal(session.notifier.changed):
        release.set()
    assert [p.email for p in list_people(sqlite_ctx, Role.ADVISOR)] == ["ulla@bua.example"]


def test_what_is_announced_is_what_the_operation_committed(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    """No call site names topics: the store records the tables a successful operation wrote."""
    advisor = add_advisor(sqlite_ctx)
    pia = add_member(sqlite_ctx, "pia@randers.example")
    weekly_series(sqlite_ctx, advisor, 3, time(10), date(2027, 1, 11), date(2027, 3, 31))
    slot = list_slots(sqlite_ctx, municipality_code="730")[0]
    session = session_for(sqlite_ctx, pia, worker)
    heard: list[frozenset[str]] = []
    session.notifier.changed.connect(heard.append)
    done: list[object] = []

    session.run(lambda c: list_people(c), done.append, done.append)  # a read writes nothing
    qtbot.waitUntil(lambda: len(done) == 1)
    session.run(lambda c: book(c, session.actor, slot.id), done.append, done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    session.run(lambda c: book(c, session.actor, slot.id), done.append, done.append)  # refused: taken
    qtbot.waitUntil(lambda: len(done) == 3)

    assert heard == [frozenset({BOOKINGS, SLOTS})]  # the booking's rows and the place it took
    assert isinstance(done[2], str)  # the refusal's one line, and nothing announced for it
