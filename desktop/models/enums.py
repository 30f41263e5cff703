"""Closed lists of the domain. Values are stored; labels are translated in the interface."""

from __future__ import annotations

from enum import StrEnum


class ElectionKind(StrEnum):
    PARLIAMENTARY = "parliamentary"
    PROVINCIAL_COUNCILS = "provincial_councils"
    MUNICIPAL = "municipal"
    REFERENDUM = "referendum"


class PhaseKind(StrEnum):
    BEFORE = "before"
    SPECIAL_VOTING = "special_voting"
    POLLING_DAY = "polling_day"
    AFTER = "after"


class ReadinessLevel(StrEnum):
    NORMAL = "normal"
    RAISED = "raised"
    MAXIMUM = "maximum"


class AreaLevel(StrEnum):
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    MUNICIPALITY = "municipality"


class OrganisationKind(StrEnum):
    MINISTRY = "ministry"
    COMMAND = "command"
    DIRECTORATE = "directorate"
    SECTION = "section"
    DIVISION = "division"
    COMMISSION_OFFICE = "commission_office"
    ARMY_UNIT = "army_unit"
    CIVIL_DEFENCE = "civil_defence"
    TRAFFIC = "traffic"
    INTELLIGENCE = "intelligence"
    INTERNATIONAL_FORCE = "international_force"
    OTHER = "other"


class CentreKind(StrEnum):
    REGISTRATION = "registration"
    POLLING = "polling"


class CentreStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    SUSPENDED = "suspended"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class PostKind(StrEnum):
    CHECKPOINT = "checkpoint"
    PATROL_BASE = "patrol_base"
    RAPID_RESPONSE = "rapid_response"
    OTHER = "other"


class MeetingKind(StrEnum):
    JOINT_MEETING = "joint_meeting"
    EXPANDED_CONFERENCE = "expanded_conference"
    BOARD_SESSION = "board_session"
    FIELD_VISIT = "field_visit"
    PERIODIC_MEETING = "periodic_meeting"
    OTHER = "other"


class Classification(StrEnum):
    UNCLASSIFIED = "unclassified"
    CONFIDENTIAL = "confidential"  # سري
    SECRET_PERSONAL = "secret_personal"  # سري وشخصي
    TOP_SECRET = "top_secret"  # سري للغاية


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"


class AttendanceCapacity(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    REPRESENTATIVE = "representative"
    OBSERVER = "observer"


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class OutcomeKind(StrEnum):
    """What an agenda item ends in; only decisions and directives are followed up."""

    NOTE = "note"
    DECISION = "decision"
    DIRECTIVE = "directive"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class DirectiveStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class VehicleKind(StrEnum):
    PICKUP = "pickup"
    SEDAN = "sedan"
    ARMOURED = "armoured"
    BUS = "bus"
    MOTORCYCLE = "motorcycle"
    AMBULANCE = "ambulance"
    FIRE_ENGINE = "fire_engine"
    OTHER = "other"


class VehicleStatus(StrEnum):
    AVAILABLE = "available"
    IN_SERVICE = "in_service"
    MAINTENANCE = "maintenance"
    OUT_OF_SERVICE = "out_of_service"


class AssignmentRole(StrEnum):
    CENTRE_COMMANDER = "centre_commander"
    GUARD = "guard"
    CHECKPOINT = "checkpoint"
    PATROL = "patrol"
    RAPID_RESPONSE = "rapid_response"
    OTHER = "other"


class RosterStatus(StrEnum):
    """A shift's duty roster: a draft until the commander publishes it."""

    DRAFT = "draft"
    PUBLISHED = "published"


class RosterAction(StrEnum):
    """What happened to a roster: each publication and each amendment makes a revision."""

    PUBLISHED = "published"
    AMENDED = "amended"
    WITHDRAWN = "withdrawn"


class UnavailabilityKind(StrEnum):
    LEAVE = "leave"
    SICKNESS = "sickness"
    OTHER_DUTY = "other_duty"
    OTHER = "other"


class IncidentKind(StrEnum):
    SECURITY_BREACH = "security_breach"
    ARMED_ATTACK = "armed_attack"
    EXPLOSIVE_DEVICE = "explosive_device"
    DISTURBANCE = "disturbance"
    ELECTORAL_VIOLATION = "electoral_violation"
    ACCIDENT = "accident"
    POWER_OUTAGE = "power_outage"
    MATERIAL_SHORTAGE = "material_shortage"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(StrEnum):
    OPEN = "open"
    IN_HAND = "in_hand"
    CLOSED = "closed"


class UserRole(StrEnum):
    ADMIN = "admin"
    COMMANDER = "commander"
    STAFF_OFFICER = "staff_officer"
    CLERK = "clerk"
    OPERATOR = "operator"
    VIEWER = "viewer"


class NumberStatus(StrEnum):
    ISSUED = "issued"
    VOIDED = "voided"
