"""codes, plates, usernames and ranks stored in the one form they are compared in

The services now store commission and area codes, plates and usernames in a canonical form
(ASCII digits, single spaces, upper-case Latin codes, lower-case usernames) and rank names
without tatweel, so the unique rules hold for «MS-١٠١» against «MS-101». Rows saved before are
brought to that form, except where two would then be one (users «Admin» and «admin», two
centres «ms-101» and «MS-101»): those keep the form they were saved in, so the database still
opens and no record is lost or merged; which to keep is the room's decision, and a new record
in either form is refused as the services compare in the one form.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 17:00:00
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from desktop.text.arabic import code_form, plate_form, strip_tatweel, username_form

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _rank_name(text: str | None) -> str | None:
    return " ".join(strip_tatweel(text).split()) or None if text else text


# table, column, canonical form
_COLUMNS: tuple[tuple[str, str, Callable[[str | None], str | None]], ...] = (
    ("centres", "code", code_form),
    ("areas", "code", code_form),
    ("vehicles", "plate", plate_form),
    ("users", "username", username_form),
    ("ranks", "name_ar", _rank_name),
)


def upgrade() -> None:
    connection = op.get_bind()
    for table, column, form in _COLUMNS:
        rows = connection.execute(sa.text(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id")).all()
        by_form: dict[str, list[tuple[int, str]]] = {}
        for id_, value in rows:
            by_form.setdefault(form(value) or value, []).append((id_, value))
        changed = [{"id": id_, "value": canonical}
                   for canonical, holders in by_form.items() if len(holders) == 1
                   for id_, value in holders if value != canonical]
        if changed:
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"), changed)


def downgrade() -> None:
    """The canonical form is valid in the earlier schema too: nothing to undo."""
