"""Which words are names and which are not: the name lists in resources/, and the places,
organisations, titles and cited people that are capitalised but name no child; and the tests of one
word against them."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

from app.domain.anonymity.patterns import _words
from app.domain.anonymity.places import INSTITUTION_SUFFIXES, INSTITUTION_WORDS, STREET_SUFFIXES, STREET_WORDS

PLACE_WORDS = frozenset(
    _words("kommune kommunes region hospital sygehus hus huset center centret centeret klinik")
    + _words("klinikken kirke fond fonden")
    + STREET_WORDS
    + INSTITUTION_WORDS
)
_PLACE_ENDINGS = STREET_SUFFIXES + INSTITUTION_SUFFIXES
NOT_NAMES = frozenset({"dans"})  # "Dans" is "dance", not Dan's
# Cues that make the capitalised words after them a name, whatever the lists say: "hedder Aisha Khalid",
# "vedr. Amir Demir", "mor (Kamila Nowak)".
ROLE_WORDS = _words(
    "mor far plejemor plejefar stedmor stedfar moster faster morbror farbror mormor morfar farmor farfar "
    "bror søster storebror lillebror storesøster lillesøster barnet pigen drengen eleven"
)
NAMING_CUES = frozenset(_words("hedder navn navnet kaldet vedrørende vedr. vedr") + ROLE_WORDS)
# Words before a name that are not part of it: "Vedrørende Amir Demir", "Familien Jensen" (a surname).
LEADING_WORDS = frozenset(
    _words("vedrørende vedr familien fam fru frk hr læreren lærer pædagog psykolog") + ROLE_WORDS
)
# People clinicians cite ("Dan Hughes' PACE", "Jesper Juuls tanker"): named, but not the child.
CITED_PEOPLE = frozenset(
    _words("jesper_juul dan_hughes daniel_stern daniel_siegel peter_fonagy bo_hejlskov_elvén ross_greene")
    + _words("susan_hart carl_rogers john_bowlby mary_ainsworth maria_aarts michael_white tom_andersen")
    + _words("per_schultz_jørgensen donald_winnicott aaron_beck judith_beck albert_bandura jean_piaget")
    + _words("erik_erikson bruce_perry")
)


# Capitalised words that are no part of a name, so two of them side by side are not "a full name by
# its shape" (names.py): places, organisations, programmes and titles clinicians write. The region's
# municipalities, their hospital units and the screening instruments' names are added from resources.
NOT_NAME_WORDS = frozenset(
    _words("region midtjylland nordjylland syddanmark sjælland hovedstaden danmark jylland fyn trin")
    + _words("kommune kommunes sundhedsstyrelsen socialstyrelsen psykiatrien ungdomspsykiatrien")
    + _words("børne- ungdomspsykiatrisk afdeling universitetshospital regionshospital")
    + _words("marte meo cool kids circle security de utrolige år incredible years pals theraplay chilled")
    + _words("tuning into feelings fri for mobberi red barnet børns vilkår ppr bua sfo")
    + _words("questionnaire inventory inventories checklist scale scales test rating assessment child")
    + _words("youth behavior behaviour anxiety depression disorder eating examination mood strengths")
    + _words("difficulties revised short form parent teacher self report")
    + _words("lov loven barnets serviceloven folkeskoleloven kristi himmelfart pinse påske jul ungdommens")
)
# Words that end like an organisation, a department or a holiday: "Ungdommens Uddannelsesvejledning",
# "Familieafdelingen", "Himmelfartsferien".
ORGANISATION_ENDINGS = _words(
    "vejledning vejledningen forvaltning forvaltningen afdeling afdelingen center centret centeret "
    "tjeneste tjenesten styrelse styrelsen rådgivning rådgivningen enhed enheden ferie ferien ferierne "
    "klub klubben"
)
# Capitalised only because they begin a sentence: "Efter Kristi Himmelfart", "Hos Familien".
SENTENCE_OPENERS = frozenset(
    _words("efter før under siden i på med hos fra til når hvis da men og som om ifølge ved mellem uden")
    + _words("også derfor desuden endvidere herefter nu her der det den de vi hun han jeg")
)


@functools.cache
def not_name_words() -> frozenset[str]:
    """NOT_NAME_WORDS, and the words of the municipalities, hospital units and instruments we know."""
    csv = resources.files("resources").joinpath("municipalities.csv").read_text(encoding="utf-8")
    places = [cell for line in csv.splitlines()[1:] for cell in line.split(",")[1:]]
    instruments = json.loads(
        resources.files("resources").joinpath("screening_instruments.json").read_text(encoding="utf-8")
    )
    titles = [entry.get(key) or "" for entry in instruments for key in ("id", "name", "name_da")]
    found = {word.lower() for text in (*places, *titles) for word in re.findall(r"[^\W\d_]+", text)}
    return NOT_NAME_WORDS | found


@functools.cache
def first_names() -> frozenset[str]:
    """First names, lower case, from resources/first_names.txt (see its header)."""
    return _name_list("first_names.txt")


@functools.cache
def surnames() -> frozenset[str]:
    return _name_list("surnames.txt")


@functools.cache
def danish_words() -> frozenset[str]:
    """Everyday Danish words, lower case, from resources/danish_words.txt (see its header)."""
    return _name_list("danish_words.txt")


def _name_list(filename: str) -> frozenset[str]:
    text = resources.files("resources").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _no_name_part(word: str) -> bool:
    lower = word.lower()
    return lower in not_name_words() or (len(lower) > 8 and lower.endswith(ORGANISATION_ENDINGS))


def _cited(words: Sequence[str]) -> bool:
    name = "_".join(words).lower()
    return name in CITED_PEOPLE or (name.endswith("s") and name[:-1] in CITED_PEOPLE)


def _base(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_first_name(word: str) -> bool:
    lower = word.lower()
    if lower in NOT_NAMES or lower in not_name_words():  # "Marte Meo" is a method, not a Norwegian girl
        return False
    names = first_names()
    return lower.split("-")[0] in names or (lower.endswith("s") and lower[:-1] in names)  # "Emmas"


def _is_surname(word: str) -> bool:
    lower = word.lower()
    if lower in not_name_words():
        return False
    names = surnames()
    if lower in names:
        return True
    last = lower.split("-")[-1]
    # Danish surnames in "-gaard" ("Damgaard", "Lindgaard") are too many to list, and no word ends so.
    return last in names or (last.endswith("s") and last[:-1] in names) or last.endswith("gaard")


def _is_place(word: str) -> bool:
    lower = word.lower()
    return lower in PLACE_WORDS or (len(lower) > 5 and lower.endswith(_PLACE_ENDINGS))
