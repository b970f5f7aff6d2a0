"""An in-memory unit of work behind the ports of app/ports.py, so the services' rule tests run in
milliseconds (tests/services/, `pytest -m fake`).

It keeps what the services' rules rely on: a unit of work commits whole or not at all (each one works
on its own copy of the tables), the constraints the database holds (one municipal participant per 1:1
slot, one place per person and slot, places never below 0 nor above capacity, one slot per series and
date, one open contact per municipality and kind, foreign keys) raise what the real repositories
raise, and ids are never handed out twice. What it cannot honestly model stays on the real engines:
races and row locks (nothing is locked: a unit of work that would commit over another's commit since
it began raises ConcurrentUse instead), row-level security and logins, migrations, and the report's
SQL counting (slots.tallies raises NotImplementedError).
"""

from tests.fake_store.store import ConcurrentUse, FakeStore, FakeUnitOfWork

__all__ = ["ConcurrentUse", "FakeStore", "FakeUnitOfWork"]
