"""Benchmark: one advisor's week through the app (`advisor_week`) against the same SQL on the raw
driver (sqlite3 / psycopg, one connection kept open), on a demo store built with the app's own code.

    python bench/advisor_week.py [--years 5] [--repeat 10] [--engines sqlite,postgresql]

The raw SQL is the statement the app itself sends (the slot repository's prepared statement), run
with parameters the script binds itself; both sides must send identical parameters and return the
same rows, or it aborts. PostgreSQL: BUA_BENCH_POSTGRES_URL (default: the local server); the script creates a
bua_bench_* database and drops it again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from contextlib import closing
from datetime import UTC, date, timedelta
from typing import Any

from benchkit import PG_ADMIN_URL, FixedClock, Unreachable, make_schema, postgres_database, sqlite_database
from sqlalchemy.engine import make_url

from app.domain.model import Actor, Person, Role, SlotFilter
from app.domain.time import local_midnight
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.slots import advisor_week
from db.repositories import slot_list_statement
from db.store import SqlStore

TODAY = date(2026, 11, 23)  # a Monday
TARGET = 2.0
WEEKS = 50
WARMUP_PASSES = 2
WEEK_FIELDS = ("advisor_id", "starts_from", "starts_before")  # the SlotFilter advisor_week sets
SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's DateTime writes (naive UTC) on SQLite

Params = tuple[Any, ...] | dict[str, Any]
Statement = tuple[str, Params]


def week_params(template: Params, advisor_id: int, monday: date, sqlite: bool) -> Params:
    """The driver parameters for advisor_id AND starts_at >= monday AND starts_at < next monday."""
    start, end = (local_midnight(monday + timedelta(days=d)).astimezone(UTC) for d in (0, 7))
    values = [
        advisor_id,
        *((t.strftime(SQLITE_DATETIME) for t in (start, end)) if sqlite else (start, end)),
    ]
    return dict(zip(template, values, strict=True)) if isinstance(template, dict) else tuple(values)


def app_statement(store: SqlStore, advisor_id: int, monday: date) -> Statement:
    """The SQL and driver parameters the slot repository sends for one advisor's week."""
    prepared = slot_list_statement(WEEK_FIELDS)
    dialect = store.engine.dialect
    start, end = (local_midnight(monday + timedelta(days=d)) for d in (0, 7))
    values = {"advisor_id": advisor_id, "starts_from": start, "starts_before": end}
    return prepared.sql(dialect), prepared.driver_params(dialect, values)


def bench_engine(engine: str, years: int, repeat: int) -> None:
    opener = sqlite_database if engine == "sqlite" else postgres_database
    with opener() as (url, connect_raw):
        store = SqlStore.open(url)
        try:
            started = time.perf_counter()
            make_schema(store.engine)
            ctx = Context(store, FixedClock(TODAY))
            fill_demo(ctx, Actor.system("bench"), years=years, seed=1)
            print(f"{engine}: built {years}-year demo store in {time.perf_counter() - started:.1f} s")
            with store.read() as uow:
                advisor = uow.people.list(role=Role.ADVISOR)[0]
            first = TODAY.replace(year=TODAY.year - years + 1, day=1)
            first += timedelta(days=-first.weekday() % 7)
            step = ((TODAY + timedelta(days=364) - first).days // 7) // WEEKS
            weeks = [first + timedelta(weeks=i * step) for i in range(WEEKS)]
            with closing(connect_raw()) as raw:
                run(engine, store, raw, advisor, weeks, repeat)
        finally:
            store.dispose()


def run(engine: str, store: SqlStore, raw: Any, advisor: Person, weeks: list[date], repeat: int) -> None:
    ctx, advisor_id = Context(store, FixedClock(TODAY)), advisor.id
    sql, template = app_statement(store, advisor_id, weeks[0])
    sqlite = engine == "sqlite"

    def app_call(monday: date) -> list[int]:
        return [s.id for s in advisor_week(ctx, advisor_id, monday)]

    def raw_call(monday: date) -> list[int]:
        rows = raw.execute(sql, week_params(template, advisor_id, monday, sqlite)).fetchall()
        return [r[0] for r in rows]

    counts = []
    for monday in weeks:  # sanity: same statement, same parameters, same rows as the app
        if app_statement(store, advisor_id, monday) != (
            sql,
            week_params(template, advisor_id, monday, sqlite),
        ):
            sys.exit(f"{engine}: raw statement differs from the app's for week {monday}")
        app_ids, raw_ids = app_call(monday), raw_call(monday)
        if app_ids != raw_ids:
            sys.exit(f"{engine}: week {monday}: rows differ (app {len(app_ids)}, raw {len(raw_ids)})")
        counts.append(len(app_ids))
    for _ in range(WARMUP_PASSES):
        for monday in weeks:
            app_call(monday)
            raw_call(monday)
    in_uow_ns: list[int] = []
    full_ns: list[int] = []
    raw_ns: list[int] = []
    # Both sides start from (advisor, Monday) and end with the rows: the raw side formats its own
    # parameters, the app side builds its filter. The app side runs in one open unit of work, as the
    # raw side runs on one open connection; the whole call, unit of work included, is timed as well.
    with store.read() as uow:
        for _ in range(repeat):
            for monday in weeks:  # interleaved: drift hits all three alike
                t0 = time.perf_counter_ns()
                uow.slots.list(
                    SlotFilter(
                        advisor_id=advisor_id,
                        starts_from=local_midnight(monday),
                        starts_before=local_midnight(monday + timedelta(days=7)),
                    )
                )
                t1 = time.perf_counter_ns()
                raw_call(monday)
                t2 = time.perf_counter_ns()
                app_call(monday)
                t3 = time.perf_counter_ns()
                in_uow_ns.append(t1 - t0)
                raw_ns.append(t2 - t1)
                full_ns.append(t3 - t2)
    raw_us = statistics.median(raw_ns) / 1000
    query_us, full_us = (statistics.median(ns) / 1000 for ns in (in_uow_ns, full_ns))
    ratio = query_us / raw_us
    print(
        f"{engine}: advisor {advisor.email}, {len(weeks)} weeks × {repeat}, rows/week "
        f"{min(counts)}–{max(counts)} (mean {statistics.mean(counts):.1f})\n"
        f"{engine}: median query through the app {query_us:.1f} µs, raw driver {raw_us:.1f} µs, "
        f"ratio {ratio:.2f}x (target: ≤ {TARGET:.1f}x) {'OK' if ratio <= TARGET else 'OVER'}\n"
        f"{engine}: median whole advisor_week call (opens and closes its unit of work) "
        f"{full_us:.1f} µs, ratio {full_us / raw_us:.2f}x to raw"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=10, help="passes over the weeks (default 10)")
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    for engine in args.engines.split(","):
        if engine not in ("sqlite", "postgresql"):
            sys.exit(f"unknown engine {engine!r}: use sqlite and/or postgresql")
        try:
            bench_engine(engine, args.years, args.repeat)
        except Unreachable as error:
            where = make_url(PG_ADMIN_URL).render_as_string(hide_password=True)
            print(f"{engine}: skipped, PostgreSQL not reachable at {where}: {error}")


if __name__ == "__main__":
    main()
