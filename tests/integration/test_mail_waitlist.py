"""A place freed from the waitlist: whoever gets it is mailed their invitation in the same send, by the
program in the waitlist's name, in the window's services and from the command line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

import pytest

import cli.main as cli_main
from app.domain.booking import Booking, BookingState, Outcome
from app.domain.mail import SmtpServer
from app.domain.model import Actor, Person
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services import bookings, mail, occurrences, waitlist
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring, Outbox
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.integration.mail_world import parts, slot_on
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp, payload

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
    slot = slot_on(ctx, day)
    pia, jens, bo, carl = (
        add_member(ctx, f"{n}@randers.example", name=n.title()) for n in ("pia", "jens", "bo", "carl")
    )
    booked = [bookings.book(ctx, actor_of(p), slot.id) for p in (pia, jens)]
    for person in (bo, carl):
        waitlist.join_waitlist(ctx, actor_of(person), slot.id)
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
    methods = [parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["CANCEL", "REQUEST"]
    assert f"UID:{bo_place.ical_uid}".encode() in payload(parts(server.messages()[1])[1])
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
    slot = slot_on(ctx, date(2027, 3, 11))

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
    methods = [parts(m)[1].get_param("method") for m in server.messages()]
    assert methods == ["CANCEL", "REQUEST", "REQUEST", "CANCEL"]
