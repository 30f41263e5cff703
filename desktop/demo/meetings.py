"""The two meetings of the seeds, recorded as minutes.

Seed 000 is the Maysan joint meeting, approved by the commander; seed 001 the Dhi Qar
expanded conference of 6 February 2010, still waiting for the chair's approval. Agenda,
discussion and directives keep the seeds' own words where they have them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.demo.loader import Loader
from desktop.demo.maysan import World
from desktop.demo.places import MAYSAN
from desktop.demo.ranks import RANKS
from desktop.models import (
    AgendaItem,
    Attendance,
    AttendanceCapacity,
    Classification,
    Directive,
    DirectiveStatus,
    DirectiveUpdate,
    Election,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Person,
    Presence,
    Priority,
    User,
)
from desktop.models import Meeting as MeetingRow
from desktop.services.meetings import search_key_of

C, OK = AttendanceCapacity, OutcomeKind


@dataclass(frozen=True)
class Outcome:
    text: str
    kind: OutcomeKind
    org: str | None
    person: str | None
    due: date | None
    priority: Priority
    status: DirectiveStatus = DirectiveStatus.OPEN


def _protocol(world: World, chair: Person, cohost: Person | None
              ) -> Callable[[Person], tuple[int, int, str]]:
    """Chair first, the co-hosting body's head next, then rank seniority, then position."""
    order = {name: n for n, (name, _, _) in enumerate(RANKS, start=1)}

    def key(person: Person) -> tuple[int, int, str]:
        first = 0 if person is chair else 1 if person is cohost else 2
        rank = world.rank_names.get(person.rank_id or 0, "")
        return first, order.get(rank, len(order) + 1), person.position_title or ""
    return key


def _record(loader: Loader, world: World, meeting: MeetingRow,
            attendees: list[tuple[str, AttendanceCapacity, str | None, Presence]],
            agenda: list[tuple[str, str, list[Outcome]]], chair_key: str,
            cohost_key: str | None) -> MeetingRow:
    meeting.search_key = search_key_of(loader.session, meeting,
                                       [world.people[a[0]].id for a in attendees])
    loader.add("meetings", meeting)
    chair = world.people[chair_key]
    cohost = world.people[cohost_key] if cohost_key else None
    order = _protocol(world, chair, cohost)
    people = sorted(attendees, key=lambda a: order(world.people[a[0]]))
    for position, (key, capacity, represents, presence) in enumerate(people, start=1):
        loader.add("attendances", Attendance(
            meeting=meeting, person_id=world.people[key].id, capacity=capacity,
            represents_id=world.orgs[represents].id if represents else None,
            presence=presence, position=position))
    number = 0
    for position, (title, discussion, outcomes) in enumerate(agenda, start=1):
        item = loader.add("agenda_items", AgendaItem(
            meeting=meeting, position=position, title=title, discussion=discussion))
        for outcome in outcomes:
            number += 1
            loader.add("directives", Directive(
                meeting=meeting, agenda_item=item, kind=outcome.kind, position=number,
                text=outcome.text,
                responsible_organisation_id=world.orgs[outcome.org].id if outcome.org else None,
                responsible_person_id=world.people[outcome.person].id if outcome.person else None,
                due_date=outcome.due, priority=outcome.priority, status=outcome.status))
    loader.session.flush()
    return meeting


def _commander(loader: Loader, users: dict[str, User]) -> User | None:
    if "commander" in users:
        return users["commander"]
    return loader.session.scalar(select(User).where(User.username == "commander"))


MAYSAN_SUBJECT = ("اجتماع مشترك لقيادة شرطة ميسان ومكتب مفوضية الانتخابات في المحافظة لدراسة "
                  "السبل الكفيلة بإنجاح انتخابات مجالس المحافظات من الناحية الأمنية")


def build_maysan_meeting(loader: Loader, world: World, election: Election,
                         users: dict[str, User]) -> MeetingRow:
    commander = _commander(loader, users)
    approver = commander.id if commander else None
    meeting = MeetingRow(
        kind=MeetingKind.JOINT_MEETING,
        subject=MAYSAN_SUBJECT,
        election=election, starts_at=datetime(2008, 7, 13, 10, 0),
        ends_at=datetime(2008, 7, 13, 12, 30), place="مقر قيادة شرطة ميسان",
        chair_id=world.people["harbiya"].id, organiser=world.orgs["maysan"],
        classification=Classification.CONFIDENTIAL, status=MeetingStatus.APPROVED,
        submitted_at=datetime(2008, 7, 13, 14, 0), approved_at=datetime(2008, 7, 14, 9, 30),
        approved_by_id=approver)
    attendees: list[tuple[str, AttendanceCapacity, str | None, Presence]] = [
        ("harbiya", C.CHAIR, None, Presence.PRESENT),
        ("kadhim", C.MEMBER, "ihec_maysan", Presence.PRESENT),
        ("ops_maysan", C.MEMBER, None, Presence.PRESENT),
        ("bde38", C.REPRESENTATIVE, "bde38", Presence.PRESENT),
    ]
    for index, district in enumerate(MAYSAN.subdistricts):
        attendees.append((f"ms{index}", C.MEMBER, None, Presence.PRESENT))
        for sub in district.subdistricts:
            presence = Presence.EXCUSED if sub.name_ar == "علي الشرقي" else Presence.PRESENT
            attendees.append((f"ms{index}:{sub.name_ar}", C.MEMBER, None, presence))
    sections = [(f"ms{i}", name) for i, name in enumerate(
        ("العمارة", "الميمونة", "المجر الكبير", "قلعة صالح", "علي الغربي", "الكحلاء"))]
    agenda = [
        ("مراكز تسجيل الناخبين وتأمينها",
         "أوضح الدكتور جعفر كاظم مدير مكتب مفوضية الانتخابات في ميسان أن الاجتماع لدراسة السبل "
         "الكفيلة بإنجاح انتخابات مجالس المحافظات المقبلة من الناحية الأمنية، فالمفوضية تتولى "
         "مسؤولية الأمن الفني أما الأمن الميداني فهو من مسؤولية رجال الشرطة. ويبلغ عدد مراكز "
         "تسجيل الناخبين (22) مركزاً، عشرة منها في مركز المحافظة والباقي موزع على الأقضية "
         "والنواحي، وستفتح بعد وصول المواد الخاصة بالانتخابات.",
         [Outcome("المفوضية تتولى مسؤولية الأمن الفني والشرطة تتولى الأمن الميداني لمراكز "
                  "تسجيل الناخبين", OK.NOTE, None, None, None, Priority.NORMAL)]),
        ("حماية المواد الانتخابية",
         "تقع مسؤولية حماية المواد الخاصة بالانتخابات والحفاظ عليها بعد وصولها على رجال "
         "الشرطة، وستكون للمفوضية ممارسات فنية لتدريب الموظفين على مفردات خطة الانتخابات "
         "تتزامن معها ممارسات أمنية.",
         [Outcome("حماية المواد الخاصة بالانتخابات عند وصولها إلى المحافظة والحفاظ عليها "
                  "في المخازن وأثناء نقلها إلى المراكز", OK.DIRECTIVE, "maysan", "ops_maysan",
                  date(2008, 7, 31), Priority.HIGH, DirectiveStatus.IN_PROGRESS),
          Outcome("تزامن الممارسات الأمنية مع الممارسات الفنية والإدارية للمفوضية",
                  OK.DECISION, "ihec_maysan", "kadhim", date(2008, 8, 15), Priority.NORMAL)]),
        ("تخصيص المفارز والعجلات وحدود المسؤوليات ضمن القواطع",
         "تم الاتفاق على تخصيص المفارز والعجلات اللازمة وبيان حدود المسؤوليات ضمن القواطع "
         "التي تقع فيها مراكز تسجيل الناخبين ومسؤوليات مدراء الأقسام في توفير الحماية "
         "اللازمة لها.",
         [Outcome("تخصيص المفارز والعجلات اللازمة لمراكز تسجيل الناخبين وبيان حدود "
                  "المسؤوليات ضمن القواطع", OK.DECISION, "maysan_ops", "ops_maysan",
                  date(2008, 7, 20), Priority.HIGH, DirectiveStatus.DONE)]),
        ("تسمية الضباط والمنتسبين لكل مركز",
         "أكد العميد الركن سعد علي حربيه قائد شرطة ميسان أن من أهم واجبات الشرطة توفير الأمن، "
         "وأن حماية المراكز الانتخابية والناخبين تكون من قبل الشرطة وليس من قبل قوات أخرى، "
         "ومن الضروري تنسيب أعداد الشرطة الكافية التي يتم اختيارها بعناية من ناحية الكفاءة "
         "والضبط والالتزام على مراكز الناخبين وأن يتم تحديدهم بالأسماء.",
         [Outcome(f"تنسيب أعداد الشرطة الكافية على مراكز تسجيل الناخبين ضمن قاطع قسم شرطة "
                  f"{name} وتحديدهم بالأسماء", OK.DIRECTIVE, key, key, date(2008, 7, 20),
                  Priority.URGENT, DirectiveStatus.DONE if key == "ms0"
                  else DirectiveStatus.IN_PROGRESS) for key, name in sections]),
        ("الخطة الأمنية الجديدة",
         "في الختام وجه قائد شرطة ميسان، وعلى ضوء ما تمت مناقشته في الاجتماع، بإعداد خطة "
         "أمنية جديدة خاصة تضمن مفرداتها نجاح عملية الانتخابات القادمة، مع تعاون أمني كبير "
         "مع القائمين على مفوضية الانتخابات.",
         [Outcome("إعداد خطة أمنية جديدة خاصة تضمن نجاح عملية الانتخابات القادمة",
                  OK.DIRECTIVE, "maysan", "harbiya", date(2008, 7, 27), Priority.URGENT,
                  DirectiveStatus.IN_PROGRESS)]),
    ]
    _record(loader, world, meeting, attendees, agenda, "harbiya", "kadhim")
    plan = next(d for d in meeting.directives if d.text.startswith("إعداد خطة أمنية"))
    loader.add("directive_updates", DirectiveUpdate(
        directive=plan, at=datetime(2008, 7, 20, 11, 0), author_id=approver,
        text="أنجزت غرفة العمليات مسودة الخطة وعرضت على قائد الشرطة",
        new_status=DirectiveStatus.IN_PROGRESS))
    loader.session.flush()
    return meeting


def build_dhi_qar_conference(loader: Loader, world: World, election: Election) -> MeetingRow:
    meeting = MeetingRow(
        kind=MeetingKind.EXPANDED_CONFERENCE,
        subject="مؤتمر أمني موسع لمناقشة خطة حماية مراكز الاقتراع قبل وأثناء وبعد إجراء "
                "الانتخابات البرلمانية في السابع من آذار 2010",
        election=election, starts_at=datetime(2010, 2, 6, 9, 0),
        ends_at=datetime(2010, 2, 6, 11, 30),
        place="مقر المديرية العامة لشرطة محافظة ذي قار", chair_id=world.people["fatlawi"].id,
        organiser=world.orgs["dhiqar"], classification=Classification.CONFIDENTIAL,
        status=MeetingStatus.AWAITING_APPROVAL, submitted_at=datetime(2010, 2, 6, 13, 0))
    attendees: list[tuple[str, AttendanceCapacity, str | None, Presence]] = [
        ("fatlawi", C.CHAIR, None, Presence.PRESENT),
        *[(f"dq{i}", C.MEMBER, None, Presence.PRESENT) for i in range(6)],
        ("crim", C.MEMBER, None, Presence.PRESENT),
        ("moves", C.MEMBER, None, Presence.PRESENT),
        ("regiments", C.MEMBER, None, Presence.PRESENT),
        ("dq_coord", C.MEMBER, None, Presence.PRESENT),
        ("dq_cd", C.MEMBER, "dq_cd", Presence.PRESENT),
        ("dq_traffic", C.MEMBER, "dq_traffic", Presence.PRESENT),
        ("dq_fps", C.MEMBER, "dq_fps", Presence.PRESENT),
        ("dq_intel", C.REPRESENTATIVE, "dq_intel", Presence.PRESENT),
        ("ig", C.MEMBER, "ig", Presence.PRESENT),
        ("dq_internal", C.MEMBER, None, Presence.PRESENT),
        ("army_dq", C.REPRESENTATIVE, "army", Presence.PRESENT),
        ("alaa", C.MEMBER, "ihec_dhiqar", Presence.PRESENT),
        ("kalivan", C.REPRESENTATIVE, "mnf", Presence.PRESENT),
    ]
    agenda = [
        ("خطة حماية مراكز الاقتراع قبل وأثناء وبعد يوم الاقتراع",
         "عرضت الخطة المعدة على المشاركين وتمت مناقشة بعض جوانبها. ودعا مدير عام شرطة ذي قار "
         "إلى استنفار كل الجهود بغية إنجاح العملية الديمقراطية، وأشار إلى النجاح الذي حققته "
         "الأجهزة الأمنية في حماية مراكز اقتراع مجالس المحافظات.",
         [Outcome("استنفار كل الجهود لإنجاح العملية الانتخابية في عموم المحافظة",
                  OK.DIRECTIVE, "dhiqar", "moves", date(2010, 3, 3), Priority.URGENT)]),
        ("توزيع المهام ضمن قواطع المسؤولية",
         "توزيع المهام كلاً ضمن قاطع مسؤوليته والانتشار الصحيح لجميع أجهزة قوى الأمن "
         "الداخلي، وتفعيل الدور الاستخباري.",
         [Outcome("توزيع المهام على أقسام الشرطة كلاً ضمن قاطع مسؤوليته والانتشار الصحيح "
                  "لجميع أجهزة قوى الأمن الداخلي", OK.DIRECTIVE, "dq_ops", "moves",
                  date(2010, 2, 20), Priority.HIGH),
          Outcome("تفعيل الدور الاستخباري", OK.DIRECTIVE, "dq_intel", "dq_intel",
                  date(2010, 2, 25), Priority.HIGH)]),
        ("القوات الساندة وقوات متعددة الجنسيات",
         "مساندة قوات الجيش العراقي، واستعداد قوات متعددة الجنسيات للتدخل عند طلب رئيس "
         "اللجنة الأمنية العليا للانتخابات في ذي قار، بالجهد الاستخباري وفرق مكافحة "
         "المتفجرات وشعبة الكلاب البوليسية.",
         [Outcome("تبقى قوات متعددة الجنسيات على أهبة الاستعداد ولا تتدخل إلا بطلب من رئيس "
                  "اللجنة الأمنية العليا للانتخابات في ذي قار", OK.DECISION, "mnf", "kalivan",
                  date(2010, 3, 7), Priority.NORMAL),
          Outcome("تهيئة فرق مكافحة المتفجرات وشعبة الكلاب البوليسية لتفتيش مراكز الاقتراع "
                  "قبل فتحها", OK.DIRECTIVE, "dq_eod", "dq_eod", date(2010, 3, 3),
                  Priority.HIGH)]),
        ("التصويت الخاص وسجل الناخبين",
         "أوضح الحاج علاء مدير عام مكتب المفوضية في ذي قار أنه سيكون تصويت خاص للجهات "
         "الأمنية والعسكرية ويستخدم فيه سجل الناخبين الخاص بدلاً من البطاقة التموينية، وأن "
         "في الاستمارة الواحدة 21 كياناً سياسياً بالإضافة إلى 7 كيانات من الطائفة المسيحية.",
         [Outcome("تأمين مراكز التصويت الخاص للأجهزة الأمنية والعسكرية يوم 4 آذار 2010",
                  OK.DIRECTIVE, "dhiqar", "moves", date(2010, 3, 4), Priority.URGENT),
          Outcome("التنسيق المسبق مع مكتب مفوضية ذي قار لتلافي أي مشكلة", OK.DECISION,
                  "ihec_dhiqar", "alaa", date(2010, 2, 28), Priority.NORMAL)]),
        ("دور رجل الشرطة في تثقيف المواطنين",
         "أكد مدير عام الشرطة على دور رجل الشرطة في المجتمع لتثقيف المواطنين وحثهم على "
         "المشاركة في الانتخابات لاختيار الأشخاص المناسبين وعدم تضييع أصواتهم.",
         [Outcome("حث المواطنين على المشاركة في الانتخابات", OK.DIRECTIVE, "dhiqar", None,
                  date(2010, 3, 6), Priority.NORMAL)]),
    ]
    return _record(loader, world, meeting, attendees, agenda, "fatlawi", "alaa")

