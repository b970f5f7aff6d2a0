"""Driving the staff page in tests: open it for Pia and wait until it has loaded, her actor, the listed
times' slot ids, and a key press on whatever has the keyboard focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.model import Actor
from app.services.context import Context
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from ui.staff.free_times_model import ROW_ROLE
from ui.staff.staff_page import StaffPage
from ui.worker import Worker


def open_page(qtbot: Any, ctx: Context, world: World, worker: Worker) -> StaffPage:
    page = StaffPage(session_for(ctx, world.pia, worker))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    page.resize(1000, 600)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def as_actor(person: Any) -> Actor:
    return Actor(person.id, person.email)


def listed_slots(page: StaffPage) -> list[int]:
    """The listed times' slot ids, in list order (headings left out)."""
    proxy = page.free_times.proxy
    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    return [row.slot_id for row in rows if row is not None]


def key(qtbot: Any, code: Qt.Key, text: str = "") -> None:
    """A key press on whatever has the keyboard focus, as a user's keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, code)
