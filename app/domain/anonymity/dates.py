"""Exact birth dates: a full date shortly after a birth cue ("født 3. marts 2014"). Other dates, of
screenings and meetings, are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from app.domain.anonymity.findings import Finding, Kind, _finding
from app.domain.anonymity.patterns import UPPER, _any_word, _words

MONTH_NAMES = _words("januar februar marts april maj juni juli august september oktober november december")
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(  # an abbreviation may end in a dot ("3. okt. 2014"), a name not ("3. marts.")
    month if month in MONTH_NAMES else rf"{month}\.?" for month in sorted(MONTHS, key=len, reverse=True)
)
# "3. marts 2014", "3 marts", "03.03.2014", "3/3-14", "2014-03-03"
_DATE = re.compile(
    rf"(?<!\d)(?:(?P<d1>\d{{1,2}})\.?[ \t]*(?P<month>{_MONTH_NAMES})(?!\w)(?:[ \t]+(?P<y1>\d{{4}}))?"
    r"|(?P<d2>\d{1,2})[./-](?P<m2>\d{1,2})(?:[./-](?P<y2>\d{4}|\d\d)|[ \t]+(?P<y4>\d{4}))"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2}))(?!\d)",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(
    _any_word(
        [
            *(rf"{cue}(?!\w)\.?" for cue in _words("født fødselsdato fødselsdag fødselsdagen fdt dob")),
            r"f\.(?=[ \t]?\d)",  # "f. 03.03.2014", not "f.eks."
            r"f\.[ \t]?d\.",  # "f.d. 18.09.2012", "f. d. 9/11/2011"
            r"fød\.",
            r"fylder[ \t]+\d{1,2}(?:[ \t]+år)?",  # "fylder 12 den 3. marts"
            r"kom[ \t]+til[ \t]+verden",  # "kom til verden 3. marts 2014"
        ]
    )
)
BIRTH_WINDOW = 40  # how far after the cue the date may start
LONGEST_DATE = 20  # "30. september 2014"
# A new sentence or another number between the cue and the date: the date is about something else.
_GAP_BREAK = re.compile(rf"[\n!?\d]|\.[ \t]+[{UPPER}]")


def _birth_dates(text: str) -> Iterator[Finding]:
    """The first full date within BIRTH_WINDOW after a birth cue. Close cues share their searches, so a
    text of nothing but cues is still read only a few times over."""
    found: re.Match[str] | None = None
    searched_to = 0  # where the last search stopped; if it found nothing, no date ends before there
    for cue in _BIRTH_CUE.finditer(text):
        if found is None or found.start() < cue.end():
            begin = cue.end() if found else max(cue.end(), searched_to - LONGEST_DATE)
            searched_to = cue.end() + BIRTH_WINDOW + LONGEST_DATE
            found = _DATE.search(text, begin, searched_to)
        if found is None:
            continue
        gap = text[cue.end() : found.start()]
        if len(gap) <= BIRTH_WINDOW and not _GAP_BREAK.search(gap) and _valid_date(found):
            yield _finding(Kind.BIRTH_DATE, text, found.start(), found.end())


def _valid_date(match: re.Match[str]) -> bool:
    if match.group("month"):
        month = str(MONTHS[match.group("month").lower().rstrip(".")])
        day, year = match.group("d1", "y1")
    elif match.group("m2"):
        day, month = match.group("d2", "m2")
        year = match.group("y2") or match.group("y4")
    else:
        day, month, year = match.group("d3", "m3", "y3")
    if year is None:  # a birthday without a year: any leap year will do
        return _is_date(2000, int(month), int(day))
    if len(year) == 2:
        return any(_is_date(century + int(year), int(month), int(day)) for century in (1900, 2000))
    return _is_date(int(year), int(month), int(day))


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
