"""service numbers without a force, a detachment once per shift, tracked document numbers

- people.service_number is unique among people of no organisation (force_id NULL): the
  (force_id, service_number) constraint treats NULLs as distinct, so it never held for them;
- assignments: a detachment is assigned at most once in a shift, like a person or a vehicle;
- service numbers are stored in the form they are compared in (ASCII digits, no spaces or
  dashes), so «١٠٠١» typed today clashes with «1001» saved before;
- document_numbers carry created/updated timestamps and a version counter like every other
  editable record; numbers issued before take their issue (and void) time.

A database that already holds such duplicates is refused with the rows named rather than
changed: which of two assignments to keep is the room's decision, not a migration's.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.storage.migrations import refuse_duplicates
from desktop.text.arabic import identifier_form

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# The rule (a term of the core's catalogue) and the keys that break it.
_DUPLICATES = {
    "People of no organisation sharing a service number":
        "SELECT service_number FROM people WHERE force_id IS NULL AND service_number IS NOT NULL "
        "GROUP BY service_number HAVING COUNT(*) > 1",
    "A detachment assigned twice in one shift":
        "SELECT shift_id, detachment_id FROM assignments WHERE detachment_id IS NOT NULL "
        "GROUP BY shift_id, detachment_id HAVING COUNT(*) > 1",
}


def _normalise_service_numbers() -> None:
    """Numbers typed before are stored as they are compared now («١٠٠١», «10-01» → «1001»),
    unless two people of one force would then hold the same one: that is refused first."""
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, force_id, service_number FROM people WHERE service_number IS NOT NULL"
    )).fetchall()
    held: dict[tuple[int | None, str], int] = {}
    changed = []
    for id_, force_id, number in rows:
        folded = identifier_form(number)
        if folded is not None:
            if (force_id, folded) in held:
                refuse_duplicates(connection, {
                    "People of one force sharing a service number":
                        f"SELECT id, service_number FROM people "
                        f"WHERE id IN ({held[(force_id, folded)]}, {int(id_)})"})
            held[(force_id, folded)] = id_
        if folded != number:
            changed.append({"id": id_, "number": folded})
    if changed:
        connection.execute(sa.text("UPDATE people SET service_number = :number WHERE id = :id"),
                           changed)


def upgrade() -> None:
    refuse_duplicates(op.get_bind(), _DUPLICATES)
    _normalise_service_numbers()
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('uq_people_service_number_without_force', ['service_number'],
                              unique=True, sqlite_where=sa.text('force_id IS NULL'),
                              postgresql_where=sa.text('force_id IS NULL'))
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index('uq_assignments_shift_detachment', ['shift_id', 'detachment_id'],
                              unique=True, sqlite_where=sa.text('detachment_id IS NOT NULL'),
                              postgresql_where=sa.text('detachment_id IS NOT NULL'))
    with op.batch_alter_table('document_numbers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=True))
    op.execute("UPDATE document_numbers SET created_at = issued_at, "
               "updated_at = COALESCE(voided_at, issued_at), "
               "version = CASE WHEN voided_at IS NULL THEN 1 ELSE 2 END")
    with op.batch_alter_table('document_numbers', schema=None) as batch_op:
        batch_op.alter_column('created_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.alter_column('version', existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('document_numbers', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('created_at')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('uq_assignments_shift_detachment')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('uq_people_service_number_without_force')
