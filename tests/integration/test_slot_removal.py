"""A slot booked while a series change removes it, on the real engines: the SQL repository finds out
(its DELETE removes fewer rows than asked) and says so in no words; the service words it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.errors import Conflict, SlotBookedMeanwhile
from app.services import closures, slots
from app.services.context import Context
from db.repositories import SqlSlots
from db.store import SqlStore
from tests.integration.helpers import ADMIN, add_advisor, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")


def test_a_slot_booked_before_its_removal_is_kept_and_the_user_told_to_try_again(
    ctx: Context, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 4, time(9), date(2027, 5, 1), date(2027, 6, 30))
    slot = next(s for s in slots.list_slots(ctx) if s.occurrence_date == date(2027, 6, 4))
    with store.write() as uow:
        assert uow.slots.take_place(slot.id)
        with pytest.raises(SlotBookedMeanwhile):  # the repository says what happened, in no words
            uow.slots.remove_many([slot.id])

    def booked_meanwhile(_self: SqlSlots, slot_ids: Sequence[int]) -> None:
        raise SlotBookedMeanwhile(slot_ids)

    monkeypatch.setattr(SqlSlots, "remove_many", booked_meanwhile)  # a booking's commit came first
    with pytest.raises(Conflict, match="netop blevet booket"):  # the service words it
        closures.add_closure_date(ctx, ADMIN, date(2027, 6, 4), "Temadag i BUA")
    assert date(2027, 6, 4) in _days(ctx)


def _days(ctx: Context) -> list[date]:
    return [s.starts_at.astimezone(CPH).date() for s in slots.list_slots(ctx)]
