"""The domain model: every table of Ghurfa, designed together."""

from .accounts import AuditEntry, User
from .base import Base, utcnow
from .deployment import Assignment, Detachment, DetachmentMember, Shift, Vehicle
from .documents import DocumentNumber, IssuingOffice
from .elections import Election, ElectionPhase, ReadinessChange
from .enums import *  # noqa: F403
from .incidents import Incident
from .meetings import AgendaItem, Attendance, Directive, DirectiveUpdate, Meeting
from .registry import AdministrativeArea, Organisation, Person, Rank
from .sites import Centre, Post, Sector, SectorArea

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
    "Election",
    "ElectionPhase",
    "Incident",
    "IssuingOffice",
    "Meeting",
    "Organisation",
    "Person",
    "Post",
    "Rank",
    "ReadinessChange",
    "Sector",
    "SectorArea",
    "Shift",
    "User",
    "Vehicle",
    "utcnow",
]
