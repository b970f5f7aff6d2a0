"""Read models for the administrator's page: what each tab shows, read in one go off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.booking import BookingRules
from app.domain.model import ContactAssignment, Municipality, Person
from app.services.closures import Closures, list_closures
from app.services.contacts import list_contacts
from app.services.context import Context
from app.services.people import list_people
from app.services.reference import MunicipalityOverview, municipality_overview
from app.services.rules import get_rules


@dataclass(frozen=True)
class ContactsView:
    """The municipalities with their contacts in force, and the people who can be assigned."""

    overview: Sequence[MunicipalityOverview]
    people: Sequence[Person]


@dataclass(frozen=True)
class PeopleView:
    people: Sequence[Person]
    municipalities: Sequence[Municipality]


@dataclass(frozen=True)
class RulesView:
    rules: BookingRules
    municipalities: Sequence[Municipality]


def contacts_view(ctx: Context) -> ContactsView:
    return ContactsView(tuple(municipality_overview(ctx)), tuple(list_people(ctx)))


def contact_history(ctx: Context, municipality_code: str) -> Sequence[ContactAssignment]:
    """Every assignment of the municipality, newest first within each kind of contact."""
    found = list_contacts(ctx, municipality_code, history=True)
    return tuple(sorted(found, key=lambda a: (a.kind.value, -a.valid_from.toordinal())))


def people_view(ctx: Context) -> PeopleView:
    return PeopleView(tuple(list_people(ctx)), tuple(_municipalities(ctx)))


def closures_view(ctx: Context) -> Closures:
    found = list_closures(ctx)
    return Closures(tuple(found.annual), tuple(sorted(found.dates, key=lambda c: c.day)))


def rules_view(ctx: Context) -> RulesView:
    return RulesView(get_rules(ctx), tuple(_municipalities(ctx)))


def _municipalities(ctx: Context) -> Sequence[Municipality]:
    with ctx.store.read() as uow:
        return uow.municipalities.list()
