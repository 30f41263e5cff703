"""a centre's facts for one election apart from the centre; the minimum protection per risk

A centre's code, name and place last across elections; its risk, stations, voters and
open/closed state are the commission's for one election. They move from ``centres`` to
``election_centres`` (one row per election and centre). A database made before kept one set
of facts per centre: they are copied to every election it holds, since nothing says which
election they were meant for, and a centre in a database with no election keeps none (the next
import of the commission's sheet gives them). ``risk_minimums`` holds the least protection a
centre of each risk level needs in a shift, seeded with the room's usual figures.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 00:00:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_RISKS = ('low', 'medium', 'high', 'critical')
_STATUSES = ('planned', 'open', 'closed', 'suspended')
# risk, officers, vehicles, rapid-response cover
_MINIMUMS = (('low', 2, 0, False), ('medium', 4, 0, False), ('high', 8, 1, False),
             ('critical', 12, 1, True))


def _tracked() -> list[sa.Column]:
    return [sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False)]


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        'election_centres',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('election_id', sa.Integer(), nullable=False),
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.Column('risk', _enum('risk_level', _RISKS), nullable=False),
        sa.Column('stations', sa.Integer(), nullable=False),
        sa.Column('voters', sa.Integer(), nullable=False),
        sa.Column('status', _enum('centre_status', _STATUSES), nullable=False),
        *_tracked(),
        sa.CheckConstraint('stations >= 0', name=op.f('ck_election_centres_stations_not_negative')),
        sa.CheckConstraint('voters >= 0', name=op.f('ck_election_centres_voters_not_negative')),
        sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], ondelete='CASCADE',
                                name=op.f('fk_election_centres_centre_id_centres')),
        sa.ForeignKeyConstraint(['election_id'], ['elections.id'], ondelete='CASCADE',
                                name=op.f('fk_election_centres_election_id_elections')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_election_centres')),
        sa.UniqueConstraint('election_id', 'centre_id',
                            name=op.f('uq_election_centres_election_id_centre_id')),
    )
    op.create_index('ix_election_centres_centre', 'election_centres', ['centre_id'])
    minimums = op.create_table(
        'risk_minimums',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('risk', _enum('minimum_risk', _RISKS), nullable=False),
        sa.Column('officers', sa.Integer(), nullable=False),
        sa.Column('vehicles', sa.Integer(), nullable=False),
        sa.Column('rapid_response', sa.Boolean(), nullable=False),
        *_tracked(),
        sa.CheckConstraint('officers >= 0', name=op.f('ck_risk_minimums_officers_not_negative')),
        sa.CheckConstraint('vehicles >= 0', name=op.f('ck_risk_minimums_vehicles_not_negative')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_minimums')),
        sa.UniqueConstraint('risk', name=op.f('uq_risk_minimums_risk')),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(minimums, [
        {'risk': risk, 'officers': officers, 'vehicles': vehicles, 'rapid_response': rapid,
         'created_at': now, 'updated_at': now, 'version': 1}
        for risk, officers, vehicles, rapid in _MINIMUMS])
    op.execute(sa.text(
        'INSERT INTO election_centres (election_id, centre_id, risk, stations, voters, status,'
        ' created_at, updated_at, version)'
        ' SELECT e.id, c.id, c.risk, c.stations, c.voters, c.status, c.created_at, c.updated_at, 1'
        ' FROM centres c CROSS JOIN elections e ORDER BY e.id, c.id'))
    with op.batch_alter_table('centres') as batch:
        batch.drop_constraint('stations_not_negative', type_='check')
        batch.drop_constraint('voters_not_negative', type_='check')
        batch.drop_constraint('risk_level', type_='check')
        batch.drop_constraint('centre_status', type_='check')
        for column in ('risk', 'stations', 'voters', 'status'):
            batch.drop_column(column)


def downgrade() -> None:
    """The centre takes back the facts of its latest election (by polling date); a centre in
    no election gets the defaults of the earlier schema (low risk, planned, no stations)."""
    with op.batch_alter_table('centres') as batch:
        batch.add_column(sa.Column('risk', _enum('risk_level', _RISKS), nullable=False,
                                   server_default='low'))
        batch.add_column(sa.Column('stations', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('voters', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('status', _enum('centre_status', _STATUSES), nullable=False,
                                   server_default='planned'))
        batch.create_check_constraint('stations_not_negative', 'stations >= 0')
        batch.create_check_constraint('voters_not_negative', 'voters >= 0')
    latest = (' FROM election_centres ec JOIN elections e ON e.id = ec.election_id'
              ' WHERE ec.centre_id = centres.id ORDER BY e.polling_date DESC, e.id DESC LIMIT 1')
    op.execute(sa.text(
        'UPDATE centres SET'
        + ''.join(f" {column} = COALESCE((SELECT ec.{column}{latest}), {column}),"
                  for column in ('risk', 'stations', 'voters'))
        + f' status = COALESCE((SELECT ec.status{latest}), status)'))
    op.drop_table('risk_minimums')
    op.drop_index('ix_election_centres_centre', table_name='election_centres')
    op.drop_table('election_centres')
