"""Hears about changes made by other clients: polls the store's change token about once a second.

The poll runs on the worker like every other database call, and only one poll is in flight at a
time, so a slow store never piles them up. On the local file the token is SQLite's data_version; on
a server it counts what the server announced on the client's own connection (SqlStore.change_token),
so the poll costs no query. When the token moves, every topic is announced on the session's
ChangeNotifier and each open view decides whether to reload. A store that cannot be watched answers
None and the watcher stops.

When the store cannot be reached (a server restarting, a connection cut) the watcher says so once on
`status` and keeps trying; when it answers again it says so, and everything is announced, since what
changed meanwhile was not heard. Nothing typed is touched: views reload their data, never their forms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ui.session import EVERYTHING, ChangeNotifier
from ui.worker import Worker

POLL_MS = 1000


class ChangeWatcher(QObject):
    status = Signal(str)  # a line for the status bar: the connection was lost, or is back

    def __init__(
        self,
        token: Callable[[], int | None],
        worker: Worker,
        notifier: ChangeNotifier,
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._token = token
        self._worker = worker
        self._notifier = notifier
        self._last: int | None = None
        self._polling = False
        self._lost = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()  # the first answer is the baseline
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        self._worker.submit(self._token, self._answered, self._failed)

    def _answered(self, token: int | None) -> None:
        self._polling = False
        if token is None:
            self.stop()
            return
        if self._lost:
            self._lost = False
            self.status.emit(self.tr("The connection to the database is back; the views are up to date."))
            self._notifier.announce(EVERYTHING)
        elif self._last is not None and token != self._last:
            self._notifier.announce(EVERYTHING)
        self._last = token

    def _failed(self, _error: Exception) -> None:
        self._polling = False  # a store that is briefly away: try again on the next tick
        if not self._lost:
            self._lost = True
            self.status.emit(
                self.tr("The connection to the database was lost; trying again. Nothing you typed is lost.")
            )
