"""The marks of the anonymity corpus, {kind:text}, and the cases they become (see anonymity_corpus.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

BLOCK_KINDS = ("cpr", "email", "phone", "birth_date", "address", "postcode", "full_name")
WARN_KINDS = ("case_number", "institution", "first_name", "surname")


@dataclass(frozen=True)
class Item:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Case:
    text: str
    items: tuple[Item, ...]

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(item.kind for item in self.items)

    @property
    def clean(self) -> bool:
        return not self.kinds & set(BLOCK_KINDS)


_MARK = re.compile(r"\{(\w+):([^{}]+)\}")


def parse(marked: str) -> Case:
    parts: list[str] = []
    items: list[Item] = []
    length = 0
    position = 0
    for mark in _MARK.finditer(marked):
        before = marked[position : mark.start()]
        parts.append(before)
        length += len(before)
        kind, value = mark.group(1), mark.group(2)
        if kind not in BLOCK_KINDS + WARN_KINDS:
            raise ValueError(f"unknown kind {kind!r} in {marked!r}")
        items.append(Item(kind, length, length + len(value)))
        parts.append(value)
        length += len(value)
        position = mark.end()
    parts.append(marked[position:])
    return Case("".join(parts), tuple(items))
