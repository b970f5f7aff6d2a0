"""The world the mail tests send from: a Randers sparring series with a video link, Pia's booking
with a GP guest, and a mail server set up for the local SMTP server (tests/local_smtp.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from email.message import EmailMessage
from typing import Any

from app.domain.booking import Booking, GpGuest
from app.domain.mail import SmtpServer
from app.domain.model import Person, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services import bookings, mail, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from db.secrets import KeyringSecrets
from tests.fakes import FixedClock, MemoryKeyring
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member
from tests.local_smtp import PASSWORD, SENDER, USER

VIDEO = "https://video.bua.example/730"
GP = GpGuest("Karen Lund", "karen.lund@laege.example")


# --- a booking to send --------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    booking: Booking
    secrets: KeyringSecrets


def make_world(ctx: Context, clock: FixedClock, port: int) -> World:
    advisor = add_advisor(ctx)
    rule = RecurrenceRule(weekday=3, start_time=time(9), starts_on=date(2027, 3, 1), count=10)
    create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.SPARRING, video_url=VIDEO))
    pia = add_member(ctx, "pia@randers.example")
    clock.day = date(2027, 3, 1)
    booking = bookings.book(ctx, actor_of(pia), slot_on(ctx, date(2027, 3, 11)).id, GP)
    secrets = KeyringSecrets(MemoryKeyring())
    mail.set_smtp_server(ctx, ADMIN, SmtpServer("127.0.0.1", port, USER, SENDER), PASSWORD, secrets)
    return World(advisor, pia, booking, secrets)


def slot_on(ctx: Context, day: date) -> Slot:
    (found,) = slots.list_slots(ctx, municipality_code="730", from_date=day, to_date=day)
    return found


def parts(message: EmailMessage) -> tuple[EmailMessage, EmailMessage]:
    assert message.get_content_type() == "multipart/alternative"
    text, calendar = message.iter_parts()
    assert isinstance(text, EmailMessage) and isinstance(calendar, EmailMessage)
    return text, calendar


def sent_entries(ctx: Context, booking_id: int) -> list[dict[str, Any]]:
    with ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booking_id))
    return [e.after or {} for e in entries if e.action == "invite.sent"]
