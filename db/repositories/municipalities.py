"""The municipalities: reference data that only migrations change."""

from __future__ import annotations

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from app.domain.model import Municipality
from db.models import MunicipalityRow
from db.repositories.locks import LOCK_MUNICIPALITY, lock_rows

# A client stops at a schema it does not know, so the list cannot change under it: read once per
# connection pool, not once per page.
_MUNICIPALITIES: WeakKeyDictionary[Pool, tuple[Municipality, ...]] = WeakKeyDictionary()
_ALL = select(
    MunicipalityRow.code, MunicipalityRow.name, MunicipalityRow.cluster, MunicipalityRow.hospital_unit
).order_by(MunicipalityRow.name)


class SqlMunicipalities:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> Sequence[Municipality]:
        """Every municipality, by name."""
        pool = self.session.get_bind().engine.pool
        found = _MUNICIPALITIES.get(pool)
        if found is None:
            found = _MUNICIPALITIES[pool] = tuple(Municipality(*row) for row in self.session.execute(_ALL))
        return list(found)

    def get(self, code: str) -> Municipality | None:
        return next((m for m in self.list() if m.code == code), None)

    def lock(self, code: str) -> None:
        lock_rows(self.session, LOCK_MUNICIPALITY, code)
