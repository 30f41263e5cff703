"""Changing a record behind the program's back, as the database's owner could with a tool."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def behind_the_program(session: Session) -> None:
    """Set PostgreSQL's triggers aside for this transaction (migration 0013 refuses rewriting
    approved minutes and issued numbers), as the database's owner may; on SQLite nothing
    stands between a tool and the file. For the tests that prove a forged record is caught."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL session_replication_role = replica"))
