"""Render each tab of the administrator's page with demo data to PNG, in Danish, for review.

    .venv/bin/python bench/render_admin.py [--years 5] [--out docs/screenshots]

Builds a throw-away SQLite demo store on the tests' fixed Monday, adds two closure days and a change of
BUA contact person (so the history has something to show), and saves admin-<tab>.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from benchkit import FixedClock, sqlite_database
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.domain.model import Actor, ContactKind, Role
from app.services.closures import add_closure_date
from app.services.contacts import assign_contact, list_contacts
from app.services.context import Context
from app.services.demo import fill_demo
from app.services.people import list_people
from db.engine import create_store_engine
from db.migrate import upgrade
from db.store import SqlStore
from ui.admin.admin_page import AdminPage
from ui.session import ChangeNotifier, UiSession
from ui.worker import Worker

TODAY = date(2027, 1, 4)
ROOT = Path(__file__).resolve().parents[1]
TABS = ("contacts", "people", "closures", "rules")


def danish(folder: Path) -> QTranslator:
    compiled = folder / "admin_da.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    source = ROOT / "resources" / "translations" / "admin_da.ts"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    return translator


def demo_store(url: str, years: int) -> Context:
    engine = create_store_engine(url)
    upgrade(engine)
    engine.dispose()
    ctx = Context(SqlStore.open(url), FixedClock(TODAY))
    demo = Actor.system("demo")
    print(fill_demo(ctx, demo, years=years))
    add_closure_date(ctx, demo, date(2027, 5, 7), "Personaledag i BUA")
    add_closure_date(ctx, demo, date(2027, 9, 24), "Temadag om udredning")
    current = next(a for a in list_contacts(ctx, "730") if a.kind is ContactKind.BUA_DEPUTY)
    other = next(p for p in list_people(ctx, Role.ADVISOR) if p.id != current.person_id)
    assign_contact(ctx, demo, "730", ContactKind.BUA_DEPUTY, other.email, date(2027, 2, 1))
    return ctx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder, sqlite_database() as (url, _raw):
        app.installTranslator(translator := danish(Path(folder)))
        ctx = demo_store(url, args.years)
        admin = next(p for p in list_people(ctx, Role.ADMINISTRATOR))
        worker = Worker()
        page = AdminPage(UiSession(ctx, admin, worker, ChangeNotifier()))
        page.resize(1280, 800)
        page.show()

        def settle() -> None:
            for _ in range(20):
                worker.wait()
                app.processEvents()

        settle()
        names = [o.municipality.name for o in page.contacts.municipalities.rows()]
        page.contacts.table.selectRow(names.index("Randers"))
        settle()
        args.out.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(TABS):
            page.tabs.setCurrentIndex(index)
            settle()
            page.grab().save(str(args.out / f"admin-{name}.png"))
        page.close()
        settle()
        assert isinstance(ctx.store, SqlStore)
        ctx.store.dispose()
        app.removeTranslator(translator)
    print(f"Saved {', '.join(f'admin-{n}.png' for n in TABS)} in {args.out}")


if __name__ == "__main__":
    main()
