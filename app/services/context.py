"""What every service is given: the store to open units of work on, the clock, and who acts."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.model import Actor
from app.ports import Clock, Store

LOCAL_SYSTEM = Actor.system("lokal")


@dataclass(frozen=True)
class Context:
    """The store, the clock, and who reads through it (writes name their actor too, for the audit)."""

    store: Store
    clock: Clock
    actor: Actor = LOCAL_SYSTEM
