"""Each painted calendar entry as its own accessible object: an invisible child widget over the
entry's rectangle, named with the entry's full sentence, so a screen reader can list and visit every
entry of the week, not only the focused one.

The children take no mouse events and paint nothing; the view keeps drawing and handling input
itself. They are reused from one week to the next, so a week change creates few widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QWidget


class EntryTargets:
    def __init__(self, host: QWidget) -> None:
        self._host = host
        self._pool: list[QWidget] = []

    def place(self, items: Sequence[tuple[QRectF, str]]) -> None:
        """One accessible child per (rectangle, sentence), in reading order."""
        while len(self._pool) < len(items):
            target = QWidget(self._host)
            target.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            target.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._pool.append(target)
        for target, (rect, sentence) in zip(self._pool, items, strict=False):
            target.setGeometry(rect.toRect())
            target.setAccessibleName(sentence)
            target.show()
        for target in self._pool[len(items) :]:  # gone at once: a hidden child would still be listed
            target.setParent(None)
        del self._pool[len(items) :]
