"""The generic calendar views from the keyboard: arrows between entries, PageUp/PageDown between weeks
and months, Enter to open, and the focused entry's full sentence as the accessible name."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ui.calendar.entries import CalendarEntry, EntryState
from ui.calendar.month_view import MonthView
from ui.calendar.week_layout import place_week
from ui.calendar.week_view import WeekView

MONDAY = date(2027, 1, 11)


def entry(key: str, day: int, hour: int, minute: int = 0, length: int = 45) -> CalendarEntry:
    start = datetime.combine(MONDAY + timedelta(days=day), time(hour, minute))
    return CalendarEntry(
        key, start, start + timedelta(minutes=length), key, EntryState.BOOKED, f"sentence {key}"
    )


ENTRIES = [
    entry("mon-09", 0, 9),
    entry("mon-13", 0, 13),
    entry("tue-10", 1, 10),
    entry("thu-09", 3, 9),
    entry("thu-14", 3, 14),
]


def _week(qtbot: Any) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.set_week(MONDAY, ENTRIES, {MONDAY + timedelta(days=3): "Helligdag"})
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def test_arrows_move_between_entries_and_the_focused_one_is_named(qtbot: Any) -> None:
    view = _week(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_key() == "mon-09"
    assert view.accessibleName() == "sentence mon-09"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_key() == "mon-13"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Tuesday's only entry, nearest in time
    assert view.current_key() == "tue-10"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Wednesday is empty: on to Thursday, closest to 10.00
    assert view.current_key() == "thu-09"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the last entry stays put
    assert view.current_key() == "thu-14"
    assert view.accessibleName() == "sentence thu-14"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_key() == "tue-10"


def test_enter_opens_and_page_keys_ask_for_other_weeks(qtbot: Any) -> None:
    view = _week(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_End)
    with qtbot.waitSignal(view.entry_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["thu-14"]
    with qtbot.waitSignal(view.week_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert asked.args == [1]
    with qtbot.waitSignal(view.week_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert asked.args == [-1]


def test_a_reload_keeps_the_focused_entry_and_a_new_week_starts_at_its_first(qtbot: Any) -> None:
    view = _week(qtbot)
    view.set_current("tue-10")
    view.set_week(MONDAY, list(reversed(ENTRIES)))
    assert view.current_key() == "tue-10"
    later = [
        CalendarEntry("next", e.start + timedelta(weeks=1), e.end + timedelta(weeks=1), "x", e.state, "n")
        for e in ENTRIES[:1]
    ]
    view.set_week(MONDAY + timedelta(weeks=1), later)
    assert view.current_key() == "next"  # keyboard users land on the new week's first entry
    assert view.accessibleName() == "n"


def test_overlapping_entries_share_the_day_side_by_side() -> None:
    placed = place_week(MONDAY, [entry("a", 0, 9), entry("b", 0, 9, 30), entry("c", 0, 11)])
    lanes = {p.index: (p.lane, p.lanes) for p in placed}
    assert lanes == {0: (0, 2), 1: (1, 2), 2: (0, 1)}


def test_month_view_moves_by_day_and_week_and_opens_the_day(qtbot: Any) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_month(2027, 1, ENTRIES, {})
    view.setFocus()
    view.select_day(MONDAY)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_day() == MONDAY + timedelta(days=8)
    view.select_day(MONDAY + timedelta(days=3))
    assert "2 entries" in view.accessibleName() and "thu-14" in view.accessibleName()
    with qtbot.waitSignal(view.day_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert opened.args == [MONDAY + timedelta(days=3)]
    with qtbot.waitSignal(view.month_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert asked.args == [1]


def test_a_booking_calendar_opens_an_entry_on_double_click_only(qtbot: Any) -> None:
    view = WeekView(activate_on_double_click=True)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.set_week(MONDAY, ENTRIES)
    opened: list[str] = []
    view.entry_activated.connect(opened.append)
    rect = view.entry_rect("tue-10")
    assert rect is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [] and view.current_key() == "tue-10"  # a click only chooses
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == ["tue-10"]


def test_every_entry_is_an_accessible_object_where_it_is_painted(qtbot: Any) -> None:
    """A screen reader lists the whole week, not only the focused entry."""
    view = _week(qtbot)
    view_interface = QAccessible.queryAccessibleInterface(view)
    children = [view_interface.child(i) for i in range(view_interface.childCount())]
    named = {c.text(QAccessible.Text.Name): c.rect() for c in children}
    assert set(named) == {f"sentence {e.key}" for e in ENTRIES}
    for e in ENTRIES:
        painted = view.entry_rect(e.key)
        assert painted is not None
        top_left = view.mapToGlobal(painted.topLeft().toPoint())
        assert named[f"sentence {e.key}"].topLeft() == top_left

    view.set_week(MONDAY, ENTRIES[:2])  # a week with fewer entries leaves no stale ones behind
    view_interface = QAccessible.queryAccessibleInterface(view)
    names = {view_interface.child(i).text(QAccessible.Text.Name) for i in range(view_interface.childCount())}
    assert names == {"sentence mon-09", "sentence mon-13"}


def test_every_day_with_entries_in_the_month_is_an_accessible_object(qtbot: Any) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_month(2027, 1, ENTRIES)
    view_interface = QAccessible.queryAccessibleInterface(view)
    names = [view_interface.child(i).text(QAccessible.Text.Name) for i in range(view_interface.childCount())]
    assert len(names) == 3  # Monday, Tuesday and Thursday of the week
    assert names[0].startswith("Monday 11 January 2027, 2 entries, 09:00 mon-09 booked, 13:00 mon-13")


def test_a_holidays_name_shows_in_full_over_its_heading(qtbot: Any) -> None:
    view = _week(qtbot)
    thursday = view.entry_rect("thu-09")
    assert thursday is not None
    heading = QPoint(int(thursday.center().x()), 20)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, heading, view.mapToGlobal(heading)))
    assert QToolTip.text() == "Thursday 14 January 2027: Helligdag"
