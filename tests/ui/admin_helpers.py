"""Set-up for the admin page tests: an administrator signed in on a real SQLite store."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.domain.model import Actor, NewPerson, Person, Role
from app.services.context import Context
from app.services.people import add_person
from tests.ui.conftest import session_for
from ui.admin.admin_page import AdminPage
from ui.admin.widgets import AdminTab
from ui.worker import Worker

SYSTEM = Actor.system("test")


def add_admin(ctx: Context) -> Person:
    return add_person(ctx, SYSTEM, NewPerson("lene@bua.example", "Lene Kjær", Role.ADMINISTRATOR))


def open_page(qtbot: QtBot, ctx: Context, worker: Worker, me: Person | None = None) -> AdminPage:
    """The page as the shell hosts it, shown and with every tab loaded."""
    page = AdminPage(session_for(ctx, me or add_admin(ctx), worker))
    qtbot.addWidget(page)
    tabs: list[AdminTab] = [page.contacts, page.people, page.closures, page.rules]
    with qtbot.waitSignals([t.loaded for t in tabs], timeout=10_000):
        page.show()
    return page


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def column(model: Any, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]
