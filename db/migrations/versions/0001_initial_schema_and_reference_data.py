"""initial schema and reference data

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 18:29:38.165693
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.reference import install_audit_guard, upsert_reference_data

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "annual_closures",
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("month", "day", name=op.f("pk_annual_closures")),
    )
    op.create_table(
        "closure_dates",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_closure_dates")),
    )
    op.create_table(
        "municipalities",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("cluster", sa.String(length=80), nullable=False),
        sa.Column("hospital_unit", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_municipalities")),
        sa.UniqueConstraint("name", name=op.f("uq_municipalities_name")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=True),
        sa.Column("profession", sa.String(length=30), nullable=True),
        sa.Column("clinic", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role <> 'municipal_staff' OR (municipality_code IS NOT NULL AND profession IS NOT NULL)",
            name=op.f("ck_people_staff_has_municipality_and_profession"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_people_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("email", name=op.f("uq_people_email")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_municipality_code"), ["municipality_code"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_person_id", sa.Integer(), nullable=True),
        sa.Column("actor_label", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_person_id"], ["people.id"], name=op.f("fk_audit_log_actor_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "contact_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= valid_from",
            name=op.f("ck_contact_assignments_valid_period"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_contact_assignments_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_contact_assignments_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_assignments")),
    )
    with op.batch_alter_table("contact_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_assignments_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "uq_contact_assignments_open",
            ["municipality_code", "kind"],
            unique=True,
            sqlite_where=sa.text("valid_until IS NULL"),
            postgresql_where=sa.text("valid_until IS NULL"),
        )

    op.create_table(
        "slot_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("session_type", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("video_url", sa.String(length=500), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("every_weeks", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("occurrence_count", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=40), nullable=False),
        sa.Column("materialised_until", sa.Date(), nullable=False),
        sa.Column("previous_series_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(ends_on IS NULL) <> (occurrence_count IS NULL)", name=op.f("ck_slot_series_one_end")
        ),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_slot_series_capacity")),
        sa.CheckConstraint("every_weeks >= 1", name=op.f("ck_slot_series_every_weeks")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 4", name=op.f("ck_slot_series_weekday")),
        sa.ForeignKeyConstraint(["advisor_id"], ["people.id"], name=op.f("fk_slot_series_advisor_id_people")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_slot_series_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["previous_series_id"],
            ["slot_series.id"],
            name=op.f("fk_slot_series_previous_series_id_slot_series"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot_series")),
    )
    with op.batch_alter_table("slot_series", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_series_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_slot_series_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "skipped_dates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("occurrence_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("restored", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_skipped_dates_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["slot_series.id"], name=op.f("fk_skipped_dates_series_id_slot_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skipped_dates")),
        sa.UniqueConstraint("series_id", "occurrence_date", name=op.f("uq_skipped_dates_series_id")),
    )
    with op.batch_alter_table("skipped_dates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skipped_dates_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("moved", sa.Boolean(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_slots_positive_length")),
        sa.ForeignKeyConstraint(["advisor_id"], ["people.id"], name=op.f("fk_slots_advisor_id_people")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_slots_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["slot_series.id"], name=op.f("fk_slots_series_id_slot_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slots")),
        sa.UniqueConstraint("series_id", "occurrence_date", name=op.f("uq_slots_series_id")),
    )
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.create_index("ix_slots_advisor_starts", ["advisor_id", "starts_at"], unique=False)
        batch_op.create_index(
            "ix_slots_municipality_starts", ["municipality_code", "starts_at"], unique=False
        )
    install_audit_guard(op.get_bind())
    upsert_reference_data(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only() CASCADE")
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.drop_index("ix_slots_municipality_starts")
        batch_op.drop_index("ix_slots_advisor_starts")

    op.drop_table("slots")
    with op.batch_alter_table("skipped_dates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skipped_dates_municipality_code"))

    op.drop_table("skipped_dates")
    with op.batch_alter_table("slot_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_series_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_slot_series_advisor_id"))

    op.drop_table("slot_series")
    with op.batch_alter_table("contact_assignments", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_contact_assignments_open",
            sqlite_where=sa.text("valid_until IS NULL"),
            postgresql_where=sa.text("valid_until IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_contact_assignments_person_id"))

    op.drop_table("contact_assignments")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_municipality_code"))

    op.drop_table("people")
    op.drop_table("settings")
    op.drop_table("municipalities")
    op.drop_table("closure_dates")
    op.drop_table("annual_closures")
