"""Argument types for the command line: dates, times and weekdays with Danish error text."""

from __future__ import annotations

import argparse
import enum
from collections.abc import Callable
from datetime import date, time
from typing import TypeVar

from app.domain.recurrence import parse_weekday
from app.domain.words import from_word, words
from app.errors import InvalidInput

E = TypeVar("E", bound=enum.Enum)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato {text!r} (brug ÅÅÅÅ-MM-DD)") from None


def parse_time(text: str) -> time:
    try:
        hours, minutes = text.replace(".", ":").split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldigt klokkeslæt {text!r} (brug TT:MM)") from None


def parse_day_month(text: str) -> tuple[int, int]:
    """A yearly date the Danish way, day first: `05-06` (also `5.6` or `5/6`) is 5 June. Returns
    (month, day)."""
    try:
        day, month = (int(part) for part in text.replace(".", "-").replace("/", "-").strip("-").split("-"))
        date(2024, month, day)  # a leap year, so 29-02 is allowed
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ugyldig årlig dato {text!r} (brug DD-MM, fx 05-06 for 5. juni)"
        ) from None
    return month, day


def word(kind: type[E]) -> Callable[[str], E]:
    """An argument type taking `kind`'s English codes and its Danish words (app/domain/words.py)."""

    def convert(text: str) -> E:
        try:
            return from_word(kind, text)
        except InvalidInput as error:
            raise argparse.ArgumentTypeError(error.message) from None

    convert.__name__ = kind.__name__
    return convert


def word_help(kind: type[enum.Enum], text: str = "") -> str:
    return f"{text}{': ' if text else ''}{', '.join(words(kind))}"


def weekday(text: str) -> int:
    try:
        return parse_weekday(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(error.message) from None


def number(text: str) -> int:
    """A whole number; the service checks its range."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldigt tal {text!r} (brug et helt tal)") from None


MAX_ID = 2**31 - 1  # PostgreSQL's integer: a larger id can name nothing, and must not reach the server


def parse_id(text: str) -> int:
    """A slot's, booking's or series' id: a whole number from 1 to MAX_ID."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"ugyldigt id {text!r} (et helt tal fra 1 til {MAX_ID})")
    return value


def id_list(text: str) -> list[int]:
    """`12,15,17` as ids."""
    try:
        return [parse_id(part) for part in text.split(",") if part.strip()]
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"ugyldig liste af id'er {text!r} (brug 12,15)") from None
