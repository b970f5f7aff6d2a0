"""Blind anonymity corpus for issue 14.

These Danish case summaries were written blind, i.e. without reading the checker's code or
the existing corpus, from general knowledge of how PPR psychologists, social workers and
family counsellors write short anonymous problem descriptions before a BUA advisory session.

Every identifying span is marked in place as {kind:exact text}, where kind is one of cpr,
email, phone, birth_date, address, postcode or full_name. The harness strips the marks, so
the text without braces reads naturally. Entries without any mark are clean texts that must
not be blocked, even though they are full of numbers, dates, scores and capitalised words.
"""

from __future__ import annotations

from tests.unit.anonymity_corpus_blind_clean import BLIND_CLEAN
from tests.unit.anonymity_corpus_blind_names import BLIND_PLACES_AND_NAMES
from tests.unit.anonymity_corpus_blind_numbers import BLIND_NUMBERS

BLIND: list[str] = [*BLIND_NUMBERS, *BLIND_PLACES_AND_NAMES, *BLIND_CLEAN]
