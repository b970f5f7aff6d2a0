"""The clocks a Context is given: the system's, and a fixed one for the demo's history, tests and benches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from app.domain.time import ZONE


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(ZONE).date()


@dataclass
class FixedClock:
    """A clock that stays on one Copenhagen day, at `hour` o'clock, until it is moved: the demo's
    history is written on past days with it, and tests and benches run on a day of their choosing."""

    day: date
    hour: int = 12

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(self.hour), ZONE).astimezone(UTC)
