"""Meetings recorded straight through the ORM, so the documents' tests need no editor."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.models import (
    AgendaItem,
    Attendance,
    AttendanceCapacity,
    Classification,
    Directive,
    Meeting,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Presence,
    Priority,
)
from desktop.services.actor import SYSTEM
from desktop.services.minutes import seal
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, create_person

SUBJECT = "اجتماع مشترك لدراسة السبل الكفيلة بإنجاح الانتخابات من الناحية الأمنية"
AGENDA = (
    ("مراكز تسجيل الناخبين وتأمينها",
     "يبلغ عدد مراكز تسجيل الناخبين اثنين وعشرين مركزا عشرة منها في مركز المحافظة"),
    ("حماية المواد الانتخابية",
     "تقع مسؤولية حماية المواد الخاصة بالانتخابات والحفاظ عليها على رجال الشرطة"),
)
NOTE = "المفوضية تتولى الأمن الفني والشرطة تتولى الأمن الميداني"
DECISION = "تزامن الممارسات الأمنية مع الممارسات الفنية للمفوضية"
DIRECTIVES = (
    "تخصيص المفارز والعجلات اللازمة لمراكز تسجيل الناخبين",
    "إعداد خطة أمنية جديدة خاصة تضمن نجاح عملية الانتخابات القادمة",
)
GUEST = "جعفر كاظم الموسوي"
BRIGADE = "اللواء الثامن والثلاثون"
FINGERPRINT = hashlib.sha256("محضر الاجتماع المعتمد".encode()).hexdigest()


def add_guest(session: Session, ids: dict[str, int]) -> None:
    """A commission director who represents his office: a head who signs beside the chair."""
    if "guest" in ids:
        return
    office = create_organisation(session, SYSTEM, OrganisationInput(
        "مكتب مفوضية الانتخابات في ميسان", "commission_office"))
    army = create_organisation(session, SYSTEM, OrganisationInput(BRIGADE, "army_unit"))
    session.flush()
    guest = create_person(session, SYSTEM, PersonInput(
        GUEST, honorific="الدكتور", position_title="مدير مكتب المفوضية",
        organisation_id=office.id))
    session.flush()
    ids.update(guest=guest.id, commission=office.id, army=army.id)


def make_meeting(session: Session, ids: dict[str, int], *,
                 status: MeetingStatus = MeetingStatus.APPROVED, discussion: str | None = None,
                 subject: str = SUBJECT, starts_at: datetime = datetime(2008, 7, 13, 10),
                 fingerprint: str | None = None, supersedes: int | None = None,
                 revision: int = 1, directive_text: str | None = None) -> int:
    """Approved minutes are sealed, unless given a ``fingerprint`` of their own (a false one)."""
    add_guest(session, ids)
    approved = status is MeetingStatus.APPROVED
    meeting = Meeting(
        kind=MeetingKind.JOINT_MEETING, subject=subject, election_id=ids["election"],
        starts_at=starts_at, ends_at=starts_at.replace(hour=12, minute=30),
        place="مقر قيادة شرطة ميسان", chair_id=ids["chief"], organiser_id=ids["command"],
        classification=Classification.CONFIDENTIAL, status=status, revision=revision,
        supersedes_id=supersedes, approved_at=datetime(2008, 7, 14, 9, 30) if approved else None,
        fingerprint=fingerprint, search_key=subject)
    session.add(meeting)
    for position, (person, capacity, represents, presence) in enumerate((
            ("chief", AttendanceCapacity.CHAIR, None, Presence.PRESENT),
            ("guest", AttendanceCapacity.MEMBER, "commission", Presence.PRESENT),
            ("officer", AttendanceCapacity.MEMBER, None, Presence.EXCUSED)), 1):
        meeting.attendances.append(Attendance(
            person_id=ids[person], capacity=capacity, presence=presence, position=position,
            represents_id=ids[represents] if represents else None))
    items = []
    for position, (title, text) in enumerate(AGENDA, 1):
        item = AgendaItem(position=position, title=title,
                          discussion=discussion if discussion and position == 1 else text)
        meeting.agenda_items.append(item)
        items.append(item)
    outcomes = (
        (items[0], OutcomeKind.NOTE, NOTE, None),
        (items[0], OutcomeKind.DIRECTIVE, directive_text or DIRECTIVES[0], date(2008, 7, 20)),
        (items[1], OutcomeKind.DECISION, DECISION, None),
        (items[1], OutcomeKind.DIRECTIVE, DIRECTIVES[1], date(2008, 7, 27)),
    )
    for position, (item, kind, text, due) in enumerate(outcomes, 1):
        meeting.directives.append(Directive(
            agenda_item=item, kind=kind, text=text, position=position, due_date=due,
            responsible_organisation_id=ids["command"] if kind is OutcomeKind.DIRECTIVE
            else None, responsible_person_id=ids["officer"] if position == 2 else None,
            priority=Priority.URGENT))
    session.flush()
    if approved and fingerprint is None:  # sealed as the commander's approval seals them
        session.refresh(meeting)
        seal(meeting)
        session.flush()
    return meeting.id
