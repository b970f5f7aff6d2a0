"""case summaries and their tombstones

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-04 09:00:00.000000

One case summary per booking (a draft, or submitted once it passed the anonymity guard), carrying the
booker's municipality for row-level scoping later; and a tombstone per summary the retention purge
deleted, saying when and by which rule. Existing bookings get no summary: the advisor's calendar shows
theirs as missing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("tried", sa.Text(), nullable=False),
        sa.Column("age_band", sa.String(length=10), nullable=True),
        sa.Column("pathway_step", sa.String(length=10), nullable=True),
        sa.Column("screenings", sa.JSON(), nullable=False),
        sa.Column("warnings_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("state IN ('draft', 'submitted')", name=op.f("ck_case_summaries_state")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_case_summaries_version")),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_case_summaries_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_case_summaries_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_summaries")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_case_summaries_booking_id")),
    )
    with op.batch_alter_table("case_summaries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_summaries_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "case_summary_tombstones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_case_summary_tombstones_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_case_summary_tombstones_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_summary_tombstones")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_case_summary_tombstones_booking_id")),
    )
    with op.batch_alter_table("case_summary_tombstones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_summary_tombstones_municipality_code"), ["municipality_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("case_summary_tombstones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_summary_tombstones_municipality_code"))

    op.drop_table("case_summary_tombstones")
    with op.batch_alter_table("case_summaries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_summaries_municipality_code"))

    op.drop_table("case_summaries")
