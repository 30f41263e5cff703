"""A small room for the directives' tests: a body tree, an approved meeting with four
directives and a note, and the officers who follow them up.

    وزارة الداخلية
      └ قيادة شرطة ميسان (command)
          ├ قسم شرطة العمارة (section)
          │   └ شعبة الدوريات (division)
    مكتب مفوضية ميسان (commission)  ← another tree
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Directive, OutcomeKind, User, UserRole
from desktop.services import accounts, meetings, minutes
from desktop.services.actor import SYSTEM, Actor
from desktop.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    MeetingInput,
    MinutesInput,
    OutcomeInput,
)
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.storage.database import Database
from tests.desktop.factories import basic_world

HELD = datetime(2008, 7, 13, 10)
TEXTS = {
    "protect": "تأمين الحماية للمراكز على مدار الساعة",
    "posting": "تنسيب أعداد الشرطة الكافية ضمن قاطع قسم شرطة العمارة",
    "patrols": "تسيير دوريات حول مراكز التسجيل",
    "plan": "إعداد خطة أمنية جديدة خاصة",
    "timing": "تزامن الممارسات الأمنية مع الممارسات الفنية للمفوضية",
}


def actor(session: Session, username: str) -> Actor:
    user = session.scalar(select(User).where(User.username == username))
    return Actor(user.id, user.username, user.role)


def build(db: Database) -> dict[str, int]:
    with db.session() as s:
        ids = basic_world(s)
        section = create_organisation(s, SYSTEM, OrganisationInput(
            "قسم شرطة العمارة", "section", parent_id=ids["command"]))
        commission = create_organisation(s, SYSTEM, OrganisationInput(
            "مكتب مفوضية ميسان", "commission_office"))
        s.flush()
        division = create_organisation(s, SYSTEM, OrganisationInput(
            "شعبة الدوريات", "division", parent_id=section.id))
        for name, role in (("staff", UserRole.STAFF_OFFICER), ("clerk", UserRole.CLERK),
                           ("commander", UserRole.COMMANDER), ("viewer", UserRole.VIEWER)):
            accounts.create_user(s, SYSTEM, name, f"مستخدم {name}", role)
        s.flush()
        ids |= {"section": section.id, "commission": commission.id, "division": division.id}
        data = MinutesInput(
            MeetingInput("joint_meeting", "اجتماع مشترك لقيادة شرطة ميسان", HELD,
                         election_id=ids["election"], chair_id=ids["chief"],
                         organiser_id=ids["command"]),
            [AttendeeInput(ids["chief"], "chair"), AttendeeInput(ids["officer"])],
            [AgendaItemInput("حماية مراكز التسجيل", "نوقشت الخطة.", [
                OutcomeInput(OutcomeKind.DIRECTIVE, TEXTS["protect"],
                             responsible_organisation_id=ids["command"],
                             due_date=date(2008, 7, 20)),
                OutcomeInput(OutcomeKind.DIRECTIVE, TEXTS["posting"],
                             responsible_organisation_id=ids["section"],
                             due_date=date(2008, 7, 25)),
                OutcomeInput(OutcomeKind.DECISION, TEXTS["patrols"],
                             responsible_organisation_id=ids["division"],
                             due_date=date(2008, 7, 31)),
                OutcomeInput(OutcomeKind.NOTE, "حضر ممثل المفوضية"),
            ]),
             AgendaItemInput("الخطة الأمنية", None, [
                 OutcomeInput(OutcomeKind.DIRECTIVE, TEXTS["plan"],
                              responsible_person_id=ids["officer"], due_date=date(2008, 7, 27)),
                 OutcomeInput(OutcomeKind.DECISION, TEXTS["timing"],
                              responsible_organisation_id=commission.id),
             ])])
        clerk, commander = actor(s, "clerk"), actor(s, "commander")
        meeting_id = meetings.create_meeting(s, clerk, data)
        s.flush()
        meetings.submit(s, clerk, meeting_id)
        minutes.approve(s, commander, meeting_id)
        ids["meeting"] = meeting_id
        for key, text in TEXTS.items():
            ids[key] = s.scalar(select(Directive.id).where(Directive.text == text))
    return ids


def later_draft(db: Database, world: dict[str, int], when: datetime,
                subject: str = "الاجتماع الدوري الثاني") -> int:
    with db.session() as s:
        return meetings.create_meeting(s, actor(s, "clerk"), MinutesInput(
            MeetingInput("periodic_meeting", subject, when, election_id=world["election"]),
            [], [AgendaItemInput("حماية مراكز التسجيل")]))
