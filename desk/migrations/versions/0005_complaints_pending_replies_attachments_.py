"""complaints, pending replies, attachments, working-day calendar (C1-C9, R1, C4)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_at", desk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["staff.id"], name=op.f("fk_attachments_added_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("set_at", desk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_by_id"], ["staff.id"], name=op.f("fk_calendar_days_set_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("demand", sa.Text(), nullable=False),
        sa.Column("received_at", desk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("receiver_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("response_due_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("responded_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("promised_date", sa.Date(), nullable=False),
        sa.Column("deadline_estimated", sa.Boolean(), nullable=False),
        sa.Column("justified", sa.Boolean(), nullable=True),
        sa.Column("demand_reasonable", sa.Boolean(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=True),
        sa.Column("assessed_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        sa.Column("rectify_due", sa.Date(), nullable=True),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("plan_approved_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("plan_approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approval_opinion", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=40), nullable=False),
        sa.Column("responsible_person", sa.String(length=40), nullable=False),
        sa.Column("slip_issued_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("rectified_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("verified_by_id", sa.Integer(), nullable=True),
        sa.Column("callback_due", sa.Date(), nullable=True),
        sa.Column("closed_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IN ('quality', 'attitude', 'delivery', 'price', 'repair', 'environment', 'other')",
            name=op.f("ck_complaints_category_known"),
        ),
        sa.CheckConstraint(
            "channel IN ('visit', 'phone', 'letter', 'email', 'online', 'box')",
            name=op.f("ck_complaints_channel_known"),
        ),
        sa.CheckConstraint(
            "severity IS NULL OR severity IN ('major', 'general')",
            name=op.f("ck_complaints_severity_known"),
        ),
        sa.CheckConstraint(
            "state IN ('received', 'in_progress', 'rectified', 'called_back', 'closed', 'unfounded')",
            name=op.f("ck_complaints_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"], ["staff.id"], name=op.f("fk_complaints_assessed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_complaints_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["plan_approved_by_id"],
            ["staff.id"],
            name=op.f("fk_complaints_plan_approved_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["receiver_id"], ["staff.id"], name=op.f("fk_complaints_receiver_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["verified_by_id"], ["staff.id"], name=op.f("fk_complaints_verified_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_complaints_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("number", name=op.f("uq_complaints_number")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaints_customer_received", ["customer_id", "received_at"], unique=False
        )
        batch_op.create_index("ix_complaints_owner_state", ["owner_id", "state"], unique=False)
        batch_op.create_index("ix_complaints_received_at", ["received_at"], unique=False)
        batch_op.create_index(
            "ix_complaints_response_due", ["responded_at", "response_due_at"], unique=False
        )
        batch_op.create_index(
            "ix_complaints_state_callback_due", ["state", "callback_due"], unique=False
        )
        batch_op.create_index(
            "ix_complaints_state_received", ["state", "received_at"], unique=False
        )
        batch_op.create_index(
            "ix_complaints_state_rectify_due", ["state", "rectify_due"], unique=False
        )

    op.create_table(
        "pending_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("promised_at", desk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", desk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("answered_at", desk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answered_by_id"], ["staff.id"], name=op.f("fk_pending_replies_answered_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_pending_replies_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_pending_replies_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_pending_replies_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_pending_replies_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_replies")),
    )
    with op.batch_alter_table("pending_replies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pending_replies_customer", ["customer_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_pending_replies_open", ["answered_at", "promised_at"], unique=False
        )
        batch_op.create_index("ix_pending_replies_owner", ["owner_id", "answered_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pending_replies", schema=None) as batch_op:
        batch_op.drop_index("ix_pending_replies_owner")
        batch_op.drop_index("ix_pending_replies_open")
        batch_op.drop_index("ix_pending_replies_customer")

    op.drop_table("pending_replies")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index("ix_complaints_state_rectify_due")
        batch_op.drop_index("ix_complaints_state_received")
        batch_op.drop_index("ix_complaints_state_callback_due")
        batch_op.drop_index("ix_complaints_response_due")
        batch_op.drop_index("ix_complaints_received_at")
        batch_op.drop_index("ix_complaints_owner_state")
        batch_op.drop_index("ix_complaints_customer_received")

    op.drop_table("complaints")
    op.drop_table("calendar_days")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_entity")

    op.drop_table("attachments")
