"""The first start as a new user meets it, in Danish: the welcome, choosing a municipality consciously,
a main window without the database's path (it is in Hjælp › Om), "Skift person" only with demo data, and
a connection error said in one Danish sentence with the driver's words behind "Vis detaljer"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from app.domain.model import NewPerson, Role
from app.services.context import Context
from app.services.people import add_person
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN
from tests.ui.test_shell import WAIT, add_demo_people, choose_server, click, get_started
from ui.settings import SERVER, LocalSettings, StoreChoice, load_settings, save_settings
from ui.shell import Shell

pytestmark = pytest.mark.usefixtures("danish")


def menu_titles(shell: Shell) -> list[str]:
    """The menu bar as the user sees it: visible menus, without the '&' of their shortcut."""
    return [a.text().replace("&", "") for a in shell.window.menuBar().actions() if a.isVisible()]


def test_a_new_user_is_welcomed_then_chooses_a_municipality_and_the_path_is_only_in_about(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role], tmp_path: Path
) -> None:
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.welcome is not None and shell.welcome.isVisible(), timeout=WAIT)
    welcome = shell.welcome
    assert welcome is not None
    assert welcome.title.text() == "Velkommen til BUA Booking"
    assert "booke rådgivning fra Børne- og Ungdomspsykiatrisk Afdeling (BUA)" in welcome.purpose.text()
    shown = QTextDocument()
    shown.setHtml(welcome.who_does_what.text())
    roles = shown.toPlainText()  # the list as it reads on screen
    for who, what in (
        ("Kommunernes medarbejdere", "anonymt sagsresumé"),
        ("BUA's rådgivere", "holder møderne"),
        ("BUA's administration", "kontaktpersonerne og reglerne"),
    ):
        assert who in roles and what in roles
    assert shell.store_dialog is None  # nothing is asked before the welcome is read
    assert shell.window.statusBar().currentMessage() == ""  # and nothing claims to be opening

    assert QApplication.focusWidget() is welcome.start_button and welcome.start_button.text() == "Kom i gang"
    QTest.keyClick(welcome.start_button, Qt.Key.Key_Return)  # the keyboard gets you started
    qtbot.waitUntil(lambda: shell.store_dialog is not None and shell.store_dialog.isVisible(), timeout=WAIT)
    assert shell.store_dialog is not None
    click(shell.store_dialog.open_button)
    qtbot.waitUntil(lambda: shell.person_dialog is not None and shell.person_dialog.isVisible(), timeout=WAIT)
    people = shell.person_dialog
    assert people is not None
    qtbot.waitUntil(people.create_button.isEnabled, timeout=WAIT)

    # No municipality (and no profession) is chosen for the user: a wrong default would go unnoticed
    assert people.municipality.count() == 19 and people.municipality.currentIndex() == -1
    assert people.municipality.placeholderText() == "Vælg kommune"
    assert people.profession.currentIndex() == -1 and people.profession.placeholderText() == "Vælg faggruppe"
    QTest.keyClicks(people.name, "Pia Holm")
    QTest.keyClicks(people.email, "pia@randers.example")
    click(people.create_button)
    qtbot.waitUntil(lambda: "kommune og faggruppe" in people.status.text(), timeout=WAIT)
    assert pages == [] and people.isVisible()

    people.municipality.setFocus()
    QTest.keyClicks(people.municipality, "Randers")  # typing a name picks it in the closed list
    assert people.municipality.currentText() == "Randers"
    people.profession.setFocus()
    QTest.keyClicks(people.profession, "Psykolog")
    assert people.profession.currentText() == "Psykolog"
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        click(people.create_button)
    assert shell.session is not None and shell.session.me.municipality_code == "730"

    # The main window says nothing about where the data lives; Hjælp › Om does
    assert shell.context is not None
    where = shell.context.store.describe()
    shown = [label.text() for label in shell.window.findChildren(QLabel) if label.isVisible()]
    shown.append(shell.window.statusBar().currentMessage())
    assert not any(where in text or "Database:" in text for text in shown)
    help_menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&Hjælp")
    assert isinstance(help_menu, QMenu)
    about = next(a for a in help_menu.actions() if a.text() == "&Om BUA Booking")
    about.trigger()
    box = shell.message_box
    assert box is not None and box.isVisible() and box.windowTitle() == "Om BUA Booking"
    assert f"Database: {where}" in box.text()
    assert "Logget ind som: Pia Holm <pia@randers.example>" in box.text()
    assert load_settings(tmp_path / "config" / "settings.json").welcomed

    shell.window.close()
    again = make_shell()  # the second start: straight to the page, no welcome
    with qtbot.waitSignal(again.signed_in, timeout=WAIT):
        pass
    assert again.welcome is None and again.store_dialog is None and again.person_dialog is None


@pytest.mark.parametrize("demo", [True, False])
def test_skift_person_is_there_only_on_a_demo_store(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role], local_url: str, demo: bool
) -> None:
    store = SqlStore.open(local_url)
    ctx = Context(store, FixedClock(TODAY))
    if demo:
        add_demo_people(ctx)
    add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    store.dispose()
    shell = make_shell(acting_email="ulla@bua.example", database=local_url)
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        pass
    assert ("Skift person" in menu_titles(shell)) is demo
    assert menu_titles(shell)[0] == "Fil" and "Hjælp" in menu_titles(shell)


def test_a_server_that_does_not_answer_is_one_danish_sentence_with_the_details_behind_a_button(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(MemoryKeyring())
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.store_dialog is not None, timeout=WAIT)
    dialog = shell.store_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        choose_server(shell, "127.0.0.1", 1, "bua", "pia", "hemmelig")
    sentence = dialog.status.text()
    assert sentence.startswith("Serveren svarer ikke (") and "127.0.0.1" in sentence
    assert "tjek adressen, porten og netværksforbindelsen" in sentence  # what to do
    assert "\n" not in sentence and "refused" not in sentence.lower()  # the driver's English is not here

    details = dialog.details
    assert details.isVisible() and details.button.text() == "Vis detaljer"  # not Qt's "Vis detaljer..."
    assert not details.text.isVisible()
    click(details.button)
    assert details.text.isVisible() and details.button.text() == "Skjul detaljer"
    technical = details.text.toPlainText()
    assert "OperationalError" in technical and "127.0.0.1" in technical and "hemmelig" not in technical
    click(details.button)
    assert not details.text.isVisible() and details.button.text() == "Vis detaljer"

    dialog.local_button.setChecked(True)  # trying again, successfully, folds the old details away
    with qtbot.waitSignal(dialog.opened, timeout=WAIT):
        click(dialog.open_button)
    assert not dialog.details.isVisible()


def test_a_damaged_database_file_says_so_in_the_window_with_the_details_behind_a_button(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all, only words" * 50)
    shell = make_shell(database=f"sqlite:///{damaged}")
    get_started(qtbot, shell)
    window = shell.window
    qtbot.waitUntil(
        lambda: window.message is not None and "beskadiget" in window.message.text(), timeout=WAIT
    )
    assert window.message is not None and window.message_details is not None
    assert window.message.isVisible() and "\n" not in window.message.text()
    details = window.message_details
    assert details.button.isVisible() and details.button.text() == "Vis detaljer"
    click(details.button)
    assert details.text.isVisible() and "file is not a database" in details.text.toPlainText()


def test_a_remembered_server_that_does_not_answer_asks_again_with_the_details_behind_a_button(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    server = StoreChoice(SERVER, "127.0.0.1", 1, "bua", "pia")
    remembered = LocalSettings(server, "pia@randers.example", welcomed=True)
    save_settings(remembered, tmp_path / "config" / "settings.json")
    shell = make_shell(MemoryKeyring())  # someone who used the program before: no welcome
    qtbot.waitUntil(lambda: shell.store_dialog is not None and shell.store_dialog.isVisible(), timeout=WAIT)
    assert shell.welcome is None
    dialog = shell.store_dialog
    assert dialog is not None and dialog.status.text().startswith("Serveren svarer ikke (")
    assert dialog.host.text() == "127.0.0.1" and dialog.details.button.text() == "Vis detaljer"
    click(dialog.details.button)
    assert "OperationalError" in dialog.details.text.toPlainText()
