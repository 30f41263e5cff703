"""The centres of one election read once into printable values: what the centres workbook and
the centre-list PDF share.

Everything is read in one reader session (the registry's list, the commission's facts and, for
a shift, its coverage) and turned into the document's words, so the layout code never touches
the database. With an election, only the centres the commission lists for it are printed;
with none, every centre of the registry, without facts. A shift names its election.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.labels import label as enum_label
from desktop.models import Election, ElectionCentre, PhaseKind, RiskLevel, Shift
from desktop.services import validation
from desktop.services.centre_list import CentreRow, centre_rows
from desktop.services.coverage import CentreCoverage, CoverageLevel, for_shift
from desktop.services.errors import Invalid
from desktop.text.arabic import normalise
from reports import labels

# Printed words, like reports.labels: what the documents say, not interface messages.
_WORDS: dict[str, tuple[str, str]] = {
    "code": ("رمز المركز", "Centre code"),
    "name": ("اسم المركز", "Centre name"),
    "kind": ("نوع المركز", "Kind"),
    "governorate": ("المحافظة", "Governorate"),
    "district": ("القضاء", "District"),
    "subdistrict": ("الناحية", "Sub-district"),
    "sector": ("القاطع", "Sector"),
    "organisation": ("الجهة المسؤولة", "Responsible organisation"),
    "risk": ("درجة الخطورة", "Risk"),
    "stations": ("عدد المحطات", "Stations"),
    "voters": ("عدد الناخبين", "Voters"),
    "status": ("الحالة", "Status"),
    "latitude": ("خط العرض", "Latitude"),
    "longitude": ("خط الطول", "Longitude"),
    "coverage": ("موقف الحماية", "Coverage"),
    "officers": ("المنتسبون المنسبون", "Officers assigned"),
    "officers_needed": ("المنتسبون المطلوبون", "Officers needed"),
    "vehicles": ("العجلات المنسبة", "Vehicles assigned"),
    "vehicles_needed": ("العجلات المطلوبة", "Vehicles needed"),
    "rapid": ("الإسناد بقوة الاستجابة السريعة", "Rapid-response cover"),
    "officers_short": ("المنتسبون", "Officers"),
    "vehicles_short": ("العجلات", "Vehicles"),
    "rapid_short": ("الاستجابة السريعة", "Rapid response"),
    "of": ("{have} من {need}", "{have} of {need}"),
    "centres": ("عدد المراكز", "Centres"),
    "unassessed": ("غير مقيّمة", "Not assessed"),
    "full": ("كاملة", "Full"),
    "partial": ("جزئية", "Partial"),
    "none": ("لا حماية", "None"),
    "not_guarded": ("لا تلزم", "Not needed"),
    "covered_full": ("حماية كاملة", "Fully covered"),
    "covered_partial": ("حماية جزئية", "Partly covered"),
    "covered_none": ("بلا حماية", "Not covered"),
    "covered_not_guarded": ("لا تلزم حماية", "No guard needed"),
    "rapid_yes": ("متوفر", "Yes"),
    "rapid_no": ("غير متوفر", "No"),
    "rapid_not_needed": ("غير مطلوب", "Not needed"),
    "no_area": ("غير محدد", "Not given"),
    "total": ("المجموع", "Total"),
    "title": ("قائمة المراكز", "List of centres"),
    "title_election": ("قائمة مراكز {election}", "Centres of {election}"),
    "sheet_centres": ("المراكز", "Centres"),
    "sheet_summary": ("الخلاصة", "Summary"),
    "summary_heading": ("خلاصة المراكز بحسب المحافظة ودرجة الخطورة",
                       "Centres by governorate and risk"),
    "shift": ("الوجبة", "Shift"),
    "shift_text": ("{label} — {phase} {day}", "{label}, {phase}, {day}"),
}

RISKS = tuple(RiskLevel)
LEVELS = (CoverageLevel.FULL, CoverageLevel.PARTIAL, CoverageLevel.NONE)


def word(key: str, lang: str = "ar", **fields: object) -> str:
    arabic, english = _WORDS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


def level_titles(lang: str) -> list[str]:
    """The summary's coverage columns: one per LEVELS, then the centres needing no guard."""
    return [word(f"covered_{level.value}", lang) for level in LEVELS] + \
        [word("covered_not_guarded", lang)]


@dataclass(frozen=True, slots=True)
class CoverageLine:
    """What one centre has in the shift beside what its risk level needs."""

    level: CoverageLevel
    officers: int
    officers_needed: int
    vehicles: int
    vehicles_needed: int
    rapid: bool
    rapid_needed: bool

    @classmethod
    def of(cls, coverage: CentreCoverage) -> CoverageLine:
        return cls(coverage.level, coverage.officers, coverage.officers_needed,
                   coverage.vehicles, coverage.vehicles_needed, coverage.rapid_response,
                   coverage.rapid_response_needed)

    def rapid_text(self, lang: str) -> str:
        if self.rapid:
            return word("rapid_yes", lang)
        return word("rapid_no" if self.rapid_needed else "rapid_not_needed", lang)


@dataclass(frozen=True, slots=True)
class CentreLine:
    code: str
    name: str
    kind: str
    governorate: str
    district: str
    subdistrict: str
    sector: str
    organisation: str
    risk: RiskLevel | None
    risk_text: str
    stations: int | None
    voters: int | None
    status: str
    latitude: float | None
    longitude: float | None
    coverage: CoverageLine | None  # None: no shift asked, or a closed centre needing no guard


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """The centres of one governorate (or of all) counted by risk and, for a shift, coverage."""

    governorate: str
    centres: int
    stations: int
    voters: int
    by_risk: tuple[int, ...]  # one count per RISKS, then the centres not assessed
    by_level: tuple[int, ...]  # one count per LEVELS, then the centres needing no guard


@dataclass(frozen=True)
class CentresRecord:
    lang: str
    election_id: int | None
    election: str  # its name, or "" for the registry alone
    shift_id: int | None
    shift: str  # its label, phase and day, or ""
    lines: tuple[CentreLine, ...]

    @property
    def with_facts(self) -> bool:
        """The commission's facts (risk, stations, voters, status) belong to an election."""
        return self.election_id is not None

    @property
    def with_coverage(self) -> bool:
        return self.shift_id is not None

    @property
    def title(self) -> str:
        if self.election:
            return word("title_election", self.lang, election=self.election)
        return word("title", self.lang)

    def risk_label(self, risk: RiskLevel) -> str:
        return enum_label(risk, self.lang)

    def coverage_text(self, line: CentreLine) -> str:
        if line.coverage is None:
            return word("not_guarded", self.lang) if self.with_coverage else ""
        return word(line.coverage.level.value, self.lang)

    def summary(self) -> list[SummaryLine]:
        """One line per governorate, in the order the list prints them."""
        groups: dict[str, list[CentreLine]] = {}
        for line in self.lines:
            groups.setdefault(line.governorate, []).append(line)
        return [summarise(name, lines) for name, lines in groups.items()]

    def totals(self) -> SummaryLine:
        return summarise(word("total", self.lang), self.lines)


def summarise(name: str, lines: Sequence[CentreLine]) -> SummaryLine:
    risks = [line.risk for line in lines]
    levels = [line.coverage.level if line.coverage else None for line in lines]
    return SummaryLine(
        name, len(lines), sum(line.stations or 0 for line in lines),
        sum(line.voters or 0 for line in lines),
        (*(risks.count(risk) for risk in RISKS), risks.count(None)),
        (*(levels.count(level) for level in LEVELS), levels.count(None)))


def _text(value: str | None, lang: str) -> str:
    return value if value else word("no_area", lang)


def _order(rows: Iterable[CentreRow]) -> list[CentreRow]:
    """By governorate, district and sub-district as Arabic is compared, then by code; a centre
    with no area given comes after those with one."""
    compared = lru_cache(maxsize=None)(normalise)  # a few hundred names for 8,000 centres

    def key(row: CentreRow) -> tuple[Any, ...]:
        places = (row.governorate, row.district, row.subdistrict)
        return (*((name is None, compared(name), name or "") for name in places), row.code)
    return sorted(rows, key=key)


def _line(row: CentreRow, coverage: CentreCoverage | None, lang: str) -> CentreLine:
    return CentreLine(
        row.code, row.name, enum_label(row.kind, lang), _text(row.governorate, lang),
        _text(row.district, lang), row.subdistrict or "", row.sector or "",
        row.organisation or "", row.risk,
        enum_label(row.risk, lang) if row.risk is not None else word("unassessed", lang),
        row.stations, row.voters, enum_label(row.status, lang) if row.status else "",
        row.latitude, row.longitude, CoverageLine.of(coverage) if coverage else None)


def _election_name(election: Election, lang: str) -> str:
    return election.name_en if lang == "en" and election.name_en else election.name


def _shift_text(shift: Shift, lang: str) -> str:
    return word("shift_text", lang, label=shift.label, phase=enum_label(shift.phase, lang),
                day=labels.gregorian(shift.on_date))


def read_record(session: Session, election_id: int | None = None, shift_id: int | None = None,
                lang: str = "ar") -> CentresRecord:
    """The centres of ``election_id`` (every centre, with no facts, for None); with
    ``shift_id``, also how each is covered in that shift, whose election it must be."""
    shift = validation.existing(session, Shift, shift_id, "Shift")
    if shift is not None:
        if election_id is not None and election_id != shift.election_id:
            raise Invalid("The shift {shift} is not of the election {election}; choose a "
                          "shift of that election.", shift=shift.id, election=election_id)
        election_id = shift.election_id
    election = validation.existing(session, Election, election_id, "Election")
    rows = centre_rows(session, election.id if election else None)
    if election is not None:
        rows = [row for row in rows if row.in_election]
    coverage = for_shift(session, shift.id) if shift is not None else {}
    lines = tuple(_line(row, coverage.get(row.id), lang) for row in _order(rows))
    return CentresRecord(
        lang, election.id if election else None,
        _election_name(election, lang) if election else "", shift.id if shift else None,
        _shift_text(shift, lang) if shift else "", lines)


def sample_params(session: Session) -> dict[str, Any]:
    """The election with the most centres and its first polling-day shift: the gallery's."""
    election_id = session.scalar(
        select(ElectionCentre.election_id).group_by(ElectionCentre.election_id)
        .order_by(func.count().desc(), ElectionCentre.election_id).limit(1))
    if election_id is None:
        return {}
    shift_id = session.scalar(
        select(Shift.id).where(Shift.election_id == election_id)
        .order_by((Shift.phase != PhaseKind.POLLING_DAY), Shift.on_date, Shift.starts_at, Shift.id)
        .limit(1))
    return {"election": election_id, "shift": shift_id}
