"""Prepared statements (db/prepared.py) read and write exactly as the ORM does, in the unit of work's
transaction, with SQLAlchemy's errors: on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from db.models import AuditRow, ClosureDateRow, PersonRow, SettingRow
from db.prepared import Prepared, literals
from db.store import SqlStore

_CLOSURE = Prepared(
    select(ClosureDateRow.day, ClosureDateRow.reason).where(ClosureDateRow.day == bindparam("day"))
)
_SETTING = Prepared(select(SettingRow.value).where(SettingRow.key == bindparam("key")))
_AUDIT_AT = Prepared(select(AuditRow.at).where(AuditRow.action == bindparam("action")))
_ADD_SETTING = Prepared(insert(SettingRow).values(key=bindparam("key"), value=bindparam("value")))
_PERSON_ACTIVE = Prepared(select(PersonRow.active).where(PersonRow.email == bindparam("email")))


def test_values_written_through_the_orm_come_back_with_their_types(store: SqlStore) -> None:
    at = datetime(2027, 3, 28, 1, 30, tzinfo=timezone(timedelta(hours=1)))  # the night clocks change
    with store.write() as uow:
        uow.session.add(ClosureDateRow(day=date(2027, 6, 5), reason="Grundlovsdag"))
        uow.session.add(SettingRow(key="probe", value={"quota": {"730": 4}, "on": True}))
        uow.session.add(
            AuditRow(
                at=at, actor_label="t", action="probe", entity="x", entity_id="1", before=None, after=None
            )
        )
        uow.commit()
    with store.read() as uow:
        assert _CLOSURE.first(uow.session, day=date(2027, 6, 5)) == (date(2027, 6, 5), "Grundlovsdag")
        assert _SETTING.scalar(uow.session, key="probe") == {"quota": {"730": 4}, "on": True}
        stored = _AUDIT_AT.scalar(uow.session, action="probe")
        assert stored == at and stored.tzinfo == UTC  # the same instant, handed back in UTC
        assert _SETTING.first(uow.session, key="missing") is None


def test_a_statement_sees_the_sessions_own_unflushed_changes(store: SqlStore) -> None:
    with store.write() as uow:
        uow.session.add(
            PersonRow(
                email="ny@bua.example", name="Ny", role="advisor", active=True, created_at=datetime.now(UTC)
            )
        )
        assert _PERSON_ACTIVE.scalar(uow.session, email="ny@bua.example") is True


def test_writes_share_the_unit_of_works_transaction(store: SqlStore) -> None:
    with store.write() as uow:
        assert _ADD_SETTING.rowcount(uow.session, key="left", value=[1]) == 1
        # no commit: leaving the unit of work rolls back
    with store.write() as uow:
        _ADD_SETTING.rowcount(uow.session, key="kept", value=[2])
        uow.commit()
    with store.read() as uow:
        assert _SETTING.scalar(uow.session, key="left") is None
        assert _SETTING.scalar(uow.session, key="kept") == [2]


def test_a_constraint_violation_is_sqlalchemys_integrity_error_without_the_values(store: SqlStore) -> None:
    with store.write() as uow:
        _ADD_SETTING.rowcount(uow.session, key="twice", value="hemmelig tekst")
        with pytest.raises(IntegrityError) as raised:
            _ADD_SETTING.rowcount(uow.session, key="twice", value="hemmelig tekst")
    assert "hemmelig" not in str(raised.value)


def test_a_missing_parameter_is_refused_before_anything_is_sent(store: SqlStore) -> None:
    with store.read() as uow, pytest.raises(KeyError):
        _SETTING.rows(uow.session)


def test_statements_that_would_expand_per_call_are_refused(store: SqlStore) -> None:
    expanding = Prepared(select(SettingRow.key).where(SettingRow.key.in_(["a", "b"])))
    fixed = Prepared(select(SettingRow.key).where(SettingRow.key.in_(literals(["a", "b"]))))
    with store.read() as uow:
        with pytest.raises(ValueError, match="plain parameters"):
            expanding.rows(uow.session)
        assert fixed.rows(uow.session) == []
