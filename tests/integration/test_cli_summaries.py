"""Case summaries from the command line: book with --summary-file, show, save, submit, reminders and
purge; refusals as one Danish line and an exit code. The start-up purge runs in cli.wiring.start."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from app.domain.summary import AgeBand, PathwayStep, SummaryContent
from app.services import slots, summaries
from app.services.context import Context
from cli.wiring import start
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import actor_of, add_advisor, add_member, book_as, weekly_series
from tests.integration.test_cli import run
from tests.integration.test_cli_bookings import setup

PIA = "pia@randers.example"
TEXT = "Pigen på 11 år har ondt i maven hver morgen og bliver hjemme to dage om ugen."


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "beskrivelse.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _show(
    capsys: pytest.CaptureFixture[str], url: str, booking: str, reader: str, *more: str
) -> tuple[int, str, str]:
    return run(capsys, url, "summary", "show", "--booking", booking, "--as", reader, *more)


def test_a_blocked_summary_file_books_nothing(
    capsys: pytest.CaptureFixture[str], store_url: str, tmp_path: Path
) -> None:
    first, *_ = setup(capsys, store_url)
    blocked = _file(tmp_path, f"{TEXT} Hun bor på Vestergade 12, 8900 Randers C.")

    code, out, err = run(
        capsys, store_url, "book", "--slot", str(first), "--as", PIA, "--summary-file", blocked
    )

    assert (code, out) == (4, "")
    assert err.startswith("bua-booking: Resuméet kan ikke sendes") and "Vestergade" not in err
    _, out, _ = run(capsys, store_url, "bookings", "list", "--json")
    assert json.loads(out) == []


def test_book_with_a_summary_then_submit_and_read_it_as_the_advisor(
    capsys: pytest.CaptureFixture[str], store_url: str, tmp_path: Path
) -> None:
    first, *_ = setup(capsys, store_url)
    code, out, err = run(
        capsys,
        store_url,
        "book",
        "--slot",
        str(first),
        "--as",
        PIA,
        "--summary-file",
        _file(tmp_path, TEXT),
        "--json",
    )
    assert code == 0, err
    booking = str(json.loads(out)["id"])

    code, out, _ = _show(capsys, store_url, booking, "ulla@bua.example")
    assert code == 0 and "Kladde" in out and TEXT not in out  # BUA sees no draft
    code, _, err = run(
        capsys, store_url, "summary", "submit", "--booking", booking, "--as", PIA, "--question", "Henvise?"
    )
    assert (code, err) == (2, "bua-booking: Udfyld aldersgruppe og trin, før resuméet sendes.\n")
    code, out, err = run(
        capsys,
        store_url,
        "summary",
        "submit",
        "--booking",
        booking,
        "--as",
        PIA,
        "--question",
        "Skal vi henvise?",
        "--age-band",
        "6-12",
        "--step",
        "2",
        "--screening",
        "SDQ:impact:4:forælder:2026-10",
    )
    assert code == 0, err

    for reader in ("ulla@bua.example", "bo@bua.example"):  # the advisor and the deputy
        code, out, err = run(
            capsys, store_url, "summary", "show", "--booking", booking, "--as", reader, "--json"
        )
        assert code == 0, err
        shown = json.loads(out)
        assert shown["deadline_state"] == "submitted"
        assert shown["summary"]["content"]["problem"] == TEXT
        assert shown["summary"]["content"]["screenings"][0]["raw_score"] == 4
    code, out, err = run(
        capsys, store_url, "summary", "show", "--booking", booking, "--as", "ole@randers.example"
    )
    assert (code, out) == (4, "") and "Kun den, der har booket" in err
    code, out, _ = run(capsys, store_url, "summary", "reminders", "--as", PIA, "--json")
    assert (code, json.loads(out)) == (0, [])


def _past_session_with_summary(url: str) -> int:
    """A submitted summary for a session on 9 September 2026, written before it."""
    ctx = Context(SqlStore.open(url), FixedClock(date(2026, 9, 1)))
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2026, 9, 1), date(2026, 12, 31))
    pia = add_member(ctx, PIA)
    (slot,) = slots.list_slots(
        ctx, municipality_code="730", from_date=date(2026, 9, 9), to_date=date(2026, 9, 9)
    )
    booking = book_as(ctx, pia, slot.id)
    content = SummaryContent("Henvise?", TEXT, AgeBand.SCHOOL, PathwayStep.STEP_2)
    summaries.submit(ctx, actor_of(pia), booking.id, content)
    return booking.id


def test_purge_from_the_command_line(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    booking = _past_session_with_summary(store_url)  # more than 30 days before today, whenever it runs
    if store_url.startswith("postgresql"):  # the server's administrator purges (test_server_setup.py)
        code, out, err = run(capsys, store_url, "purge")
        assert code == 2 and "server purge" in err and not out
        return

    code, out, err = run(capsys, store_url, "purge", "--json")

    assert code == 0, err
    assert json.loads(out) == {"purged": [booking], "rule": "summary_retention_days=30"}
    code, out, _ = _show(capsys, store_url, str(booking), PIA, "--json")
    assert json.loads(out)["summary"] is None and json.loads(out)["purged"]["rule"].endswith("=30")
    code, out, _ = run(capsys, store_url, "bookings", "list", "--json")
    assert [b["id"] for b in json.loads(out)] == [booking]


def test_start_up_purges_expired_summaries(local_store_url: str) -> None:
    """On the local file the program purges at start; on a server its nightly `server purge` does
    (tests/integration/test_server_setup.py)."""
    store_url = local_store_url
    booking = _past_session_with_summary(store_url)

    start(store_url, clock=FixedClock(date(2026, 10, 8)))  # 29 days after: kept
    with SqlStore.open(store_url).read() as uow:
        assert uow.summaries.get(booking) is not None
    start(store_url, clock=FixedClock(date(2026, 10, 9)))  # 30 days after: deleted

    with SqlStore.open(store_url).read() as uow:
        assert uow.summaries.get(booking) is None
        assert uow.summaries.tombstone(booking) is not None
        assert uow.bookings.get(booking) is not None
