"""The command handlers: parse nothing, call one service, print the result."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict, replace

from app.domain.model import (
    CONTACT_KIND_NAMES_DA,
    PROFESSION_NAMES_DA,
    ROLE_NAMES_DA,
    Actor,
    NewPerson,
    Series,
    SlotStatus,
)
from app.domain.recurrence import WEEKDAY_NAMES_DA, RecurrenceRule
from app.domain.time import ZONE
from app.errors import InvalidInput
from app.services import closures, contacts, people, reference, series, slots
from app.services.context import Context, jsonable, person_by_email
from app.services.demo import fill_demo
from cli.output import local_time_range, print_json, print_table, skipped_json, slot_json
from cli.wiring import open_store, start
from db.migrate import schema_status, setup_command, upgrade
from db.store import SqlStore

SLOT_STATUS_DA = {SlotStatus.OPEN: "ledig", SlotStatus.BOOKED: "optaget"}


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
                ROLE_NAMES_DA[p.role],
                p.municipality_code,
                PROFESSION_NAMES_DA[p.profession] if p.profession else None,
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
        f"{assignment.person_name} er {CONTACT_KIND_NAMES_DA[assignment.kind].lower()} for "
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
                CONTACT_KIND_NAMES_DA[a.kind],
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


def series_json(found: Series) -> dict[str, object]:
    rule = found.rule
    return {
        "id": found.id,
        "municipality": found.municipality_code,
        "advisor": found.advisor_email,
        "session_type": found.session_type.value,
        "capacity": found.capacity,
        "weekday": ("mon", "tue", "wed", "thu", "fri")[rule.weekday],
        "time": rule.start_time.strftime("%H:%M"),
        "every_weeks": rule.every_weeks,
        "from": rule.starts_on.isoformat(),
        "until": rule.ends_on.isoformat() if rule.ends_on else None,
        "count": rule.count,
        "duration_minutes": rule.duration_minutes,
        "timezone": rule.timezone,
        "video_url": found.video_url,
        "materialised_until": found.materialised_until.isoformat(),
        "previous_series_id": found.previous_series_id,
    }


def _print_series_result(args: argparse.Namespace, verb: str, result: series.SeriesResult) -> None:
    if args.json:
        print_json(
            {
                "series": series_json(result.series),
                "slots_created": result.created,
                "slots_removed": result.removed,
                "skipped": [skipped_json(s) for s in result.skipped],
                "booked_kept": [slot_json(s) for s in result.kept_booked],
            }
        )
        return
    print(
        f"Serie {result.series.id} {verb}: {result.created} tider oprettet, "
        f"{result.removed} fjernet, {len(result.skipped)} datoer sprunget over."
    )
    for skip in result.skipped:
        print(f"  {skip.occurrence_date.isoformat()}: {skip.reason}")
    for slot in result.kept_booked:
        print(f"  Booket tid bevaret uændret: {local_time_range(slot)} (tid {slot.id})")


def series_add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    rule = RecurrenceRule(
        weekday=args.weekday,
        start_time=args.time,
        starts_on=args.starts_on,
        every_weeks=args.every_weeks,
        ends_on=args.until,
        count=args.count,
        duration_minutes=args.duration,
    )
    spec = series.SeriesSpec(args.municipality, args.advisor, rule, args.type, args.capacity, args.video_url)
    _print_series_result(args, "oprettet", series.create_series(ctx, acting_actor(ctx, args), spec))
    return 0


def series_list(args: argparse.Namespace) -> int:
    found = series.list_series(open_context(args), args.municipality, args.advisor)
    if args.json:
        print_json([series_json(s) for s in found])
        return 0
    print_table(
        ["Id", "Kommune", "Rådgiver", "Type", "Hver", "Kl.", "Fra", "Til/antal"],
        [
            (
                s.id,
                s.municipality_code,
                s.advisor_email,
                s.session_type.value,
                f"{s.rule.every_weeks}. uge {WEEKDAY_NAMES_DA[s.rule.weekday]}",
                s.rule.start_time.strftime("%H.%M"),
                s.rule.starts_on.isoformat(),
                s.rule.ends_on.isoformat() if s.rule.ends_on else f"{s.rule.count} gange",
            )
            for s in found
        ],
    )
    return 0


def series_edit(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    changes = series.SeriesChanges(
        weekday=args.weekday,
        start_time=args.time,
        every_weeks=args.every_weeks,
        ends_on=args.until,
        count=args.count,
        duration_minutes=args.duration,
        capacity=args.capacity,
        video_url=args.video_url,
        advisor_email=args.advisor,
    )
    result = series.edit_series(ctx, acting_actor(ctx, args), args.series, args.from_date, changes)
    from cli.booking_commands import mail_invites, print_sent

    invites = mail_invites(ctx, args, list(result.invites_changed))  # a new video link or advisor
    _print_series_result(args, "rettet", result)
    if not args.json:
        print_sent(invites)
    return 0


def series_cancel_occurrence(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    actor = acting_actor(ctx, args)
    done = series.cancel_occurrence(ctx, actor, args.series, args.date, args.reason, args.cancel_bookings)
    from cli.booking_commands import mail_invites, print_sent

    invites = mail_invites(ctx, args, list(done.invites_changed))  # the bookings BUA cancelled with it
    print(f"{done.skip.occurrence_date.isoformat()} er aflyst i serie {done.skip.series_id}.")
    if done.invites_changed:
        count = len(done.invites_changed)
        print(f"{count} {'booking' if count == 1 else 'bookinger'} aflyst af BUA.")
    print_sent(invites)
    return 0


def series_restore_occurrence(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    slot = series.restore_occurrence(ctx, acting_actor(ctx, args), args.series, args.date)
    print(f"Genoprettet: {local_time_range(slot)} (tid {slot.id}).")
    return 0


def series_move_occurrence(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    slot = series.move_occurrence(ctx, acting_actor(ctx, args), args.slot, args.date, args.time)
    print(f"Flyttet: tid {slot.id} ligger nu {local_time_range(slot)}.")
    return 0


def slots_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    found = slots.list_slots(ctx, args.municipality, args.advisor, args.from_date, args.to_date, args.status)
    skipped = (
        []
        if args.status
        else slots.list_skipped(ctx, args.municipality, args.advisor, args.from_date, args.to_date)
    )
    if args.json:
        print_json({"slots": [slot_json(s) for s in found], "skipped": [skipped_json(s) for s in skipped]})
        return 0
    print_table(
        ["Id", "Dag", "Uge", "Tid", "Kommune", "Rådgiver", "Type", "Ledige", "Status"],
        [
            (
                s.id,
                WEEKDAY_NAMES_DA[s.starts_at.astimezone(ZONE).weekday()],
                s.starts_at.astimezone(ZONE).isocalendar().week,
                local_time_range(s),
                s.municipality_code,
                s.advisor_email,
                s.session_type.name_da,
                f"{max(s.capacity - s.booked_count, 0)} af {s.capacity}",
                SLOT_STATUS_DA[s.status] + (" (flyttet)" if s.moved else ""),
            )
            for s in found
        ],
    )
    if skipped:
        print("\nSprunget over:")
        print_table(
            ["Dato", "Serie", "Kommune", "Begrundelse"],
            [(s.occurrence_date.isoformat(), s.series_id, s.municipality_code, s.reason) for s in skipped],
        )
    return 0
