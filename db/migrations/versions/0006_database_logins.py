"""people linked to database logins; audit entries stamped with the login

Revision ID: 0006
Revises: 0005
Create Date: 2027-01-04 10:00:00.000000

On a shared PostgreSQL store each person connects with a login of their own (`server add-login`);
`people.db_login` names it, and row-level security maps `session_user` to the person through it.
`audit_log.login` is the login that made the change, written by the database. The local SQLite store
uses neither.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE and an index, no batch: a table rebuild on SQLite would drop and remake
    # `people`, which every other table points at, and `audit_log` with its guarding triggers.
    op.add_column("people", sa.Column("db_login", sa.String(length=63), nullable=True))
    op.create_index(op.f("ix_people_db_login"), "people", ["db_login"], unique=True)
    op.add_column("audit_log", sa.Column("login", sa.String(length=63), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_log", "login")  # SQLite 3.35 and later drop a column in place
    op.drop_index(op.f("ix_people_db_login"), table_name="people")
    op.drop_column("people", "db_login")
