"""Render the shell's windows offscreen, in Danish, to docs/screenshots/shell-*.png.

    python docs/render_shell.py [--store bench/out/demo-5y.db]

Uses a copy of a demo store (`bua-booking --database sqlite:///FILE demo --years 5`), scratch settings
and the real dialogs, so the pictures show what a first start looks like.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cli.gui import keyring_secrets, open_store
from ui.backend import Backend
from ui.i18n import apply_theme, install_language
from ui.settings import LocalSettings
from ui.shell import Shell

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    import time

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timeout")
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "bench" / "out" / "demo-5y.db")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(app, "da")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "demo.db"
        shutil.copyfile(args.store, store)
        url = f"sqlite:///{store}"

        def open_demo(database: str | None) -> object:
            return open_store(url if database is None else database)

        backend = Backend(open_demo, keyring_secrets)  # type: ignore[arg-type]
        qsettings = QSettings(f"{scratch}/qt.ini", QSettings.Format.IniFormat)

        # First run: the store dialog over the empty main window, then a server that does not answer.
        shell = Shell(backend, LocalSettings(), Path(scratch) / "s.json", qsettings)
        shell.start()
        wait_for(app, lambda: shell.store_dialog is not None and shell.store_dialog.isVisible())
        dialog = shell.store_dialog
        assert dialog is not None
        save(app, dialog, "shell-store-dialog.png")
        dialog.server_button.setChecked(True)
        dialog.port.setValue(1)
        dialog.user.setText("pia")
        dialog.host.setText("127.0.0.1")
        dialog.submit()
        wait_for(app, lambda: dialog.open_button.isEnabled() and bool(dialog.status.text().strip()))
        save(app, dialog, "shell-store-dialog-error.png")

        # The local store: who are you?
        dialog.local_button.setChecked(True)
        dialog.submit()
        wait_for(
            app, lambda: shell.person_dialog is not None and shell.person_dialog.create_button.isEnabled()
        )
        people = shell.person_dialog
        assert people is not None
        save(app, people, "shell-person-dialog.png")
        people.pick_selected()
        wait_for(app, lambda: shell.session is not None)
        page = shell.window.page
        if hasattr(page, "loaded"):  # the role's page reads its data on the worker
            done: list[bool] = []
            page.loaded.connect(lambda: done.append(True))
            wait_for(app, lambda: bool(done))
        save(app, shell.window, "shell-main-window.png")

        shell.show_municipalities()
        view = shell.municipalities
        assert view is not None
        wait_for(app, lambda: view.proxy.rowCount() == 19)
        save(app, view, "shell-municipalities.png")

        # The demo menu, opened
        menu = shell.window.person_menu
        menu.popup(shell.window.mapToGlobal(shell.window.rect().topLeft()))
        save(app, menu, "shell-person-menu.png")
        menu.hide()

        # The dark look (Vis > Udseende > Mørkt), where the platform cannot switch by itself
        apply_theme("dark")
        shell.ask_for_store()
        assert shell.store_dialog is not None
        save(app, shell.store_dialog, "shell-store-dialog-dark.png")
        shell.store_dialog.reject()
        shell.worker.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
