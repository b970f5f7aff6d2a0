"""Saves the summary form's draft through the worker 800 ms after the last change, or at once (before
the window closes, or a refused send). A failed save leaves the draft unsaved, so the next change or
close tries again; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.summary import Summary, SummaryContent
from app.services import summaries
from ui.session import UiSession

SAVE_DELAY_MS = 800


class Autosave(QObject):
    saved = Signal(object)  # the stored Summary
    failed = Signal(str)  # the line to show

    def __init__(
        self, session: UiSession, booking_id: int, content: Callable[[], SummaryContent], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._booking_id = booking_id
        self._content = content
        self.unsaved = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def pending(self) -> bool:
        """Something typed is not stored yet, or is about to be."""
        return self.unsaved or self._timer.isActive()

    def changed(self) -> None:
        self.unsaved = True
        self._timer.start()  # restarts: saves 800 ms after the last change

    def hold(self) -> None:
        """Save nothing for now: a send stores the same content."""
        self._timer.stop()
        self.unsaved = False

    def save_now(self) -> None:
        self._timer.stop()
        if not self.unsaved:
            return
        self.unsaved = False
        content, actor, booking_id = self._content(), self._session.actor, self._booking_id
        self._session.run(
            lambda c: summaries.save_draft(c, actor, booking_id, content), self._saved, self._failed
        )

    def _saved(self, summary: Summary) -> None:
        self.saved.emit(summary)

    def _failed(self, message: str) -> None:
        self.unsaved = True  # still unsaved: the next change or close tries again
        self.failed.emit(message)
