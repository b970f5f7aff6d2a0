"""Turns an exception from a background operation into the one line the window shows."""

from __future__ import annotations

import logging

from app.errors import BuaError

log = logging.getLogger(__name__)


def user_message(error: Exception) -> str:
    """The service's own Danish line for a `BuaError`; otherwise a short line, traceback logged."""
    if isinstance(error, BuaError):
        return error.message
    log.error("Uventet fejl i en baggrundshandling", exc_info=error)
    return f"Uventet fejl ({type(error).__name__}): {error}".splitlines()[0]
