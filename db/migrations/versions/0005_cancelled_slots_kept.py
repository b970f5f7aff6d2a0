"""slots kept as cancelled, bookings with their own end, ids never reused

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-04 09:00:00.000000

A slot that bookings point at is no longer deleted when its occurrence goes: it is kept with
`cancelled` set, so a cancelled booking can still be sent as METHOD:CANCEL. Bookings get their own
`ends_at` (filled from their slot, or 45 minutes after the start where the slot is gone). On SQLite
both tables are rebuilt with AUTOINCREMENT, so a deleted slot's or booking's id is never handed out
again; PostgreSQL's sequences never reuse ids anyway.
"""

from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OCCUPYING = "('booked', 'held', 'no_show')"
HOLDING = "('booked', 'held', 'no_show', 'waitlisted')"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    rebuild = {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}} if sqlite else {}
    with op.batch_alter_table("slots", **rebuild) as batch_op:  # type: ignore[arg-type]
        batch_op.add_column(
            sa.Column("cancelled", sa.Boolean(), server_default=sa.text("false"), nullable=False)
        )

    with op.batch_alter_table("bookings") as batch_op:
        batch_op.add_column(sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True))
    bookings = sa.table(
        "bookings",
        sa.column("id", sa.Integer()),
        sa.column("slot_id", sa.Integer()),
        sa.column("starts_at", sa.DateTime(timezone=True)),
        sa.column("ends_at", sa.DateTime(timezone=True)),
    )
    slots = sa.table("slots", sa.column("id", sa.Integer()), sa.column("ends_at", sa.DateTime(timezone=True)))
    connection = op.get_bind()
    connection.execute(
        sa.update(bookings).values(
            ends_at=sa.select(slots.c.ends_at).where(slots.c.id == bookings.c.slot_id).scalar_subquery()
        )
    )
    slotless = sa.select(bookings.c.id, bookings.c.starts_at).where(bookings.c.ends_at.is_(None))
    for booking_id, starts_at in connection.execute(slotless).all():
        connection.execute(
            sa.update(bookings)
            .where(bookings.c.id == booking_id)
            .values(ends_at=starts_at + timedelta(minutes=45))
        )
    # The partial unique indexes are made again after the rebuild, so their WHERE clauses survive.
    op.drop_index("uq_bookings_one_to_one", table_name="bookings")
    op.drop_index("uq_bookings_person_slot", table_name="bookings")
    with op.batch_alter_table("bookings", **rebuild) as batch_op:  # type: ignore[arg-type]
        batch_op.alter_column("ends_at", existing_type=sa.DateTime(timezone=True), nullable=False)
    _partial_indexes()


def _partial_indexes() -> None:
    for name, columns, states in (
        ("uq_bookings_one_to_one", ["slot_id"], f"one_to_one AND state IN {OCCUPYING}"),
        ("uq_bookings_person_slot", ["slot_id", "person_id"], f"state IN {HOLDING}"),
    ):
        op.create_index(
            name,
            "bookings",
            columns,
            unique=True,
            sqlite_where=sa.text(states),
            postgresql_where=sa.text(states),
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a rebuild would drop tables that others reference. The ids
    # keep AUTOINCREMENT, which the older schema does not mind.
    op.drop_column("bookings", "ends_at")
    op.drop_column("slots", "cancelled")
