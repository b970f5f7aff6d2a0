"""Runs operations on one background thread and hands their outcome back to the GUI thread.

Every database call goes through a `Worker`, so the window keeps painting while PostgreSQL over a
VPN takes its time. There is exactly one worker thread, so operations run one at a time, in the
order they were submitted. The outcome travels back through a queued signal: the callbacks always
run on the GUI thread, where it is safe to touch widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

T = TypeVar("T")
Callback = Callable[[Any], None]


class _Task(QRunnable):
    """One operation; runs on the pool's thread and reports back through the worker's signal."""

    def __init__(
        self,
        worker: Worker,
        operation: Callable[[], Any],
        on_success: Callback,
        on_failure: Callback,
    ) -> None:
        super().__init__()
        self._worker = worker
        self._operation = operation
        self._on_success = on_success
        self._on_failure = on_failure

    def run(self) -> None:  # Qt override; runs on the worker thread
        try:
            outcome = (self._on_success, self._operation())
        except Exception as error:
            outcome = (self._on_failure, error)
        with contextlib.suppress(RuntimeError):  # the worker was deleted while the operation ran
            self._worker._finished.emit(outcome)


class Worker(QObject):
    """One background thread for database work; results arrive on the GUI thread."""

    _finished = Signal(object)  # (callback, value), emitted on the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        operation: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run `operation` on the worker thread, then one of the callbacks on the GUI thread."""
        self._pool.start(_Task(self, operation, on_success, on_failure))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every submitted operation has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, outcome: tuple[Callback, object]) -> None:
        callback, value = outcome
        callback(value)
