"""codes, plates, usernames and ranks stored in the one form they are compared in

The services now store commission and area codes, plates and usernames in a canonical form
(ASCII digits, single spaces, upper-case Latin codes, lower-case usernames) and rank names
without tatweel, so the unique rules hold for «MS-١٠١» against «MS-101». Rows saved before are
brought to that form; where two would then be one (two centres «ms-101» and «MS-101»), the
migration stops and names them, changing nothing: which record to keep is the room's decision.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 17:00:00
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from desktop.services.errors import DatabaseUnavailable, Term
from desktop.text.arabic import code_form, plate_form, strip_tatweel, username_form

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _rank_name(text: str | None) -> str | None:
    return " ".join(strip_tatweel(text).split()) or None if text else text


# table, column, canonical form, the rule's name (a term of the core's catalogue)
_COLUMNS: tuple[tuple[str, str, Callable[[str | None], str | None], str], ...] = (
    ("centres", "code", code_form, "Commission code"),
    ("areas", "code", code_form, "Code"),
    ("vehicles", "plate", plate_form, "Plate"),
    ("users", "username", username_form, "Username"),
    ("ranks", "name_ar", _rank_name, "Rank"),
)


def upgrade() -> None:
    connection = op.get_bind()
    changes: list[tuple[str, str, list[dict]]] = []
    for table, column, form, rule in _COLUMNS:
        rows = connection.execute(sa.text(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id")).all()
        held: dict[str, tuple[int, str]] = {}
        changed = []
        for id_, value in rows:
            canonical = form(value) or value
            if canonical in held:
                first_id, first = held[canonical]
                raise DatabaseUnavailable(
                    "The database holds records that break a new rule ({rule}): {rows}. "
                    "Correct them with the version of Ghurfa that saved them, then start it "
                    "again.", rule=Term(rule),
                    rows=f"{table} {first_id}, {first}; {table} {id_}, {value}")
            held[canonical] = (id_, value)
            if canonical != value:
                changed.append({"id": id_, "value": canonical})
        changes.append((table, column, changed))
    for table, column, changed in changes:
        if changed:
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"), changed)


def downgrade() -> None:
    """The canonical form is valid in the earlier schema too: nothing to undo."""
