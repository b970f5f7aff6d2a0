"""The anonymous case summary a municipal employee writes before a session, one per booking.

A draft holds whatever was typed, identifying data included, so nothing typed is ever lost; only a
submitted summary has passed the anonymity guard (app/domain/anonymity.py) and is shown to BUA. The
summary is due a number of working days before the session; the advisor's calendar shows per booking
whether it is missing, a draft, submitted or late.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain.calendar import ClosureCalendar
from app.domain.instruments import OTHER, Instrument, instruments, range_text
from app.errors import InvalidInput, RuleRefused

if TYPE_CHECKING:
    from app.domain.anonymity import Finding, Severity


class AgeBand(enum.StrEnum):
    PRESCHOOL = "0-5"
    SCHOOL = "6-12"
    YOUTH = "13-18"


class PathwayStep(enum.StrEnum):
    """Where in the graduated model the case is: BUA advises on Trin 1 and Trin 2."""

    STEP_1 = "trin_1"
    STEP_2 = "trin_2"


class SummaryState(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class DeadlineState(enum.StrEnum):
    """What the advisor's calendar shows for a booking's summary."""

    MISSING = "missing"  # nothing written yet, deadline not passed
    DRAFT = "draft"  # written but not submitted, deadline not passed
    SUBMITTED = "submitted"
    LATE = "late"  # deadline passed and not submitted


class SummaryField(enum.StrEnum):
    """A field of the summary that the writer types freely: what the guard checks, and where it found
    something. The CLI and the window word each field in their own language (cli/words.py, ui/words.py)."""

    QUESTION = "question"
    PROBLEM = "problem"
    TRIED = "tried"
    SCREENING_INFORMANT = "screening_informant"
    SCREENING_INSTRUMENT = "screening_instrument"  # the name typed for the instrument "Andet"


@dataclass(frozen=True)
class FieldKey:
    """One typed field of one summary: the field, and for a screening field the row's number (from 1)."""

    field: SummaryField
    screening: int | None = None


# The field names in the domain's own Danish refusal lines (app/errors.py: one Danish line per error),
# lower case as inside a sentence.
_FIELD_NAMES_DA = {
    SummaryField.QUESTION: "spørgsmål til BUA",
    SummaryField.PROBLEM: "problembeskrivelse",
    SummaryField.TRIED: "hvad er afprøvet",
    SummaryField.SCREENING_INFORMANT: "informant i screening {}",
    SummaryField.SCREENING_INSTRUMENT: "instrument i screening {}",
}


def field_name_da(key: FieldKey) -> str:
    """'problembeskrivelse', 'informant i screening 2': the field as the domain's refusals name it."""
    return _FIELD_NAMES_DA[key.field].format(key.screening)


@dataclass(frozen=True)
class ScreeningRow:
    """One screening result: a raw score on one scale of an instrument, never a derived band."""

    instrument: str  # an id from the reference list, e.g. "SDQ"
    scale: str  # a scale key of that instrument, e.g. "total_difficulties"; free text for OTHER
    raw_score: float | None = None
    informant: str = ""
    month: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class SummaryContent:
    question: str = ""  # the question for BUA
    problem: str = ""  # the description of the problem
    age_band: AgeBand | None = None
    pathway_step: PathwayStep | None = None
    tried: str = ""  # what has been tried
    screenings: tuple[ScreeningRow, ...] = ()

    def free_texts(self) -> dict[FieldKey, str]:
        """Every field a writer types freely: the guard checks all of them."""
        texts = {
            FieldKey(SummaryField.QUESTION): self.question,
            FieldKey(SummaryField.PROBLEM): self.problem,
            FieldKey(SummaryField.TRIED): self.tried,
        }
        for number, row in enumerate(self.screenings, 1):
            texts[FieldKey(SummaryField.SCREENING_INFORMANT, number)] = row.informant
            if row.instrument == OTHER:
                texts[FieldKey(SummaryField.SCREENING_INSTRUMENT, number)] = row.scale
        return texts


@dataclass(frozen=True)
class Summary:
    booking_id: int
    municipality_code: str
    content: SummaryContent
    state: SummaryState
    warnings_acknowledged: bool
    updated_at: datetime
    submitted_at: datetime | None
    version: int


@dataclass(frozen=True)
class Tombstone:
    """What is left of a purged summary: when, and by which rule."""

    booking_id: int
    purged_at: datetime
    rule: str


@dataclass(frozen=True)
class GuardResult:
    findings: Mapping[FieldKey, tuple[Finding, ...]] = field(default_factory=dict)

    def of(self, severity: Severity) -> list[tuple[FieldKey, Finding]]:
        return [(key, f) for key, found in self.findings.items() for f in found if f.severity is severity]

    @property
    def blocking(self) -> list[tuple[FieldKey, Finding]]:
        from app.domain.anonymity import Severity  # loaded by `guard` already

        return self.of(Severity.BLOCK)

    @property
    def warning(self) -> list[tuple[FieldKey, Finding]]:
        from app.domain.anonymity import Severity

        return self.of(Severity.WARN)

    @property
    def blocks(self) -> bool:
        return bool(self.blocking)

    @property
    def warns(self) -> bool:
        return bool(self.warning)


def guard(content: SummaryContent) -> GuardResult:
    # The guard is loaded at its first use: its word lists and patterns would otherwise cost every
    # start of the program about 0.1 s before the window is painted (app.ports imports this module).
    from app.domain.anonymity import check_text

    checked = {key: tuple(check_text(text)) for key, text in content.free_texts().items() if text}
    return GuardResult({key: found for key, found in checked.items() if found})


def blocked_message(result: GuardResult) -> str:
    """The guard's one Danish line for a refused summary: what was found, and where."""
    where: dict[str, FieldKey] = {}
    for key, finding in result.blocking:
        where.setdefault(finding.name, key)
    found = ", ".join(f"{name} i {field_name_da(key)}" for name, key in where.items())
    return f"Resuméet kan ikke sendes, før de blokerende fund er fjernet ({found})."


def warnings_message(result: GuardResult) -> str:
    names = ", ".join(sorted({f.name for _, f in result.warning}))
    return f"Resuméet har advarsler ({names}): bekræft, at de ikke identificerer barnet, før det sendes."


class RequiredPart(enum.StrEnum):
    """What a summary must hold before it is sent."""

    QUESTION = "question"
    PROBLEM = "problem"
    AGE_BAND = "age_band"
    PATHWAY_STEP = "pathway_step"


class ScreeningFault(enum.StrEnum):
    UNKNOWN_INSTRUMENT = "unknown_instrument"
    NAME_MISSING = "name_missing"  # the instrument "Andet" needs its name in the scale field
    UNKNOWN_SCALE = "unknown_scale"
    SCORE_MISSING = "score_missing"
    OUT_OF_RANGE = "out_of_range"
    MONTH_MISSING = "month_missing"
    IMPOSSIBLE_MONTH = "impossible_month"  # in the future, or before the child was born


@dataclass(frozen=True)
class ScreeningProblem:
    """What is wrong with a screening row, with what the CLI and the window need to say so."""

    fault: ScreeningFault
    row: ScreeningRow
    instrument: Instrument | None = None  # None for an unknown instrument
    scale_label: str = ""  # for OUT_OF_RANGE
    range: str = ""  # for OUT_OF_RANGE: "0-40", "0-54 (ikke verificeret)"


class SummaryNotReady(InvalidInput):
    """The summary cannot be sent yet: parts are missing, or screening row `screening` has a problem.
    The CLI and the window word it (cli/words.py, ui/words.py); the message is for logs only."""

    def __init__(
        self,
        missing: tuple[RequiredPart, ...] = (),
        screening: int | None = None,
        problem: ScreeningProblem | None = None,
    ) -> None:
        detail = f"screening {screening}: {problem.fault}" if problem else ", ".join(missing)
        super().__init__(f"summary not ready ({detail})")
        self.missing = missing
        self.screening = screening  # the row's number, from 1
        self.problem = problem


def check_may_submit(content: SummaryContent, acknowledge_warnings: bool, today: date) -> GuardResult:
    """Refuse a summary that is incomplete, has an impossible score, or fails the guard."""
    missing = tuple(
        part
        for part, given in (
            (RequiredPart.QUESTION, content.question.strip()),
            (RequiredPart.PROBLEM, content.problem.strip()),
            (RequiredPart.AGE_BAND, content.age_band),
            (RequiredPart.PATHWAY_STEP, content.pathway_step),
        )
        if not given
    )
    if missing:
        raise SummaryNotReady(missing)
    for number, row in enumerate(content.screenings, 1):
        problem = screening_problem(row, today)
        if problem:
            raise SummaryNotReady(screening=number, problem=problem)
    result = guard(content)
    if result.blocks:
        raise RuleRefused(blocked_message(result))
    if result.warns and not acknowledge_warnings:
        raise RuleRefused(warnings_message(result))
    return result


def screening_problem(row: ScreeningRow, today: date) -> ScreeningProblem | None:
    """What is wrong with a screening row, or None. The score is checked against its range."""
    instrument: Instrument | None = instruments().get(row.instrument)
    if instrument is None:
        return ScreeningProblem(ScreeningFault.UNKNOWN_INSTRUMENT, row)
    if instrument.id == OTHER and not row.scale.strip():
        return ScreeningProblem(ScreeningFault.NAME_MISSING, row, instrument)
    # "Andet": any instrument, named in the scale field; its one scale has no range.
    scale = instrument.scales[0] if instrument.id == OTHER else instrument.scale(row.scale)
    if scale is None:
        return ScreeningProblem(ScreeningFault.UNKNOWN_SCALE, row, instrument)
    if row.raw_score is None:
        return ScreeningProblem(ScreeningFault.SCORE_MISSING, row, instrument)
    if not scale.contains(row.raw_score):
        span = range_text(instrument, scale)
        return ScreeningProblem(ScreeningFault.OUT_OF_RANGE, row, instrument, scale.label, span)
    if row.month is None or row.year is None or not 1 <= row.month <= 12:
        return ScreeningProblem(ScreeningFault.MONTH_MISSING, row, instrument)
    if (row.year, row.month) > (today.year, today.month) or row.year < today.year - 18:
        return ScreeningProblem(ScreeningFault.IMPOSSIBLE_MONTH, row, instrument)
    return None


def summary_deadline(calendar: ClosureCalendar, session_day: date, working_days: int) -> date:
    """The last day the summary may be submitted: `working_days` working days before the session."""
    return calendar.working_days_before(session_day, working_days)


def deadline_state(state: SummaryState | None, deadline: date, today: date) -> DeadlineState:
    if state is SummaryState.SUBMITTED:
        return DeadlineState.SUBMITTED
    if today > deadline:
        return DeadlineState.LATE
    return DeadlineState.MISSING if state is None else DeadlineState.DRAFT
