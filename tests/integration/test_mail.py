"""Invites by e-mail, sent to a real SMTP server (aiosmtpd, tests/local_smtp.py) on 127.0.0.1 that speaks
STARTTLS with a certificate made for the test: the message, and the refusals. The command line is
test_mail_cli.py's, a place freed from the waitlist test_mail_waitlist.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from email.message import EmailMessage

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from app.domain.booking import Outcome
from app.domain.mail import SmtpServer
from app.domain.model import NewPerson, Role
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, RuleRefused, SendFailed, StoreUnavailable
from app.services import bookings, invites, mail
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.integration.mail_world import GP, VIDEO, make_world, parts, sent_entries, slot_on
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp, free_port, payload

# --- the message ------------------------------------------------------------------------------------


def test_the_invite_mail_carries_exactly_the_exported_file_over_starttls(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = make_world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())

    sent = mail.send_booking_invite(ctx, actor_of(w.advisor), w.booking.id, sender)

    assert server.logins == [(USER, PASSWORD, True)]  # the password, and only over TLS
    (envelope,) = server.received
    everyone = {w.pia.email, GP.email, w.advisor.email}
    assert envelope.mail_from == SENDER and set(envelope.rcpt_tos) == everyone
    message = server.message()
    assert message["Subject"] == "Invitation: BUA-sparring - Randers Kommune, 11.03.2027 kl. 09.00"
    assert message["Reply-To"] == "Ulla Bak <ulla@bua.example>"
    text, calendar = parts(message)
    assert calendar.get_content_type() == "text/calendar"
    assert (calendar.get_param("method"), calendar.get_param("charset")) == ("REQUEST", "UTF-8")
    assert payload(calendar) == invites.booking_invite(ctx, w.booking.id)
    assert text.get_content().replace("\r\n", "\n") == (
        "BUA-sparring - Randers Kommune\n"
        "Tid: torsdag 11.03.2027 kl. 09.00-09.45\n"
        "BUA-rådgiver: Ulla Bak\n"
        f"Videolink: {VIDEO}\n"
        "\n"
        "Kalenderinvitationen ligger i denne e-mail. Sendt fra BUA Booking.\n"
    )
    assert (sent.method, sent.sequence, set(sent.recipients)) == ("REQUEST", 0, everyone)
    assert sent_entries(ctx, w.booking.id) == [
        {"method": "REQUEST", "sequence": 0, "recipients": list(sent.recipients)}
    ]


def test_an_update_and_a_cancellation_are_mailed_with_their_method_and_nothing_of_the_reason(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = make_world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())
    moved = bookings.reschedule(
        ctx, actor_of(w.pia), w.booking.id, slot_on(ctx, date(2027, 3, 18)).id
    ).booking
    mail.send_booking_invite(ctx, actor_of(w.pia), moved.id, sender)
    reason = "Rådgiveren er syg"
    bookings.set_outcome(ctx, actor_of(w.advisor), moved.id, Outcome.CANCELLED_BY_BUA, reason)
    mail.send_booking_invite(ctx, actor_of(w.advisor), moved.id, sender)

    update, cancel = server.messages()
    assert update["Subject"].strip() == "Opdateret: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    assert cancel["Subject"] == "Aflyst: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    _, update_calendar = parts(update)
    cancel_text, cancel_calendar = parts(cancel)
    assert update_calendar.get_param("method") == "REQUEST"
    assert cancel_calendar.get_param("method") == "CANCEL"
    assert payload(cancel_calendar) == invites.booking_invite(ctx, moved.id)
    assert b"METHOD:CANCEL" in payload(cancel_calendar)
    assert cancel_text.get_content().startswith("BUA-sparring - Randers Kommune torsdag 18.03.2027")
    for message in server.messages():  # neither encoded nor decoded
        decoded = b"".join(payload(part) for part in message.walk() if isinstance(part, EmailMessage))
        assert reason.encode() not in decoded and reason.encode() not in message.as_bytes()
    assert [(e["method"], e["sequence"]) for e in sent_entries(ctx, moved.id)] == [
        ("REQUEST", 1),
        ("CANCEL", 2),
    ]


# --- refusals ---------------------------------------------------------------------------------------


def test_a_server_without_starttls_never_sees_the_password(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp(starttls=False)
    w = make_world(ctx, clock, server.port)
    with pytest.raises(SendFailed, match="tilbyder ikke kryptering"):
        mail.send_booking_invite(
            ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context())
        )
    assert (server.logins, server.received) == ([], [])
    assert sent_entries(ctx, w.booking.id) == []


def test_an_untrusted_certificate_a_wrong_password_and_no_server_are_one_line_each(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = make_world(ctx, clock, server.port)
    send = mail.send_booking_invite
    with pytest.raises(SendFailed, match="certifikat") as untrusted:
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets))  # the system's trust only
    assert server.logins == []
    w.secrets.put("bua-booking/smtp", f"{USER}@127.0.0.1:{server.port}", "forkert")
    with pytest.raises(SendFailed, match="afviste brugernavn eller adgangskode"):
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context()))
    nobody = SmtpServer("127.0.0.1", free_port(), USER, SENDER)
    with pytest.raises(InvalidInput, match="ingen adgangskode gemt"):  # another server: not the password
        mail.set_smtp_server(ctx, ADMIN, nobody, None, w.secrets)
    mail.set_smtp_server(ctx, ADMIN, nobody, "forkert", w.secrets)
    with pytest.raises(SendFailed, match="Kan ikke forbinde til mailserveren") as unreachable:
        send(ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context()))
    assert {*server.logins} == {(USER, "forkert", True)}  # smtplib tries PLAIN, then LOGIN
    assert server.received == [] and sent_entries(ctx, w.booking.id) == []
    for error in (untrusted.value, unreachable.value):
        assert "\n" not in error.message and error.exit_code == 8


def test_no_server_set_up_no_keyring_and_no_administrator(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 1, 14), count=1)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING))
    pia = add_member(ctx, "pia@randers.example")
    booking = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 1, 14)).id)
    with pytest.raises(SendFailed, match="ingen mailserver sat op"):
        mail.send_booking_invite(
            ctx, actor_of(advisor), booking.id, SmtpSender(KeyringSecrets(MemoryKeyring()))
        )
    server = SmtpServer("smtp.rm.dk", 587, USER, SENDER)
    with pytest.raises(StoreUnavailable, match="ingen nøglering"):
        mail.set_smtp_server(ctx, ADMIN, server, PASSWORD, KeyringSecrets(FailKeyring()))  # type: ignore[no-untyped-call]
    with pytest.raises(RuleRefused, match="Kun en BUA-administrator"):
        mail.set_smtp_server(ctx, actor_of(advisor), server, PASSWORD, KeyringSecrets(MemoryKeyring()))
    assert mail.smtp_server(ctx) is None  # nothing half-stored
    admin = add_person(ctx, ADMIN, NewPerson("admin@bua.example", "Anne Dal", Role.ADMINISTRATOR))
    secrets = KeyringSecrets(MemoryKeyring())
    assert mail.set_smtp_server(ctx, actor_of(admin), server, PASSWORD, secrets) == server
    assert mail.smtp_server(ctx) == server
    assert secrets.get("bua-booking/smtp", f"{USER}@smtp.rm.dk:587") == PASSWORD
    with ctx.store.read() as uow:
        (entry,) = [e for e in uow.audit.list() if e.action == "smtp.set"]
    assert PASSWORD not in str(entry.after) and entry.actor.person_id == admin.id


def test_a_colleague_cannot_mail_someone_elses_invite(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = make_world(ctx, clock, server.port)
    colleague = add_member(ctx, "ole@randers.example")
    sender = SmtpSender(w.secrets, certificate.client_context())
    with pytest.raises(RuleRefused, match="Kun den, der har booket, eller BUA"):
        mail.send_booking_invite(ctx, actor_of(colleague), w.booking.id, sender)
    assert server.received == [] and sent_entries(ctx, w.booking.id) == []
    mail.send_booking_invite(ctx, actor_of(w.pia), w.booking.id, sender)  # the booker may
    assert len(server.received) == 1
