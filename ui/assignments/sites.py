"""The board's sites: the shift's centres and posts with their coverage, filtered, and a drop
target for people, detachments and vehicles dragged from the lists beside it.

Each centre shows its officers, vehicles and rapid-response cover against what its risk
level needs (``coverage.for_shift``), coloured by how well it is covered; a totals line sums
the rows shown. The rows are read by one operation (``duty_board.site_rows``) and merged when
read again (``ui.assignments.rows``), so a change elsewhere repaints the centres it touched
and the chosen one stays chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import RiskLevel
from desktop.services.coverage import CoverageLevel
from desktop.services.duty_board import SiteKey, SiteKind, SiteRow, board_totals
from desktop.text.arabic import normalise
from ui.assignments.rows import CENTRE, BoardColumn, DropTable, RowsModel, show_rows
from ui.direction import LRI, PDI
from ui.labels import label
from ui.meetings.common import ChoiceCombo, enum_choices

LEVEL_TINTS = {CoverageLevel.FULL: "#c8e6c9", CoverageLevel.PARTIAL: "#ffe0b2",
               CoverageLevel.NONE: "#ffcdd2"}
LEVEL_NAMES = {CoverageLevel.FULL: QT_TRANSLATE_NOOP("SitesPanel", "Covered"),
               CoverageLevel.PARTIAL: QT_TRANSLATE_NOOP("SitesPanel", "Partly covered"),
               CoverageLevel.NONE: QT_TRANSLATE_NOOP("SitesPanel", "Not covered")}
KIND_NAMES = {SiteKind.CENTRE: QT_TRANSLATE_NOOP("SitesPanel", "Centres"),
              SiteKind.POST: QT_TRANSLATE_NOOP("SitesPanel", "Posts")}
_RISK_ORDER = {risk: n for n, risk in enumerate(RiskLevel)}
GAPS = "gaps"  # the coverage filter's «not fully covered»: the partly and the not covered
YES, NO, NOTHING = "✓", "✗", "—"


def level_name(level: CoverageLevel) -> str:
    return QCoreApplication.translate("SitesPanel", LEVEL_NAMES[level])


def _tint(row: SiteRow) -> str | None:
    return LEVEL_TINTS[row.level]


def _officers(row: SiteRow) -> str:
    if row.kind is SiteKind.POST:
        return str(row.officers)
    return f"{LRI}{row.officers}/{row.officers_needed}{PDI}"


def _vehicles(row: SiteRow) -> str:
    if row.kind is SiteKind.POST:
        return str(row.vehicles)
    return f"{LRI}{row.vehicles}/{row.vehicles_needed}{PDI}"


def _rapid(row: SiteRow) -> str:
    if row.rapid_response:
        return YES
    return NO if row.rapid_response_needed else NOTHING


def _name(row: SiteRow) -> str:
    if row.kind is SiteKind.POST and row.post_kind is not None:
        return f"{row.name} ({label(row.post_kind)})"
    return row.name


def _code(row: SiteRow) -> str:
    return f"{LRI}{row.code}{PDI}" if row.code else ""


def _missing_tip(row: SiteRow) -> str:
    """What the site still lacks, in words: the colour's reason."""
    if row.kind is SiteKind.POST:
        return QCoreApplication.translate(
            "SitesPanel", "{level} — on duty: {count} (a post has no minimum)").format(
            level=level_name(row.level), count=row.officers)
    wants = []
    if row.officers < row.officers_needed:
        wants.append(QCoreApplication.translate("SitesPanel", "officers wanting: {n}").format(
            n=row.officers_needed - row.officers))
    if row.vehicles < row.vehicles_needed:
        wants.append(QCoreApplication.translate("SitesPanel", "vehicles wanting: {n}").format(
            n=row.vehicles_needed - row.vehicles))
    if row.rapid_response_needed and not row.rapid_response:
        wants.append(QCoreApplication.translate("SitesPanel", "no rapid-response cover"))
    return level_name(row.level) + (" — " + "، ".join(wants) if wants else "")


COLUMNS = (
    BoardColumn("code", QT_TRANSLATE_NOOP("Columns", "Code"), _code, sort=lambda r: (
        r.kind is SiteKind.POST, r.code, r.name)),
    BoardColumn("name", QT_TRANSLATE_NOOP("Columns", "Centre or post"), _name),
    BoardColumn("district", QT_TRANSLATE_NOOP("Columns", "District"), lambda r: r.district),
    BoardColumn("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: r.sector),
    BoardColumn("risk", QT_TRANSLATE_NOOP("Columns", "Risk"),
                lambda r: label(r.risk) if r.risk else NOTHING,
                sort=lambda r: _RISK_ORDER.get(r.risk, -1), align=CENTRE),
    BoardColumn("officers", QT_TRANSLATE_NOOP("Columns", "Officers"), _officers,
                sort=lambda r: r.officers - r.officers_needed, background=_tint,
                tip=_missing_tip, align=CENTRE),
    BoardColumn("vehicles", QT_TRANSLATE_NOOP("Columns", "Vehicles"), _vehicles,
                sort=lambda r: r.vehicles - r.vehicles_needed, background=_tint,
                tip=_missing_tip, align=CENTRE),
    BoardColumn("rapid", QT_TRANSLATE_NOOP("Columns", "Rapid cover"), _rapid,
                sort=lambda r: (r.rapid_response, not r.rapid_response_needed),
                background=_tint, tip=_missing_tip, align=CENTRE),
    BoardColumn("level", QT_TRANSLATE_NOOP("Columns", "Coverage"),
                lambda r: level_name(r.level), sort=lambda r: list(CoverageLevel).index(r.level),
                background=_tint, tip=_missing_tip, align=CENTRE),
)
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}


class SiteTable(DropTable):
    """The sites' table, onto whose rows a person, detachment or vehicle is dropped."""

    dropped_on = Signal(object, object)  # the site's key, («person», id)

    def takes(self, row: SiteRow | None) -> bool:
        return row is not None

    def on_drop(self, what: tuple[str, int], row: SiteRow) -> None:
        self.setCurrentIndex(self.model().index_of(row.key, COLUMN["name"]))
        self.dropped_on.emit(row.key, what)


class SitesPanel(QWidget):
    """``current_changed(SiteRow | None)`` as the chosen site changes; ``activated`` on Enter
    or a double click (the board moves to the people to place there)."""

    current_changed = Signal(object)
    activated = Signal(object)
    dropped_on = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("boardSiteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code, name, place, sector…"))
        self.governorate = ChoiceCombo(empty=self.tr("All governorates"))
        self.district = ChoiceCombo(empty=self.tr("All districts"))
        self.sector = ChoiceCombo(empty=self.tr("All sectors"))
        self.risk = ChoiceCombo(enum_choices(RiskLevel), empty=self.tr("Any risk"))
        self.level = ChoiceCombo([(GAPS, self.tr("Not fully covered")),
                                  *((level, level_name(level)) for level in CoverageLevel)],
                                 empty=self.tr("Any coverage"))
        self.kind = ChoiceCombo([(kind, QCoreApplication.translate("SitesPanel",
                                                                   KIND_NAMES[kind]))
                                 for kind in SiteKind], empty=self.tr("Centres and posts"))
        self.search.textChanged.connect(self.apply_filter)
        self.governorate.value_changed.connect(self._on_governorate_value_changed)
        for combo in (self.district, self.sector, self.risk, self.level, self.kind):
            combo.value_changed.connect(self.apply_filter)

        self.model = RowsModel(COLUMNS, self)
        self.view = SiteTable()
        self.proxy = show_rows(self.view, self.model, "boardSites", sort=COLUMN["code"],
                               stretch=COLUMN["name"])
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.current_changed.emit(self.current_row()))
        self.view.activated.connect(lambda index: self.activated.emit(self.proxy.row_at(index)))
        self.view.dropped_on.connect(self.dropped_on)
        self.view.setToolTip(self.tr(
            "Enter on a site goes to the people to place there; drop a person or detachment "
            "on a site to place them."))
        self.totals = QLabel()
        self.totals.setObjectName("boardTotals")
        self.totals.setWordWrap(True)

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("Find a &site"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        for box in (self.kind, self.level, self.governorate, self.district, self.sector,
                    self.risk):
            box.setMinimumWidth(90)
            filters.addWidget(box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self.show_totals()

    # -- the rows ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[SiteRow]) -> None:
        """Show a new reading of the sites, keeping the chosen one."""
        self.model.merge(rows)
        self._fill_filter_choices()
        self.show_totals()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, COLUMN["name"]))

    def clear(self) -> None:
        self.model.clear()
        self.show_totals()

    def current_row(self) -> SiteRow | None:
        return self.proxy.row_at(self.view.currentIndex())

    def select(self, key: SiteKey) -> bool:
        index = self.proxy.index_of(key, COLUMN["name"])
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def shown(self) -> list[SiteRow]:
        return [self.proxy.row_at(self.proxy.index(n, 0)) for n in range(self.proxy.rowCount())]

    # -- filtering --------------------------------------------------------------------------------

    def apply_filter(self, *_args: Any) -> None:
        words = normalise(self.search.text()).split()
        wanted = {"governorate": self.governorate.value(), "district": self.district.value(),
                  "sector_id": self.sector.value(), "risk": self.risk.value(),
                  "level": self.level.value(), "kind": self.kind.value()}
        asked = {name: value for name, value in wanted.items() if value is not None}
        gaps = asked.get("level") == GAPS  # the gaps to fill: partly or not covered
        if gaps:
            del asked["level"]

        def accepts(row: SiteRow) -> bool:
            return all(w in row.search_key for w in words) and all(
                getattr(row, name) == value for name, value in asked.items()) and (
                not gaps or row.level is not CoverageLevel.FULL)

        self.proxy.refilter(accepts if words or asked or gaps else None)
        self.show_totals()
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())

    def _on_governorate_value_changed(self, _value: Any) -> None:
        self._fill_districts()
        self.apply_filter()

    def _fill_filter_choices(self) -> None:
        rows = self.model.rows
        self.governorate.set_choices([(g, g) for g in sorted(
            {r.governorate for r in rows if r.governorate})])
        sectors = {r.sector_id: r.sector or "" for r in rows if r.sector_id is not None}
        self.sector.set_choices(sorted(sectors.items(), key=lambda choice: choice[1]))
        self._fill_districts()

    def _fill_districts(self) -> None:
        chosen = self.governorate.value()
        self.district.set_choices([(d, d) for d in sorted(
            {r.district for r in self.model.rows if r.district
             and (chosen is None or r.governorate == chosen)})])

    def show_totals(self) -> None:
        shown = self.shown()
        totals = board_totals(shown)
        text = self.tr(
            "Centres: {centres} — covered: {full}, partly: {partial}, not covered: {none}. "
            "Officers wanting: {officers}, vehicles wanting: {vehicles}. "
            "Posts manned: {manned} of {posts}.").format(
            centres=totals.centres, full=totals.full, partial=totals.partial,
            none=totals.none, officers=totals.officers_missing,
            vehicles=totals.vehicles_missing, manned=totals.posts_manned, posts=totals.posts)
        if len(shown) != self.model.rowCount():
            text += " " + self.tr("(sites shown: {shown} of {total})").format(
                shown=len(shown), total=self.model.rowCount())
        self.totals.setText(text)

    def index_of(self, key: SiteKey) -> QModelIndex:
        return self.proxy.index_of(key, COLUMN["name"])
