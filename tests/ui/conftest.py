"""pytest-qt setup: no screen needed, and window geometry kept in a scratch settings file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.model import Person, Role
from app.services.context import Context
from cli.wiring import start
from db.secrets import KeyringSecrets
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock, MemoryKeyring
from ui.backend import Backend
from ui.i18n import install_language
from ui.session import ChangeNotifier, UiSession
from ui.settings import load_settings
from ui.shell import Shell
from ui.worker import Worker


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread_only() -> Iterator[None]:
    """As the app does (ui/garbage.py): no automatic collection that could run on the worker thread
    and delete a previous test's widgets there; each test starts by collecting on this thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_before_each_test() -> None:
    gc.collect()


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[list[str]]:
    """Danish as the app installs it at start (every committed .qm and Qt's own); the names loaded."""
    translators = install_language(qapp, "da")
    yield list(translators)
    for translator in translators.values():
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a scratch file, so tests never read or write the user's window geometry."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sqlite_ctx(sqlite_template: Path, tmp_path: Path) -> Iterator[Context]:
    """A migrated, empty SQLite store (UI tests run on the embedded default) on the fixed test day."""
    target = tmp_path / "ui-store.db"
    shutil.copyfile(sqlite_template, target)
    store = SqlStore.open(f"sqlite:///{target}")
    yield Context(store, FixedClock(TODAY))
    store.dispose()


@pytest.fixture
def worker(qtbot: Any) -> Iterator[Worker]:
    """The one background thread, waited for at teardown so no operation outlives the test."""
    made = Worker()
    yield made
    made.wait(10_000)


def session_for(ctx: Context, me: Person, worker: Worker) -> UiSession:
    """A signed-in session for `me`, as the app builds one after the person is chosen."""
    return UiSession(ctx, me, worker, ChangeNotifier())


@pytest.fixture
def local_url(sqlite_template: Path, tmp_path: Path) -> str:
    """This computer's store in the tests: a migrated copy, standing in for the default file."""
    target = tmp_path / "local.db"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def pages(monkeypatch: pytest.MonkeyPatch) -> list[Role]:
    """The page factory, recorded: the shell must host whatever `page_for` makes for the role."""
    asked: list[Role] = []

    def page_for(session: UiSession) -> QWidget:
        asked.append(session.role)
        return QLabel(f"page for {session.role.value}")

    monkeypatch.setattr("ui.pages.page_for", page_for)
    return asked


@pytest.fixture
def make_shell(
    qtbot: QtBot, tmp_path: Path, local_url: str, settings: QSettings
) -> Iterator[Callable[..., Shell]]:
    made: list[Shell] = []

    def make(keyring: Any = None, **kwargs: Any) -> Shell:
        def open_store(url: str | None) -> Context:
            if url is None:
                return Context(SqlStore.open(local_url), FixedClock(TODAY))
            return start(url)  # the real thing, for server addresses

        secrets = KeyringSecrets(keyring or MemoryKeyring())
        path = tmp_path / "config" / "settings.json"
        shell = Shell(Backend(open_store, lambda: secrets), load_settings(path), path, settings, **kwargs)
        qtbot.addWidget(shell.window)
        made.append(shell)
        shell.start()
        return shell

    yield make
    for shell in made:
        shell.worker.wait(10_000)
        if shell.context is not None:
            shell.context.store.dispose()  # type: ignore[attr-defined]
