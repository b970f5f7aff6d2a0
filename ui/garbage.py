"""Python's cyclic garbage collector, run only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed, so it may run
on the database worker. If it then frees a cycle that holds a closed window, Qt deletes widgets off
the GUI thread and the process can crash. So automatic collection is switched off and a timer on the
GUI thread collects instead (the approach pyqtgraph ships as `GarbageCollector`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2_000  # young objects are cheap to collect; the full sweep comes every tenth time


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % 10 == 0 else 0)
