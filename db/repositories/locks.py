"""Row and advisory locks: how writers that must not interleave wait for each other on PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, bindparam, func, literal, select
from sqlalchemy.orm import Session

from db.prepared import Prepared


def row_lock(column: Any) -> Prepared:
    """SELECT ... FOR NO KEY UPDATE of the row whose `column` equals the parameter `key`.

    NO KEY: the lock serialises writers that take it, but not inserts elsewhere whose foreign key
    checks this row (they take KEY SHARE). With FOR UPDATE, a booking holding its municipality's row
    and a closure day inserting a skipped date for that municipality deadlocked on PostgreSQL."""
    return Prepared(select(column).where(column == bindparam("key")).with_for_update(key_share=True))


def lock_rows(session: Session, lock: Prepared, key: object) -> None:
    """Take a row lock on PostgreSQL. On SQLite a write transaction already holds the one write
    lock (BEGIN IMMEDIATE), so the statement would only cost time."""
    if session.get_bind().dialect.name != "sqlite":
        lock.rows(session, key=key)


# The municipalities are reference data nobody may change, so their lock is an advisory one (a row
# lock would need UPDATE rights on the table): it serialises one municipality's bookings, as the
# quota and the per-person cap need, and is let go when the transaction ends.
LOCK_MUNICIPALITY = Prepared(
    select(
        func.pg_advisory_xact_lock(func.hashtext(literal("municipality ") + bindparam("key", type_=String)))
    )
)
