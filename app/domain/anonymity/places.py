"""Street addresses, postcodes with town, and named schools and institutions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.domain.anonymity.dates import MONTHS
from app.domain.anonymity.findings import Finding, Kind, _finding
from app.domain.anonymity.patterns import (
    _REST,
    _THEN_CAPITAL,
    _WORD_START,
    CAP,
    LOWER,
    _any_word,
    _before,
    _ending_in,
    _words,
)

NEAR = 80  # characters around an anchor; longer than any street or institution name


def _near(anchors: Iterable[int], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that contain one of the `anchors` (offsets found cheaply), looked for only
    around them. This keeps a text full of capitalised words from being tried word by word.
    """
    done = 0
    for anchor in anchors:
        if anchor < done:
            continue
        for match in pattern.finditer(text, max(done, anchor - NEAR), anchor + NEAR):
            if match.start() <= anchor < match.end():
                done = match.end()
                yield match
                break


STREET_SUFFIXES = _words(
    "vej vejen gade gaden allé alléen alle stræde strædet stien torv torvet plads pladsen vænge vænget "
    "parken bakke bakken toften marken haven høj højen engen kæret lunden hegnet løkken skrænten agre agrene "
    "krogen vangen boulevard boulevarden bro kaj brynet dalen kilden"
)
STREET_WORDS = _words("vej gade allé alle boulevard plads torv stræde vænge vænget park sti have")
# A street word after a name ("Jens Baggesens Vej 3"); those that are also verbs only capitalised.
_STREET_WORD = r"[Vv]ej|[Gg]ade|[Aa]ll[ée]|[Bb]oulevard|[Pp]lads|[Tt]orv|[Ss]træde|Vænget?|Park|Sti|Have"
# 12, 5A, 5 B, nr. 23; not "8 i", nor "10 år" (an age), "3 uger"
_HOUSE_NUMBER = (
    r"[ \t]+(?:nr\.?[ \t]*)?\d{1,3}(?:[A-Za-z]|[ \t][A-Z])?(?!\w|[.,]\d)"
    r"(?![ \t]*(?i:år|måned|uge|dag|gang|time|kg|cm|%|point|klasse))"
)
_FLOOR = r"(?:,?[ \t]*(?:st|kl|\d{1,2}\.)[ \t]*(?:sal|tv|th|mf)\.?)?"  # ", 2. tv", " st. th"
_ADDRESS = re.compile(
    _WORD_START
    + rf"(?:{_THEN_CAPITAL}{{0,3}}[{LOWER}]++{_ending_in(STREET_SUFFIXES)}"  # Søndergade, Ny Munkegade
    + rf"|{_THEN_CAPITAL}{{0,2}}{_REST}[ \t]+(?:{_STREET_WORD}))"  # Jens Baggesens Vej
    + _HOUSE_NUMBER
    + _FLOOR
)
NOT_STREETS = ("børnehave", "børnehaven")
# Where the costly pattern is tried: a number after a word that ends like a street ("...gade 12").
_NUMBER_AFTER_WORD = re.compile(
    rf"\d(?:(?<=[{LOWER}][ \t]\d)|(?<=[{LOWER}][ \t][ \t]\d)"
    rf"|(?<=[{LOWER}][ \t]nr\.[ \t]\d)|(?<=[{LOWER}][ \t]nr[ \t]\d))"
)
_STREET_ENDINGS = tuple(sorted({*STREET_SUFFIXES, *STREET_WORDS}))
_ADDRESS_WORD = re.compile(r"(?i:adresse|adr\.|bopæl)[: \t]+")  # not part of "Adresse Vestervej 4"
# Any capitalised street after "bor på", "adresse:" ("bor på Skovbrynet 8"), but not "boet i Danmark 3 år".
_ADDRESS_AFTER_CUE = re.compile(
    _any_word(_words("bor boede boet bosat adresse adr\\. flyttet flyttede flytter"))
    + r"(?!\w)[ \t]*(?:på|i|til|:)?[ \t]+"
    + rf"(?P<street>{_WORD_START}{_THEN_CAPITAL}{{0,2}}{_REST}{_HOUSE_NUMBER})"
    + r"(?![ \t]*(?i:år|måned|uge|dag|gang|timer|kg|%))"
)


def _addresses(text: str) -> Iterator[Finding]:
    numbers = (hit.start() for hit in _NUMBER_AFTER_WORD.finditer(text))
    after_street = (n for n in numbers if _street_before(_before(text, n, 24)))
    for match in _near(after_street, _ADDRESS, text):
        street = re.split(r"[ \t]+\d", match.group(), maxsplit=1)[0].lower()
        if not street.endswith(NOT_STREETS):
            word = _ADDRESS_WORD.match(text, match.start())
            yield _finding(Kind.ADDRESS, text, word.end() if word else match.start(), match.end())
    for match in _ADDRESS_AFTER_CUE.finditer(text):
        yield _finding(Kind.ADDRESS, text, match.start("street"), match.end("street"))


def _street_before(text: str) -> bool:
    """Whether `text` ends like a street name (and "nr."), as before a house number."""
    return _NR_AT_END.sub("", text).lower().endswith(_STREET_ENDINGS)


_NR_AT_END = re.compile(r"[ \t]+nr\.?[ \t]*\Z|[ \t]+\Z")


_POSTCODE = re.compile(
    rf"(?P<code>[1-9](?<![\w.,/:+-].)\d{{3}})[ \t]+"
    rf"(?P<town>{CAP}(?:[ -]{CAP})?(?:[ \t](?:C|V|N|S|Ø|K|SV|NV|SØ|NØ)(?!\w))?)(?!\w)"
)
# A year, not a postcode, after these words ("i 2023 Hun" is a typo for "i 2023. Hun").
YEAR_WORDS = frozenset(
    _words("i år året siden fra til inden efter før primo medio ultimo skoleåret")
    + _words("foråret efteråret sommeren vinteren forår efterår sommer vinter")
    + tuple(MONTHS)
)
SENTENCE_WORDS = frozenset(_words("hun han de det den der vi jeg hendes hans deres barnet pigen drengen"))
_LAST_WORD = re.compile(r"(\w+)\W*\Z")


def _postcodes(text: str) -> Iterator[Finding]:
    for match in _POSTCODE.finditer(text):
        if 1900 <= int(match.group("code")) <= 2099:
            previous = _LAST_WORD.search(_before(text, match.start()))
            if previous and previous.group(1).lower() in YEAR_WORDS:
                continue
        if match.group("town").split()[0].lower() not in SENTENCE_WORDS:
            yield _finding(Kind.POSTCODE, text, match.start(), match.end())


INSTITUTION_WORDS = _words(
    "skole skolen friskole realskole efterskole privatskole lilleskole byskole centralskole "
    "ungdomsskole specialskole heldagsskole børnehave børnehaven børnehus børnehuset vuggestue "
    "vuggestuen gymnasium gymnasiet fritidsklub fritidshjem klub klubben dagtilbud"
)
INSTITUTION_SUFFIXES = _words(
    "skole skolen børnehave børnehaven børnehus børnehuset vuggestue vuggestuen gymnasium gymnasiet"
)
# Generic words that end like an institution: "Folkeskolen har ..." names no particular school.
GENERIC_INSTITUTIONS = frozenset(
    word + ending
    for word in _words(
        "folkeskole specialskole efterskole friskole privatskole heldagsskole realskole lilleskole "
        "kostskole dagskole ungdomsskole skovbørnehave naturbørnehave modtageskole grundskole"
    )
    for ending in ("", "n")
)
_INSTITUTION = re.compile(
    # "Vestre Skole", "Niels Ebbesens Skole", "Randers Realskole", "Bakkeskolen", "Aarhus Katedralskole"
    _WORD_START
    + rf"(?:{_THEN_CAPITAL}{{0,2}}{_REST}[ \t]+(?:{'|'.join(w.capitalize() for w in INSTITUTION_WORDS)}|SFO)"
    rf"|{_THEN_CAPITAL}{{0,2}}[{LOWER}]++{_ending_in(INSTITUTION_SUFFIXES)})(?!\w)"
)
# "Børnehaven Solsikken", "i vuggestuen Mælkebøtten"
_INSTITUTION_BEFORE_NAME = re.compile(
    _any_word(
        _words(
            "børnehaven vuggestuen dagplejen skolen sfo'en klubben fritidsklubben opholdsstedet "
            "bostedet institutionen dagtilbuddet børnehuset"
        )
    )
    + rf"(?!\w)[ \t]+{CAP}(?!\w)"
)


# The lower-case tails of the institution words ("Sk|ole", "Bakkesk|olen", "K|lub").
_INSTITUTION_ANCHOR = re.compile("kole|ørneh|uggestue|ymnasi|lub|ritidshjem|agtilbud|SFO")


def _institutions(text: str) -> Iterator[Finding]:
    for match in _near((hit.start() for hit in _INSTITUTION_ANCHOR.finditer(text)), _INSTITUTION, text):
        if match.group().lower() not in GENERIC_INSTITUTIONS:
            yield _finding(Kind.INSTITUTION, text, match.start(), match.end())
    for match in _INSTITUTION_BEFORE_NAME.finditer(text):
        yield _finding(Kind.INSTITUTION, text, match.start(), match.end())
