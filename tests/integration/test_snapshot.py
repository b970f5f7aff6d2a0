"""A view's reads sent as one batch on a shared server see one snapshot: a commit that lands between
two of them is seen by neither or by both, never by one (db/prepared.py, batch)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import SettingRow
from db.prepared import Prepared, batch
from db.store import SqlStore
from tests.conftest import fresh_store_url

_SETTINGS = Prepared(select(func.count()).select_from(SettingRow))
_PAUSE = Prepared(select(func.pg_sleep(0.5)))


@pytest.fixture
def server_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    with fresh_store_url(request, tmp_path, "postgresql") as url:
        opened = SqlStore.open(url)
        yield opened
        opened.dispose()


@pytest.mark.postgres
def test_the_reads_of_one_batch_see_one_snapshot(server_store: SqlStore) -> None:
    meanwhile = SqlStore.open(server_store.engine.url.render_as_string(hide_password=False))

    def write_a_setting() -> None:
        time.sleep(0.15)  # while the server pauses between the batch's two counts
        with meanwhile.write() as uow:
            uow.settings.put("written-meanwhile", True)
            uow.commit()

    writer = threading.Thread(target=write_a_setting)
    with server_store.read() as uow:
        writer.start()
        with batch(uow.session) as send:
            counted = send(_SETTINGS), send(_PAUSE), send(_SETTINGS)
        before, after = counted[0].scalar(), counted[2].scalar()
    writer.join()
    meanwhile.dispose()

    assert before == after  # the batch's snapshot
    with server_store.read() as uow:
        assert _SETTINGS.scalar(uow.session) == before + 1  # the write itself landed
