"""Benchmark: the advisor calendar's "next week", from the click to the repainted week view, on a
5-year demo store on SQLite, beside a baseline measured in the same run: repainting the same widget
with no reload.

    python bench/advisor_calendar.py [--database URL] [--weeks 60] [--target-ms 16]

"Next week" is the whole path a user waits for: `AdvisorPage.step(1)` hands `advisor_week` to the
worker thread, the answer comes back through the queued signal, the entries are built and laid out,
and the view is repainted (`repaint()`, synchronous). The demo store is built once with the app's own
services (about a minute) and cached in bench/out/.
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

from benchkit import FixedClock
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app.domain.model import Actor, Person, Role
from app.services.context import Context
from app.services.demo import fill_demo
from db.migrate import upgrade
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
        upgrade(store.engine)
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


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", help="a store URL (default: the cached demo store)")
    parser.add_argument("--weeks", type=int, default=60)
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

    next_week, repaint_only, entries = [], [], []
    for step in range(args.weeks + 5):
        monday = page.week_view.monday() + timedelta(weeks=1)
        began = time.perf_counter()
        page.next_button.click()
        wait_for_week(app, page, monday)
        page.week_view.repaint()
        ended = time.perf_counter()
        began_baseline = time.perf_counter()
        page.week_view.repaint()
        ended_baseline = time.perf_counter()
        if step >= 5:  # warm-up: first imports, font caches
            next_week.append((ended - began) * 1000)
            repaint_only.append((ended_baseline - began_baseline) * 1000)
            entries.append(len(page.week_view.entries()))
    worker.wait()
    store.dispose()

    def line(label: str, values: list[float]) -> str:
        ordered = sorted(values)
        p90 = ordered[int(len(ordered) * 0.9) - 1]
        return f"  {label:<34} median {statistics.median(values):6.2f} ms   p90 {p90:6.2f} ms"

    median = statistics.median(next_week)
    print(f"advisor calendar, {store.describe()}, advisor {advisor.email}, {len(next_week)} weeks")
    print(f"  entries per week: median {statistics.median(entries):.0f}, max {max(entries)}")
    print(line("next week -> repainted view", next_week))
    print(line("baseline: repaint, no reload", repaint_only))
    verdict = "OK" if median <= args.target_ms else "OVER TARGET"
    ratio = median / statistics.median(repaint_only)
    print(f"  target <= {args.target_ms:.0f} ms: {verdict} ({ratio:.1f}x the repaint)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
