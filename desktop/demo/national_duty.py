"""The national set on duty: nine shifts over the four phases, rosters that keep the rules of
duty, planned shortfalls, people away, and the issuing offices that sign what is printed, each
with its command's commander to sign (the seed set's Maysan office has its own).

The shifts: two days before polling (one long shift each), the special-voting day of the
security forces (two shifts), polling day (three shifts round the clock) and two days after.
Each phase is manned as a command mans it: before and after, an officer at some of the
centres (the materials and the count); on the special-voting day an officer and a guard at
most; on polling day an officer and most of the guards each centre's risk asks for. Some
centres are left without anyone in each polling-day shift (planned shortfalls: the board shows
them, and the proposal fills them from those still free), and one command in three has not
called its second rapid-response detachment for polling day's second shift.

People are drawn from the centre's own section, the section's men first: nobody twice in one
shift, nobody back on duty before eight hours of rest, nobody on duty while away (leave,
sickness, another duty: about one in seventy has such a period round polling day); a
detachment rests as its crew does; a vehicle is in one place at a time. Commanders are of the
ranks that command a centre, guards of the guards' ranks; no brigadier stands at a door.

About 100,000 assignments in all, as before (what the roster and orders benchmarks print).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from desktop.demo.places import GOVERNORATES
from desktop.models import Assignment, IssuingOffice, Person, Shift, Unavailability
from desktop.services.duty_rules import DEFAULT_REST
from desktop.text.arabic import normalise

if TYPE_CHECKING:
    from desktop.demo.national import _National

_ASSIGNMENT_BATCHES = 20
DUTY_STEPS = 2 + _ASSIGNMENT_BATCHES  # shifts and people away, offices, the batches

FIRST, SECOND, THIRD = "الوجبة الأولى", "الوجبة الثانية", "الوجبة الثالثة"
# phase, day, label, start, end, share of centres manned, share of the minimum's guards
SHIFTS: tuple[tuple[str, date, str, time, time, float, float], ...] = (
    ("before", date(2010, 3, 2), FIRST, time(8), time(20), 0.35, 0.0),
    ("before", date(2010, 3, 3), FIRST, time(8), time(20), 0.35, 0.0),
    ("special_voting", date(2010, 3, 4), FIRST, time(6), time(14), 0.6, 0.25),
    ("special_voting", date(2010, 3, 4), SECOND, time(14), time(22), 0.6, 0.25),
    ("polling_day", date(2010, 3, 7), FIRST, time(6), time(14), 0.93, 0.5),
    ("polling_day", date(2010, 3, 7), SECOND, time(14), time(22), 0.93, 0.5),
    ("polling_day", date(2010, 3, 7), THIRD, time(22), time(6), 0.93, 0.5),
    ("after", date(2010, 3, 8), FIRST, time(8), time(20), 0.3, 0.0),
    ("after", date(2010, 3, 9), FIRST, time(8), time(20), 0.3, 0.0),
)
# The guards a centre's risk asks for beyond its commander (the room's default minimum).
_GUARDS = {"low": 1, "medium": 3, "high": 7, "critical": 11}
_POST_CREW = 3
_AWAY = (("leave", datetime(2010, 3, 5, 8), datetime(2010, 3, 10, 8), "إجازة اعتيادية"),
         ("sickness", datetime(2010, 3, 6, 0), datetime(2010, 3, 8, 12), "إجازة مرضية"),
         ("other_duty", datetime(2010, 3, 7, 0), datetime(2010, 3, 8, 0),
          "واجب حماية موكب المواد الانتخابية"))


def _span(day: date, start: time, end: time) -> tuple[datetime, datetime]:
    """A shift's hours (as ``duty.span``: an end before the start is on the next day)."""
    ends_on = day + timedelta(days=1) if end < start else day
    return datetime.combine(day, start), datetime.combine(ends_on, end)


class NationalDuty:
    def __init__(self, ground: _National) -> None:
        self.g = ground
        self.loader, self.rng = ground.loader, ground.rng
        self.rested_at: dict[int, datetime] = {}  # person or ~detachment → free again from
        self.away: dict[int, tuple[datetime, datetime]] = {}

    def build(self) -> None:
        ins = self.loader.insert_many
        # polling day's shifts first, so the first shift by id is still polling day's
        # morning (what the benchmarks of other areas read); the rosters go by the hours
        order = sorted(range(len(SHIFTS)), key=lambda i: SHIFTS[i][0] != "polling_day")
        ids = ins("shifts", Shift.__table__, [
            {"election_id": self.g.election, "phase": phase, "on_date": day,
             "starts_at": a, "ends_at": b, "label": label}
            for phase, day, label, a, b, *_ in (SHIFTS[i] for i in order)], returning=True)
        by_plan = dict(zip(order, ids, strict=True))
        self.shifts = [by_plan[i] for i in range(len(SHIFTS))]
        self._unavailable()
        self.loader.step("Shifts and people away")
        self._offices()
        self.loader.step("Issuing offices")
        rows: list[dict[str, Any]] = []
        for shift_id, plan in zip(self.shifts, SHIFTS, strict=True):
            rows += self._roster(shift_id, plan)
        batch = -(-len(rows) // _ASSIGNMENT_BATCHES)
        for start in range(0, _ASSIGNMENT_BATCHES * batch, batch):
            ins("assignments", Assignment.__table__, rows[start:start + batch])
            self.loader.step("Assignments")
        self._commanders()

    # -- people away, offices --------------------------------------------------------------

    def _unavailable(self) -> None:
        away = self.rng.sample(self.g.everyone, len(self.g.everyone) // 70)
        rows = []
        for person in away:
            kind, starts, ends, reason = self.rng.choice(_AWAY)
            self.away[person] = (starts, ends)
            rows.append({"person_id": person, "kind": kind, "starts_at": starts,
                         "ends_at": ends, "reason": reason})
        self.loader.insert_many("unavailabilities", Unavailability.__table__, rows)

    def _offices(self) -> None:
        """Each command's operations room signs its rosters and orders."""
        run = self.g.prefix[1:]
        rows = []
        for g, (ar, en, *_) in enumerate(GOVERNORATES):
            code = f"غ ع {g + 1:02d}" + (f"/{run}" if run != "1" else "")
            rows.append({
                "organisation_id": self.g.commands[g], "code": code,
                "name": f"غرفة عمليات قيادة شرطة {ar}",
                "header_lines": f"جمهورية العراق\nوزارة الداخلية\nقيادة شرطة {ar}\n"
                                "غرفة العمليات",
                "header_lines_en": f"Republic of Iraq\nMinistry of Interior\n{en} Police "
                                   "Command\nOperations Room",
                "logo_path": None, "show_hijri": True, "city": ar})
        self.loader.insert_many("issuing_offices", IssuingOffice.__table__, rows)

    def _commanders(self) -> None:
        """Each command's commander, a major general of the command itself with its title:
        who the roster and the orders its operations room issues are signed by (the most
        senior person with a position in the body an office speaks for). Named last, after
        every roster is drawn, so the rosters are as they were without them; a senior rank,
        which the proposal never places. Their service numbers (six digits) are outside the
        seven-digit range the others are drawn from."""
        g, namer = self.g, self.g.namer
        rows = []
        for index, (ar, *_) in enumerate(GOVERNORATES):
            name, title, number = namer.full_name(), f"قائد شرطة {ar}", str(100_001 + index)
            rows.append({
                "full_name_ar": name, "name_latin": None, "honorific": None,
                "rank_id": g.ranks["لواء"], "staff_qualified": True, "position_title": title,
                "service_number": number, "organisation_id": g.commands[index],
                "force_id": g.moi, "phone": namer.phone(), "notes": None, "active": True,
                "home_sector_id": None,
                "search_key": normalise(f"{name} لواء {number} {title} {ar}")})
        self.loader.insert_many("people", Person.__table__, rows)

    # -- the rosters -----------------------------------------------------------------------

    def _free(self, key: int, hours: tuple[datetime, datetime]) -> bool:
        rested = self.rested_at.get(key)
        if rested is not None and rested > hours[0]:
            return False
        away = self.away.get(key)
        return away is None or not (away[0] < hours[1] and hours[0] < away[1])

    def _book(self, keys: list[int], hours: tuple[datetime, datetime]) -> None:
        for key in keys:
            self.rested_at[key] = hours[1] + DEFAULT_REST

    def _roster(self, shift_id: int, plan: tuple) -> list[dict[str, Any]]:
        phase, day, label, start, end, manned, guard_share = plan
        hours = _span(day, start, end)
        rng, g = self.rng, self.g
        # who is free, by governorate and section, shuffled so the load rotates
        commanders = [[self._shuffled(p, hours) for p in gov] for gov in g.commanders]
        guards = [[self._shuffled(p, hours) for p in gov] for gov in g.guards]
        vehicles = [[list(v) for v in gov] for gov in g.vehicles]
        for gov in vehicles:
            for pool in gov:
                rng.shuffle(pool)
        rows: list[dict[str, Any]] = []
        taken: list[int] = []
        for centre, (gov, d, risk) in zip(g.centres, g.centre_meta, strict=True):
            if rng.random() >= manned:
                continue
            commander = commanders[gov][d].pop() if commanders[gov][d] else None
            car = None
            if risk in ("high", "critical") and guard_share and vehicles[gov][d] \
                    and rng.random() < 0.85:
                car = vehicles[gov][d].pop()
            if commander is not None:
                rows.append(_row(shift_id, centre, None, commander, "centre_commander", car))
                taken.append(commander)
            for _ in range(round(_GUARDS[risk] * guard_share)):
                if not guards[gov][d]:
                    break
                taken.append(guards[gov][d].pop())
                rows.append(_row(shift_id, centre, None, taken[-1], "guard"))
        if guard_share:
            rows += self._posts(shift_id, label, phase, hours, guards, taken)
        self._book(taken, hours)
        return rows

    def _shuffled(self, pool: list[int], hours: tuple[datetime, datetime]) -> list[int]:
        free = [p for p in pool if self._free(p, hours)]
        self.rng.shuffle(free)
        return free

    def _posts(self, shift_id: int, label: str, phase: str, hours: tuple[datetime, datetime],
               guards: list[list[list[int]]], taken: list[int]) -> list[dict[str, Any]]:
        rows = []
        for post, (gov, d, kind) in zip(self.g.posts, self.g.post_meta, strict=True):
            if kind == "rapid_response":
                if phase == "polling_day" and label == SECOND and gov % 3 == 0:
                    continue  # the second detachment not yet called: for the proposal
                for team in self.g.teams[gov]:
                    crew = self.g.crews[team]
                    if self._free(-team, hours) and all(self._free(p, hours) for p in crew):
                        rows.append({**_row(shift_id, None, post, None, "rapid_response"),
                                     "detachment_id": team})
                        self._book([-team, *crew], hours)
                        break
                continue
            for _ in range(_POST_CREW):
                if guards[gov][d]:
                    taken.append(guards[gov][d].pop())
                    rows.append(_row(shift_id, None, post, taken[-1], "checkpoint"))
        return rows


def _row(shift: int, centre: int | None, post: int | None, person: int | None, role: str,
         vehicle: int | None = None) -> dict[str, Any]:
    return {"shift_id": shift, "centre_id": centre, "post_id": post, "person_id": person,
            "detachment_id": None, "vehicle_id": vehicle, "role": role, "notes": None}
