"""Crash safety on SQLite: a process that books, moves and cancels without pause is SIGKILLed at
different moments. Afterwards the file is intact and every booking transaction is either wholly there
or not at all: slot counts match the bookings, and every booking and each of its changes has its audit
entry (created = version 1, every later change one version and one entry more)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from time import monotonic, sleep

import pytest

from app.domain.booking import BookingState
from app.services import bookings, rules, slots
from app.services.context import Context
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series

REPO = Path(__file__).resolve().parents[2]
KILL_AFTER = (3, 25, 60)  # booking audit entries written by the child before it is killed
CHILD_TIME_LIMIT_S = 60

# The child: an endless stream of single-transaction bookings, moves and cancellations, each by the
# booker, on the slots it is given. Refusals are not expected but would not stop it.
CHILD = """
import json, random, sys, time
from datetime import date
from app.domain.booking import BookingState, CancelReason
from app.domain.model import Actor
from app.errors import BuaError
from app.services import bookings
from app.services.context import Context
from db.store import SqlStore
from tests.fakes import FixedClock

url, plan = sys.argv[1], json.loads(sys.argv[2])
ctx = Context(SqlStore.open(url), FixedClock(date.fromisoformat(plan["today"])))
people = [Actor(p, e) for p, e in plan["people"]]
held = {b.id: (Actor(b.person_id, b.person_email), b.slot_id) for b in bookings.list_bookings(
    ctx, states=frozenset({BookingState.BOOKED}))}
free = [s for s in plan["slots"] if s not in {slot for _, slot in held.values()}]
rng = random.Random(plan["seed"])
print("ready", flush=True)
deadline = time.monotonic() + plan["time_limit"]
while time.monotonic() < deadline:
    action = rng.random()
    try:
        if action < 0.5 and free:
            slot = free.pop(rng.randrange(len(free)))
            who = rng.choice(people)
            held[bookings.book(ctx, who, slot).id] = (who, slot)
        elif action < 0.75 and held and free:
            booking_id = rng.choice(sorted(held))
            (who, old), target = held[booking_id], free.pop(rng.randrange(len(free)))
            bookings.reschedule(ctx, who, booking_id, target)
            held[booking_id] = (who, target)
            free.append(old)
        elif held:
            booking_id = rng.choice(sorted(held))
            who, old = held.pop(booking_id)
            bookings.cancel(ctx, who, booking_id, CancelReason.PLANNING)
            free.append(old)
    except BuaError as refusal:
        print("refused:", refusal.message, file=sys.stderr, flush=True)
sys.exit(3)  # never reached while the parent kills it in time
"""


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    path = tmp_path / "crash.db"
    shutil.copyfile(sqlite_template, path)
    yield f"sqlite:///{path}", path


def _prepare(url: str) -> dict[str, object]:
    """People, series and rules set up through the services in this process; the child gets ids."""
    store = SqlStore.open(url)
    try:
        ctx = Context(store, FixedClock(TODAY))
        advisor = add_advisor(ctx)
        for weekday in range(5):
            weekly_series(ctx, advisor, weekday, time(9), date(2027, 1, 6), date(2027, 3, 1))
        people = [add_member(ctx, f"m{i}@randers.example", name=f"Medarbejder {i}") for i in range(10)]
        rules.set_rule(ctx, ADMIN, "max_future_bookings", "1000")
        bookable = slots.list_slots(ctx, municipality_code="730", from_date=date(2027, 1, 6))
        assert len(bookable) >= 30
        return {
            "today": TODAY.isoformat(),
            "people": [[p.id, p.email] for p in people],
            "slots": [s.id for s in bookable],
            "time_limit": CHILD_TIME_LIMIT_S,
        }
    finally:
        store.dispose()


def _booking_audit_entries(path: Path) -> int:
    """Read-only look at the file, as another program would: the child is never disturbed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return int(
            connection.execute("SELECT count(*) FROM audit_log WHERE entity = 'booking'").fetchone()[0]
        )
    finally:
        connection.close()


def _run_and_kill(url: str, path: Path, plan: dict[str, object], after: int, seed: int) -> None:
    start = _booking_audit_entries(path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, json.dumps({**plan, "seed": seed})],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = monotonic() + CHILD_TIME_LIMIT_S / 2
        while _booking_audit_entries(path) < start + after:
            assert child.poll() is None, f"the child stopped by itself: {child.communicate()}"
            assert monotonic() < deadline, "the child wrote too few bookings"
            sleep(0.002)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        _out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err and "refused:" not in err, err


def _check_whole(path: Path) -> tuple[int, int]:
    """Integrity and atomicity of everything the killed child wrote. Returns (bookings, changes)."""
    connection = sqlite3.connect(path, timeout=30)  # a normal connection: it recovers the WAL
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        miscounted = connection.execute(
            "SELECT s.id, s.booked_count, (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id "
            "AND b.state IN ('booked', 'held', 'no_show')) AS occupying "
            "FROM slots s WHERE s.booked_count <> (SELECT count(*) FROM bookings b "
            "WHERE b.slot_id = s.id AND b.state IN ('booked', 'held', 'no_show'))"
        ).fetchall()
        assert miscounted == [], "slot counts differ from the bookings (slot, count, bookings)"
        assert connection.execute("SELECT count(*) FROM bookings WHERE slot_id IS NULL").fetchone() == (0,)
        # Each booking: one 'booking.created' entry, and one entry per later change (= its version).
        audit = connection.execute(
            "SELECT b.id, b.version, "
            "(SELECT count(*) FROM audit_log a WHERE a.entity = 'booking' "
            " AND a.entity_id = CAST(b.id AS TEXT) AND a.action = 'booking.created'), "
            "(SELECT count(*) FROM audit_log a WHERE a.entity = 'booking' "
            " AND a.entity_id = CAST(b.id AS TEXT)) "
            "FROM bookings b"
        ).fetchall()
        assert [row for row in audit if row[2] != 1 or row[3] != row[1]] == []
        orphans = connection.execute(
            "SELECT a.entity_id FROM audit_log a WHERE a.entity = 'booking' AND NOT EXISTS "
            "(SELECT 1 FROM bookings b WHERE CAST(b.id AS TEXT) = a.entity_id)"
        ).fetchall()
        assert orphans == [], "audit entries for bookings that are not there"
        return len(audit), sum(row[1] - 1 for row in audit)
    finally:
        connection.close()


def test_a_killed_booking_process_leaves_every_booking_whole(sqlite_url: tuple[str, Path]) -> None:
    url, path = sqlite_url
    plan = _prepare(url)
    seen = (0, 0)
    for seed, after in enumerate(KILL_AFTER):
        _run_and_kill(url, path, plan, after, seed)
        found = _check_whole(path)
        assert found[0] + found[1] >= seen[0] + seen[1] + after  # the stream got as far as we waited
        seen = found
    assert seen[1] > 0  # the stream moved and cancelled, not only booked

    # The store opens and works as before.
    store = SqlStore.open(url)
    try:
        ctx = Context(store, FixedClock(TODAY))
        open_slot = slots.list_slots(ctx, municipality_code="730", from_date=date(2027, 1, 6))
        free = next(s for s in open_slot if s.booked_count == 0)
        person = add_member(ctx, "efter@randers.example")
        assert bookings.book(ctx, actor_of(person), free.id).state is BookingState.BOOKED
    finally:
        store.dispose()
    _check_whole(path)
