"""Starts the desktop window: `bua-booking` without a command.

Qt is imported only once a screen is known to exist. The window is shown first; opening and
upgrading the store happens afterwards on the worker thread, so SQLAlchemy, Alembic and psycopg are
imported there and never delay the first paint.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import FirstWindowData

APP_NAME = "BUA Booking"
NO_SCREEN = (
    "bua-booking: Der blev ikke fundet nogen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat); "
    "start programmet fra skrivebordet, eller kør det uden skærm med QT_QPA_PLATFORM=offscreen "
    "eller xvfb-run bua-booking."
)


def has_screen() -> bool:
    """False on Linux without X11, Wayland or a chosen Qt platform, where Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def load_first_window(database: str | None) -> FirstWindowData:
    """Open, upgrade and read the store. Runs on the worker thread, never on the GUI thread."""
    from app.services.reference import municipality_overview
    from cli.wiring import start
    from ui.main_window import FirstWindowData

    ctx = start(database)
    return FirstWindowData(ctx.store.describe(), tuple(municipality_overview(ctx)))


def launch(database: str | None) -> int:
    if not has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("BUA")
    window = MainWindow(lambda: load_first_window(database))
    window.show()
    window.reload()
    return int(app.exec())
