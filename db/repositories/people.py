"""People and the contact assignments that make some of them a municipality's fixed contacts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from app.domain.model import ContactAssignment, ContactKind, NewPerson, Person, Profession, Role
from app.ports import Clock
from db.models import ContactAssignmentRow, PersonRow
from db.prepared import Prepared, Send

_PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.email,
    PersonRow.name,
    PersonRow.role,
    PersonRow.municipality_code,
    PersonRow.profession,
    PersonRow.clinic,
    PersonRow.active,
)
_PERSON_BY_ID = Prepared(select(*_PERSON_COLUMNS).where(PersonRow.id == bindparam("person_id")))


class SqlPeople:
    """People; one read by id is kept for the unit of work (who acts, and whose page, are often the
    same person, asked for by the access check and by the service)."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self._by_id: dict[int, Person | None] = {}

    def add(self, person: NewPerson) -> Person:
        row = PersonRow(
            email=person.email,
            name=person.name,
            role=person.role.value,
            municipality_code=person.municipality_code,
            profession=person.profession.value if person.profession else None,
            clinic=person.clinic,
            active=True,
            created_at=self.clock.now(),
        )
        self.session.add(row)
        self.session.flush()
        return _person([getattr(row, c.key) for c in _PERSON_COLUMNS])

    def read_ahead(self, send: Send, person_id: int) -> Callable[[], None]:
        """Send the read of `person_id` in a batch; the returned step keeps it for get()."""
        found = send(_PERSON_BY_ID, person_id=person_id)

        def keep() -> None:
            row = found.first()
            self._by_id[person_id] = None if row is None else _person(row)

        return keep

    def get(self, person_id: int) -> Person | None:
        if person_id not in self._by_id:
            row = _PERSON_BY_ID.first(self.session, person_id=person_id)
            self._by_id[person_id] = None if row is None else _person(row)
        return self._by_id[person_id]

    def by_email(self, email: str) -> Person | None:
        row = self.session.execute(
            select(*_PERSON_COLUMNS).where(func.lower(PersonRow.email) == email.strip().lower())
        ).first()
        return None if row is None else _person(row)

    def list(self, role: Role | None = None, municipality_code: str | None = None) -> Sequence[Person]:
        query = select(*_PERSON_COLUMNS).order_by(PersonRow.name, PersonRow.id)
        if role is not None:
            query = query.where(PersonRow.role == role.value)
        if municipality_code is not None:
            query = query.where(PersonRow.municipality_code == municipality_code)
        return [_person(r) for r in self.session.execute(query)]

    def logged_in(self) -> Person | None:
        if self.session.get_bind().dialect.name == "sqlite":
            return None
        row = self.session.execute(
            select(*_PERSON_COLUMNS).where(PersonRow.db_login == func.session_user())
        ).first()
        return None if row is None else _person(row)

    def set_active(self, person_id: int, active: bool) -> Person:
        self.session.execute(update(PersonRow).where(PersonRow.id == person_id).values(active=active))
        self._by_id.pop(person_id, None)
        person = self.get(person_id)
        assert person is not None, f"no person {person_id}"  # callers look the person up first
        return person


def _person(row: Any) -> Person:
    """From a row of _PERSON_COLUMNS."""
    id_, email, name, role, municipality_code, profession, clinic, active = row
    return Person(
        id=id_,
        email=email,
        name=name,
        role=Role(role),
        municipality_code=municipality_code,
        profession=Profession(profession) if profession else None,
        clinic=clinic,
        active=bool(active),
    )


_ASSIGNMENTS = (
    select(*ContactAssignmentRow.__table__.c, PersonRow.name, PersonRow.email)
    .join(PersonRow, PersonRow.id == ContactAssignmentRow.person_id)
    .order_by(
        ContactAssignmentRow.municipality_code,
        ContactAssignmentRow.kind,
        ContactAssignmentRow.valid_from,
        ContactAssignmentRow.id,
    )
)


class SqlContacts:
    """Contact assignments; a municipality's are read once per unit of work (the access check asks
    whether someone is its contact, and the page shows its contact card)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._of: dict[str | None, Sequence[ContactAssignment]] = {}

    def add(
        self, municipality_code: str, kind: ContactKind, person_id: int, valid_from: date
    ) -> ContactAssignment:
        row = ContactAssignmentRow(
            municipality_code=municipality_code,
            kind=kind.value,
            person_id=person_id,
            valid_from=valid_from,
        )
        self.session.add(row)
        self.session.flush()
        self._of.clear()
        found = self.list_where(ContactAssignmentRow.id == row.id)
        return found[0]

    def end(self, assignment_id: int, valid_until: date) -> None:
        self._of.clear()
        self.session.execute(
            update(ContactAssignmentRow)
            .where(ContactAssignmentRow.id == assignment_id)
            .values(valid_until=valid_until)
        )

    def delete(self, assignment_id: int) -> None:
        self._of.clear()
        self.session.execute(delete(ContactAssignmentRow).where(ContactAssignmentRow.id == assignment_id))

    def list(
        self, municipality_code: str | None = None, kind: ContactKind | None = None
    ) -> Sequence[ContactAssignment]:
        found = self._of.get(municipality_code)
        if found is None:
            where = (
                []
                if municipality_code is None
                else [ContactAssignmentRow.municipality_code == municipality_code]
            )
            found = self._of[municipality_code] = self.list_where(*where)
        return [a for a in found if kind is None or a.kind is kind]

    def list_where(self, *conditions: Any) -> Sequence[ContactAssignment]:
        return [
            ContactAssignment(
                id=row.id,
                municipality_code=row.municipality_code,
                kind=ContactKind(row.kind),
                person_id=row.person_id,
                person_name=row.name,
                person_email=row.email,
                valid_from=row.valid_from,
                valid_until=row.valid_until,
            )
            for row in self.session.execute(_ASSIGNMENTS.where(*conditions))
        ]
