"""Benchmark: the advisor calendar's "next week", from the click to the repainted week view, on a
5-year demo store on SQLite, beside a baseline measured in the same run: repainting the same widget
with no reload.

    python bench/advisor_calendar.py [--database URL] [--weeks 60] [--target-ms 16]

"Next week" is the whole path a user waits for: the click on "Next", the week's entries built and
laid out, and the view repainted (`repaint()`, synchronous). The page reads the weeks on either side
while the advisor looks at one, so at a user's pace (the bench waits for that read between clicks)
the week is already read; every other step forgets the read weeks first, so the cold path (the
`advisor_week` read on the worker thread and the queued answer) is measured too.

The demo store is built once with the app's own services (about a minute) and cached in bench/out/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchkit import FixedClock, make_schema
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app.domain.model import Actor, Person, Role
from app.services.context import Context
from app.services.demo import fill_demo
from db.store import SqlStore
from ui.advisor.advisor_page import AdvisorPage
from ui.session import ChangeNotifier, UiSession
from ui.worker import Worker

TODAY = date(2026, 11, 23)  # a Monday; the demo's "today"
CACHE = Path(__file__).parent / "out" / "advisor-calendar-demo-5y.db"
YEARS = 5


def demo_store(url: str | None = None) -> SqlStore:
    """The given store, or the cached 5-year demo store (built on first use)."""
    if url is not None:
        return SqlStore.open(url)
    fresh = not CACHE.exists()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    partial = CACHE.with_suffix(".building")
    store = SqlStore.open(f"sqlite:///{partial if fresh else CACHE}")
    if fresh:
        print(f"building a {YEARS}-year demo store in {CACHE} (about a minute) ...", flush=True)
        make_schema(store.engine)
        fill_demo(Context(store, FixedClock(TODAY)), Actor.system("bench"), years=YEARS, seed=1)
        store.dispose()
        partial.rename(CACHE)
        store = SqlStore.open(f"sqlite:///{CACHE}")
    return store


def advisor_of(ctx: Context) -> Person:
    """The advisor with the most slots: the busiest calendar."""
    with ctx.store.read() as uow:
        advisors = uow.people.list(Role.ADVISOR)
        return max(advisors, key=lambda p: len(uow.series.list(advisor_id=p.id)))


def wait_for_week(app: QApplication, page: AdvisorPage, monday: date) -> None:
    while page.week_view.monday() != monday:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def step(app: QApplication, page: AdvisorPage, worker: Worker, cold: bool) -> tuple[float, float]:
    """One "next week": (click to repainted view, the same repaint alone) in ms."""
    monday = page.week_view.monday() + timedelta(weeks=1)
    while not page.has_read(monday):  # the advisor looks at the week; its neighbours are read
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    worker.wait()
    app.processEvents()
    if cold:
        page.forget_read_weeks()
    began = time.perf_counter()
    page.next_button.click()
    wait_for_week(app, page, monday)
    page.week_view.repaint()
    ended = time.perf_counter()
    page.week_view.repaint()
    baseline = time.perf_counter() - ended
    return (ended - began) * 1000, baseline * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", help="a store URL (default: the cached demo store)")
    parser.add_argument("--weeks", type=int, default=100)
    parser.add_argument("--target-ms", type=float, default=16.0)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    store = demo_store(args.database)
    ctx = Context(store, FixedClock(TODAY))
    advisor = advisor_of(ctx)
    worker = Worker()
    page = AdvisorPage(UiSession(ctx, advisor, worker, ChangeNotifier()))
    page.resize(1400, 760)
    page.show()
    start = TODAY - timedelta(days=TODAY.weekday(), weeks=args.weeks // 2)
    page.show_week_of(start)
    wait_for_week(app, page, start)
    app.processEvents()

    runs: dict[str, list[float]] = {"paced": [], "cold": [], "baseline": []}
    entries = []
    for number in range(args.weeks + 5):
        cold = number % 2 == 1
        took, baseline = step(app, page, worker, cold)
        if number >= 5:  # warm-up: first imports, font caches
            runs["cold" if cold else "paced"].append(took)
            runs["baseline"].append(baseline)
            entries.append(len(page.week_view.entries()))
    worker.wait()
    page.close()
    page.deleteLater()
    app.processEvents()
    store.dispose()

    def line(label: str, values: list[float]) -> str:
        ordered = sorted(values)
        p90 = ordered[int(len(ordered) * 0.9) - 1]
        return f"  {label:<34} median {statistics.median(values):6.2f} ms   p90 {p90:6.2f} ms"

    median = statistics.median(runs["paced"])
    print(f"advisor calendar, {store.describe()}, advisor {advisor.email}, {args.weeks} weeks")
    print(f"  entries per week: median {statistics.median(entries):.0f}, max {max(entries)}")
    print(line("next week -> repainted view", runs["paced"]))
    print(line("  same, week not read ahead", runs["cold"]))
    print(line("baseline: repaint, no reload", runs["baseline"]))
    verdict = "OK" if median <= args.target_ms else "OVER TARGET"
    ratio = median / statistics.median(runs["baseline"])
    print(f"  target <= {args.target_ms:.0f} ms: {verdict} ({ratio:.1f}x the repaint)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
