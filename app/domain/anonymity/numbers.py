"""CPR numbers, phone numbers, e-mail addresses and case numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError

from app.domain.anonymity.dates import _is_date
from app.domain.anonymity.findings import Finding, Kind, _finding
from app.domain.anonymity.patterns import _any_word, _before

_CPR = re.compile(
    r"(?P<d>\d(?<![\w+]\d)\d)(?P<sep>[ ./-]?)(?P<m>\d\d)(?P=sep)(?P<y>\d\d)"
    r"[ \t]?[-–./]?[ \t]?(?P<serial>\d{4}|[xX*]{4})(?!\w)"
)


def _cpr_numbers(text: str) -> Iterator[Finding]:
    for match in _CPR.finditer(text):
        day, month, year, serial = match.group("d", "m", "y", "serial")
        if serial.isdigit():
            try:
                stdnum_cpr.get_birth_date(day + month + year + serial)
            except ValidationError:
                continue
        elif not any(_is_date(century + int(year), int(month), int(day)) for century in (1900, 2000)):
            continue
        yield _finding(Kind.CPR, text, match.start(), match.end())


# 8 digits not starting with 0, optionally after +45/0045: 12345678, 1234 5678, 12 34 56 78, 12.34.56.78.
_PHONE = re.compile(
    r"[+0-9](?<![\w+].)(?:(?<=\+)[ \t]?45[ \t]?[1-9]|(?<=0)0[ \t]?45[ \t]?[1-9]|(?<=[1-9]))"
    r"(?:\d{7}|\d{3}[ \t]\d{4}|\d \d\d \d\d \d\d|\d\.\d\d\.\d\d\.\d\d|\d-\d\d-\d\d-\d\d)(?!\w|[.,/-]\d)"
)
_TWO_YEARS = re.compile(r"(?:19|20)\d\d[ \t](?:19|20)\d\d\Z")  # "skoleåret 2023 2024"
_WEEK_BEFORE = re.compile(r"(?<!\w)(?i:uge|uger|ugerne)[ \t]*\Z")  # "uge 22 23 24 25"


def _phone_numbers(text: str) -> Iterator[Finding]:
    for match in _PHONE.finditer(text):
        if _TWO_YEARS.search(match.group()) or _WEEK_BEFORE.search(_before(text, match.start())):
            continue
        yield _finding(Kind.PHONE, text, match.start(), match.end())


_EMAIL = re.compile(r"[\w.+-](?<![\w.+-].)[\w.+-]*@[\w-]+(?:\.[\w-]+)+")


def _emails(text: str) -> Iterator[Finding]:
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield _finding(Kind.EMAIL, text, match.start(), match.end())


_CASE_CUES = (
    r"sags?[ \t.-]?(?:nr|nummer)",
    r"j[ \t.]?[ \t]?nr",
    r"journal[ \t.-]?(?:nr|nummer)",
    r"ref[ \t.-]?(?:nr|nummer)",
    r"løbe[ \t.-]?(?:nr|nummer)",
    r"cpr[ \t.-]?(?:nr|nummer)",
)
_CASE_NUMBER = re.compile(
    _any_word(_CASE_CUES) + r"\.?[ \t]*[:.]?[ \t]*"
    r"(?P<id>[A-Za-z0-9](?:[A-Za-z0-9]|[./-](?=[A-Za-z0-9])){0,39})"
)


def _case_numbers(text: str) -> Iterator[Finding]:
    for match in _CASE_NUMBER.finditer(text):
        if any(character.isdigit() for character in match.group("id")):
            yield _finding(Kind.CASE_NUMBER, text, match.start(), match.end())
