"""Handlers of `summary show|save|submit|reminders` and `purge` (arguments: cli/summary_parser.py).

`save` and `submit` start from the stored draft and replace only the fields given, so a summary can be
written one field at a time. A refused submit writes nothing and exits with the refusal's code.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from app.domain.summary import (
    AgeBand,
    FieldKey,
    PathwayStep,
    ScreeningRow,
    Summary,
    SummaryContent,
    SummaryField,
    blocked_message,
    guard,
)
from app.domain.time import ZONE
from app.errors import InvalidInput
from app.services import summaries
from app.services.audit import jsonable
from app.services.context import Context
from cli.check_summary_commands import read_summary
from cli.commands import acting_actor, open_context
from cli.output import local_iso, print_json, print_table
from cli.wiring import purge_and_reclaim
from cli.words import DEADLINE_STATE_NAMES, PATHWAY_STEP_NAMES, SUMMARY_STATE_NAMES, summary_field_name
from db.store import SqlStore


def summary_show(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    view = summaries.read(ctx, acting_actor(ctx, args), args.booking)
    if args.json:
        print_json(
            {
                "booking_id": view.booking.id,
                "start": local_iso(view.booking.starts_at),
                "deadline": view.status.deadline.isoformat(),
                "deadline_state": view.status.state.value,
                "summary": _summary_json(view.summary) if view.summary else None,
                "purged": jsonable(view.tombstone) if view.tombstone else None,
            }
        )
        return 0
    start = view.booking.starts_at.astimezone(ZONE)
    print(f"Booking {view.booking.id}: møde {start:%Y-%m-%d %H:%M}, frist {view.status.deadline.isoformat()}")
    print(f"Status: {DEADLINE_STATE_NAMES[view.status.state]}")
    if view.tombstone:
        purged = view.tombstone.purged_at.astimezone(ZONE)
        print(f"Slettet {purged:%Y-%m-%d} efter reglen {view.tombstone.rule}.")
    if view.summary:
        _print_summary(view.summary)
    return 0


def summary_save(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    actor = acting_actor(ctx, args)
    saved = summaries.save_draft(ctx, actor, args.booking, _content(ctx, args), args.reopen)
    _report(args, "Kladden er gemt", saved)
    checked = guard(saved.content)
    if checked.blocks and not args.json:
        print(blocked_message(checked))
    return 0


def summary_submit(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    actor = acting_actor(ctx, args)
    content = _content(ctx, args)
    sent = summaries.submit(ctx, actor, args.booking, content, args.acknowledge_warnings)
    return _report(args, "Sagsresuméet er sendt til BUA", sent)


def summary_reminders(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    pending = summaries.reminders(ctx, acting_actor(ctx, args))
    if args.json:
        print_json(
            [
                {
                    "booking_id": s.booking_id,
                    "start": local_iso(s.starts_at),
                    "deadline": s.deadline.isoformat(),
                    "state": s.state.value,
                }
                for s in pending
            ]
        )
        return 0
    if not pending:
        print("Alle dine kommende møder har et indsendt sagsresumé.")
        return 0
    print_table(
        ["Booking", "Møde", "Frist", "Status"],
        [
            (
                s.booking_id,
                f"{s.starts_at.astimezone(ZONE):%Y-%m-%d %H:%M}",
                s.deadline.isoformat(),
                DEADLINE_STATE_NAMES[s.state],
            )
            for s in pending
        ],
    )
    return 0


def purge(args: argparse.Namespace) -> int:
    ctx = open_context(args, purge=False)  # start-up would purge first and leave nothing to report
    if isinstance(ctx.store, SqlStore) and ctx.store.engine.dialect.name == "postgresql":
        raise InvalidInput(
            "På en server sletter databaseadministratorens natlige 'bua-booking server purge' udløbne "
            "sagsresuméer, så teksten også forsvinder fra serverens disk."
        )
    result = purge_and_reclaim(ctx, ctx.actor)
    if args.json:
        print_json({"purged": list(result.booking_ids), "rule": result.rule})
    else:
        print(f"{len(result.booking_ids)} sagsresuméer slettet efter reglen {result.rule}.")
    return 0


def _content(ctx: Context, args: argparse.Namespace) -> SummaryContent:
    """The stored draft with the fields given on the command line replaced."""
    view = summaries.read(ctx, acting_actor(ctx, args), args.booking)
    content = view.summary.content if view.summary else SummaryContent()
    changes: dict[str, Any] = {}
    if args.file:
        changes["problem"] = read_summary(args.file)
    if args.question is not None:
        changes["question"] = args.question
    if args.tried is not None:
        changes["tried"] = args.tried
    if args.age_band:
        changes["age_band"] = AgeBand(args.age_band)
    if args.step:
        changes["pathway_step"] = PathwayStep(f"trin_{args.step}")
    if args.screening is not None:
        changes["screenings"] = tuple(_screening(text) for text in args.screening)
    return replace(content, **changes)


def _screening(text: str) -> ScreeningRow:
    parts = text.split(":")
    try:
        instrument, scale, score, informant, month = parts
        year, month_number = (int(p) for p in month.split("-"))
        return ScreeningRow(instrument, scale, float(score.replace(",", ".")), informant, month_number, year)
    except ValueError:
        raise InvalidInput(
            f"Ugyldig screening {text!r}: brug INSTRUMENT:SKALA:SCORE:INFORMANT:ÅÅÅÅ-MM."
        ) from None


def _report(args: argparse.Namespace, verb: str, summary: Summary) -> int:
    if args.json:
        print_json(_summary_json(summary))
    else:
        state = SUMMARY_STATE_NAMES[summary.state]
        print(f"{verb} (booking {summary.booking_id}, version {summary.version}, {state}).")
    return 0


def _summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "booking_id": summary.booking_id,
        "state": summary.state.value,
        "version": summary.version,
        "updated_at": local_iso(summary.updated_at),
        "submitted_at": local_iso(summary.submitted_at) if summary.submitted_at else None,
        "warnings_acknowledged": summary.warnings_acknowledged,
        "content": jsonable(summary.content),
    }


def _print_summary(summary: Summary) -> None:
    content = summary.content
    print(f"Version {summary.version}, {SUMMARY_STATE_NAMES[summary.state]}")
    print(f"Aldersgruppe: {content.age_band.value + ' år' if content.age_band else '-'}")
    print(f"Trin: {PATHWAY_STEP_NAMES[content.pathway_step] if content.pathway_step else '-'}")
    for field, text in (
        (SummaryField.QUESTION, content.question),
        (SummaryField.PROBLEM, content.problem),
        (SummaryField.TRIED, content.tried),
    ):
        print(f"\n{summary_field_name(FieldKey(field))}:\n{text or '-'}")
    if content.screenings:
        print()
        print_table(
            ["Instrument", "Skala", "Rå-score", "Informant", "Måned"],
            [
                (
                    s.instrument,
                    s.scale,
                    "" if s.raw_score is None else f"{s.raw_score:g}",
                    s.informant,
                    f"{s.month:02d}/{s.year}" if s.month and s.year else "",
                )
                for s in content.screenings
            ],
        )
