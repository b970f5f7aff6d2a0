"""Benchmark: start-up to the first painted main window, against a bare PySide6 QMainWindow.

    python bench/startup.py [--rounds 15]

Both are started as fresh processes, in alternation, in the same run, offscreen: `bua-booking
--startup-probe` on a 5-year demo SQLite store (built once with `bua-booking demo --years 5`, about a
minute, and cached as bench/out/demo-5y.db) signed in as the demo administrator, an advisor and a
municipal employee in turn, and a script that only shows an empty QMainWindow; the frozen one-folder
program too, beside the source run, when `python3 dev.py package` has built it. Each prints milliseconds
from process start (Linux /proc) to its first paint, and the app also to its person's page being up.
The figures are the ratios of the medians to the bare window's first paint: the app's first paint
(target <= 1.5x) and each page up (target <= 3x); each page up also against a second baseline, the
floor under any page with stored data: the bare window that, once painted, imports SQLAlchemy, opens
the same file and shows one advisor's count of slots.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "bench" / "out" / "demo-5y.db"
APP = Path(sys.executable).parent / "bua-booking"
FROZEN = ROOT / "dist" / "bua-booking" / "bua-booking"  # `python3 dev.py package`: measured when built
TARGET = 1.5
PAGE_TARGET = 3.0
AS = "koordinator@bua.example"  # the demo administrator

BARE = """
import sys
from cli.probe import process_age_ms
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

painted = []

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not painted:
            painted.append(process_age_ms())
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("BUA Booking")
window.resize(1100, 720)
window.show()
app.exec()
print(f"{painted[0]:.0f}")
"""


# The floor under any page that shows stored data: the bare window, then (as the app does once it has
# painted) SQLAlchemy imported, the same SQLite file opened and one week's slots read, shown in a label.
WITH_DATA = """
import sys
from cli.probe import process_age_ms
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

painted, shown = [], []

def read_a_week():
    from sqlalchemy import create_engine, text
    engine = create_engine(sys.argv[1])
    with engine.connect() as connection:
        advisor = "(SELECT min(id) FROM people WHERE role = 'advisor')"
        week = f"SELECT count(*) FROM slots WHERE advisor_id = {advisor}"
        label = Label(f"{connection.execute(text(week)).scalar()} tider")
    window.setCentralWidget(label)

class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not shown:
            shown.append(process_age_ms())
            QTimer.singleShot(0, app.quit)

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not painted:
            painted.append(process_age_ms())
            QTimer.singleShot(0, read_a_week)

app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("BUA Booking")
window.resize(1100, 720)
window.show()
app.exec()
print(f"{shown[0]:.0f}")
"""


def ensure_store() -> str:
    url = f"sqlite:///{STORE}"
    if not STORE.exists():
        STORE.parent.mkdir(parents=True, exist_ok=True)
        print(f"Bygger {STORE} (5 års demodata, omkring et minut) ...", flush=True)
        subprocess.run([str(APP), "--database", url, "demo", "--years", "5"], check=True)
    return url


def run(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} fejlede ({done.returncode}): {done.stderr.strip()[-400:]}")
    ready = [line for line in done.stderr.splitlines() if line.startswith("siden vist efter")]
    return float(done.stdout.split()[-1]), float(ready[0].split()[3]) if ready else None


def people(url: str) -> dict[str, str]:
    """Whom the probe signs in as: the demo administrator, the first advisor, the first employee."""
    from app.domain.model import Role
    from db.store import SqlStore

    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            advisor = next(p for p in uow.people.list(Role.ADVISOR) if p.active)
            employee = next(p for p in uow.people.list(Role.MUNICIPAL_STAFF) if p.active)
    finally:
        store.dispose()
    return {"administratorens": AS, "rådgiverens": advisor.email, "medarbejderens": employee.email}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    url = ensure_store()
    whom = people(url)
    with tempfile.TemporaryDirectory() as config:
        # a neutral config folder: no remembered store, language or window geometry of this machine
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config}

        def app(email: str, program: Path = APP) -> list[str]:
            return [str(program), "--database", url, "--as", email, "--startup-probe"]

        programs = {"kilden": APP, "den frosne mappe": FROZEN} if FROZEN.exists() else {"kilden": APP}

        bare = [sys.executable, "-c", BARE]
        with_data = [sys.executable, "-c", WITH_DATA, url]
        run(app(AS), env)  # warm the file cache and upgrade/extend the store once
        run(bare, env)
        run(with_data, env)
        floor: list[float] = []
        paints: dict[str, list[float]] = {name: [] for name in programs}
        pages: dict[str, dict[str, list[float]]] = {name: {page: [] for page in whom} for name in programs}
        baseline: list[float] = []
        for _ in range(args.rounds):
            for page, email in whom.items():
                for name, program in programs.items():
                    paint, up = run(app(email, program), env)
                    paints[name].append(paint)
                    if up is not None:
                        pages[name][page].append(up)
                baseline.append(run(bare, env)[0])
                floor.append(run(with_data, env)[0])
    bare_ms, floor_ms = statistics.median(baseline), statistics.median(floor)
    print(f"{args.rounds} runder, median (min-max) ms fra processtart:")
    print(f"  bar QMainWindow, første maling: {bare_ms:6.0f} ({min(baseline):.0f}-{max(baseline):.0f})")
    print(f"  bar QMainWindow, der også læser en uge: {floor_ms:6.0f} ({min(floor):.0f}-{max(floor):.0f})")
    within = True
    for name in programs:
        app_ms = statistics.median(paints[name])
        ratio = app_ms / bare_ms
        verdict = "inden for" if ratio <= TARGET else "OVER"
        painted = f"{app_ms:6.0f} ms, {ratio:.2f}x ({verdict} målet {TARGET}x)"
        print(f"  BUA Booking fra {name}, første maling: {painted}")
        within = within and ratio <= TARGET
        for page, times in pages[name].items():
            if not times:
                print(f"    {page} side kom ikke op")
                within = False
                continue
            up = statistics.median(times)
            page_ratio = up / bare_ms
            verdict = "inden for" if page_ratio <= PAGE_TARGET else "OVER"
            print(
                f"    {page} side vist: {up:6.0f} ms, {page_ratio:.2f}x ({verdict} målet {PAGE_TARGET:g}x); "
                f"{up / floor_ms:.2f}x vinduet der også læser en uge"
            )
            within = within and page_ratio <= PAGE_TARGET
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
