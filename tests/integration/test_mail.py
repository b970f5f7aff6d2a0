"""Invites by e-mail, sent to a real SMTP server (aiosmtpd, tests/local_smtp.py) on 127.0.0.1 that speaks
STARTTLS with a certificate made for the test."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from email.message import EmailMessage
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

import cli.main as cli_main
from app.domain.booking import Booking, BookingState, GpGuest, Outcome
from app.domain.mail import SmtpServer
from app.domain.model import Actor, ContactKind, NewPerson, Person, Role, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, RuleRefused, SendFailed, StoreUnavailable
from app.services import absences, bookings, contacts, invites, mail, occurrences, slots
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring, Outbox
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp, free_port, payload

VIDEO = "https://video.bua.example/730"
GP = GpGuest("Karen Lund", "karen.lund@laege.example")


# --- a booking to send --------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    booking: Booking
    secrets: KeyringSecrets


def _world(ctx: Context, clock: FixedClock, port: int) -> World:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), count=10)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING, video_url=VIDEO))
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 3, 11)).id, GP)
    secrets = KeyringSecrets(MemoryKeyring())
    mail.set_smtp_server(ctx, ADMIN, SmtpServer("127.0.0.1", port, USER, SENDER), PASSWORD, secrets)
    return World(advisor, pia, booking, secrets)


def _slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def _parts(message: EmailMessage) -> tuple[EmailMessage, EmailMessage]:
    assert message.get_content_type() == "multipart/alternative"
    text, calendar = message.iter_parts()
    assert isinstance(text, EmailMessage) and isinstance(calendar, EmailMessage)
    return text, calendar


def _sent_entries(ctx: Context, booking_id: int) -> list[dict[str, Any]]:
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booking_id))
    return [e.after or {} for e in entries if e.action == "invite.sent"]


# --- the message ------------------------------------------------------------------------------------


def test_the_invite_mail_carries_exactly_the_exported_file_over_starttls(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())

    sent = mail.send_booking_invite(ctx, actor_of(w.advisor), w.booking.id, sender)

    assert server.logins == [(USER, PASSWORD, True)]  # the password, and only over TLS
    (envelope,) = server.received
    everyone = {w.pia.email, GP.email, w.advisor.email}
    assert envelope.mail_from == SENDER and set(envelope.rcpt_tos) == everyone
    message = server.message()
    assert message["Subject"] == "Invitation: BUA-sparring - Randers Kommune, 11.03.2027 kl. 09.00"
    assert message["Reply-To"] == "Ulla Bak <ulla@bua.example>"
    text, calendar = _parts(message)
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
    assert _sent_entries(ctx, w.booking.id) == [
        {"method": "REQUEST", "sequence": 0, "recipients": list(sent.recipients)}
    ]


def test_an_update_and_a_cancellation_are_mailed_with_their_method_and_nothing_of_the_reason(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    sender = SmtpSender(w.secrets, certificate.client_context())
    moved = bookings.reschedule(
        ctx, actor_of(w.pia), w.booking.id, _slot_on(ctx, date(2027, 3, 18)).id
    ).booking
    mail.send_booking_invite(ctx, actor_of(w.pia), moved.id, sender)
    reason = "Rådgiveren er syg"
    bookings.set_outcome(ctx, actor_of(w.advisor), moved.id, Outcome.CANCELLED_BY_BUA, reason)
    mail.send_booking_invite(ctx, actor_of(w.advisor), moved.id, sender)

    update, cancel = server.messages()
    assert update["Subject"].strip() == "Opdateret: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    assert cancel["Subject"] == "Aflyst: BUA-sparring - Randers Kommune, 18.03.2027 kl. 09.00"
    _, update_calendar = _parts(update)
    cancel_text, cancel_calendar = _parts(cancel)
    assert update_calendar.get_param("method") == "REQUEST"
    assert cancel_calendar.get_param("method") == "CANCEL"
    assert payload(cancel_calendar) == invites.booking_invite(ctx, moved.id)
    assert b"METHOD:CANCEL" in payload(cancel_calendar)
    assert cancel_text.get_content().startswith("BUA-sparring - Randers Kommune torsdag 18.03.2027")
    for message in server.messages():  # neither encoded nor decoded
        decoded = b"".join(payload(part) for part in message.walk() if isinstance(part, EmailMessage))
        assert reason.encode() not in decoded and reason.encode() not in message.as_bytes()
    assert [(e["method"], e["sequence"]) for e in _sent_entries(ctx, moved.id)] == [
        ("REQUEST", 1),
        ("CANCEL", 2),
    ]


# --- refusals ---------------------------------------------------------------------------------------


def test_a_server_without_starttls_never_sees_the_password(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp(starttls=False)
    w = _world(ctx, clock, server.port)
    with pytest.raises(SendFailed, match="tilbyder ikke kryptering"):
        mail.send_booking_invite(
            ctx, actor_of(w.advisor), w.booking.id, SmtpSender(w.secrets, certificate.client_context())
        )
    assert (server.logins, server.received) == ([], [])
    assert _sent_entries(ctx, w.booking.id) == []


def test_an_untrusted_certificate_a_wrong_password_and_no_server_are_one_line_each(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
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
    assert server.received == [] and _sent_entries(ctx, w.booking.id) == []
    for error in (untrusted.value, unreachable.value):
        assert "\n" not in error.message and error.exit_code == 8


def test_no_server_set_up_no_keyring_and_no_administrator(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 1, 14), count=1)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING))
    pia = add_member(ctx, "pia@randers.example")
    booking = bookings.book(ctx, actor_of(pia), _slot_on(ctx, date(2027, 1, 14)).id)
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
    w = _world(ctx, clock, server.port)
    colleague = add_member(ctx, "ole@randers.example")
    sender = SmtpSender(w.secrets, certificate.client_context())
    with pytest.raises(RuleRefused, match="Kun den, der har booket, eller BUA"):
        mail.send_booking_invite(ctx, actor_of(colleague), w.booking.id, sender)
    assert server.received == [] and _sent_entries(ctx, w.booking.id) == []
    mail.send_booking_invite(ctx, actor_of(w.pia), w.booking.id, sender)  # the booker may
    assert len(server.received) == 1


# --- the command line --------------------------------------------------------------------------------


def test_smtp_set_show_and_send_invite_from_the_command_line(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli_main.main(["--database", store_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", answer)
    smtp_args = ["--host", "127.0.0.1", "--port", str(server.port), "--user", USER, "--from", SENDER]
    code, out, _ = run("smtp", "set", *smtp_args)
    assert code == 0 and "Mailserveren er sat op" in out and len(prompts) == 1
    assert memory_keyring.passwords == {("bua-booking/smtp", f"{USER}@127.0.0.1:{server.port}"): PASSWORD}
    code, out, _ = run("smtp", "show", "--json")
    assert code == 0 and '"password_stored": true' in out and PASSWORD not in out

    code, _, err = run("send-invite", "--booking", str(w.booking.id))  # the certificate is not trusted
    assert code == 8 and err.count("\n") == 1 and "certifikat" in err
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))  # trusted through the usual variable
    code, out, _ = run("send-invite", "--booking", str(w.booking.id))
    assert code == 0 and "Invitationen (udgave 0) er sendt til" in out
    (_, calendar) = _parts(server.message())
    assert calendar.get_param("method") == "REQUEST"
    assert server.logins[-1] == (USER, PASSWORD, True)

    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]
    code, _, err = run("send-invite", "--booking", str(w.booking.id))
    assert code == StoreUnavailable.exit_code and "ingen nøglering" in err and err.count("\n") == 1
    code, out, _ = run("--as", w.pia.email, "send-invite", "--booking", "999999", "--json")
    assert code == 3 and '"code": "not_found"' in out


def test_book_move_and_cancel_from_the_command_line_mail_their_invites_by_themselves(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    clock.day = date.today()  # the command line books on the real clock
    advisor = add_advisor(ctx)
    first = date.today() + timedelta(days=14)
    rule = RecurrenceRule(weekday=2, start_time=time(9), starts_on=first, count=4)  # Wednesdays
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING, video_url=VIDEO))
    pia = add_member(ctx, "pia@randers.example")
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    week_one, week_two, *_ = slots.list_slots(ctx, municipality_code="730", from_date=first)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli_main.main(["--database", store_url, "--as", pia.email, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("book", "--slot", str(week_one.id))
    assert (code, err) == (0, "") and "Booket" in out
    assert f"Invitationen (udgave 0) er sendt til {pia.email}, {advisor.email}" in out
    (booking,) = bookings.list_bookings(ctx, person_email=pia.email)
    code, out, _ = run("reschedule", "--booking", str(booking.id), "--to-slot", str(week_two.id), "--json")
    assert code == 0 and '"sequence": 1' in out and '"mail_server": true' in out
    code, out, _ = run("cancel", "--booking", str(booking.id), "--reason", "other", "--no-invite")
    assert code == 0 and "Invitation" not in out
    methods = [_parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["REQUEST", "REQUEST"]  # the cancellation was not sent: --no-invite

    # A server that refuses leaves the booking standing: a warning, exit 0, the failure in the audit log.
    memory_keyring.set_password("bua-booking/smtp", smtp.secret_account, "forkert")
    code, out, err = run("book", "--slot", str(week_one.id))
    assert code == 0 and "Booket" in out and err.count("\n") == 1
    assert err.startswith("Advarsel: invitationen blev ikke sendt: ") and "send-invite --booking" in err
    booked = [b for b in bookings.list_bookings(ctx, person_email=pia.email) if b.slot_id == week_one.id]
    assert len(server.messages()) == 2 and booked[-1].state.value == "booked"
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booked[-1].id))
    (failure,) = [e.after for e in entries if e.action == "invite.failed"]
    assert failure is not None and failure["method"] == "REQUEST" and "adgangskode" in failure["error"]


def test_a_handover_mails_the_advisors_cancellation_then_the_deputys_invite(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    assert w.booking.slot_id is not None
    result = absences.add_absence(
        ctx,
        actor_of(w.advisor),
        w.advisor.email,
        date(2027, 3, 8),
        date(2027, 3, 12),
        "Kursus",
        {w.booking.slot_id: absences.Handling.DEPUTY},
    )
    assert list(result.invites_changed) == [w.booking.id]
    refusing = SmtpSender(KeyringSecrets(MemoryKeyring()), certificate.client_context())  # no password
    failed = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], refusing)
    assert failed.failed and server.received == []  # neither part went: the old event stands alone

    sender = SmtpSender(w.secrets, certificate.client_context())
    sent = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], sender)

    assert [s.method for s in sent.sent] == ["REQUEST"], sent.failed  # what the invite is now
    cancel, request = (_parts(m)[1] for m in server.messages())
    old, new = payload(cancel), payload(request)
    assert cancel.get_param("method") == "CANCEL" and request.get_param("method") == "REQUEST"
    assert f"UID:{w.booking.ical_uid}".encode() in old and b"SEQUENCE:1" in old
    assert f"mailto:{w.advisor.email}".encode() in old.replace(b"\r\n ", b"")
    handed = bookings.list_bookings(ctx, person_email=w.pia.email)[0]
    assert handed.superseded is None and f"UID:{handed.ical_uid}".encode() in new
    assert f"mailto:{deputy.email}".encode() in new.replace(b"\r\n ", b"")

    again = mail.send_invites_after_change(ctx, actor_of(w.advisor), [w.booking.id], sender)
    assert again.failed  # the session is the deputy's now: the advisor's part ended with the cancellation
    mail.send_invites_after_change(ctx, actor_of(deputy), [w.booking.id], sender)  # only the new event
    assert [_parts(m)[1].get_param("method") for m in server.messages()] == ["CANCEL", "REQUEST", "REQUEST"]


def test_a_new_video_link_mails_the_booked_sessions_new_invites_from_the_command_line(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    series_id = _slot_on(ctx, date(2027, 3, 11)).series_id  # the booked session's
    new_link = "https://video.bua.example/730-ny"

    edit = ["series", "edit", "--series", str(series_id), "--from", "2027-03-01", "--video-url", new_link]
    code = cli_main.main(["--database", store_url, *edit])
    out, err = capsys.readouterr()

    assert code == 0 and err == "" and f"Invitationen (udgave 1) er sendt til {w.pia.email}" in out
    (_, calendar) = _parts(server.message())
    assert calendar.get_param("method") == "REQUEST" and new_link.encode() in payload(calendar)


def test_a_series_given_to_another_advisor_mails_the_handover_pair_from_the_command_line(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    w = _world(ctx, clock, server.port)
    dorte = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    series_id = _slot_on(ctx, date(2027, 3, 11)).series_id  # the booked session's

    edit = ["series", "edit", "--series", str(series_id), "--from", "2027-03-01", "--advisor", dorte.email]
    code = cli_main.main(["--database", store_url, *edit])
    out, err = capsys.readouterr()

    assert code == 0 and err == "" and f"Invitationen (udgave 0) er sendt til {w.pia.email}" in out
    cancel, request = server.messages()  # the former advisor's event goes first: no calendar holds both
    everyone = {w.pia.email, GP.email}
    assert {*server.received[0].rcpt_tos} == everyone | {w.advisor.email}
    assert {*server.received[1].rcpt_tos} == everyone | {dorte.email}
    old, new = (payload(_parts(m)[1]).replace(b"\r\n ", b"") for m in (cancel, request))
    assert _parts(cancel)[1].get_param("method") == "CANCEL" and b"METHOD:CANCEL" in old
    assert f"UID:{w.booking.ical_uid}".encode() in old and f"mailto:{w.advisor.email}".encode() in old
    handed = bookings.list_bookings(ctx, person_email=w.pia.email)[0]
    assert handed.superseded is None and f"UID:{handed.ical_uid}".encode() in new
    assert _parts(request)[1].get_param("method") == "REQUEST" and f"mailto:{dorte.email}".encode() in new


# --- a place freed from the waitlist ------------------------------------------------------------------


@dataclass(frozen=True)
class Teaching:
    advisor: Person
    slot_id: int
    booked: list[Booking]  # the two places, Pia's first
    waiting: list[Person]  # first in line first


def _full_teaching(ctx: Context, clock: FixedClock, day: date) -> Teaching:
    """A two-place teaching session on `day`, full, with two people waiting."""
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=day.weekday(), start_time=time(14), starts_on=day, count=1)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, capacity=2))
    slot = _slot_on(ctx, day)
    pia, jens, bo, carl = (
        add_member(ctx, f"{n}@randers.example", name=n.title()) for n in ("pia", "jens", "bo", "carl")
    )
    booked = [bookings.book(ctx, actor_of(p), slot.id) for p in (pia, jens)]
    for person in (bo, carl):
        bookings.join_waitlist(ctx, actor_of(person), slot.id)
    return Teaching(advisor, slot.id, booked, [bo, carl])


def _place_of(ctx: Context, person: Person, slot_id: int) -> Booking:
    (found,) = [b for b in bookings.list_bookings(ctx, person_email=person.email) if b.slot_id == slot_id]
    return found


def test_whoever_gets_a_freed_place_from_the_waitlist_is_mailed_their_invitation_too(
    ctx: Context, clock: FixedClock, certificate: Certificate, start_smtp: Callable[..., LocalSmtp]
) -> None:
    """Pia cancels her own place (she may neither see nor send Bo's invite): her CANCEL goes to her, and
    Bo's REQUEST, mailed by the program in the waitlist's name, to Bo; BUA's cancellation of Jens's
    place does the same for Carl, and a refused send leaves Carl's place standing, audited, to retry."""
    server = start_smtp()
    clock.day = date(2027, 3, 1)
    t = _full_teaching(ctx, clock, date(2027, 3, 11))
    bo, carl = t.waiting
    secrets = KeyringSecrets(MemoryKeyring())
    mail.set_smtp_server(ctx, ADMIN, SmtpServer("127.0.0.1", server.port, USER, SENDER), PASSWORD, secrets)
    sender = SmtpSender(secrets, certificate.client_context())
    as_pia = replace(
        ctx, actor=Actor(t.booked[0].person_id, "pia@randers.example")
    )  # the window reads as its person

    change = bookings.cancel(as_pia, as_pia.actor, t.booked[0].id, "other")
    bo_place = _place_of(ctx, bo, t.slot_id)
    assert change.promoted == (bo_place.id,) and bo_place.state is BookingState.BOOKED
    result = mail.send_invites_after_change(as_pia, as_pia.actor, [t.booked[0].id], sender, change.promoted)

    assert result.failed == () and [s.booking_id for s in result.sent] == [t.booked[0].id, bo_place.id]
    cancel, request = server.received
    assert {*cancel.rcpt_tos} == {"pia@randers.example", t.advisor.email}
    assert {*request.rcpt_tos} == {bo.email, t.advisor.email}
    methods = [_parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["CANCEL", "REQUEST"]
    assert f"UID:{bo_place.ical_uid}".encode() in payload(_parts(server.messages()[1])[1])
    with ctx.store.read() as uow:
        (sent,) = [
            e
            for e in uow.audit.list(entity="booking", entity_id=str(bo_place.id))
            if e.action == "invite.sent"
        ]
    assert sent.actor.label == "system: venteliste"

    refusing = SmtpSender(KeyringSecrets(MemoryKeyring()), certificate.client_context())  # no password
    by_bua = bookings.set_outcome(ctx, actor_of(t.advisor), t.booked[1].id, Outcome.CANCELLED_BY_BUA, "Syg")
    carl_place = _place_of(ctx, carl, t.slot_id)
    assert by_bua.promoted == (carl_place.id,)
    failed = mail.send_invites_after_change(
        ctx, actor_of(t.advisor), [t.booked[1].id], refusing, by_bua.promoted
    )

    assert [booking_id for booking_id, _ in failed.failed] == [t.booked[1].id, carl_place.id]
    assert _place_of(ctx, carl, t.slot_id).state is BookingState.BOOKED  # the place stands
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(carl_place.id))
    (failure,) = [e.after for e in entries if e.action == "invite.failed"]
    assert failure is not None and (failure["method"], failure["sequence"]) == ("REQUEST", 0)
    assert len(server.received) == 2
    mail.send_booking_invite(ctx, actor_of(t.advisor), carl_place.id, sender)  # BUA sends it again
    assert {*server.received[-1].rcpt_tos} == {carl.email, t.advisor.email}


def test_a_cancelled_occurrence_cancels_its_waitlist_too_and_promotes_nobody(
    ctx: Context, clock: FixedClock
) -> None:
    clock.day = date(2027, 3, 1)
    t = _full_teaching(ctx, clock, date(2027, 3, 11))
    mail.set_smtp_server(
        ctx,
        ADMIN,
        SmtpServer("smtp.rm.example", 587, USER, SENDER),
        PASSWORD,
        KeyringSecrets(MemoryKeyring()),
    )
    slot = _slot_on(ctx, date(2027, 3, 11))

    done = occurrences.cancel_occurrence(ctx, ADMIN, slot.series_id, date(2027, 3, 11), "Kursus", True)
    outbox = Outbox()
    mail.send_invites_after_change(ctx, ADMIN, list(done.invites_changed), outbox)

    assert sorted(done.invites_changed) == sorted(b.id for b in t.booked)
    assert outbox.methods == ["CANCEL", "CANCEL"]  # the booked places; a waiting place had no invite
    assert {r for rs in outbox.recipients for r in rs} == {
        "pia@randers.example",
        "jens@randers.example",
        t.advisor.email,
    }
    for person in t.waiting:
        assert _place_of(ctx, person, t.slot_id).state is BookingState.CANCELLED


def _a_wednesday_ahead() -> date:
    """A Wednesday two to three weeks from the real today that is no holiday or closure day (the fixed
    dates are the only ones a Wednesday can hit)."""
    fixed = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1), (6, 5)}
    days = (date.today() + timedelta(days=n) for n in range(14, 40))
    return next(d for d in days if d.weekday() == 2 and (d.month, d.day) not in fixed)


def test_cancel_and_outcome_from_the_command_line_mail_the_freed_place_to_the_first_waiting(
    ctx: Context,
    clock: FixedClock,
    store_url: str,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_smtp()
    clock.day = date.today()  # the command line books on the real clock
    t = _full_teaching(ctx, clock, _a_wednesday_ahead())
    bo, carl = t.waiting
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    mail.set_smtp_server(ctx, ADMIN, smtp, PASSWORD, KeyringSecrets())  # the keyring the CLI reads
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))

    def run(who: str, *args: str) -> tuple[int, str, str]:
        code = cli_main.main(["--database", store_url, "--as", who, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run(
        "pia@randers.example", "cancel", "--booking", str(t.booked[0].id), "--reason", "other"
    )

    assert (code, err) == (0, "")
    assert f"Aflysningen (udgave 1) er sendt til pia@randers.example, {t.advisor.email}." in out
    assert "Pladsen gik til den næste på ventelisten, som fik invitationen (udgave 0)." in out
    assert bo.email not in out  # who got the place is not Pia's business
    assert {*server.received[-1].rcpt_tos} == {bo.email, t.advisor.email}

    # --no-invite keeps Jens's own cancellation from being mailed; Carl's place is the program's to tell.
    jens = "jens@randers.example"
    code, out, _ = run(
        jens, "cancel", "--booking", str(t.booked[1].id), "--reason", "other", "--no-invite", "--json"
    )
    carl_place = _place_of(ctx, carl, t.slot_id)
    assert code == 0 and carl.email not in out
    invite = json.loads(out)["invite"]
    assert invite["sent"] == [] and invite["failed"] == []
    assert invite["promoted"] == [{"booking": carl_place.id, "method": "REQUEST", "sequence": 0}]
    assert {*server.received[-1].rcpt_tos} == {carl.email, t.advisor.email}

    # BUA's cancellation as an outcome is mailed too (nobody is waiting any more).
    args = ["outcome", "--booking", str(carl_place.id), "--status", "cancelled-by-bua", "--reason", "Syg"]
    code, out, err = run(t.advisor.email, *args)
    assert (code, err) == (0, "") and f"Aflysningen (udgave 1) er sendt til {carl.email}" in out
    methods = [_parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["CANCEL", "REQUEST", "REQUEST", "CANCEL"]
