"""the wrong passwords lately typed per sign-in name; the room's settings; older demo data

- sign_in_failures: how many wrong passwords were typed lately for a sign-in name, and when
  the last one was, so that the wait before the next try grows on every workstation alike.
- room_settings: the settings of the whole room (how long a workstation may stay unused
  before it locks, whether the database holds the demo data).
- A database that got the demo data before this revision has its demo users without a
  password (the first password typed became theirs). They now get the passwords the demo
  gives, which its sign-in shows, and the database is marked as demo data. A demo user is
  known by its name and by the moment the demo stamps on its rows; a user who has set a
  password keeps it.

The tables and the demo's accounts are written out here as they stand at this revision, not
imported from the program.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 09:00:00
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_DEMO_STAMP = datetime(2010, 3, 1, 8, 0, 0)
_DEMO_PASSWORDS = {
    "admin": "mudir-2010",
    "commander": "qaid-2010",
    "staff": "rukn-2010",
    "clerk": "kateb-2010",
}


def _demo_hash(username: str, password: str) -> str:
    """argon2id as the program hashes at this revision (19 MiB, 2 passes, 1 lane), with the
    demo's fixed salt for the name."""
    from argon2.low_level import Type, hash_secret

    salt = hashlib.sha256(b"ghurfa-demo:" + username.encode()).digest()[:16]
    return hash_secret(password.encode(), salt, time_cost=2, memory_cost=19456,
                       parallelism=1, hash_len=32, type=Type.ID).decode()


def upgrade() -> None:
    op.create_table(
        'sign_in_failures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_failures')),
        sa.UniqueConstraint('name', name=op.f('uq_sign_in_failures_name')),
    )
    op.create_table(
        'room_settings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('value', sa.String(length=400), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_room_settings')),
        sa.UniqueConstraint('name', name=op.f('uq_room_settings_name')),
    )
    users = sa.table('users', sa.column('id', sa.Integer), sa.column('username', sa.String),
                     sa.column('password_hash', sa.String),
                     sa.column('created_at', sa.DateTime))
    connection = op.get_bind()
    # the moment compared once read: SQLite keeps it as text, with or without microseconds
    demo = [(user_id, username) for user_id, username, created in connection.execute(
        sa.select(users.c.id, users.c.username, users.c.created_at).where(
            users.c.username.in_(list(_DEMO_PASSWORDS)), users.c.password_hash.is_(None)))
        if created == _DEMO_STAMP]
    for user_id, username in demo:
        connection.execute(users.update().where(users.c.id == user_id).values(
            password_hash=_demo_hash(username, _DEMO_PASSWORDS[username])))
    if demo:
        settings = sa.table('room_settings', sa.column('name', sa.String),
                            sa.column('value', sa.String), sa.column('created_at', sa.DateTime),
                            sa.column('updated_at', sa.DateTime),
                            sa.column('version', sa.Integer))
        connection.execute(settings.insert().values(
            name='demo_data', value='seed', created_at=_DEMO_STAMP, updated_at=_DEMO_STAMP,
            version=1))


def downgrade() -> None:
    """The delays and the room's settings are lost (the lock period falls back to none); the
    demo users keep the passwords they were given."""
    op.drop_table('room_settings')
    op.drop_table('sign_in_failures')
