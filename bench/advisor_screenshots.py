"""Render the advisor page with demo data to PNG (offscreen), for review and docs/screenshots/.

    python bench/advisor_screenshots.py [--database URL] [--out docs/screenshots] [--dark]

Uses the cached 5-year demo store of bench/advisor_calendar.py unless --database is given.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from advisor_calendar import TODAY, advisor_of, demo_store
from benchkit import FixedClock
from PySide6.QtCore import QDate, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.services.absences import Handling
from app.services.context import Context
from ui.advisor.advisor_page import MONTH, AdvisorPage
from ui.session import ChangeNotifier, UiSession
from ui.worker import Worker


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Mid, "#5f6368"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def install_danish(app: QApplication, folder: Path) -> None:
    """The advisor catalogue and the summaries' (the session panel shows a summary), compiled here with
    lrelease (the app's own loader belongs to the shell)."""
    for name in ("advisor_da", "summary_da"):
        compiled = folder / f"{name}.qm"
        source = Path(__file__).resolve().parents[1] / "resources" / "translations" / f"{name}.ts"
        lrelease = Path(PySide6.__file__).parent / "lrelease"
        subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
        translator = QTranslator(app)
        translator.load(str(compiled))
        app.installTranslator(translator)


def settle(app: QApplication, worker: Worker) -> None:
    for _ in range(3):
        worker.wait()
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--day", default=TODAY.isoformat(), help="the clock's today")
    parser.add_argument("--english", action="store_true", help="the English source strings")
    parser.add_argument("--week", default="2026-12-21", help="a day of the week shown (Christmas: skips)")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    if not args.english:
        install_danish(app, Path(args.out))
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    store = demo_store(args.database)
    ctx = Context(store, FixedClock(date.fromisoformat(args.day)))
    worker = Worker()
    session = UiSession(ctx, advisor_of(ctx), worker, ChangeNotifier())
    page = AdvisorPage(session)
    page.resize(1400, 760)
    page.show()
    page.show_week_of(date.fromisoformat(args.week))
    settle(app, worker)
    page.week_view.setFocus()
    entries = page.week_view.entries()
    taken = ("booked", "summary_received", "summary_missing", "summary_late")
    booked = next((e for e in entries if e.state.value in taken), entries[0] if entries else None)
    if booked is not None:
        page.week_view.set_current(booked.key)
        page.week_view.entry_activated.emit(booked.key)
        settle(app, worker)
    out = Path(args.out)
    suffix = "-dark" if args.dark else ""
    page.grab().save(str(out / f"advisor-week{suffix}.png"))
    page.show_view(MONTH)
    settle(app, worker)
    page.grab().save(str(out / f"advisor-month{suffix}.png"))
    editor = page.open_series_editor()
    settle(app, worker)
    editor.weekday_box.setCurrentIndex(3)  # Thursdays across Easter and Ascension: skipped dates show
    editor.from_edit.setDate(QDate(2027, 3, 1))
    editor.until_edit.setDate(QDate(2027, 5, 31))
    editor.video_edit.setText("https://video.bua.example/sparring")
    editor.grab().save(str(out / f"advisor-series-editor{suffix}.png"))
    editor.close()
    absence = page.open_absence_dialog()
    absence.until_edit.setDate(absence.from_edit.date().addDays(10))
    absence.reason_edit.setText("Kursus")
    settle(app, worker)
    absence.table.selectRow(0)
    absence.decide(Handling.DEPUTY)
    absence.grab().save(str(out / f"advisor-absence{suffix}.png"))
    absence.close()
    for name in ("advisor_da", "summary_da"):
        (out / f"{name}.qm").unlink(missing_ok=True)
    print(f"wrote {out}/advisor-*{suffix}.png")
    worker.wait()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
