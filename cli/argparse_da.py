"""argparse's own words in Danish: its usage line, its help headings and its error messages.

argparse looks its texts up through gettext at the time it prints them, so pointing its two lookup
functions at this table turns "usage:" into "brug:" and "the following arguments are required" into
Danish, without a catalogue file. Texts not in the table (programming errors) stay as they are.
"""

from __future__ import annotations

import argparse

DANISH = {
    "usage: ": "brug: ",
    "options": "tilvalg",
    "positional arguments": "argumenter",
    "show this help message and exit": "vis denne hjælp og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "disse skal angives: %s",
    "one of the arguments %s is required": "angiv et af disse: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "expected one argument": "mangler en værdi",
    "expected at most one argument": "tager højst én værdi",
    "expected at least one argument": "mangler mindst én værdi",
    "ignored explicit argument %r": "tager ingen værdi (%r ignoreret)",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg %(value)r (vælg mellem %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig værdi %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg %(option)s: %(matches)s",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
}
PLURALS = {"expected %s argument": ("mangler %s værdi", "mangler %s værdier")}


def _gettext(message: str) -> str:
    return DANISH.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    danish = PLURALS.get(singular)
    if danish is None:
        return singular if count == 1 else plural
    return danish[0] if count == 1 else danish[1]


def install() -> None:
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
