"""What the shell needs from outside the UI, handed in by the entry point (cli/gui.py).

Both functions run on the worker thread: opening a store imports SQLAlchemy and may wait for a
server, and the keyring package is slow to import. The UI never learns how either is done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ports import MailSender, SecretStore
    from app.services.context import Context


@dataclass(frozen=True)
class Backend:
    open_store: Callable[[str | None], Context]  # a database URL (None: the local file) -> upgraded store
    secrets: Callable[[], SecretStore]  # the OS keyring
    mailer: Callable[[], MailSender] | None = None  # sends invites by SMTP; None where mail is not offered
    # The store's upkeep (horizons, purge), run once per opened store after the first page's read
    upkeep: Callable[[Context], None] | None = None
