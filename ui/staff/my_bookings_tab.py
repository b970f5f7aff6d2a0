"""The "My bookings" tab: upcoming and recent bookings, with the actions that fit the chosen one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.booking import BookingState
from app.services.staff_view import MyBooking
from ui.staff.bookings_model import ROW_ROLE, MyBookingsModel, is_actionable
from ui.staff.tables import fit_columns, time_table


class MyBookingsTab(QWidget):
    cancel_requested = Signal(object)  # MyBooking
    move_requested = Signal(object)
    invite_requested = Signal(object)
    send_invite_requested = Signal(object)
    leave_waitlist_requested = Signal(object)
    summary_requested = Signal(int)  # booking id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MyBookingsModel(self)
        self._wanted: int | None = None
        self.table = time_table(self.model)
        self.table.setAccessibleName(self.tr("My bookings"))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty_label = QLabel(self.tr("You have no bookings yet."))
        self.empty_label.hide()

        self.summary_button = self._button(
            self.tr("Case &summary …"), lambda b: self.summary_requested.emit(b.booking_id)
        )
        self.invite_button = self._button(self.tr("Save calendar &invite …"), self.invite_requested.emit)
        self.send_button = self._button(self.tr("Sen&d invitation"), self.send_invite_requested.emit)
        self.move_button = self._button(self.tr("M&ove …"), self.move_requested.emit)
        self.cancel_button = self._button(self.tr("&Cancel booking …"), self.cancel_requested.emit)
        self.leave_button = self._button(self.tr("&Leave waitlist"), self.leave_waitlist_requested.emit)

        actions = QHBoxLayout()
        actions.addWidget(self.empty_label)
        actions.addStretch(1)
        for button in (
            self.summary_button,
            self.invite_button,
            self.send_button,
            self.move_button,
            self.cancel_button,
            self.leave_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    def set_rows(self, rows: Sequence[MyBooking]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.empty_label.setVisible(not rows)
        self.select_booking(self._wanted or (keep.booking_id if keep else None))

    def selected(self) -> MyBooking | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, MyBooking) and self.table.selectionModel().hasSelection() else None

    def select_booking(self, booking_id: int | None) -> None:
        """Select this booking; one not listed yet (just booked) is selected when it arrives."""
        row = self.model.row_of(booking_id) if booking_id is not None else None
        self._wanted = booking_id if row is None else None
        if row is None:  # the first booking the buttons act on, else the first row
            rows = range(self.model.rowCount())
            row = next((r for r in rows if is_actionable(self.model.row_at(r))), 0)
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        standing = row is not None and is_actionable(row)
        booked = standing and row is not None and row.state is BookingState.BOOKED
        waiting = standing and row is not None and row.state is BookingState.WAITLISTED
        self.summary_button.setEnabled(booked)
        self.move_button.setEnabled(booked)
        self.cancel_button.setEnabled(booked)
        self.leave_button.setVisible(waiting)
        self.leave_button.setEnabled(waiting)
        has_invite = row is not None and row.state is not BookingState.WAITLISTED
        self.invite_button.setEnabled(has_invite)
        self.send_button.setEnabled(has_invite)

    def _button(self, text: str, act: object) -> QPushButton:
        button = QPushButton(text)

        def clicked() -> None:
            row = self.selected()
            if row is not None:
                act(row)  # type: ignore[operator]

        button.clicked.connect(clicked)
        return button
