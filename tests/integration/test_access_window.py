"""The services the window calls that no command reaches, for every role: allowed, or refused with
nothing changed, each on a fresh copy of the world (access_world.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from app.domain.model import Actor
from app.errors import RuleRefused
from app.services import (
    admin_view,
    advisor_view,
    people,
    slots,
    staff_view,
)
from app.services.clock import SystemClock
from app.services.context import Context
from db.store import SqlStore
from tests.integration.access_world import (
    ADMINS,
    EVERYONE,
    PEOPLE,
    READERS,
    SYSTEM,
    WORLD_ENGINES,
    Copies,
    World,
    copies_of_world,
    snapshot,
)


@pytest.fixture(scope="module", params=WORLD_ENGINES)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Copies, World]]:
    yield from copies_of_world(request, tmp_path_factory)


# --- the services the window calls that no command reaches -------------------------------------------

ADVISOR_OWN = {"ulla", "admin", "system"}
VIEWS: dict[str, tuple[Callable[[Context, dict[str, int], World], object], set[str]]] = {
    "staff_overview": (lambda c, p, w: staff_view.staff_overview(c, p["pia"]), {"pia", "admin", "system"}),
    "advisor_period": (
        lambda c, p, w: advisor_view.advisor_period(c, p["ulla"], date.today(), date.today() + timedelta(60)),
        ADVISOR_OWN,
    ),
    "slots.advisor_week": (lambda c, p, w: slots.advisor_week(c, p["ulla"], date.today()), ADVISOR_OWN),
    "session_details": (
        lambda c, p, w: advisor_view.session_details(c, int(w.ids["booked_slot"])),
        {"ulla", "bo", "admin", "system"},
    ),
    "editor_basis": (lambda c, p, w: advisor_view.editor_basis(c, p["ulla"]), ADVISOR_OWN),
    "absence_impact": (
        lambda c, p, w: advisor_view.absence_impact(c, PEOPLE["ulla"][0], date.today(), date.today()),
        ADVISOR_OWN,
    ),
    "contact_history": (lambda c, p, w: admin_view.contact_history(c, "730"), READERS),
    "people_view": (lambda c, p, w: admin_view.people_view(c), READERS),
    "closures_view": (lambda c, p, w: admin_view.closures_view(c), READERS),
    "rules_view": (lambda c, p, w: admin_view.rules_view(c), READERS),
    "set_person_active": (
        lambda c, p, w: people.set_person_active(c, c.actor, PEOPLE["lars"][0], False),
        ADMINS,
    ),
}


@pytest.mark.parametrize("role", EVERYONE)
@pytest.mark.parametrize("view", list(VIEWS))
def test_every_window_service_for_every_role(view: str, role: str, world: tuple[Copies, World]) -> None:
    copies, built = world
    call, allowed = VIEWS[view]
    url = copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            ids = {key: person.id for key in PEOPLE if (person := uow.people.by_email(PEOPLE[key][0]))}
        actor = SYSTEM if role == "system" else Actor(ids[role], PEOPLE[role][0])
        ctx = Context(store, SystemClock(), actor)
        before = snapshot(url)
        if role in allowed:
            call(ctx, ids, built)
        else:
            with pytest.raises(RuleRefused):
                call(ctx, ids, built)
            assert snapshot(url) == before
    finally:
        store.dispose()
        copies.discard(url)


def test_a_person_finds_only_themselves_unless_bua_administers(world: tuple[Copies, World]) -> None:
    copies, _ = world
    url = copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            pia = uow.people.by_email(PEOPLE["pia"][0])
        assert pia is not None
        as_pia = Context(store, SystemClock(), Actor(pia.id, pia.email))
        assert people.find_person(as_pia, PEOPLE["pia"][0]) == pia
        assert people.find_person(as_pia, PEOPLE["lars"][0]) is None
        assert people.find_person(Context(store, SystemClock()), PEOPLE["lars"][0]) is not None
    finally:
        store.dispose()
        copies.discard(url)
