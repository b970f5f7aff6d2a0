"""Benchmark: the status report (`figures_report`, by municipality) over 5 years of demo data for all 19
municipalities, beside a baseline measured in the same run: the same counts by one raw SQL statement
with GROUP BY on the driver connection.

    python bench/report.py [--years 5] [--engines sqlite,postgresql] [--runs 25] [--target 2]

The store is built with the app's own code (`fill_demo`, a few minutes for 5 years); every other 1:1
booking holding a place then gets a case summary, half sent in time, a quarter late, a quarter drafts
(then PostgreSQL's statistics are brought up to date, as autovacuum would).
The report is timed as the user waits for it in the reports window, where every change of period or
grouping counts again: a read transaction, the one tally query, the closure calendar and rules, and
the counting in Python. One report first warms what later ones reuse (statement caches, the holiday
tables, the summary deadlines worked out per day); a first report takes a few ms more. The baseline
leaves out what SQL cannot do alone (the summary deadline in working days) but reads the same rows
and joins; both must agree on every count they share, or the bench says so.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, timedelta
from typing import Any

from benchkit import FixedClock, Unreachable, make_schema, postgres_database, sqlite_database

from app.domain.booking import OCCUPYING_STATES, CancelReason
from app.domain.model import Actor, BookingFilter
from app.domain.report import Report
from app.domain.summary import AgeBand, PathwayStep, SummaryContent, SummaryState
from app.domain.time import local_midnight
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.reports import figures_report
from db.store import SqlStore

TODAY = date(2026, 11, 23)  # a Monday
TEXT = SummaryContent("Henvise?", "En pige på 11 år med ondt i maven.", AgeBand.SCHOOL, PathwayStep.STEP_2)
SHARED = (
    "offered",
    "booked",
    "held",
    "no_show",
    "cancelled_by_bua",
    "cancelled_by_municipality",
    "unused",
    "outcome_missing",
    "teaching_participants",
    "waitlist_demand",
    "gp_guests",
    "summaries_sent",
)
_PLACE = "('" + "', '".join(sorted(s.value for s in OCCUPYING_STATES)) + "')"
_REASONS = "('" + "', '".join(sorted(r.value for r in CancelReason)) + "')"
# {p} is the driver's placeholder: ? for sqlite3, %s for psycopg.
BASELINE = f"""
WITH per_slot AS (
    SELECT s.municipality_code AS code, s.cancelled AS cancelled, s.ends_at AS ends_at,
           se.session_type AS kind,
           SUM(CASE WHEN b.state = 'booked' THEN 1 ELSE 0 END) AS booked,
           SUM(CASE WHEN b.state = 'held' THEN 1 ELSE 0 END) AS held,
           SUM(CASE WHEN b.state = 'no_show' THEN 1 ELSE 0 END) AS no_show,
           SUM(CASE WHEN b.state = 'cancelled_by_bua' THEN 1 ELSE 0 END) AS by_bua,
           SUM(CASE WHEN b.state = 'cancelled' AND b.cancel_reason IN {_REASONS} THEN 1 ELSE 0 END) AS by_own,
           SUM(CASE WHEN b.state = 'waitlisted' THEN 1 ELSE 0 END) AS waiting,
           SUM(CASE WHEN b.state IN {_PLACE} AND b.gp_email IS NOT NULL THEN 1 ELSE 0 END) AS gp,
           SUM(CASE WHEN b.state IN {_PLACE} AND c.state = 'submitted' AND t.id IS NULL
                    THEN 1 ELSE 0 END) AS sent
    FROM slots s
    JOIN slot_series se ON se.id = s.series_id
    LEFT JOIN bookings b ON b.slot_id = s.id
    LEFT JOIN case_summaries c ON c.booking_id = b.id
    LEFT JOIN case_summary_tombstones t ON t.booking_id = b.id
    WHERE s.starts_at >= {{p}} AND s.starts_at < {{p}}
    GROUP BY s.id, se.session_type
)
SELECT code,
       SUM(CASE WHEN NOT cancelled THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND booked + held + no_show > 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND held > 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND held = 0 AND no_show > 0 THEN 1 ELSE 0 END),
       SUM(by_bua),
       SUM(by_own),
       SUM(CASE WHEN NOT cancelled AND ends_at <= {{p}} AND booked + held + no_show = 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND ends_at <= {{p}} AND held = 0 AND no_show = 0 AND booked > 0
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND kind = 'teaching' THEN booked + held ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND kind = 'teaching' THEN waiting ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND booked + held + no_show > 0 THEN gp ELSE 0 END),
       SUM(CASE WHEN NOT cancelled AND kind <> 'teaching' THEN sent ELSE 0 END)
FROM per_slot
GROUP BY code
"""


def add_summaries(store: SqlStore) -> int:
    """Every other 1:1 booking holding a place gets a summary: sent in time, late, or a draft."""
    places = frozenset(OCCUPYING_STATES)
    with store.write() as uow:
        found = [
            b
            for b in uow.bookings.list(BookingFilter(states=places))
            if b.session_type is not None and b.session_type.is_one_to_one
        ][::2]
        for n, b in enumerate(found):
            state = SummaryState.DRAFT if n % 4 == 3 else SummaryState.SUBMITTED
            before = timedelta(days=1 if n % 4 == 2 else 5)
            uow.summaries.save(b.id, b.municipality_code, TEXT, state, False, b.starts_at - before)
        uow.commit()
    return len(found)


def baseline(
    connect: Callable[[], Any], placeholder: str, params: tuple[Any, ...]
) -> Callable[[], list[Any]]:
    sql = BASELINE.format(p=placeholder)
    connection = connect()

    def run() -> list[Any]:
        cursor = connection.cursor()
        cursor.execute("BEGIN")
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.execute("COMMIT")
        return list(rows)

    return run


def shared_counts(report: Report) -> dict[str, tuple[int, ...]]:
    found = {}
    for row in report.rows:
        f = row.figures
        sent = (f.summaries_on_time or 0) + (f.summaries_late or 0)
        found[row.key] = (*(getattr(f, name) for name in SHARED[:-1]), sent)
    return found


def timed(app: Callable[[], object], raw: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median ms of each, the two taken in turn, so that a busy moment of the machine weighs on both."""
    app(), raw()  # warm: statement caches, the holiday tables
    took: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for call, into in ((app, took[0]), (raw, took[1])):
            began = time.perf_counter()
            call()
            into.append(time.perf_counter() - began)
    return statistics.median(took[0]) * 1000, statistics.median(took[1]) * 1000


def bench_engine(engine: str, years: int, runs: int, target: float) -> bool:
    opener = sqlite_database if engine == "sqlite" else postgres_database
    with opener() as (url, connect):
        store = SqlStore.open(url)
        try:
            make_schema(store.engine)
            clock = FixedClock(TODAY)
            ctx = Context(store, clock, Actor.system("bench"))
            print(f"{engine}: building {years} years of demo data ...", flush=True)
            print(f"  {fill_demo(ctx, Actor.system('bench'), years=years, seed=1)}")
            print(f"  {add_summaries(store)} case summaries added")
            if engine == "postgresql":  # as autovacuum would, before anyone asks for a report
                with store.engine.connect() as connection:
                    connection.exec_driver_sql("ANALYZE")
                    connection.commit()
            first = date(TODAY.year - (years - 1), TODAY.month, 1)
            last = TODAY + timedelta(days=366)
            now = clock.now()
            if engine == "sqlite":  # the naive UTC text UtcDateTime stores
                stamp: Any = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
                instants: tuple[Any, ...] = tuple(
                    local_midnight(d).astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
                    for d in (first, last + timedelta(days=1))
                )
            else:
                stamp, instants = now, (local_midnight(first), local_midnight(last + timedelta(days=1)))
            raw = baseline(connect, "?" if engine == "sqlite" else "%s", (*instants, stamp, stamp))

            def report() -> Report:
                return figures_report(ctx, first, last)

            found = report()
            expected = {str(r[0]): tuple(int(v) for v in r[1:]) for r in raw()}
            got = {k: v for k, v in shared_counts(found).items() if k in expected}
            agree = got == expected and all(
                not any(v) for k, v in shared_counts(found).items() if k not in got
            )
            app_ms, raw_ms = timed(report, raw, runs)
            ratio = app_ms / raw_ms
            totals = found.totals
            print(f"  report {first} to {last}: {len(found.rows)} municipalities, {totals.offered} sessions")
            print(
                f"  held {totals.held}, no-show {totals.no_show}, unused {totals.unused}, "
                f"summaries on time {totals.summaries_on_time} / late {totals.summaries_late} / "
                f"missing {totals.summaries_missing}"
            )
            print(f"  counts shared with the baseline agree: {'yes' if agree else 'NO'}")
            print(f"  report (figures_report, by municipality)  median {app_ms:7.2f} ms")
            print(f"  baseline: one raw SQL GROUP BY             median {raw_ms:7.2f} ms")
            verdict = "OK" if ratio <= target else "OVER TARGET"
            print(f"  ratio {ratio:.2f}x the raw GROUP BY (target <= {target:g}x): {verdict}")
            return agree
        finally:
            store.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--target", type=float, default=2.0)
    args = parser.parse_args()
    ok = True
    for engine in args.engines.split(","):
        try:
            ok = bench_engine(engine, args.years, args.runs, args.target) and ok
        except Unreachable as error:
            print(f"{engine}: skipped, the server does not answer ({error})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
