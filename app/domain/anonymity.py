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
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError

from app.domain.normalise import normalise


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


def _finding(kind: Kind, text: str, start: int, end: int) -> Finding:
    return Finding(kind, start, end, text[start:end])


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _any_word(words: Iterable[str]) -> str:
    """A pattern for any of `words` (regex fragments, any case) at the start of a word (not its end).

    Python's regex engine skips quickly to candidates only when a pattern starts with a character class,
    so the first letter is matched by a class and each word's rest is chosen by a lookbehind on it.
    """
    ordered = sorted(words, key=len, reverse=True)
    letters = "".join(sorted({c for w in ordered for c in (w[0].lower(), w[0].upper())}))
    rests = "|".join(f"(?<=[{w[0].lower()}{w[0].upper()}]){w[1:]}" for w in ordered)
    return rf"[{letters}](?<![\w-].)(?i:{rests})"


def _ending_in(suffixes: Iterable[str]) -> str:
    """After a possessive run of letters, that the run ends in one of `suffixes` (no backtracking)."""
    return "(?:" + "|".join(f"(?<={suffix})" for suffix in suffixes) + ")"


# The Latin letters names are written in: Danish, and the Latin-1 and Latin Extended-A letters of
# Turkish, Polish, Czech, Baltic, Romanian, Vietnamese-without-tones ... names ("Yılmaz", "Łukasz").
_LATIN = [chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha()]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
CAP = f"[{UPPER}][{LOWER}]+"
# A capitalised word or an abbreviation ("H.C.", "Skt.", "Gl."), without its first capital.
_REST = rf"(?:[{LOWER}]++|[{LOWER}]{{0,3}}\.(?:[{UPPER}][{LOWER}]{{0,3}}\.){{0,2}})"
_THEN_CAPITAL = rf"(?:{_REST}[ \t]+[{UPPER}])"  # the rest of one word, spaces, the next capital
_WORD_START = rf"[{UPPER}](?<![\w.-].)"
# Three or more words in capitals in a row: a text, or a part, written shouting.
_SHOUTED_WORD = re.compile(rf"[{UPPER}](?<![\w-].)[{UPPER}]+(?![\w-])")
_SHOUTING = re.compile(rf"[{UPPER}](?<![\w-].)[{UPPER}]+(?:[ \t,.:;-]+[{UPPER}0-9]+){{2,}}")


# --- numbers ---------------------------------------------------------------------------------------

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


# --- birth dates -------------------------------------------------------------------------------------

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


# --- places ------------------------------------------------------------------------------------------

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


# --- names -------------------------------------------------------------------------------------------

_WORD = re.compile(rf"[{UPPER}](?<![\w-].)[{LOWER}]++(?:-{CAP})?(?:['’]s)?(?!\w)")
_NAME_GAP = re.compile(
    rf"[ \t]+(?:(?:von|van|de|da|del|el|al|bin|ibn)[ \t]+)?(?:[{UPPER}]\.[ \t]*(?:[{UPPER}]\.[ \t]*)?)?"
)  # "Mia Ø. Hansen", "Jens P. K. Olsen"
_AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:år|-årig)(?!\w)")  # "Amira Hassan (11 år)"
LONGEST_NAME = 4  # words; a longer run of capitalised words is looked at in pieces
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
# its shape" (below): places, organisations, programmes and titles clinicians write. The region's
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


def _after_naming_cue(text: str, position: int) -> bool:
    before = _before(text, position).rstrip(" \t(,:").rsplit(None, 1)
    return bool(before) and before[-1].lower() in NAMING_CUES


def _before(text: str, position: int, width: int = 16) -> str:
    return text[max(0, position - width) : position]


def _starts_sentence(text: str, position: int) -> bool:
    before = _before(text, position).rstrip(" \t\"'«»“”(")
    return not before or before[-1] in ".!?:;\n•*-–"
