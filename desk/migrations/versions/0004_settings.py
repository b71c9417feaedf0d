"""settings remember who changed them, when, and carry a version (DESIGN: settings in the database, S5)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("updated_at", desk.models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        # Nullable first: rows written before this revision get version 1, then it is required.
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_settings_updated_by_id_staff"), "staff", ["updated_by_id"], ["id"]
        )
    op.execute(sa.text("UPDATE settings SET version = 1 WHERE version IS NULL"))
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.alter_column("version", existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_settings_updated_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("version")
        batch_op.drop_column("updated_by_id")
        batch_op.drop_column("updated_at")
