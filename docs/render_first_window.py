"""Render the first window offscreen with demo data to docs/screenshots/first-window.png.

    BUA_BOOKING_DATABASE_URL=sqlite:////tmp/gui-demo.db bua-booking demo --years 1
    python docs/render_first_window.py [--database sqlite:////tmp/gui-demo.db] [--output FILE]

The window is built exactly as `bua-booking` builds it, with scratch settings, so the picture shows
the default size rather than the geometry remembered on this machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from cli.gui import load_first_window
from ui.main_window import MainWindow

OUTPUT = Path(__file__).resolve().parent / "screenshots" / "first-window.png"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="sqlite:////tmp/gui-demo.db")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    app.setApplicationName("BUA Booking")
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(f"{scratch}/settings.ini", QSettings.Format.IniFormat)
        window = MainWindow(lambda: load_first_window(args.database), settings=settings)
        window.show()
        loop = QEventLoop()
        outcome: list[str] = []

        def finish(result: str) -> None:
            outcome.append(result)
            loop.quit()

        window.loaded.connect(lambda: finish("loaded"))
        window.load_failed.connect(finish)
        QTimer.singleShot(30_000, loop.quit)
        window.reload()
        loop.exec()
        app.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.output))
        window.close()
    print(f"{args.output}: {outcome[0] if outcome else 'timeout'}")
    return 0 if outcome == ["loaded"] else 1


if __name__ == "__main__":
    sys.exit(main())
