"""The window's names for codes and its wording of coded refusals follow the window's language: English
source, Danish catalogue, which says what the command line says."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.summary import (
    DeadlineState,
    FieldKey,
    RequiredPart,
    ScreeningRow,
    SummaryField,
    SummaryNotReady,
    screening_problem,
)
from cli.words import error_text
from ui import words
from ui.errors import user_message


def test_summary_fields_and_states_are_named_in_english_without_a_catalogue(qapp: Any) -> None:
    assert words.summary_field_name(FieldKey(SummaryField.PROBLEM)) == "Description of the problem"
    assert (
        words.summary_field_name(FieldKey(SummaryField.SCREENING_INFORMANT, 2)) == "Informant in screening 2"
    )
    assert words.deadline_state_name(DeadlineState.LATE) == "Late"


def test_summary_fields_and_states_are_named_in_danish_with_the_catalogue(danish: list[str]) -> None:
    assert words.summary_field_name(FieldKey(SummaryField.PROBLEM)) == "Problembeskrivelse"
    assert (
        words.summary_field_name(FieldKey(SummaryField.SCREENING_INFORMANT, 2)) == "Informant i screening 2"
    )
    assert words.deadline_state_name(DeadlineState.LATE) == "For sent"


ROWS_WITH_PROBLEMS = (
    ScreeningRow("SDQ", "total_difficulties", 41, "forælder", 11, 2026),  # outside 0-40
    ScreeningRow("ADHD-RS", "total", 60, "lærer", 11, 2026),  # outside a range not verified
    ScreeningRow("SDQ", "bogus", 3, "forælder", 11, 2026),
    ScreeningRow("XYZ", "total", 3, "forælder", 11, 2026),
    ScreeningRow("SDQ", "impact", None, "forælder", 11, 2026),
    ScreeningRow("SDQ", "impact", 3, "forælder", 2, 2027),
    ScreeningRow("SDQ", "impact", 3, "forælder", None, 2026),
    ScreeningRow("OTHER", " ", 250, "selv", 11, 2026),
)
TODAY = date(2027, 1, 4)


def _refusals() -> list[SummaryNotReady]:
    problems = [screening_problem(row, TODAY) for row in ROWS_WITH_PROBLEMS]
    refusals = [SummaryNotReady(screening=2, problem=p) for p in problems if p is not None]
    assert len(refusals) == len(ROWS_WITH_PROBLEMS)
    return [
        *refusals,
        SummaryNotReady((RequiredPart.PATHWAY_STEP,)),
        SummaryNotReady((RequiredPart.AGE_BAND, RequiredPart.PATHWAY_STEP)),
        SummaryNotReady(tuple(RequiredPart)),
    ]


def test_a_summary_not_ready_is_worded_in_english_without_a_catalogue(qapp: Any) -> None:
    missing = SummaryNotReady((RequiredPart.AGE_BAND, RequiredPart.PATHWAY_STEP))
    assert user_message(missing) == "Fill in the age band and the pathway step before the summary is sent."
    too_high = _refusals()[0]
    assert user_message(too_high) == (
        "Screening 2: The score 41 is outside the range 0-40 for SDQ (Styrker og vanskeligheder), "
        "Samlet vanskelighedsscore."
    )


def test_the_danish_window_words_a_summary_not_ready_as_the_command_line_does(danish: list[str]) -> None:
    for refusal in _refusals():
        assert user_message(refusal) == error_text(refusal)
