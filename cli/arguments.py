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


def parse_month_day(text: str) -> tuple[int, int]:
    try:
        month, day = (int(part) for part in text.split("-"))
        date(2024, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig årlig dato {text!r} (brug MM-DD)") from None
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
