"""Runs operations on one background thread and hands their outcome back to the GUI thread.

Every database call goes through a `Worker`, so the window keeps painting while PostgreSQL over a
VPN takes its time. There is exactly one worker thread, so operations run one at a time, in the
order they were submitted. The outcome travels back through a queued signal: the callbacks always
run on the GUI thread, where it is safe to touch widgets.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

T = TypeVar("T")
Callback = Callable[[Any], None]


class _Task(QRunnable):
    """One operation; runs on the pool's thread and reports back through the worker's signal.

    The callbacks never travel to the worker thread, and the operation is also kept by the worker
    until its outcome is delivered: so the last reference to anything the callbacks or the operation
    hold (a window, say) is always dropped on the GUI thread, never by the worker, where deleting a
    widget crashes Qt.
    """

    def __init__(self, worker: Worker, task_id: int, operation: Callable[[], Any]) -> None:
        super().__init__()
        self._worker = worker
        self._task_id = task_id
        self._operation: Callable[[], Any] | None = operation

    def run(self) -> None:  # Qt override; runs on the worker thread
        operation, self._operation = self._operation, None
        assert operation is not None
        try:
            outcome = (self._task_id, True, operation())
        except Exception as error:
            outcome = (self._task_id, False, error)
        del operation  # before the outcome leaves: the worker's copy is then never the last one
        with contextlib.suppress(RuntimeError):  # the worker was deleted while the operation ran
            self._worker._finished.emit(outcome)


class Worker(QObject):
    """One background thread for database work; results arrive on the GUI thread."""

    _finished = Signal(object)  # (task id, succeeded, value or error), emitted on the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[int, tuple[Callable[[], Any], Callback, Callback]] = {}
        self._next_id = itertools.count()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        operation: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run `operation` on the worker thread, then one of the callbacks on the GUI thread."""
        task_id = next(self._next_id)
        self._pending[task_id] = (operation, on_success, on_failure)
        self._pool.start(_Task(self, task_id, operation))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every submitted operation has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, outcome: tuple[int, bool, object]) -> None:
        task_id, succeeded, value = outcome
        _operation, on_success, on_failure = self._pending.pop(task_id)
        (on_success if succeeded else on_failure)(value)
