"""The centres of one election in memory: a table model that filters and orders its own rows.

A room holds up to some ten thousand centres, a few megabytes: read whole by one operation
(``desktop.services.centre_list``), they are filtered and sorted here, on every keystroke,
faster than a query could answer across the room's network (``tests/benchmarks/
bench_centres_table.py`` measures it beside a ``QSortFilterProxyModel``).

Two lists of row numbers do it. ``_order`` holds every row in the order of the sorted column,
computed when the sort or the rows change (text by a locale-aware collator, numbers and closed
lists by value); ``_shown`` is the part of ``_order`` the filter keeps, so a keystroke filters
and never sorts, and a keystroke that narrows the search (one more letter) filters only what
was shown. The view is told of a new filter as a change of layout, not a reset: the rows it
still shows keep their selection.

A change elsewhere arrives as new rows for some ids (``update``): rows that changed in place
are repainted alone; if rows came, went or moved, the layout changes and the chosen rows keep
their place in the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QPixmap

from desktop import i18n
from desktop.models import CentreKind, CentreStatus, RiskLevel
from desktop.services.centre_list import CentreRow
from desktop.text.arabic import normalise
from ui.direction import LRI, PDI
from ui.labels import label

Index = QModelIndex | QPersistentModelIndex
NOTHING = "—"  # a fact the centre has not in this election
CENTRE = Qt.AlignmentFlag.AlignCenter
RISK_COLOURS = {RiskLevel.LOW: "#2e7d32", RiskLevel.MEDIUM: "#f9a825",
                RiskLevel.HIGH: "#ef6c00", RiskLevel.CRITICAL: "#c62828"}


@dataclass(frozen=True)
class CentreFilter:
    """What the user asked to see; ``None`` is "any"."""

    text: str = ""
    governorate: str | None = None
    district: str | None = None
    sector_id: int | None = None
    risk: RiskLevel | None = None
    kind: CentreKind | None = None
    status: CentreStatus | None = None
    in_election: bool = False
    words: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(normalise(self.text).split()))

    def narrows(self, other: CentreFilter) -> bool:
        """Whether every row this filter keeps is one that ``other`` keeps too: the same
        choices, and a search that only adds to ``other``'s (one more letter or word)."""
        return (self.search_free() == other.search_free()
                and normalise(self.text).startswith(normalise(other.text)))

    def search_free(self) -> CentreFilter:
        return CentreFilter("", self.governorate, self.district, self.sector_id, self.risk,
                            self.kind, self.status, self.in_election)

    def test(self) -> Callable[[CentreRow], bool] | None:
        """One function that tests every condition asked, or None if nothing is asked."""
        checks: list[Callable[[CentreRow], bool]] = []
        words = self.words
        if len(words) == 1:
            word = words[0]
            checks.append(lambda row: word in row.search_key)
        elif words:
            checks.append(lambda row: all(w in row.search_key for w in words))
        for attribute, wanted in (("governorate", self.governorate),
                                  ("district", self.district), ("sector_id", self.sector_id),
                                  ("risk", self.risk), ("kind", self.kind),
                                  ("status", self.status)):
            if wanted is not None:
                checks.append(lambda row, a=attribute, w=wanted: getattr(row, a) == w)
        if self.in_election:
            checks.append(lambda row: row.record_id is not None)
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]
        return lambda row: all(check(row) for check in checks)


def _number(value: int | None) -> str:
    return NOTHING if value is None else f"{value:,}"


def _fact(value: Enum | None) -> str:
    return NOTHING if value is None else label(value)


# The kind as a row shows it: one word, where the filter's choices name the kinds in full.
KIND_WORDS = {CentreKind.REGISTRATION: QT_TRANSLATE_NOOP("CentresModel", "Registration"),
              CentreKind.POLLING: QT_TRANSLATE_NOOP("CentresModel", "Polling")}


# The kind as a form and a filter name it: one centre (the labels' own are plural, for the
# home view's counts).
KIND_NAMES = {CentreKind.REGISTRATION: QT_TRANSLATE_NOOP("CentresModel", "Registration centre"),
              CentreKind.POLLING: QT_TRANSLATE_NOOP("CentresModel", "Polling centre")}


def kind_word(kind: CentreKind) -> str:
    return QCoreApplication.translate("CentresModel", KIND_WORDS[kind])


def kind_choices() -> list[tuple[CentreKind, str]]:
    return [(kind, QCoreApplication.translate("CentresModel", KIND_NAMES[kind]))
            for kind in CentreKind]


def _code(row: CentreRow) -> str:
    # Kept left to right: «DQ-201» inside a right-to-left cell read «201-DQ».
    return f"{LRI}{row.code}{PDI}"


@dataclass(frozen=True)
class CentreColumn:
    key: str
    title: str  # English source, translated in context "Columns"
    value: Callable[[CentreRow], str]
    order: str  # "text": by the collator; "value": by ``sort_value``
    sort_value: Callable[[CentreRow], Any] | None = None
    align: Qt.AlignmentFlag | None = None


def _ordinal(enum_cls: type[Enum]) -> Callable[[Enum | None], int]:
    places = {member: n for n, member in enumerate(enum_cls)}
    return lambda member: places.get(member, len(places)) if member is not None else -1


_risk_place, _kind_place, _status_place = (_ordinal(RiskLevel), _ordinal(CentreKind),
                                           _ordinal(CentreStatus))

COLUMNS: tuple[CentreColumn, ...] = (
    CentreColumn("code", QT_TRANSLATE_NOOP("Columns", "Code"), _code, "text",
                 lambda r: r.code, align=CENTRE),
    CentreColumn("name", QT_TRANSLATE_NOOP("Columns", "Centre"), lambda r: r.name, "text",
                 lambda r: r.name),
    CentreColumn("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: kind_word(r.kind),
                 "value", lambda r: _kind_place(r.kind)),
    CentreColumn("governorate", QT_TRANSLATE_NOOP("Columns", "Governorate"),
                 lambda r: r.governorate or "", "text", lambda r: r.governorate),
    CentreColumn("district", QT_TRANSLATE_NOOP("Columns", "District"),
                 lambda r: r.district or "", "text", lambda r: r.district),
    CentreColumn("subdistrict", QT_TRANSLATE_NOOP("Columns", "Sub-district"),
                 lambda r: r.subdistrict or "", "text", lambda r: r.subdistrict),
    CentreColumn("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: r.sector or "",
                 "text", lambda r: r.sector),
    CentreColumn("risk", QT_TRANSLATE_NOOP("Columns", "Risk"), lambda r: _fact(r.risk),
                 "value", lambda r: _risk_place(r.risk)),
    CentreColumn("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: _fact(r.status),
                 "value", lambda r: _status_place(r.status)),
    CentreColumn("stations", QT_TRANSLATE_NOOP("Columns", "Stations"),
                 lambda r: _number(r.stations), "value",
                 lambda r: -1 if r.stations is None else r.stations, align=CENTRE),
    CentreColumn("voters", QT_TRANSLATE_NOOP("Columns", "Voters"),
                 lambda r: _number(r.voters), "value",
                 lambda r: -1 if r.voters is None else r.voters, align=CENTRE),
)
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}
RISK_COLUMN = COLUMN["risk"]
ALIGNMENTS = tuple(int(c.align | Qt.AlignmentFlag.AlignVCenter) if c.align is not None else None
                   for c in COLUMNS)
DISPLAY, DECORATION, TOOLTIP, ALIGNMENT, FOREGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole))


def collator() -> QCollator:
    """Text in the order of the program's language, whatever the computer's locale: Arabic
    letters as an Arabic reader orders them (أ with ا), «MS-2» before «MS-10»."""
    found = QCollator(QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq)
                      if i18n.language() == "ar" else QLocale(QLocale.Language.English))
    found.setNumericMode(True)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return found


def ranks_of(rows: Sequence[CentreRow], column_number: int,
             order: QCollator | None = None) -> list[Any]:
    """Each row's place in a column's order, None where the row has no value: a text column
    ordered by the collator once, so that every later sort by it compares whole numbers. Safe
    in a worker thread (with a collator of its own)."""
    column = COLUMNS[column_number]
    assert column.sort_value is not None
    values = [column.sort_value(row) for row in rows]
    if column.order == "text":
        sort_key = (order or collator()).sortKey
        distinct = sorted({v for v in values if v}, key=sort_key)
        place = {value: n for n, value in enumerate(distinct)}
        return [place[v] if v else None for v in values]
    return [None if v is None or v == -1 else v for v in values]


class CentresModel(QAbstractTableModel):
    """``counted(shown, total)`` after every change of what is shown."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the CentreRow itself
    counted = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CentreRow] = []
        self._place: dict[int, int] = {}  # centre id -> its index in _rows
        self._order: list[int] = []  # every index of _rows, in the sorted column's order
        self._shown: list[int] = []  # the indices the filter keeps, in that order
        self._shown_place: dict[int, int] | None = None  # centre id -> row shown (lazily)
        self._filter = CentreFilter()
        self._sort_column = COLUMN["code"]
        self._descending = False
        self._collator = collator()
        self._risk_icons: dict[RiskLevel, QPixmap] = {}
        self._cells: dict[int, tuple[str, ...]] = {}  # index in _rows -> its cells' texts
        self._rank_cache: dict[int, list[Any]] = {}  # column -> each row's place in its order
        self._set_aside = QPalette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text)

    # -- what is held -----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def filter(self) -> CentreFilter:
        return self._filter

    def all_rows(self) -> Sequence[CentreRow]:
        return self._rows

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def set_rows(self, rows: Iterable[CentreRow],
                 ranks: dict[int, list[Any]] | None = None) -> None:
        """A new list (another election, the first reading): the view starts over.
        ``ranks`` may bring the order of some columns, made where the rows were read
        (``ranks_of``), so that the interface thread does not order ten thousand names."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells, self._rank_cache = {}, dict(ranks or {})
        self._place = {row.id: n for n, row in enumerate(self._rows)}
        self._order = self._sorted()
        self._shown = self._filtered(self._order)
        self._shown_place = None
        self.endResetModel()
        self.counted.emit(len(self._shown), len(self._rows))

    def update(self, rows: Iterable[CentreRow], asked: Collection[int] | None = None) -> None:
        """Rows read again after a change: those given replace theirs or join the list; the
        ids ``asked`` that did not come back are gone (``asked`` None: the whole list was
        read, so every row not given is gone). Selection and order are kept."""
        fresh = {row.id: row for row in rows}
        gone = set(self._place) - set(fresh) if asked is None else set(asked) - set(fresh)
        gone &= set(self._place)
        rows = self._rows
        old_ids = [rows[n].id for n in self._shown]  # before a gone row's index names another
        changed: list[int] = []
        came = False
        reordered: set[int] = set()  # the columns whose order a changed row moves in
        for centre_id, row in fresh.items():
            place = self._place.get(centre_id)
            if place is None:
                self._rows.append(row)
                self._place[centre_id] = len(self._rows) - 1
                came = True
            elif self._rows[place] != row:
                old = self._rows[place]
                reordered |= {n for n in self._rank_cache
                              if COLUMNS[n].sort_value(old) != COLUMNS[n].sort_value(row)}
                self._rows[place] = row
                self._cells.pop(place, None)
                changed.append(centre_id)
        if gone:
            self._rows = [row for row in self._rows if row.id not in gone]
            self._place = {row.id: n for n, row in enumerate(self._rows)}
            self._cells = {}
        if not (changed or came or gone):
            return
        if came or gone:
            self._rank_cache = {}
        for number in reordered:
            self._rank_cache.pop(number, None)
        self._order = self._sorted()
        shown = self._filtered(self._order)
        if [self._rows[n].id for n in shown] == old_ids:
            self._shown, self._shown_place = shown, None
            self._repaint(changed)  # the same rows in the same places: repainted alone
        else:
            self._relayout(shown, old_ids.__getitem__)
        self.counted.emit(len(self._shown), len(self._rows))

    def _repaint(self, changed: Iterable[int]) -> None:
        last = len(COLUMNS) - 1
        changed = list(changed)
        for centre_id in changed:
            number = self.row_of(centre_id, many=len(changed) > 16)
            if number is not None:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    # -- filtering and sorting ------------------------------------------------------------------

    def set_filter(self, wanted: CentreFilter) -> None:
        if wanted == self._filter:
            return
        # one more letter: only what is shown can still be shown
        base = self._shown if wanted.narrows(self._filter) else self._order
        self._filter = wanted
        self._relayout(self._filtered(base), self._id_shown_at(self._shown))
        self.counted.emit(len(self._shown), len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        shown_before = self._shown
        self._order = self._sorted()
        self._relayout(self._filtered(self._order), self._id_shown_at(shown_before))

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, (Qt.SortOrder.DescendingOrder if self._descending
                                   else Qt.SortOrder.AscendingOrder)

    def _filtered(self, base: list[int]) -> list[int]:
        test = self._filter.test()
        if test is None:
            return list(base)
        rows = self._rows
        return [n for n in base if test(rows[n])]

    def _sorted(self) -> list[int]:
        """Every row in the order of the sorted column; rows without its value last in either
        direction, as a reader expects."""
        ranks = self._ranks(self._sort_column)
        present = [n for n, rank in enumerate(ranks) if rank is not None]
        missing = [n for n, rank in enumerate(ranks) if rank is None]
        present.sort(key=ranks.__getitem__, reverse=self._descending)
        return present + missing

    def _ranks(self, column_number: int) -> list[Any]:
        """Each row's place in a column's order, kept until the rows change (``ranks_of``)."""
        found = self._rank_cache.get(column_number)
        if found is None:
            found = self._rank_cache[column_number] = ranks_of(self._rows, column_number,
                                                               self._collator)
        return found

    def _id_shown_at(self, shown: list[int]) -> Callable[[int], int]:
        """The id of the centre at each row of ``shown`` (the rows of ``_rows`` unchanged)."""
        rows = self._rows
        return lambda number: rows[shown[number]].id

    def _relayout(self, shown: list[int], id_at: Callable[[int], int]) -> None:
        """Show ``shown``; the view's persistent indexes (its selection, its current row)
        follow their centres to their new rows, or go if their centre is no longer shown.
        ``id_at`` names the centre each row showed before. A view holds a few persistent
        indexes: each is looked for in ``shown`` (at C speed), so a keystroke over ten
        thousand rows builds no table of places."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        count = len(self._shown)
        self._shown = shown
        self._shown_place = None
        many = len(persistent) > 16  # then one table of places serves them all
        moved = []
        for index in persistent:
            old = index.row()
            number = None
            if 0 <= old < count:
                centre_id = id_at(old)
                number = self.row_of(centre_id, many=many)
            moved.append(self.index(number, index.column()) if number is not None
                         else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _number_of(self, centre_id: int) -> int | None:
        place = self._place.get(centre_id)
        if place is None:
            return None
        try:
            return self._shown.index(place)
        except ValueError:
            return None

    # -- what the view asks -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, number: int) -> CentreRow | None:
        return self._rows[self._shown[number]] if 0 <= number < len(self._shown) else None

    def row_of(self, centre_id: int, *, many: bool = False) -> int | None:
        """The row where centre ``centre_id`` is shown, None if the filter hides it. One
        look is a search of the rows shown; ``many`` (looks to follow) builds a table of
        places once, kept until what is shown changes."""
        if self._shown_place is None and not many:
            return self._number_of(centre_id)
        if self._shown_place is None:
            rows = self._rows
            self._shown_place = {rows[n].id: number for number, n in enumerate(self._shown)}
        return self._shown_place.get(centre_id)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Asked some thousands of times a repaint (each cell, each role): the roles the
        # table uses are answered first, from texts made once a row.
        if role in (DISPLAY, TOOLTIP):
            return self._texts(self._shown[index.row()])[index.column()]
        if role == ALIGNMENT:
            return ALIGNMENTS[index.column()]
        if role == FOREGROUND:
            row = self._rows[self._shown[index.row()]]
            # a centre the commission has not put in this election reads as set aside
            return self._set_aside if row.record_id is None else None
        if role == DECORATION:
            if index.column() == RISK_COLUMN:
                risk = self._rows[self._shown[index.row()]].risk
                return self._risk_icon(risk) if risk is not None else None
            return None
        if role == self.ROW_ROLE and index.isValid():
            return self._rows[self._shown[index.row()]]
        return None

    def _texts(self, number: int) -> tuple[str, ...]:
        """The cells of row ``number`` of ``_rows``, made when first painted."""
        found = self._cells.get(number)
        if found is None:
            row = self._rows[number]
            found = self._cells[number] = tuple(column.value(row) for column in COLUMNS)
        return found

    def _risk_icon(self, risk: RiskLevel) -> QPixmap:
        found = self._risk_icons.get(risk)
        if found is None:
            found = QPixmap(10, 10)
            found.fill(QColor(RISK_COLOURS[risk]))
            self._risk_icons[risk] = found
        return found

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("Columns", COLUMNS[section].title)
