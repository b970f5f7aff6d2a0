"""The fake store's register: municipalities, people, contact persons, closure days, absences, the
audit log and settings. Each mirrors its db/repositories/ counterpart, orderings included."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.exc import NoResultFound

from app.domain.calendar import AnnualClosure, ClosureDate
from app.domain.model import (
    Absence,
    AuditEntry,
    ContactAssignment,
    ContactKind,
    Municipality,
    NewPerson,
    Person,
    Role,
)
from tests.fake_store.tables import ContactRow, Transaction, as_json, now, require


class FakeMunicipalities:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def list(self) -> Sequence[Municipality]:
        return sorted(self.txn.tables.municipalities.values(), key=lambda m: m.name)

    def get(self, code: str) -> Municipality | None:
        return self.txn.tables.municipalities.get(code)

    def lock(self, code: str) -> None:
        """Nothing to wait for: the fake runs one unit of work at a time (see FakeStore)."""


class FakePeople:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def add(self, person: NewPerson) -> Person:
        t = self.txn.wrote("people")
        require(person.email not in {p.email for p in t.people.values()}, "uq_people_email")
        require(
            person.role is not Role.MUNICIPAL_STAFF or (person.municipality_code and person.profession),
            "ck_people_staff_has_municipality_and_profession",
        )
        require(
            person.municipality_code is None or person.municipality_code in t.municipalities,
            "fk_people_municipality_code_municipalities",
        )
        added = Person(
            self.txn.ids.next("people"),
            person.email,
            person.name,
            person.role,
            person.municipality_code,
            person.profession,
            person.clinic,
        )
        t.people[added.id] = added
        return added

    def get(self, person_id: int) -> Person | None:
        return self.txn.tables.people.get(person_id)

    def by_email(self, email: str) -> Person | None:
        wanted = email.strip().lower()
        return next((p for p in self.txn.tables.people.values() if p.email.lower() == wanted), None)

    def list(self, role: Role | None = None, municipality_code: str | None = None) -> Sequence[Person]:
        found = [
            p
            for p in self.txn.tables.people.values()
            if (role is None or p.role is role)
            and (municipality_code is None or p.municipality_code == municipality_code)
        ]
        return sorted(found, key=lambda p: (p.name, p.id))

    def set_active(self, person_id: int, active: bool) -> Person:
        t = self.txn.wrote("people")
        if person_id not in t.people:
            raise NoResultFound(f"No row for people.id {person_id}")  # as Session.get_one
        changed = t.people[person_id] = replace(t.people[person_id], active=active)
        return changed

    def logged_in(self) -> Person | None:
        return None  # like the local SQLite file: no database logins


class FakeContacts:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def add(
        self, municipality_code: str, kind: ContactKind, person_id: int, valid_from: date
    ) -> ContactAssignment:
        t = self.txn.wrote("contact_assignments")
        require(municipality_code in t.municipalities, "fk_contact_assignments_municipality_code")
        require(person_id in t.people, "fk_contact_assignments_person_id_people")
        open_ones = [
            c
            for c in t.contacts.values()
            if (c.municipality_code, c.kind, c.valid_until) == (municipality_code, kind, None)
        ]
        require(not open_ones, "uq_contact_assignments_open")
        row = ContactRow(
            self.txn.ids.next("contact_assignments"), municipality_code, kind, person_id, valid_from, None
        )
        t.contacts[row.id] = row
        return self._read(row)

    def end(self, assignment_id: int, valid_until: date) -> None:
        t = self.txn.wrote("contact_assignments")
        row = t.contacts.get(assignment_id)
        if row is not None:
            require(valid_until >= row.valid_from, "ck_contact_assignments_valid_period")
            t.contacts[assignment_id] = replace(row, valid_until=valid_until)

    def delete(self, assignment_id: int) -> None:
        self.txn.wrote("contact_assignments").contacts.pop(assignment_id, None)

    def list(
        self, municipality_code: str | None = None, kind: ContactKind | None = None
    ) -> Sequence[ContactAssignment]:
        found = [
            c
            for c in self.txn.tables.contacts.values()
            if (municipality_code is None or c.municipality_code == municipality_code)
            and (kind is None or c.kind is kind)
        ]
        found.sort(key=lambda c: (c.municipality_code, c.kind.value, c.valid_from, c.id))
        return [self._read(c) for c in found]

    def _read(self, row: ContactRow) -> ContactAssignment:
        person = self.txn.tables.people[row.person_id]
        return ContactAssignment(
            row.id,
            row.municipality_code,
            row.kind,
            row.person_id,
            person.name,
            person.email,
            row.valid_from,
            row.valid_until,
        )


class FakeClosures:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def annual(self) -> Sequence[AnnualClosure]:
        return sorted(self.txn.tables.annual_closures.values(), key=lambda c: (c.month, c.day))

    def dates(self) -> Sequence[ClosureDate]:
        return sorted(self.txn.tables.closure_dates.values(), key=lambda c: c.day)

    def put_annual(self, closure: AnnualClosure) -> None:
        self.txn.wrote("annual_closures").annual_closures[(closure.month, closure.day)] = closure

    def put_date(self, closure: ClosureDate) -> None:
        self.txn.wrote("closure_dates").closure_dates[closure.day] = closure

    def remove_date(self, day: date) -> bool:
        return self.txn.wrote("closure_dates").closure_dates.pop(day, None) is not None


class FakeAbsences:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def add(self, advisor_id: int, starts_on: date, ends_on: date, reason: str) -> Absence:
        t = self.txn.wrote("absences")
        require(advisor_id in t.people, "fk_absences_advisor_id_people")
        require(ends_on >= starts_on, "ck_absences_valid_period")
        absence = Absence(self.txn.ids.next("absences"), advisor_id, "", starts_on, ends_on, reason)
        t.absences[absence.id] = absence
        return self._read(absence)

    def list(self, advisor_id: int | None = None) -> Sequence[Absence]:
        found = [a for a in self.txn.tables.absences.values() if advisor_id in (None, a.advisor_id)]
        return [self._read(a) for a in sorted(found, key=lambda a: (a.starts_on, a.id))]

    def _read(self, absence: Absence) -> Absence:
        return replace(absence, advisor_email=self.txn.tables.people[absence.advisor_id].email)


class FakeAudit:
    """Append-only, as the database's triggers make the real log: there is no way to change an entry."""

    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def append(self, entry: AuditEntry) -> None:
        t = self.txn.wrote("audit_log")
        require(entry.actor.person_id in (None, *t.people), "fk_audit_log_actor_person_id_people")
        # before and after are JSON columns: they come back as JSON made them
        before, after = json.loads(as_json(entry.before)), json.loads(as_json(entry.after))
        t.audit.append(replace(entry, before=before, after=after, at=now()))

    def list(self, entity: str | None = None, entity_id: str | None = None) -> Sequence[AuditEntry]:
        return [
            e
            for e in self.txn.tables.audit
            if entity in (None, e.entity) and entity_id in (None, e.entity_id)
        ]


class FakeSettings:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def get(self, key: str) -> Any | None:
        found = self.txn.tables.settings.get(key)
        return None if found is None else json.loads(found)

    def put(self, key: str, value: Any) -> None:
        self.txn.wrote("settings").settings[key] = as_json(value)
