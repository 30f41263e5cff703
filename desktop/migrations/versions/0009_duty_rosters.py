"""duty rosters: draft and published shifts, pinned assignments, one commander per centre,
unavailability of people, the least rest between shifts, people's home sectors

- shifts: ``roster_status`` (draft / published), ``roster_revision`` (0 until first
  published; each publication and each amendment after it adds one), ``published_at`` and
  ``published_by`` (the username at the time); every shift already recorded is a draft;
- roster_events: the history of each roster (published, amended, withdrawn), one row per
  assignment an amendment changed, with who, when, the revision and what changed;
- assignments: ``pinned`` (no automatic proposal moves it; none is pinned yet), and at most
  one centre commander per centre and shift (a unique index over the commanders' rows);
- unavailabilities: a person's leave, sickness or other duty, from a moment to a moment;
- duty_rules: one row, the least rest between two shifts of one person (8 hours);
- people: ``home_sector_id``, the sector a person usually serves in.

A database whose centres already have two commanders in one shift is refused with the rows
named rather than changed: which of the two stays is the room's decision, not a migration's.
The tables are written out here as they stand at this revision, not imported from the program.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_KINDS = ('leave', 'sickness', 'other_duty', 'other')
_ACTIONS = ('published', 'amended', 'withdrawn')
_STATUSES = ('draft', 'published')
_REST_MINUTES = 8 * 60

_TWO_COMMANDERS = (
    "SELECT s.on_date, s.label, c.code, c.name FROM assignments a"
    " JOIN shifts s ON s.id = a.shift_id JOIN centres c ON c.id = a.centre_id"
    " WHERE a.role = 'centre_commander'"
    " GROUP BY a.shift_id, a.centre_id, s.on_date, s.label, c.code, c.name"
    " HAVING COUNT(*) > 1 ORDER BY s.on_date, s.label, c.code")


def _tracked() -> list[sa.Column]:
    return [sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False)]


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _refuse_two_commanders() -> None:
    """Stop, naming the centres and shifts, where a centre already has two commanders."""
    from desktop.services.errors import DatabaseUnavailable, Term

    rows = op.get_bind().execute(sa.text(_TWO_COMMANDERS)).fetchall()
    if rows:
        listed = "; ".join(", ".join(str(v) for v in row) for row in rows[:20])
        raise DatabaseUnavailable(
            "The database holds records that break a new rule ({rule}): {rows}. Correct "
            "them with the version of Ghurfa that saved them, then start it again.",
            rule=Term("A centre with two commanders in one shift"), rows=listed)


def upgrade() -> None:
    _refuse_two_commanders()
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roster_status', sa.String(length=32), nullable=False,
                                      server_default='draft'))
        batch_op.add_column(sa.Column('roster_revision', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('published_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('published_by', sa.String(length=80), nullable=True))
        batch_op.create_check_constraint('roster_status',
                                         "roster_status IN ('draft', 'published')")
        batch_op.create_check_constraint('roster_revision_not_negative', 'roster_revision >= 0')
        batch_op.create_check_constraint(
            'published_when_dated', "(roster_status = 'published') = (published_at IS NOT NULL)")
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pinned', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.create_index('uq_assignments_shift_centre_commander', ['shift_id', 'centre_id'],
                              unique=True, sqlite_where=sa.text("role = 'centre_commander'"),
                              postgresql_where=sa.text("role = 'centre_commander'"))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('home_sector_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_people_home_sector_id_sectors'), 'sectors',
                                    ['home_sector_id'], ['id'], ondelete='RESTRICT')
        batch_op.create_index('ix_people_home_sector', ['home_sector_id'])
    op.create_table(
        'unavailabilities',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('kind', _enum('unavailability_kind', _KINDS), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('ends_at', sa.DateTime(), nullable=False),
        sa.Column('reason', sa.String(length=500), nullable=True),
        *_tracked(),
        sa.CheckConstraint('ends_at > starts_at',
                           name=op.f('ck_unavailabilities_ends_after_start')),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='RESTRICT',
                                name=op.f('fk_unavailabilities_person_id_people')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_unavailabilities')),
    )
    op.create_index('ix_unavailabilities_person', 'unavailabilities', ['person_id', 'starts_at'])
    op.create_table(
        'roster_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shift_id', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('action', _enum('roster_action', _ACTIONS), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('username', sa.String(length=80), nullable=False),
        sa.Column('assignment_id', sa.Integer(), nullable=True),
        sa.Column('changes', sa.Text(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], ondelete='RESTRICT',
                                name=op.f('fk_roster_events_shift_id_shifts')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='RESTRICT',
                                name=op.f('fk_roster_events_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_events')),
    )
    op.create_index('ix_roster_events_shift', 'roster_events', ['shift_id', 'revision'])
    rules = op.create_table(
        'duty_rules',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('minimum_rest_minutes', sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint('id = 1', name=op.f('ck_duty_rules_one_row')),
        sa.CheckConstraint('minimum_rest_minutes BETWEEN 0 AND 2880',
                           name=op.f('ck_duty_rules_rest_range')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_rules')),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(rules, [{'id': 1, 'minimum_rest_minutes': _REST_MINUTES, 'created_at': now,
                            'updated_at': now, 'version': 1}])


def downgrade() -> None:
    """The rosters' states, their history, the unavailabilities, the pins and the home
    sectors are lost: the earlier schema has no place for them."""
    op.drop_table('duty_rules')
    op.drop_index('ix_roster_events_shift', table_name='roster_events')
    op.drop_table('roster_events')
    op.drop_index('ix_unavailabilities_person', table_name='unavailabilities')
    op.drop_table('unavailabilities')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_home_sector')
        batch_op.drop_constraint(op.f('fk_people_home_sector_id_sectors'), type_='foreignkey')
        batch_op.drop_column('home_sector_id')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('uq_assignments_shift_centre_commander')
        batch_op.drop_column('pinned')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_constraint('published_when_dated', type_='check')
        batch_op.drop_constraint('roster_revision_not_negative', type_='check')
        batch_op.drop_constraint('roster_status', type_='check')
        for column in ('published_by', 'published_at', 'roster_revision', 'roster_status'):
            batch_op.drop_column(column)
