"""approved minutes: a sealed copy of what they print from the registry

At approval the minutes service copies the attendees' names, ranks, positions and bodies, the
chair, the organiser, those charged with a directive and the election's name into
meetings.sealed_record, and the fingerprint covers it; approved minutes print from the copy.
Minutes approved before keep NULL: their fingerprint never covered a copy, so none is made.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sealed_record', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('sealed_record')
