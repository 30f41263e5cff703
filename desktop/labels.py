"""The label of every closed list of the domain, in one place: ``label(member)``; and the
names of the program's tables as the user reads them: ``table_label(name)``.

The English texts are marked with ``QT_TRANSLATE_NOOP`` (a stand-in here: the core has no Qt)
so ``pyside6-lupdate`` collects them into ``ui_ar.ts`` when this file is among its inputs; the
interface translates them through Qt, messages of the core through ``desktop.i18n``, from the
same catalogue.
"""

from __future__ import annotations

from enum import Enum

from desktop.i18n import translate
from desktop.models import enums as e

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate looks for
    return text


_LABELS: tuple[tuple[Enum, str], ...] = (
    (e.ElectionKind.PARLIAMENTARY, QT_TRANSLATE_NOOP("Labels", "Parliamentary")),
    (e.ElectionKind.PROVINCIAL_COUNCILS, QT_TRANSLATE_NOOP("Labels", "Provincial councils")),
    (e.ElectionKind.MUNICIPAL, QT_TRANSLATE_NOOP("Labels", "Municipal")),
    (e.ElectionKind.REFERENDUM, QT_TRANSLATE_NOOP("Labels", "Referendum")),
    (e.PhaseKind.BEFORE, QT_TRANSLATE_NOOP("Labels", "Before polling")),
    (e.PhaseKind.SPECIAL_VOTING, QT_TRANSLATE_NOOP("Labels", "Special voting")),
    (e.PhaseKind.POLLING_DAY, QT_TRANSLATE_NOOP("Labels", "Polling day")),
    (e.PhaseKind.AFTER, QT_TRANSLATE_NOOP("Labels", "After polling")),
    (e.ReadinessLevel.NORMAL, QT_TRANSLATE_NOOP("Labels", "Normal")),
    (e.ReadinessLevel.RAISED, QT_TRANSLATE_NOOP("Labels", "Raised")),
    (e.ReadinessLevel.MAXIMUM, QT_TRANSLATE_NOOP("Labels", "Maximum")),
    (e.AreaLevel.GOVERNORATE, QT_TRANSLATE_NOOP("Labels", "Governorate")),
    (e.AreaLevel.DISTRICT, QT_TRANSLATE_NOOP("Labels", "District")),
    (e.AreaLevel.SUBDISTRICT, QT_TRANSLATE_NOOP("Labels", "Sub-district")),
    (e.AreaLevel.MUNICIPALITY, QT_TRANSLATE_NOOP("Labels", "Municipality")),
    (e.OrganisationKind.MINISTRY, QT_TRANSLATE_NOOP("Labels", "Ministry")),
    (e.OrganisationKind.COMMAND, QT_TRANSLATE_NOOP("Labels", "Command")),
    (e.OrganisationKind.DIRECTORATE, QT_TRANSLATE_NOOP("Labels", "Directorate")),
    (e.OrganisationKind.SECTION, QT_TRANSLATE_NOOP("Labels", "Section")),
    (e.OrganisationKind.DIVISION, QT_TRANSLATE_NOOP("Labels", "Division")),
    (e.OrganisationKind.COMMISSION_OFFICE, QT_TRANSLATE_NOOP("Labels", "Commission office")),
    (e.OrganisationKind.ARMY_UNIT, QT_TRANSLATE_NOOP("Labels", "Army unit")),
    (e.OrganisationKind.CIVIL_DEFENCE, QT_TRANSLATE_NOOP("Labels", "Civil defence")),
    (e.OrganisationKind.TRAFFIC, QT_TRANSLATE_NOOP("Labels", "Traffic")),
    (e.OrganisationKind.INTELLIGENCE, QT_TRANSLATE_NOOP("Labels", "Intelligence")),
    (e.OrganisationKind.INTERNATIONAL_FORCE, QT_TRANSLATE_NOOP("Labels", "International force")),
    (e.OrganisationKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.CentreKind.REGISTRATION, QT_TRANSLATE_NOOP("Labels", "Registration centre")),
    (e.CentreKind.POLLING, QT_TRANSLATE_NOOP("Labels", "Polling centre")),
    (e.CentreStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (e.CentreStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (e.CentreStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.CentreStatus.SUSPENDED, QT_TRANSLATE_NOOP("Labels", "Suspended")),
    (e.RiskLevel.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (e.RiskLevel.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium")),
    (e.RiskLevel.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (e.RiskLevel.CRITICAL, QT_TRANSLATE_NOOP("Labels", "Critical")),
    (e.PostKind.CHECKPOINT, QT_TRANSLATE_NOOP("Labels", "Checkpoint")),
    (e.PostKind.PATROL_BASE, QT_TRANSLATE_NOOP("Labels", "Patrol base")),
    (e.PostKind.RAPID_RESPONSE, QT_TRANSLATE_NOOP("Labels", "Rapid-response standby")),
    (e.PostKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.MeetingKind.JOINT_MEETING, QT_TRANSLATE_NOOP("Labels", "Joint meeting")),
    (e.MeetingKind.EXPANDED_CONFERENCE,
     QT_TRANSLATE_NOOP("Labels", "Expanded security conference")),
    (e.MeetingKind.BOARD_SESSION, QT_TRANSLATE_NOOP("Labels", "Board session")),
    (e.MeetingKind.FIELD_VISIT, QT_TRANSLATE_NOOP("Labels", "Field visit")),
    (e.MeetingKind.PERIODIC_MEETING, QT_TRANSLATE_NOOP("Labels", "Periodic meeting")),
    (e.MeetingKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.Classification.UNCLASSIFIED, QT_TRANSLATE_NOOP("Labels", "Unclassified")),
    (e.Classification.CONFIDENTIAL, QT_TRANSLATE_NOOP("Labels", "Confidential")),
    (e.Classification.SECRET_PERSONAL, QT_TRANSLATE_NOOP("Labels", "Secret and personal")),
    (e.Classification.TOP_SECRET, QT_TRANSLATE_NOOP("Labels", "Top secret")),
    (e.MeetingStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (e.MeetingStatus.AWAITING_APPROVAL, QT_TRANSLATE_NOOP("Labels", "Awaiting approval")),
    (e.MeetingStatus.APPROVED, QT_TRANSLATE_NOOP("Labels", "Approved")),
    (e.AttendanceCapacity.CHAIR, QT_TRANSLATE_NOOP("Labels", "Chair")),
    (e.AttendanceCapacity.MEMBER, QT_TRANSLATE_NOOP("Labels", "Member")),
    (e.AttendanceCapacity.REPRESENTATIVE, QT_TRANSLATE_NOOP("Labels", "Representative")),
    (e.AttendanceCapacity.OBSERVER, QT_TRANSLATE_NOOP("Labels", "Observer")),
    (e.Presence.PRESENT, QT_TRANSLATE_NOOP("Labels", "Present")),
    (e.Presence.ABSENT, QT_TRANSLATE_NOOP("Labels", "Absent")),
    (e.Presence.EXCUSED, QT_TRANSLATE_NOOP("Labels", "Excused")),
    (e.OutcomeKind.NOTE, QT_TRANSLATE_NOOP("Labels", "Note")),
    (e.OutcomeKind.DECISION, QT_TRANSLATE_NOOP("Labels", "Decision")),
    (e.OutcomeKind.DIRECTIVE, QT_TRANSLATE_NOOP("Labels", "Directive")),
    (e.Priority.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (e.Priority.NORMAL, QT_TRANSLATE_NOOP("Labels", "Normal")),
    (e.Priority.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (e.Priority.URGENT, QT_TRANSLATE_NOOP("Labels", "Urgent")),
    (e.DirectiveStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (e.DirectiveStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (e.DirectiveStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (e.DirectiveStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (e.VehicleKind.PICKUP, QT_TRANSLATE_NOOP("Labels", "Pickup")),
    (e.VehicleKind.SEDAN, QT_TRANSLATE_NOOP("Labels", "Sedan")),
    (e.VehicleKind.ARMOURED, QT_TRANSLATE_NOOP("Labels", "Armoured vehicle")),
    (e.VehicleKind.BUS, QT_TRANSLATE_NOOP("Labels", "Bus")),
    (e.VehicleKind.MOTORCYCLE, QT_TRANSLATE_NOOP("Labels", "Motorcycle")),
    (e.VehicleKind.AMBULANCE, QT_TRANSLATE_NOOP("Labels", "Ambulance")),
    (e.VehicleKind.FIRE_ENGINE, QT_TRANSLATE_NOOP("Labels", "Fire engine")),
    (e.VehicleKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.VehicleStatus.AVAILABLE, QT_TRANSLATE_NOOP("Labels", "Available")),
    (e.VehicleStatus.IN_SERVICE, QT_TRANSLATE_NOOP("Labels", "In service")),
    (e.VehicleStatus.MAINTENANCE, QT_TRANSLATE_NOOP("Labels", "In maintenance")),
    (e.VehicleStatus.OUT_OF_SERVICE, QT_TRANSLATE_NOOP("Labels", "Out of service")),
    (e.AssignmentRole.CENTRE_COMMANDER, QT_TRANSLATE_NOOP("Labels", "Centre commander")),
    (e.AssignmentRole.GUARD, QT_TRANSLATE_NOOP("Labels", "Guard")),
    (e.AssignmentRole.CHECKPOINT, QT_TRANSLATE_NOOP("Labels", "Checkpoint duty")),
    (e.AssignmentRole.PATROL, QT_TRANSLATE_NOOP("Labels", "Patrol")),
    (e.AssignmentRole.RAPID_RESPONSE, QT_TRANSLATE_NOOP("Labels", "Rapid response")),
    (e.AssignmentRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.RosterStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (e.RosterStatus.PUBLISHED, QT_TRANSLATE_NOOP("Labels", "Published")),
    (e.RosterAction.PUBLISHED, QT_TRANSLATE_NOOP("Labels", "Published")),
    (e.RosterAction.AMENDED, QT_TRANSLATE_NOOP("Labels", "Amended")),
    (e.RosterAction.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (e.UnavailabilityKind.LEAVE, QT_TRANSLATE_NOOP("Labels", "Leave")),
    (e.UnavailabilityKind.SICKNESS, QT_TRANSLATE_NOOP("Labels", "Sickness")),
    (e.UnavailabilityKind.OTHER_DUTY, QT_TRANSLATE_NOOP("Labels", "Other duty")),
    (e.UnavailabilityKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.IncidentKind.SECURITY_BREACH, QT_TRANSLATE_NOOP("Labels", "Security breach")),
    (e.IncidentKind.ARMED_ATTACK, QT_TRANSLATE_NOOP("Labels", "Armed attack")),
    (e.IncidentKind.EXPLOSIVE_DEVICE, QT_TRANSLATE_NOOP("Labels", "Explosive device")),
    (e.IncidentKind.DISTURBANCE, QT_TRANSLATE_NOOP("Labels", "Disturbance")),
    (e.IncidentKind.ELECTORAL_VIOLATION, QT_TRANSLATE_NOOP("Labels", "Electoral violation")),
    (e.IncidentKind.ACCIDENT, QT_TRANSLATE_NOOP("Labels", "Accident")),
    (e.IncidentKind.POWER_OUTAGE, QT_TRANSLATE_NOOP("Labels", "Power outage")),
    (e.IncidentKind.MATERIAL_SHORTAGE, QT_TRANSLATE_NOOP("Labels", "Shortage of materials")),
    (e.IncidentKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.Severity.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (e.Severity.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium")),
    (e.Severity.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (e.Severity.CRITICAL, QT_TRANSLATE_NOOP("Labels", "Critical")),
    (e.IncidentStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (e.IncidentStatus.IN_HAND, QT_TRANSLATE_NOOP("Labels", "Being handled")),
    (e.IncidentStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.UserRole.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (e.UserRole.COMMANDER, QT_TRANSLATE_NOOP("Labels", "Commander")),
    (e.UserRole.STAFF_OFFICER, QT_TRANSLATE_NOOP("Labels", "Staff officer")),
    (e.UserRole.CLERK, QT_TRANSLATE_NOOP("Labels", "Minutes clerk")),
    (e.UserRole.OPERATOR, QT_TRANSLATE_NOOP("Labels", "Operator")),
    (e.UserRole.VIEWER, QT_TRANSLATE_NOOP("Labels", "Viewer")),
    (e.NumberStatus.ISSUED, QT_TRANSLATE_NOOP("Labels", "Issued")),
    (e.NumberStatus.VOIDED, QT_TRANSLATE_NOOP("Labels", "Voided")),
)


TABLES_CONTEXT = "Tables"

# The program's tables as ``ghurfa check`` names them to the user (the raw name follows);
# the words are those ``ghurfa watch`` names the kinds of record with.
_TABLES: dict[str, str] = {
    "areas": QT_TRANSLATE_NOOP("Tables", "Administrative areas"),
    "elections": QT_TRANSLATE_NOOP("Tables", "Elections"),
    "election_phases": QT_TRANSLATE_NOOP("Tables", "Election phases"),
    "ranks": QT_TRANSLATE_NOOP("Tables", "Ranks"),
    "organisations": QT_TRANSLATE_NOOP("Tables", "Organisations"),
    "issuing_offices": QT_TRANSLATE_NOOP("Tables", "Issuing offices"),
    "people": QT_TRANSLATE_NOOP("Tables", "People"),
    "users": QT_TRANSLATE_NOOP("Tables", "Users"),
    "user_visits": QT_TRANSLATE_NOOP("Tables", "Users' last visits"),
    "sign_in_failures": QT_TRANSLATE_NOOP("Tables", "Wrong passwords lately"),
    "room_settings": QT_TRANSLATE_NOOP("Tables", "Room settings"),
    "shifts": QT_TRANSLATE_NOOP("Tables", "Shifts"),
    "sectors": QT_TRANSLATE_NOOP("Tables", "Sectors"),
    "sector_areas": QT_TRANSLATE_NOOP("Tables", "Sector areas"),
    "centres": QT_TRANSLATE_NOOP("Tables", "Centres"),
    "election_centres": QT_TRANSLATE_NOOP("Tables", "Centres in each election"),
    "risk_minimums": QT_TRANSLATE_NOOP("Tables", "Minimum protection"),
    "posts": QT_TRANSLATE_NOOP("Tables", "Posts"),
    "vehicles": QT_TRANSLATE_NOOP("Tables", "Vehicles"),
    "detachments": QT_TRANSLATE_NOOP("Tables", "Detachments"),
    "detachment_members": QT_TRANSLATE_NOOP("Tables", "Detachment members"),
    "assignments": QT_TRANSLATE_NOOP("Tables", "Assignments"),
    "unavailabilities": QT_TRANSLATE_NOOP("Tables", "Unavailability of people"),
    "roster_events": QT_TRANSLATE_NOOP("Tables", "Roster history"),
    "duty_rules": QT_TRANSLATE_NOOP("Tables", "Rules of duty"),
    "incidents": QT_TRANSLATE_NOOP("Tables", "Incidents"),
    "readiness_changes": QT_TRANSLATE_NOOP("Tables", "Readiness changes"),
    "meetings": QT_TRANSLATE_NOOP("Tables", "Meetings"),
    "attendances": QT_TRANSLATE_NOOP("Tables", "Attendees"),
    "agenda_items": QT_TRANSLATE_NOOP("Tables", "Agenda items"),
    "directives": QT_TRANSLATE_NOOP("Tables", "Directives"),
    "directive_updates": QT_TRANSLATE_NOOP("Tables", "Directive follow-ups"),
    "document_numbers": QT_TRANSLATE_NOOP("Tables", "Document numbers"),
    "audit_entries": QT_TRANSLATE_NOOP("Tables", "Audit log"),
    "change_log": QT_TRANSLATE_NOOP("Tables", "Change log"),
}


def table_label(name: str, lang: str | None = None) -> str | None:
    """What the user calls one of the program's tables; None for a table not the program's."""
    text = _TABLES.get(name)
    return translate(TABLES_CONTEXT, text, lang) if text is not None else None


FIELDS_CONTEXT = "Term"  # the core's words for a record's parts (``errors.TERM_CONTEXT``)

# A record's fields (its columns, and the parts the services' summaries name) as the user
# calls them: the words the core's messages use already, so the audit trail and a refusal name
# a field alike. Where one column means another thing in another table, ``_FIELDS_OF`` says so.
_FIELDS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Term", "Active"),
    "address": QT_TRANSLATE_NOOP("Term", "Address"),
    "after": QT_TRANSLATE_NOOP("Term", "After"),
    "agenda_item_id": QT_TRANSLATE_NOOP("Term", "Agenda item"),
    "area_id": QT_TRANSLATE_NOOP("Term", "Area"),
    "before": QT_TRANSLATE_NOOP("Term", "Before"),
    "capacity": QT_TRANSLATE_NOOP("Term", "Capacity"),
    "centre_id": QT_TRANSLATE_NOOP("Term", "Centre"),
    "chair_id": QT_TRANSLATE_NOOP("Term", "Chair"),
    "change": QT_TRANSLATE_NOOP("Term", "Change"),
    "city": QT_TRANSLATE_NOOP("Term", "City"),
    "classification": QT_TRANSLATE_NOOP("Term", "Classification"),
    "code": QT_TRANSLATE_NOOP("Term", "Code"),
    "date": QT_TRANSLATE_NOOP("Term", "Date"),
    "description": QT_TRANSLATE_NOOP("Term", "Description"),
    "detachment": QT_TRANSLATE_NOOP("Term", "Detachment"),
    "detachment_id": QT_TRANSLATE_NOOP("Term", "Detachment"),
    "directive_id": QT_TRANSLATE_NOOP("Term", "Directive"),
    "discussion": QT_TRANSLATE_NOOP("Term", "Discussion"),
    "display_name": QT_TRANSLATE_NOOP("Term", "Display name"),
    "due_date": QT_TRANSLATE_NOOP("Term", "Due date"),
    "election_id": QT_TRANSLATE_NOOP("Term", "Election"),
    "ends_at": QT_TRANSLATE_NOOP("Term", "Ends"),
    "ends_on": QT_TRANSLATE_NOOP("Term", "End date"),
    "full_name_ar": QT_TRANSLATE_NOOP("Term", "Full name"),
    "header_lines": QT_TRANSLATE_NOOP("Term", "Letterhead"),
    "header_lines_en": QT_TRANSLATE_NOOP("Term", "Letterhead in English"),
    "home_sector_id": QT_TRANSLATE_NOOP("Term", "Home sector"),
    "honorific": QT_TRANSLATE_NOOP("Term", "Honorific"),
    "kind": QT_TRANSLATE_NOOP("Term", "Kind"),
    "label": QT_TRANSLATE_NOOP("Term", "Label"),
    "latitude": QT_TRANSLATE_NOOP("Term", "Latitude"),
    "leader_id": QT_TRANSLATE_NOOP("Term", "Leader"),
    "longitude": QT_TRANSLATE_NOOP("Term", "Longitude"),
    "meeting_id": QT_TRANSLATE_NOOP("Term", "Meeting"),
    "minimum_rest_minutes": QT_TRANSLATE_NOOP("Term", "Least rest between shifts"),
    "name": QT_TRANSLATE_NOOP("Term", "Name"),
    "name_ar": QT_TRANSLATE_NOOP("Term", "Name"),
    "name_en": QT_TRANSLATE_NOOP("Term", "English name"),
    "name_latin": QT_TRANSLATE_NOOP("Term", "Latin name"),
    "note": QT_TRANSLATE_NOOP("Term", "Note"),
    "notes": QT_TRANSLATE_NOOP("Term", "Notes"),
    "officers": QT_TRANSLATE_NOOP("Term", "Officers"),
    "on_date": QT_TRANSLATE_NOOP("Term", "Date"),
    "ordered_by": QT_TRANSLATE_NOOP("Term", "Ordered by"),
    "organisation_id": QT_TRANSLATE_NOOP("Term", "Organisation"),
    "organiser_id": QT_TRANSLATE_NOOP("Term", "Organising body"),
    "outcome": QT_TRANSLATE_NOOP("Term", "Outcome"),
    "person": QT_TRANSLATE_NOOP("Term", "Person"),
    "person_id": QT_TRANSLATE_NOOP("Term", "Person"),
    "phase": QT_TRANSLATE_NOOP("Term", "Phase"),
    "phone": QT_TRANSLATE_NOOP("Term", "Phone"),
    "pinned": QT_TRANSLATE_NOOP("Term", "Pinned"),
    "place": QT_TRANSLATE_NOOP("Term", "Place"),
    "plate": QT_TRANSLATE_NOOP("Term", "Plate"),
    "polling_date": QT_TRANSLATE_NOOP("Term", "Polling date"),
    "position_title": QT_TRANSLATE_NOOP("Term", "Position"),
    "post_id": QT_TRANSLATE_NOOP("Term", "Post"),
    "presence": QT_TRANSLATE_NOOP("Term", "Attendance"),
    "priority": QT_TRANSLATE_NOOP("Term", "Priority"),
    "purpose": QT_TRANSLATE_NOOP("Term", "Purpose"),
    "rank_id": QT_TRANSLATE_NOOP("Term", "Rank"),
    "rapid_response": QT_TRANSLATE_NOOP("Term", "Rapid-response cover"),
    "reason": QT_TRANSLATE_NOOP("Term", "Reason"),
    "responsible_organisation_id": QT_TRANSLATE_NOOP("Term", "Responsible organisation"),
    "responsible_person_id": QT_TRANSLATE_NOOP("Term", "Responsible person"),
    "revision": QT_TRANSLATE_NOOP("Term", "Revision"),
    "risk": QT_TRANSLATE_NOOP("Term", "Risk level"),
    "role": QT_TRANSLATE_NOOP("Term", "Role"),
    "sector_id": QT_TRANSLATE_NOOP("Term", "Sector"),
    "seniority": QT_TRANSLATE_NOOP("Term", "Seniority"),
    "service_number": QT_TRANSLATE_NOOP("Term", "Service number"),
    "severity": QT_TRANSLATE_NOOP("Term", "Severity"),
    "shift": QT_TRANSLATE_NOOP("Term", "Shift"),
    "shift_id": QT_TRANSLATE_NOOP("Term", "Shift"),
    "short_name": QT_TRANSLATE_NOOP("Term", "Short name"),
    "show_hijri": QT_TRANSLATE_NOOP("Term", "Hijri date"),
    "special_voting_date": QT_TRANSLATE_NOOP("Term", "Special voting date"),
    "staff_qualified": QT_TRANSLATE_NOOP("Term", "Staff qualified"),
    "starts_at": QT_TRANSLATE_NOOP("Term", "Starts"),
    "starts_on": QT_TRANSLATE_NOOP("Term", "Start date"),
    "stations": QT_TRANSLATE_NOOP("Term", "Stations"),
    "status": QT_TRANSLATE_NOOP("Term", "Status"),
    "subject": QT_TRANSLATE_NOOP("Term", "Subject"),
    "text": QT_TRANSLATE_NOOP("Term", "Text"),
    "title": QT_TRANSLATE_NOOP("Term", "Title"),
    "topic": QT_TRANSLATE_NOOP("Term", "Subject"),
    "username": QT_TRANSLATE_NOOP("Term", "Username"),
    "vehicle": QT_TRANSLATE_NOOP("Term", "Vehicle"),
    "vehicle_id": QT_TRANSLATE_NOOP("Term", "Vehicle"),
    "vehicles": QT_TRANSLATE_NOOP("Term", "Vehicles"),
    "voters": QT_TRANSLATE_NOOP("Term", "Voters"),
}
_FIELDS_OF: dict[tuple[str, str], str] = {
    ("areas", "level"): QT_TRANSLATE_NOOP("Term", "Area level"),
    ("areas", "parent_id"): QT_TRANSLATE_NOOP("Term", "Parent area"),
    ("organisations", "parent_id"): QT_TRANSLATE_NOOP("Term", "Parent organisation"),
    ("organisations", "kind"): QT_TRANSLATE_NOOP("Term", "Organisation kind"),
    ("centres", "kind"): QT_TRANSLATE_NOOP("Term", "Centre kind"),
    ("posts", "kind"): QT_TRANSLATE_NOOP("Term", "Post kind"),
    ("vehicles", "kind"): QT_TRANSLATE_NOOP("Term", "Vehicle kind"),
    ("elections", "kind"): QT_TRANSLATE_NOOP("Term", "Election kind"),
    ("unavailabilities", "kind"): QT_TRANSLATE_NOOP("Term", "Kind of unavailability"),
    ("document_numbers", "kind"): QT_TRANSLATE_NOOP("Term", "Document kind"),
    ("users", "role"): QT_TRANSLATE_NOOP("Term", "User role"),
    ("readiness_changes", "level"): QT_TRANSLATE_NOOP("Term", "Readiness level"),
}


def field_label(name: str, entity: str | None = None, lang: str | None = None) -> str | None:
    """What the user calls the field ``name`` of a record of the table ``entity``; None for a
    field this table does not name."""
    text = _FIELDS_OF.get((entity or "", name)) or _FIELDS.get(name)
    return translate(FIELDS_CONTEXT, text, lang) if text is not None else None


# Pairs, keyed by list and member: the lists are StrEnums, whose members equal their values,
# so in a dict keyed by members «checkpoint» the post and «checkpoint» the duty were one key,
# and the later label silently replaced the earlier (a post read «واجب سيطرة» on the map).
_BY_LIST: dict[tuple[type[Enum], Enum], str] = {(type(m), m): text for m, text in _LABELS}


def source(member: Enum) -> str:
    """The English source text of a member's label (its value, spaced, if none is written)."""
    return (_BY_LIST.get((type(member), member))
            or str(member.value).replace("_", " ").capitalize())


def label(member: Enum, lang: str | None = None) -> str:
    """The label of an enum member in ``lang`` (the current language by default)."""
    return translate(CONTEXT, source(member), lang)
