"""Benchmark: round trips to a regional server, through a proxy that delays every request burst.

    python bench/round_trips.py [--delays 10,30]

A PostgreSQL store is set up as a region does (`server setup`, the 1-year demo, a login per person),
and every client connection goes through an asyncio TCP proxy on 127.0.0.1 that holds each burst of
client-to-server bytes for the delay before passing it on, and counts the bursts: a burst is what the
client sends after it last heard from the server, so a round trip the user waits for. Measured, per
delay: the employee's and the advisor's page up from process start (`--startup-probe`), a whole
`bua-booking book` command, the booking service call alone (on an open connection), the advisor's next
week (the service call the page makes when it has not read ahead), and, as the baseline on the same
link, `SELECT 1` on a new and on an open connection. Prints the counts and the wall times; nothing
asserts on time. BUA_BENCH_POSTGRES_URL (default: the local server) must be a superuser.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
from benchkit import Unreachable, make_schema, postgres_database
from sqlalchemy.engine import URL, make_url

from app.domain.model import Actor, Person, Role
from app.services import bookings, rules
from app.services.advisor_view import advisor_week
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.people import list_people
from app.services.staff_view import staff_overview
from db.engine import create_store_engine
from db.server import add_login
from db.store import SqlStore

APP = Path(sys.executable).parent / "bua-booking"
GOALS = {
    "employee's page up, from process start": "≤ 15",
    "advisor's page up, from process start": "≤ 15",
    "a whole `bua-booking book` command": "≤ 12",
    "a booking (the service call alone)": "≤ 3",
    "the advisor's next week (not read ahead)": "≤ 1",
    "SELECT 1 on a new connection": "",
    "SELECT 1 on an open connection": "",
}


class DelayProxy:
    """A TCP proxy on 127.0.0.1, in a thread of its own: each client burst waits `delay` seconds."""

    def __init__(self, host: str, port: int, delay: float) -> None:
        self._target = (host, port)
        self.delay = delay
        self.bursts = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.port = 0

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True).start()
        ready.wait()

    def count(self) -> int:
        with self._lock:
            return self.bursts

    async def _serve(self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter) -> None:
        server_in, server_out = await asyncio.open_connection(*self._target)
        turn = ["server"]  # who spoke last on this connection

        async def upstream() -> None:
            while data := await client_in.read(65536):
                if turn[0] != "client":  # a new request after an answer: one more round trip
                    turn[0] = "client"
                    with self._lock:
                        self.bursts += 1
                    await asyncio.sleep(self.delay)
                server_out.write(data)
                await server_out.drain()
            server_out.close()

        async def downstream() -> None:
            while data := await server_in.read(65536):
                turn[0] = "server"
                client_out.write(data)
                await client_out.drain()
            client_out.close()

        await asyncio.gather(upstream(), downstream(), return_exceptions=True)


@contextmanager
def measured(proxy: DelayProxy) -> Iterator[Callable[[], tuple[int, float]]]:
    """The bursts and the seconds since the block began."""
    bursts, began = proxy.count(), time.perf_counter()
    yield lambda: (proxy.count() - bursts, time.perf_counter() - began)


def via(url: URL, proxy: DelayProxy) -> str:
    return url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def build(admin_url: str) -> tuple[dict[str, URL], Person, Person, list[int]]:
    """The demo region; a login for an employee with free times and for one of those times' advisor.
    Returns the logins, the two persons and the employee's free 1:1 times."""
    engine = create_store_engine(admin_url)
    make_schema(engine)
    ctx = Context(SqlStore(engine), SystemClock())
    system = Actor.system("bench")
    fill_demo(ctx, system, years=1, seed=7)
    rules.set_rule(ctx, system, "max_future_bookings", "50")
    staff = [p for p in list_people(ctx, Role.MUNICIPAL_STAFF) if p.active]
    person, free = next((p, f) for p in staff if len(f := _free_one_to_one(ctx, p)) >= 4)
    with ctx.store.read() as uow:
        slot = uow.slots.get(free[0])
    assert slot is not None
    advisor = next(p for p in list_people(ctx, Role.ADVISOR) if p.id == slot.advisor_id)
    database = make_url(admin_url).database
    logins = {}
    for who, name in ((person, "staff"), (advisor, "advisor")):
        login = f"{database}_login_{name}"  # set-up's own group roles are {database}_staff and so on
        add_login(engine, who.email, login, None)
        logins[name] = make_url(admin_url).set(username=login)
    engine.dispose()
    return logins, person, advisor, free


def _free_one_to_one(ctx: Context, person: Person) -> list[int]:
    overview = staff_overview(ctx, person.id)
    return [t.slot_id for t in overview.free_times if t.session_type.is_one_to_one and t.refusal is None]


def page_up(url: str, email: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = [str(APP), "--database", url, "--as", email, "--startup-probe"]
    done = subprocess.run(probe, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the page did not come up: {done.stderr.strip()}")


def command(url: str, *args: str) -> None:
    subprocess.run([str(APP), "--database", url, *args], check=True, capture_output=True)


def measure(
    proxy: DelayProxy, logins: dict[str, URL], person: Person, advisor: Person, slots: list[int]
) -> dict[str, Any]:
    found: dict[str, Any] = {}

    def take(name: str, action: Callable[[], object]) -> None:
        with measured(proxy) as done:
            action()
        found[name] = done()

    staff_url, advisor_url = via(logins["staff"], proxy), via(logins["advisor"], proxy)
    take("employee's page up, from process start", lambda: page_up(staff_url, person.email))
    take("advisor's page up, from process start", lambda: page_up(advisor_url, advisor.email))
    take(
        "a whole `bua-booking book` command",
        lambda: command(staff_url, "book", "--slot", str(slots.pop()), "--no-invite"),
    )
    store = SqlStore.open(staff_url)
    ctx = Context(store, SystemClock(), Actor(person.id, person.email))
    staff_overview(ctx, person.id)  # the window's connection is open and warm before it books
    take("a booking (the service call alone)", lambda: bookings.book(ctx, ctx.actor, slots.pop(), None))
    store.dispose()
    store = SqlStore.open(advisor_url)
    ctx = Context(store, SystemClock(), Actor(advisor.id, advisor.email))
    monday = date.today() - timedelta(days=date.today().weekday())
    advisor_week(ctx, advisor.id, monday)
    take(
        "the advisor's next week (not read ahead)",
        lambda: advisor_week(ctx, advisor.id, monday + timedelta(weeks=1)),
    )
    store.dispose()
    libpq = logins["staff"].set(drivername="postgresql", host="127.0.0.1", port=proxy.port)
    dsn = libpq.render_as_string(hide_password=False)
    with measured(proxy) as done, psycopg.connect(dsn, autocommit=True) as raw:
        raw.execute("SELECT 1").fetchone()
    found["SELECT 1 on a new connection"] = done()
    with psycopg.connect(dsn, autocommit=True) as raw:
        with measured(proxy) as done:
            raw.execute("SELECT 1").fetchone()
        found["SELECT 1 on an open connection"] = done()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delays", default="10,30", help="milliseconds per request burst, comma separated")
    args = parser.parse_args()
    delays = [int(d) for d in args.delays.split(",")]
    try:
        with postgres_database() as (admin_url, _raw):
            logins, person, advisor, slots = build(admin_url)
            staff_url = logins["staff"]
            host, port = staff_url.host or "127.0.0.1", staff_url.port or 5432
            results = {}
            for delay in delays:
                proxy = DelayProxy(host, port, delay / 1000)
                results[delay] = measure(proxy, logins, person, advisor, slots)
    except Unreachable as error:
        print(f"PostgreSQL svarer ikke: {error}", file=sys.stderr)
        return 1
    header = "| what | " + " | ".join(f"{d} ms: round trips, s" for d in delays) + " | goal |"
    print(header)
    print("|---" * (len(delays) + 2) + "|")
    for name, goal in GOALS.items():
        cells = " | ".join(f"{results[d][name][0]}, {results[d][name][1]:.2f}" for d in delays)
        print(f"| {name} | {cells} | {goal} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
