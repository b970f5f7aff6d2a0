"""The staff page's item models pass Qt's model tester, with rows and after a reset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from app.domain.booking import BookingState, GpGuest
from app.domain.recurrence import SessionType
from app.services.staff_view import FreeTime, FreeTimeGroup, GroupKind, MyBooking
from ui.staff.bookings_model import MyBookingsModel
from ui.staff.free_times_model import HEADING_ROLE, ROW_ROLE, FreeTimesFilter, FreeTimesModel

START = datetime(2027, 1, 12, 12, 0, tzinfo=UTC)


def free_time(slot_id: int, days: int, kind: SessionType = SessionType.SPARRING, left: int = 1) -> FreeTime:
    starts = START + timedelta(days=days)
    capacity = 1 if kind.is_one_to_one else 6
    ends = starts + timedelta(minutes=45)
    return FreeTime(slot_id, starts, ends, kind, "Ulla Bak", "730", "Randers", capacity, left)


def my_booking(booking_id: int, days: int, state: BookingState, upcoming: bool = True) -> MyBooking:
    starts = START + timedelta(days=days)
    gp = GpGuest("Karen Lund", "karen@laege.example") if booking_id % 2 else None
    return MyBooking(
        booking_id,
        booking_id,
        starts,
        starts + timedelta(minutes=45),
        SessionType.SPARRING,
        "Ulla Bak",
        "Randers",
        state,
        gp,
        1,
        upcoming,
    )


def test_free_times_model(qtmodeltester: Any) -> None:
    model = FreeTimesModel()
    model.set_rows([free_time(1, 0), free_time(2, 1, SessionType.TEACHING, 0), free_time(3, 8)])
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_free_times_filter(qtmodeltester: Any) -> None:
    model = FreeTimesModel()
    model.set_rows([free_time(1, 0), free_time(2, 1, SessionType.TEACHING, 3), free_time(3, 8)])
    proxy = FreeTimesFilter()
    proxy.setSourceModel(model)
    proxy.set_week((2027, 2))
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 2
    proxy.set_session_type(SessionType.TEACHING)
    assert [proxy.index(r, 0).data(ROW_ROLE).slot_id for r in range(proxy.rowCount())] == [2]
    proxy.set_week(None)
    proxy.set_session_type(None)
    proxy.exclude_slot(3)
    assert proxy.rowCount() == 2


def test_free_times_with_group_headings(qtmodeltester: Any) -> None:
    contact = FreeTimeGroup(GroupKind.CONTACT, (free_time(1, 0), free_time(3, 8)), contact_name="Ulla Bak")
    teaching = FreeTimeGroup(
        GroupKind.TEACHING, (free_time(2, 1, SessionType.TEACHING, 3),), open_to_all=True
    )
    model = FreeTimesModel()
    model.set_groups([contact, teaching])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5 and model.row_of(2) == 4
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled  # headings are passed over
    proxy = FreeTimesFilter()
    proxy.setSourceModel(model)
    proxy.set_session_type(SessionType.TEACHING)  # the contact's heading goes with its times
    qtmodeltester.check(proxy, force_py=True)
    assert [
        proxy.index(r, 0).data(HEADING_ROLE) or proxy.index(r, 0).data(ROW_ROLE).slot_id for r in range(2)
    ] == [
        teaching,
        2,
    ]


def test_my_bookings_model(qtmodeltester: Any) -> None:
    model = MyBookingsModel()
    model.set_rows(
        [
            my_booking(1, 0, BookingState.BOOKED),
            my_booking(2, 3, BookingState.WAITLISTED),
            my_booking(3, -20, BookingState.HELD, upcoming=False),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.row_of(3) == 2 and model.index(2, 8).data() == "Karen Lund"
