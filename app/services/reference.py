"""The region's municipalities with their clusters and the contact persons in force."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.model import ContactAssignment, ContactKind, Municipality
from app.services import access
from app.services.context import Context


@dataclass(frozen=True)
class MunicipalityOverview:
    municipality: Municipality
    advisor: ContactAssignment | None
    deputy: ContactAssignment | None
    municipal_contact: ContactAssignment | None
    contacts_shown: bool = True  # False: the reader may not see this municipality's contact persons


def municipality_overview(ctx: Context) -> Sequence[MunicipalityOverview]:
    """Every municipality; its contact persons where the reader may see them (staff: their own)."""
    today = ctx.clock.today()
    with ctx.store.read() as uow:
        municipalities = uow.municipalities.list()
        who = access.acting(uow, ctx)
        access.require_any(who, access.Action.READ_CONTACTS)
        in_force = [a for a in uow.contacts.list() if a.in_force_on(today)]
    by_key = {(a.municipality_code, a.kind): a for a in in_force}
    overview = []
    for m in municipalities:
        if access.allows(who, access.Action.READ_CONTACTS, access.Target(municipality_code=m.code)):
            overview.append(
                MunicipalityOverview(
                    m,
                    by_key.get((m.code, ContactKind.BUA_ADVISOR)),
                    by_key.get((m.code, ContactKind.BUA_DEPUTY)),
                    by_key.get((m.code, ContactKind.MUNICIPAL_CONTACT)),
                )
            )
        else:
            overview.append(MunicipalityOverview(m, None, None, None, contacts_shown=False))
    return overview


def list_municipalities(ctx: Context) -> Sequence[Municipality]:
    with ctx.store.read() as uow:
        return uow.municipalities.list()
