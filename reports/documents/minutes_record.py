"""A meeting read once into plain, printable values: what the minutes PDF, Excel and archive share.

Everything is read inside one reader session and turned into strings in the document's
language, so the layout code never touches the database and a build cannot see a meeting
half-changed by another workstation.

Approved minutes print the registry as it was sealed at approval (``Meeting.sealed_record``):
names, ranks, positions and bodies renamed since do not reach a reprint. Drafts print the
registry as it reads now. Approved minutes whose record no longer matches its fingerprint are
refused: a print would carry a seal that vouches for content nobody approved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import (
    Attendance,
    AttendanceCapacity,
    Directive,
    DocumentNumber,
    Election,
    IssuingOffice,
    Meeting,
    MeetingKind,
    MeetingStatus,
    NumberStatus,
    Organisation,
    OutcomeKind,
    Person,
    Presence,
    Priority,
)
from desktop.services.errors import Conflict, Invalid, NotFound
from desktop.services.minutes import (
    FINGERPRINT_PREFIX,
    SealedElection,
    SealedOrganisation,
    SealedPerson,
    SealedRegistry,
    seal_holds,
    sealed_registry,
)
from desktop.services.numbering import format_number, letterhead_of
from desktop.services.people import rank_title
from reports import labels
from reports.documents import common
from reports.pdf.flowables import Signatory
from reports.pdf.page import Letterhead

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("محضر {kind}", "Minutes of the {kind}"),
    "draft": ("مسودة — غير معتمد", "DRAFT — NOT APPROVED"),
    "when": ("الزمان", "When"),
    "from_to": ("من الساعة {start} إلى الساعة {end}", "from {start} to {end}"),
    "at": ("الساعة {start}", "at {start}"),
    "place": ("المكان", "Place"),
    "chair": ("رئيس الاجتماع", "Chair"),
    "organiser": ("الجهة المنظمة", "Organised by"),
    "election": ("الانتخابات", "Election"),
    "revision": ("التنقيح", "Revision"),
    "supersedes": ("يحل محل المحضر المعتمد السابق", "replaces the earlier approved minutes"),
    "approved_on": ("صودق عليه بتاريخ", "Approved on"),
    "attendance": ("أولاً: الحضور", "1. Attendance"),
    "agenda": ("ثانياً: جدول الأعمال وما دار من مناقشات", "2. Agenda and discussion"),
    "general": ("قرارات وملاحظات عامة", "General decisions and notes"),
    "directives": ("ثالثاً: التوجيهات", "3. Directives"),
    "no_directives": ("لم تصدر توجيهات في هذا الاجتماع.", "No directives were given."),
    "item_directives": ("صدرت بشأنه التوجيهات ذوات التسلسل ( {numbers} ) في جدول التوجيهات.",
                        "Directives {numbers} of the table below were given on it."),
    "ended": ("وانتهى الاجتماع في الساعة {end}.", "The meeting ended at {end}."),
    "counts": ("عدد الحضور: {present}، المعتذرون: {excused}، الغائبون: {absent}.",
               "Present: {present}; excused: {excused}; absent: {absent}."),
    "position": ("المنصب", "Position"),
    "capacity": ("الصفة", "Capacity"),
    "presence": ("الحضور", "Attendance"),
    "directive": ("التوجيه", "Directive"),
    "item": ("البند", "Agenda item"),
    "responsible": ("الجهة المسؤولة", "Responsible"),
    "due": ("موعد التنفيذ", "Due"),
    "priority": ("الأولوية", "Priority"),
    "status": ("الحالة", "Status"),
    "carried": ("مدوّر من اجتماع سابق", "carried over"),
    "representative_of": ("ممثل {organisation}", "representing {organisation}"),
    "copy_note": ("للعلم واتخاذ ما يلزم", "for information and action"),
    "files": ("الأضابير", "File"),
    "fingerprint": ("بصمة المحضر المعتمد:", "Fingerprint of the approved minutes:"),
    "sheet_attendance": ("الحضور", "Attendance"),
    "sheet_directives": ("التوجيهات", "Directives"),
    "note": ("ملاحظة", "Note"),
    "decision": ("قرار", "Decision"),
}
_KINDS = {
    MeetingKind.JOINT_MEETING: ("اجتماع مشترك", "joint meeting"),
    MeetingKind.EXPANDED_CONFERENCE: ("مؤتمر أمني موسع", "expanded security conference"),
    MeetingKind.BOARD_SESSION: ("جلسة", "board session"),
    MeetingKind.FIELD_VISIT: ("زيارة ميدانية", "field visit"),
    MeetingKind.PERIODIC_MEETING: ("اجتماع دوري", "periodic meeting"),
    MeetingKind.OTHER: ("اجتماع", "meeting"),
}
_CAPACITIES = {
    AttendanceCapacity.CHAIR: ("رئيس الاجتماع", "Chair"),
    AttendanceCapacity.MEMBER: ("عضو", "Member"),
    AttendanceCapacity.REPRESENTATIVE: ("ممثل", "Representative"),
    AttendanceCapacity.OBSERVER: ("مراقب", "Observer"),
}
_PRESENCE = {
    Presence.PRESENT: ("حاضر", "Present"),
    Presence.ABSENT: ("غائب", "Absent"),
    Presence.EXCUSED: ("معتذر", "Excused"),
}
_PRIORITIES = {
    Priority.LOW: ("منخفضة", "Low"),
    Priority.NORMAL: ("اعتيادية", "Normal"),
    Priority.HIGH: ("عالية", "High"),
    Priority.URGENT: ("عاجلة", "Urgent"),
}
_STATUSES = {
    "open": ("مفتوح", "Open"),
    "in_progress": ("قيد التنفيذ", "In progress"),
    "done": ("منجز", "Done"),
    "cancelled": ("ملغى", "Cancelled"),
}
_WEEKDAYS = (("الاثنين", "Monday"), ("الثلاثاء", "Tuesday"), ("الأربعاء", "Wednesday"),
             ("الخميس", "Thursday"), ("الجمعة", "Friday"), ("السبت", "Saturday"),
             ("الأحد", "Sunday"))


def word(key: str, lang: str = "ar", **fields: object) -> str:
    arabic, english = _WORDS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


def column_title(key: str, lang: str) -> str:
    """A column title: the engine's shared labels where they exist, the minutes' own else."""
    try:
        return labels.label(key, lang)
    except KeyError:
        return word(key, lang)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True)
class AttendeeLine:
    rank: str
    name: str
    position: str
    organisation: str
    capacity: str
    presence: str
    present: bool
    excused: bool
    is_chair: bool
    body: str  # the organisation this attendee speaks for: the one represented, or their own
    signs: bool  # a head of a body that took part: signs the minutes beside the chair
    signatory: Signatory


@dataclass(frozen=True)
class OutcomeLine:
    kind: OutcomeKind
    text: str
    responsible: str
    due: date | None
    priority: str
    status: str
    carried_over: bool
    item: str  # the agenda item's title, or ""
    sequence: int | None  # its number in the directives table (directives only)


@dataclass(frozen=True)
class ItemLine:
    number: int
    title: str
    discussion: str
    outcomes: tuple[OutcomeLine, ...]


@dataclass(frozen=True)
class MinutesRecord:
    id: int
    lang: str
    subject: str
    kind_title: str
    status: MeetingStatus
    revision: int
    supersedes: bool
    starts_at: datetime
    ends_at: datetime | None
    place: str
    election: str
    organiser: str
    chair: str  # rank, name and position on one line
    chair_signatory: Signatory | None
    classification: Any
    approved_at: datetime | None
    fingerprint: str | None
    number_id: int | None  # a number already given to this meeting and not voided
    number_text: str | None
    office_id: int
    office_name: str
    letterhead: Letterhead
    attendees: tuple[AttendeeLine, ...]
    items: tuple[ItemLine, ...]
    general: tuple[OutcomeLine, ...]  # outcomes under no agenda item
    directives: tuple[OutcomeLine, ...]
    copies_to: tuple[str, ...]

    @property
    def approved(self) -> bool:
        return self.status is MeetingStatus.APPROVED

    @property
    def day(self) -> date:
        """The document's date: the day of approval, so every reprint carries the same date."""
        if self.approved and self.approved_at is not None:
            return self.approved_at.date()
        return self.starts_at.date()

    @property
    def title(self) -> str:
        return word("title", self.lang, kind=self.kind_title)

    @property
    def heads(self) -> tuple[Signatory, ...]:
        return tuple(a.signatory for a in self.attendees if a.signs)


def fingerprint_prefix() -> str:
    return FINGERPRINT_PREFIX


PersonLike = Person | SealedPerson
OrganisationLike = Organisation | SealedOrganisation


class _Registry:
    """Names as the minutes print them: the sealed copy of approved minutes, else the registry.

    A person or body missing from the copy (none should be) reads from the registry.
    """

    def __init__(self, sealed: SealedRegistry | None) -> None:
        self.sealed = sealed

    def person(self, person: Person | None) -> PersonLike | None:
        if person is None or self.sealed is None:
            return person
        return self.sealed.people.get(person.id, person)

    def organisation(self, org: Organisation | None) -> OrganisationLike | None:
        if org is None or self.sealed is None:
            return org
        return self.sealed.organisations.get(org.id, org)

    def election(self, meeting: Meeting) -> Election | SealedElection | None:
        if self.sealed is not None and meeting.election_id is not None \
                and self.sealed.election is not None:
            return self.sealed.election
        return meeting.election


def _sealed(meeting: Meeting) -> tuple[str | None, _Registry]:
    """Approved minutes' fingerprint and sealed names, once the seal is seen to hold."""
    if meeting.status is not MeetingStatus.APPROVED:
        return None, _Registry(None)
    if not seal_holds(meeting):
        raise Conflict("The approved minutes of meeting {id} no longer match their "
                       "fingerprint: the record was changed after approval. They are not "
                       "printed, so that no copy carries a false seal.", id=meeting.id)
    return meeting.fingerprint, _Registry(sealed_registry(meeting))


def find_meeting(session: Session, reference: object) -> int:
    """A meeting's id from its id or from the document number printed on its minutes.

    The number is accepted as printed (``ق ش م/ع/12``) or with the year before the sequence
    (``ق ش م/ع/2008/12``) where the same sequence was given in several years.
    """
    text = " ".join(str(reference or "").translate(_DIGITS).split())
    if not text:
        raise Invalid("Name the meeting by its number in the list or its document number.")
    if text.isdigit():
        if session.get(Meeting, int(text)) is None:
            raise NotFound("No meeting has the id {id}.", id=text)
        return int(text)
    _, _, tail = text.rpartition("/")
    if not tail.isdigit():
        raise NotFound("No minutes carry the document number {number}.", number=text)
    rows = session.execute(
        select(Meeting.id, DocumentNumber)
        .join(DocumentNumber, Meeting.document_number_id == DocumentNumber.id)
        .where(DocumentNumber.sequence == int(tail),
               DocumentNumber.status == NumberStatus.ISSUED)
        .options(selectinload(DocumentNumber.office))
    ).all()
    compact = text.replace(" ", "")

    def matches(number: DocumentNumber) -> bool:
        with_year = f"{letterhead_of(number).code}/{number.year}/{number.sequence}"
        return compact in (format_number(number).replace(" ", ""), with_year.replace(" ", ""))

    found = sorted({meeting_id for meeting_id, number in rows if matches(number)})
    if not found:
        raise NotFound("No minutes carry the document number {number}.", number=text)
    if len(found) > 1:
        raise Invalid("The number {number} was given in more than one year; add the year, "
                      "as in {example}.", number=text,
                      example=text.rpartition("/")[0] + "/2010/" + tail)
    return found[0]


def _office(session: Session, meeting: Meeting, number: DocumentNumber | None,
            office_id: int | None) -> IssuingOffice:
    """Who issues the minutes.

    The office of the number already given, else the organiser's own office, else the office
    of a body directly under the organiser (a command's operations room), else one of a body
    above it, else the office asked for, else the first one.
    """
    if number is not None:
        return number.office
    organiser = meeting.organiser
    if organiser is not None:
        offices = list(session.scalars(
            select(IssuingOffice).where(IssuingOffice.organisation_id.is_not(None))
            .order_by(IssuingOffice.id)))
        by_org = {o.organisation_id: o for o in reversed(offices)}
        if organiser.id in by_org:
            return by_org[organiser.id]
        children = set(session.scalars(
            select(Organisation.id).where(Organisation.parent_id == organiser.id)))
        for office in offices:
            if office.organisation_id in children:
                return office
        parent = organiser.parent
        while parent is not None:
            if parent.id in by_org:
                return by_org[parent.id]
            parent = parent.parent
    return common.office(session, office_id)


def _prose_rank(person: PersonLike, lang: str) -> str:
    """The rank as a sentence or a signature writes it: «العميد الركن», not «عميد الركن»."""
    if lang == "en":
        return common.rank_title(person, lang)
    return " ".join(p for p in (person.honorific, rank_title(person.rank, person.staff_qualified))
                    if p)


def _signatory(person: PersonLike, lang: str) -> Signatory:
    plain = common.signatory(person, lang)
    return Signatory(_prose_rank(person, lang), plain.name, plain.position)


def _person_line(person: PersonLike | None, lang: str) -> str:
    if person is None:
        return ""
    name = person.name_latin if lang == "en" and person.name_latin else person.full_name_ar
    return " ".join(p for p in (_prose_rank(person, lang), name) if p)


def _election_name(meeting: Meeting, names: _Registry, lang: str) -> str:
    election = names.election(meeting)
    if election is None:
        return ""
    return election.name_en if lang == "en" and election.name_en else election.name


def _org_name(org: OrganisationLike | None, lang: str) -> str:
    if org is None:
        return ""
    return org.name_en if lang == "en" and org.name_en else org.name_ar


def _attendees(meeting: Meeting, names: _Registry, lang: str) -> list[AttendeeLine]:
    """Protocol order: the chair first, then the order the clerk recorded (rank, position).

    Heads who sign beside the chair: present attendees who speak for a body (capacity
    representative, or a body named as represented) other than the organiser, one per body.
    """
    def key(a: Attendance) -> tuple[int, int, int]:
        chair = a.capacity is AttendanceCapacity.CHAIR or a.person_id == meeting.chair_id
        return (0 if chair else 1, a.position, a.id)

    lines: list[AttendeeLine] = []
    bodies_signing: set[int] = set()
    for attendance in sorted(meeting.attendances, key=key):
        person = names.person(attendance.person)
        represents = names.organisation(attendance.represents)
        is_chair = key(attendance)[0] == 0
        body_org = represents or person.organisation
        present = attendance.presence is Presence.PRESENT
        speaks_for = attendance.represents_id is not None or \
            attendance.capacity is AttendanceCapacity.REPRESENTATIVE
        signs = (present and not is_chair and speaks_for and body_org is not None
                 and body_org.id != meeting.organiser_id and body_org.id not in bodies_signing)
        if signs:
            bodies_signing.add(body_org.id)
        capacity = _pick(_CAPACITIES[attendance.capacity], lang)
        if is_chair:
            capacity = _pick(_CAPACITIES[AttendanceCapacity.CHAIR], lang)
        elif represents is not None:
            capacity = word("representative_of", lang, organisation=_org_name(represents, lang))
        signatory = _signatory(person, lang)
        if not signatory.position and represents is not None:
            signatory = Signatory(signatory.rank, signatory.name, capacity)
        name = person.name_latin if lang == "en" and person.name_latin else person.full_name_ar
        lines.append(AttendeeLine(
            rank=common.rank_title(person, lang), name=name,
            position=person.position_title or "",
            organisation=_org_name(person.organisation, lang), capacity=capacity,
            presence=_pick(_PRESENCE[attendance.presence], lang), present=present,
            excused=attendance.presence is Presence.EXCUSED, is_chair=is_chair,
            body=_org_name(body_org, lang), signs=signs, signatory=signatory))
    return lines


def _outcome(directive: Directive, names: _Registry, lang: str,
             sequence: int | None) -> OutcomeLine:
    responsible = " / ".join(p for p in (
        _org_name(names.organisation(directive.responsible_organisation), lang),
        _person_line(names.person(directive.responsible_person), lang)) if p)
    item = directive.agenda_item.title if directive.agenda_item is not None else ""
    return OutcomeLine(
        kind=directive.kind, text=directive.text, responsible=responsible,
        due=directive.due_date, priority=_pick(_PRIORITIES[directive.priority], lang),
        status=_pick(_STATUSES[directive.status.value], lang),
        carried_over=directive.carried_over_from_id is not None, item=item, sequence=sequence)


def _outcomes(meeting: Meeting, names: _Registry, lang: str) -> tuple[dict[int, list[OutcomeLine]],
                                                   list[OutcomeLine], list[OutcomeLine]]:
    """Outcomes by agenda item, those under none, and the directives numbered in table order."""
    positions = {item.id: item.position for item in meeting.agenda_items}

    def order(d: Directive) -> tuple[int, int, int]:
        return (positions.get(d.agenda_item_id or -1, len(positions) + 1), d.position, d.id)

    by_item: dict[int, list[OutcomeLine]] = {}
    general: list[OutcomeLine] = []
    directives: list[OutcomeLine] = []
    for directive in sorted(meeting.directives, key=order):
        sequence = None
        if directive.kind is OutcomeKind.DIRECTIVE:
            sequence = len(directives) + 1
        line = _outcome(directive, names, lang, sequence)
        if sequence is not None:
            directives.append(line)
        if directive.agenda_item_id is not None and directive.agenda_item_id in positions:
            by_item.setdefault(directive.agenda_item_id, []).append(line)
        else:
            general.append(line)
    return by_item, general, directives


def _copies(attendees: list[AttendeeLine], responsible: list[str], own: set[str],
            lang: str) -> list[str]:
    """The bodies that took part, in protocol order, then those charged with a directive who
    were not there, each once; then the file."""
    seen: list[str] = []
    bodies = [a.body for a in attendees if a.present] + responsible
    for body in bodies:
        if body and body not in own and body not in seen:
            seen.append(body)
    return [f"{body} / {word('copy_note', lang)}" for body in seen] + [word("files", lang)]


def read_record(session: Session, meeting_id: int, *, office_id: int | None = None,
                lang: str = "ar") -> MinutesRecord:
    meeting = session.scalars(
        select(Meeting).where(Meeting.id == meeting_id).options(
            selectinload(Meeting.attendances).selectinload(Attendance.person),
            selectinload(Meeting.agenda_items),
            selectinload(Meeting.directives).selectinload(Directive.agenda_item),
        )).one_or_none()
    if meeting is None:
        raise NotFound("No meeting has the id {id}.", id=meeting_id)
    number = session.get(DocumentNumber, meeting.document_number_id) \
        if meeting.document_number_id is not None else None
    if number is not None and number.status is not NumberStatus.ISSUED:
        number = None  # a voided print: the next official print takes a new number
    office = _office(session, meeting, number, office_id)
    # Under a number, the letterhead it was first printed with; else the office's own.
    head = letterhead_of(number) if number is not None else office
    fingerprint, names = _sealed(meeting)
    attendees = _attendees(meeting, names, lang)
    by_item, general, directives = _outcomes(meeting, names, lang)
    items = tuple(ItemLine(item.position if item.position else n, item.title,
                           item.discussion or "", tuple(by_item.get(item.id, ())))
                  for n, item in enumerate(sorted(meeting.agenda_items,
                                                  key=lambda i: (i.position, i.id)), 1))
    chair_person = names.person(meeting.chair)
    chair = _person_line(chair_person, lang)
    if chair_person is not None and chair_person.position_title:
        chair = f"{chair}، {chair_person.position_title}" if lang != "en" else \
            f"{chair}, {chair_person.position_title}"
    organiser = _org_name(names.organisation(meeting.organiser), lang)
    own = {organiser, _org_name(names.organisation(office.organisation), lang)}
    return MinutesRecord(
        id=meeting.id, lang=lang, subject=meeting.subject,
        kind_title=_pick(_KINDS[meeting.kind], lang), status=meeting.status,
        revision=meeting.revision, supersedes=meeting.supersedes_id is not None,
        starts_at=meeting.starts_at, ends_at=meeting.ends_at, place=meeting.place or "",
        election=_election_name(meeting, names, lang), organiser=organiser, chair=chair,
        chair_signatory=_signatory(chair_person, lang) if chair_person else None,
        classification=meeting.classification, approved_at=meeting.approved_at,
        fingerprint=fingerprint, number_id=number.id if number else None,
        number_text=format_number(number) if number else None, office_id=office.id,
        office_name=head.name, letterhead=common.letterhead(head, lang),
        attendees=tuple(attendees), items=items, general=tuple(general),
        directives=tuple(directives), copies_to=tuple(_copies(
            attendees, [_org_name(names.organisation(d.responsible_organisation), lang)
                        for d in meeting.directives if d.kind is not OutcomeKind.NOTE],
            own, lang)))


def when_line(record: MinutesRecord) -> str:
    """«الأحد 13/7/2008 من الساعة 10:00 إلى الساعة 12:30»."""
    start = record.starts_at
    weekday = _pick(_WEEKDAYS[start.weekday()], record.lang)
    if record.ends_at is not None:
        span = word("from_to", record.lang, start=clock(start), end=clock(record.ends_at))
    else:
        span = word("at", record.lang, start=clock(start))
    return f"{weekday} {labels.gregorian(start.date())} {span}"
