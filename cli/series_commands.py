"""Handlers of `series ...` (add, list, edit, an occurrence cancelled, restored or moved), `slots list`."""

from __future__ import annotations

import argparse

from app.domain.model import Series
from app.domain.recurrence import RecurrenceRule
from app.domain.time import ZONE
from app.services import series, slots
from cli.commands import acting_actor, open_context
from cli.output import local_time_range, print_json, print_table, skipped_json, slot_json
from cli.words import SLOT_STATUS_NAMES, WEEKDAY_NAMES


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
                f"{s.rule.every_weeks}. uge {WEEKDAY_NAMES[s.rule.weekday]}",
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
                WEEKDAY_NAMES[s.starts_at.astimezone(ZONE).weekday()],
                s.starts_at.astimezone(ZONE).isocalendar().week,
                local_time_range(s),
                s.municipality_code,
                s.advisor_email,
                s.session_type.name_da,
                f"{max(s.capacity - s.booked_count, 0)} af {s.capacity}",
                SLOT_STATUS_NAMES[s.status] + (" (flyttet)" if s.moved else ""),
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
