"""Render every main view of BUA Booking offscreen, in Danish, to docs/screenshots/*.png.

    python docs/screenshots.py [--out DIR]

One throw-away SQLite store, filled with the app's own demo services on a fixed Monday, plus what the
pictures need on top: two closure days and a coming change of contact person (admin history), and a
case summary sent for every other booked session of the busiest advisor's week. Everything is shown
two days later, so one of that week's sessions is late with its summary.

The store and the app are `screenshot_demo`'s; the pictures are taken in `screenshot_pages` (the role
pages) and `screenshot_windows` (the first start and the reports window).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from screenshot_demo import ROOT, Shots, build_demo
from screenshot_pages import admin, advisor, staff
from screenshot_windows import reports, shell

from db.store import SqlStore


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    began = time.monotonic()
    shots = Shots(args.out)
    # A fixed scratch path: the shell shows the store's path, so a re-run gives the same pictures
    scratch = Path(tempfile.gettempdir()) / "bua-booking-screenshots"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        demo = build_demo(scratch)
        advisor(shots, demo)
        admin(shots, demo)
        staff(shots, demo)
        reports(shots, demo, scratch)
        shell(shots, demo, scratch)
        shots.worker.wait()
        assert isinstance(demo.ctx.store, SqlStore)
        demo.ctx.store.dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"done in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
