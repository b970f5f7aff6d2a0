"""The screening instruments a case summary may cite, with the ranges of their raw scores.

Read once from resources/screening_instruments.json (a copy of the shared reference list). Each entry
carries `ranges_verified`, judged from the list's own "verified" note: an instrument whose ranges were
taken from general knowledge is shown as unverified until BUA confirms it. Only raw scores are kept
and checked against their range; no clinical band is ever derived (Danish norms depend on age, sex
and informant).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

OTHER = "OTHER"  # "another instrument": any scale, no range


@dataclass(frozen=True)
class Scale:
    key: str
    label: str  # Danish
    minimum: float | None
    maximum: float | None  # None: no known range (the "other instrument" entry)

    def contains(self, score: float) -> bool:
        if self.minimum is None or self.maximum is None:
            return True
        return self.minimum <= score <= self.maximum


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str  # Danish
    informants: tuple[str, ...]
    scales: tuple[Scale, ...]
    ranges_verified: bool

    def scale(self, key: str) -> Scale | None:
        return next((s for s in self.scales if s.key == key), None)


@functools.cache
def instruments() -> Mapping[str, Instrument]:
    """The instruments by id, in the reference list's order."""
    raw = json.loads(resources.files("resources").joinpath("screening_instruments.json").read_text("utf-8"))
    return {entry["id"]: _instrument(entry) for entry in raw}


def _instrument(entry: dict[str, object]) -> Instrument:
    scores = entry["scores"]
    assert isinstance(scores, list)
    informants = entry["informants"]
    assert isinstance(informants, list)
    return Instrument(
        id=str(entry["id"]),
        name=str(entry["name_da"]),
        informants=tuple(str(i) for i in informants),
        scales=tuple(Scale(s["key"], s["label_da"], s.get("min"), s.get("max")) for s in scores),
        ranges_verified=bool(entry["ranges_verified"]),
    )


def range_text(instrument: Instrument, scale: Scale) -> str:
    """ "0-40", or "0-54 (ikke verificeret)" for an instrument whose ranges BUA has not confirmed."""
    if scale.minimum is None or scale.maximum is None:
        return "intet kendt interval"
    span = f"{scale.minimum:g}-{scale.maximum:g}"
    return span if instrument.ranges_verified else f"{span} (ikke verificeret)"
