"""Benchmark: booking through the app (`app.services.bookings.book`, one write transaction per call)
against a single-row INSERT transaction on the raw driver, and 32 workers racing for one 1:1 slot.

    python bench/booking_latency.py [--bookings 800] [--slots 10] [--workers 32] [--engines sqlite,postgresql]

a) Latency: each booking is a whole `book()` call as the app makes it (its own unit of work, BEGIN
   IMMEDIATE on SQLite). Interleaved with it, the raw driver (sqlite3 / psycopg, one connection kept
   open, the same SQLite pragmas) runs two one-row INSERT transactions, BEGIN [IMMEDIATE]; INSERT;
   COMMIT: a booking row into `bookings` (with that table's indexes and foreign keys; the target's
   baseline) and a row into an unindexed scratch table (the baseline before 2026-11-26, still
   printed). p50 and p99 of each, and the ratios of the p50s (target ≤ 3x).
b) Contention: `--workers` threads, each with its own SqlStore (so its own connection) and its own
   person, are released together by a Barrier to book the same 1:1 slot; repeated for `--slots` slots.
   Exactly one must win each slot, or the script aborts.
c) The floor: each booking's own statements, recorded from book() and replayed on the raw driver,
   against the booking-row INSERT of a) on the same raw connection. What 3x of that row leaves after
   the replay is all the time any booking code could spend of its own.

The store is built with the app's own services (one municipality's staff, an advisor, weekly 1:1
series for a year, the rules opened up so that thousands of future bookings are allowed), under a fixed
clock. PostgreSQL: BUA_BENCH_POSTGRES_URL (default: the local server); the script creates a
bua_bench_* database and drops it again. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

from benchkit import PG_ADMIN_URL, FixedClock, Unreachable, make_schema, postgres_database, sqlite_database
from sqlalchemy import event
from sqlalchemy.engine import make_url

from app.domain.model import Actor, NewPerson, Person, Profession, Role, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import BuaError, RuleRefused
from app.services.bookings import book
from app.services.context import Context
from app.services.people import add_person
from app.services.rules import set_rule
from app.services.series import SeriesSpec, create_series
from db.prepared import Prepared
from db.store import SqlStore

TODAY = date(2026, 11, 23)  # a Monday
TARGET = 3.0
MUNICIPALITY = "730"
STAFF = 40  # bookers in part a), round robin; part b) gives each worker a person of its own
START_TIMES = (clock_time(8), clock_time(9), clock_time(10), clock_time(13), clock_time(14))
WARMUP = 50
TOMORROW = datetime(2026, 11, 24, 9, tzinfo=UTC)  # the start written into baseline rows of c)
SYSTEM = Actor.system("bench")


@dataclass(frozen=True)
class Built:
    staff: list[Person]
    slot_ids: list[int]  # open 1:1 slots in the booking window, in time order


def build(ctx: Context, people: int) -> Built:
    """An advisor, `people` staff of one municipality, and a year of weekly 1:1 sparring series."""
    for name, value in (("max_future_bookings", "100000"), ("horizon_weeks", "60")):
        set_rule(ctx, SYSTEM, name, value)
    advisor = add_person(ctx, SYSTEM, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    staff = [
        add_person(
            ctx,
            SYSTEM,
            NewPerson(
                f"staff{i}@randers.example",
                f"Medarbejder {i}",
                Role.MUNICIPAL_STAFF,
                MUNICIPALITY,
                Profession.PSYCHOLOGIST,
            ),
        )
        for i in range(people)
    ]
    first = TODAY + timedelta(days=7)  # clear of the lead time
    series_ids = []
    for weekday in range(5):
        for start in START_TIMES:
            rule = RecurrenceRule(weekday, start, first, ends_on=TODAY + timedelta(days=360))
            spec = SeriesSpec(MUNICIPALITY, advisor.email, rule, SessionType.SPARRING)
            series_ids.append(create_series(ctx, SYSTEM, spec).series.id)
    with ctx.store.read() as uow:
        slots = [s for sid in series_ids for s in uow.slots.list(SlotFilter(series_id=sid))]
    slots.sort(key=lambda s: (s.starts_at, s.id))
    return Built(staff, [s.id for s in slots])


def percentile(values: list[int], share: float) -> float:
    """Nearest-rank percentile of nanosecond samples, in microseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] / 1000


def fmt(us: float) -> str:
    if us >= 1_000_000:
        return f"{us / 1_000_000:.2f} s"
    return f"{us / 1000:.{2 if us < 100_000 else 0}f} ms" if us >= 1000 else f"{us:.0f} µs"


def booking_row(engine: str) -> tuple[str, Callable[[int, datetime, int], tuple[Any, ...]]]:
    """The target's baseline: one booking row INSERTed into `bookings`, and its parameters for a
    slot, start and person. A cancelled booking: every index and foreign key of `bookings` but the two
    partial unique indexes, so a little less work than the app's booked row (the slot already has that)."""
    sqlite = engine == "sqlite"
    mark = "?" if sqlite else "%s"
    statement = (
        "INSERT INTO bookings (slot_id, starts_at, ends_at, person_id, municipality_code, one_to_one, "
        "state, created_at, updated_at, version, ical_uid, ical_sequence) "
        f"VALUES ({', '.join([mark] * 12)})"
    )

    def instant(value: datetime) -> Any:
        return value.replace(tzinfo=None).isoformat(" ") if sqlite else value

    def params(slot_id: int, starts_at: datetime, person_id: int) -> tuple[Any, ...]:
        now = instant(datetime.now(UTC))
        ends_at = instant(starts_at + timedelta(minutes=45))
        row = (slot_id, instant(starts_at), ends_at, person_id, MUNICIPALITY, True, "cancelled")
        return (*row, now, now, 1, f"{uuid.uuid4()}@bench", 0)

    return statement, params


def raw_transaction(engine: str, raw: Any, statements: list[tuple[str, Any]]) -> None:
    raw.execute("BEGIN IMMEDIATE" if engine == "sqlite" else "BEGIN")
    for statement, values in statements:
        raw.execute(statement, values)
    raw.execute("COMMIT")


def latency(engine: str, ctx: Context, raw: Any, built: Built, count: int) -> float:
    """a) book() through the service against two one-row INSERT transactions on the raw driver,
    interleaved: a booking row into `bookings` (the target's baseline) and a row into a scratch table."""
    sqlite = engine == "sqlite"
    key = "INTEGER PRIMARY KEY" if sqlite else "SERIAL PRIMARY KEY"
    raw.execute(f"CREATE TABLE bench_scratch (id {key}, slot_id INTEGER, person_id INTEGER)")
    mark = "?" if sqlite else "%s"
    scratch = f"INSERT INTO bench_scratch (slot_id, person_id) VALUES ({mark}, {mark})"
    row, row_params = booking_row(engine)

    app_ns: list[int] = []
    row_ns: list[int] = []
    scratch_ns: list[int] = []
    for i in range(WARMUP + count):
        slot_id, person = built.slot_ids[i], built.staff[i % len(built.staff)]
        t0 = time.perf_counter_ns()
        booked = book(ctx, Actor(person.id, person.email), slot_id)
        t1 = time.perf_counter_ns()
        raw_transaction(engine, raw, [(row, row_params(slot_id, booked.starts_at, person.id))])
        t2 = time.perf_counter_ns()
        raw_transaction(engine, raw, [(scratch, (slot_id, person.id))])
        t3 = time.perf_counter_ns()
        if i >= WARMUP:
            app_ns.append(t1 - t0)
            row_ns.append(t2 - t1)
            scratch_ns.append(t3 - t2)
    app50, row50, scratch50 = (percentile(v, 0.5) for v in (app_ns, row_ns, scratch_ns))
    app99, row99, scratch99 = (percentile(v, 0.99) for v in (app_ns, row_ns, scratch_ns))
    ratio = app50 / row50
    verdict = "OK" if ratio <= TARGET else "OVER"
    print(
        f"{engine}: book() through the service      p50 {fmt(app50)}, p99 {fmt(app99)}  ({count} bookings)\n"
        f"{engine}: raw INSERT of a booking row     p50 {fmt(row50)}, p99 {fmt(row99)}\n"
        f"{engine}: raw INSERT into a scratch table p50 {fmt(scratch50)}, p99 {fmt(scratch99)}\n"
        f"{engine}: ratio of p50s to the booking row {ratio:.1f}x (target: ≤ {TARGET:.0f}x) {verdict}; "
        f"to the scratch table {app50 / scratch50:.1f}x"
    )
    return app50


@contextmanager
def recording(store: SqlStore, into: list[list[tuple[str, Any]]]) -> Iterator[None]:
    """Append each prepared statement's SQL and driver parameters to into[-1]; abort if a statement
    other than BEGIN goes through SQLAlchemy's execution layer, which the replay would miss."""
    execute = Prepared._execute

    def record(self: Prepared, session: Any, params: Any) -> Any:
        dialect = session.get_bind().dialect
        into[-1].append((self.sql(dialect), self.driver_params(dialect, params)))
        return execute(self, session, params)

    def unseen(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if not statement.startswith("BEGIN"):
            sys.exit(f"book() sent a statement the replay cannot see: {statement[:60]}")

    Prepared._execute = record  # type: ignore[method-assign]
    event.listen(store.engine, "before_cursor_execute", unseen)
    try:
        yield
    finally:
        Prepared._execute = execute  # type: ignore[method-assign]
        event.remove(store.engine, "before_cursor_execute", unseen)


def replay(engine: str, count: int, app50: float) -> None:
    """c) The database's own share, and so the floor under any booking code: the statements of `count`
    bookings, recorded from book() on one store and replayed on the raw driver (BEGIN; the
    statements; COMMIT) on a second store built the same way, so each replayed booking meets the data
    its recording met. Interleaved with it, on the same raw connection, the booking-row INSERT of a)."""
    opener = sqlite_database if engine == "sqlite" else postgres_database
    with opener() as (recorded_url, _), opener() as (replay_url, connect_raw):
        stores = [SqlStore.open(url) for url in (recorded_url, replay_url)]
        try:
            builds = []
            for store in stores:
                make_schema(store.engine)
                builds.append(build(Context(store, FixedClock(TODAY)), STAFF))
            built = builds[0]
            statements: list[list[tuple[str, Any]]] = []
            ctx = Context(stores[0], FixedClock(TODAY))
            with recording(stores[0], statements):
                for i in range(WARMUP + count):
                    statements.append([])
                    person = built.staff[i % len(built.staff)]
                    book(ctx, Actor(person.id, person.email), built.slot_ids[i])
        finally:
            for store in stores:
                store.dispose()
        row, row_params = booking_row(engine)
        replay_ns: list[int] = []
        row_ns: list[int] = []
        with closing(connect_raw()) as raw:
            for n, booking in enumerate(statements):
                t0 = time.perf_counter_ns()
                raw_transaction(engine, raw, booking)
                t1 = time.perf_counter_ns()
                person = builds[1].staff[n % len(built.staff)]
                raw_transaction(engine, raw, [(row, row_params(built.slot_ids[n], TOMORROW, person.id))])
                if n >= WARMUP:
                    replay_ns.append(t1 - t0)
                    row_ns.append(time.perf_counter_ns() - t1)
            booked = raw.execute("SELECT count(*) FROM bookings WHERE state = 'booked'").fetchone()[0]
    if booked != len(statements):
        sys.exit(f"{engine}: the replay made {booked} bookings, not {len(statements)}")
    replay50, row50 = percentile(replay_ns, 0.5), percentile(row_ns, 0.5)
    left = TARGET * row50 - replay50
    print(
        f"{engine}: a booking's own {len(statements[-1])} statements on the raw driver p50 {fmt(replay50)} "
        f"(BEGIN to COMMIT), {replay50 / row50:.1f}x a booking-row INSERT on the same connection "
        f"(p50 {fmt(row50)}); book() takes {app50 / replay50:.1f}x the replay\n"
        f"{engine}: so {TARGET:.0f}x of the booking row leaves "
        + (f"{fmt(left)} for all of book()'s own work" if left > 0 else "nothing for book()'s own work")
    )


def race(contexts: list[Context], staff: list[Person], slot_id: int) -> list[tuple[str, int, int]]:
    """One thread per context, released by a Barrier; (outcome, start ns, end ns) per worker."""
    barrier = threading.Barrier(len(contexts))
    results: list[tuple[str, int, int]] = [("", 0, 0)] * len(contexts)

    def attempt(n: int) -> None:
        person = staff[n]
        barrier.wait()
        start = time.perf_counter_ns()
        try:
            book(contexts[n], Actor(person.id, person.email), slot_id)
            outcome = "won"
        except RuleRefused:
            outcome = "refused"
        except BuaError as error:  # e.g. StoreUnavailable: a lock wait timed out
            outcome = type(error).__name__
        results[n] = (outcome, start, time.perf_counter_ns())

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(len(contexts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def contention(engine: str, url: str, built: Built, slot_ids: list[int], workers: int) -> None:
    """b) `workers` threads, own store and person each, released together onto one 1:1 slot."""
    stores = [SqlStore.open(url) for _ in range(workers)]
    try:
        contexts = [Context(store, FixedClock(TODAY)) for store in stores]
        for store in stores:  # open each worker's connection before the clock starts
            with store.read() as uow:
                uow.people.get(built.staff[0].id)
        outcomes: Counter[str] = Counter()
        elapsed_ns = 0
        attempt_ns: list[int] = []
        for slot_id in slot_ids:
            results = race(contexts, built.staff, slot_id)
            won = [n for n, (outcome, _, _) in enumerate(results) if outcome == "won"]
            if len(won) != 1:
                sys.exit(f"{engine}: slot {slot_id}: {len(won)} winners among {workers} workers, not 1")
            outcomes.update(outcome for outcome, _, _ in results)
            elapsed_ns += max(end for _, _, end in results) - min(start for _, start, _ in results)
            attempt_ns += [end - start for _, start, end in results]
        attempts = workers * len(slot_ids)
        others = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()) if k not in ("won", "refused"))
        print(
            f"{engine}: contested: {len(slot_ids)} slots × {workers} workers, {attempts} attempts in "
            f"{elapsed_ns / 1e9:.2f} s = {attempts / (elapsed_ns / 1e9):.0f} attempts/s; "
            f"attempt p50 {fmt(percentile(attempt_ns, 0.5))}, p99 {fmt(percentile(attempt_ns, 0.99))}\n"
            f"{engine}: exactly one winner per slot: OK ({outcomes['won']} won, {outcomes['refused']} refused"
            f"{', ' + others if others else ''})"
        )
    finally:
        for store in stores:
            store.dispose()


def bench_engine(engine: str, bookings: int, slots: int, workers: int) -> None:
    opener = sqlite_database if engine == "sqlite" else postgres_database
    with opener() as (url, connect_raw):
        store = SqlStore.open(url)
        try:
            started = time.perf_counter()
            make_schema(store.engine)
            ctx = Context(store, FixedClock(TODAY))
            built = build(ctx, max(STAFF, workers))
            needed = WARMUP + bookings + slots
            if len(built.slot_ids) < needed:
                sys.exit(f"{engine}: only {len(built.slot_ids)} slots, {needed} needed")
            print(
                f"{engine}: built store with {len(built.staff)} staff and {len(built.slot_ids)} 1:1 slots "
                f"in {time.perf_counter() - started:.1f} s"
            )
            with closing(connect_raw()) as raw:
                app50 = latency(engine, ctx, raw, built, bookings)
            contention(engine, url, built, built.slot_ids[-slots:], workers)
        finally:
            store.dispose()
    replay(engine, bookings, app50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bookings", type=int, default=800, help="measured bookings (default 800)")
    parser.add_argument("--slots", type=int, default=10, help="contested slots (default 10)")
    parser.add_argument("--workers", type=int, default=32, help="workers per contested slot (default 32)")
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    for engine in args.engines.split(","):
        if engine not in ("sqlite", "postgresql"):
            sys.exit(f"unknown engine {engine!r}: use sqlite and/or postgresql")
        try:
            bench_engine(engine, args.bookings, args.slots, args.workers)
        except Unreachable as error:
            where = make_url(PG_ADMIN_URL).render_as_string(hide_password=True)
            print(f"{engine}: skipped, PostgreSQL not reachable at {where}: {error}")


if __name__ == "__main__":
    main()
