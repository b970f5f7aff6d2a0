"""Turns an exception from a background operation into the one line the window shows, and the technical
text behind it that "Vis detaljer" reveals (for whoever runs the server, never needed to act)."""

from __future__ import annotations

import logging
import traceback

from app.domain.summary import SummaryNotReady
from app.errors import BuaError

log = logging.getLogger(__name__)


def user_message(error: Exception) -> str:
    """The service's own Danish line for a `BuaError` (worded here for one that carries only codes and
    data); otherwise a short line, traceback logged."""
    if isinstance(error, SummaryNotReady):
        from ui import words  # its names load with the page that can raise this, not at start

        return words.summary_not_ready_text(error)
    if isinstance(error, BuaError):
        return error.message
    log.error("Uventet fejl i en baggrundshandling", exc_info=error)
    return f"Uventet fejl ({type(error).__name__}): {error}".splitlines()[0]


def error_details(error: BaseException) -> str:
    """What the driver or the system said: the causes of a `BuaError` (a database driver's error, not
    the library wrapping it), or the whole traceback of an unexpected error. "" when there is nothing
    beyond the message."""
    if not isinstance(error, BuaError):
        return "".join(traceback.format_exception(error)).strip()
    said: list[BaseException] = []
    cause = error.__cause__
    while cause is not None:
        own = getattr(cause, "orig", None) or cause  # SQLAlchemy wraps the driver's own error
        if own not in said:
            said.append(own)
        cause = cause.__cause__
    return "\n\n".join(f"{type(e).__name__}: {e}".strip() for e in said)
