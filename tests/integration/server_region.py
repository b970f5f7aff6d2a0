"""A region on a shared PostgreSQL store, as the server tests log in to it: Randers and Aarhus, their
advisors, an administrator and three bookings with case summaries, each person with a login of their
own; and the plain-SQL helpers the tests ask the database with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from app.domain.model import ContactKind, NewPerson, Person, Role
from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.services import bookings, contacts, slots, summaries
from app.services.clock import SystemClock
from app.services.context import Context
from app.services.people import add_person
from db.engine import create_store_engine
from db.server import add_login
from db.store import SqlStore
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series

RANDERS, AARHUS = "730", "751"
PIA_DRAFT = "Kladde: drengen græder hver morgen"
PIA_SENT = "Sendt: pigen spiser ikke i skolen"
LARS_SENT = "Sendt: Aarhus-sagen om angst"


@dataclass
class Region:
    admin_url: str  # the database administrator's (a superuser)
    logins: dict[str, str]  # name: that person's own connection URL
    people: dict[str, Person]
    booking: dict[str, int]  # pia_sent, pia_draft, lars_sent
    free_slot: int  # a free Randers 1:1 slot

    def sql(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(plain_url(self.logins[who]), autocommit=True)


def login_for(admin_url: str, person: Person) -> str:
    database = make_url(admin_url).database
    login = f"{database}_{person.email.split('@')[0]}"
    engine = create_store_engine(admin_url)
    add_login(engine, person.email, login, "en-lang-nok-adgangskode")
    engine.dispose()
    return (
        make_url(admin_url)
        .set(username=login, password="en-lang-nok-adgangskode")
        .render_as_string(hide_password=False)
    )


def monday_after(day: date, weeks: int) -> date:
    return day + timedelta(days=7 * weeks - day.weekday())


def build_region(server_db: str) -> Region:
    """Randers (730) with Pia and Kim (the municipality's own contact), Aarhus (751) with Lars; Ulla is
    Randers' advisor, Eva Aarhus' and Randers' deputy today; Ada administers. Built as the server's
    administrator through the services, on today's real date (the policies know no test clock)."""
    ctx = Context(SqlStore.open(server_db), SystemClock())
    today = ctx.clock.today()
    ulla = add_advisor(ctx, "ulla@bua.example", "Ulla Bak")
    eva = add_advisor(ctx, "eva@bua.example", "Eva Dahl")
    ada = add_person(ctx, ADMIN, NewPerson("ada@bua.example", "Ada Berg", Role.ADMINISTRATOR))
    pia = add_member(ctx, "pia@randers.example", RANDERS, name="Pia Holm")
    kim = add_member(ctx, "kim@randers.example", RANDERS, name="Kim Lund")
    lars = add_member(ctx, "lars@aarhus.example", AARHUS, name="Lars Bo")
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.BUA_ADVISOR, ulla.email, today)
    contacts.assign_contact(ctx, ADMIN, AARHUS, ContactKind.BUA_ADVISOR, eva.email, today)
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.BUA_DEPUTY, eva.email, today)
    contacts.assign_contact(ctx, ADMIN, RANDERS, ContactKind.MUNICIPAL_CONTACT, kim.email, today)
    first, last = monday_after(today, 2), monday_after(today, 6)
    weekly_series(ctx, ulla, 1, time(9), first, last, RANDERS)
    weekly_series(ctx, eva, 2, time(13), first, last, AARHUS)
    randers = slots.list_slots(ctx, municipality_code=RANDERS, from_date=first, to_date=last)
    aarhus = slots.list_slots(ctx, municipality_code=AARHUS, from_date=first, to_date=last)

    def content(problem: str) -> SummaryContent:
        return SummaryContent("Henvise?", problem, AgeBand.SCHOOL, PathwayStep.STEP_2)

    booked = {
        "pia_sent": bookings.book(ctx, actor_of(pia), randers[0].id).id,
        "pia_draft": bookings.book(ctx, actor_of(pia), randers[1].id).id,
        "lars_sent": bookings.book(ctx, actor_of(lars), aarhus[0].id).id,
    }
    summaries.submit(ctx, actor_of(pia), booked["pia_sent"], content(PIA_SENT))
    summaries.save_draft(ctx, actor_of(pia), booked["pia_draft"], content(PIA_DRAFT))
    summaries.submit(ctx, actor_of(lars), booked["lars_sent"], content(LARS_SENT))
    ctx.store.dispose()  # type: ignore[attr-defined]
    people = {p.email.split("@")[0]: p for p in (ulla, eva, ada, pia, kim, lars)}
    logins = {name: login_for(server_db, person) for name, person in people.items()}
    return Region(server_db, logins, people, booked, randers[2].id)


def plain_url(url: str) -> str:
    """A SQLAlchemy URL as psycopg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def rows(connection: psycopg.Connection[tuple[Any, ...]], query: str) -> list[tuple[Any, ...]]:
    return connection.execute(query).fetchall()


def is_refused(connection: psycopg.Connection[tuple[Any, ...]], statement: str) -> bool:
    """Whether the database refuses `statement` (no privilege) or lets it change nothing."""
    try:
        changed = connection.execute(statement).rowcount
    except psycopg.errors.InsufficientPrivilege:
        return True
    return changed == 0
