"""A dialog whose confirm button runs one booking service and stays open until the answer comes.

While the service runs, Escape and Close do nothing, so a booking that succeeds is never lost to a
dialog that is already gone; a refusal shows the service's one Danish line and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.services.context import Context
from ui.session import UiSession
from ui.staff.message_line import MessageLine


class ServiceDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message = MessageLine()
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def run_service(
        self, operation: Callable[[Context], Any], done: Callable[[Any], None], button: QPushButton
    ) -> None:
        """Run `operation`; on success call `done` and close, on refusal show the line and re-enable."""
        if self._busy:
            return
        self._busy = True
        button.setEnabled(False)

        def succeeded(value: Any) -> None:
            self._busy = False
            done(value)
            self.accept()

        def refused(message: str) -> None:
            self._busy = False
            button.setEnabled(True)
            self.message.show_error(message)

        self.session.run(operation, succeeded, refused, owner=self)

    def reject(self) -> None:  # Qt override: Escape, Close, the window's close button
        if not self._busy:
            super().reject()
