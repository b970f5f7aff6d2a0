"""The pinned Qt must not lose references to None: PySide6 6.12.0's processEvents() dropped one per
call, and on Python 3.11 (where None is not immortal) the process aborted with "none_dealloc" after
a few thousand calls, e.g. while a dialog waited for the worker."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_none_alive(qtbot: Any) -> None:
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for _ in range(2000):
        app.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other code may let go of a few meanwhile
