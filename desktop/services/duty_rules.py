"""The room's rules of duty: the least rest a person has between two shifts.

One value for the whole room, kept in the database (``duty_rules``, one row) so every
workstation refuses the same assignments. The commander sets it; an assignment made before a
change is not undone by it (the board reviews a roster against the rule as it stands:
``assignment_checks.roster_findings``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import DutyRules
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Invalid, Term

DEFAULT_REST = timedelta(hours=8)
LONGEST_REST = timedelta(hours=48)  # what the column's rule allows
_ROW = 1


def minimum_rest(session: Session) -> timedelta:
    """The least rest between two shifts of one person; 8 hours where none was ever set."""
    rules = session.get(DutyRules, _ROW)
    return timedelta(minutes=rules.minimum_rest_minutes) if rules is not None else DEFAULT_REST


def rules_version(session: Session) -> int | None:
    """The version of the rules as stored (what a settings form passes back), None if unset."""
    rules = session.get(DutyRules, _ROW)
    return rules.version if rules is not None else None


def _minutes(hours: Any) -> int:
    """Hours as typed (a whole number or a fraction, «8», «7.5», «٨»), in whole minutes."""
    value = validation.number(hours, Term("Least rest between shifts"))
    minutes = round(value * 60)
    if abs(value * 60 - minutes) > 1e-6:
        raise Invalid("{field} must be a whole number of minutes.",
                      field=Term("Least rest between shifts"))
    if not 0 <= minutes <= LONGEST_REST.total_seconds() // 60:
        raise Invalid("{field} must be between 0 and {limit} hours.",
                      field=Term("Least rest between shifts"),
                      limit=int(LONGEST_REST.total_seconds() // 3600))
    return minutes


def set_minimum_rest(session: Session, actor: Actor, hours: Any, *,
                     expected_version: int | None = None) -> DutyRules:
    """Set the least rest between shifts, in hours; the commander's; refused if the rules
    were changed since the caller read them (``rules_version``)."""
    permissions.require_roster(actor)
    minutes = _minutes(hours)
    rules = session.get(DutyRules, _ROW)
    if rules is None:
        rules = DutyRules(id=_ROW, minimum_rest_minutes=minutes)
        session.add(rules)
        audit.record(session, actor, "create", rules)
        return rules
    rules = validation.editable(session, DutyRules, _ROW, "Rules of duty", expected_version)
    rules.minimum_rest_minutes = minutes
    audit.record(session, actor, "update", rules)
    return rules
