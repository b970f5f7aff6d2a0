"""Deactivating and reactivating a person: audited, and never leaving a municipality without its contact."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.model import ContactKind
from app.errors import NotFound, RuleRefused
from app.services import contacts, people
from app.services.context import Context
from tests.integration.helpers import ADMIN, add_advisor, add_staff


def test_a_person_who_left_is_deactivated_and_can_come_back(ctx: Context) -> None:
    staff = add_staff(ctx, "pia@randers.example")
    gone = people.set_person_active(ctx, ADMIN, "PIA@randers.example", False)
    assert gone.active is False and gone.id == staff.id
    assert [p.active for p in people.list_people(ctx)] == [False]
    with pytest.raises(RuleRefused, match="allerede deaktiveret"):
        people.set_person_active(ctx, ADMIN, staff.email, False)

    back = people.set_person_active(ctx, ADMIN, staff.email, True)
    assert back.active is True
    with ctx.store.read() as uow:
        actions = [e.action for e in uow.audit.list("person", str(staff.id))]
    assert actions == ["person.added", "person.deactivated", "person.activated"]


def test_a_contact_in_force_must_be_replaced_before_deactivation(ctx: Context) -> None:
    anna = add_advisor(ctx, "anna@bua.example", "Anna Berg")
    bo = add_advisor(ctx, "bo@bua.example", "Bo Dam")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, anna.email, date(2026, 1, 1))
    with pytest.raises(RuleRefused, match="Anna Berg er kontaktperson for Randers: tildel en anden først"):
        people.set_person_active(ctx, ADMIN, anna.email, False)
    assert people.list_people(ctx)[0].active is True

    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, bo.email, ctx.clock.today())
    assert people.set_person_active(ctx, ADMIN, anna.email, False).active is False  # her period has ended


def test_an_unknown_person_is_not_found(ctx: Context) -> None:
    with pytest.raises(NotFound):
        people.set_person_active(ctx, ADMIN, "ingen@bua.example", False)
