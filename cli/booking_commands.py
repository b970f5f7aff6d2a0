"""Handlers of the booking commands: call one service, print one result."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from app.domain.booking import Booking, BookingRules, GpGuest, Outcome
from app.domain.time import ZONE
from app.errors import InvalidInput
from app.services import absences, bookings, reference, rules, waitlist
from app.services.audit import jsonable
from app.services.bookings import BookingChange
from app.services.context import Context
from app.services.mail import InvitesAfterChange
from cli.commands import acting_actor, open_context
from cli.output import (
    booking_json,
    booking_line,
    local_time_range,
    print_json,
    print_table,
    sent_json,
    sent_line,
)
from cli.words import BOOKING_STATE_NAMES, PROFESSION_NAMES, RULE_NAMES


def _report(
    args: argparse.Namespace, verb: str, change: Booking | BookingChange, ctx: Context | None = None
) -> int:
    """Print the booking; after a change (ctx given), mail its new invite unless --no-invite, and the
    invite of whoever got the place it freed from the waitlist."""
    booking, promoted = (
        (change.booking, change.promoted) if isinstance(change, BookingChange) else (change, ())
    )
    invite = mail_invites(ctx, args, [booking.id], promoted) if ctx is not None else None
    if args.json:
        print_json(booking_json(booking) | ({"invite": _invite_json(invite, promoted)} if invite else {}))
    else:
        print(f"{verb}: {booking_line(booking)}")
        print_sent(invite, promoted)
    return 0


def mail_invites(
    ctx: Context, args: argparse.Namespace, booking_ids: list[int], promoted: Sequence[int] = ()
) -> InvitesAfterChange | None:
    """The changed bookings' invites by e-mail, when a mail server is set up and not --no-invite. The
    waitlist's invite to whoever got a freed place is the program's, not the actor's, so it goes out
    even with --no-invite (see send_invites_after_change).

    A failed send leaves the change standing (exit 0): a warning on stderr says how to send again."""
    booking_ids = [] if args.no_invite else booking_ids
    if not (booking_ids or promoted):
        return None
    from app.services.mail import send_invites_after_change
    from cli.smtp_sender import SmtpSender
    from db.secrets import KeyringSecrets

    invite = send_invites_after_change(
        ctx, acting_actor(ctx, args), booking_ids, SmtpSender(KeyringSecrets()), promoted
    )
    for booking_id, reason in invite.failed:
        whose = " til den næste på ventelisten" if booking_id in promoted else ""
        print(
            f"Advarsel: invitationen{whose} blev ikke sendt: {reason} "
            f"{'BUA kan sende' if whose else 'Send'} den igen med "
            f"'bua-booking send-invite --booking {booking_id}'.",
            file=sys.stderr,
        )
    return invite


def print_sent(invite: InvitesAfterChange | None, promoted: Sequence[int] = ()) -> None:
    for sent in invite.sent if invite else ():
        if sent.booking_id in promoted:  # another person's place: who it is stays theirs
            print(f"Pladsen gik til den næste på ventelisten, som fik invitationen (udgave {sent.sequence}).")
        else:
            print(sent_line(sent))


def _invite_json(invite: InvitesAfterChange, promoted: Sequence[int] = ()) -> dict[str, Any]:
    return {
        "mail_server": not invite.no_mail_server,
        "sent": [sent_json(s) for s in invite.sent if s.booking_id not in promoted],
        "promoted": [  # who got the place is not the reader's business: no recipients
            {"booking": s.booking_id, "method": s.method.value, "sequence": s.sequence}
            for s in invite.sent
            if s.booking_id in promoted
        ],
        "failed": [reason for _booking_id, reason in invite.failed],
    }


def book(args: argparse.Namespace) -> int:
    gp = None
    if args.gp_name or args.gp_email:
        if not (args.gp_name and args.gp_email):
            raise InvalidInput("Angiv både --gp-name og --gp-email for at invitere lægen.")
        gp = GpGuest(args.gp_name, args.gp_email, args.gp_clinic)
    summary = None
    if args.summary_file:
        from app.domain.summary import SummaryContent
        from cli.check_summary_commands import read_summary

        summary = SummaryContent(problem=read_summary(args.summary_file))
    ctx = open_context(args)
    return _report(args, "Booket", bookings.book(ctx, acting_actor(ctx, args), args.slot, gp, summary), ctx)


def cancel(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    cancelled = bookings.cancel(
        ctx, acting_actor(ctx, args), args.booking, args.reason, args.expected_version
    )
    return _report(args, "Aflyst", cancelled, ctx)


def reschedule(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    moved = bookings.reschedule(
        ctx, acting_actor(ctx, args), args.booking, args.to_slot, args.expected_version
    )
    return _report(args, "Flyttet", moved, ctx)


def outcome(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    marked = bookings.set_outcome(
        ctx, acting_actor(ctx, args), args.booking, args.status, args.reason, args.expected_version
    )
    cancelled = args.status is Outcome.CANCELLED_BY_BUA  # its CANCEL, and a freed place's new invite
    return _report(args, "Registreret", marked, ctx if cancelled else None)


def bookings_list(args: argparse.Namespace) -> int:
    found = bookings.list_bookings(
        open_context(args), args.municipality, args.person, args.from_date, args.to_date
    )
    if args.json:
        print_json([booking_json(b) for b in found])
        return 0
    print_table(
        ["Id", "Tid", "Kommune", "Booket af", "Rådgiver", "Status", "Læge"],
        [
            (
                b.id,
                b.starts_at.astimezone(ZONE).strftime("%Y-%m-%d %H:%M"),
                b.municipality_code,
                b.person_email,
                b.advisor_email,
                BOOKING_STATE_NAMES[b.state],
                b.gp.name if b.gp else "",
            )
            for b in found
        ],
    )
    return 0


def waitlist_list(args: argparse.Namespace) -> int:
    entries = waitlist.entries(open_context(args), args.slot)
    if args.json:
        print_json([booking_json(b) for b in entries])
        return 0
    print_table(
        ["Nr.", "Booking", "Navn", "E-mail", "Kommune"],
        [(n, b.id, b.person_name, b.person_email, b.municipality_code) for n, b in enumerate(entries, 1)],
    )
    return 0


def waitlist_join(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    return _report(args, "På ventelisten", waitlist.join_waitlist(ctx, acting_actor(ctx, args), args.slot))


def waitlist_leave(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    return _report(
        args, "Fjernet fra ventelisten", waitlist.leave_waitlist(ctx, acting_actor(ctx, args), args.slot)
    )


def absence_add(args: argparse.Namespace) -> int:
    both = sorted(set(args.to_deputy) & set(args.cancel))
    if both:
        raise InvalidInput(f"Tid {', '.join(map(str, both))} står både i --to-deputy og --cancel: vælg én.")
    ctx = open_context(args)
    affected = absences.affected_sessions(ctx, args.advisor, args.from_date, args.to_date)
    booked = [a for a in affected if a.slot.has_bookings]
    decisions = {slot_id: absences.Handling.DEPUTY for slot_id in args.to_deputy}
    decisions |= {slot_id: absences.Handling.CANCEL for slot_id in args.cancel}
    if args.all_to_deputy or args.cancel_all:
        every = absences.Handling.DEPUTY if args.all_to_deputy else absences.Handling.CANCEL
        decisions = {a.slot.id: every for a in booked}
    undecided = [a for a in booked if a.slot.id not in decisions]
    if undecided and not args.json:
        print("Bookede møder i fraværet, der mangler en beslutning:")
        print_table(
            ["Tid", "Hvornår", "Kommune", "Booket af", "Stedfortræder"],
            [
                (
                    a.slot.id,
                    local_time_range(a.slot),
                    a.slot.municipality_code,
                    ", ".join(b.person_email for b in a.bookings),
                    a.deputy_email or "(ingen)",
                )
                for a in undecided
            ],
        )
        print("Angiv --to-deputy ID,... og/eller --cancel ID,... (eller --all-to-deputy / --cancel-all).")
    result = absences.add_absence(
        ctx, acting_actor(ctx, args), args.advisor, args.from_date, args.to_date, args.reason, decisions
    )
    invite = mail_invites(ctx, args, list(result.invites_changed))
    if args.json:
        print_json(jsonable(asdict(result)) | ({"invite": _invite_json(invite)} if invite else {}))
        return 0
    print(
        f"Fravær registreret (id {result.absence.id}): {len(result.to_deputy)} møder til "
        f"stedfortræderen, {len(result.cancelled)} bookede møder aflyst, "
        f"{result.open_cancelled} ledige tider aflyst."
    )
    print_sent(invite)
    return 0


def absence_list(args: argparse.Namespace) -> int:
    found = absences.list_absences(open_context(args), args.advisor)
    if args.json:
        print_json([jsonable(asdict(a)) for a in found])
        return 0
    print_table(
        ["Id", "Rådgiver", "Fra", "Til", "Begrundelse"],
        [(a.id, a.advisor_email, a.starts_on.isoformat(), a.ends_on.isoformat(), a.reason) for a in found],
    )
    return 0


def rules_show(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    current = rules.get_rules(ctx)
    if args.json:
        print_json(jsonable(asdict(current)))
        return 0
    shown = _rule_values(ctx, current)
    print_table(["Regel", "Værdi", "Navn (rules set)"], [(RULE_NAMES[k], v, k) for k, v in shown.items()])
    return 0


def rules_set(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    changed = rules.set_rule(ctx, acting_actor(ctx, args), args.name, args.value)
    print(f"{RULE_NAMES[args.name]}: {_rule_values(ctx, changed)[args.name]}.")
    return 0


def _rule_values(ctx: Context, current: BookingRules) -> dict[str, str]:
    """Each rule's value as a Danish reader wants it: municipality and profession names, not codes."""
    names = {m.code: m.name for m in reference.list_municipalities(ctx)}
    quota = ", ".join(f"{names.get(code, code)} {n}" for code, n in sorted(current.monthly_quota.items()))
    return {
        **{name: str(getattr(current, name)) for name in RULE_NAMES},
        "monthly_quota": quota or "ingen grænse",
        "eligible_professions": ", ".join(PROFESSION_NAMES[p] for p in current.eligible_professions),
    }
