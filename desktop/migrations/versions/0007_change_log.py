"""the change log: what each unit of work changed, for the room's other workstations

One row per committed unit of work (when, which workstation, which user, and the change
notice as JSON), written in the same transaction as the change. A second program on the same
SQLite file reads the rows newer than the last it saw; on PostgreSQL the same notice also
travels as a NOTIFY. The program keeps the newest 10,000 rows and none older than 7 days.
The table is written out here as it stands at this revision, not imported from the program.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('workstation', sa.String(length=80), nullable=False),
        sa.Column('username', sa.String(length=80), nullable=True),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table('change_log')
