"""Realistic, deterministic demo data for all 19 municipalities: BUA advisors and an administrator,
municipal staff, contact persons, and sparring, supervision and teaching series spanning `years` years
(the last one ahead of today). Names and addresses are invented; e-mail domains are reserved examples.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from app.domain.model import Actor, ContactKind, NewPerson, Profession, Role
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import RuleRefused
from app.services import access
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.demo_bookings import add_demo_bookings
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series

FIRST_NAMES = (
    "Anne",
    "Mette",
    "Louise",
    "Camilla",
    "Sofie",
    "Maria",
    "Line",
    "Katrine",
    "Ida",
    "Julie",
    "Lars",
    "Søren",
    "Mads",
    "Jens",
    "Peter",
    "Thomas",
    "Anders",
    "Rasmus",
    "Kasper",
    "Mikkel",
)
LAST_NAMES = (
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Møller",
)
ADVISORS = (
    ("Hanne Bach", "hanne.bach"),
    ("Morten Holm", "morten.holm"),
    ("Signe Lund", "signe.lund"),
    ("Ulrik Vestergaard", "ulrik.vestergaard"),
    ("Birgitte Dahl", "birgitte.dahl"),
    ("Karsten Friis", "karsten.friis"),
)
STAFF_PROFESSIONS = (
    Profession.PSYCHOLOGIST,
    Profession.PSYCHOLOGIST,
    Profession.SOCIAL_WORKER,
    Profession.PEDAGOGICAL_CONSULTANT,
    Profession.FAMILY_COUNSELLOR,
    Profession.OTHER,
)
DEMO_ADMINISTRATOR = "koordinator@bua.example"
SESSION_TIMES = (time(9), time(10), time(11), time(13), time(14))


def fill_demo(ctx: Context, actor: Actor, years: int = 1, seed: int = 1) -> str:
    """Fill an empty store. Returns a one-line Danish summary."""
    if not 1 <= years <= 10:
        raise RuleRefused("Vælg mellem 1 og 10 års demodata.")
    with ctx.store.read() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.FILL_DEMO)
        if uow.people.list():
            raise RuleRefused("Databasen indeholder allerede personer: demodata kræver en tom database.")
        municipalities = uow.municipalities.list()
    rng = random.Random(seed)
    today = ctx.clock.today()
    first_day = date(today.year - (years - 1), today.month, 1)
    last_day = today + timedelta(days=366)

    add_person(ctx, actor, NewPerson(DEMO_ADMINISTRATOR, "Lene Kjær", Role.ADMINISTRATOR))
    advisors = [
        add_person(ctx, actor, NewPerson(f"{login}@bua.example", name, Role.ADVISOR))
        for name, login in ADVISORS
    ]
    staff_count = series_count = 0
    used_emails: set[str] = set()
    held: set[tuple[int, int, time]] = set()  # (advisor, weekday, time): one session at a time
    for index, municipality in enumerate(sorted(municipalities, key=lambda m: m.code)):
        domain = f"{_slug(municipality.name)}.example"
        staff = []
        for _ in range(rng.randint(3, 6)):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            email = _unique(f"{_slug(name).replace('-', '.')}@{domain}", used_emails)
            staff.append(
                add_person(
                    ctx,
                    actor,
                    NewPerson(
                        email,
                        name,
                        Role.MUNICIPAL_STAFF,
                        municipality.code,
                        rng.choice(STAFF_PROFESSIONS),
                    ),
                )
            )
        staff_count += len(staff)
        advisor, deputy = advisors[index % len(advisors)], advisors[(index + 1) % len(advisors)]
        for kind, person in (
            (ContactKind.BUA_ADVISOR, advisor),
            (ContactKind.BUA_DEPUTY, deputy),
            (ContactKind.MUNICIPAL_CONTACT, staff[0]),
        ):
            assign_contact(ctx, actor, municipality.code, kind, person.email, first_day)
        sessions = [(SessionType.SPARRING, 1)]
        if rng.random() < 0.5:
            sessions.append((SessionType.SUPERVISION, 2))
        if index % 4 == 0:
            sessions.append((SessionType.TEACHING, 4))  # monthly, open to every municipality
        for session_type, every_weeks in sessions:
            weekday, start = rng.randint(0, 4), rng.choice(SESSION_TIMES)
            while (advisor.id, weekday, start) in held:
                weekday, start = rng.randint(0, 4), rng.choice(SESSION_TIMES)
            held.add((advisor.id, weekday, start))
            rule = RecurrenceRule(
                weekday=weekday,
                start_time=start,
                starts_on=first_day,
                every_weeks=every_weeks,
                ends_on=last_day,
                duration_minutes=90 if session_type is SessionType.TEACHING else 45,
            )
            video = f"https://video.bua.example/{municipality.code}-{session_type.value}"
            teaching = session_type is SessionType.TEACHING
            create_series(
                ctx,
                actor,
                SeriesSpec(
                    municipality.code,
                    advisor.email,
                    rule,
                    session_type,
                    6 if teaching else None,
                    video,
                    open_to_all=teaching,
                ),
            )
            series_count += 1
    booked = add_demo_bookings(ctx, rng)
    return (
        f"{booked['bookings'] + booked['teaching places']} bookinger "
        f"({booked['held']} afholdt, {booked['no-show']} udeblevet, "
        f"{booked['cancelled'] + booked['cancelled-by-bua']} aflyst, "
        f"{booked['waitlisted']} på venteliste), "
        f"{len(advisors) + 1} BUA-medarbejdere, {staff_count} kommunale medarbejdere, "
        f"{series_count} serier fra {first_day.isoformat()}."
    )


def has_demo_data(ctx: Context) -> bool:
    """True when `fill_demo` filled this store (its administrator is there), so roles may be tried."""
    with ctx.store.read() as uow:
        return uow.people.by_email(DEMO_ADMINISTRATOR) is not None


def _slug(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", " ": "-"})
    return text.lower().translate(table)


def _unique(email: str, used: set[str]) -> str:
    local, domain = email.split("@")
    candidate, number = email, 2
    while candidate in used:
        candidate, number = f"{local}{number}@{domain}", number + 1
    used.add(candidate)
    return candidate
