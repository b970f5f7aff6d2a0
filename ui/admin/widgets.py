"""Small building blocks the admin tabs share: the tab base, a table view, and the message line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from app.services.context import Context
from ui.elided import tip_cut_text
from ui.session import UiSession

ROW_HEIGHT = 26
MAX_COLUMN_WIDTH = 250
T = TypeVar("T")


def run_for(
    widget: QWidget,
    session: UiSession,
    operation: Callable[[Context], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[str], None],
) -> None:
    """`session.run` whose callbacks are dropped if `widget` was closed and deleted meanwhile."""
    session.run(operation, on_success, on_failure, owner=widget)


def table_view(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A read-only row-selecting table with fixed row heights (long lists stay fast)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_WIDTH)  # fitted columns leave room for the rest
    view.horizontalHeader().setHighlightSections(False)
    tip_cut_text(view)  # a name cut short at MAX_COLUMN_WIDTH shows in full on hover
    return view


class MessageLine(QLabel):
    """One line under a form: a refusal in red, or a short confirmation. Never a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_error = False
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_message()

    def show_error(self, text: str) -> None:
        self.is_error = True
        self.setStyleSheet("color: #b3261e;")
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def show_done(self, text: str) -> None:
        self.is_error = False
        self.setStyleSheet("color: #1e6b34;")
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.is_error = False
        self.setText("")
        self.setAccessibleName("")
        self.hide()


class AdminTab(QWidget):
    """A tab that loads its read model on the worker and reloads when a topic it shows changes."""

    loaded = Signal()  # after each load has been shown (tests wait on it)
    topics: frozenset[str] = frozenset()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.load_error = MessageLine(self)
        session.notifier.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.run(self.load, self._loaded, self.load_error.show_error)

    def run(
        self,
        operation: Callable[[Context], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[str], None],
    ) -> None:
        run_for(self, self.session, operation, on_success, on_failure)

    def load(self, ctx: Context) -> Any:  # runs on the worker
        raise NotImplementedError

    def show_data(self, data: Any) -> None:  # runs on the GUI thread
        raise NotImplementedError

    def _loaded(self, data: Any) -> None:
        self.load_error.clear_message()
        self.show_data(data)
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()
        self.loaded.emit()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.topics:
            self.reload()
