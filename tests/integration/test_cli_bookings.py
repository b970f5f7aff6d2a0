"""Booking from the command line: --as, refusals as one Danish line and an exit code, --json."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.integration.test_cli import run


def setup(capsys: pytest.CaptureFixture[str], url: str) -> list[int]:
    """Randers with an advisor, a deputy, two psychologists, and weekly slots from next week."""
    first = date.today() + timedelta(days=10)
    for args in (
        ["people", "add", "--email", "ulla@bua.example", "--name", "Ulla Bak", "--role", "advisor"],
        ["people", "add", "--email", "bo@bua.example", "--name", "Bo Dam", "--role", "advisor"],
        [
            "people",
            "add",
            "--email",
            "pia@randers.example",
            "--name",
            "Pia Holm",
            "--role",
            "municipal_staff",
            "--municipality",
            "730",
            "--profession",
            "psychologist",
        ],
        [
            "people",
            "add",
            "--email",
            "ole@randers.example",
            "--name",
            "Ole Berg",
            "--role",
            "municipal_staff",
            "--municipality",
            "730",
            "--profession",
            "social_worker",
        ],
        ["contacts", "assign", "--municipality", "730", "--kind", "bua_deputy", "--email", "bo@bua.example"],
        [
            "series",
            "add",
            "--municipality",
            "730",
            "--advisor",
            "ulla@bua.example",
            "--weekday",
            "mon",
            "--time",
            "10:00",
            "--from",
            first.isoformat(),
            "--count",
            "4",
        ],
    ):
        code, _, err = run(capsys, url, *args)
        assert code == 0, err
    _, out, _ = run(capsys, url, "slots", "list", "--json")
    return [s["id"] for s in json.loads(out)["slots"]]


def test_book_refuse_cancel_and_move_from_the_command_line(
    capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    first, second, *_ = setup(capsys, store_url)

    code, out, err = run(
        capsys,
        store_url,
        "book",
        "--slot",
        str(first),
        "--as",
        "pia@randers.example",
        "--gp-name",
        "Jens Lund",
        "--gp-email",
        "jl@klinik.example",
        "--json",
    )
    assert code == 0, err
    booking = json.loads(out)
    assert (booking["state"], booking["person"], booking["gp"]["name"]) == (
        "booked",
        "pia@randers.example",
        "Jens Lund",
    )

    code, out, err = run(capsys, store_url, "book", "--slot", str(first), "--as", "ole@randers.example")
    assert (code, out, err) == (4, "", "bua-booking: Tiden er allerede booket.\n")
    code, out, _ = run(capsys, store_url, "book", "--slot", str(first), "--json")
    assert code == 4 and "--as" in json.loads(out)["error"]["message"]

    code, out, err = run(
        capsys,
        store_url,
        "reschedule",
        "--booking",
        str(booking["id"]),
        "--to-slot",
        str(second),
        "--as",
        "pia@randers.example",
        "--json",
    )
    assert code == 0, err
    moved = json.loads(out)
    assert (moved["id"], moved["slot_id"], moved["version"]) == (booking["id"], second, 2)

    code, _, err = run(
        capsys,
        store_url,
        "cancel",
        "--booking",
        str(booking["id"]),
        "--reason",
        "illness",
        "--as",
        "pia@randers.example",
        "--version",
        "1",
    )
    assert code == 5 and "ændret af en anden" in err  # stale version: nothing written
    code, _, err = run(
        capsys,
        store_url,
        "cancel",
        "--booking",
        str(booking["id"]),
        "--reason",
        "illness",
        "--as",
        "pia@randers.example",
    )
    assert code == 0, err
    code, out, _ = run(capsys, store_url, "bookings", "list", "--person", "pia@randers.example", "--json")
    assert [(b["state"], b["cancel_reason"]) for b in json.loads(out)] == [("cancelled", "illness")]

    code, _, err = run(
        capsys,
        store_url,
        "outcome",
        "--booking",
        str(booking["id"]),
        "--status",
        "held",
        "--as",
        "ulla@bua.example",
    )
    assert code == 4 and err.count("\n") == 1


def test_absence_needs_a_decision_for_every_booked_session(
    capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    first, second, *_ = setup(capsys, store_url)
    for slot, person in ((first, "pia@randers.example"), (second, "ole@randers.example")):
        code, _, err = run(capsys, store_url, "book", "--slot", str(slot), "--as", person)
        assert code == 0, err
    period = [
        "--advisor",
        "ulla@bua.example",
        "--from",
        date.today().isoformat(),
        "--to",
        (date.today() + timedelta(days=60)).isoformat(),
        "--reason",
        "Kursus",
    ]

    code, out, err = run(capsys, store_url, "absence", "add", *period, "--to-deputy", str(first))
    assert code == 4 and "1 bookede møder mangler en beslutning" in err
    assert "ole@randers.example" in out  # the undecided session is shown

    both = ["--to-deputy", str(first), "--cancel", f"{second},{first}"]
    code, out, err = run(capsys, store_url, "absence", "add", *period, *both)
    assert (code, out) == (2, "") and f"Tid {first} står både i --to-deputy og --cancel" in err
    _, listed, _ = run(capsys, store_url, "absence", "list", "--json")
    assert json.loads(listed) == []  # nothing registered

    code, out, err = run(
        capsys,
        store_url,
        "absence",
        "add",
        *period,
        "--to-deputy",
        str(first),
        "--cancel",
        str(second),
        "--json",
    )
    assert code == 0, err
    result = json.loads(out)
    assert (result["to_deputy"], result["cancelled"], result["open_cancelled"]) == ([first], [second], 2)
    _, out, _ = run(capsys, store_url, "bookings", "list", "--json")
    states = {b["person"]: (b["state"], b["advisor"]) for b in json.loads(out)}
    assert states["pia@randers.example"] == ("booked", "bo@bua.example")
    assert states["ole@randers.example"][0] == "cancelled_by_bua"


def test_rules_are_shown_and_changed(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    code, _, err = run(capsys, store_url, "rules", "set", "monthly_quota", "730=3,751=5")
    assert code == 0, err
    code, out, _ = run(capsys, store_url, "rules", "show", "--json")
    assert json.loads(out)["monthly_quota"] == {"730": 3, "751": 5}
    code, _, err = run(capsys, store_url, "rules", "set", "horizon_weeks", "mange")
    assert code == 2 and "Ugyldig værdi" in err


def test_rules_are_validated_and_shown_in_danish(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    for name, value, words in (
        ("monthly_quota", "730=3,999=1", "Ukendt kommunekode i kvoten: 999"),
        ("monthly_quota", "730=-1", "mellem 0 og 1000"),
        ("max_future_bookings", "0", "mellem 1 og 100000"),
        ("eligible_professions", "psykolog,astronaut", "Ukendt faggruppe 'astronaut'"),
        ("eligible_professions", ",", "Mindst én faggruppe"),
        ("horizon_months", "3", "Ukendt regel"),
    ):
        code, out, err = run(capsys, store_url, "rules", "set", name, value)
        assert (code, out) == (2, "") and words in err, (name, value, err)
    code, out, _ = run(capsys, store_url, "rules", "set", "eligible_professions", "psykolog,socialrådgiver")
    assert (code, out) == (0, "Faggrupper, der kan booke: Psykolog, Socialrådgiver.\n")
    assert run(capsys, store_url, "rules", "set", "monthly_quota", "730=4")[0] == 0
    code, out, _ = run(capsys, store_url, "rules", "show")
    (quota,) = [line for line in out.splitlines() if line.startswith("Møder pr. kommune pr. måned")]
    assert quota.split()[-3:] == ["Randers", "4", "monthly_quota"] and "[" not in out and "'" not in out


def test_danish_words_are_taken_beside_the_codes(capsys: pytest.CaptureFixture[str], store_url: str) -> None:
    first, *_ = setup(capsys, store_url)
    person = ["people", "add", "--email", "mie@randers.example", "--name", "Mie", "--municipality", "730"]
    code, _, err = run(capsys, store_url, *person, "--role", "medarbejder", "--profession", "Psykolog")
    assert code == 0, err
    code, _, err = run(capsys, store_url, "book", "--slot", str(first), "--as", "mie@randers.example")
    assert code == 0, err
    code, out, err = run(capsys, store_url, "bookings", "list", "--json")
    (booking,) = [b for b in json.loads(out) if b["person"] == "mie@randers.example"]
    code, out, err = run(
        capsys,
        store_url,
        "cancel",
        "--booking",
        str(booking["id"]),
        "--reason",
        "syg",
        "--as",
        "mie@randers.example",
    )
    assert code == 0, err
    _, out, _ = run(capsys, store_url, "bookings", "list", "--json")
    assert [b["cancel_reason"] for b in json.loads(out) if b["id"] == booking["id"]] == ["illness"]
    teaching = ["series", "add", "--municipality", "730", "--advisor", "ulla@bua.example", "--time", "13:00"]
    start = (date.today() + timedelta(days=21)).isoformat()
    code, out, err = run(
        capsys,
        store_url,
        *teaching,
        "--from",
        start,
        "--count",
        "1",
        "--weekday",
        "torsdag",
        "--type",
        "undervisning",
        "--json",
    )
    assert code == 0, err
    made = json.loads(out)["series"]
    assert (made["weekday"], made["session_type"]) == ("thu", "teaching")
    with pytest.raises(SystemExit) as stopped:
        run(capsys, store_url, "slots", "list", "--status", "flyttet")
    assert stopped.value.code == 2 and "ledig, optaget, open, booked" in capsys.readouterr().err


def test_slots_list_shows_weekday_week_and_free_places(
    capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    first, second, *_ = setup(capsys, store_url)
    assert run(capsys, store_url, "book", "--slot", str(first), "--as", "pia@randers.example")[0] == 0
    _, out, _ = run(capsys, store_url, "slots", "list")
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    booked, free = rows[str(first)], rows[str(second)]
    assert booked[1] == free[1] == "mandag"
    assert int(free[2]) == int(booked[2]) + 1  # the next ISO week
    assert "0 af 1" in " ".join(booked) and "1 af 1" in " ".join(free)
    _, out, _ = run(capsys, store_url, "slots", "list", "--json")
    places = {s["id"]: s["free_places"] for s in json.loads(out)["slots"]}
    assert (places[first], places[second]) == (0, 1)


def test_a_booked_occurrence_is_cancelled_from_the_command_line_only_with_its_bookings(
    capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    first, *_ = setup(capsys, store_url)
    code, _, err = run(capsys, store_url, "book", "--slot", str(first), "--as", "pia@randers.example")
    assert code == 0, err
    _, out, _ = run(capsys, store_url, "slots", "list", "--json")
    slot = next(s for s in json.loads(out)["slots"] if s["id"] == first)
    cancel = [
        "series",
        "cancel-occurrence",
        "--series",
        str(slot["series_id"]),
        "--date",
        slot["occurrence_date"],
    ]

    code, out, err = run(capsys, store_url, *cancel, "--reason", "Kursus")
    assert (code, out, err) == (4, "", "bua-booking: Tiden er booket: aflys bookingen først.\n")

    code, out, err = run(capsys, store_url, *cancel, "--reason", "Kursus", "--cancel-bookings")
    assert code == 0, err
    assert (
        out == f"{slot['occurrence_date']} er aflyst i serie {slot['series_id']}.\n1 booking aflyst af BUA.\n"
    )
    _, out, _ = run(capsys, store_url, "bookings", "list", "--json")
    assert [(b["state"], b["cancel_reason"]) for b in json.loads(out)] == [("cancelled_by_bua", "Kursus")]
