"""The anonymity guard: finds directly identifying data in a case summary while it is being typed.

BUA discusses only anonymous cases (domain.md), so the summary a municipal employee sends before a
session must not identify the child. `check_text` returns the findings in a text:

- BLOCK (the summary cannot be sent): CPR numbers, phone numbers, e-mail addresses, street addresses,
  postcode with town, exact birth dates, full names.
- WARN (the writer must acknowledge): a lone first name or surname, a school or institution, a case
  number.

What a clinician legitimately writes is left alone: ages, scores, months, school years, weights,
percentages, week numbers, times, years, ICD codes, instrument names and cited authors. The date part of
a CPR number must be a real date, but the modulus-11 check is never applied: many numbers issued since
2007 fail it. Names are recognised from resources/first_names.txt and surnames.txt (names common in
Denmark and in the countries its children's families come from), from cues ("hedder Aisha Khalid"), and
by their shape: Danish nouns are not capitalised, so capitalised words side by side that are no place,
organisation or title are a name.

The scan is linear in the length of the text: every pattern starts with a character class (so the regex
engine skips quickly to candidates) at a word boundary, repeats a bounded number of times, and the
overlapping candidates are settled in one pass over an occupancy map, the most specific kind winning.

The modules: findings (kinds, rules, verdict), scan (`check_text`), numbers (CPR, phone, e-mail, case
numbers), dates (birth dates), places (addresses, postcodes, institutions), names and name_words (the
name lists and the words that are no name), patterns (what the regexes are built from).
"""

from __future__ import annotations

from app.domain.anonymity.findings import (
    RULES,
    Finding,
    Kind,
    Rule,
    Severity,
    Verdict,
    mask,
    may_send,
    verdict,
)
from app.domain.anonymity.name_words import danish_words, first_names, not_name_words, surnames
from app.domain.anonymity.scan import check_text

__all__ = [
    "RULES",
    "Finding",
    "Kind",
    "Rule",
    "Severity",
    "Verdict",
    "check_text",
    "danish_words",
    "first_names",
    "mask",
    "may_send",
    "not_name_words",
    "surnames",
    "verdict",
]
