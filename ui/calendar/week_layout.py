"""Where each entry sits in a week grid: pure arithmetic, so painting only draws cached rectangles.

Overlapping entries on one day share the day's column side by side (one lane each).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ui.calendar.entries import CalendarEntry

DEFAULT_FIRST_HOUR = 8
DEFAULT_LAST_HOUR = 17


@dataclass(frozen=True)
class Placed:
    index: int  # into the entries sequence
    day: int  # 0 = Monday
    lane: int
    lanes: int  # lanes in the entry's overlapping group
    top: float  # hours from midnight
    bottom: float


def _hours(moment: datetime) -> float:
    return moment.hour + moment.minute / 60


def hour_range(entries: Sequence[CalendarEntry]) -> tuple[int, int]:
    """08-17 by default, widened to whole hours that cover every entry."""
    first, last = DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR
    for entry in entries:
        first = min(first, entry.start.hour)
        last = max(last, entry.end.hour + (1 if entry.end.minute else 0))
    return first, min(last, 24)


def place_week(monday: date, entries: Sequence[CalendarEntry]) -> list[Placed]:
    """One Placed per entry that falls in the week starting `monday`, in reading order."""
    by_day: dict[int, list[int]] = {}
    for index, entry in enumerate(entries):
        offset = (entry.start.date() - monday).days
        if 0 <= offset < 7:
            by_day.setdefault(offset, []).append(index)
    placed: list[Placed] = []
    for day in sorted(by_day):
        indexes = sorted(by_day[day], key=lambda i: (entries[i].start, entries[i].end, i))
        group: list[tuple[int, int]] = []  # (index, lane) of the current overlapping group
        lane_ends: list[float] = []
        group_end = 0.0
        for index in indexes:
            top, bottom = _hours(entries[index].start), _hours(entries[index].end)
            if group and top >= group_end:
                placed.extend(_finish(group, lane_ends, day, entries))
                group, lane_ends = [], []
            lane = next((n for n, end in enumerate(lane_ends) if end <= top), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(bottom)
            else:
                lane_ends[lane] = bottom
            group.append((index, lane))
            group_end = max(group_end, bottom) if len(group) > 1 else bottom
        placed.extend(_finish(group, lane_ends, day, entries))
    return placed


def _finish(
    group: list[tuple[int, int]], lane_ends: list[float], day: int, entries: Sequence[CalendarEntry]
) -> list[Placed]:
    return [
        Placed(index, day, lane, len(lane_ends), _hours(entries[index].start), _hours(entries[index].end))
        for index, lane in group
    ]


def neighbour(placed: Sequence[Placed], order: Sequence[int], current: int, vertical: bool, step: int) -> int:
    """The entry an arrow key leads to (`step` -1 for up or left, 1 for down or right): up and down
    follow the reading order, left and right go to the nearest entry on the nearest day that has one."""
    if not order:
        return -1
    if current < 0:
        return order[0]
    if vertical:
        target = order.index(current) + step
        return order[target] if 0 <= target < len(order) else current
    here = next(p for p in placed if p.index == current)
    for day in range(here.day + step, -1 if step < 0 else 7, step):
        same_day = [p for p in placed if p.day == day]
        if same_day:
            return min(same_day, key=lambda p: (abs(p.top - here.top), p.lane)).index
    return current
