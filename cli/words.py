"""The command line's Danish words for the program's codes: every table of names the CLI prints.

The domain keeps codes (enums); the window words them through Qt's translations (ui/words.py). The
words people type for codes (`--reason syg`) are app/domain/words.py's, as the services read them too.
"""

from __future__ import annotations

from app.domain.booking import BookingState
from app.domain.model import CONTACT_KIND_NAMES_DA, Profession, Role, SlotStatus
from app.domain.recurrence import WEEKDAY_NAMES_DA
from app.domain.summary import DeadlineState, FieldKey, PathwayStep, SummaryField, SummaryState

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
