"""The screenshots' demo store and the app that renders them: one throw-away SQLite store filled by
the app's own demo services on a fixed Monday, with two closure days, a coming change of contact
person and a case summary for every other booked session of the busiest advisor's week.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.booking import Booking, BookingState
from app.domain.model import Actor, BookingFilter, ContactKind, Person, Role
from app.domain.summary import AgeBand, PathwayStep, ScreeningRow, SummaryContent
from app.domain.time import local_midnight
from app.services import summaries
from app.services.clock import FixedClock
from app.services.closures import add_closure_date
from app.services.contacts import assign_contact, list_contacts
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.people import list_people
from db.migrate import upgrade
from db.store import SqlStore
from ui.i18n import install_language
from ui.session import ChangeNotifier, UiSession
from ui.worker import Worker

ROOT = Path(__file__).resolve().parent.parent
BUILT = date(2026, 11, 23)  # a Monday: the demo is filled and the summaries sent on this day
TODAY = BUILT + timedelta(days=2)  # the views' today: one session of the week is late with its summary
CHRISTMAS = date(2026, 12, 21)  # the advisor's week with juleaftensdag and juledag skipped
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


@dataclass
class Demo:
    url: str
    ctx: Context  # on TODAY
    advisor: Person  # the busiest calendar
    booker: Person  # staff with a session still waiting for its summary
    draft: Booking  # the booker's next session, whose summary form is shown


class Shots:
    """The app, the worker every page runs its reads on, and where the pictures go."""

    def __init__(self, out: Path) -> None:
        self.app = QApplication(sys.argv[:1])
        install_language(self.app, "da")
        self.worker = Worker()
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def settle(self, rounds: int = 5) -> None:
        """Let queued reads finish and their answers reach the widgets (a read may queue the next)."""
        for _ in range(rounds):
            self.worker.wait()
            self.app.processEvents()

    def wait_for(self, done: Callable[[], bool], seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise SystemExit("timed out: a window or a read never finished")
            self.app.processEvents()
            time.sleep(0.01)

    def save(self, widget: QWidget, name: str) -> None:
        for _ in range(5):  # layouts and repaints queued by the last change
            self.app.processEvents()
        widget.grab().save(str(self.out / name))
        print(self.out / name, flush=True)

    def save_with_popup(self, widget: QWidget, popup: QWidget, name: str) -> None:
        """The widget with a popup (a menu is a window of its own) painted where it opened."""
        for _ in range(5):
            self.app.processEvents()
        picture = widget.grab()
        painter = QPainter(picture)
        painter.drawPixmap(widget.mapFromGlobal(popup.pos()), popup.grab())
        painter.end()
        picture.save(str(self.out / name))
        print(self.out / name, flush=True)

    def session(self, ctx: Context, person: Person) -> UiSession:
        return UiSession(ctx, person, self.worker, ChangeNotifier())


def build_demo(folder: Path) -> Demo:
    url = f"sqlite:///{folder / 'demo.db'}"
    store = SqlStore.open(url)
    upgrade(store.engine)
    built = Context(store, FixedClock(BUILT))
    demo = Actor.system("demo")
    print(fill_demo(built, demo, years=1), flush=True)
    # Admin: closure days, and a coming change of BUA deputy for Randers, so its history has rows
    add_closure_date(built, demo, date(2027, 5, 7), "Personaledag i BUA")
    add_closure_date(built, demo, date(2027, 9, 24), "Temadag om udredning")
    current = next(a for a in list_contacts(built, "730") if a.kind is ContactKind.BUA_DEPUTY)
    other = next(p for p in list_people(built, Role.ADVISOR) if p.id != current.person_id)
    assign_contact(built, demo, "730", ContactKind.BUA_DEPUTY, other.email, date(2027, 2, 1))

    # A summary for every other one-to-one session booked with the busiest advisor this week
    with store.read() as uow:
        advisor = max(uow.people.list(Role.ADVISOR), key=lambda p: len(uow.series.list(advisor_id=p.id)))
        week = uow.bookings.list(
            BookingFilter(
                advisor_id=advisor.id,
                starts_from=local_midnight(BUILT),
                starts_before=local_midnight(BUILT + timedelta(days=7)),
                states=frozenset({BookingState.BOOKED}),
            )
        )
    booked = [b for b in week if b.session_type is not None and b.session_type.is_one_to_one]
    for booking in booked[::2]:
        summaries.submit(built, Actor(booking.person_id, booking.person_email), booking.id, SENT)
    waiting = (booked[1::2] or booked)[0]
    with store.read() as uow:
        booker = uow.people.get(waiting.person_id)
        later = uow.bookings.list(  # the form shows a draft before its deadline, not a late one
            BookingFilter(
                person_id=waiting.person_id,
                starts_from=local_midnight(TODAY + timedelta(days=7)),
                states=frozenset({BookingState.BOOKED}),
            )
        )
    assert booker is not None
    draft = min(later, key=lambda b: b.starts_at, default=waiting)
    return Demo(url, Context(store, FixedClock(TODAY)), advisor, booker, draft)
