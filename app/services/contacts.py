"""Fixed contact persons: per municipality a BUA advisor, a deputy, and the municipality's own contact.

Assignments have validity dates and are never overwritten: assigning a new person ends the current
assignment the day before the new one starts, so the history shows who was responsible when.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.domain.model import CONTACT_KIND_NAMES_DA, Actor, ContactAssignment, ContactKind, Role
from app.errors import NotFound, RuleRefused
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.lookups import person_by_email

_ROLE_FOR_KIND = {
    ContactKind.BUA_ADVISOR: Role.ADVISOR,
    ContactKind.BUA_DEPUTY: Role.ADVISOR,
    ContactKind.MUNICIPAL_CONTACT: Role.MUNICIPAL_STAFF,
}


def assign_contact(
    ctx: Context,
    actor: Actor,
    municipality_code: str,
    kind: ContactKind,
    person_email: str,
    valid_from: date | None = None,
) -> ContactAssignment:
    start = valid_from or ctx.clock.today()
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, start), access.Action.MANAGE_CONTACTS)
        if uow.municipalities.get(municipality_code) is None:
            raise NotFound(f"Ukendt kommunekode: {municipality_code}.")
        person = person_by_email(uow, person_email)
        if person.role is not _ROLE_FOR_KIND[kind]:
            raise RuleRefused(f"{person.name} kan ikke være {_kind_da(kind)}.")
        if kind is ContactKind.MUNICIPAL_CONTACT and person.municipality_code != municipality_code:
            raise RuleRefused(f"{person.name} er ikke ansat i kommunen.")
        history = uow.contacts.list(municipality_code)
        current = next((a for a in history if a.kind is kind and a.valid_until is None), None)
        partner_kind = {
            ContactKind.BUA_ADVISOR: ContactKind.BUA_DEPUTY,
            ContactKind.BUA_DEPUTY: ContactKind.BUA_ADVISOR,
        }.get(kind)
        partner = next((a for a in history if a.kind is partner_kind and a.valid_until is None), None)
        if partner is not None and partner.person_id == person.id:
            raise RuleRefused("Kontaktperson og stedfortræder skal være to forskellige personer.")
        if current is not None:
            if current.person_id == person.id:
                raise RuleRefused(f"{person.name} er allerede {_kind_da(kind)}.")
            if start <= current.valid_from:
                raise RuleRefused(
                    f"Den nye periode skal begynde efter {current.valid_from.isoformat()}, "
                    "hvor den nuværende begyndte."
                )
            uow.contacts.end(current.id, start - timedelta(days=1))
        added = uow.contacts.add(municipality_code, kind, person.id, start)
        record(
            uow,
            actor,
            "contact.assigned",
            "contact_assignment",
            added.id,
            municipality_code,
            before=current,
            after=added,
        )
        uow.commit()
    return added


def list_contacts(
    ctx: Context, municipality_code: str | None = None, history: bool = False
) -> Sequence[ContactAssignment]:
    """Assignments in force today or later; with `history` also the ended ones."""
    today = ctx.clock.today()
    with ctx.store.read() as uow:
        found = access.visible(
            access.acting(uow, ctx),
            access.Action.READ_CONTACTS,
            uow.contacts.list(municipality_code),
            lambda a: access.Target(municipality_code=a.municipality_code),
        )
    if history:
        return found
    return [a for a in found if a.valid_until is None or a.valid_until >= today]


def _kind_da(kind: ContactKind) -> str:
    name = CONTACT_KIND_NAMES_DA[kind]
    return name[0].lower() + name[1:]
