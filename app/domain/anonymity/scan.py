"""`check_text`: every detector over the normalised text, the overlapping candidates settled in one
pass, the most specific kind winning."""

from __future__ import annotations

import re

from app.domain.anonymity.dates import _birth_dates
from app.domain.anonymity.findings import PRIORITY, Finding, _finding
from app.domain.anonymity.names import _names
from app.domain.anonymity.numbers import _case_numbers, _cpr_numbers, _emails, _phone_numbers
from app.domain.anonymity.patterns import _SHOUTED_WORD, _SHOUTING
from app.domain.anonymity.places import _addresses, _institutions, _postcodes
from app.domain.normalise import normalise


def check_text(text: str) -> list[Finding]:
    """Every finding in `text`, in order of position; overlapping candidates keep the most specific.
    The text is read normalised (app/domain/normalise.py); the findings point into `text` itself."""
    normal = normalise(text)
    if normal.starts is None:
        return _check(text)
    found = []
    for finding in _check(normal.text):
        start, end = normal.span(finding.start, finding.end)
        found.append(Finding(finding.kind, start, end, text[start:end]))
    return found


def _check(text: str) -> list[Finding]:
    candidates = [
        *_cpr_numbers(text),
        *_emails(text),
        *_case_numbers(text),
        *_phone_numbers(text),
        *_birth_dates(text),
        *_addresses(text),
        *_postcodes(text),
        *_institutions(text),
        *_names(text),
    ]
    if _SHOUTING.search(text):  # "BOPÆL VESTERGADE 18, 8900 RANDERS C": read again as "Vestergade 18"
        calm = _SHOUTED_WORD.sub(_calmed, text)
        candidates += [_finding(f.kind, text, f.start, f.end) for f in (*_addresses(calm), *_postcodes(calm))]
    taken = bytearray(len(text))
    kept = []
    for finding in sorted(candidates, key=lambda f: (PRIORITY[f.kind], f.start)):
        if taken.find(1, finding.start, finding.end) == -1:
            taken[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _calmed(word: re.Match[str]) -> str:
    calm = word.group().capitalize()
    return calm if len(calm) == len(word.group()) else word.group()  # positions must not move
