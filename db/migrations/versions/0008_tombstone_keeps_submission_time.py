"""a purged case summary's tombstone keeps when the summary was sent

Revision ID: 0008
Revises: 0007
Create Date: 2027-01-12 10:00:00.000000

The retention purge deletes a summary's text after the session; the status report still has to say
whether it came before its deadline, so the tombstone keeps the time it was sent (never what it said).
Tombstones made before this revision, and those of a summary never sent, have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "case_summary_tombstones", sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("case_summary_tombstones", "submitted_at")
