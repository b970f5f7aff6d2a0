"""E-mail addresses write a mail when clicked: the people register, the contact history and the
municipalities list hand a mailto: URL to the system, caught here in place of the user's mail program."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.domain.model import ContactKind, NewPerson, Role
from app.services import contacts
from app.services.context import Context
from app.services.people import add_person
from app.services.reference import municipality_overview
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.ui.admin_helpers import SYSTEM, column, open_page
from ui.municipalities_view import MunicipalitiesData, MunicipalitiesView
from ui.worker import Worker


class MailProgram(QObject):
    """Stands in for the user's mail program: Qt hands it every mailto: URL that is opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def mail_program() -> Iterator[MailProgram]:
    program = MailProgram()
    QDesktopServices.setUrlHandler("mailto", program, "open")  # type: ignore[arg-type]
    yield program
    QDesktopServices.unsetUrlHandler("mailto")


def click_cell(table: QTableView, index: QModelIndex) -> None:
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_an_address_in_the_people_register_writes_a_mail_by_mouse_and_by_keyboard(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker, mail_program: MailProgram
) -> None:
    add_person(sqlite_ctx, SYSTEM, NewPerson("o'brien+bua@bua.example", "Sean O'Brien", Role.ADVISOR))
    page = open_page(qtbot, sqlite_ctx, worker)
    page.tabs.setCurrentWidget(page.people)
    tab = page.people
    row = column(tab.proxy, 1).index("o'brien+bua@bua.example")
    address = tab.proxy.index(row, 1)
    assert address.data(Qt.ItemDataRole.FontRole).underline()  # it looks like a link
    assert address.data(Qt.ItemDataRole.ForegroundRole) == QGuiApplication.palette().link()

    click_cell(tab.table, tab.proxy.index(row, 0))  # the name only selects the person
    assert mail_program.opened == [] and tab.selected_person() is not None
    click_cell(tab.table, address)
    assert mail_program.opened == ["mailto:o%27brien%2Bbua@bua.example"]

    tab.table.setFocus()
    tab.table.setCurrentIndex(address)
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(mail_program.opened) == 2


def test_a_name_in_the_contact_history_writes_to_that_person(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker, mail_program: MailProgram
) -> None:
    anna = add_advisor(sqlite_ctx, "anna@bua.example", "Anna Berg")
    contacts.assign_contact(sqlite_ctx, SYSTEM, "730", ContactKind.BUA_ADVISOR, anna.email)
    page = open_page(qtbot, sqlite_ctx, worker)
    tab = page.contacts
    randers = tab.municipalities.index(column(tab.municipalities, 1).index("Randers"), 3)
    click_cell(tab.table, randers)  # the table above picks the municipality: no mail from it
    qtbot.waitUntil(lambda: tab.history.rowCount() == 1, timeout=10_000)
    assert mail_program.opened == []
    click_cell(tab.history_table, tab.history.index(0, 1))
    assert mail_program.opened == ["mailto:anna@bua.example"]


def test_the_municipalities_list_writes_to_a_contact_person_the_reader_may_see(
    qtbot: QtBot, sqlite_ctx: Context, worker: Worker, mail_program: MailProgram
) -> None:
    ulla = add_advisor(sqlite_ctx)
    contacts.assign_contact(sqlite_ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, ulla.email)
    contacts.assign_contact(sqlite_ctx, ADMIN, "751", ContactKind.BUA_ADVISOR, ulla.email)
    pia = add_member(sqlite_ctx, "pia@randers.example")
    as_pia = replace(sqlite_ctx, actor=actor_of(pia))
    window = MunicipalitiesView(lambda: MunicipalitiesData(municipality_overview(as_pia)), worker)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.reload()
    rows = {window.proxy.index(r, 1).data(): r for r in range(window.proxy.rowCount())}
    click_cell(window.table, window.proxy.index(rows["Aarhus"], 3))  # not hers to see: no link
    assert mail_program.opened == []
    click_cell(window.table, window.proxy.index(rows["Randers"], 3))
    assert mail_program.opened == ["mailto:ulla@bua.example"]
