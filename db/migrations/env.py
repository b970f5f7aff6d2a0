"""Alembic environment: runs on a connection handed over by db/migrate.py, or opens the store's URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from db.engine import create_store_engine, resolve_url
from db.models import Base


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run_on(given)
else:
    engine = create_store_engine(resolve_url(context.config.get_main_option("sqlalchemy.url")))
    with engine.connect() as connection:
        run_on(connection)
    engine.dispose()
