"""E-mail (optional): the mail server an administrator sets up, and sending a booking's invite.

The server's host, port, user and From address are a setting in the store; its password is only ever
in the operating system's keyring (SecretStore). Sending goes through the MailSender port, so the GUI and
the command line send the same message; the SMTP conversation is cli/smtp_sender.py's business.
The network is never touched inside a transaction: the invite is read, sent, then the send is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from app.domain import invites, mail
from app.domain.booking import Booking
from app.domain.invites import Method, Party
from app.domain.mail import InviteMail, SmtpServer
from app.domain.model import Actor
from app.errors import BuaError, InvalidInput, SendFailed
from app.ports import SMTP_SECRET_SERVICE, MailSender, SecretStore, UnitOfWork
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.invites import BookingInvite, booking_invite_with_facts, superseded_cancel_with_facts

SMTP_KEY = "smtp"
NOT_SET_UP = "Der er ingen mailserver sat op: en BUA-administrator kører 'bua-booking smtp set'."
WAITLIST = Actor.system("venteliste")  # mails the invite of a place the waitlist gave


@dataclass(frozen=True)
class SentInvite:
    booking_id: int
    method: Method
    sequence: int
    recipients: tuple[str, ...]


def smtp_server(ctx: Context) -> SmtpServer | None:
    with ctx.store.read() as uow:
        access.require(access.acting(uow, ctx), access.Action.MANAGE_MAIL_SERVER)
        return _stored_server(uow)


def set_smtp_server(
    ctx: Context, actor: Actor, server: SmtpServer, password: str | None, secrets: SecretStore
) -> SmtpServer:
    """Store the server; the password goes to the keyring (None keeps the one stored for the user)."""
    with ctx.store.write() as uow:
        access.require(access.principal(uow, actor, ctx.clock.today()), access.Action.MANAGE_MAIL_SERVER)
        before = _stored_server(uow)
        if password:
            secrets.put(SMTP_SECRET_SERVICE, server.secret_account, password)
        elif secrets.get(SMTP_SECRET_SERVICE, server.secret_account) is None:
            raise InvalidInput(
                f"Der er ingen adgangskode gemt for {server.user} på {server.host}:{server.port}: angiv den."
            )
        uow.settings.put(SMTP_KEY, asdict(server))
        record(
            uow,
            actor,
            "smtp.set",
            "settings",
            SMTP_KEY,
            before=before,
            after={**asdict(server), "password_changed": bool(password)},
        )
        uow.commit()
    return server


def send_booking_invite(ctx: Context, actor: Actor, booking_id: int, sender: MailSender) -> SentInvite:
    """Mail the booking's invite (or its cancellation) to the booker, the GP guest and the advisor.

    The calendar part is byte for byte what `export-ics --booking` writes. The audit log records who
    sent which booking's invite, its METHOD and SEQUENCE, and to whom; never any text of the case.
    """
    invite = booking_invite_with_facts(ctx, booking_id)
    _check_may_send(ctx, actor, invite.booking)
    with ctx.store.read() as uow:
        server = _stored_server(uow)  # whoever may send uses it; only administrators see it
    if server is None:
        raise SendFailed(NOT_SET_UP)
    # Handed to the deputy: the advisor's event is cancelled first, so no calendar holds both. Until
    # that cancellation is out, the deputy's event is not sent either.
    superseded = superseded_cancel_with_facts(ctx, booking_id)
    if superseded is not None:
        _send(ctx, actor, server, superseded, sender)
        with ctx.store.write() as uow:
            assert invite.booking.superseded is not None
            uow.bookings.forget_superseded(booking_id, invite.booking.superseded.uid)
            uow.commit()
    return _send(ctx, actor, server, invite, sender)


def _send(
    ctx: Context, actor: Actor, server: SmtpServer, invite: BookingInvite, sender: MailSender
) -> SentInvite:
    booking = invite.booking
    attendees = [Party(booking.person_name, booking.person_email)]
    if booking.gp is not None:
        attendees.append(Party(booking.gp.name, booking.gp.email))
    message = mail.invite_message(
        InviteMail(
            invite.method,
            invite.sequence,
            invite.meeting,
            booking.starts_at,
            invite.ends_at,
            attendees,
            invite.data,
        ),
        server.sender,
        ctx.clock.now(),
        domain=server.sender.partition("@")[2],
    )
    to = mail.recipients(message)
    sender.send(server, message, to)
    sent = SentInvite(booking.id, invite.method, invite.sequence, tuple(to))
    with ctx.store.write() as uow:
        record(
            uow,
            actor,
            "invite.sent",
            "booking",
            booking.id,
            booking.municipality_code,
            after={"method": sent.method, "sequence": sent.sequence, "recipients": list(sent.recipients)},
        )
        uow.commit()
    return sent


@dataclass(frozen=True)
class InvitesAfterChange:
    """What became of the invites a change sends: those sent, those that failed (the booking id and the
    server's one Danish line; the change itself stands), or none because no mail server is set up."""

    sent: tuple[SentInvite, ...] = ()
    failed: tuple[tuple[int, str], ...] = ()
    no_mail_server: bool = False


def mail_server_set_up(ctx: Context) -> bool:
    """Whether invites can go out by e-mail; anyone may ask (the server's details stay hidden)."""
    with ctx.store.read() as uow:
        return _stored_server(uow) is not None


def send_invites_after_change(
    ctx: Context, actor: Actor, booking_ids: list[int], sender: MailSender, promoted: Sequence[int] = ()
) -> InvitesAfterChange:
    """After a booking, a move, a cancellation: the new invite (or CANCEL) to everyone on each booking.

    `promoted` are the bookings the change moved from the waitlist into the place it freed
    (BookingChange.promoted). The program mails their invite itself, in the waitlist's name, after the
    change's own: whoever freed the place (often a colleague cancelling her own booking) may neither
    send nor see another person's invite.

    A send that fails leaves the change as it is: the failure is written in the audit log (the booking,
    METHOD, SEQUENCE and the server's line, no text of the case) and returned, to be shown and retried
    with send_booking_invite.
    """
    if not mail_server_set_up(ctx):
        return InvitesAfterChange(no_mail_server=True)
    waitlist = replace(ctx, actor=WAITLIST)
    sent: list[SentInvite] = []
    failed: list[tuple[int, str]] = []
    for context, who, booking_id in [
        *((ctx, actor, b) for b in booking_ids),
        *((waitlist, WAITLIST, b) for b in promoted),
    ]:
        try:
            sent.append(send_booking_invite(context, who, booking_id, sender))
        except BuaError as error:  # the server's refusal, or a booking no longer there to send
            failed.append((booking_id, str(error)))
            _record_failure(context, who, booking_id, str(error))
    return InvitesAfterChange(tuple(sent), tuple(failed))


def _record_failure(ctx: Context, actor: Actor, booking_id: int, reason: str) -> None:
    with ctx.store.write() as uow:
        booking = uow.bookings.get(booking_id)
        if booking is None:
            return
        after = {"method": invites.invite_method(booking), "sequence": booking.ical_sequence, "error": reason}
        record(uow, actor, "invite.failed", "booking", booking.id, booking.municipality_code, after=after)
        uow.commit()


def _check_may_send(ctx: Context, actor: Actor, booking: Booking) -> None:
    """The booker and BUA (the advisor, the deputy, an administrator) send; the command line without
    --as acts for the administrator who runs it."""
    with ctx.store.read() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        access.require(who, access.Action.SEND_INVITE, access.of_booking(booking))


def _stored_server(uow: UnitOfWork) -> SmtpServer | None:
    stored = uow.settings.get(SMTP_KEY)
    return None if stored is None else SmtpServer(**stored)
