"""bookings: calendar UID and SEQUENCE

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-04 09:00:00.000000

Every booking gets the iCalendar UID its invites carry for the booking's whole life, and the SEQUENCE
that rises with every change calendar clients must see. Existing bookings get a fresh UID and
sequence 0: none of their invites was sent with a UID before.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ical_uid", sa.String(length=255), nullable=True))
        batch_op.add_column(
            sa.Column("ical_sequence", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )

    bookings = sa.table("bookings", sa.column("id", sa.Integer()), sa.column("ical_uid", sa.String()))
    connection = op.get_bind()
    ids = connection.execute(sa.select(bookings.c.id).where(bookings.c.ical_uid.is_(None))).scalars().all()
    for booking_id in ids:
        connection.execute(
            sa.update(bookings)
            .where(bookings.c.id == booking_id)
            .values(ical_uid=f"{uuid.uuid4()}@bua-booking")
        )

    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.alter_column("ical_uid", existing_type=sa.String(length=255), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_bookings_ical_uid"), ["ical_uid"])


def downgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_bookings_ical_uid"), type_="unique")
        batch_op.drop_column("ical_sequence")
        batch_op.drop_column("ical_uid")
