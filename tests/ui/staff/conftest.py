"""A small Randers world for the staff page: an advisor and deputy, two staff members, the contact
persons, weekly Tuesday sparring at 13.00 and a two-place teaching session open to all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest

from app.domain.model import ContactKind, Person
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from app.services.slots import list_slots
from tests.integration.helpers import ADMIN, add_advisor, add_member, weekly_series

ROOT = Path(__file__).resolve().parents[3]
TS_FILE = ROOT / "resources" / "translations" / "staff_da.ts"


@dataclass(frozen=True)
class World:
    pia: Person  # books on the page
    bo: Person  # a colleague in the same municipality
    eva: Person  # staff in Aarhus
    advisor: Person
    sparring: list[int]  # bookable Tuesday slot ids, in time order
    teaching: int  # the two-place teaching slot (Aarhus, open to all)


@pytest.fixture
def world(sqlite_ctx: Context) -> World:
    ctx = sqlite_ctx
    advisor = add_advisor(ctx)
    deputy = add_advisor(ctx, "ole@bua.example", "Ole Dam")
    pia = add_member(ctx, "pia@randers.example", "730", name="Pia Holm")
    bo = add_member(ctx, "bo@randers.example", "730", name="Bo Lind")
    eva = add_member(ctx, "eva@aarhus.example", "751", name="Eva Kjær")
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, bo.email)
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 5), date(2027, 2, 23))
    once = date(2027, 1, 13)
    rule = RecurrenceRule(weekday=2, start_time=time(9), starts_on=once, ends_on=once)
    create_series(
        ctx, ADMIN, SeriesSpec("751", advisor.email, rule, SessionType.TEACHING, capacity=2, open_to_all=True)
    )
    bookable = [s.id for s in list_slots(ctx, "730", from_date=date(2027, 1, 12))]
    (teaching,) = list_slots(ctx, "751")
    return World(pia, bo, eva, advisor, bookable, teaching.id)
