"""Dragging an entry to another day and time in the week view: where the drop lands, snapped to a
quarter of an hour, with the entry's length kept. Pure arithmetic over the view's geometry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF

SNAP_MINUTES = 15


@dataclass
class Drag:
    key: str
    index: int
    grabbed: QPointF  # where in the entry the pointer took hold, so the entry does not jump
    origin: QPointF  # where the press was; a drag starts once the pointer has left it
    started: bool = False
    target: datetime | None = None  # the new local start, once the pointer has moved


@dataclass(frozen=True)
class Grid:
    """The week view's geometry, as `Drag` needs it."""

    monday: date
    days: int
    first_hour: int
    last_hour: int
    left: float  # x of Monday's column
    top: float  # y of the first hour
    column: float
    hour: float


def drop_start(grid: Grid, rect_top_left: QPointF, length: timedelta) -> datetime:
    """The local start an entry dragged to `rect_top_left` gets: the day under its left edge's middle,
    the time under its top, on the quarter hour, kept inside the hours shown."""
    day = int((rect_top_left.x() + grid.column / 2 - grid.left) // grid.column)
    day = min(max(day, 0), grid.days - 1)
    hours = grid.first_hour + (rect_top_left.y() - grid.top) / grid.hour
    quarters = round(hours * 60 / SNAP_MINUTES)
    latest = (grid.last_hour * 60 - int(length.total_seconds() // 60)) // SNAP_MINUTES
    quarters = min(max(quarters, grid.first_hour * 60 // SNAP_MINUTES), max(latest, 0))
    minutes = quarters * SNAP_MINUTES
    return datetime.combine(grid.monday + timedelta(days=day), time(minutes // 60, minutes % 60))


def drop_rect(grid: Grid, start: datetime, length: timedelta, width: float) -> QRectF:
    """Where the dragged entry would sit, for painting its outline."""
    day = (start.date() - grid.monday).days
    hours = start.hour + start.minute / 60 - grid.first_hour
    return QRectF(
        grid.left + day * grid.column + 2,
        grid.top + hours * grid.hour,
        width,
        length.total_seconds() / 3600 * grid.hour,
    )
