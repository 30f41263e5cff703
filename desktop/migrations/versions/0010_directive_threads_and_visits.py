"""directives followed as one across revisions and sittings; each user's last visit

- directives: ``origin_id``, the first row of the directive a row goes on with. Amending
  approved minutes copies every directive into the new revision, and carrying a directive
  over to a later sitting copies it into that sitting's minutes: the rows of one directive
  share one origin (the first row has none, and its id is the directive's number), so the
  follow-up board shows it once, with the history of all its rows. The existing rows are
  linked as the program would have linked them: a row carried over from another goes with it;
  a row of a revision goes with the row of the corrected minutes it was copied from, found by
  its place and words (an outcome the clerk changed in the revision since, which no longer
  matches, is left a directive of its own, as the board showed it before). The statuses stay
  as they are: the board reads each directive's latest row.
- user_visits: when each user last came to a part of the program (``topic``), so that at
  their next start they are told what changed there since (the directives that became late).

The tables are written out here as they stand at this revision, not imported from the program.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


class _Threads:
    """Union-find over directive ids; each set's root is its smallest id (its first row)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> None:
        first, second = self.find(a), self.find(b)
        if first != second:
            low, high = sorted((first, second))
            self.parent[high] = low


def _revision_pairs(copies: list[tuple], originals: list[tuple]) -> list[tuple[int, int]]:
    """(copy, original) ids: same place, kind and words first; then same kind and words where
    that names one row on each side."""
    pairs: list[tuple[int, int]] = []
    left = {row[0]: row for row in originals}
    unmatched = []
    by_place = {(row[2], row[3], row[4]): row[0] for row in originals}
    for row in copies:
        original = by_place.get((row[2], row[3], row[4]))
        if original is not None and original in left:
            pairs.append((row[0], original))
            del left[original]
        else:
            unmatched.append(row)
    words: dict[tuple, list[int]] = defaultdict(list)
    for row in left.values():
        words[(row[3], row[4])].append(row[0])
    wanted: dict[tuple, list[int]] = defaultdict(list)
    for row in unmatched:
        wanted[(row[3], row[4])].append(row[0])
    for key, ids in wanted.items():
        if len(ids) == 1 and len(words.get(key, ())) == 1:
            pairs.append((ids[0], words[key][0]))
    return pairs


def _link_threads() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, meeting_id, position, kind, text, carried_over_from_id FROM directives"
    )).fetchall()
    if not rows:
        return
    threads = _Threads()
    by_meeting: dict[int, list[tuple]] = defaultdict(list)
    known = {row[0] for row in rows}
    for row in rows:
        by_meeting[row[1]].append(row)
        threads.find(row[0])
        if row[5] is not None and row[5] in known:
            threads.join(row[0], row[5])
    revisions = bind.execute(sa.text(
        "SELECT id, supersedes_id FROM meetings WHERE supersedes_id IS NOT NULL")).fetchall()
    for meeting_id, corrected_id in revisions:
        for copy, original in _revision_pairs(by_meeting.get(meeting_id, []),
                                              by_meeting.get(corrected_id, [])):
            threads.join(copy, original)
    origins: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        root = threads.find(row[0])
        if root != row[0]:
            origins[root].append(row[0])
    links = [{"origin": root, "id": member}
             for root, members in origins.items() for member in members]
    if links:
        bind.execute(sa.text("UPDATE directives SET origin_id = :origin WHERE id = :id"), links)


def upgrade() -> None:
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_directives_origin_id_directives'), 'directives',
                                    ['origin_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index('ix_directives_origin', ['origin_id'])
    _link_threads()
    op.create_table(
        'user_visits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('topic', sa.String(length=40), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE',
                                name=op.f('fk_user_visits_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_user_visits')),
        sa.UniqueConstraint('user_id', 'topic', name=op.f('uq_user_visits_user_id_topic')),
    )


def downgrade() -> None:
    """The links between a directive's rows and the users' visits are lost: the earlier
    schema shows each row as a directive of its own, and tells nobody what became late."""
    op.drop_table('user_visits')
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_index('ix_directives_origin')
        batch_op.drop_constraint(op.f('fk_directives_origin_id_directives'), type_='foreignkey')
        batch_op.drop_column('origin_id')
