"""The command handlers: parse nothing, call one service, print the result."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict, replace

from app.domain.model import (
    Actor,
    NewPerson,
)
from app.errors import InvalidInput
from app.services import closures, contacts, people, reference
from app.services.audit import jsonable
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.lookups import person_by_email
from cli.output import print_json, print_table
from cli.wiring import open_store, start
from cli.words import CONTACT_KIND_NAMES, PROFESSION_NAMES, ROLE_NAMES
from db.migrate import schema_status, setup_command, upgrade
from db.store import SqlStore


def open_context(args: argparse.Namespace, purge: bool = True, create: bool = False) -> Context:
    """The store, read and written as --as EMAIL; without it as the local command line (the system).
    Only `db upgrade` and `demo` make a new SQLite file (`create`)."""
    ctx = start(args.database, purge=purge, create=create)
    login = people.logged_in_as(ctx, args.acting)
    if login is not None:
        return replace(ctx, actor=Actor(login.id, login.email))
    if not args.acting:
        return replace(ctx, actor=Actor.system(f"kommandolinje ({getpass.getuser()})"))
    with ctx.store.read() as uow:
        person = person_by_email(uow, args.acting)
    return replace(ctx, actor=Actor(person.id, person.email))


def acting_actor(ctx: Context, args: argparse.Namespace) -> Actor:
    """Who acts: the person open_context resolved from --as, or the local command line."""
    return ctx.actor


def db_upgrade(args: argparse.Namespace) -> int:
    store = open_store(args.database, create=True)
    if store.engine.dialect.name == "postgresql":
        raise InvalidInput(
            f"En server opgraderes af en databaseadministrator med '{setup_command(store.engine.url)}'."
        )
    backup = upgrade(store.engine)
    print(f"Skemaet er opdateret ({store.describe()}).")
    if backup is not None:
        print(f"Sikkerhedskopi: {backup}")
    return 0


def db_status(args: argparse.Namespace) -> int:
    store = open_store(args.database)
    status = schema_status(store.engine)
    if args.json:
        print_json(
            {
                "database": store.describe(),
                "current": status.current,
                "head": status.head,
                "up_to_date": status.up_to_date,
            }
        )
    else:
        command = "server setup" if store.engine.dialect.name == "postgresql" else "db upgrade"
        state = "opdateret" if status.up_to_date else f"skal opgraderes (bua-booking {command})"
        print(f"{store.describe()}: version {status.current or 'ingen'}, nyeste {status.head}: {state}")
    return 0


def demo(args: argparse.Namespace) -> int:
    ctx = open_context(args, create=True)
    assert isinstance(ctx.store, SqlStore)
    try:
        with ctx.store.all_or_nothing() as whole:  # Ctrl-C leaves the store as it was
            summary = fill_demo(replace(ctx, store=whole), ctx.actor, years=args.years, seed=args.seed)
    except KeyboardInterrupt:
        print("Afbrudt: ingen demodata blev gemt.", file=sys.stderr)
        return 130
    print(f"Demodata oprettet i {ctx.store.describe()}: {summary}")
    return 0


def municipalities_list(args: argparse.Namespace) -> int:
    overview = reference.municipality_overview(open_context(args))
    if args.json:
        print_json(
            [
                {
                    "code": o.municipality.code,
                    "name": o.municipality.name,
                    "cluster": o.municipality.cluster,
                    "hospital_unit": o.municipality.hospital_unit,
                    "advisor": o.advisor.person_email if o.advisor else None,
                    "deputy": o.deputy.person_email if o.deputy else None,
                    "municipal_contact": (o.municipal_contact.person_email if o.municipal_contact else None),
                }
                for o in overview
            ]
        )
        return 0
    print_table(
        ["Kode", "Kommune", "Klynge", "Kontaktperson i BUA", "Stedfortræder"],
        [
            (
                o.municipality.code,
                o.municipality.name,
                o.municipality.cluster,
                o.advisor.person_name if o.advisor else "-",
                o.deputy.person_name if o.deputy else "-",
            )
            for o in overview
        ],
    )
    return 0


def people_add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    person = people.add_person(
        ctx,
        acting_actor(ctx, args),
        NewPerson(args.email, args.name, args.role, args.municipality, args.profession, args.clinic),
    )
    print(f"Oprettet: {person.name} <{person.email}> (id {person.id}).")
    return 0


def people_list(args: argparse.Namespace) -> int:
    found = people.list_people(open_context(args), args.role, args.municipality)
    if args.json:
        print_json([jsonable(asdict(p)) for p in found])
        return 0
    print_table(
        ["Id", "Navn", "E-mail", "Rolle", "Kommune", "Faggruppe"],
        [
            (
                p.id,
                p.name,
                p.email,
                ROLE_NAMES[p.role],
                p.municipality_code,
                PROFESSION_NAMES[p.profession] if p.profession else None,
            )
            for p in found
        ],
    )
    return 0


def contacts_assign(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    assignment = contacts.assign_contact(
        ctx, acting_actor(ctx, args), args.municipality, args.kind, args.email, args.valid_from
    )
    print(
        f"{assignment.person_name} er {CONTACT_KIND_NAMES[assignment.kind].lower()} for "
        f"kommune {assignment.municipality_code} fra {assignment.valid_from.isoformat()}."
    )
    return 0


def contacts_list(args: argparse.Namespace) -> int:
    found = contacts.list_contacts(open_context(args), args.municipality, args.history)
    if args.json:
        print_json([jsonable(asdict(a)) for a in found])
        return 0
    print_table(
        ["Kommune", "Rolle", "Navn", "E-mail", "Fra", "Til"],
        [
            (
                a.municipality_code,
                CONTACT_KIND_NAMES[a.kind],
                a.person_name,
                a.person_email,
                a.valid_from.isoformat(),
                a.valid_until.isoformat() if a.valid_until else "",
            )
            for a in found
        ],
    )
    return 0


def closures_add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    if args.annual:
        month, day = args.annual
        closure = closures.set_annual_closure(ctx, acting_actor(ctx, args), month, day, True, args.reason)
        print(f"Årlig lukkedag slået til: {day:02d}-{month:02d} ({closure.reason}).")
        return 0
    if not args.reason:
        raise InvalidInput("Angiv en begrundelse med --reason.")
    closures.add_closure_date(ctx, acting_actor(ctx, args), args.date, args.reason)
    print(f"Lukkedag tilføjet: {args.date.isoformat()}.")
    return 0


def closures_remove(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    if args.annual:
        month, day = args.annual
        closures.set_annual_closure(ctx, acting_actor(ctx, args), month, day, False)
        print(f"Årlig lukkedag slået fra: {day:02d}-{month:02d}.")
        return 0
    closures.remove_closure_date(ctx, acting_actor(ctx, args), args.date)
    print(f"Lukkedag fjernet: {args.date.isoformat()}.")
    return 0


def closures_list(args: argparse.Namespace) -> int:
    found = closures.list_closures(open_context(args))
    if args.json:
        print_json(
            {
                "annual": [
                    {"month": a.month, "day": a.day, "reason": a.reason, "enabled": a.enabled}
                    for a in found.annual
                ],
                "dates": [{"date": c.day.isoformat(), "reason": c.reason} for c in found.dates],
            }
        )
        return 0
    print("Årlige lukkedage (helligdage springes altid over):")
    print_table(
        ["Dato", "Begrundelse", "Status"],
        [(f"{a.day:02d}-{a.month:02d}", a.reason, "til" if a.enabled else "fra") for a in found.annual],
    )
    print("\nEnkelte lukkedage:")
    print_table(["Dato", "Begrundelse"], [(c.day.isoformat(), c.reason) for c in found.dates])
    return 0
