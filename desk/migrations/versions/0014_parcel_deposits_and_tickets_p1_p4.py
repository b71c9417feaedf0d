"""parcel deposits and their tickets (P1-P4)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 23:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('parcel_deposits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_number', sa.String(length=32), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('customer_name', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.Column('shelf', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('deposited_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deposited_by_id', sa.Integer(), nullable=False),
    sa.Column('picked_up_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('picked_up_by_id', sa.Integer(), nullable=True),
    sa.Column('id_type', sa.String(length=20), nullable=True),
    sa.Column('id_last_digits', sa.String(length=4), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('release_reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("state IN ('held', 'picked_up', 'released')", name=op.f('ck_parcel_deposits_state_known')),
    sa.CheckConstraint('pieces >= 1', name=op.f('ck_parcel_deposits_pieces_positive')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_parcel_deposits_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_parcel_deposits_customer_id_customers')),
    sa.ForeignKeyConstraint(['deposited_by_id'], ['staff.id'], name=op.f('fk_parcel_deposits_deposited_by_id_staff')),
    sa.ForeignKeyConstraint(['picked_up_by_id'], ['staff.id'], name=op.f('fk_parcel_deposits_picked_up_by_id_staff')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_parcel_deposits_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_deposits')),
    sa.UniqueConstraint('ticket_number', name=op.f('uq_parcel_deposits_ticket_number'))
    )
    with op.batch_alter_table('parcel_deposits', schema=None) as batch_op:
        batch_op.create_index('ix_parcel_deposits_customer', ['customer_id', 'deposited_at'], unique=False)
        batch_op.create_index('ix_parcel_deposits_state', ['state', 'deposited_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('parcel_deposits', schema=None) as batch_op:
        batch_op.drop_index('ix_parcel_deposits_state')
        batch_op.drop_index('ix_parcel_deposits_customer')

    op.drop_table('parcel_deposits')
