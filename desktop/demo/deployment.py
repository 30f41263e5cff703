"""The seed set on the ground: elections, vehicles, detachments, shifts and assignments.

Maysan guards its 22 registration centres for the provincial council elections; Dhi Qar its
polling centres for the parliamentary election of 7 March 2010. Every centre gets a named
commander and guards in every shift; checkpoints and rapid-response posts are manned too.
Nobody and no vehicle is in two places in one shift, and no vehicle in maintenance or out of
service is sent out: the demo keeps the rules the assignment service keeps.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import update

from desktop.demo.loader import STAMP, Loader, existing
from desktop.demo.maysan import World
from desktop.demo.places import DHI_QAR_SECTIONS, MAYSAN
from desktop.demo.ranks import GUARD_RANKS, OFFICER_RANKS
from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    Election,
    ElectionCentre,
    ElectionKind,
    ElectionPhase,
    Incident,
    IncidentKind,
    IncidentStatus,
    Person,
    PhaseKind,
    Post,
    PostKind,
    ReadinessChange,
    ReadinessLevel,
    Severity,
    Shift,
    Unavailability,
    UnavailabilityKind,
    Vehicle,
    VehicleKind,
    VehicleStatus,
)
from desktop.services import duty
from desktop.services.duty import span
from desktop.services.duty_rules import DEFAULT_REST

P = PhaseKind
FIRST, SECOND, THIRD = "الوجبة الأولى", "الوجبة الثانية", "الوجبة الثالثة"
_ROADWORTHY = (VehicleStatus.AVAILABLE, VehicleStatus.IN_SERVICE)  # what assign() sends out


def build_elections(loader: Loader) -> tuple[Election, Election]:
    provincial = loader.add("elections", Election(
        name="انتخابات مجالس المحافظات 2009 - ميسان", name_en="Provincial council elections 2009",
        kind=ElectionKind.PROVINCIAL_COUNCILS, polling_date=date(2009, 1, 31),
        special_voting_date=date(2009, 1, 28),
        notes="خطة حماية مراكز تسجيل الناخبين (22 مركزاً) في محافظة ميسان"))
    parliamentary = loader.add("elections", Election(
        name="الانتخابات البرلمانية 2010", name_en="Parliamentary election 2010",
        kind=ElectionKind.PARLIAMENTARY, polling_date=date(2010, 3, 7),
        special_voting_date=date(2010, 3, 4),
        notes="21 كياناً سياسياً و7 كيانات من الطائفة المسيحية في الاستمارة الواحدة"))
    for election, phases in (
        (provincial, ((P.BEFORE, date(2008, 7, 1), date(2009, 1, 27)),
                      (P.SPECIAL_VOTING, date(2009, 1, 28), date(2009, 1, 30)),
                      (P.POLLING_DAY, date(2009, 1, 31), date(2009, 1, 31)),
                      (P.AFTER, date(2009, 2, 1), date(2009, 2, 15)))),
        (parliamentary, ((P.BEFORE, date(2010, 2, 1), date(2010, 3, 3)),
                         (P.SPECIAL_VOTING, date(2010, 3, 4), date(2010, 3, 6)),
                         (P.POLLING_DAY, date(2010, 3, 7), date(2010, 3, 7)),
                         (P.AFTER, date(2010, 3, 8), date(2010, 3, 21)))),
    ):
        for kind, starts, ends in phases:
            loader.add("election_phases", ElectionPhase(
                election=election, kind=kind, starts_on=starts, ends_on=ends))
    loader.session.flush()
    for election, changes in (
        (provincial, ((ReadinessLevel.NORMAL, datetime(2008, 7, 1, 8)),
                      (ReadinessLevel.RAISED, datetime(2009, 1, 15, 8)),
                      (ReadinessLevel.MAXIMUM, datetime(2009, 1, 27, 20)))),
        (parliamentary, ((ReadinessLevel.NORMAL, datetime(2010, 2, 1, 8)),
                         (ReadinessLevel.RAISED, datetime(2010, 2, 20, 8)),
                         (ReadinessLevel.MAXIMUM, datetime(2010, 3, 3, 20)))),
    ):
        for level, at in changes:
            loader.add("readiness_changes", ReadinessChange(
                election_id=election.id, level=level, changed_at=at,
                ordered_by="قائد شرطة ميسان" if election is provincial
                else "مدير عام شرطة محافظة ذي قار",
                note="رفع درجة الاستعداد إلى أقصى مستوى خلال الفترة التي تسبق الانتخابات "
                     "ويوم الاقتراع" if level is ReadinessLevel.MAXIMUM else None))
    loader.step("Elections")
    return provincial, parliamentary


def _shifts(loader: Loader, election: Election,
            plan: tuple[tuple[PhaseKind, date, str, time, time], ...]) -> list[Shift]:
    shifts = [loader.add("shifts", Shift(election=election, phase=phase, on_date=day,
                                         label=label, starts_at=start, ends_at=end))
              for phase, day, label, start, end in plan]
    loader.session.flush()
    return shifts


def _vehicles(loader: Loader, world: World) -> dict[str, list[Vehicle]]:
    rng = loader.rng
    plan = [(f"ms{i}", "ميسان", 6 if i == 0 else 4) for i in range(6)]
    plan += [("maysan", "ميسان", 6), ("maysan_ops", "ميسان", 2)]
    plan += [(f"dq{i}", "ذي قار", 3) for i in range(6)]
    plan += [("dq_cd", "ذي قار", 2), ("dq_eod", "ذي قار", 1)]
    wanted: list[tuple[str, str, str]] = []
    numbers: set[int] = set()
    for unit, province, count in plan:
        for _ in range(count):
            number = rng.randrange(10_000, 99_999)
            while number in numbers:
                number = rng.randrange(10_000, 99_999)
            numbers.add(number)
            wanted.append((unit, province, f"{province} {number} حكومي"))
    taken = existing(loader.session, Vehicle.plate, [w[2] for w in wanted])
    fleet: dict[str, list[Vehicle]] = {}
    for unit, _, plate in wanted:
        if plate in taken:
            continue
        if unit == "dq_cd":
            kind = rng.choice((VehicleKind.FIRE_ENGINE, VehicleKind.AMBULANCE))
        elif unit == "dq_eod":
            kind = VehicleKind.ARMOURED
        else:
            kind = rng.choices((VehicleKind.PICKUP, VehicleKind.SEDAN, VehicleKind.ARMOURED,
                                VehicleKind.BUS), (6, 2, 2, 1))[0]
        status = rng.choices((VehicleStatus.AVAILABLE, VehicleStatus.IN_SERVICE,
                              VehicleStatus.MAINTENANCE), (6, 3, 1))[0]
        fleet.setdefault(unit, []).append(loader.add("vehicles", Vehicle(
            plate=plate, kind=kind, organisation=world.orgs[unit], status=status)))
    loader.session.flush()
    return fleet


def _detachments(loader: Loader, world: World) -> list[Detachment]:
    """Rapid-response and materials-escort teams, taken out of the guards' pool."""
    teams = (("مفرزة الاستجابة السريعة الأولى", "ms0"),
             ("مفرزة الاستجابة السريعة الثانية", "ms3"),
             ("مفرزة حماية المواد الانتخابية", "maysan"),
             ("مفرزة الاستجابة السريعة - الناصرية", "dq2"),
             ("مفرزة الاستجابة السريعة الاحتياطية - الرفاعي", "dq1"))
    result = []
    for name, unit in teams:
        pool = world.officers[unit]
        leader, *members = pool[:1] + pool[-4:]
        del pool[-4:]
        pool.remove(leader)
        result.append(loader.add("detachments", Detachment(
            name=name, organisation=world.orgs[unit], leader=leader,
            members=[leader, *members],
            notes="تتحرك بأمر غرفة العمليات إلى أي مركز يتعرض لطارئ")))
    loader.session.flush()
    return result


class Rota:
    """Who is on duty when, across every shift built so far, so that a roster keeps the rules
    ``check_assignment`` keeps: nobody twice in one shift, nobody back on duty before the
    room's least rest (``duty_rules.DEFAULT_REST``) has passed, nobody on duty while
    unavailable; a detachment rests as its people do. Shifts are built in the order of their
    hours, so the end of a person's last duty is all there is to compare."""

    def __init__(self) -> None:
        self.rested_at: dict[tuple[str, int], datetime] = {}
        self.away: dict[int, list[tuple[datetime, datetime]]] = {}

    def free(self, kind: str, key: int, hours: tuple[datetime, datetime]) -> bool:
        rested = self.rested_at.get((kind, key))
        if rested is not None and rested > hours[0]:
            return False
        return not any(a < hours[1] and hours[0] < b for a, b in self.away.get(key, ()))

    def book(self, kind: str, key: int, hours: tuple[datetime, datetime]) -> None:
        self.rested_at[(kind, key)] = hours[1] + DEFAULT_REST


class _Roster:
    """Fills one shift: a commander and guards at each centre, men at each post, from those
    the rota finds free; a commander is of an officer's rank, a guard of a guard's."""

    def __init__(self, loader: Loader, world: World, shift: Shift,
                 vehicles: dict[str, list[Vehicle]], rota: Rota) -> None:
        self.loader, self.world, self.shift, self.rota = loader, world, shift, rota
        self.hours = span(shift)
        self.free_vehicles = {unit: [v for v in fleet if v.status in _ROADWORTHY]
                              for unit, fleet in vehicles.items()}

    def _take(self, unit: str, officer: bool) -> Person | None:
        pool = self.world.officers[unit]
        ranks = self.world.rank_names
        wanted = OFFICER_RANKS if officer else GUARD_RANKS
        start = self.loader.rng.randrange(len(pool))
        for person in pool[start:] + pool[:start]:
            if ranks.get(person.rank_id or 0) in wanted and self.rota.free(
                    "person", person.id, self.hours):
                self.rota.book("person", person.id, self.hours)
                return person
        return None

    def _assign(self, person: Person | None, role: AssignmentRole, *, centre: Centre | None = None,
                post_id: int | None = None, vehicle: Vehicle | None = None) -> None:
        if person is None:
            return
        self.loader.add("assignments", Assignment(
            shift_id=self.shift.id, centre_id=centre.id if centre else None, post_id=post_id,
            person_id=person.id, vehicle_id=vehicle.id if vehicle else None, role=role))

    def centre(self, centre: Centre, unit: str, risk: str) -> None:
        vehicles = self.free_vehicles.get(unit, [])
        vehicle = vehicles.pop() if vehicles and risk in ("high", "critical") else None
        guards = _GUARDS[risk]
        self._assign(self._take(unit, True), AssignmentRole.CENTRE_COMMANDER, centre=centre,
                     vehicle=vehicle)
        for _ in range(guards):
            self._assign(self._take(unit, False), AssignmentRole.GUARD, centre=centre)

    def post(self, post_id: int, unit: str, role: AssignmentRole, men: int) -> None:
        for _ in range(men):
            self._assign(self._take(unit, False), role, post_id=post_id)

    def detachment(self, detachment: Detachment, post_id: int, unit: str) -> None:
        crew = [p.id for p in duty.crew(detachment)]
        if not self.rota.free("detachment", detachment.id, self.hours) or not all(
                self.rota.free("person", p, self.hours) for p in crew):
            return  # still resting from its last duty: the post waits for the proposal
        self.rota.book("detachment", detachment.id, self.hours)
        for person_id in crew:
            self.rota.book("person", person_id, self.hours)
        vehicles = self.free_vehicles.get(unit, [])
        self.loader.add("assignments", Assignment(
            shift_id=self.shift.id, post_id=post_id, detachment_id=detachment.id,
            vehicle_id=vehicles.pop().id if vehicles else None,
            role=AssignmentRole.RAPID_RESPONSE))


_GUARDS = {"low": 2, "medium": 3, "high": 4, "critical": 5}


def _section_of(world: World, site: Centre | Post) -> str:
    for key, org in world.orgs.items():
        if site.sector is not None and site.sector.organisation_id == org.id:
            return key
    return "maysan"


def build_deployment(loader: Loader, world: World, provincial: Election,
                     parliamentary: Election) -> None:
    for election, centres in ((provincial, world.maysan_centres),
                              (parliamentary, world.dhi_qar_centres)):
        for centre in centres:
            if centre.code in world.facts:  # a forced load keeps the centres it found as they are
                loader.add("election_centres", ElectionCentre(
                    election=election, centre=centre, **world.facts[centre.code]))
    fleet = _vehicles(loader, world)
    teams = _detachments(loader, world)
    _home_sectors(loader, world)
    rota = Rota()
    _unavailable(loader, world, rota)
    loader.step("Vehicles and detachments")
    maysan_shifts = _shifts(loader, provincial, (
        (P.BEFORE, date(2009, 1, 27), FIRST, time(8), time(20)),
        (P.SPECIAL_VOTING, date(2009, 1, 28), FIRST, time(6), time(18)),
        (P.POLLING_DAY, date(2009, 1, 31), FIRST, time(6), time(14)),
        (P.POLLING_DAY, date(2009, 1, 31), SECOND, time(14), time(22)),
        (P.POLLING_DAY, date(2009, 1, 31), THIRD, time(22), time(6)),
        (P.AFTER, date(2009, 2, 1), FIRST, time(8), time(20)),
    ))
    dhi_qar_shifts = _shifts(loader, parliamentary, (
        (P.SPECIAL_VOTING, date(2010, 3, 4), FIRST, time(6), time(18)),
        (P.POLLING_DAY, date(2010, 3, 7), FIRST, time(6), time(14)),
        (P.POLLING_DAY, date(2010, 3, 7), SECOND, time(14), time(22)),
        (P.AFTER, date(2010, 3, 8), FIRST, time(8), time(20)),
    ))
    maysan_posts = [p for p in world.posts if p.area and p.area.parent
                    and p.area.parent.name_ar == "ميسان"]
    dhi_qar_posts = [p for p in world.posts if p not in maysan_posts]
    # Planned shortfalls: centres whose guard was not yet named when the roster was drawn up
    # (the board shows them empty, and the proposal fills them); the reserve detachment of
    # Dhi Qar is on no roster.
    unplanned = {maysan_shifts[3].id: {3, 15}, dhi_qar_shifts[1].id: {6}}
    for shifts, centres, posts, fallback, team_list in (
        (maysan_shifts, world.maysan_centres, maysan_posts, "maysan", teams[:3]),
        (dhi_qar_shifts, world.dhi_qar_centres, dhi_qar_posts, "dhiqar", teams[3:4]),
    ):
        for shift in shifts:
            roster = _Roster(loader, world, shift, fleet, rota)
            for index, centre in enumerate(centres):
                if index in unplanned.get(shift.id, ()):
                    continue
                risk = str(world.facts.get(centre.code, {}).get("risk", "medium"))
                roster.centre(centre, _section_of(world, centre), risk)
            rapid = [p for p in posts if p.kind is PostKind.RAPID_RESPONSE]
            for post in posts:
                unit = _section_of(world, post) if post.sector else fallback
                if post.kind is PostKind.CHECKPOINT:
                    roster.post(post.id, unit, AssignmentRole.CHECKPOINT, 3)
                elif post.kind is PostKind.PATROL_BASE:
                    roster.post(post.id, unit, AssignmentRole.PATROL, 2)
            for team, post in zip(team_list, rapid, strict=False):
                roster.detachment(team, post.id, fallback)
            loader.session.flush()
    loader.step("Shifts and assignments")


def _home_sectors(loader: Loader, world: World) -> None:
    """Most of a section's men serve in its own sector; some (new postings, the command's own
    men) have none recorded."""
    homes = {f"ms{i}": world.sectors[d.name_ar] for i, d in enumerate(MAYSAN.subdistricts)}
    homes |= {f"dq{i}": world.sectors[name] for i, (name, _, _) in enumerate(DHI_QAR_SECTIONS)}
    for unit, people in world.officers.items():
        chosen = [p.id for p in people if unit in homes and loader.rng.random() < 0.85]
        if chosen:  # the people as first written: their version and the demo's fixed moment
            loader.session.execute(update(Person.__table__).where(
                Person.__table__.c.id.in_(chosen)).values(
                home_sector_id=homes[unit].id, updated_at=STAMP))


# (unit, how many, kind, from, to, reason): leave, sickness and other duties over the days of
# the two elections, which the rosters keep clear of.
_AWAY = (
    ("ms0", 3, UnavailabilityKind.LEAVE, datetime(2009, 1, 30, 8), datetime(2009, 2, 3, 8),
     "إجازة اعتيادية"),
    ("ms3", 1, UnavailabilityKind.SICKNESS, datetime(2009, 1, 29, 0), datetime(2009, 2, 2, 0),
     "إجازة مرضية"),
    ("maysan", 2, UnavailabilityKind.OTHER_DUTY, datetime(2009, 1, 31, 0),
     datetime(2009, 2, 1, 0), "واجب حماية موكب المواد الانتخابية"),
    ("dq2", 2, UnavailabilityKind.LEAVE, datetime(2010, 3, 6, 8), datetime(2010, 3, 9, 8),
     "إجازة اعتيادية"),
    ("dq0", 1, UnavailabilityKind.SICKNESS, datetime(2010, 3, 3, 0), datetime(2010, 3, 8, 0),
     "إجازة مرضية"),
)


def _unavailable(loader: Loader, world: World, rota: Rota) -> None:
    for unit, count, kind, starts, ends, reason in _AWAY:
        for person in loader.rng.sample(world.officers[unit], count):
            loader.add("unavailabilities", Unavailability(
                person_id=person.id, kind=kind, starts_at=starts, ends_at=ends, reason=reason))
            rota.away.setdefault(person.id, []).append((starts, ends))
    loader.session.flush()


def build_incidents(loader: Loader, world: World, provincial: Election,
                    parliamentary: Election) -> None:
    rows = (
        (provincial, world.maysan_centres[2], datetime(2009, 1, 31, 9, 40),
         IncidentKind.POWER_OUTAGE, Severity.LOW,
         "انقطاع التيار الكهربائي عن المركز لمدة نصف ساعة", "تشغيل المولدة الاحتياطية",
         IncidentStatus.CLOSED),
        (provincial, world.maysan_centres[12], datetime(2009, 1, 31, 11, 15),
         IncidentKind.DISTURBANCE, Severity.MEDIUM,
         "تجمهر عدد من المواطنين أمام المركز واحتجاجهم على عدم ورود أسمائهم في سجل الناخبين",
         "تدخل آمر المركز وتنظيم الدخول بالتنسيق مع موظفي المفوضية", IncidentStatus.CLOSED),
        (parliamentary, world.dhi_qar_centres[0], datetime(2010, 3, 7, 7, 5),
         IncidentKind.MATERIAL_SHORTAGE, Severity.MEDIUM,
         "نقص في استمارات الاقتراع في المحطة الثالثة", "إبلاغ مكتب مفوضية ذي قار وتعويض النقص",
         IncidentStatus.CLOSED),
        (parliamentary, world.dhi_qar_centres[5], datetime(2010, 3, 7, 10, 30),
         IncidentKind.EXPLOSIVE_DEVICE, Severity.HIGH,
         "العثور على جسم مشبوه قرب سياج المركز",
         "تطويق المكان واستدعاء فرق مكافحة المتفجرات وتبين أنه جسم غير متفجر",
         IncidentStatus.CLOSED),
        (parliamentary, world.dhi_qar_centres[8], datetime(2010, 3, 7, 13, 50),
         IncidentKind.ELECTORAL_VIOLATION, Severity.LOW,
         "دعاية انتخابية لأحد الكيانات قرب المركز يوم الاقتراع",
         "رفع الملصقات وإبلاغ المفوضية", IncidentStatus.IN_HAND),
    )
    for election, centre, at, kind, severity, text, action, status in rows:
        loader.add("incidents", Incident(
            election_id=election.id, centre_id=centre.id, area_id=centre.area_id,
            occurred_at=at, kind=kind, severity=severity, description=text,
            actions_taken=action, status=status, reporter="آمر المركز"))
    loader.step("Incidents")
