"""the audit trail chained by hash, append-only on PostgreSQL

- audit_entries: ``workstation`` (the computer the entry was written from; unknown for the
  entries written before this revision), ``outcome`` (done, refused or failed), ``prev_hash``
  and ``hash``. Each entry's hash is SHA-256 over a canonical form of its fields and the hash
  of the entry before it (by id), so an entry changed, removed or slipped in afterwards breaks
  the chain at that place. The entries already written are chained here in the order of their
  ids; a refused sign-in among them is marked refused, every other entry done.
- an index on ``at`` for the audit view's "from – to".
- PostgreSQL: a trigger refuses every UPDATE and DELETE of an audit entry, whoever asks.
  (TRUNCATE, which only the table's owner may run, is left to the administrator's tools.)

The canonical form is written out here as it stands at this revision, not imported from the
program (``desktop.services.audit_chain`` writes the same).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-11 09:00:00
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_GENESIS = "0" * 64  # the "previous hash" of the first entry
_CHUNK = 1000

_FUNCTION = """
CREATE OR REPLACE FUNCTION ghurfa_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only: % refused on audit_entries', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""
_TRIGGER = """
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
FOR EACH ROW EXECUTE FUNCTION ghurfa_audit_append_only()
"""


def _hash(row: dict, prev_hash: str) -> str:
    """SHA-256 of the entry's fields, in this order, as compact JSON, and ``prev_hash``."""
    at = row["at"]
    fields = ["ghurfa-audit-1", at.isoformat(sep=" ", timespec="microseconds"),
              row["user_id"], row["username"], row["workstation"], row["action"],
              row["entity"], row["entity_id"], row["changes"], row["outcome"], prev_hash]
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('workstation', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('outcome', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    entries = sa.table(
        'audit_entries', sa.column('id', sa.Integer), sa.column('at', sa.DateTime),
        sa.column('user_id', sa.Integer), sa.column('username', sa.String),
        sa.column('workstation', sa.String), sa.column('action', sa.String),
        sa.column('entity', sa.String), sa.column('entity_id', sa.Integer),
        sa.column('changes', sa.Text), sa.column('outcome', sa.String),
        sa.column('prev_hash', sa.String), sa.column('hash', sa.String))
    connection = op.get_bind()
    previous, last_id = _GENESIS, 0
    while True:  # in chunks by id: a national import leaves tens of thousands of entries
        rows = connection.execute(
            sa.select(entries.c.id, entries.c.at, entries.c.user_id, entries.c.username,
                      entries.c.action, entries.c.entity, entries.c.entity_id,
                      entries.c.changes)
            .where(entries.c.id > last_id).order_by(entries.c.id).limit(_CHUNK)
        ).mappings().all()
        if not rows:
            break
        updates = []
        for row in rows:
            values = dict(row, workstation=None,
                          outcome="refused" if row["action"] == "sign_in_refused" else "done")
            digest = _hash(values, previous)
            updates.append({"key": row["id"], "o": values["outcome"], "p": previous,
                            "h": digest})
            previous, last_id = digest, row["id"]
        connection.execute(
            entries.update().where(entries.c.id == sa.bindparam("key")).values(
                outcome=sa.bindparam("o"), prev_hash=sa.bindparam("p"),
                hash=sa.bindparam("h")), updates)

    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.alter_column('outcome', existing_type=sa.String(length=10), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index('ix_audit_at', ['at'], unique=False)
    if connection.dialect.name == 'postgresql':
        op.execute(_FUNCTION)
        op.execute(_TRIGGER)


def downgrade() -> None:
    """The chain, the outcomes and the workstations are lost; the entries stay."""
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS ghurfa_audit_append_only()")
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_at')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('outcome')
        batch_op.drop_column('workstation')
