"""`bua-booking report` on both engines: JSON as the issue gives it, CSV that Excel in Denmark opens,
a Danish table, one Danish line for a refusal, and no person but BUA's advisors named in any format."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.model import ContactKind
from app.services.contacts import assign_contact
from app.services.context import Context
from cli.main import main
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN
from tests.integration.report_world import GP_NAME, STAFF_NAMES, SUMMARY, ReportWorld, build
from tests.pdf_reader import page_size_mm, page_texts

PERIOD = ["report", "--from", "2027-03-01", "--to", "2027-03-31"]
FIGURES = [
    "offered",
    "booked",
    "held",
    "no_show",
    "cancelled_by_bua",
    "cancelled_by_municipality",
    "unused",
    "outcome_missing",
    "utilisation",
    "summaries_on_time",
    "summaries_late",
    "summaries_missing",
    "teaching_participants",
    "waitlist_demand",
    "gp_guests",
]


@pytest.fixture
def world(store_url: str) -> Iterator[ReportWorld]:
    store = SqlStore.open(store_url)
    clock = FixedClock(date(2027, 1, 4))
    ctx = Context(store, clock)
    built = build(ctx, clock)
    assign_contact(ctx, ADMIN, "730", ContactKind.MUNICIPAL_CONTACT, built.pia.email, date(2026, 1, 1))
    store.dispose()
    yield built


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_person(text: str, world: ReportWorld) -> None:
    for secret in (*STAFF_NAMES, GP_NAME, "jens@laege.example", SUMMARY.problem, SUMMARY.question):
        assert secret not in text
    for person in (world.pia, world.ole, world.eva, world.kim):
        assert person.email not in text and person.name not in text


def test_json_has_the_issues_shape_and_every_municipality(
    capsys: pytest.CaptureFixture[str], store_url: str, world: ReportWorld
) -> None:
    code, out, err = run(capsys, store_url, *PERIOD, "--json")

    assert code == 0, err
    report = json.loads(out)
    assert (report["from"], report["to"], report["by"]) == ("2027-03-01", "2027-03-31", "municipality")
    assert len(report["rows"]) == 19
    assert all(list(row) == ["key", "label", *FIGURES] for row in report["rows"])
    assert list(report["totals"]) == FIGURES
    rows = {row["key"]: row for row in report["rows"]}
    assert rows["730"]["label"] == "Randers"
    assert (rows["730"]["offered"], rows["730"]["held"], rows["730"]["gp_guests"]) == (9, 2, 1)
    assert rows["665"] == {"key": "665", "label": "Lemvig"} | dict.fromkeys(FIGURES, 0) | {"utilisation": 0.0}
    assert_no_person(out, world)


def test_csv_opens_in_danish_excel(
    capsysbinary: pytest.CaptureFixture[bytes], store_url: str, world: ReportWorld
) -> None:
    code = main(["--database", store_url, *PERIOD, "--csv"])
    raw = capsysbinary.readouterr().out

    assert code == 0
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows æøå
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Nøgle", "Kommune", "Tilbudte tider", "Bookede tider"]
    assert "Udnyttelse (%)" in rows[0] and "Aflyst af kommunen" in rows[0]
    assert len(rows) == 1 + 19 + 1 and rows[-1][1] == "I alt"
    randers = next(r for r in rows if r[0] == "730")
    assert randers[rows[0].index("Udnyttelse (%)")] == "22,2"  # 2 held of 9, Danish decimal comma
    assert "Ringkøbing-Skjern" in text and "\r\n" in text
    assert_no_person(text, world)


def test_a_readable_danish_table_and_advisors_by_name(
    capsys: pytest.CaptureFixture[str], store_url: str, world: ReportWorld
) -> None:
    code, out, err = run(capsys, store_url, *PERIOD, "--by", "rådgiver")

    assert code == 0, err
    assert out.startswith("Statusrapport 2027-03-01 til 2027-03-31, efter bua-rådgiver")
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["BUA-rådgiver", "Tilbudt", "Booket"]
    assert any(line.startswith("Bo Berg") for line in lines) and lines[-1].startswith("I alt")
    assert_no_person(out, world)


def test_the_overview_and_the_contacts_own_municipality(
    capsys: pytest.CaptureFixture[str], store_url: str, world: ReportWorld
) -> None:
    code, out, err = run(capsys, store_url, *PERIOD, "--overview", "--json")
    assert code == 0, err
    rows = {row["key"]: row for row in json.loads(out)["rows"]}
    assert len(rows) == 19 and rows["730"]["municipal_contact_since"] == "2026-01-01"
    assert (rows["730"]["first_held"], rows["730"]["last_held"]) == ("2027-03-03", "2027-03-16")
    assert_no_person(out, world)

    code, out, err = run(capsys, store_url, "--as", world.pia.email, *PERIOD, "--csv")
    assert code == 0, err
    assert [line.split(";")[0] for line in out.lstrip("\ufeff").splitlines()[1:]] == ["730", ""]


def test_refusals_are_one_danish_line(
    capsys: pytest.CaptureFixture[str], store_url: str, world: ReportWorld
) -> None:
    code, out, err = run(capsys, store_url, "report", "--from", "2027-03-31", "--to", "2027-03-01")
    assert code == 2 and not out
    assert err == "bua-booking: --from (2027-03-31) ligger efter --to (2027-03-01).\n"

    code, out, err = run(capsys, store_url, "--as", world.pia.email, *PERIOD, "--municipality", "751")
    assert code == 4 and not out and err.count("\n") == 1 and "egen kommune" in err

    code, out, err = run(capsys, store_url, "--as", world.ole.email, *PERIOD, "--municipality", "751")
    assert code == 4 and not out and err.count("\n") == 1 and "egen kommune" in err

    code, out, err = run(capsys, store_url, *PERIOD, "--by", "uge")
    assert code == 2 and "Ukendt gruppering" in err


def test_a_pdf_is_written_without_a_screen(tmp_path: Path, store_url: str, world: ReportWorld) -> None:
    """`report --pdf` on a machine without a screen (no DISPLAY, no QT_QPA_PLATFORM): Danish, A4,
    the municipality's counts, numbered pages, and nobody's name but BUA's."""
    target = tmp_path / "statusrapport.pdf"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    done = subprocess.run(
        [
            Path(sys.executable).with_name("bua-booking"),
            "--database",
            store_url,
            *PERIOD,
            "--pdf",
            str(target),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    pages = page_texts(target)
    text = "\n".join(pages)
    assert "Statusrapport" in pages[0] and "Region Midtjylland" in pages[0]
    assert "Periode: 1. marts 2027 til 31. marts 2027" in pages[0]
    assert "Hvad der tælles" in pages[0]
    randers = next(line for line in pages[0].splitlines() if line.startswith("Randers")).split()
    # offered, booked, held, no-show ... utilisation (unused and outcome missing follow the real clock)
    assert randers[1:5] == ["9", "4", "2", "1"] and randers[-2:] == ["22,2", "%"]
    assert all(f"Side {n} af {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert round(page_size_mm(target)[0]) == 210 and round(page_size_mm(target)[1]) == 297
    assert_no_person(text, world)

    if Path("/proc").is_dir():  # a folder nobody may write a file into, not even root
        refused = subprocess.run(
            [
                Path(sys.executable).with_name("bua-booking"),
                "--database",
                store_url,
                *PERIOD,
                "--pdf",
                "/proc/statusrapport.pdf",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode == 2
        assert refused.stderr == "bua-booking: Kunne ikke skrive /proc/statusrapport.pdf.\n"


def test_pdf_refusals(capsys: pytest.CaptureFixture[str], tmp_path: Path, store_url: str) -> None:
    code, _, err = run(capsys, store_url, *PERIOD, "--pdf", str(tmp_path / "nowhere" / "r.pdf"))
    assert code == 2 and "findes ikke" in err
    code, _, err = run(capsys, store_url, *PERIOD, "--pdf", str(tmp_path / "r.pdf"), "--csv")
    assert code == 2 and "--pdf" in err
