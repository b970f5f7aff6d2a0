"""What the detectors' patterns are built from: the letters names are written in, the shape of a
capitalised word, and fragments that keep every pattern starting with a character class, so the scan
stays linear (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Iterable


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


def _before(text: str, position: int, width: int = 16) -> str:
    return text[max(0, position - width) : position]
