"""a document number keeps the letterhead it was first printed with

document_numbers.letterhead holds the issuing office's code, name, header lines, logo and
Hijri choice as they stood when the number was given (JSON), so a document reprinted under its
number reads as the first print did, whatever the office has changed since. Numbers given
before take the office's letterhead as it is now: the best record there is of it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.services.numbering import letterhead_copy

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_numbers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letterhead', sa.Text(), nullable=True))
    connection = op.get_bind()
    offices = connection.execute(sa.text(
        "SELECT id, code, name, header_lines, header_lines_en, logo_path, show_hijri "
        "FROM issuing_offices")).fetchall()
    for office in offices:
        connection.execute(
            sa.text("UPDATE document_numbers SET letterhead = :copy WHERE office_id = :id"),
            {"copy": letterhead_copy(office), "id": office.id})


def downgrade() -> None:
    with op.batch_alter_table('document_numbers', schema=None) as batch_op:
        batch_op.drop_column('letterhead')
