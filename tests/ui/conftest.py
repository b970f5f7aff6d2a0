"""pytest-qt setup: no screen needed, and window geometry kept in a scratch settings file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.domain.model import Person
from app.services.context import Context
from db.store import SqlStore
from tests.conftest import TODAY
from tests.fakes import FixedClock
from ui.session import ChangeNotifier, UiSession
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
