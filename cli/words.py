"""The command line's Danish words for the program's codes: every table of names the CLI prints.

The domain keeps codes (enums); the window words them through Qt's translations (ui/words.py). The
words people type for codes (`--reason syg`) are app/domain/words.py's, as the services read them too.
"""

from __future__ import annotations

from app.domain.booking import BookingState
from app.domain.model import CONTACT_KIND_NAMES_DA, Profession, Role, SlotStatus
from app.domain.recurrence import WEEKDAY_NAMES_DA
from app.domain.summary import (
    DeadlineState,
    FieldKey,
    PathwayStep,
    RequiredPart,
    ScreeningFault,
    ScreeningProblem,
    SummaryField,
    SummaryNotReady,
    SummaryState,
)
from app.errors import BuaError

# The domain's own: its refusals and the mails it writes use them too.
CONTACT_KIND_NAMES = CONTACT_KIND_NAMES_DA
WEEKDAY_NAMES = WEEKDAY_NAMES_DA

ROLE_NAMES = {
    Role.ADVISOR: "BUA-rådgiver",
    Role.ADMINISTRATOR: "BUA-administrator",
    Role.MUNICIPAL_STAFF: "Kommunal medarbejder",
    Role.GP: "Praktiserende læge",
}
PROFESSION_NAMES = {
    Profession.PSYCHOLOGIST: "Psykolog",
    Profession.SOCIAL_WORKER: "Socialrådgiver",
    Profession.PEDAGOGICAL_CONSULTANT: "Pædagogisk-psykologisk konsulent",
    Profession.FAMILY_COUNSELLOR: "Familierådgiver",
    Profession.OTHER: "Anden faggruppe",
}
BOOKING_STATE_NAMES = {
    BookingState.BOOKED: "Booket",
    BookingState.WAITLISTED: "På venteliste",
    BookingState.CANCELLED: "Aflyst",
    BookingState.CANCELLED_BY_BUA: "Aflyst af BUA",
    BookingState.HELD: "Afholdt",
    BookingState.NO_SHOW: "Ikke afholdt (udeblevet)",
}
SLOT_STATUS_NAMES = {SlotStatus.OPEN: "ledig", SlotStatus.BOOKED: "optaget"}
# Every rule `rules set NAME VALUE` takes, in the order `rules show` lists them.
RULE_NAMES = {
    "horizon_weeks": "Booking åbner, uger før mødet",
    "lead_working_days": "Booking lukker, arbejdsdage før mødet",
    "cancel_cutoff_working_days": "Selv aflyse eller flytte indtil, arbejdsdage før",
    "max_future_bookings": "Kommende bookinger pr. person, højst",
    "monthly_quota": "Møder pr. kommune pr. måned, højst",
    "eligible_professions": "Faggrupper, der kan booke",
    "summary_due_working_days": "Sagsresumé senest, arbejdsdage før mødet",
    "summary_retention_days": "Sagsresumé slettes, dage efter mødet",
}

PATHWAY_STEP_NAMES = {PathwayStep.STEP_1: "Trin 1", PathwayStep.STEP_2: "Trin 2"}
SUMMARY_STATE_NAMES = {SummaryState.DRAFT: "kladde", SummaryState.SUBMITTED: "indsendt"}
DEADLINE_STATE_NAMES = {
    DeadlineState.MISSING: "Sagsresumé mangler",
    DeadlineState.DRAFT: "Kladde",
    DeadlineState.SUBMITTED: "Indsendt",
    DeadlineState.LATE: "For sent",
}
SUMMARY_FIELD_NAMES = {
    SummaryField.QUESTION: "Spørgsmål til BUA",
    SummaryField.PROBLEM: "Problembeskrivelse",
    SummaryField.TRIED: "Hvad er afprøvet",
    SummaryField.SCREENING_INFORMANT: "Informant i screening {}",
    SummaryField.SCREENING_INSTRUMENT: "Instrument i screening {}",
}

# check-summary's words, by the guard's severity and verdict codes (the guard itself loads at first use).
SEVERITY_NAMES = {"block": "BLOKERER", "warn": "ADVARSEL"}
VERDICTS = {
    "clean": "Ingen identificerende oplysninger fundet. Resuméet kan sendes.",
    "warn": "Resuméet kan sendes, når advarslerne er bekræftet.",
    "block": "Resuméet kan ikke sendes, før de blokerende fund er fjernet.",
}


def summary_field_name(key: FieldKey) -> str:
    """'Problembeskrivelse', 'Informant i screening 2'."""
    return SUMMARY_FIELD_NAMES[key.field].format(key.screening)


REQUIRED_PART_NAMES = {
    RequiredPart.QUESTION: "spørgsmål til BUA",
    RequiredPart.PROBLEM: "problembeskrivelse",
    RequiredPart.AGE_BAND: "aldersgruppe",
    RequiredPart.PATHWAY_STEP: "trin",
}
SCREENING_FAULTS = {
    ScreeningFault.UNKNOWN_INSTRUMENT: "Ukendt instrument '{instrument}'.",
    ScreeningFault.NAME_MISSING: "Skriv instrumentets og skalaens navn.",
    ScreeningFault.UNKNOWN_SCALE: "{name} har ingen skala '{scale}'.",
    ScreeningFault.SCORE_MISSING: "Angiv rå-scoren.",
    ScreeningFault.OUT_OF_RANGE: "Scoren {score} ligger uden for intervallet {range} for {name}, {label}.",
    ScreeningFault.MONTH_MISSING: "Angiv måned og år for screeningen.",
    ScreeningFault.IMPOSSIBLE_MONTH: "Screeningen kan ikke være fra {month}.",
}
UNVERIFIED_RANGE_ADVICE = " Er scoren rigtig, så vælg instrumentet 'Andet' og skriv dets navn."


def screening_problem_text(problem: ScreeningProblem) -> str:
    """'Scoren 41 ligger uden for intervallet 0-40 for SDQ (...), Samlet vanskelighedsscore.'"""
    row, instrument = problem.row, problem.instrument
    text = SCREENING_FAULTS[problem.fault].format(
        instrument=row.instrument,
        name=instrument.name if instrument else row.instrument,
        scale=row.scale,
        score="" if row.raw_score is None else f"{row.raw_score:g}",
        range=problem.range,
        label=problem.scale_label,
        month=f"{row.month or 0:02d}/{row.year}",
    )
    if problem.fault is ScreeningFault.OUT_OF_RANGE and instrument and not instrument.ranges_verified:
        text += UNVERIFIED_RANGE_ADVICE
    return text


def danish_list(names: list[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    return " og ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def error_text(error: BuaError) -> str:
    """The one Danish line for a refusal: worded here where the domain gives codes and data."""
    if isinstance(error, SummaryNotReady):
        if error.problem is not None:
            return f"Screening {error.screening}: {screening_problem_text(error.problem)}"
        missing = danish_list([REQUIRED_PART_NAMES[part] for part in error.missing])
        return f"Udfyld {missing}, før resuméet sendes."
    return error.message
