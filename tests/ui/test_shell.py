"""The shell through its widgets: first run on this computer, who you are, the page for your role,
switching person with demo data, a server that cannot be reached, and the password's only home."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.domain.model import NewPerson, Profession, Role
from app.services.context import Context
from app.services.demo import DEMO_ADMINISTRATOR
from app.services.people import add_person
from db.engine import create_store_engine
from db.server import add_login
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN
from ui.settings import KEYRING_SERVICE, SERVER, LocalSettings, StoreChoice, load_settings
from ui.shell import Shell

WAIT = 20_000


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def get_started(qtbot: QtBot, shell: Shell) -> None:
    """Past the first start's welcome, as a new user goes: "Kom i gang"."""
    qtbot.waitUntil(lambda: shell.welcome is not None and shell.welcome.isVisible(), timeout=WAIT)
    assert shell.welcome is not None
    click(shell.welcome.start_button)


def test_first_run_local_store_then_creating_yourself_shows_your_page(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role], tmp_path: Path
) -> None:
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.welcome is not None and shell.welcome.isVisible(), timeout=WAIT)
    assert shell.store_dialog is None  # the first start begins with the welcome, nothing asked yet
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.store_dialog is not None and shell.store_dialog.isVisible(), timeout=WAIT)
    dialog = shell.store_dialog
    assert dialog is not None and dialog.local_button.isChecked()  # this computer is the default
    assert dialog.open_button.isDefault()  # Enter opens it too
    click(dialog.open_button)  # the one click
    qtbot.waitUntil(lambda: shell.person_dialog is not None and shell.person_dialog.isVisible(), timeout=WAIT)
    people = shell.person_dialog
    assert people is not None
    qtbot.waitUntil(people.create_button.isEnabled, timeout=WAIT)
    assert people.municipality.count() == 19
    assert not people.pick_button.isEnabled()  # nobody to pick in an empty store

    QTest.keyClicks(people.name, "Pia  Holm")
    QTest.keyClicks(people.email, "Pia@Randers.example")
    people.role.setCurrentIndex(people.role.findData(Role.MUNICIPAL_STAFF))
    people.municipality.setCurrentIndex(people.municipality.findText("Randers"))
    people.profession.setCurrentIndex(people.profession.findData(Profession.PSYCHOLOGIST))
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        click(people.create_button)

    assert pages == [Role.MUNICIPAL_STAFF]
    assert shell.window.windowTitle() == "BUA Booking – Pia Holm"
    assert isinstance(shell.window.page, QLabel) and shell.window.page.isVisible()
    assert shell.session is not None and shell.session.me.municipality_code == "730"
    saved = load_settings(tmp_path / "config" / "settings.json")
    assert saved == LocalSettings(StoreChoice(), "pia@randers.example", welcomed=True)

    shell.window.close()
    again = make_shell()  # the next start: no welcome, no dialog, straight to the page
    assert again.welcome is None
    with qtbot.waitSignal(again.signed_in, timeout=WAIT):
        pass
    assert again.store_dialog is None and again.person_dialog is None and again.welcome is None
    assert again.window.windowTitle() == "BUA Booking – Pia Holm"


def test_a_taken_email_is_refused_in_the_dialog_and_the_typing_kept(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role]
) -> None:
    shell = make_shell()
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.store_dialog is not None, timeout=WAIT)
    assert shell.store_dialog is not None
    click(shell.store_dialog.open_button)
    qtbot.waitUntil(lambda: shell.person_dialog is not None, timeout=WAIT)
    people = shell.person_dialog
    assert people is not None and shell.context is not None
    add_person(shell.context, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    qtbot.waitUntil(people.create_button.isEnabled, timeout=WAIT)
    people.role.setCurrentIndex(people.role.findData(Role.ADVISOR))
    QTest.keyClicks(people.name, "Ulla Igen")
    QTest.keyClicks(people.email, "ulla@bua.example")
    click(people.create_button)
    qtbot.waitUntil(lambda: "ulla@bua.example" in people.status.text(), timeout=WAIT)
    assert people.isVisible() and people.name.text() == "Ulla Igen"
    assert pages == []


def add_demo_people(ctx: Context) -> None:
    """Enough of `fill_demo` for the shell to call the store a demo store (its administrator is there)."""
    add_person(ctx, ADMIN, NewPerson(DEMO_ADMINISTRATOR, "Lene Kjær", Role.ADMINISTRATOR))
    add_person(ctx, ADMIN, NewPerson("hanne.bach@bua.example", "Hanne Bach", Role.ADVISOR))
    add_person(
        ctx,
        ADMIN,
        NewPerson("mette@randers.example", "Mette Friis", Role.MUNICIPAL_STAFF, "730", Profession.OTHER),
    )


def test_with_demo_data_the_person_menu_tries_each_role(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role], local_url: str, tmp_path: Path
) -> None:
    store = SqlStore.open(local_url)
    add_demo_people(Context(store, FixedClock(TODAY)))
    store.dispose()
    shell = make_shell(acting_email=DEMO_ADMINISTRATOR, database=local_url)
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        pass
    assert shell.window.windowTitle() == "BUA Booking – Lene Kjær"
    assert shell.window.person_menu.menuAction().isVisible()

    entries = {a.text(): a for a in shell.window.person_menu.actions() if a.text()}
    randers = entries["Randers"].menu()
    assert isinstance(randers, QMenu)
    for action in (entries["Hanne Bach"], randers.actions()[0]):
        with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
            action.trigger()
    assert pages == [Role.ADMINISTRATOR, Role.ADVISOR, Role.MUNICIPAL_STAFF]
    assert shell.window.windowTitle() == "BUA Booking – Mette Friis"
    assert load_settings(tmp_path / "config" / "settings.json").person_email == "mette@randers.example"


def test_no_demo_menu_without_demo_data(
    qtbot: QtBot, make_shell: Callable[..., Shell], local_url: str
) -> None:
    store = SqlStore.open(local_url)
    add_person(
        Context(store, FixedClock(TODAY)), ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR)
    )
    store.dispose()
    shell = make_shell(acting_email="ulla@bua.example", database=local_url)
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        pass
    assert not shell.window.person_menu.menuAction().isVisible()  # you are who you signed in as


def choose_server(shell: Shell, host: str, port: int, database: str, user: str, password: str) -> None:
    dialog = shell.store_dialog
    assert dialog is not None
    click(dialog.server_button)
    for field, text in ((dialog.host, host), (dialog.database, database), (dialog.user, user)):
        field.clear()
        QTest.keyClicks(field, text)
    dialog.port.setValue(port)
    QTest.keyClicks(dialog.password, password)
    click(dialog.open_button)


def test_an_unreachable_server_keeps_every_typed_field(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    keyring = MemoryKeyring()
    shell = make_shell(keyring)
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.store_dialog is not None, timeout=WAIT)
    dialog = shell.store_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        choose_server(shell, "127.0.0.1", 1, "bua", "pia", "hemmelig")
    message = failed.args[0]
    assert "\n" not in message and "127.0.0.1" in message and "hemmelig" not in message
    assert dialog.isVisible() and dialog.status.text() == message
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "127.0.0.1",
        1,
        "bua",
        "pia",
    )
    assert dialog.password.text() == "hemmelig" and dialog.server_button.isChecked()
    assert dialog.open_button.isEnabled()
    assert keyring.passwords == {}  # a password the server never accepted is not kept
    assert not (tmp_path / "config" / "settings.json").exists()


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)  # the shared server
@pytest.mark.parametrize("has_keyring", [True, False])
def test_server_password_goes_only_to_the_keyring(
    qtbot: QtBot, make_shell: Callable[..., Shell], store_url: str, tmp_path: Path, has_keyring: bool
) -> None:
    url = make_url(store_url)
    keyring = MemoryKeyring() if has_keyring else NoKeyring()  # type: ignore[no-untyped-call]
    shell = make_shell(keyring)
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.store_dialog is not None, timeout=WAIT)
    choose_server(shell, url.host or "", url.port or 5432, url.database or "", url.username or "", "hemmelig")
    qtbot.waitUntil(lambda: shell.person_dialog is not None, timeout=WAIT)

    settings_text = (tmp_path / "config" / "settings.json").read_text(encoding="utf-8")
    assert "hemmelig" not in settings_text
    saved = load_settings(tmp_path / "config" / "settings.json").store
    assert saved is not None and saved.kind == SERVER and saved.database == url.database
    if has_keyring:
        assert isinstance(keyring, MemoryKeyring)
        assert keyring.passwords == {(KEYRING_SERVICE, saved.keyring_account): "hemmelig"}
        assert shell.window.statusBar().currentMessage() == ""
    else:
        note = shell.window.statusBar().currentMessage()
        assert "keyring" in note and "\n" not in note


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("typo.db", None, "findes ikke"),
        ("corrupt.db", b"not a database at all, only words" * 50, "beskadiget"),
        ("folder", "dir", "er en mappe"),
    ],
)
def test_a_store_that_cannot_be_opened_is_one_line_in_the_window(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    name: str,
    content: bytes | str | None,
    words: str,
) -> None:
    target = tmp_path / name
    if content == "dir":
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    shell = make_shell(database=f"sqlite:///{target}")
    failures: list[str] = []
    shell.store_failed.connect(failures.append)
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    (message,) = failures
    assert words in message and "\n" not in message and "Traceback" not in message
    assert shell.window.message is not None and shell.window.message.text() == message
    assert shell.context is None
    if content is None:
        assert not target.exists()  # a mistyped path never becomes a new, empty store


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)  # the shared server
def test_a_server_login_is_the_person_and_nobody_else_can_be_chosen(
    qtbot: QtBot, make_shell: Callable[..., Shell], pages: list[Role], store_url: str, tmp_path: Path
) -> None:
    ctx = Context(SqlStore.open(store_url), FixedClock(TODAY))
    add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    ctx.store.dispose()  # type: ignore[attr-defined]
    login = f"{make_url(store_url).database}_ulla"
    engine = create_store_engine(store_url)
    add_login(engine, "ulla@bua.example", login, None)
    engine.dispose()
    shell = make_shell(database=make_url(store_url).set(username=login).render_as_string(False))
    with qtbot.waitSignal(shell.signed_in, timeout=WAIT):
        get_started(qtbot, shell)
    assert pages == [Role.ADVISOR] and shell.person_dialog is None  # "who are you?" never asked
    assert shell.window.windowTitle() == "BUA Booking – Ulla Bak"
    assert not shell.window.person_menu.menuAction().isVisible()  # no "Skift person" on a server
    shell.ask_for_person()  # whatever asks: a login cannot become someone else
    assert shell.person_dialog is None
