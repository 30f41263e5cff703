"""The seed set's ground: areas, organisations, people, sectors, centres and posts.

Everything here comes from seeds 000 and 001: the Maysan command and its sections, the
commission offices, brigade 38, the Dhi Qar directorate with its six sections and supporting
services, the named officials with their real titles, and the 22 registration centres
(ten in Amarah, the rest across the districts and sub-districts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import select

from desktop.demo.loader import Loader, existing
from desktop.demo.names import Namer
from desktop.demo.places import (
    DHI_QAR,
    DHI_QAR_SECTIONS,
    MAYSAN,
    MAYSAN_SECTIONS,
    MAYSAN_SECTIONS_EN,
    Place,
)
from desktop.demo.ranks import GUARD_RANKS, OFFICER_RANKS, ensure_ranks, weighted_ranks
from desktop.models import (
    AdministrativeArea,
    AreaLevel,
    Centre,
    CentreKind,
    CentreStatus,
    Organisation,
    OrganisationKind,
    Person,
    Post,
    PostKind,
    RiskLevel,
    Sector,
)
from desktop.text.arabic import normalise

K = OrganisationKind


@dataclass
class World:
    """What the later steps of the seed set need to refer to."""

    ranks: dict[str, int] = field(default_factory=dict)
    rank_names: dict[int, str] = field(default_factory=dict)
    areas: dict[str, AdministrativeArea] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)  # the named ones, by a short key
    officers: dict[str, list[Person]] = field(default_factory=dict)  # rank and file per unit
    sectors: dict[str, Sector] = field(default_factory=dict)
    maysan_centres: list[Centre] = field(default_factory=list)
    dhi_qar_centres: list[Centre] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    # The commission's facts of each centre for its election (risk, stations, voters, status),
    # kept apart from the centre as the program keeps them (ElectionCentre).
    facts: dict[str, dict[str, object]] = field(default_factory=dict)  # by centre code
    section_directors: list[Person] = field(default_factory=list)


def build_ground(loader: Loader, world: World) -> None:
    world.ranks = ensure_ranks(loader)
    world.rank_names = {v: k for k, v in world.ranks.items()}
    loader.step("Ranks")
    _areas(loader, world)
    loader.step("Administrative areas")
    _organisations(loader, world)
    loader.step("Organisations")
    people = _People(loader, world)
    _named_people(loader, world, people)
    _rank_and_file(loader, world, people)
    loader.step("People")
    _sectors(loader, world)
    _centres(loader, world, people.namer)
    _posts(loader, world)
    loader.step("Centres and posts")


def _areas(loader: Loader, world: World) -> None:
    taken = existing(loader.session, AdministrativeArea.code, _all_codes())

    def add(place: Place, level: AreaLevel, parent: AdministrativeArea | None) -> None:
        area = loader.add("areas", AdministrativeArea(
            level=level, name_ar=place.name_ar, name_en=place.name_en, parent=parent,
            code=None if place.code in taken else place.code))
        world.areas[place.name_ar] = area
        for sub in place.subdistricts:
            add(sub, AreaLevel.DISTRICT if level is AreaLevel.GOVERNORATE
                else AreaLevel.SUBDISTRICT, area)
        loader.session.flush()

    add(MAYSAN, AreaLevel.GOVERNORATE, None)
    add(DHI_QAR, AreaLevel.GOVERNORATE, None)


def _all_codes() -> list[str]:
    return [p.code for root in (MAYSAN, DHI_QAR)
            for d in root.subdistricts for p in (root, d, *d.subdistricts)]


def _org(loader: Loader, world: World, key: str, name_ar: str, kind: OrganisationKind,
         parent: str | None = None, name_en: str | None = None, short: str | None = None,
         area: str | None = None) -> Organisation:
    org = loader.add("organisations", Organisation(
        kind=kind, name_ar=name_ar, name_en=name_en, short_name=short,
        parent=world.orgs[parent] if parent else None,
        area=world.areas[area] if area else None))
    loader.session.flush()
    world.orgs[key] = org
    return org


def _organisations(loader: Loader, world: World) -> None:
    o = partial(_org, loader, world)
    o("moi", "وزارة الداخلية", K.MINISTRY, name_en="Ministry of Interior")
    o("maysan", "قيادة شرطة ميسان", K.COMMAND, "moi", "Maysan Police Command",
      "ق ش ميسان", "ميسان")
    o("maysan_ops", "غرفة عمليات قيادة شرطة ميسان", K.DIVISION, "maysan",
      "Maysan Police Command Operations Room", "غرفة العمليات", "ميسان")
    for index, (district, name, name_en) in enumerate(
            zip(MAYSAN.subdistricts, MAYSAN_SECTIONS, MAYSAN_SECTIONS_EN, strict=True)):
        o(f"ms{index}", name, K.SECTION, "maysan", name_en, area=district.name_ar)
        for sub in district.subdistricts:
            o(f"ms{index}:{sub.name_ar}", f"شعبة شرطة {sub.name_ar}", K.DIVISION, f"ms{index}",
              f"{sub.name_en} Police Division", area=sub.name_ar)
    o("maysan_k9", "شعبة الكلاب البوليسية في ميسان", K.DIVISION, "maysan", "Maysan K9 Division")
    o("dhiqar", "المديرية العامة لشرطة محافظة ذي قار", K.DIRECTORATE, "moi",
      "Dhi Qar Police General Directorate", "م ع ش ذي قار", "ذي قار")
    for index, (name, name_en, district) in enumerate(DHI_QAR_SECTIONS):
        o(f"dq{index}", name, K.SECTION, "dhiqar", name_en, area=district)
    o("dq_ops", "غرفة عمليات شرطة ذي قار", K.DIVISION, "dhiqar", "Dhi Qar Police Operations Room")
    o("dq_coord", "مديرية التنسيق المشترك", K.OTHER, "dhiqar", "Joint Coordination Directorate")
    o("dq_cd", "مديرية الدفاع المدني في ذي قار", K.CIVIL_DEFENCE, "dhiqar",
      "Dhi Qar Civil Defence Directorate", area="ذي قار")
    o("dq_traffic", "مديرية مرور ذي قار", K.TRAFFIC, "dhiqar", "Dhi Qar Traffic Directorate",
      area="ذي قار")
    o("dq_fps", "مديرية حماية المنشآت الحيوية", K.OTHER, "dhiqar",
      "Facilities Protection Directorate")
    o("dq_intel", "المعلومات الوطنية في ذي قار", K.INTELLIGENCE, "dhiqar",
      "National Intelligence, Dhi Qar")
    o("dq_internal", "مديرية الشؤون الداخلية والأمن", K.OTHER, "dhiqar",
      "Internal Affairs and Security Directorate")
    o("dq_eod", "فرق مكافحة المتفجرات", K.OTHER, "dhiqar", "Explosive Ordnance Disposal Teams")
    o("dq_k9", "شعبة الكلاب البوليسية", K.DIVISION, "dhiqar", "K9 Division")
    o("ig", "مكتب المفتش العام في ذي قار", K.OTHER, "moi", "Inspector General's Office, Dhi Qar")
    o("ihec", "المفوضية العليا المستقلة للانتخابات", K.COMMISSION_OFFICE,
      name_en="Independent High Electoral Commission", short="المفوضية")
    o("ihec_maysan", "مكتب مفوضية الانتخابات في ميسان", K.COMMISSION_OFFICE, "ihec",
      "IHEC Maysan Office", area="ميسان")
    o("ihec_dhiqar", "مكتب مفوضية ذي قار", K.COMMISSION_OFFICE, "ihec", "IHEC Dhi Qar Office",
      area="ذي قار")
    o("mod", "وزارة الدفاع", K.MINISTRY, name_en="Ministry of Defence")
    o("army", "الجيش العراقي", K.ARMY_UNIT, "mod", "Iraqi Army")
    o("bde38", "اللواء 38", K.ARMY_UNIT, "army", "38th Brigade", "ل 38", "ميسان")
    o("mnf", "قوات متعددة الجنسيات", K.INTERNATIONAL_FORCE, name_en="Multi-National Forces",
      short="MNF")


def _root(org: Organisation) -> Organisation:
    while org.parent is not None:
        org = org.parent
    return org


class _People:
    """Makes people with unique service numbers per force and a filled search key."""

    def __init__(self, loader: Loader, world: World) -> None:
        self.loader, self.world = loader, world
        self.namer = Namer(loader.rng)
        self._numbers: dict[int, set[str]] = {}

    def service_number(self, force: Organisation) -> str:
        used = self._numbers.setdefault(force.id, set())
        while True:
            number = str(self.loader.rng.randrange(100_000, 999_999))
            if number not in used:
                used.add(number)
                return number

    def make(self, org_key: str, rank: str | None, *, name: str | None = None,
             position: str | None = None, honorific: str | None = None,
             staff: bool = False, latin: str | None = None, numbered: bool = True) -> Person:
        org = self.world.orgs[org_key]
        force = _root(org)
        person = Person(
            full_name_ar=name or self.namer.full_name(), name_latin=latin, honorific=honorific,
            rank_id=self.world.ranks[rank] if rank else None, staff_qualified=staff,
            position_title=position, organisation_id=org.id, force_id=force.id,
            service_number=self.service_number(force) if numbered else None,
            phone=self.namer.phone(),
        )
        person.search_key = normalise(" ".join(p for p in (
            person.full_name_ar, latin, honorific, rank, person.service_number, position,
            org.name_ar, org.short_name) if p))[:800]
        return self.loader.add("people", person)


def _named_people(loader: Loader, world: World, p: _People) -> None:
    named = world.people
    named["harbiya"] = p.make("maysan", "عميد", name="سعد علي حربيه", staff=True,
                              position="قائد شرطة ميسان")
    named["kadhim"] = p.make("ihec_maysan", None, name="جعفر كاظم", honorific="الدكتور",
                             position="مدير مكتب مفوضية الانتخابات في ميسان", numbered=False)
    named["fatlawi"] = p.make("dhiqar", "لواء", name="صباح سعيد محسن الفتلاوي", staff=True,
                              position="مدير عام شرطة محافظة ذي قار")
    named["alaa"] = p.make("ihec_dhiqar", None, name="علاء", honorific="الحاج",
                           position="مدير عام مكتب المفوضية في ذي قار", numbered=False)
    named["kalivan"] = p.make("mnf", "مقدم", name="كاليفان", latin="Lt Col Kalivan",
                              position="رئيس وفد قوات متعددة الجنسيات", numbered=False)
    named["bde38"] = p.make("bde38", "عقيد", staff=True, position="ممثل اللواء 38")
    named["army_dq"] = p.make("army", "مقدم", position="ممثل الجيش العراقي في ذي قار")
    named["ops_maysan"] = p.make("maysan_ops", "عقيد", position="مدير غرفة العمليات")
    for index, district in enumerate(MAYSAN.subdistricts):
        director = p.make(f"ms{index}", loader.rng.choice(("عقيد", "مقدم")),
                          position=f"مدير {MAYSAN_SECTIONS[index]}")
        named[f"ms{index}"] = director
        world.section_directors.append(director)
        for sub in district.subdistricts:
            named[f"ms{index}:{sub.name_ar}"] = p.make(
                f"ms{index}:{sub.name_ar}", loader.rng.choice(("مقدم", "رائد")),
                position=f"مدير شعبة شرطة {sub.name_ar}")
    for index, (name, _, _) in enumerate(DHI_QAR_SECTIONS):
        named[f"dq{index}"] = p.make(f"dq{index}", loader.rng.choice(("عميد", "عقيد")),
                                     position=f"مدير {name}")
    for key, title in (("crim", "معاون المدير العام للشؤون الجنائية"),
                       ("moves", "معاون المدير العام للحركات"),
                       ("regiments", "معاون المدير العام لشؤون الأفواج")):
        named[key] = p.make("dhiqar", "عميد", position=title, staff=key == "moves")
    for key, rank, title in (
            ("dq_coord", "عقيد", "مدير التنسيق المشترك"),
            ("dq_cd", "عميد", "مدير الدفاع المدني في ذي قار"),
            ("dq_traffic", "عقيد", "مدير مرور ذي قار"),
            ("dq_fps", "عقيد", "مدير حماية المنشآت الحيوية"),
            ("dq_intel", None, "مدير المعلومات الوطنية في ذي قار"),
            ("dq_internal", "عقيد", "مدير الشؤون الداخلية والأمن"),
            ("dq_eod", "رائد", "آمر فرق مكافحة المتفجرات"),
            ("dq_k9", "نقيب", "مدير شعبة الكلاب البوليسية"),
            ("ig", None, "مدير مكتب المفتش العام في ذي قار")):
        named[key] = p.make(key, rank, position=title, numbered=rank is not None)
    loader.session.flush()


def _rank_and_file(loader: Loader, world: World, p: _People) -> None:
    names, weights = weighted_ranks()
    plan = [(f"ms{i}", 90 if i == 0 else 40) for i in range(len(MAYSAN.subdistricts))]
    plan += [("maysan", 30), ("maysan_ops", 10)]
    plan += [(f"dq{i}", 36 if i in (2, 3) else 26) for i in range(len(DHI_QAR_SECTIONS))]
    for unit, count in plan:
        staff = world.officers.setdefault(unit, [])
        # Every unit has officers to command a centre and men to guard it.
        for _ in range(max(3, count // 6)):
            staff.append(p.make(unit, loader.rng.choice(OFFICER_RANKS),
                                position="ضابط في " + world.orgs[unit].name_ar))
        while len(staff) < count:
            rank = loader.rng.choices(names, weights)[0]
            if rank in ("لواء", "عميد"):
                rank = loader.rng.choice(GUARD_RANKS)
            position = "منتسب" if rank in GUARD_RANKS else "ضابط في " + world.orgs[unit].name_ar
            staff.append(p.make(unit, rank, position=position))
    loader.session.flush()


def _sectors(loader: Loader, world: World) -> None:
    for index, district in enumerate(MAYSAN.subdistricts):
        sector = loader.add("sectors", Sector(
            name=f"قاطع {MAYSAN_SECTIONS[index].removeprefix('قسم ')}",
            organisation=world.orgs[f"ms{index}"],
            areas=[world.areas[district.name_ar]]
            + [world.areas[s.name_ar] for s in district.subdistricts]))
        world.sectors[district.name_ar] = sector
    for index, (name, _, district) in enumerate(DHI_QAR_SECTIONS):
        sector = loader.add("sectors", Sector(
            name=f"قاطع {name.removeprefix('قسم ')}", organisation=world.orgs[f"dq{index}"],
            areas=[world.areas[district]]))
        world.sectors.setdefault(district, sector)
        world.sectors[name] = sector
    loader.session.flush()


# Ten registration centres in Amarah; the other twelve across the districts and sub-districts.
_MAYSAN_SPREAD = (
    ("العمارة", 10), ("كميت", 1), ("المشرح", 1), ("الميمونة", 2), ("السلام", 1),
    ("المجر الكبير", 2), ("العدل", 1), ("قلعة صالح", 1), ("العزير", 1), ("علي الغربي", 1),
    ("الكحلاء", 1),
)
_RISKS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL)


def _district_of(place: str, root: Place) -> Place:
    for district in root.subdistricts:
        if place == district.name_ar or any(s.name_ar == place for s in district.subdistricts):
            return district
    raise KeyError(place)


def _place(name: str, root: Place) -> Place:
    for district in root.subdistricts:
        for candidate in (district, *district.subdistricts):
            if candidate.name_ar == name:
                return candidate
    raise KeyError(name)


def _centre(loader: Loader, code: str) -> Centre:
    return loader.session.scalars(select(Centre).where(Centre.code == code)).one()


def _centres(loader: Loader, world: World, namer: Namer) -> None:
    rng = loader.rng
    number = 101
    taken = existing(loader.session, Centre.code, [f"MS-{101 + i}" for i in range(22)]
                     + [f"DQ-{201 + i}" for i in range(12)])
    for place_name, count in _MAYSAN_SPREAD:
        place = _place(place_name, MAYSAN)
        district = _district_of(place_name, MAYSAN)
        for _ in range(count):
            code = f"MS-{number}"
            number += 1
            if code in taken:  # a forced load guards the centres already registered
                world.maysan_centres.append(_centre(loader, code))
                continue
            stations = rng.randint(3, 8) if place_name == "العمارة" else rng.randint(2, 5)
            risk = rng.choices(_RISKS, (3, 5, 3, 1) if place_name == "العمارة" else (4, 4, 2, 1))[0]
            world.maysan_centres.append(loader.add("centres", Centre(
                code=code, kind=CentreKind.REGISTRATION, name=namer.school(),
                area=world.areas[place_name], sector=world.sectors[district.name_ar],
                address=f"{place_name} - {namer.street()}",
                latitude=round(place.lat + rng.uniform(-0.018, 0.018), 5),
                longitude=round(place.lon + rng.uniform(-0.018, 0.018), 5))))
            world.facts[code] = {
                "stations": stations, "voters": stations * rng.randint(420, 560), "risk": risk,
                "status": rng.choices((CentreStatus.OPEN, CentreStatus.PLANNED), (5, 1))[0]}
    spread = (("الناصرية", 4), ("البطحاء", 1), ("الرفاعي", 2), ("قلعة سكر", 1), ("الشطرة", 1),
              ("الغراف", 1), ("سوق الشيوخ", 1), ("الجبايش", 1))
    number = 201
    nasiriyah = [world.sectors["قسم شرطة البلدة"], world.sectors["قسم شرطة القضاء"]]
    for place_name, count in spread:
        place = _place(place_name, DHI_QAR)
        district = _district_of(place_name, DHI_QAR)
        for i in range(count):
            code = f"DQ-{number}"
            number += 1
            if code in taken:
                world.dhi_qar_centres.append(_centre(loader, code))
                continue
            sector = (nasiriyah[i % 2] if district.name_ar == "الناصرية"
                      else world.sectors[district.name_ar])
            stations = rng.randint(4, 10)
            world.dhi_qar_centres.append(loader.add("centres", Centre(
                code=code, kind=CentreKind.POLLING, name=namer.school(),
                area=world.areas[place_name], sector=sector,
                address=f"{place_name} - {namer.street()}",
                latitude=round(place.lat + rng.uniform(-0.015, 0.015), 5),
                longitude=round(place.lon + rng.uniform(-0.015, 0.015), 5))))
            world.facts[code] = {
                "stations": stations, "voters": stations * rng.randint(380, 520),
                "risk": rng.choices(_RISKS, (2, 5, 3, 1))[0], "status": CentreStatus.OPEN}
    loader.session.flush()


def _posts(loader: Loader, world: World) -> None:
    rng = loader.rng
    rows: list[tuple[PostKind, str, str]] = [
        (PostKind.CHECKPOINT, "سيطرة المدخل الشمالي لمدينة العمارة", "العمارة"),
        (PostKind.CHECKPOINT, "سيطرة المدخل الجنوبي لمدينة العمارة", "العمارة"),
        (PostKind.CHECKPOINT, "سيطرة مخرج العمارة - طريق الكحلاء", "العمارة"),
        (PostKind.CHECKPOINT, "سيطرة مدخل الميمونة", "الميمونة"),
        (PostKind.CHECKPOINT, "سيطرة مدخل المجر الكبير", "المجر الكبير"),
        (PostKind.CHECKPOINT, "سيطرة مدخل قلعة صالح", "قلعة صالح"),
        (PostKind.CHECKPOINT, "سيطرة مدخل علي الغربي", "علي الغربي"),
        (PostKind.CHECKPOINT, "سيطرة مدخل الكحلاء", "الكحلاء"),
        (PostKind.PATROL_BASE, "قاعدة دوريات القاطع الشمالي", "العمارة"),
        (PostKind.PATROL_BASE, "قاعدة دوريات القاطع الجنوبي", "المجر الكبير"),
        (PostKind.RAPID_RESPONSE, "قوة الاستجابة السريعة - العمارة", "العمارة"),
        (PostKind.RAPID_RESPONSE, "قوة الاستجابة السريعة - قلعة صالح", "قلعة صالح"),
        (PostKind.CHECKPOINT, "سيطرة مدخل الناصرية الشمالي", "الناصرية"),
        (PostKind.CHECKPOINT, "سيطرة مدخل الرفاعي", "الرفاعي"),
        (PostKind.CHECKPOINT, "سيطرة مدخل الشطرة", "الشطرة"),
        (PostKind.RAPID_RESPONSE, "قوة الاستجابة السريعة - الناصرية", "الناصرية"),
    ]
    for kind, name, place_name in rows:
        root = MAYSAN if any(place_name == d.name_ar for d in MAYSAN.subdistricts) else DHI_QAR
        place = _place(place_name, root)
        on_edge = kind is PostKind.CHECKPOINT
        spread = 0.04 if on_edge else 0.01
        world.posts.append(loader.add("posts", Post(
            kind=kind, name=name, area=world.areas[place_name],
            sector=world.sectors[place_name],
            latitude=round(place.lat + rng.uniform(-spread, spread), 5),
            longitude=round(place.lon + rng.uniform(-spread, spread), 5))))
    loader.session.flush()

