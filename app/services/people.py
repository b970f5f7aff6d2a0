"""The people register: BUA advisors and administrators, municipal staff, and GPs (guests only)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain import limits
from app.domain.model import Actor, NewPerson, Person, Role
from app.errors import InvalidInput, NotFound, RuleRefused
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.lookups import person_by_email

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def add_person(ctx: Context, actor: Actor, person: NewPerson) -> Person:
    person = NewPerson(
        email=person.email.strip().lower(),
        name=" ".join(person.name.split()),
        role=person.role,
        municipality_code=person.municipality_code,
        profession=person.profession,
        clinic=person.clinic.strip() if person.clinic else None,
    )
    _validate(person)
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_PEOPLE)
        if person.municipality_code and uow.municipalities.get(person.municipality_code) is None:
            raise NotFound(f"Ukendt kommunekode: {person.municipality_code}.")
        if uow.people.by_email(person.email) is not None:
            raise RuleRefused(f"Der findes allerede en person med e-mail {person.email}.")
        added = uow.people.add(person)
        record(uow, actor, "person.added", "person", added.id, added.municipality_code, after=added)
        uow.commit()
    return added


def set_person_active(ctx: Context, actor: Actor, email: str, active: bool) -> Person:
    """Deactivate someone who left (they can no longer book or be assigned), or bring them back.

    Nothing is deleted: bookings, history and audit keep pointing at the person. A person who is a
    contact in force today or later must be replaced first, so no municipality is left without one.
    """
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_PEOPLE)
        before = person_by_email(uow, email)
        if before.active == active:
            state = "aktiv" if active else "deaktiveret"
            raise RuleRefused(f"{before.name} er allerede {state}.")
        if not active:
            today = ctx.clock.today()
            held = [
                a
                for a in uow.contacts.list()
                if a.person_id == before.id and (a.valid_until is None or a.valid_until >= today)
            ]
            if held:
                names = {m.code: m.name for m in uow.municipalities.list()}
                where = ", ".join(sorted({names.get(a.municipality_code, a.municipality_code) for a in held}))
                raise RuleRefused(f"{before.name} er kontaktperson for {where}: tildel en anden først.")
        after = uow.people.set_active(before.id, active)
        action = "person.activated" if active else "person.deactivated"
        record(uow, actor, action, "person", after.id, after.municipality_code, before=before, after=after)
        uow.commit()
    return after


def list_people(
    ctx: Context, role: Role | None = None, municipality_code: str | None = None
) -> Sequence[Person]:
    with ctx.store.read() as uow:
        found = uow.people.list(role, municipality_code)
        return access.visible(
            access.acting(uow, ctx), access.Action.READ_PEOPLE, found, lambda p: access.of_person(p.id)
        )


def find_person(ctx: Context, email: str) -> Person | None:
    with ctx.store.read() as uow:
        found = uow.people.by_email(email.strip().lower())
        if found is None:
            return None
        who = access.acting(uow, ctx)
        return found if access.allows(who, access.Action.READ_PEOPLE, access.of_person(found.id)) else None


def _validate(person: NewPerson) -> None:
    limits.checked("Navnet", person.name, limits.NAME)
    limits.checked("E-mailadressen", person.email, limits.EMAIL)
    limits.checked("Klinikken", person.clinic or "", limits.CLINIC)
    if not EMAIL_PATTERN.match(person.email):
        raise InvalidInput(f"Ugyldig e-mailadresse: {person.email!r}.")
    if not person.name:
        raise InvalidInput("Angiv personens navn.")
    if person.role is Role.MUNICIPAL_STAFF:
        if not person.municipality_code or person.profession is None:
            raise InvalidInput("En kommunal medarbejder skal have både kommune og faggruppe.")
    elif person.municipality_code or person.profession:
        raise InvalidInput("Kun kommunale medarbejdere har kommune og faggruppe.")
    if person.clinic and person.role is not Role.GP:
        raise InvalidInput("Kun praktiserende læger har en klinik.")


def logged_in_as(ctx: Context, asked_email: str | None) -> Person | None:
    """On a shared server the database login is the person: the person it belongs to, refusing an
    `asked_email` (--as) that names anyone else. None where the connection is no person's (the local
    file, a server administrator): then whoever is asked for acts, as before."""
    with ctx.store.read() as uow:
        person = uow.people.logged_in()
    if person is None:
        return None
    if not person.active:
        raise RuleRefused(f"{person.email} er deaktiveret og kan ikke bruge BUA Booking.")
    if asked_email and asked_email.strip().lower() != person.email.lower():
        raise RuleRefused(
            f"Du er logget ind på serveren som {person.email}: --as kan ikke vælge en anden person."
        )
    return person
