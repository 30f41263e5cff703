"""The domain model: every table of Ghurfa, designed together.

The closed lists (``enums``) load at once, and cheaply. The tables load all together the first
time one of them is asked for (their relationships name each other), so the program can show
its window before SQLAlchemy has even been imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .enums import *  # noqa: F403

_TABLES = {
    "AdministrativeArea": "registry",
    "AgendaItem": "meetings",
    "Assignment": "deployment",
    "Attendance": "meetings",
    "AuditEntry": "accounts",
    "Base": "base",
    "Centre": "sites",
    "Detachment": "deployment",
    "DetachmentMember": "deployment",
    "Directive": "meetings",
    "DirectiveUpdate": "meetings",
    "DocumentNumber": "documents",
    "DutyRules": "deployment",
    "Election": "elections",
    "ElectionCentre": "sites",
    "ElectionPhase": "elections",
    "Incident": "incidents",
    "IssuingOffice": "documents",
    "Meeting": "meetings",
    "Organisation": "registry",
    "Person": "registry",
    "Post": "sites",
    "Rank": "registry",
    "RoomSetting": "accounts",
    "RiskMinimum": "sites",
    "ReadinessChange": "elections",
    "RosterEvent": "deployment",
    "Sector": "sites",
    "SectorArea": "sites",
    "Shift": "deployment",
    "SignInFailure": "accounts",
    "Unavailability": "deployment",
    "User": "accounts",
    "UserVisit": "accounts",
    "Vehicle": "deployment",
    "utcnow": "base",
}
__all__ = [
    "AdministrativeArea",
    "AgendaItem",
    "Assignment",
    "Attendance",
    "AuditEntry",
    "Base",
    "Centre",
    "Detachment",
    "DetachmentMember",
    "Directive",
    "DirectiveUpdate",
    "DocumentNumber",
    "DutyRules",
    "Election",
    "ElectionCentre",
    "ElectionPhase",
    "Incident",
    "IssuingOffice",
    "Meeting",
    "Organisation",
    "Person",
    "Post",
    "Rank",
    "ReadinessChange",
    "RiskMinimum",
    "RoomSetting",
    "RosterEvent",
    "Sector",
    "SectorArea",
    "Shift",
    "SignInFailure",
    "Unavailability",
    "User",
    "UserVisit",
    "Vehicle",
    "utcnow",
]


def __getattr__(name: str) -> Any:
    if name not in _TABLES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    modules = {module: importlib.import_module(f".{module}", __name__)
               for module in sorted(set(_TABLES.values()))}
    globals().update({key: getattr(modules[module], key) for key, module in _TABLES.items()})
    return globals()[name]


if TYPE_CHECKING:
    from .accounts import AuditEntry, RoomSetting, SignInFailure, User, UserVisit
    from .base import Base, utcnow
    from .deployment import (
        Assignment,
        Detachment,
        DetachmentMember,
        DutyRules,
        RosterEvent,
        Shift,
        Unavailability,
        Vehicle,
    )
    from .documents import DocumentNumber, IssuingOffice
    from .elections import Election, ElectionPhase, ReadinessChange
    from .incidents import Incident
    from .meetings import AgendaItem, Attendance, Directive, DirectiveUpdate, Meeting
    from .registry import AdministrativeArea, Organisation, Person, Rank
    from .sites import Centre, ElectionCentre, Post, RiskMinimum, Sector, SectorArea
