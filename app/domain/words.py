"""The Danish words people type for the program's codes, accepted beside the English codes.

`bua-booking cancel --reason syg`, `outcome --status udeblevet`, `series add --weekday torsdag --type
undervisning`, `people add --profession psykolog`: each word maps to one code; case does not matter.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from app.domain.booking import CancelReason, Outcome
from app.domain.model import ContactKind, Profession, Role, SlotStatus
from app.domain.recurrence import SessionType
from app.domain.report import GroupBy
from app.errors import InvalidInput

E = TypeVar("E", bound=enum.Enum)

DANISH: dict[type[enum.Enum], dict[str, enum.Enum]] = {
    CancelReason: {
        "syg": CancelReason.ILLNESS,
        "sygdom": CancelReason.ILLNESS,
        "afklaret": CancelReason.CASE_RESOLVED,
        "unødvendig": CancelReason.NOT_NEEDED,
        "ikke-nødvendig": CancelReason.NOT_NEEDED,
        "planlægning": CancelReason.PLANNING,
        "andet": CancelReason.OTHER,
    },
    Outcome: {
        "afholdt": Outcome.HELD,
        "udeblevet": Outcome.NO_SHOW,
        "ikke-afholdt": Outcome.NO_SHOW,
        "aflyst-af-bua": Outcome.CANCELLED_BY_BUA,
    },
    Profession: {
        "psykolog": Profession.PSYCHOLOGIST,
        "socialrådgiver": Profession.SOCIAL_WORKER,
        "pædagogisk-psykologisk-konsulent": Profession.PEDAGOGICAL_CONSULTANT,
        "ppk": Profession.PEDAGOGICAL_CONSULTANT,
        "familierådgiver": Profession.FAMILY_COUNSELLOR,
        "anden": Profession.OTHER,
    },
    Role: {
        "rådgiver": Role.ADVISOR,
        "administrator": Role.ADMINISTRATOR,
        "medarbejder": Role.MUNICIPAL_STAFF,
        "kommunal-medarbejder": Role.MUNICIPAL_STAFF,
        "læge": Role.GP,
    },
    SessionType: {"undervisning": SessionType.TEACHING},
    ContactKind: {
        "kontaktperson": ContactKind.BUA_ADVISOR,
        "stedfortræder": ContactKind.BUA_DEPUTY,
        "kommunens-kontaktperson": ContactKind.MUNICIPAL_CONTACT,
    },
    SlotStatus: {"ledig": SlotStatus.OPEN, "optaget": SlotStatus.BOOKED},
    GroupBy: {
        "kommune": GroupBy.MUNICIPALITY,
        "klynge": GroupBy.CLUSTER,
        "rådgiver": GroupBy.ADVISOR,
        "mødetype": GroupBy.TYPE,
        "måned": GroupBy.MONTH,
    },
}


WHAT: dict[type[enum.Enum], str] = {
    CancelReason: "årsag",
    Outcome: "udfald",
    Profession: "faggruppe",
    Role: "rolle",
    SessionType: "mødetype",
    ContactKind: "slags kontaktperson",
    SlotStatus: "status",
    GroupBy: "gruppering",
}


def from_word(kind: type[E], text: str) -> E:
    """The code `text` names: its English code or one of its Danish words."""
    word = text.strip().lower()
    for member in kind:
        if word == str(member.value).lower():
            return member
    found = DANISH.get(kind, {}).get(word)
    if found is None:
        what = WHAT.get(kind, "værdi")
        raise InvalidInput(f"Ukendt {what} {text!r}: brug en af {', '.join(words(kind))}.")
    assert isinstance(found, kind)
    return found


def words(kind: type[enum.Enum]) -> list[str]:
    """Every word `from_word` takes for `kind`: the Danish ones first."""
    return [*DANISH.get(kind, {}), *(str(m.value) for m in kind)]
