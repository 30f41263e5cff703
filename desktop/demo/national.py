"""A synthetic national set for benchmarks: 18 governorates, ~8,000 centres, 60,000 officers.

Built with bulk inserts (one executemany per batch, ids back through RETURNING) so it loads in
well under a minute on SQLite and works the same on PostgreSQL. ``size`` scales every count,
so tests can build a small copy of the same shape.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select

from desktop.demo.loader import Loader
from desktop.demo.names import Namer
from desktop.demo.offices import build_users
from desktop.demo.places import GOVERNORATES
from desktop.demo.ranks import OFFICER_RANKS, ensure_ranks, weighted_ranks
from desktop.models import (
    AdministrativeArea,
    Assignment,
    Centre,
    Detachment,
    DetachmentMember,
    Election,
    ElectionCentre,
    ElectionPhase,
    Organisation,
    Person,
    Post,
    Sector,
    SectorArea,
    Shift,
    Vehicle,
)
from desktop.text.arabic import normalise

CENTRES, PEOPLE = 8_000, 60_000
_PEOPLE_BATCHES, _ASSIGNMENT_BATCHES = 12, 20
_SIDES = ("المركز", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الأوسط", "الجديد", "القديم",
          "الأول", "الثاني")
_GUARDS = {"low": 4, "medium": 5, "high": 6, "critical": 7}
_RISKS = ("low", "medium", "high", "critical")


class NationalSet:
    steps = 9 + _PEOPLE_BATCHES + _ASSIGNMENT_BATCHES

    def __init__(self, size: float = 1.0) -> None:
        self.size = size

    def build(self, loader: Loader) -> None:
        _National(loader, self.size).build()


class _National:
    def __init__(self, loader: Loader, size: float) -> None:
        self.loader, self.rng = loader, loader.rng
        self.namer = Namer(loader.rng)
        total = sum(g[2] for g in GOVERNORATES)
        self.centre_counts = [max(4, round(CENTRES * size * g[2] / total)) for g in GOVERNORATES]
        self.people_per_centre = PEOPLE / CENTRES
        self.prefix = self._free_prefix()

    def _free_prefix(self) -> str:
        """Codes and plates of a second forced load must not clash with the first one's."""
        run = 1
        while self.loader.session.scalar(
                select(Centre.id).where(Centre.code == f"N{run}-01-00001")) is not None:
            run += 1
        return f"N{run}"

    def build(self) -> None:
        self.ranks = ensure_ranks(self.loader)
        self.loader.step("Ranks")
        self._areas()
        self._organisations()
        self._people()
        self._sites()
        self._election()
        self._fleet()
        self._assignments()
        build_users(self.loader)

    # -- areas and organisations -------------------------------------------------------

    def _areas(self) -> None:
        ins = self.loader.insert_many
        table = AdministrativeArea.__table__
        govs = ins("areas", table, [
            {"level": "governorate", "name_ar": ar, "name_en": en, "parent_id": None}
            for ar, en, *_ in GOVERNORATES], returning=True)
        self.districts: list[list[tuple[int, str]]] = []
        rows, owners = [], []
        for g, (gov_id, (ar, en, *_)) in enumerate(zip(govs, GOVERNORATES, strict=True)):
            count = max(2, min(len(_SIDES), round(self.centre_counts[g] / 60)))
            for d in range(count):
                name = f"{ar} {_SIDES[d]}" if d else f"مركز {ar}"
                rows.append({"level": "district", "name_ar": name, "parent_id": gov_id,
                             "name_en": f"{en} district {d + 1}"})
                owners.append((g, name))
        ids = ins("areas", table, rows, returning=True)
        self.districts = [[] for _ in GOVERNORATES]
        for area_id, (g, name) in zip(ids, owners, strict=True):
            self.districts[g].append((area_id, name))
        subs = [{"level": "subdistrict", "name_ar": f"ناحية {name} {n}",
                 "parent_id": area_id, "name_en": None}
                for district in self.districts for area_id, name in district for n in (1, 2)]
        ins("areas", table, subs)
        self.gov_ids = govs
        self.loader.step("Administrative areas")

    def _organisations(self) -> None:
        ins = self.loader.insert_many
        table = Organisation.__table__

        def org(kind: str, name: str, parent: int | None, area: int | None = None,
                name_en: str | None = None) -> dict[str, Any]:
            return {"kind": kind, "name_ar": name, "parent_id": parent, "area_id": area,
                    "name_en": name_en, "short_name": None, "active": True}

        self.moi, self.ihec = ins("organisations", table, [
            org("ministry", "وزارة الداخلية", None, name_en="Ministry of Interior"),
            org("commission_office", "المفوضية العليا المستقلة للانتخابات", None,
                name_en="Independent High Electoral Commission")], returning=True)
        self.commands = ins("organisations", table, [
            org("command", f"قيادة شرطة {ar}", self.moi, gov, f"{en} Police Command")
            for gov, (ar, en, *_) in zip(self.gov_ids, GOVERNORATES, strict=True)],
            returning=True)
        ins("organisations", table, [
            org("commission_office", f"مكتب مفوضية الانتخابات في {ar}", self.ihec, gov)
            for gov, (ar, *_) in zip(self.gov_ids, GOVERNORATES, strict=True)])
        rows, owners = [], []
        for g, district in enumerate(self.districts):
            for area_id, name in district:
                rows.append(org("section", f"قسم شرطة {name}", self.commands[g], area_id))
                owners.append(g)
        ids = ins("organisations", table, rows, returning=True)
        self.sections: list[list[int]] = [[] for _ in GOVERNORATES]
        for org_id, g in zip(ids, owners, strict=True):
            self.sections[g].append(org_id)
        self.loader.step("Organisations")

    # -- people ------------------------------------------------------------------------

    def _people(self) -> None:
        """Per governorate: an officer for every centre, the rest drawn by rank weights."""
        rng = self.rng
        names, weights = weighted_ranks()
        plan: list[tuple[int, int, str]] = []  # governorate, section, rank
        for g, centres in enumerate(self.centre_counts):
            count = round(centres * self.people_per_centre)
            sections = self.sections[g]
            for i in range(count):
                rank = (rng.choice(OFFICER_RANKS) if i < centres * 1.1
                        else rng.choices(names, weights)[0])
                plan.append((g, sections[i % len(sections)], rank))
        numbers = iter(rng.sample(range(1_000_000, 9_999_999), len(plan)))
        self.officers: list[list[int]] = [[] for _ in GOVERNORATES]
        self.men: list[list[int]] = [[] for _ in GOVERNORATES]
        batch = -(-len(plan) // _PEOPLE_BATCHES)
        for start in range(0, _PEOPLE_BATCHES * batch, batch):
            chunk = plan[start:start + batch]
            rows = []
            for g, section, rank in chunk:
                name = self.namer.full_name()
                number = str(next(numbers))
                position = "ضابط" if rank in OFFICER_RANKS else "منتسب"
                rows.append({
                    "full_name_ar": name, "name_latin": None, "honorific": None,
                    "rank_id": self.ranks[rank], "staff_qualified": False,
                    "position_title": position, "service_number": number,
                    "organisation_id": section, "force_id": self.moi,
                    "phone": self.namer.phone(), "notes": None, "active": True,
                    "search_key": normalise(f"{name} {rank} {number} {position} "
                                            f"{GOVERNORATES[g][0]}"),
                })
            ids = self.loader.insert_many("people", Person.__table__, rows, returning=True)
            for person_id, (g, _, rank) in zip(ids, chunk, strict=True):
                (self.officers if rank in OFFICER_RANKS else self.men)[g].append(person_id)
            self.loader.step("People")

    # -- sites -------------------------------------------------------------------------

    def _sites(self) -> None:
        rng, ins = self.rng, self.loader.insert_many
        sectors = ins("sectors", Sector.__table__, [
            {"name": f"قاطع {name}", "organisation_id": self.sections[g][d], "notes": None}
            for g, district in enumerate(self.districts)
            for d, (_, name) in enumerate(district)], returning=True)
        ins("sector_areas", SectorArea.__table__, [
            {"sector_id": sector, "area_id": area_id} for sector, (area_id, _) in zip(
                sectors, [d for district in self.districts for d in district], strict=True)])
        sector_of = iter(sectors)
        self.district_sectors = [[next(sector_of) for _ in district]
                                 for district in self.districts]
        rows, self.centre_meta, self.centre_facts = [], [], []
        for g, (*_, lat, lon) in enumerate(GOVERNORATES):
            district = self.districts[g]
            for n in range(self.centre_counts[g]):
                d = n % len(district)
                stations = rng.randint(2, 12)
                risk = rng.choices(_RISKS, (4, 5, 3, 1))[0]
                rows.append({
                    "code": f"{self.prefix}-{g + 1:02d}-{n + 1:05d}", "kind": "polling",
                    "name": self.namer.school(), "area_id": district[d][0],
                    "sector_id": self.district_sectors[g][d],
                    "address": f"{district[d][1]} - {self.namer.street()}",
                    "latitude": round(lat + rng.uniform(-0.35, 0.35), 5),
                    "longitude": round(lon + rng.uniform(-0.35, 0.35), 5),
                    "notes": None})
                self.centre_facts.append({"stations": stations, "risk": risk, "status": "open",
                                          "voters": stations * rng.randint(350, 560)})
                self.centre_meta.append((g, risk))
        self.centres = ins("centres", Centre.__table__, rows, returning=True)
        self.loader.step("Centres")
        posts, self.post_meta = [], []
        for g, district in enumerate(self.districts):
            lat, lon = GOVERNORATES[g][3:]
            for d, (area_id, name) in enumerate(district):
                for kind, label in (("checkpoint", "سيطرة مدخل"), ("checkpoint", "سيطرة مخرج")):
                    posts.append({"kind": kind, "name": f"{label} {name}", "area_id": area_id,
                                  "sector_id": self.district_sectors[g][d],
                                  "latitude": round(lat + rng.uniform(-0.4, 0.4), 5),
                                  "longitude": round(lon + rng.uniform(-0.4, 0.4), 5),
                                  "notes": None})
                    self.post_meta.append((g, kind))
            posts.append({"kind": "rapid_response", "area_id": self.gov_ids[g],
                          "name": f"قوة الاستجابة السريعة - {GOVERNORATES[g][0]}",
                          "sector_id": None, "latitude": lat, "longitude": lon, "notes": None})
            self.post_meta.append((g, "rapid_response"))
        self.posts = ins("posts", Post.__table__, posts, returning=True)
        self.loader.step("Posts")

    # -- election, fleet and duty ------------------------------------------------------

    def _election(self) -> None:
        ins = self.loader.insert_many
        (election,) = ins("elections", Election.__table__, [{
            "name": "الانتخابات البرلمانية - مجموعة وطنية تجريبية",
            "name_en": "Parliamentary election (synthetic national set)",
            "kind": "parliamentary", "polling_date": date(2010, 3, 7),
            "special_voting_date": date(2010, 3, 4), "notes": None}], returning=True)
        ins("election_phases", ElectionPhase.__table__, [
            {"election_id": election, "kind": kind, "starts_on": a, "ends_on": b}
            for kind, a, b in (("before", date(2010, 2, 1), date(2010, 3, 3)),
                               ("special_voting", date(2010, 3, 4), date(2010, 3, 6)),
                               ("polling_day", date(2010, 3, 7), date(2010, 3, 7)),
                               ("after", date(2010, 3, 8), date(2010, 3, 21)))])
        ins("election_centres", ElectionCentre.__table__, [
            {"election_id": election, "centre_id": centre} | facts
            for centre, facts in zip(self.centres, self.centre_facts, strict=True)])
        self.shifts = ins("shifts", Shift.__table__, [
            {"election_id": election, "phase": "polling_day", "on_date": date(2010, 3, 7),
             "starts_at": a, "ends_at": b, "label": label}
            for label, a, b in (("الوجبة الأولى", time(6), time(14)),
                                ("الوجبة الثانية", time(14), time(22)))], returning=True)
        self.loader.step("Election and shifts")

    def _fleet(self) -> None:
        rng, ins = self.rng, self.loader.insert_many
        rows, owners = [], []
        run = self.prefix[1:]
        serial = 0
        for g, sections in enumerate(self.sections):
            gov = GOVERNORATES[g][0]
            count = max(len(sections) * 2, self.centre_counts[g] // 3)
            for n in range(count):
                serial += 1
                rows.append({"plate": f"{gov} {run}{serial:05d} حكومي",
                             "kind": rng.choices(("pickup", "sedan", "armoured", "bus"),
                                                 (6, 2, 2, 1))[0],
                             "organisation_id": sections[n % len(sections)],
                             "status": "available", "notes": None})
                owners.append(g)
        ids = ins("vehicles", Vehicle.__table__, rows, returning=True)
        self.vehicles: list[list[int]] = [[] for _ in GOVERNORATES]
        for vehicle_id, g in zip(ids, owners, strict=True):
            self.vehicles[g].append(vehicle_id)
        teams = ins("detachments", Detachment.__table__, [
            {"name": f"مفرزة الاستجابة السريعة - {GOVERNORATES[g][0]}",
             "organisation_id": self.commands[g], "leader_id": self.officers[g].pop(),
             "notes": None} for g in range(len(GOVERNORATES))], returning=True)
        members = []
        for g, team in enumerate(teams):
            members += [{"detachment_id": team, "person_id": self.men[g].pop()} for _ in range(6)]
        ins("detachment_members", DetachmentMember.__table__, members)
        self.teams = teams
        self.loader.step("Vehicles and detachments")

    def _assignments(self) -> None:
        rows: list[dict[str, Any]] = []
        for shift in self.shifts:
            officers = [list(pool) for pool in self.officers]
            men = [list(pool) for pool in self.men]
            vehicles = [list(pool) for pool in self.vehicles]
            for pool in (*officers, *men, *vehicles):
                self.rng.shuffle(pool)
            for centre, (g, risk) in zip(self.centres, self.centre_meta, strict=True):
                car = vehicles[g].pop() if risk in ("high", "critical") and vehicles[g] else None
                rows.append(_row(shift, centre, None, officers[g].pop(), "centre_commander", car))
                for _ in range(_GUARDS[risk]):
                    if men[g]:
                        rows.append(_row(shift, centre, None, men[g].pop(), "guard"))
            for post, (g, kind) in zip(self.posts, self.post_meta, strict=True):
                if kind == "rapid_response":
                    rows.append({**_row(shift, None, post, None, "rapid_response",
                                        vehicles[g].pop() if vehicles[g] else None),
                                 "detachment_id": self.teams[g]})
                    continue
                for _ in range(3):
                    if men[g]:
                        rows.append(_row(shift, None, post, men[g].pop(), "checkpoint"))
        batch = -(-len(rows) // _ASSIGNMENT_BATCHES)
        for start in range(0, _ASSIGNMENT_BATCHES * batch, batch):
            self.loader.insert_many("assignments", Assignment.__table__,
                                    rows[start:start + batch])
            self.loader.step("Assignments")


def _row(shift: int, centre: int | None, post: int | None, person: int | None, role: str,
         vehicle: int | None = None) -> dict[str, Any]:
    return {"shift_id": shift, "centre_id": centre, "post_id": post, "person_id": person,
            "detachment_id": None, "vehicle_id": vehicle, "role": role, "notes": None}
