"""Typed errors the services raise, each with a stable code and exit code. Most carry one Danish line
for the user; one that carries codes and data instead (SummaryNotReady) is worded by the CLI
(cli/words.error_text) and the client (ui/errors.user_message). Neither ever shows a traceback for these.
"""

from __future__ import annotations


class BuaError(Exception):
    """A refusal or failure the user must be told about in one line."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(BuaError):
    """The request is malformed: a bad date, an unknown weekday, a missing field."""

    code = "invalid_input"
    exit_code = 2


class NotFound(BuaError):
    """A person, municipality, series or slot that the request names does not exist."""

    code = "not_found"
    exit_code = 3


class RuleRefused(BuaError):
    """The request is well-formed but a rule of the agreement forbids it."""

    code = "rule_refused"
    exit_code = 4


class Conflict(BuaError):
    """Someone else changed the same thing first; nothing was written."""

    code = "conflict"
    exit_code = 5


class StoreUnavailable(BuaError):
    """The database cannot be reached or opened."""

    code = "store_unavailable"
    exit_code = 6


class SendFailed(BuaError):
    """An e-mail could not be sent: no mail server set up, no connection, no encryption, or refused."""

    code = "send_failed"
    exit_code = 8
