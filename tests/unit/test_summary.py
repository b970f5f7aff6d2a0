"""The case summary's rules without a store: instrument ranges, screening rows, the guard over every
free-text field, and the deadline states the advisor's calendar shows."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.anonymity import Severity
from app.domain.calendar import ClosureCalendar
from app.domain.instruments import instruments, range_text
from app.domain.summary import (
    AgeBand,
    DeadlineState,
    FieldKey,
    PathwayStep,
    ScreeningRow,
    SummaryContent,
    SummaryField,
    SummaryState,
    check_may_submit,
    deadline_state,
    guard,
    screening_problem,
    summary_deadline,
)
from app.errors import RuleRefused
from cli.words import screening_problem_text

TODAY = date(2027, 1, 4)


def test_every_reference_instrument_is_loaded_and_unverified_ranges_say_so() -> None:
    loaded = instruments()
    assert len(loaded) == 17 and "OTHER" in loaded
    sdq, adhd = loaded["SDQ"], loaded["ADHD-RS"]
    assert range_text(sdq, sdq.scales[0]) == "0-40"
    assert range_text(adhd, adhd.scales[0]) == "0-54 (ikke verificeret)"
    assert not loaded["SCARED"].ranges_verified and loaded["MFQ"].ranges_verified


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (ScreeningRow("SDQ", "total_difficulties", 18, "forælder", 11, 2026), None),
        (ScreeningRow("EDE-Q", "global", 2.4, "ung", 12, 2026), None),
        (ScreeningRow("SDQ", "total_difficulties", 41, "forælder", 11, 2026), "uden for intervallet 0-40"),
        (ScreeningRow("ADHD-RS", "total", 60, "lærer", 11, 2026), "(ikke verificeret)"),
        (ScreeningRow("SDQ", "bogus", 3, "forælder", 11, 2026), "ingen skala"),
        (ScreeningRow("XYZ", "total", 3, "forælder", 11, 2026), "Ukendt instrument"),
        (ScreeningRow("SDQ", "impact", None, "forælder", 11, 2026), "rå-scoren"),
        (ScreeningRow("SDQ", "impact", 3, "forælder", 2, 2027), "kan ikke være fra 02/2027"),
        (ScreeningRow("SDQ", "impact", 3, "forælder", None, 2026), "måned og år"),
        (ScreeningRow("OTHER", "Beck Youth total", 250, "selv", 11, 2026), None),
        (ScreeningRow("OTHER", " ", 250, "selv", 11, 2026), "navn"),
    ],
)
def test_a_screening_row_is_checked_against_its_range(row: ScreeningRow, problem: str | None) -> None:
    found = screening_problem(row, TODAY)
    assert (
        found is None if problem is None else (found is not None and problem in screening_problem_text(found))
    )


def test_the_guard_reads_every_free_text_field_including_informants() -> None:
    content = SummaryContent(
        question="Hvad gør vi?",
        problem="En pige på 11 år.",
        tried="Ring til mor på 20 30 40 50.",
        screenings=(ScreeningRow("SDQ", "impact", 3, "lærer pia@skole.dk", 11, 2026),),
    )
    blocked = {key for key, _ in guard(content).of(Severity.BLOCK)}
    assert blocked == {FieldKey(SummaryField.TRIED), FieldKey(SummaryField.SCREENING_INFORMANT, 1)}


def test_a_complete_clean_summary_may_be_submitted_and_a_blocked_one_may_not() -> None:
    clean = SummaryContent("Henvise?", "En pige på 11 år, SDQ 18/40.", AgeBand.SCHOOL, PathwayStep.STEP_1)
    assert not check_may_submit(clean, False, TODAY).blocks
    with pytest.raises(RuleRefused, match="CPR-nummer i problembeskrivelse"):
        cpr = SummaryContent("Henvise?", "CPR 0103141234", AgeBand.SCHOOL, PathwayStep.STEP_1)
        check_may_submit(cpr, False, TODAY)


@pytest.mark.parametrize(
    ("state", "today", "expected"),
    [
        (None, date(2027, 1, 11), DeadlineState.MISSING),
        (SummaryState.DRAFT, date(2027, 1, 11), DeadlineState.DRAFT),
        (SummaryState.DRAFT, date(2027, 1, 12), DeadlineState.LATE),
        (None, date(2027, 1, 12), DeadlineState.LATE),
        (SummaryState.SUBMITTED, date(2027, 1, 12), DeadlineState.SUBMITTED),
    ],
)
def test_deadline_states(state: SummaryState | None, today: date, expected: DeadlineState) -> None:
    deadline = summary_deadline(ClosureCalendar(), date(2027, 1, 13), 2)  # a Wednesday
    assert deadline == date(2027, 1, 11)
    assert deadline_state(state, deadline, today) is expected
