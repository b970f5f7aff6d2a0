"""Every window but the advisor's, on a laptop (issue 15, item 5): at 1366x720, what a taskbar leaves of
a 1366x768 screen, each window's smallest size fits and every button it needs is on screen, the summary
form scrolls as one with its buttons in view, and long Danish names wrap instead of being cut off.
Real widgets on a real SQLite store, in Danish, offscreen."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from email.message import EmailMessage
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScrollArea, QToolTip, QWidget

from app.domain.mail import SmtpServer
from app.domain.model import Actor, ContactKind
from app.services.bookings import book
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.mail import InvitesAfterChange
from app.services.rules import set_rule
from app.services.staff_view import FreeTime
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring
from tests.integration.helpers import ADMIN, add_advisor
from tests.ui.admin_helpers import add_admin
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from ui.admin.admin_page import AdminPage
from ui.backend import Backend
from ui.municipalities_view import MunicipalitiesView, load_municipalities
from ui.person_dialog import PersonDialog
from ui.shell_window import DEFAULT_SIZE, WINDOW_FRAME, ShellWindow
from ui.staff.book_dialog import BookDialog
from ui.staff.cancel_dialog import CancelDialog
from ui.staff.free_times_model import ROW_ROLE
from ui.staff.move_dialog import MoveDialog
from ui.staff.staff_page import StaffPage
from ui.store_dialog import StoreDialog
from ui.welcome_page import WelcomePage
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")
LAPTOP = QSize(1366, 720)  # a 1366x768 screen less its taskbar
DIALOG_HEIGHT = 700  # a dialog's frame must fit on top of this too
LONG_ADVISOR = "Anne-Marie Østergaard-Christensen Vestergaard-Kristiansen"


class NeverSends:
    """A MailSender for dialogs that are measured, never confirmed."""

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        raise AssertionError("a measured dialog sends no mail")


def settle(qtbot: Any, worker: Worker) -> None:
    worker.wait(10_000)
    QApplication.processEvents()
    qtbot.wait(20)


def on_screen(window: QWidget, widget: QWidget) -> bool:
    """Shown, wholly inside the window, and not clipped by a scrolling parent: the user can click it."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    inside = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(inside) and widget.visibleRegion().boundingRect() == widget.rect()


def assert_fits(window: QWidget, needed: Sequence[QWidget], height: int = LAPTOP.height()) -> None:
    smallest = window.minimumSizeHint()
    assert smallest.width() <= LAPTOP.width() and smallest.height() <= height, smallest
    assert window.width() <= LAPTOP.width() and window.height() <= height, window.size()
    off = [_name(w) for w in needed if not on_screen(window, w)]
    assert not off, f"not on screen: {off}"


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return widget.objectName() or (text() if callable(text) else "") or type(widget).__name__


def main_window(qtbot: Any, settings: QSettings) -> ShellWindow:
    window = ShellWindow(settings)
    qtbot.addWidget(window)
    window.resize(LAPTOP)  # maximised on the laptop
    return window


def at_the_cap_with_everything_shown(
    qtbot: Any, ctx: Context, world: World, worker: Worker, settings: QSettings
) -> tuple[ShellWindow, StaffPage]:
    """The tallest staff page: two reminders, a message and the invite bar above the tabs."""
    me = Actor(world.pia.id, world.pia.email)
    for slot_id in world.sparring[:2]:
        book(ctx, me, slot_id)
    window = main_window(qtbot, settings)
    page = StaffPage(session_for(ctx, world.pia, worker))
    window.show_page(world.pia, page)
    with qtbot.waitSignal(page.loaded):
        window.show()
    settle(qtbot, worker)
    assert len(page.reminder_bar.buttons) == 2
    page.message.show_info("Booket tirsdag 12. januar 2027 kl. 13.00. Husk at sende sagsresuméet før mødet.")
    page.invite_bar.show_result(1, InvitesAfterChange(no_mail_server=True))
    settle(qtbot, worker)
    return window, page


def test_the_main_window_opens_no_larger_than_the_screen_leaves(qtbot: Any, settings: QSettings) -> None:
    window = ShellWindow(settings)  # the first start: no size remembered
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()  # offscreen: 800x800, smaller than the usual 1100x720
    assert window.width() <= screen.width() and window.height() + WINDOW_FRAME <= screen.height()
    assert window.height() == min(DEFAULT_SIZE.height(), screen.height() - WINDOW_FRAME)


def test_the_staff_page_in_the_main_window_keeps_every_button_on_a_laptop(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker, settings: QSettings
) -> None:
    window, page = at_the_cap_with_everything_shown(qtbot, sqlite_ctx, world, worker, settings)
    top = [*page.reminder_bar.buttons, page.invite_bar.button, page.message]
    week = page.week
    my = page.my_bookings
    for tab, needed in (
        (page.free_times, [page.free_times.book_button, page.free_times.refusal_label]),
        (week, [week.previous_button, week.today_button, week.next_button]),
        (my, [my.summary_button, my.invite_button, my.send_button, my.move_button, my.cancel_button]),
    ):
        page.tabs.setCurrentWidget(tab)
        settle(qtbot, worker)
        assert_fits(window, [*top, *needed])
    # The week, squeezed under the bars, scrolls inside its tab to its last hour
    page.tabs.setCurrentWidget(week)
    settle(qtbot, worker)
    assert isinstance(week.view_area, QScrollArea) and week.view_area.widget() is week.view
    assert week.view_area.viewport().height() >= 150
    bar = week.view_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    bottom = week.view.mapTo(week.view_area.viewport(), QPoint(0, week.view.height() - 1))
    assert week.view_area.viewport().rect().contains(bottom)
    # The keyboard's entry is scrolled into view: 13 January's teaching at 09.00, near the top (on a
    # window lower still, so the week scrolls further)
    window.resize(LAPTOP.width(), 560)
    settle(qtbot, worker)
    bar.setValue(bar.maximum())
    week.view.setFocus()
    qtbot.keyClick(week.view, Qt.Key.Key_End)
    assert week.view.current_key() == f"free:{world.teaching}"
    rect = week.view.entry_rect(week.view.current_key())
    assert rect is not None
    shown = QRect(week.view.mapTo(week.view_area.viewport(), rect.topLeft().toPoint()), rect.size().toSize())
    assert week.view_area.viewport().rect().contains(shown)


def test_many_sessions_waiting_for_a_summary_scroll_inside_the_reminder_bar(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker, settings: QSettings
) -> None:
    set_rule(sqlite_ctx, ADMIN, "max_future_bookings", "5")
    for slot_id in world.sparring[:5]:
        book(sqlite_ctx, Actor(world.pia.id, world.pia.email), slot_id)
    window = main_window(qtbot, settings)
    page = StaffPage(session_for(sqlite_ctx, world.pia, worker))
    window.show_page(world.pia, page)
    with qtbot.waitSignal(page.loaded):
        window.show()
    settle(qtbot, worker)
    bar = page.reminder_bar
    assert len(bar.buttons) == 5
    assert [on_screen(window, b) for b in bar.buttons] == [True, True, True, False, False]  # three shown
    assert_fits(window, [*bar.buttons[:3], page.card.advisor, page.free_times.book_button])
    assert page.free_times.table.viewport().height() > 150  # the times keep their room below
    bar.buttons[2].setFocus()
    qtbot.keyClick(bar.buttons[2], Qt.Key.Key_Tab)  # the keyboard scrolls the next one into view
    assert QApplication.focusWidget() is bar.buttons[3] and on_screen(window, bar.buttons[3])


def test_the_staff_dialogs_fit_a_laptop_and_keep_their_buttons(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker, settings: QSettings
) -> None:
    window, page = at_the_cap_with_everything_shown(qtbot, sqlite_ctx, world, worker, settings)
    overview = page._overview
    assert overview is not None
    time = next(t for t in overview.free_times if t.slot_id == world.sparring[2])
    mine = next(b for b in overview.bookings if b.slot_id == world.sparring[0])
    session = session_for(sqlite_ctx, world.pia, worker)
    session.mailer = NeverSends  # a PC whose region has a mail server: the invitation box shows

    def book_dialog() -> tuple[QWidget, list[QWidget]]:
        dialog = BookDialog(session, time, window, mail_server=True)
        return dialog, [dialog.invite_box, dialog.book_button, dialog.close_button]

    def move_dialog() -> tuple[QWidget, list[QWidget]]:
        dialog = MoveDialog(session, mine, overview.free_times, window, mail_server=True)
        return dialog, [dialog.table, dialog.invite_box, dialog.move_button, dialog.close_button]

    def cancel_dialog() -> tuple[QWidget, list[QWidget]]:
        dialog = CancelDialog(session, mine, window, mail_server=True)
        return dialog, [dialog.reason, dialog.invite_box, dialog.cancel_button, dialog.keep_button]

    for make in (book_dialog, move_dialog, cancel_dialog):
        dialog, needed = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, worker)
        assert_fits(dialog, needed, DIALOG_HEIGHT)
        dialog.close()


def test_a_long_advisor_name_wraps_in_the_book_dialog_and_stays_whole(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = StaffPage(session_for(sqlite_ctx, world.pia, worker))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    time = page.free_times.selected()
    assert isinstance(time, FreeTime)
    long = dataclasses.replace(time, advisor_name=LONG_ADVISOR, municipality_name="Ringkøbing-Skjern")
    dialog = BookDialog(session_for(sqlite_ctx, world.pia, worker), long, page)
    qtbot.addWidget(dialog)
    dialog.resize(480, 200)
    dialog.show()
    settle(qtbot, worker)
    (what,) = [label for label in dialog.findChildren(QLabel) if LONG_ADVISOR in label.text()]
    assert what.wordWrap() and what.text() == f"Sparring med {LONG_ADVISOR}"  # the whole name, wrapped
    assert what.height() > what.fontMetrics().height() * 1.5  # on two lines, not cut off at the edge
    assert dialog.width() < 700 and on_screen(dialog, dialog.book_button)


def hover(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip a user sees resting the mouse on a cell."""
    where = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if event.isAccepted() else ""  # an old tip fades out, still visible a while


def test_a_name_cut_short_in_a_list_shows_in_full_on_hover(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = StaffPage(session_for(sqlite_ctx, world.pia, worker))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    table, proxy = page.free_times.table, page.free_times.proxy
    row = next(r for r in range(proxy.rowCount()) if isinstance(proxy.index(r, 0).data(ROW_ROLE), FreeTime))
    advisor, places = proxy.index(row, 4), proxy.index(row, 6)
    assert hover(table, advisor) == ""  # "Ulla Bak" fits its column: nothing to add
    table.setColumnWidth(4, table.fontMetrics().horizontalAdvance("Ulla") + 8)  # a narrow window
    assert hover(table, advisor) == "Ulla Bak"
    assert hover(table, places) == ""  # the stretching last column still fits "Ledig"

    admin = AdminPage(session_for(sqlite_ctx, add_admin(sqlite_ctx), worker))
    qtbot.addWidget(admin)
    with qtbot.waitSignal(admin.contacts.loaded):
        admin.show()
    contacts = admin.contacts.table
    randers = next(
        r for r in range(contacts.model().rowCount()) if contacts.model().index(r, 0).data() == "730"
    )
    advisor = contacts.model().index(randers, 3)
    assert hover(contacts, advisor) == "ulla@bua.example"  # fits: the address, as before
    contacts.setColumnWidth(3, 30)
    assert hover(contacts, advisor) == "Ulla Bak\nulla@bua.example"  # cut short: the name, then the address


def test_a_long_contact_name_wraps_on_the_card_within_the_window(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker, settings: QSettings
) -> None:
    long = add_advisor(sqlite_ctx, "anne-marie@bua.example", LONG_ADVISOR)
    assign_contact(sqlite_ctx, ADMIN, "751", ContactKind.BUA_ADVISOR, long.email)  # Eva's Aarhus
    window = main_window(qtbot, settings)
    window.resize(900, 720)  # half a laptop screen, beside the mail program
    page = StaffPage(session_for(sqlite_ctx, world.eva, worker))
    window.show_page(world.eva, page)
    with qtbot.waitSignal(page.loaded):
        window.show()
    settle(qtbot, worker)
    assert page.card.advisor.accessibleName() == f"{LONG_ADVISOR} <anne-marie@bua.example>"
    advisor = page.card.advisor
    assert advisor.wordWrap()  # however long the name, it wraps rather than widen the window past the screen
    assert advisor.minimumSizeHint().width() < advisor.fontMetrics().horizontalAdvance(
        advisor.accessibleName()
    )
    assert_fits(window, [page.card.advisor, page.free_times.book_button])


def test_the_summary_form_scrolls_as_one_with_its_buttons_in_view(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    booking = book(sqlite_ctx, Actor(world.pia.id, world.pia.email), world.sparring[0])
    page = StaffPage(session_for(sqlite_ctx, world.pia, worker))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    form = page.open_summary(booking.id)
    qtbot.waitUntil(lambda: form.is_loaded)
    screen = form.screen().availableGeometry()
    assert form.height() <= screen.height()  # opened no taller than the screen it is on
    form.problem.setPlainText("Pigen på 11 år har ondt i maven. Emma er bange. Mor: 20 30 40 50.")
    form.resize(780, LAPTOP.height() - 40)  # a 720 px screen less the window's title bar
    settle(qtbot, worker)
    assert form.findings.isVisible()
    assert_fits(form, [form.status, form.acknowledge, form.send])

    assert isinstance(form.scroll_area, QScrollArea)
    assert (
        form.scroll_area.verticalScrollBar().maximum() > 0
    )  # the form is longer than the window: it scrolls
    assert form.scroll_area.horizontalScrollBar().maximum() == 0  # but never sideways
    remove = form.screening.remove_screening
    for last in (form.findings, remove):
        form.scroll_area.ensureWidgetVisible(last)
        settle(qtbot, worker)
        assert not last.visibleRegion().isEmpty() and on_screen(form, form.send)
    assert on_screen(form, remove)  # the screening entry fits the width, its button too
    # Tab from the top field to the last button scrolls each field into view in turn
    form.scroll_area.verticalScrollBar().setValue(0)
    form.activateWindow()
    form.question.setFocus()
    reached: list[QWidget] = []
    while (focused := QApplication.focusWidget()) is not remove and len(reached) < 20:
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert on_screen(form, focused), _name(focused)
        reached.append(focused)
    assert remove in reached and on_screen(form, form.send)


def test_the_admin_page_in_the_main_window_keeps_every_button_on_a_laptop(
    qtbot: Any, sqlite_ctx: Context, worker: Worker, settings: QSettings
) -> None:
    admin = add_admin(sqlite_ctx)
    window = main_window(qtbot, settings)
    page = AdminPage(session_for(sqlite_ctx, admin, worker))
    window.show_page(admin, page)
    with qtbot.waitSignals([t.loaded for t in (page.contacts, page.people, page.closures, page.rules)]):
        window.show()
    page.contacts.table.selectRow(0)
    settle(qtbot, worker)
    for tab, needed in (
        (page.contacts, [page.contacts.assign_button]),
        (page.people, [page.people.active_button, page.people.form.add_button]),
        (page.closures, [page.closures.add_button, page.closures.remove_button]),
        (page.rules, [page.rules.save_button]),
    ):
        page.tabs.setCurrentWidget(tab)
        settle(qtbot, worker)
        assert_fits(window, needed)


def test_the_first_start_and_its_dialogs_fit_a_laptop(
    qtbot: Any, sqlite_ctx: Context, worker: Worker, settings: QSettings, world: World
) -> None:
    window = main_window(qtbot, settings)
    welcome = WelcomePage(store_chosen=False)
    window.show_intro(welcome)
    window.show()
    settle(qtbot, worker)
    assert_fits(window, [welcome.title, welcome.next_step, welcome.start_button])

    backend = Backend(lambda _url: sqlite_ctx, lambda: KeyringSecrets(MemoryKeyring()))
    details = "connection to server at 127.0.0.1, port 1 failed: Connection refused\n" * 20
    store = StoreDialog(backend, worker, None, "Serveren svarer ikke.", window, details=details)
    qtbot.addWidget(store)
    store.server_button.setChecked(True)
    store.show()
    store.details.button.click()  # "Vis detaljer" unfolded: the dialog still fits
    settle(qtbot, worker)
    assert_fits(store, [store.host, store.ca_file, store.status, store.details.text, store.open_button], 700)
    store.reject()

    people = PersonDialog(sqlite_ctx, worker, window)
    qtbot.addWidget(people)
    people.show()
    qtbot.waitUntil(people.create_button.isEnabled)
    assert_fits(people, [people.people, people.pick_button, people.create_button], DIALOG_HEIGHT)
    people.reject()

    municipalities = MunicipalitiesView(lambda: load_municipalities(sqlite_ctx), worker, window)
    qtbot.addWidget(municipalities)
    with qtbot.waitSignal(municipalities.loaded):
        municipalities.show()
        municipalities.reload()
    settle(qtbot, worker)
    assert_fits(municipalities, [municipalities.table, municipalities.count_label], DIALOG_HEIGHT)
