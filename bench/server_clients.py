"""Benchmark: a region's clients on one shared PostgreSQL server, each logged in as its own person.

    python bench/server_clients.py [--clients 80] [--seconds 180] [--every 2.5]

The store is set up as a region's database administrator does it (`server setup`, demo data for the
19 municipalities, `server add-login` for each simulated person: BUA's advisors and administrator
first, then municipal staff). Each client is a thread with its own SqlStore, so its own one
connection, and works as the window does, on one thread:

- it asks its change token every second (the window's watcher; on a server it costs no query);
- it reads its week every 30 s: the staff page's overview, or the advisor's week for BUA;
- staff book a free time, or cancel one they booked here, so that across all clients something is
  booked or cancelled about every `--every` seconds; after a booking they save a case summary draft.

Printed: errors (anything but a rule's refusal, e.g. a time someone else took first), the bookings
and cancellations made, whether every one was heard by every other client before the end, the push
delay from each commit until each other client's token moved (p50, p95, max; the watcher's one-second
poll is the baseline it is set against), and the server's connections for this database beside the
client count, sampled every 2 s. BUA_BENCH_POSTGRES_URL (default: the local server) must be a
superuser; the database and its roles are dropped at the end. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

import psycopg
from benchkit import Unreachable, make_schema, postgres_database
from sqlalchemy.engine import make_url

from app.domain.model import Actor, Person, Role
from app.domain.summary import SummaryContent
from app.errors import BuaError, Conflict, NotFound, RuleRefused
from app.services import bookings, rules, summaries
from app.services.advisor_view import advisor_week
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.people import list_people
from app.services.staff_view import staff_overview
from db.engine import create_store_engine
from db.server import add_login
from db.store import SqlStore

POLL_S = 1.0  # the window's watcher
WEEK_S = 30.0
REFUSALS = (RuleRefused, Conflict, NotFound)  # a rule's answer, not an error


@dataclass
class Client:
    person: Person
    url: str
    heard: list[float] = field(default_factory=list)  # when its token moved (monotonic)
    booked: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refusals: Counter[str] = field(default_factory=Counter)  # a rule's answers, by message


@dataclass
class Run:
    clients: list[Client]
    until: float
    every: float
    commits: list[tuple[float, int]] = field(default_factory=list)  # (when, client index)
    lock: threading.Lock = field(default_factory=threading.Lock)


def build(admin_url: str, wanted: int) -> list[Client]:
    engine = create_store_engine(admin_url)
    make_schema(engine)
    ctx = Context(SqlStore(engine), SystemClock())
    system = Actor.system("bench")
    fill_demo(ctx, system, years=1, seed=7)
    rules.set_rule(ctx, system, "max_future_bookings", "20")
    people = [p for p in list_people(ctx) if p.active]
    bua = [p for p in people if p.role in (Role.ADVISOR, Role.ADMINISTRATOR)]
    staff = [p for p in people if p.role is Role.MUNICIPAL_STAFF]
    chosen = (bua + staff)[:wanted]
    database = make_url(admin_url).database
    clients = []
    for n, person in enumerate(chosen):
        login = f"{database}_c{n}"
        add_login(engine, person.email, login, None)
        clients.append(Client(person, make_url(admin_url).set(username=login).render_as_string(False)))
    engine.dispose()
    return clients


def work(run: Run, index: int, staff_count: int, start: threading.Barrier) -> None:
    me = run.clients[index]
    store = SqlStore.open(me.url)
    ctx = Context(store, SystemClock(), Actor(me.person.id, me.person.email))
    rng = random.Random(index)
    start.wait()
    now = time.monotonic()
    token = store.change_token()
    next_poll, next_week = now + POLL_S, now + rng.uniform(0, 2)  # the page is read as it opens
    acting = me.person.role is Role.MUNICIPAL_STAFF
    next_act = now + rng.expovariate(1 / (run.every * staff_count)) if acting else run.until
    free: list[int] = []
    while (now := time.monotonic()) < run.until:
        try:
            if now >= next_poll:
                next_poll += POLL_S
                moved = store.change_token()
                if moved != token:
                    me.heard.append(time.monotonic())
                    token = moved
            if now >= next_week:
                next_week += WEEK_S
                free = read_week(ctx, me.person)
            if now >= next_act:
                next_act += rng.expovariate(1 / (run.every * staff_count))
                act(run, index, ctx, rng, free)
        except REFUSALS as refusal:
            me.refusals[refusal.message] += 1
        except BuaError as error:
            me.errors.append(f"{type(error).__name__}: {error.message}")
        except Exception as error:
            me.errors.append(f"{type(error).__name__}: {error}".splitlines()[0])
        time.sleep(max(0.0, min(next_poll, next_week, next_act) - time.monotonic()))
    store.dispose()


def read_week(ctx: Context, person: Person) -> list[int]:
    """What the window shows: the staff page's overview, or BUA's week. Returns the free times."""
    if person.role is Role.MUNICIPAL_STAFF:
        return [t.slot_id for t in staff_overview(ctx, person.id).free_times if t.places_left > 0]
    today = ctx.clock.today()
    advisor_week(ctx, person.id, today - timedelta(days=today.weekday()))
    return []


def act(run: Run, index: int, ctx: Context, rng: random.Random, free: list[int]) -> None:
    me = run.clients[index]
    if me.booked and (rng.random() < 0.5 or not free):
        bookings.cancel(ctx, ctx.actor, me.booked.pop(), "other")
    elif free:
        booking = bookings.book(ctx, ctx.actor, rng.choice(free))
        me.booked.append(booking.id)
        committed = time.monotonic()
        summaries.save_draft(
            ctx, ctx.actor, booking.id, SummaryContent(problem="Eleven er urolig i timerne.")
        )
        with run.lock:
            run.commits.append((committed, index))
        return
    else:
        return
    with run.lock:
        run.commits.append((time.monotonic(), index))


def sample_connections(libpq: str, until: float, samples: list[int]) -> None:
    with psycopg.connect(libpq, autocommit=True) as admin:
        while time.monotonic() < until:
            (count,) = admin.execute(  # type: ignore[misc]
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchone()
            samples.append(int(count))
            time.sleep(2)


def report(run: Run, connections: list[int]) -> None:
    clients = run.clients
    errors = [e for c in clients for e in c.errors]
    delays, missed = [], 0
    grace = run.until - 3.0  # a change in the last seconds may not have been polled yet
    for when, by in run.commits:
        if when > grace:
            continue
        for n, other in enumerate(clients):
            if n == by:
                continue
            after = next((t for t in other.heard if t >= when), None)
            if after is None:
                missed += 1
            else:
                delays.append(after - when)
    staff = sum(c.person.role is Role.MUNICIPAL_STAFF for c in clients)
    answers: Counter[str] = sum((c.refusals for c in clients), Counter())
    refused = sum(answers.values())
    print(f"clients: {len(clients)} logins ({staff} staff)")
    print(f"changes: {len(run.commits)} bookings and cancellations; {refused} refused by a rule")
    for message, count in answers.most_common(3):
        print(f"  {count} x {message}")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    if delays:
        ordered = sorted(delays)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(
            f"push: {len(delays)} (change, other client) pairs heard, {missed} missed; delay p50 "
            f"{statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms "
            f"(p95 / the watcher's {POLL_S * 1000:.0f} ms poll: {p95 / POLL_S:.2f})"
        )
    if connections:
        print(
            f"server connections for the database: max {max(connections)}, last {connections[-1]} "
            f"for {len(clients)} clients ({max(connections) / len(clients):.2f} per client)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=80)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--every", type=float, default=2.5, help="seconds between changes across all")
    args = parser.parse_args()
    try:
        with postgres_database() as (admin_url, _raw):
            started = time.monotonic()
            clients = build(admin_url, args.clients)
            print(f"built: demo data and {len(clients)} logins in {time.monotonic() - started:.1f} s")
            staff = sum(c.person.role is Role.MUNICIPAL_STAFF for c in clients)
            barrier = threading.Barrier(len(clients) + 1)
            run = Run(clients, until=float("inf"), every=args.every)
            threads = [
                threading.Thread(target=work, args=(run, n, staff, barrier)) for n in range(len(clients))
            ]
            for thread in threads:
                thread.start()  # each waits at the barrier until the run's end is known
            run.until = time.monotonic() + args.seconds
            barrier.wait()
            samples: list[int] = []
            libpq = make_url(admin_url).set(drivername="postgresql").render_as_string(False)
            sampler = threading.Thread(target=sample_connections, args=(libpq, run.until, samples))
            sampler.start()
            for thread in [*threads, sampler]:
                thread.join()
            report(run, samples)
    except Unreachable as error:
        print(f"PostgreSQL does not answer: {error}")


if __name__ == "__main__":
    main()
