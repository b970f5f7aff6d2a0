"""The services' rule tests run on three stores: the in-memory fake (tests/fake_store, marked `fake`:
`pytest -m fake` runs just those, in seconds), a fresh SQLite file and a fresh PostgreSQL database.

What only a real engine does (races, row locks, ids after a rollback, SQL, row-level security,
migrations) is tested in tests/integration/, on the real engines alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ports import Store
from db.store import SqlStore
from tests.conftest import fresh_store_url
from tests.fake_store import FakeStore


@pytest.fixture(
    params=[
        pytest.param("fake", marks=pytest.mark.fake),
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.postgres),
    ]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store: in memory, or migrated on each engine."""
    if request.param == "fake":
        yield FakeStore()
        return
    with fresh_store_url(request, tmp_path, request.param) as url:
        opened = SqlStore.open(url)
        yield opened
        opened.dispose()
