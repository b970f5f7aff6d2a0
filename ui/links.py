"""E-mail addresses that write a mail when clicked: mailto: URLs, and tables whose link cells open them.

A table cell links when its model gives a URL under `LINK_ROLE` (ui/rows_model.py). A click on such a
cell, or Enter while it is the current cell, hands the URL to the system (QDesktopServices), which
opens the user's mail program; the pointer becomes a hand over it, as over a link in a label.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from ui.rows_model import LINK_ROLE

OPENING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def mailto_url(address: str | None) -> str | None:
    return f"mailto:{quote(address, safe='@')}" if address else None


class LinkCells(QObject):
    """Makes the link cells of `view` open their URL; lives as long as the view."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.clicked.connect(self.open)
        view.setMouseTracking(True)  # `entered` while hovering, for the hand pointer
        view.entered.connect(self._hover)
        view.viewportEntered.connect(view.viewport().unsetCursor)
        view.installEventFilter(self)

    def open(self, index: QModelIndex) -> None:
        url = index.data(LINK_ROLE) if index.isValid() else None
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _hover(self, index: QModelIndex) -> None:
        viewport = self._view.viewport()
        if index.data(LINK_ROLE):
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        key = event.key() if isinstance(event, QKeyEvent) else None
        if event.type() == QEvent.Type.KeyPress and key in OPENING_KEYS:
            self.open(self._view.currentIndex())
        return False  # the view still handles the key as it always did
