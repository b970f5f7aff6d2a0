"""Danish case summaries written for the anonymity guard's tests, like a PPR psychologist's text before a
sparring session. Every name, number and address in them is invented.

Identifying data is marked in place as {kind:text}, e.g. "bor på {address:Søndergade 12}"; `corpus()`
strips the marks and keeps their spans. The kinds are those of app.domain.anonymity.Kind. A text with no
BLOCK kind marked is clean: it may carry warnings (a lone first name, a school, a case number) but
must not be blocked.

HANDWRITTEN texts were written one by one (anonymity_corpus_clean.py, anonymity_corpus_identifying.py);
`generated()` (anonymity_corpus_generated.py) adds more from templates and fillers with a fixed seed, so
the corpus is the same on every run. The corpus modules import nothing from the app, only each other, so
that bench/anonymity_corpus.py can load them by path (with the repository on sys.path).
"""

from __future__ import annotations

from tests.unit.anonymity_corpus_clean import CLEAN, CLEAN_BUT_TRICKY
from tests.unit.anonymity_corpus_generated import generated
from tests.unit.anonymity_corpus_identifying import IDENTIFYING, WARNED
from tests.unit.anonymity_corpus_marks import BLOCK_KINDS, WARN_KINDS, Case, Item, parse

__all__ = ["BLOCK_KINDS", "HANDWRITTEN", "WARN_KINDS", "Case", "Item", "corpus", "generated", "parse"]

HANDWRITTEN = [*CLEAN, *CLEAN_BUT_TRICKY, *WARNED, *IDENTIFYING]


def corpus() -> list[Case]:
    return [parse(text) for text in HANDWRITTEN + generated()]
