"""Text as the anonymity guard reads it: one spelling for what people write many ways, with a map back.

People type a CPR number with a non-breaking hyphen or an en dash, a phone number with thin spaces, an
e-mail with a full-width at sign or as "navn (at) mail.dk", a name with a Cyrillic letter that looks
Latin. The guard's patterns know one spelling of each, so the text is normalised first:

- every character through Unicode NFKC (full-width forms, ligatures, compatibility digits);
- every dash and hyphen (U+2010-2015, the minus sign, ...) to "-", every space to " ", zero-width
  characters and soft hyphens dropped, decimal digits of any script to 0-9;
- letters of another script that look Latin (Cyrillic "а", Greek "ο") to their Latin look-alike, as
  the Unicode confusables data of `confusable_homoglyphs` says: a well-kept package that ships that
  data, where a hand-made table would cover only the letters someone thought of;
- the spelled-out at sign and dot of e-mail addresses: "(at)", "[at]", " snabel-a ", "navn @ mail.dk",
  "(dot)", " punktum ", and a bare " at " or " dot " where a domain follows ("hanne at gmail dot com").

`Normalised.span` maps a finding in the normalised text back to the original, so the form highlights
what the person typed. Text of plain ASCII and Danish letters, the common case, is returned as it is
without a character-by-character pass.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from confusable_homoglyphs import categories, confusables

# Anything but printable ASCII and Latin-1's letters and signs (not its no-break space or soft hyphen).
_UNUSUAL = re.compile(r"[^\t\n\r\x20-\x7e\xa1-\xac\xae-\xff]")
# The spelled-out parts of an e-mail address, in the order they are replaced: the dots first, so that
# a bare " at " counts only before what then reads as a domain ("gmail.com"), never in "at gå".
_TLD = r"(?:dk|com|net|org|se|no|de|eu|nu|info|io|co|uk)(?!\w)"
_SPELLINGS = (
    (re.compile(r"[ \t]*[(\[{<][ \t]*(?i:dot|punktum|prik)[ \t]*[)\]}>][ \t]*"), "."),  # gmail (dot) com
    (re.compile(r"(?<=\w)[ \t]+(?i:dot|punktum)[ \t]+(?=\w)"), "."),  # gmail dot com, hanne punktum berg
    (re.compile(r"[ \t]*[(\[{<][ \t]*(?i:at|snabel-?a)[ \t]*[)\]}>][ \t]*"), "@"),  # navn (at) mail.dk
    (re.compile(r"[ \t]+(?i:snabel-?a)[ \t]+"), "@"),  # navn snabel-a mail.dk
    (re.compile(rf"(?<=\w)[ \t]+(?i:at)[ \t]+(?=[\w-]+(?:\.[\w-]+)*\.{_TLD})"), "@"),  # navn at mail.dk
    (re.compile(r"(?<=\w)[ \t]+@[ \t]*|@[ \t]+(?=\w)"), "@"),  # navn @ mail.dk, navn@ mail.dk
)
# Each pass: its patterns as one, what they become, and words one of which the text must hold.
_PASSES = [
    (re.compile("|".join(pattern.pattern for pattern, to in _SPELLINGS if to == sign)), sign, cues)
    for sign, cues in ((".", ("dot", "punktum", "prik")), ("@", ("at", "snabel", "@")))
]
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")


@dataclass(frozen=True, slots=True)
class Normalised:
    text: str
    # starts[i], ends[i]: the original span of normalised character i; None when nothing changed
    starts: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span of the normalised text[start:end] (end > start)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    return _unspell(_characters(text) if _UNUSUAL.search(text) else Normalised(text))


def _characters(text: str) -> Normalised:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for match in _UNUSUAL.finditer(text):
        at = match.start()
        if at > done:  # the usual characters before it, as they are
            pieces.append(text[done:at])
            starts.extend(range(done, at))
            ends.extend(range(done + 1, at + 1))
        replacement = _character(match.group())
        pieces.append(replacement)
        starts.extend([at] * len(replacement))
        ends.extend([at + 1] * len(replacement))
        done = at + 1
    pieces.append(text[done:])
    starts.extend(range(done, len(text)))
    ends.extend(range(done + 1, len(text) + 1))
    return Normalised("".join(pieces), starts, ends)


def _unspell(normal: Normalised) -> Normalised:
    """The spelled-out at signs and dots as the characters they stand for: the dots in one pass, then the
    at signs in another (each pass rebuilds the map of a text that may be long)."""
    lowered = normal.text.lower()
    for pattern, replacement, cues in _PASSES:
        if any(cue in lowered for cue in cues):  # a quick look first: most texts spell out no dot
            matches = list(pattern.finditer(normal.text))
            if matches:
                normal = _replace(normal, matches, replacement)
    return normal


def _replace(normal: Normalised, matches: list[re.Match[str]], replacement: str) -> Normalised:
    size = len(normal.text)
    old_starts = normal.starts if normal.starts is not None else list(range(size))
    old_ends = normal.ends if normal.ends is not None else list(range(1, size + 1))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for match in matches:
        pieces.append(normal.text[done : match.start()])
        starts.extend(old_starts[done : match.start()])
        ends.extend(old_ends[done : match.start()])
        pieces.append(replacement)
        starts.append(old_starts[match.start()])
        ends.append(old_ends[match.end() - 1])
        done = match.end()
    pieces.append(normal.text[done:])
    starts.extend(old_starts[done:])
    ends.extend(old_ends[done:])
    return Normalised("".join(pieces), starts, ends)


@functools.cache
def _character(char: str) -> str:
    if char in _DROPPED:
        return ""
    if char in _DASHES:
        return "-"
    if unicodedata.category(char) == "Zs":
        return " "
    if char == "İ":  # Turkish capital dotted I: lower-cased it is two characters, "i" and a dot
        return "I"
    if unicodedata.decimal(char, None) is not None:
        return str(unicodedata.decimal(char))
    normal = unicodedata.normalize("NFKC", char)
    if len(normal) == 1 and normal.isalpha() and categories.alias(normal) not in ("LATIN", "COMMON"):
        return _latin_look_alike(normal)
    return normal


def _latin_look_alike(char: str) -> str:
    found = confusables.is_confusable(char, preferred_aliases=["latin"])
    for homoglyph in found[0]["homoglyphs"] if found else ():
        if len(homoglyph["c"]) == 1 and homoglyph["n"].startswith("LATIN"):
            return str(homoglyph["c"])
    return char
