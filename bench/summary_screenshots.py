"""Render the pages where case summaries show, with demo data, offscreen to PNG (Danish by default).

    python bench/summary_screenshots.py [--out docs/screenshots] [--english]

Builds a 1-year demo store in a scratch folder, sends a case summary for every other booked session
of the busiest advisor's current week (the others stay missing), and renders, two days later: the
advisor's week with summary states, the session panel with a sent summary, and the staff page of one
of the bookers (free times, the Week tab, My bookings with the deadlines; the reminder line on top).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from advisor_calendar import TODAY, advisor_of
from benchkit import FixedClock
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.domain.booking import BookingState
from app.domain.model import Actor, BookingFilter
from app.domain.summary import AgeBand, PathwayStep, ScreeningRow, SummaryContent
from app.services import summaries
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.slots import local_midnight
from db.migrate import upgrade
from db.store import SqlStore
from ui.advisor.advisor_page import AdvisorPage
from ui.session import ChangeNotifier, UiSession
from ui.staff.staff_page import StaffPage
from ui.worker import Worker

ROOT = Path(__file__).resolve().parents[1]
SENT = SummaryContent(
    question="Skal vi henvise til BUA, eller kan vi fortsætte indsatsen i Trin 2?",
    problem=(
        "En dreng på 11 år i 5. klasse har i et halvt år trukket sig fra frikvartererne, sover dårligt "
        "og har ondt i maven om morgenen. Fraværet er steget til 15 %. Forældrene beskriver uro og "
        "tankemylder ved sengetid."
    ),
    age_band=AgeBand.SCHOOL,
    pathway_step=PathwayStep.STEP_2,
    tried="Samtaleforløb hos PPR i 8 uger og en plan for fremmøde med skolen.",
    screenings=(
        ScreeningRow("SDQ", "total_difficulties", 18, "lærer/pædagog", 9, 2026),
        ScreeningRow("ADHD-RS", "total", 30, "forælder", 10, 2026),
    ),
)


def install(app: QApplication, folder: Path, name: str) -> None:
    compiled = folder / f"{name}.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    source = ROOT / "resources" / "translations" / f"{name}.ts"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator(app)
    translator.load(str(compiled))
    app.installTranslator(translator)


def settle(app: QApplication, worker: Worker) -> None:
    for _ in range(4):
        worker.wait()
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--english", action="store_true", help="the English source strings")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    scratch = Path(tempfile.mkdtemp(prefix="bua-summary-shots-"))
    if not args.english:
        for name in ("advisor_da", "staff_da", "summary_da"):
            install(app, scratch, name)

    store = SqlStore.open(f"sqlite:///{scratch / 'demo.db'}")
    upgrade(store.engine)
    ctx = Context(store, FixedClock(TODAY))
    fill_demo(ctx, Actor.system("bench"), years=1, seed=1)
    advisor = advisor_of(ctx)
    monday = TODAY - timedelta(days=TODAY.weekday())
    with ctx.store.read() as uow:
        week = uow.bookings.list(
            BookingFilter(
                advisor_id=advisor.id,
                starts_from=local_midnight(monday),
                starts_before=local_midnight(monday + timedelta(days=7)),
                states=frozenset({BookingState.BOOKED}),
            )
        )
    booked = [b for b in week if b.session_type is not None and b.session_type.is_one_to_one]
    for booking in booked[::2]:
        summaries.submit(ctx, Actor(booking.person_id, booking.person_email), booking.id, SENT)
    # Shown two days later, so one session's deadline has passed without a summary ("late").
    ctx = Context(store, FixedClock(TODAY + timedelta(days=2)))
    worker = Worker()

    page = AdvisorPage(UiSession(ctx, advisor, worker, ChangeNotifier()))
    page.resize(1400, 800)
    page.show()
    settle(app, worker)
    sent = next((e for e in page.week_view.entries() if e.state.value == "summary_received"), None)
    if sent is not None:
        page.week_view.setFocus()
        page.week_view.set_current(sent.key)
        page.week_view.entry_activated.emit(sent.key)
        settle(app, worker)
    page.grab().save(str(out / "advisor-week-summaries.png"))
    page.details.grab().save(str(out / "advisor-session-summary.png"))

    waiting = booked[1::2] or booked
    with ctx.store.read() as uow:
        booker = uow.people.get(waiting[0].person_id)
    assert booker is not None
    staff = StaffPage(UiSession(ctx, booker, worker, ChangeNotifier()))
    staff.resize(1200, 720)
    staff.show()
    settle(app, worker)
    staff.grab().save(str(out / "staff-page.png"))
    staff.tabs.setCurrentWidget(staff.week)
    staff.week.step(1)  # the next week: free times, full teaching sessions with a waitlist
    settle(app, worker)
    staff.grab().save(str(out / "staff-page-week.png"))
    staff.tabs.setCurrentWidget(staff.my_bookings)
    settle(app, worker)
    staff.grab().save(str(out / "staff-page-bookings.png"))
    print(f"wrote {out}: advisor-week-summaries, advisor-session-summary, staff-page(-week, -bookings)")
    worker.wait()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
