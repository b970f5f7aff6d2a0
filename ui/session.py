"""What every window and panel gets: the services, the acting person, the worker and the notifier.

Passed explicitly to whatever needs it (no global main window). `run` is the one way a panel calls a
service: the operation runs on the single worker thread with the services' `Context`, the outcome
comes back on the GUI thread, and a successful change is announced so every open view can reload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.domain.model import Actor, Person, Role
from ui.errors import user_message
from ui.worker import Worker

if TYPE_CHECKING:
    from app.ports import MailSender
    from app.services.context import Context

T = TypeVar("T")

# Topics a change can touch; a view reloads when a topic it shows is announced.
BOOKINGS = "bookings"
SLOTS = "slots"
SERIES = "series"
PEOPLE = "people"
CONTACTS = "contacts"
CLOSURES = "closures"
RULES = "rules"
SUMMARIES = "summaries"
EVERYTHING = frozenset({BOOKINGS, SLOTS, SERIES, PEOPLE, CONTACTS, CLOSURES, RULES, SUMMARIES})
# The store's tables, by the topic a write to them touches (the audit log touches none).
TOPIC_OF_TABLE = {
    "bookings": BOOKINGS,
    "slots": SLOTS,
    "skipped_dates": SLOTS,
    "slot_series": SERIES,
    "absences": SERIES,
    "people": PEOPLE,
    "contact_assignments": CONTACTS,
    "annual_closures": CLOSURES,
    "closure_dates": CLOSURES,
    "settings": RULES,
    "case_summaries": SUMMARIES,
    "case_summary_tombstones": SUMMARIES,
}


def topics_of(tables: Iterable[str]) -> frozenset[str]:
    return frozenset(TOPIC_OF_TABLE[t] for t in tables if t in TOPIC_OF_TABLE)


class ChangeNotifier(QObject):
    """Broadcasts what changed, from this window or (through a watcher) from another client."""

    changed = Signal(frozenset)  # the topics that changed

    def announce(self, topics: Iterable[str]) -> None:
        self.changed.emit(frozenset(topics))


@dataclass
class UiSession:
    """One signed-in person working on one store."""

    context: Context
    me: Person
    worker: Worker
    notifier: ChangeNotifier
    mailer: Callable[[], MailSender] | None = None  # made on the worker when an invite is mailed

    def __post_init__(self) -> None:
        # Everything this session reads, it reads as its person: the access policy filters by it.
        self.context = replace(self.context, actor=self.actor)

    @property
    def actor(self) -> Actor:
        return Actor(self.me.id, self.me.email)

    @property
    def role(self) -> Role:
        return self.me.role

    def run(
        self,
        operation: Callable[[Context], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[str], None],
        owner: QObject | None = None,
    ) -> None:
        """Run `operation(context)` on the worker; `on_failure` gets the one-line Danish message.

        What the operation committed (the store records the tables its units of work wrote) is
        announced as topics after `on_success` ran, so the view that acted shows its own result first
        and every other open view reloads what it shows of it; no call site guesses. The callbacks
        are dropped when `owner` (by default the object whose method a callback is) was deleted
        meanwhile, e.g. a page closed by a person switch; the announcement still goes out.
        """
        holder = owner or _bound_qobject(on_success) or _bound_qobject(on_failure)

        def alive() -> bool:
            return holder is None or shiboken6.isValid(holder)

        def work() -> tuple[T, frozenset[str]]:
            with self.context.store.recording() as tables:
                value = operation(self.context)
            return value, topics_of(tables)

        def succeeded(outcome: tuple[T, frozenset[str]]) -> None:
            value, topics = outcome
            if alive():
                on_success(value)
            if topics:
                self.notifier.announce(topics)

        def failed(error: Exception) -> None:
            message = user_message(error)
            if alive():
                on_failure(message)

        self.worker.submit(work, succeeded, failed)


def _bound_qobject(callback: Callable[..., None]) -> QObject | None:
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None
