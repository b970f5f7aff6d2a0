"""Entry text stays readable on every state's fill (WCAG AA, 4.5:1) and the state bar stands out from
the background (3:1), on a light and on a dark palette; the states stay apart for colour-blind eyes,
and each has a symbol, so none is told by colour alone."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from coloraide import Color
from PySide6.QtGui import QColor, QPalette

from ui.calendar.colours import ACCENTS, state_colours
from ui.calendar.entries import SYMBOLS, EntryState


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


@pytest.mark.parametrize(
    "palette",
    [_palette("#efefef", "#ffffff", "#000000"), _palette("#202124", "#17181a", "#e8eaed")],
    ids=["light", "dark"],
)
def test_text_on_every_state_is_readable(qapp: Any, palette: QPalette) -> None:
    colours = state_colours(palette)
    assert set(colours) == set(EntryState)
    for state, colour in colours.items():
        assert _contrast(colour.text, colour.fill) >= 4.5, state
        base = palette.color(QPalette.ColorRole.Base)
        assert _contrast(colour.accent, base) >= 3.0, state  # the state bar, a graphical object (AA)


SIMULATIONS = {"normal vision": None, "deuteranopia": "deutan", "protanopia": "protan"}
APART = 10.0  # CIEDE2000: 2-3 is just noticeable side by side; 10 is another colour at a glance


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_pair_of_state_colours_stays_apart_under_colour_blindness(vision: str) -> None:
    """Viénot's simulation of the full deficiency (coloraide's choice for it), then the distance."""
    deficiency = SIMULATIONS[vision]
    seen = {
        state: Color(code).filter(deficiency) if deficiency else Color(code)
        for state, code in ACCENTS.items()
    }
    assert set(seen) == set(EntryState)
    for (a, first), (b, second) in itertools.combinations(seen.items(), 2):
        assert first.delta_e(second, method="2000") >= APART, (vision, a, b)


def test_every_state_has_a_symbol_of_its_own() -> None:
    assert set(SYMBOLS) == set(EntryState)
    assert len(set(SYMBOLS.values())) == len(SYMBOLS)
