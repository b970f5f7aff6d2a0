"""The people register and fixed contact persons with their history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from app.domain.model import Actor, ContactKind, NewPerson, Profession, Role
from app.errors import InvalidInput, NotFound, RuleRefused
from app.services import contacts, people
from app.services.closures import add_closure_date, list_closures, set_annual_closure
from app.services.context import Context
from app.services.reference import municipality_overview
from tests.integration.helpers import ADMIN, add_advisor, add_staff


def test_people_of_every_role_are_registered_with_what_they_need(ctx: Context) -> None:
    staff = add_staff(ctx, "Pia.Holm@Randers.example")
    gp = people.add_person(
        ctx,
        ADMIN,
        NewPerson("lage@klinik.example", "Jens Lund", Role.GP, clinic="Lægehuset Randers"),
    )
    assert staff.email == "pia.holm@randers.example"  # stored lower-case
    assert (staff.municipality_code, staff.profession) == ("730", Profession.PSYCHOLOGIST)
    assert gp.clinic == "Lægehuset Randers" and gp.municipality_code is None
    assert [p.email for p in people.list_people(ctx, municipality_code="730")] == [staff.email]


@pytest.mark.parametrize(
    ("person", "error"),
    [
        (NewPerson("x@y.example", "X", Role.MUNICIPAL_STAFF, "730"), InvalidInput),
        (NewPerson("x@y.example", "X", Role.ADVISOR, "730"), InvalidInput),
        (NewPerson("ikke-en-mail", "X", Role.ADVISOR), InvalidInput),
        (NewPerson("x@y.example", "X", Role.MUNICIPAL_STAFF, "999", Profession.OTHER), NotFound),
    ],
)
def test_incomplete_people_are_refused_and_nothing_is_written(
    ctx: Context, person: NewPerson, error: type[Exception]
) -> None:
    with pytest.raises(error):
        people.add_person(ctx, ADMIN, person)
    assert people.list_people(ctx) == []


def test_an_email_is_registered_once(ctx: Context) -> None:
    add_advisor(ctx, "ulla@bua.example")
    with pytest.raises(RuleRefused, match="findes allerede"):
        add_advisor(ctx, "ULLA@bua.example")


def test_assigning_a_new_contact_ends_the_old_one_and_keeps_history(ctx: Context) -> None:
    first = add_advisor(ctx, "a@bua.example", "Anna Berg")
    second = add_advisor(ctx, "b@bua.example", "Bo Dam")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, first.email, date(2026, 1, 1))
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, second.email, date(2027, 2, 1))

    history = contacts.list_contacts(ctx, "730", history=True)
    assert [(a.person_name, a.valid_from, a.valid_until) for a in history] == [
        ("Anna Berg", date(2026, 1, 1), date(2027, 1, 31)),
        ("Bo Dam", date(2027, 2, 1), None),
    ]
    overview = {o.municipality.code: o for o in municipality_overview(ctx)}
    assert overview["730"].advisor is not None
    assert overview["730"].advisor.person_name == "Anna Berg"  # today is 4 January 2027


def test_contact_rules(ctx: Context) -> None:
    advisor = add_advisor(ctx, "a@bua.example")
    staff = add_staff(ctx, "pia@randers.example")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    with pytest.raises(RuleRefused, match="to forskellige"):
        contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, advisor.email)
    with pytest.raises(RuleRefused, match="kan ikke være"):
        contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, staff.email)
    with pytest.raises(RuleRefused, match="ikke ansat i kommunen"):
        contacts.assign_contact(ctx, ADMIN, "751", ContactKind.MUNICIPAL_CONTACT, staff.email)
    municipal = contacts.assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, staff.email)
    assert municipal.person_email == staff.email


def test_only_an_administrator_changes_people_contacts_and_closure_days(ctx: Context) -> None:
    advisor = people.add_person(ctx, ADMIN, NewPerson("ulla@bua.example", "Ulla Bak", Role.ADVISOR))
    as_advisor = Actor(advisor.id, advisor.email)
    attempts: list[Callable[[], object]] = [
        lambda: people.add_person(ctx, as_advisor, NewPerson("ny@bua.example", "Ny Person", Role.ADVISOR)),
        lambda: contacts.assign_contact(ctx, as_advisor, "730", ContactKind.BUA_ADVISOR, advisor.email),
        lambda: add_closure_date(ctx, as_advisor, date(2027, 6, 4), "Temadag"),
        lambda: set_annual_closure(ctx, as_advisor, 12, 24, False),
    ]
    for attempt in attempts:
        with pytest.raises(RuleRefused, match="Kun en BUA-administrator"):
            attempt()
    assert [p.email for p in people.list_people(ctx)] == [advisor.email]
    assert contacts.list_contacts(ctx, "730") == []
    assert list_closures(ctx).dates == []
    admin = people.add_person(ctx, ADMIN, NewPerson("lene@bua.example", "Lene Kjær", Role.ADMINISTRATOR))
    contacts.assign_contact(ctx, Actor(admin.id, admin.email), "730", ContactKind.BUA_ADVISOR, advisor.email)
    assert [c.person_email for c in contacts.list_contacts(ctx, "730")] == [advisor.email]
