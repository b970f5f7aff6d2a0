"""Case summaries where only a real engine can tell: no summary text in the SQL log or a database
error, and eight simultaneous first saves of one summary (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import logging
import threading
from datetime import date

import pytest
from sqlalchemy.exc import DBAPIError

from app.domain.summary import SummaryContent, SummaryState
from app.services import bookings, invites, summaries
from app.services.context import Context
from cli.output import booking_json
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import actor_of
from tests.services.test_summaries import CLEAN, SECRET, WITH_CPR, _audit_text, _world


def test_no_summary_text_in_the_audit_log_invites_logs_or_the_bookings_export(
    ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    w = _world(ctx)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # as if someone turned on SQL logging
    summaries.save_draft(ctx, actor_of(w.pia), w.booking.id, WITH_CPR)
    summaries.submit(ctx, actor_of(w.pia), w.booking.id, CLEAN)
    assert "INSERT INTO case_summaries" in caplog.text
    words = [SECRET, CLEAN.question, CLEAN.tried, "010314"]

    exported = [
        caplog.text,
        _audit_text(ctx),
        invites.booking_invite(ctx, w.booking.id).decode(),
        invites.person_calendar(ctx, w.pia.email, date(2027, 1, 1), date(2027, 2, 1)).decode(),
        invites.person_calendar(ctx, w.advisor.email, date(2027, 1, 1), date(2027, 2, 1)).decode(),
        json.dumps([booking_json(b) for b in bookings.list_bookings(ctx)], ensure_ascii=False),
    ]

    for text in exported:
        assert not [word for word in words if word in text]


def test_a_database_error_while_saving_does_not_carry_the_text(ctx: Context, clock: FixedClock) -> None:
    with pytest.raises(DBAPIError) as failed, ctx.store.write() as uow:  # no booking 999: foreign key
        uow.summaries.save(999, "730", CLEAN, SummaryState.DRAFT, False, clock.now())

    assert SECRET not in str(failed.value)


def test_simultaneous_first_saves_of_one_summary_all_land(
    ctx: Context, store_url: str, clock: FixedClock
) -> None:
    """Eight windows saving the first draft at the same instant: none fails on the one-summary rule."""
    w = _world(ctx)
    stores = [SqlStore.open(store_url) for _ in range(8)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def save(store: SqlStore, n: int) -> None:
        try:
            start.wait()
            draft = SummaryContent(problem=f"udkast {n}")
            summaries.save_draft(Context(store, clock), actor_of(w.pia), w.booking.id, draft)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=save, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.dispose()

    assert errors == []
    view = summaries.read(ctx, actor_of(w.pia), w.booking.id)
    assert view.summary is not None and view.summary.version == len(stores)
