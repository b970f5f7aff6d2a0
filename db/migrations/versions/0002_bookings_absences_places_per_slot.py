"""bookings, absences, places per slot

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:48:47.416522
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "absences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_absences_valid_period")),
        sa.ForeignKeyConstraint(["advisor_id"], ["people.id"], name=op.f("fk_absences_advisor_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absences")),
    )
    with op.batch_alter_table("absences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_absences_advisor_id"), ["advisor_id"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("one_to_one", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("gp_name", sa.String(length=200), nullable=True),
        sa.Column("gp_email", sa.String(length=254), nullable=True),
        sa.Column("gp_clinic", sa.String(length=200), nullable=True),
        sa.Column("cancel_reason", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_bookings_version")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_bookings_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_bookings_person_id_people")),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_bookings_slot_id_slots"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bookings_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index("ix_bookings_person_state", ["person_id", "state"], unique=False)
        batch_op.create_index("ix_bookings_slot_state", ["slot_id", "state"], unique=False)
        batch_op.create_index(
            "uq_bookings_one_to_one",
            ["slot_id"],
            unique=True,
            sqlite_where=sa.text("one_to_one AND state IN ('booked', 'held', 'no_show')"),
            postgresql_where=sa.text("one_to_one AND state IN ('booked', 'held', 'no_show')"),
        )
        batch_op.create_index(
            "uq_bookings_person_slot",
            ["slot_id", "person_id"],
            unique=True,
            sqlite_where=sa.text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
            postgresql_where=sa.text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
        )

    with op.batch_alter_table("slot_series", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("open_to_all", sa.Boolean(), server_default=sa.text("(false)"), nullable=False)
        )

    # Places per slot: capacity copied from the series, so the CHECK below can hold the slot full.
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("booked_count", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    op.execute(
        "UPDATE slots SET capacity = "
        "(SELECT slot_series.capacity FROM slot_series WHERE slot_series.id = slots.series_id)"
    )
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.alter_column("capacity", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("status")  # now derived from booked_count and capacity
        batch_op.create_check_constraint(
            op.f("ck_slots_within_capacity"), "booked_count >= 0 AND booked_count <= capacity"
        )


def downgrade() -> None:
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_slots_within_capacity"), type_="check")
        batch_op.add_column(sa.Column("status", sa.VARCHAR(length=20), server_default="open", nullable=False))
        batch_op.drop_column("booked_count")
        batch_op.drop_column("capacity")

    with op.batch_alter_table("slot_series", schema=None) as batch_op:
        batch_op.drop_column("open_to_all")

    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_bookings_person_slot",
            sqlite_where=sa.text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
            postgresql_where=sa.text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
        )
        batch_op.drop_index(
            "uq_bookings_one_to_one",
            sqlite_where=sa.text("one_to_one AND state IN ('booked', 'held', 'no_show')"),
            postgresql_where=sa.text("one_to_one AND state IN ('booked', 'held', 'no_show')"),
        )
        batch_op.drop_index("ix_bookings_slot_state")
        batch_op.drop_index("ix_bookings_person_state")
        batch_op.drop_index(batch_op.f("ix_bookings_municipality_code"))

    op.drop_table("bookings")
    with op.batch_alter_table("absences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_absences_advisor_id"))

    op.drop_table("absences")
