"""Typed errors the services raise, each with a stable code and exit code. Most carry one Danish line
for the user; one that carries codes and data instead (SummaryNotReady) is worded by the CLI
(cli/words.error_text) and the client (ui/errors.user_message). Neither ever shows a traceback for these.
"""

from __future__ import annotations

from collections.abc import Sequence


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


# What a repository tells its service in no words: the service says it to the user, as one of the above.


class PlaceTaken(Exception):
    """The database refused a second place: a 1:1 slot's one municipal participant, or a second place
    or waitlist entry of one person on one slot (BookingRepository.add, change, add_taking_place). It
    carries no words: the service that asked tells the user."""


class ChangedMeanwhile(Exception):
    """BookingRepository.change found the booking at another version than expected, or gone. No
    words: the service tells the user, as a Conflict (or NotFound)."""

    def __init__(self, booking_id: int, gone: bool) -> None:
        super().__init__(f"booking {booking_id} {'is gone' if gone else 'was changed meanwhile'}")
        self.booking_id = booking_id
        self.gone = gone


class SlotBookedMeanwhile(Exception):
    """A slot to be removed was booked by someone else first (SlotRepository.remove_many). It carries
    no words: the service that asked tells the user, as a Conflict."""

    def __init__(self, slot_ids: Sequence[int]) -> None:
        super().__init__(f"one of slots {list(slot_ids)} was booked meanwhile")
        self.slot_ids = slot_ids
