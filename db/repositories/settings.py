"""Settings: a handful of keyed JSON values (booking rules, mail server, horizon)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SettingRow
from db.prepared import Prepared, Send

_SETTINGS = Prepared(select(SettingRow.key, SettingRow.value))


class SqlSettings:
    """Settings, all read at the first question in a unit of work: a handful of rows, asked for by
    key several times per page (rules, mail server, horizon)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._values: dict[str, Any] | None = None

    def read_ahead(self, send: Send) -> Callable[[], None]:
        """Send the read of every setting in a batch; the returned step keeps them for get()."""
        found = send(_SETTINGS)

        def keep() -> None:
            self._values = dict(found.rows())

        return keep

    def get(self, key: str) -> Any | None:
        if self._values is None:
            self._values = dict(_SETTINGS.rows(self.session))
        return self._values.get(key)

    def put(self, key: str, value: Any) -> None:
        self.session.merge(SettingRow(key=key, value=value))
        self.session.flush()
        self._values = None
