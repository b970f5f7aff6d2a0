"""Starts the desktop client: `bua-booking` without a command, or `bua-booking --startup-probe`.

Qt is imported only once a screen is known to exist. The main window is shown and painted first;
the store is opened afterwards on the worker thread, so SQLAlchemy, Alembic, psycopg and keyring are
imported there and never delay the first paint. This module is the wiring: it hands the shell the
database layer's `start` and the OS keyring as plain functions, so ui/ never imports db/.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from cli.probe import process_age_ms, report

if TYPE_CHECKING:
    from app.ports import MailSender, SecretStore
    from app.services.context import Context

APP_NAME = "BUA Booking"
NO_SCREEN = (
    "bua-booking: Der blev ikke fundet nogen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat); "
    "start programmet fra skrivebordet, eller kør det uden skærm med QT_QPA_PLATFORM=offscreen "
    "eller xvfb-run bua-booking."
)
PROBE_TIMEOUT_MS = 120_000
PROBE_NO_PAGE = (
    "bua-booking: ingen side blev vist; giv --database og --as EMAIL, så prøven ikke skal spørge om noget."
)


def has_screen() -> bool:
    """False on Linux without X11, Wayland or a chosen Qt platform, where Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_store(database: str | None) -> Context:
    """Open and upgrade the store; its upkeep waits for the page (`keep_up`). Runs on the worker
    thread, never on the GUI thread."""
    from cli.wiring import start

    return start(database, upkeep=False)


def keep_up(ctx: Context) -> None:
    """The store's upkeep (horizons, purge), on the worker once the person's page has asked for its data."""
    from cli.wiring import keep_up

    keep_up(ctx)


def keyring_secrets() -> SecretStore:
    from db.secrets import KeyringSecrets

    return KeyringSecrets()


def smtp_mailer() -> MailSender:
    from cli.smtp_sender import SmtpSender
    from db.secrets import KeyringSecrets

    return SmtpSender(KeyringSecrets())


def launch(database: str | None, acting: str | None = None, probe: bool = False) -> int:
    if not has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.backend import Backend
    from ui.i18n import apply_theme, install_language
    from ui.icon import program_icon
    from ui.settings import default_path, load_settings
    from ui.shell import Shell

    def collect_garbage_on_gui_thread() -> None:
        from ui.garbage import GuiThreadGarbageCollector

        GuiThreadGarbageCollector(app)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("BUA")
    app.setWindowIcon(program_icon())
    path = default_path()
    settings = load_settings(path)
    install_language(app, settings.language)
    if settings.theme != "system":  # the system's look needs nothing done
        apply_theme(settings.theme)
    shell = Shell(
        Backend(open_store, keyring_secrets, smtp_mailer, keep_up),
        settings,
        None if probe else path,  # the probe remembers nothing
        QSettings(),
        database,
        acting,
    )
    shell.window.first_painted.connect(collect_garbage_on_gui_thread)  # before the worker runs Python
    if probe:
        painted: list[float] = []
        shell.window.first_paint_hook = lambda: painted.append(process_age_ms())
        shell.signed_in.connect(lambda _session: app.quit())
        shell.store_failed.connect(lambda _message: app.quit())
        shell.asking.connect(app.quit)  # a probe cannot answer a dialog: give --database and --as
        QTimer.singleShot(PROBE_TIMEOUT_MS, app.quit)
        shell.window.show()
        app.exec()
        if not painted:
            return 1
        ready = process_age_ms() if shell.session is not None else None
        menus = ", ".join(a.text().replace("&", "") for a in shell.window.menuBar().actions())
        report(painted[0], ready, menus)
        if ready is None:
            print(PROBE_NO_PAGE, file=sys.stderr)
        shell.worker.wait()
        return 0 if ready is not None else 1
    shell.start()
    code = int(app.exec())
    shell.worker.wait()
    return code
