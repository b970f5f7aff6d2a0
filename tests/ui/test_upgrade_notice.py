"""A newer version opening a store an older one wrote: the window says once that it was upgraded,
and where the copy of the old file is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from db.engine import create_store_engine
from db.migrate import BACKUP_DAYS, migration_config
from ui.shell import Shell

WAIT = 20_000


def get_started(qtbot: QtBot, shell: Shell) -> None:
    """Past the welcome: nobody has signed in yet, so every start shows it."""
    qtbot.waitUntil(lambda: shell.welcome is not None and shell.welcome.isVisible(), timeout=WAIT)
    assert shell.welcome is not None
    QTest.mouseClick(shell.welcome.start_button, Qt.MouseButton.LeftButton)


def _store_of_the_first_release(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = create_store_engine(url)
    with engine.begin() as connection:
        config = migration_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    return url


def test_the_window_says_once_that_an_older_store_was_upgraded(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path, danish: list[str]
) -> None:
    url = _store_of_the_first_release(tmp_path / "old.db")

    shell = make_shell(database=url)
    get_started(qtbot, shell)
    qtbot.waitUntil(lambda: shell.message_box is not None and shell.message_box.isVisible(), timeout=WAIT)
    assert shell.message_box is not None
    text = shell.message_box.text()
    backup = next(tmp_path.glob("old.backup-*.db"))
    assert str(backup) in text and f"{BACKUP_DAYS} " in text
    assert shell.message_box.windowTitle() == "BUA Booking er opdateret"
    assert text.startswith("Databasen er opgraderet til denne version")
    shell.message_box.close()
    shell.window.close()

    again = make_shell(database=url)  # the store is current now: nothing to say
    get_started(qtbot, again)
    qtbot.waitUntil(lambda: again.person_dialog is not None, timeout=WAIT)
    again.worker.wait(10_000)
    assert again.message_box is None
