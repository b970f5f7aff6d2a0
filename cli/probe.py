"""Start-up timing for `bua-booking --startup-probe` and bench/startup.py: the standard library only,
so measuring costs nothing on the path to the first paint."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.perf_counter()  # the fallback zero where /proc is missing


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc, 10 ms resolution)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time after boot
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000


def report(first_paint_ms: float, ready_ms: float | None, menus: str = "") -> None:
    """The figure on stdout; the time until the person's page was up on stderr, with the menu bar's
    titles (they tell which language the window came up in)."""
    print(f"{first_paint_ms:.0f}", flush=True)
    if ready_ms is not None:
        print(f"siden vist efter {ready_ms:.0f} ms (menuer: {menus})", file=sys.stderr, flush=True)
