"""Full names, lone first names and surnames: runs of capitalised words judged by the name lists, by
cues and by their shape; and pairs of names written all in capitals or all in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.domain.anonymity.findings import Finding, Kind, _finding
from app.domain.anonymity.name_words import (
    LEADING_WORDS,
    NAMING_CUES,
    SENTENCE_OPENERS,
    _base,
    _cited,
    _is_first_name,
    _is_place,
    _is_surname,
    _no_name_part,
    danish_words,
    first_names,
    not_name_words,
)
from app.domain.anonymity.patterns import CAP, LOWER, UPPER, _before

_WORD = re.compile(rf"[{UPPER}](?<![\w-].)[{LOWER}]++(?:-{CAP})?(?:['’]s)?(?!\w)")
_NAME_GAP = re.compile(
    rf"[ \t]+(?:(?:von|van|de|da|del|el|al|bin|ibn)[ \t]+)?(?:[{UPPER}]\.[ \t]*(?:[{UPPER}]\.[ \t]*)?)?"
)  # "Mia Ø. Hansen", "Jens P. K. Olsen"
_AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:år|-årig)(?!\w)")  # "Amira Hassan (11 år)"
LONGEST_NAME = 4  # words; a longer run of capitalised words is looked at in pieces


def _names(text: str) -> Iterator[Finding]:
    for run in _capitalised_runs(text):
        yield from _names_in_run(text, run)
    yield from _names_in_one_case(text)


# Two words in capitals or in lower case, an initial allowed between: "MATHIAS JENSEN", "emil kristensen".
_ONE_CASE_PAIR = re.compile(
    rf"(?P<first>[{UPPER}{LOWER}](?<![\w-].)[{UPPER}{LOWER}]+)"
    rf"(?=(?P<gap>[ \t]+(?:[{UPPER}{LOWER}]\.[ \t]*)?)(?P<second>[{UPPER}{LOWER}]{{2,}})(?![\w-]))"
)


def _names_in_one_case(text: str) -> Iterator[Finding]:
    """Two words written all in capitals or all in lower case that are a name: a known first name and a
    known surname ("emil kristensen"), or one of them known and the other no everyday Danish word
    ("yusuf çelik", "WILLIAM DAMGAARD"), where "tone skiftende" is not."""
    firsts, everyday = first_names(), danish_words()
    for match in _ONE_CASE_PAIR.finditer(text):
        first, second = match.group("first"), match.group("second")
        if not ((first.isupper() and second.isupper()) or (first.islower() and second.islower())):
            continue  # "Emil Kristensen" is the capitalised runs' to judge
        given, family = first.lower(), second.lower()
        if given not in firsts and (family in everyday or given in everyday):
            continue  # the common case, "har svært": settled without the slower checks below
        known_family = _is_surname(family)
        neither_a_word = not ({given, family} & everyday or {given, family} & not_name_words())
        if _cited([given, family]):
            continue  # "dan hughes", "JESPER JUULS"
        if (given in firsts and known_family) or (neither_a_word and (given in firsts or known_family)):
            yield _finding(Kind.FULL_NAME, text, match.start(), match.end("second"))


def _capitalised_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Capitalised words with only spaces between them, e.g. "Mads Peter Jensen", at most LONGEST_NAME."""
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(text):
        if run and (len(run) == LONGEST_NAME or not _NAME_GAP.fullmatch(text, run[-1].end(), word.start())):
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def _names_in_run(text: str, run: Sequence[re.Match[str]]) -> Iterator[Finding]:
    words = [_base(match.group()) for match in run]
    place = next((i for i, word in reversed(list(enumerate(words))) if _is_place(word)), None)
    if place is not None:  # "Jens Baggesens Vej", "Niels Bohr Skolen": a place, not a person
        run, words = run[place + 1 :], words[place + 1 :]
    if len(run) > 1 and words[0].lower() in LEADING_WORDS:
        run, words = run[1:], words[1:]
    if not run:
        return
    first = next((i for i, word in enumerate(words) if _is_first_name(word)), None)
    family = next((i for i in range(1, len(words)) if _is_surname(words[i])), None)
    if family is not None and (first is None or family - 1 < first):
        first = family - 1  # "Per Hansen", "Mohammed Jensen": any word before a known surname
    if first is None and _after_naming_cue(text, run[0].start()):
        first = 0  # "hedder Aisha Khalid": a name, even one the lists do not know
    if len(run) > 1 and words[0].lower() in SENTENCE_OPENERS and _starts_sentence(text, run[0].start()):
        run, words = run[1:], words[1:]
        first = None if first is None else max(first - 1, 0)
    if len(run) > 1 and not any(map(_no_name_part, words[: (first or len(words))])):
        # Danish writes nouns in lower case, so capitalised words side by side that are no place,
        # organisation or title are a name, on the lists or not: "talt med Zainab Abdi", and the whole
        # of "Nguyen Thi Lan", whose family name comes first.
        first = 0
    aged = _AGE_AFTER.match(text, run[-1].end()) is not None
    if first is None and aged and not _no_name_part(words[0]) and not _starts_sentence(text, run[0].start()):
        first = 0  # "talte om Nattapong (9 år)": only a name is capitalised mid-sentence
    if first is not None and not _cited(words[first:]):
        rest = words[first + 1 :]
        # "Anna Marie" is one person's first names; "Fatima Ali" ends in a family name; a name and
        # an age ("Emma (9 år)") tell who the child is as well as a full name.
        full = aged or (rest and (not all(map(_is_first_name, rest)) or _is_surname(rest[-1])))
        kind = Kind.FULL_NAME if full else Kind.FIRST_NAME
        yield _finding(kind, text, run[first].start(), run[-1].end())
    elif len(run) == 1 and _is_surname(words[0]) and not _starts_sentence(text, run[0].start()):
        yield _finding(Kind.SURNAME, text, run[0].start(), run[0].end())


def _after_naming_cue(text: str, position: int) -> bool:
    before = _before(text, position).rstrip(" \t(,:").rsplit(None, 1)
    return bool(before) and before[-1].lower() in NAMING_CUES


def _starts_sentence(text: str, position: int) -> bool:
    before = _before(text, position).rstrip(" \t\"'«»“”(")
    return not before or before[-1] in ".!?:;\n•*-–"
