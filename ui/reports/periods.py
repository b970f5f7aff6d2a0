"""The window's period presets, as a report for Psykiatriforum counts them: whole half-years and years."""

from __future__ import annotations

import enum
from datetime import date


class Preset(enum.StrEnum):
    LAST_HALF_YEAR = "last_half_year"  # the calendar half-year before this one
    LAST_YEAR = "last_year"  # the calendar year before this one
    THIS_YEAR = "this_year"  # 1 January to today
    CHOSEN = "chosen"  # the dates as typed


def preset_period(preset: Preset, today: date) -> tuple[date, date]:
    if preset is Preset.LAST_HALF_YEAR:
        if today.month <= 6:
            return date(today.year - 1, 7, 1), date(today.year - 1, 12, 31)
        return date(today.year, 1, 1), date(today.year, 6, 30)
    if preset is Preset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), today
    raise ValueError("a chosen period has no preset dates")
