"""A synthetic national set for benchmarks: 18 governorates, ~8,000 centres, 60,000 officers.

Built with bulk inserts (one executemany per batch, ids back through RETURNING) so it loads in
well under a minute on SQLite and works the same on PostgreSQL. ``size`` scales every count,
so tests can build a small copy of the same shape.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.demo.loader import Loader
from desktop.demo.names import Namer
from desktop.demo.national_duty import DUTY_STEPS, NationalDuty
from desktop.demo.offices import build_users
from desktop.demo.places import GOVERNORATES
from desktop.demo.ranks import GUARD_RANKS, OFFICER_RANKS, ensure_ranks, weighted_ranks
from desktop.models import (
    AdministrativeArea,
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
    Vehicle,
)
from desktop.text.arabic import normalise

CENTRES, PEOPLE = 8_000, 60_000
_PEOPLE_BATCHES = 12
_SIDES = ("المركز", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الأوسط", "الجديد", "القديم",
          "الأول", "الثاني")
_TEAM_NAMES = ("الأولى", "الثانية")
_RISKS = ("low", "medium", "high", "critical")


class NationalSet:
    steps = 9 + _PEOPLE_BATCHES + DUTY_STEPS

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
        self._sites()
        self._people()
        self._election()
        self._fleet()
        NationalDuty(self).build()
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
        """Per governorate: an officer for every centre, the rest drawn by rank weights; each
        of a section, most with the section's sector as their home. Pools by governorate and
        section of those who may command a centre and those who may guard one."""
        rng = self.rng
        names, weights = weighted_ranks()
        plan: list[tuple[int, int, str]] = []  # governorate, section's index, rank
        for g, centres in enumerate(self.centre_counts):
            count = round(centres * self.people_per_centre)
            sections = self.sections[g]
            for i in range(count):
                rank = (rng.choice(OFFICER_RANKS) if i < centres * 1.1
                        else rng.choices(names, weights)[0])
                plan.append((g, i % len(sections), rank))
        numbers = iter(rng.sample(range(1_000_000, 9_999_999), len(plan)))
        self.commanders = [[[] for _ in s] for s in self.sections]
        self.guards = [[[] for _ in s] for s in self.sections]
        self.everyone: list[int] = []
        batch = -(-len(plan) // _PEOPLE_BATCHES)
        for start in range(0, _PEOPLE_BATCHES * batch, batch):
            chunk = plan[start:start + batch]
            rows = []
            for g, d, rank in chunk:
                name = self.namer.full_name()
                number = str(next(numbers))
                position = "ضابط" if rank not in GUARD_RANKS else "منتسب"
                rows.append({
                    "full_name_ar": name, "name_latin": None, "honorific": None,
                    "rank_id": self.ranks[rank], "staff_qualified": False,
                    "position_title": position, "service_number": number,
                    "organisation_id": self.sections[g][d], "force_id": self.moi,
                    "phone": self.namer.phone(), "notes": None, "active": True,
                    "home_sector_id": self.district_sectors[g][d] if rng.random() < 0.85
                    else None,
                    "search_key": normalise(f"{name} {rank} {number} {position} "
                                            f"{GOVERNORATES[g][0]}"),
                })
            ids = self.loader.insert_many("people", Person.__table__, rows, returning=True)
            for person_id, (g, d, rank) in zip(ids, chunk, strict=True):
                self.everyone.append(person_id)
                if rank in OFFICER_RANKS:
                    self.commanders[g][d].append(person_id)
                elif rank in GUARD_RANKS:
                    self.guards[g][d].append(person_id)
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
                self.centre_meta.append((g, d, risk))
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
                    self.post_meta.append((g, d, kind))
            posts.append({"kind": "rapid_response", "area_id": self.gov_ids[g],
                          "name": f"قوة الاستجابة السريعة - {GOVERNORATES[g][0]}",
                          "sector_id": None, "latitude": lat, "longitude": lon, "notes": None})
            self.post_meta.append((g, None, "rapid_response"))
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
        self.election = election
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
                             "status": "maintenance" if rng.random() < 0.05 else "available",
                             "notes": None})
                owners.append((g, n % len(sections), rows[-1]["status"]))
        ids = ins("vehicles", Vehicle.__table__, rows, returning=True)
        self.vehicles = [[[] for _ in s] for s in self.sections]
        for vehicle_id, (g, d, status) in zip(ids, owners, strict=True):
            if status == "available":
                self.vehicles[g][d].append(vehicle_id)
        # Two rapid-response detachments per command, so one rests while the other stands
        # by; their crews are taken out of the sections' pools (a detachment goes out whole).
        plan = [(g, n) for g in range(len(GOVERNORATES)) for n in range(2)]
        leaders = [_largest(self.commanders[g]).pop() for g, _ in plan]
        teams = ins("detachments", Detachment.__table__, [
            {"name": f"مفرزة الاستجابة السريعة {_TEAM_NAMES[n]} - {GOVERNORATES[g][0]}",
             "organisation_id": self.commands[g], "leader_id": leader, "notes": None}
            for (g, n), leader in zip(plan, leaders, strict=True)], returning=True)
        members = []
        self.crews: dict[int, list[int]] = {}
        for (g, _), team, leader in zip(plan, teams, leaders, strict=True):
            crew = [_largest(self.guards[g]).pop() for _ in range(6)]
            self.crews[team] = [leader, *crew]
            members += [{"detachment_id": team, "person_id": p} for p in crew]
        ins("detachment_members", DetachmentMember.__table__, members)
        self.teams = [[t for (g2, _), t in zip(plan, teams, strict=True) if g2 == g]
                      for g in range(len(GOVERNORATES))]
        self.loader.step("Vehicles and detachments")


def _largest(pools: list[list[int]]) -> list[int]:
    """The fullest of a command's section pools: a detachment's crew comes from where there
    are most to spare."""
    return max(pools, key=len)
