"""a booking handed to the deputy keeps the calendar event it replaces, until its cancellation is sent

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-11 10:00:00.000000

Calendar programs do not reliably take a new ORGANIZER on an event they know, so a session handed to
the deputy gets a new event (a new UID, from the deputy), and the old one (its UID, the SEQUENCE its
cancellation carries, its organizer) is kept here until its METHOD:CANCEL has been mailed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE, no batch: a rebuild on SQLite would drop and remake `bookings`, which the
    # case summaries point at.
    op.add_column("bookings", sa.Column("superseded_uid", sa.String(length=255), nullable=True))
    op.add_column("bookings", sa.Column("superseded_sequence", sa.Integer(), nullable=True))
    op.add_column("bookings", sa.Column("superseded_organizer_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("bookings", "superseded_organizer_id")  # SQLite 3.35 and later drop a column in place
    op.drop_column("bookings", "superseded_sequence")
    op.drop_column("bookings", "superseded_uid")
