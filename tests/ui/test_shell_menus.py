"""The main window's menus and memory: language, appearance, window geometry, changing the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_shell import WAIT
from ui.i18n import apply_theme
from ui.settings import ENGLISH, load_settings
from ui.shell import Shell
from ui.shell_window import ShellWindow


def signed_in_shell(qtbot: QtBot, make_shell: Callable[..., Shell], local_url: str) -> Shell:
    from app.domain.model import NewPerson, Role
    from app.services.context import Context
    from app.services.people import add_person
    from db.store import SqlStore
    from tests.conftest import TODAY
    from tests.fakes import FixedClock
    from tests.integration.helpers import ADMIN

    store = SqlStore.open(local_url)
    add_person(
        Context(store, FixedClock(TODAY)), ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR)
    )
    store.dispose()
    shell = make_shell(acting_email="ulla@bua.example", database=local_url)
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        pass
    return shell


def test_english_is_remembered_and_the_restart_said_in_english(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    pages: object,
    local_url: str,
    tmp_path: Path,
) -> None:
    shell = signed_in_shell(qtbot, make_shell, local_url)
    shell.window.language_actions[ENGLISH].trigger()
    assert load_settings(tmp_path / "config" / "settings.json").language == ENGLISH
    box = shell.message_box
    assert box is not None and box.isVisible()
    assert "next time BUA Booking starts" in box.text()


def test_the_file_menu_offers_the_current_store_and_cancelling_keeps_it(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    pages: object,
    local_url: str,
) -> None:
    shell = signed_in_shell(qtbot, make_shell, local_url)
    session = shell.session
    shell.window.change_store_action.trigger()
    dialog = shell.store_dialog
    assert dialog is not None and dialog.isVisible() and dialog.local_button.isChecked()
    dialog.reject()
    assert shell.session is session and shell.window.windowTitle() == "BUA Booking – Ulla Bak"


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("system")


@pytest.mark.usefixtures("restore_look")
def test_dark_and_light_palettes(qapp: QApplication) -> None:
    apply_theme("dark")
    assert qapp.palette().window().color().lightness() < 80
    apply_theme("light")
    assert qapp.palette().window().color().lightness() > 200


def test_window_geometry_is_remembered(qtbot: QtBot, settings: QSettings) -> None:
    first = ShellWindow(settings)
    qtbot.addWidget(first)
    first.resize(QSize(800, 500))
    first.show()
    first.close()
    second = ShellWindow(settings)
    qtbot.addWidget(second)
    # the offscreen platform's 2 px frame margins can shave a pixel or two off on restore
    assert abs(second.width() - 800) <= 4 and abs(second.height() - 500) <= 4


def test_changing_the_store_builds_a_new_session_and_page(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[object], local_url: str
) -> None:
    shell = signed_in_shell(qtbot, make_shell, local_url)
    old_session, old_page = shell.session, shell.window.page
    shell.window.change_store_action.trigger()
    dialog = shell.store_dialog
    assert dialog is not None
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):  # --as names the person on the new store too
        dialog.open_button.click()
    assert shell.session is not old_session and shell.window.page is not old_page
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_page), timeout=WAIT)  # deleted, not just hidden
    assert len(pages) == 2


def test_reports_open_from_the_view_menu_once_signed_in(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: object, local_url: str
) -> None:
    shell = signed_in_shell(qtbot, make_shell, local_url)
    action = shell.window.reports_action
    assert action.isEnabled()
    action.trigger()
    window = shell.reports
    assert window is not None and window.isVisible() and window.windowTitle() == "Reports"
    qtbot.waitUntil(lambda: window.data is not None, timeout=WAIT)
    assert window.data is not None
    assert [row.label for row in window.data.report.rows][:2] == [
        "Aarhus",
        "Favrskov",
    ]  # an advisor: all rows
