"""The window's names for codes follow the window's language: English source, Danish catalogue."""

from __future__ import annotations

from typing import Any

from app.domain.summary import DeadlineState, FieldKey, SummaryField
from ui import words


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
