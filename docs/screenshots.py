"""Render every main view of BUA Booking offscreen, in Danish, to docs/screenshots/*.png.

    python docs/screenshots.py [--out DIR]

One throw-away SQLite store, filled with the app's own demo services on a fixed Monday, plus what the
pictures need on top: two closure days and a coming change of contact person (admin history), and a
case summary sent for every other booked session of the busiest advisor's week. Everything is shown
two days later, so one of that week's sessions is late with its summary.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.booking import Booking, BookingState
from app.domain.mail import SmtpServer
from app.domain.model import Actor, BookingFilter, ContactKind, Person, Role
from app.domain.summary import AgeBand, PathwayStep, ScreeningRow, SummaryContent
from app.domain.time import local_midnight
from app.services import summaries
from app.services.absences import Handling
from app.services.closures import add_closure_date
from app.services.contacts import assign_contact, list_contacts
from app.services.context import Context, FixedClock
from app.services.demo import fill_demo
from app.services.people import list_people
from app.services.staff_view import FreeTime
from cli.gui import keyring_secrets
from cli.wiring import start
from db.migrate import upgrade
from db.store import SqlStore
from ui.admin.admin_page import AdminPage
from ui.advisor.advisor_page import MONTH, AdvisorPage
from ui.backend import Backend
from ui.i18n import apply_theme, install_language
from ui.reports.report_window import ReportWindow
from ui.session import ChangeNotifier, UiSession
from ui.settings import LocalSettings
from ui.shell import Shell
from ui.staff.book_dialog import BookDialog
from ui.staff.staff_page import StaffPage
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


def show_advisor_entry(shots: Shots, page: AdvisorPage, states: tuple[str, ...]) -> None:
    """Select the week's first entry in one of `states` and open it in the session panel."""
    entries = page.week_view.entries()
    entry = next((e for e in entries if e.state.value in states), None)
    if entry is not None:
        page.week_view.setFocus()
        page.week_view.set_current(entry.key)
        page.week_view.entry_activated.emit(entry.key)
        shots.settle()


def advisor(shots: Shots, demo: Demo) -> None:
    page = AdvisorPage(shots.session(demo.ctx, demo.advisor))
    page.resize(1400, 800)
    page.show()
    shots.settle()
    # This week: sent, missing and late summaries; the panel shows a sent one
    show_advisor_entry(shots, page, ("summary_received",))
    shots.save(page, "advisor-week-summaries.png")
    shots.save(page.details, "advisor-session-summary.png")

    page.resize(1400, 760)
    page.show_week_of(CHRISTMAS)
    shots.settle()
    show_advisor_entry(shots, page, ("booked", "summary_received", "summary_missing", "summary_late"))
    shots.save(page, "advisor-week.png")
    advisor_menu_and_series_edit(shots, page)
    for (width, height), name in (
        ((1366, 720), "advisor-week-1366x768.png"),  # a laptop, less the taskbar
        ((960, 720), "advisor-week-half-screen.png"),  # beside Outlook on half a 1920 px screen
    ):
        page.resize(width, height)
        shots.settle()
        show_advisor_entry(shots, page, ("booked", "summary_received", "summary_missing", "summary_late"))
        shots.save(page, name)
    page.resize(1400, 760)
    page.show_view(MONTH)
    shots.settle()
    shots.save(page, "advisor-month.png")

    editor = page.open_series_editor()
    shots.settle()
    editor.municipality_box.setCurrentIndex(0)  # the advisor's own municipality, chosen
    editor.weekday_box.setCurrentIndex(3)  # Thursdays across Easter and Ascension: skipped dates show
    editor.from_edit.setDate(QDate(2027, 3, 1))
    editor.until_edit.setDate(QDate(2027, 5, 31))
    editor.video_edit.setText("https://video.bua.example/sparring")
    shots.settle()
    shots.save(editor, "advisor-series-editor.png")
    editor.close()

    absence = page.open_absence_dialog()
    absence.until_edit.setDate(absence.from_edit.date().addDays(10))
    absence.reason_edit.setText("Kursus")
    shots.settle()
    absence.table.selectRow(0)
    absence.decide(Handling.DEPUTY)
    shots.save(absence, "advisor-absence.png")
    absence.close()
    page.close()


def advisor_menu_and_series_edit(shots: Shots, page: AdvisorPage) -> None:
    """The context menu on an open time of the week, and the series edited from that time's date."""
    entry = next(e for e in page.week_view.entries() if e.movable)
    session = next(s for s in page._period.sessions if s.key == entry.key) if page._period else None
    assert session is not None
    page.week_view.set_current(entry.key)
    rect = page.week_view.entry_rect(entry.key)
    assert rect is not None
    where = page.week_view.mapToGlobal(rect.center().toPoint())
    menu = page.occurrences.show_menu(session, where)
    shots.save_with_popup(page, menu, "advisor-occurrence-menu.png")
    menu.close()
    editor = page.open_series_editor(session.series_id, session.occurrence_date)
    shots.settle()
    editor.time_edit.setTime(QTime(13, 0))  # a change the preview shows before anything is saved
    shots.settle()
    shots.save(editor, "advisor-series-edit.png")
    editor.close()


def admin(shots: Shots, demo: Demo) -> None:
    administrator = list_people(demo.ctx, Role.ADMINISTRATOR)[0]
    page = AdminPage(shots.session(demo.ctx, administrator))
    page.resize(1280, 800)
    page.show()
    shots.settle(20)
    names = [o.municipality.name for o in page.contacts.municipalities.rows()]
    page.contacts.table.selectRow(names.index("Randers"))  # the one with a coming change
    shots.settle(20)
    for index, name in enumerate(("contacts", "people", "closures", "rules")):
        page.tabs.setCurrentIndex(index)
        shots.settle(20)
        shots.save(page, f"admin-{name}.png")
    page.close()


class _NeverSends:
    """A MailSender for pictures: the dialogs are rendered, never confirmed."""

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        raise AssertionError("a screenshot sends no mail")


def staff(shots: Shots, demo: Demo) -> None:
    page = StaffPage(shots.session(demo.ctx, demo.booker))
    page.resize(1200, 720)
    page.show()
    shots.settle()
    shots.save(page, "staff-page.png")  # free times, under the reminder line
    free = page.free_times.model
    bookable = next(row for row in free.rows() if isinstance(row, FreeTime) and row.bookable)
    with_mail = shots.session(demo.ctx, demo.booker)
    with_mail.mailer = lambda: _NeverSends()  # the dialog as on a PC whose region has a mail server
    dialog = BookDialog(with_mail, bookable, page, mail_server=True)
    dialog.show()
    dialog.gp_name.setText("Karen Lund")  # after show(), or the focused field's text shows selected
    shots.save(dialog, "staff-book-dialog.png")
    dialog.close()

    page.tabs.setCurrentWidget(page.week)  # the first free time's week: full teaching sessions too
    shots.settle()
    shots.save(page, "staff-page-week.png")
    page.tabs.setCurrentWidget(page.my_bookings)
    shots.settle()
    shots.save(page, "staff-page-bookings.png")

    # The summary form for the next session: a draft whose description names a phone number, a CPR
    # number and a first name, and an out-of-range score (the guard's lines and the range check show)
    form = page.open_summary(demo.draft.id)
    shots.wait_for(lambda: form.is_loaded)
    saved: list[int] = []
    form.draft_saved.connect(saved.append)
    form.question.setPlainText("Skal vi henvise til BUA, eller kan vi fortsætte indsatsen i Trin 2?")
    form.problem.setPlainText(
        "Pigen på 11 år har siden sommerferien haft ondt i maven om morgenen og bliver hjemme 2-3 dage "
        "om ugen. Emma fortæller, at hun er bange for at kaste op i skolen.\n"
        "Mor kan kontaktes på 20 30 40 50. CPR 010314-1234."
    )
    form.age_band.setCurrentIndex(form.age_band.findData(AgeBand.SCHOOL.value))
    form.step.setCurrentIndex(form.step.findData(PathwayStep.STEP_2.value))
    form.tried.setPlainText("Samtaleforløb hos PPR i 8 uger; nedsat skema i 4 uger.")
    form.screening.month.setDate(QDate(TODAY.year, TODAY.month, 1))  # not the real clock's month
    form.screening.instrument.setCurrentIndex(form.screening.instrument.findData("SDQ"))
    form.screening.score.setValue(18)
    form.screening.add_screening.click()
    form.screening.instrument.setCurrentIndex(form.screening.instrument.findData("ADHD-RS"))
    form.screening.score.setValue(60)
    form.screening.add_screening.click()
    shots.wait_for(lambda: bool(saved))  # the draft is saved after a pause in typing
    form.resize(780, 900)  # as it opens on a desktop screen: the whole form, without scrolling
    shots.save(form, "summary-form.png")
    form.close()
    shots.settle()
    page.close()


def shell(shots: Shots, demo: Demo, scratch: Path) -> None:
    """A first start on the demo store: scratch settings, the welcome, the real dialogs, the role's page."""

    def open_demo(database: str | None) -> Context:
        return start(demo.url if database is None else database, FixedClock(TODAY))

    backend = Backend(open_demo, keyring_secrets)
    qsettings = QSettings(str(scratch / "qt.ini"), QSettings.Format.IniFormat)
    app_shell = Shell(backend, LocalSettings(), scratch / "settings.json", qsettings)
    app_shell.window.resize(1100, 720)
    app_shell.start()
    shots.wait_for(lambda: app_shell.welcome is not None and app_shell.welcome.isVisible())
    assert app_shell.welcome is not None
    shots.save(app_shell.window, "first-run-welcome.png")  # what a new user sees first
    app_shell.welcome.start_button.click()
    shots.wait_for(lambda: app_shell.store_dialog is not None and app_shell.store_dialog.isVisible())
    dialog = app_shell.store_dialog
    assert dialog is not None
    shots.save(dialog, "shell-store-dialog.png")
    # Signing in to the region's shared server, filled in as a user would
    dialog.server_button.setChecked(True)
    dialog.host.setText("bua-booking.rm.dk")
    dialog.user.setText("pia.holm")
    dialog.password.setText("hemmeligt")
    shots.save(dialog, "shared-store-sign-in.png")
    # A server that does not answer
    dialog.port.setValue(1)
    dialog.user.setText("pia")
    dialog.host.setText("127.0.0.1")
    dialog.password.clear()
    dialog.submit()
    shots.wait_for(lambda: dialog.open_button.isEnabled() and bool(dialog.status.text().strip()))
    shots.save(dialog, "shell-store-dialog-error.png")

    # The local store: who are you?
    dialog.local_button.setChecked(True)
    dialog.submit()
    shots.wait_for(
        lambda: app_shell.person_dialog is not None and app_shell.person_dialog.create_button.isEnabled()
    )
    people = app_shell.person_dialog
    assert people is not None
    shots.save(people, "shell-person-dialog.png")
    people.pick_selected()
    shots.wait_for(lambda: app_shell.session is not None)
    loaded = getattr(app_shell.window.page, "loaded", None)  # the role's page reads on the worker
    if loaded is not None:
        done: list[bool] = []
        loaded.connect(lambda: done.append(True))
        shots.wait_for(lambda: bool(done))
    shots.save(app_shell.window, "shell-main-window.png")
    # The same window maximised on a 1366x768 laptop, whose taskbar leaves about 720 px for it
    assert isinstance(app_shell.window.page, StaffPage)
    app_shell.window.resize(1366, 720)
    shots.settle()
    shots.save(app_shell.window, "staff-page-1366x768.png")
    app_shell.window.resize(1100, 720)

    app_shell.show_municipalities()
    view = app_shell.municipalities
    assert view is not None
    shots.wait_for(lambda: view.proxy.rowCount() == 19)
    shots.save(view, "shell-municipalities.png")

    menu = app_shell.window.person_menu  # the demo's "Skift person", opened
    menu.popup(app_shell.window.mapToGlobal(app_shell.window.rect().topLeft()))
    shots.save(menu, "shell-person-menu.png")
    menu.hide()

    # The dark look (Vis > Udseende > Mørkt) changes the whole app's palette, so it comes last
    apply_theme("dark")
    app_shell.ask_for_store()
    assert app_shell.store_dialog is not None
    shots.save(app_shell.store_dialog, "shell-store-dialog-dark.png")
    app_shell.store_dialog.reject()
    app_shell.worker.wait()


def reports(shots: Shots, demo: Demo, scratch: Path) -> None:
    """The reports window at 1366x720 for the administrator, and the PDF it saves, read back as pictures."""
    administrator = list_people(demo.ctx, Role.ADMINISTRATOR)[0]
    target = scratch / "statusrapport.pdf"
    window = ReportWindow(shots.session(demo.ctx, administrator), choose_file=lambda *_args: str(target))
    window.resize(1366, 720)
    window.show()
    window.from_edit.setDate(QDate(2026, 11, 1))  # the demo's months: some held, the rest ahead
    window.to_edit.setDate(QDate(2027, 4, 30))
    window.reload()
    shots.wait_for(lambda: window.data is not None and window.data.report.first_day == date(2026, 11, 1))
    shots.settle()
    shots.save(window, "report-window.png")
    window.pdf_button.click()
    import pypdfium2  # a test tool: PySide6-Essentials has no QtPdf to read the PDF back with

    document = pypdfium2.PdfDocument(str(target))
    for page, name in ((0, "report-pdf.png"), (1, "report-pdf-charts.png")):
        bitmap = document[page].render(scale=1.4)  # as PDFium draws the file, 1.4 x 72 dpi
        picture = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        picture.save(str(shots.out / name))
        print(shots.out / name, flush=True)
    document.close()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    began = time.monotonic()
    shots = Shots(args.out)
    # A fixed scratch path: the shell shows the store's path, so a re-run gives the same pictures
    scratch = Path(tempfile.gettempdir()) / "bua-booking-screenshots"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        demo = build_demo(scratch)
        advisor(shots, demo)
        admin(shots, demo)
        staff(shots, demo)
        reports(shots, demo, scratch)
        shell(shots, demo, scratch)
        shots.worker.wait()
        assert isinstance(demo.ctx.store, SqlStore)
        demo.ctx.store.dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"done in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
