"""Benchmark: the summary state per booking for an advisor's week view (`summaries.statuses`).

    python bench/summary_states.py [--years 1] [--engines sqlite,postgresql]

Builds a demo store with the app's own code, gives every other booking a summary (draft or
submitted), then times `statuses` for each of the busiest advisor's weeks: one read transaction,
the rules, the closure calendar and one SELECT of (booking id, state) without any text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta

from benchkit import FixedClock, Unreachable, make_schema, postgres_database, sqlite_database

from app.domain.booking import BookingState
from app.domain.model import Actor, BookingFilter, Role
from app.domain.summary import AgeBand, PathwayStep, SummaryContent, SummaryState
from app.domain.time import local_midnight
from app.services import summaries
from app.services.context import Context
from app.services.demo import fill_demo
from db.store import SqlStore

TODAY = date(2026, 11, 23)  # a Monday
WEEKS = 40
TEXT = SummaryContent(
    "Henvise?", "En pige på 11 år med ondt i maven. " * 20, AgeBand.SCHOOL, PathwayStep.STEP_2
)


def bench_engine(engine: str, years: int) -> None:
    opener = sqlite_database if engine == "sqlite" else postgres_database
    with opener() as (url, _raw):
        store = SqlStore.open(url)
        try:
            make_schema(store.engine)
            ctx = Context(store, FixedClock(TODAY))
            fill_demo(ctx, Actor.system("bench"), years=years, seed=1)
            with store.write() as uow:
                booked = uow.bookings.list(BookingFilter(states=frozenset({BookingState.BOOKED})))
                for n, b in enumerate(booked[::2]):
                    state = SummaryState.SUBMITTED if n % 2 else SummaryState.DRAFT
                    uow.summaries.save(b.id, b.municipality_code, TEXT, state, False, datetime.now(UTC))
                uow.commit()
                advisors = uow.people.list(role=Role.ADVISOR)
            weeks = []
            for week in range(WEEKS):
                monday = TODAY - timedelta(weeks=WEEKS // 2) + timedelta(weeks=week)
                with store.read() as uow:
                    found = max(
                        (
                            uow.bookings.list(
                                BookingFilter(
                                    advisor_id=a.id,
                                    starts_from=local_midnight(monday),
                                    starts_before=local_midnight(monday + timedelta(days=7)),
                                )
                            )
                            for a in advisors
                        ),
                        key=len,
                    )
                weeks.append(found)
            summaries.statuses(ctx, weeks[0])  # warm-up
            timings = []
            for bookings in weeks:
                started = time.perf_counter()
                summaries.statuses(ctx, bookings)
                timings.append((time.perf_counter() - started) * 1000)
            sizes = [len(w) for w in weeks]
            print(
                f"{engine}: {len(booked)} booked, {WEEKS} weeks of {min(sizes)}-{max(sizes)} bookings: "
                f"median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms per week view"
            )
        finally:
            store.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    for engine in args.engines.split(","):
        try:
            bench_engine(engine, args.years)
        except Unreachable as error:
            print(f"{engine}: skipped ({error})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
