"""The window's names for the program's codes, each through Qt's translator (English source, Danish
catalogue resources/translations/shell_da.ts): roles and professions, session types, booking and
summary states, cancellation reasons, why a time cannot be booked, the summary's fields and why it
cannot be sent yet. Dates and
times are ui/calendar/dates.py's; the command line has its own Danish words in cli/words.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.booking import BookingState, CancelReason
from app.domain.instruments import OTHER, instruments
from app.domain.model import ContactKind, Profession, Role
from app.domain.recurrence import SessionType
from app.domain.summary import (
    DeadlineState,
    FieldKey,
    PathwayStep,
    RequiredPart,
    ScreeningFault,
    ScreeningProblem,
    SummaryField,
    SummaryNotReady,
)
from app.services.staff_view import Refusal, RefusalReason
from app.services.summaries import SummaryStatus
from ui.calendar.dates import danish_numeric_date

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def role_name(role: Role) -> str:
    names = {
        Role.ADVISOR: translate("Roles", "BUA advisor"),
        Role.ADMINISTRATOR: translate("Roles", "BUA administrator"),
        Role.MUNICIPAL_STAFF: translate("Roles", "Municipal staff"),
        Role.GP: translate("Roles", "General practitioner"),
    }
    return names[role]


def profession_name(profession: Profession | None) -> str:
    """The profession as a label; empty when none is recorded."""
    if profession is None:
        return ""
    names = {
        Profession.PSYCHOLOGIST: translate("Roles", "Psychologist"),
        Profession.SOCIAL_WORKER: translate("Roles", "Social worker"),
        Profession.PEDAGOGICAL_CONSULTANT: translate("Roles", "Pedagogical-psychological consultant"),
        Profession.FAMILY_COUNSELLOR: translate("Roles", "Family counsellor"),
        Profession.OTHER: translate("Roles", "Other profession"),
    }
    return names[profession]


def profession_in_sentence(profession: Profession | None) -> str:
    """Lower case, for "Søren Nielsen, familierådgiver"; said outright when none is recorded."""
    if profession is None:
        return translate("Roles", "profession not given")
    return profession_name(profession).lower()


def municipality_name(name: str) -> str:
    """'Randers Kommune' (the register stores the bare name; every municipality of the region is one)."""
    return translate("Municipalities", "%1 Municipality").replace("%1", name)


SHORT_NAME = 12  # letters: what fits an entry's first line beside the time in a week column


def short_municipality(name: str) -> str:
    """The name shortened one way everywhere it is cramped: 'Ringkøbing-Skjern' -> 'Ringk.-Skjern'.
    Every part but the last of a long hyphenated name is cut to five letters, other long names are
    cut with a point; the full name stays in the accessible sentence, tool tips and side panels."""
    if len(name) <= SHORT_NAME:
        return name
    *first, last = name.split("-")
    if first:
        return "-".join([*(part if len(part) <= 5 else part[:5] + "." for part in first), last])
    return name[: SHORT_NAME - 1] + "."


def contact_kind_name(kind: ContactKind) -> str:
    names = {
        ContactKind.BUA_ADVISOR: QCoreApplication.translate("AdminLabels", "BUA contact person"),
        ContactKind.BUA_DEPUTY: QCoreApplication.translate("AdminLabels", "BUA deputy"),
        ContactKind.MUNICIPAL_CONTACT: QCoreApplication.translate("AdminLabels", "Municipality's contact"),
    }
    return names[kind]


NOT_ASSIGNED = "–"  # a contact kind nobody holds


def session_type_name(session_type: SessionType | None) -> str:
    """'Sparring', 'Teaching'; lower it inside a sentence. Empty when there is none."""
    names = {
        SessionType.SPARRING: translate("SessionTypes", "Sparring"),
        SessionType.SUPERVISION: translate("SessionTypes", "Supervision"),
        SessionType.TEACHING: translate("SessionTypes", "Teaching"),
    }
    return names[session_type] if session_type else ""


def booking_state_name(state: BookingState) -> str:
    """The one wording of a booking's state, lower case as in a sentence ("Status: booket"); a table
    cell or a line of its own capitalises it."""
    names = {
        BookingState.BOOKED: translate("BookingStates", "booked"),
        BookingState.WAITLISTED: translate("BookingStates", "on the waiting list"),
        BookingState.CANCELLED: translate("BookingStates", "cancelled"),
        BookingState.CANCELLED_BY_BUA: translate("BookingStates", "cancelled by BUA"),
        BookingState.HELD: translate("BookingStates", "held"),
        BookingState.NO_SHOW: translate("BookingStates", "not held"),
    }
    return names[state]


def cancel_reason_name(reason: CancelReason) -> str:
    return {
        CancelReason.ILLNESS: translate("CancelReasons", "Illness"),
        CancelReason.CASE_RESOLVED: translate("CancelReasons", "The case is resolved"),
        CancelReason.NOT_NEEDED: translate("CancelReasons", "The advice is no longer needed"),
        CancelReason.PLANNING: translate("CancelReasons", "Planning/other duties"),
        CancelReason.OTHER: translate("CancelReasons", "Other"),
    }[reason]


def refusal_text(refusal: Refusal) -> str:
    """Why a free time cannot be booked now, inside a sentence: 'you have reached the limit of 2 future
    bookings'."""
    words = {
        RefusalReason.AT_CAP: translate("Refusals", "you have reached the limit of %1 future bookings"),
        RefusalReason.MONTHLY_QUOTA: translate(
            "Refusals", "your municipality has used its %1 sessions for that month"
        ),
        RefusalReason.NOT_ELIGIBLE: translate("Refusals", "your profession cannot book advice from BUA"),
    }
    return words[refusal.reason].replace("%1", str(refusal.limit))


def refusal_sentence(refusal: Refusal) -> str:
    """The reason and what the person can do about it, as sentences beside a refused action."""
    advice = {
        RefusalReason.AT_CAP: translate("Refusals", "Cancel one under My bookings to book another."),
        RefusalReason.MONTHLY_QUOTA: translate("Refusals", "Choose a time in another month."),
        RefusalReason.NOT_ELIGIBLE: translate("Refusals", "Ask your municipality's contact person."),
    }
    return (
        translate("Refusals", "Cannot be booked: %1. %2")
        .replace("%1", refusal_text(refusal))
        .replace("%2", advice[refusal.reason])
    )


def summary_field_name(key: FieldKey) -> str:
    """'Description of the problem', 'Informant in screening 2'."""
    names = {
        SummaryField.QUESTION: translate("SummaryFields", "Question for BUA"),
        SummaryField.PROBLEM: translate("SummaryFields", "Description of the problem"),
        SummaryField.TRIED: translate("SummaryFields", "What has been tried"),
        SummaryField.SCREENING_INFORMANT: translate("SummaryFields", "Informant in screening %1"),
        SummaryField.SCREENING_INSTRUMENT: translate("SummaryFields", "Instrument in screening %1"),
    }
    return names[key.field].replace("%1", str(key.screening))


def pathway_step_name(step: PathwayStep) -> str:
    """'Trin 1': the graduated model's own Danish name, kept in English too."""
    names = {
        PathwayStep.STEP_1: translate("SummaryStates", "Trin 1"),
        PathwayStep.STEP_2: translate("SummaryStates", "Trin 2"),
    }
    return names[step]


def deadline_state_name(state: DeadlineState) -> str:
    """How a summary stands against its deadline, as a line of its own: 'Draft'."""
    names = {
        DeadlineState.MISSING: translate("SummaryStates", "Summary missing"),
        DeadlineState.DRAFT: translate("SummaryStates", "Draft"),
        DeadlineState.SUBMITTED: translate("SummaryStates", "Sent"),
        DeadlineState.LATE: translate("SummaryStates", "Late"),
    }
    return names[state]


def summary_status(status: SummaryStatus) -> str:
    """How a booking's case summary stands, with its deadline: 'Due 12.01.2027'."""
    words = {
        DeadlineState.MISSING: translate("SummaryStates", "Due %1"),
        DeadlineState.DRAFT: translate("SummaryStates", "Draft, due %1"),
        DeadlineState.SUBMITTED: translate("SummaryStates", "Sent"),
        DeadlineState.LATE: translate("SummaryStates", "Late, was due %1"),
    }
    return words[status.state].replace("%1", danish_numeric_date(status.deadline))


def required_part_name(part: RequiredPart) -> str:
    """Inside a sentence: 'the age band'."""
    names = {
        RequiredPart.QUESTION: translate("SummaryProblems", "the question for BUA"),
        RequiredPart.PROBLEM: translate("SummaryProblems", "the description of the problem"),
        RequiredPart.AGE_BAND: translate("SummaryProblems", "the age band"),
        RequiredPart.PATHWAY_STEP: translate("SummaryProblems", "the pathway step"),
    }
    return names[part]


def screening_problem_text(problem: ScreeningProblem) -> str:
    """What is wrong with a screening row, as sentences: 'The score 41 is outside the range 0-40 ...'."""
    row, instrument = problem.row, problem.instrument
    name = instrument.name if instrument else row.instrument
    score = "" if row.raw_score is None else f"{row.raw_score:g}"
    texts: dict[ScreeningFault, tuple[str, ...]] = {
        ScreeningFault.UNKNOWN_INSTRUMENT: (
            translate("SummaryProblems", "Unknown instrument '%1'."),
            row.instrument,
        ),
        ScreeningFault.NAME_MISSING: (
            translate("SummaryProblems", "Write the name of the instrument and scale."),
        ),
        ScreeningFault.UNKNOWN_SCALE: (
            translate("SummaryProblems", "%1 has no scale '%2'."),
            name,
            row.scale,
        ),
        ScreeningFault.SCORE_MISSING: (translate("SummaryProblems", "Give the raw score."),),
        ScreeningFault.OUT_OF_RANGE: (
            translate("SummaryProblems", "The score %1 is outside the range %2 for %3, %4."),
            score,
            problem.range,
            name,
            problem.scale_label,
        ),
        ScreeningFault.MONTH_MISSING: (
            translate("SummaryProblems", "Give the month and year of the screening."),
        ),
        ScreeningFault.IMPOSSIBLE_MONTH: (
            translate("SummaryProblems", "The screening cannot be from %1."),
            f"{row.month or 0:02d}/{row.year}",
        ),
    }
    text, *values = texts[problem.fault]
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", value)
    if problem.fault is ScreeningFault.OUT_OF_RANGE and instrument and not instrument.ranges_verified:
        advice = translate(
            "SummaryProblems", "If the score is right, choose the instrument '%1' and write its name."
        )
        text += " " + advice.replace("%1", instruments()[OTHER].name)
    return text


def summary_not_ready_text(error: SummaryNotReady) -> str:
    """'Fill in the age band and the pathway step before the summary is sent.', or a screening's problem."""
    if error.problem is not None:
        return (
            translate("SummaryProblems", "Screening %1: %2")
            .replace("%1", str(error.screening))
            .replace("%2", screening_problem_text(error.problem))
        )
    names = [required_part_name(part) for part in error.missing]
    listed = names[-1]
    if len(names) > 1:
        listed = (
            translate("SummaryProblems", "%1 and %2")
            .replace("%1", ", ".join(names[:-1]))
            .replace("%2", listed)
        )
    return translate("SummaryProblems", "Fill in %1 before the summary is sent.").replace("%1", listed)
