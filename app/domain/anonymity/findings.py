"""What the guard reports: the kinds of identifying data, how severe each is, what to tell the writer,
and the verdict on a whole text."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Severity(enum.StrEnum):
    BLOCK = "block"
    WARN = "warn"


class Kind(enum.StrEnum):
    """What was found. The order is the priority when two findings overlap."""

    CPR = "cpr"
    EMAIL = "email"
    CASE_NUMBER = "case_number"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    ADDRESS = "address"
    POSTCODE = "postcode"
    FULL_NAME = "full_name"
    INSTITUTION = "institution"
    FIRST_NAME = "first_name"
    SURNAME = "surname"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # Danish, for the user
    severity: Severity
    explanation: str
    hint: str


RULES: dict[Kind, Rule] = {
    Kind.CPR: Rule(
        "CPR-nummer",
        Severity.BLOCK,
        "Et CPR-nummer identificerer barnet direkte.",
        'Slet CPR-nummeret. Skriv højst alder og køn, fx "pige, 11 år".',
    ),
    Kind.EMAIL: Rule(
        "e-mailadresse",
        Severity.BLOCK,
        "En e-mailadresse identificerer en person.",
        "Slet e-mailadressen. BUA kontakter dig gennem bookingen.",
    ),
    Kind.CASE_NUMBER: Rule(
        "sagsnummer",
        Severity.WARN,
        "Et sagsnummer peger på barnets sag i kommunens system.",
        "Slet sagsnummeret; BUA har ikke brug for det.",
    ),
    Kind.PHONE: Rule(
        "telefonnummer",
        Severity.BLOCK,
        "Et telefonnummer kan føre direkte til barnet eller familien.",
        "Slet telefonnummeret. BUA kontakter dig gennem bookingen.",
    ),
    Kind.BIRTH_DATE: Rule(
        "fødselsdato",
        Severity.BLOCK,
        "En præcis fødselsdato identificerer barnet sammen med resten af resuméet.",
        'Skriv alderen i stedet, fx "11 år" eller "går i 5. klasse".',
    ),
    Kind.ADDRESS: Rule(
        "adresse",
        Severity.BLOCK,
        "En adresse identificerer barnets familie.",
        "Slet adressen. Kommunen fremgår allerede af bookingen.",
    ),
    Kind.POSTCODE: Rule(
        "postnummer og by",
        Severity.BLOCK,
        "Postnummer og by peger på, hvor barnet bor.",
        "Slet postnummer og by. Kommunen fremgår allerede af bookingen.",
    ),
    Kind.FULL_NAME: Rule(
        "fuldt navn",
        Severity.BLOCK,
        "Et fuldt navn identificerer en person.",
        'Skriv "barnet", "pigen" eller "drengen", eller en rolle som "mor" eller "klasselæreren".',
    ),
    Kind.INSTITUTION: Rule(
        "skole/institution",
        Severity.WARN,
        "Navnet på en skole eller institution gør barnet lettere at genkende.",
        'Skriv typen i stedet, fx "folkeskole", "specialklasse" eller "børnehave".',
    ),
    Kind.FIRST_NAME: Rule(
        "fornavn",
        Severity.WARN,
        "Et fornavn kan sammen med resten af resuméet identificere barnet.",
        'Skriv "barnet", "pigen" eller "drengen", eller bekræft, at ordet ikke er et navn.',
    ),
    Kind.SURNAME: Rule(
        "efternavn",
        Severity.WARN,
        "Et efternavn kan identificere familien.",
        "Slet efternavnet, eller bekræft, at ordet ikke er et navn.",
    ),
}
PRIORITY = {kind: rank for rank, kind in enumerate(Kind)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of identifying data at text[start:end]. `matched` is that raw text: show `masked`."""

    kind: Kind
    start: int
    end: int
    matched: str = field(repr=False)

    @property
    def name(self) -> str:
        return RULES[self.kind].name

    @property
    def severity(self) -> Severity:
        return RULES[self.kind].severity

    @property
    def explanation(self) -> str:
        return RULES[self.kind].explanation

    @property
    def hint(self) -> str:
        return RULES[self.kind].hint

    @property
    def masked(self) -> str:
        return mask(self.matched)


class Verdict(enum.StrEnum):
    CLEAN = "clean"
    WARN = "warn"  # may be sent once the writer has acknowledged the warnings
    BLOCK = "block"


def verdict(findings: Iterable[Finding]) -> Verdict:
    severities = {finding.severity for finding in findings}
    if Severity.BLOCK in severities:
        return Verdict.BLOCK
    return Verdict.WARN if severities else Verdict.CLEAN


def may_send(findings: Iterable[Finding]) -> bool:
    """True when nothing blocks; warnings still have to be acknowledged."""
    return verdict(findings) is not Verdict.BLOCK


def mask(text: str) -> str:
    """Keep the ends, hide the rest: "0103141234" -> "01******34", "Emma" -> "E***"."""
    if len(text) <= 4:
        return text[:1] + "*" * (len(text) - 1)
    keep = 2 if len(text) >= 8 else 1
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


def _finding(kind: Kind, text: str, start: int, end: int) -> Finding:
    return Finding(kind, start, end, text[start:end])
