"""Every text limit fits its database column, prefixes included, so PostgreSQL never refuses what the
services let through (SQLite would store any length)."""

from __future__ import annotations

import pytest
from sqlalchemy import String

from app.domain import limits
from app.errors import InvalidInput
from db.models import (
    AbsenceRow,
    AnnualClosureRow,
    AuditRow,
    BookingRow,
    ClosureDateRow,
    PersonRow,
    SeriesRow,
    SkippedDateRow,
)


def _length(column: object) -> int:
    kind = column.type  # type: ignore[attr-defined]
    assert isinstance(kind, String) and kind.length is not None
    return kind.length


def test_each_limit_fits_its_columns() -> None:
    fits = [
        (limits.NAME, PersonRow.name),
        (limits.NAME, BookingRow.gp_name),
        (limits.EMAIL, PersonRow.email),
        (limits.EMAIL, BookingRow.gp_email),
        (limits.EMAIL, AuditRow.actor_label),  # the acting person's e-mail is the actor's label
        (limits.CLINIC, PersonRow.clinic),
        (limits.CLINIC, BookingRow.gp_clinic),
        (limits.VIDEO_URL, SeriesRow.video_url),
        (limits.CLOSURE_REASON, AnnualClosureRow.reason),
        (limits.CLOSURE_REASON, ClosureDateRow.reason),
        (limits.CANCEL_REASON, BookingRow.cancel_reason),
        (limits.ABSENCE_REASON, AbsenceRow.reason),
        (len("Rådgiveren er fraværende: ") + limits.ABSENCE_REASON, BookingRow.cancel_reason),
        (len("Aflyst: Fravær: ") + limits.ABSENCE_REASON, SkippedDateRow.reason),
        (len("Aflyst: ") + limits.OCCURRENCE_REASON, SkippedDateRow.reason),
    ]
    too_long = [(limit, str(column)) for limit, column in fits if limit > _length(column)]
    assert too_long == []


def test_text_past_its_limit_or_with_a_control_character_is_one_danish_line() -> None:
    assert limits.checked("Navnet", "Pia Holm", limits.NAME) == "Pia Holm"
    with pytest.raises(InvalidInput, match=r"højst være 200 tegn lang \(den er 201\)"):
        limits.checked("Navnet", "x" * 201, limits.NAME)
    for control in ("\x1b[31m", "\x07", "\x00"):
        with pytest.raises(InvalidInput, match="kontroltegn"):
            limits.checked("Navnet", f"Pia{control}", limits.NAME)
    assert limits.checked("Problembeskrivelse", "a\r\nb\tc", 10, multiline=True) == "a\r\nb\tc"
