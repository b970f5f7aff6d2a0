"""The screenshots of the role pages: the advisor's week, month, menu, series editor and absence
dialog; the administrator's tabs; the staff page, its booking dialog and the summary form.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage

from PySide6.QtCore import QDate, QTime
from screenshot_demo import CHRISTMAS, TODAY, Demo, Shots

from app.domain.mail import SmtpServer
from app.domain.model import Role
from app.domain.summary import AgeBand, PathwayStep
from app.services.absences import Handling
from app.services.people import list_people
from app.services.staff_view import FreeTime
from ui.admin.admin_page import AdminPage
from ui.advisor.advisor_page import MONTH, AdvisorPage
from ui.staff.book_dialog import BookDialog
from ui.staff.staff_page import StaffPage


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
