"""The forms of the registry beside the centre's: a post, a sector with the areas it covers,
an area of the tree. Each is a ``RecordDialog``: read by an operation, saved by a change,
refused in words without losing what was typed, theirs beside mine when saved elsewhere first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.models import AdministrativeArea, AreaLevel, Post, PostKind, Sector
from desktop.services import permissions
from desktop.services.errors import StaleRecord
from desktop.services.organisations import AreaInput, create_area, update_area
from desktop.services.site_lists import (
    AreaRow,
    PostRow,
    SectorRow,
    area_rows,
    post_rows,
    sector_rows,
)
from desktop.services.sites import (
    PostInput,
    SectorInput,
    create_post,
    create_sector,
    update_post,
    update_sector,
)
from desktop.text.arabic import clean_input, code_form
from ui.centres.common import (
    Choices,
    coordinate_field,
    read_area_choices,
    read_organisation_choices,
    read_sector_choices,
    shown_number,
    typed,
    typed_number,
)
from ui.centres.form import RecordDialog
from ui.centres.table import collator
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings.common import ChoiceCombo, enum_choices

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _notes_field() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setMaximumHeight(64)
    return notes


def place_row(latitude: QLineEdit, longitude: QLineEdit) -> QHBoxLayout:
    """Latitude and longitude side by side, each with its label."""
    row = QHBoxLayout()
    row.addWidget(QLabel(QCoreApplication.translate("Centres", "Latitude")))
    row.addWidget(latitude)
    row.addSpacing(12)
    row.addWidget(QLabel(QCoreApplication.translate("Centres", "Longitude")))
    row.addWidget(longitude)
    row.addStretch(1)
    return row


# -- a post -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PostRead:
    post: PostRow | None
    areas: Choices
    sectors: Choices


class PostEditor(RecordDialog):
    """A checkpoint, a patrol base, a rapid-response standby."""

    KIND = "posts"

    def __init__(self, ctx: AppContext, post_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, post_id, self.tr("Post") if post_id is not None
                         else self.tr("New post"), parent)
        self.name = QLineEdit()
        self.name.setObjectName("postName")
        limit_lengths({self.name: Post.name})
        self.kind = ChoiceCombo(enum_choices(PostKind))
        self.kind.set_value(PostKind.CHECKPOINT)
        self.area = ChoiceCombo(empty=self.tr("(none)"))
        self.sector = ChoiceCombo(empty=self.tr("(none)"))
        self.latitude = coordinate_field("31.8356")
        self.longitude = coordinate_field("47.1442")
        self.notes = _notes_field()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Area"), self.area)
        self.form.addRow(self.tr("S&ector"), self.sector)
        self.form.addRow(self.tr("Place on the map"),
                         place_row(self.latitude, self.longitude))
        self.form.addRow(self.tr("Notes"), self.notes)
        self.start()

    def read_work(self) -> Callable[[Session], PostRead]:
        post_id = self.record_id

        def read(session: Session) -> PostRead:
            found = post_rows(session, ids=[post_id])[0] if post_id is not None else None
            return PostRead(found, read_area_choices(session), read_sector_choices(session))

        return read

    def show_read(self, read: PostRead) -> None:
        self.area.set_choices(read.areas)
        self.sector.set_choices(read.sectors)
        if read.post is not None:
            post = read.post
            self.version = post.version
            self._show(post.name, post.kind, post.area_id, post.sector_id, post.latitude,
                       post.longitude, post.notes)

    def _show(self, name: str, kind: Any, area_id: int | None, sector_id: int | None,
              latitude: float | None, longitude: float | None, notes: str | None) -> None:
        self.name.setText(name)
        self.kind.set_value(kind)
        self.area.set_value(area_id)
        self.sector.set_value(sector_id)
        self.latitude.setText(shown_number(latitude))
        self.longitude.setText(shown_number(longitude))
        self.notes.setPlainText(notes or "")

    def entered(self) -> PostInput:
        return PostInput(name=self.name.text(), kind=self.kind.value() or PostKind.CHECKPOINT,
                         area_id=self.area.value(), sector_id=self.sector.value(),
                         latitude=typed(self.latitude), longitude=typed(self.longitude),
                         notes=self.notes.toPlainText() or None)

    def save_work(self, entered: PostInput) -> Callable[[Session], int]:
        return self.create_or_update(create_post, update_post, entered)

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        return [
            (self.tr("Name"), stored.get("name"), clean_input(data.name)),
            (self.tr("Kind"), stored.get("kind"), data.kind),
            (self.tr("Area"), self.area.choices.text_of(stored.get("area_id")),
             self.area.choices.text_of(data.area_id)),
            (self.tr("Sector"), self.sector.choices.text_of(stored.get("sector_id")),
             self.sector.choices.text_of(data.sector_id)),
            (self.tr("Latitude"), stored.get("latitude"), typed_number(data.latitude)),
            (self.tr("Longitude"), stored.get("longitude"), typed_number(data.longitude)),
            (self.tr("Notes"), stored.get("notes"), clean_input(data.notes)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        stored = error.stored
        self.version = error.stored_version
        self._show(stored.get("name") or "", stored.get("kind"), stored.get("area_id"),
                   stored.get("sector_id"), stored.get("latitude"), stored.get("longitude"),
                   stored.get("notes"))


# -- a sector -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SectorRead:
    sector: SectorRow | None
    organisations: Choices
    areas: list[AreaRow]


def fill_area_tree(tree: QTreeWidget, areas: Sequence[AreaRow], *, checkable: bool,
                   columns: Callable[[AreaRow], Sequence[str]] | None = None
                   ) -> dict[int, QTreeWidgetItem]:
    """The areas as a tree, each under its parent, siblings in the language's order, every
    governorate open; returns the item of each area. An area whose parent is unknown (or a
    loop damaged in by hand) stands at the top rather than vanishing."""
    tree.clear()
    order = collator()
    known = {area.id for area in areas}
    children: dict[int | None, list[AreaRow]] = {}
    for area in areas:
        parent = area.parent_id if area.parent_id in known else None
        children.setdefault(parent, []).append(area)
    for siblings in children.values():
        siblings.sort(key=lambda a: order.sortKey(a.name_ar))
    items: dict[int, QTreeWidgetItem] = {}

    def add(area: AreaRow, parent: QTreeWidgetItem | None) -> None:
        item = QTreeWidgetItem(list(columns(area)) if columns is not None else [area.name_ar])
        item.setData(0, ID_ROLE, area.id)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        if parent is None:
            tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        items[area.id] = item
        for child in children.get(area.id, ()):
            if child.id not in items:
                add(child, item)

    for top in children.get(None, ()):
        add(top, None)
    for area in areas:  # in a loop: no way down from the top reaches it
        if area.id not in items:
            add(area, None)
    for number in range(tree.topLevelItemCount()):
        tree.topLevelItem(number).setExpanded(True)
    return items


class SectorEditor(RecordDialog):
    """A sector of responsibility: its name, the organisation that holds it, its areas."""

    KIND = "sectors"

    def __init__(self, ctx: AppContext, sector_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, sector_id, self.tr("Sector") if sector_id is not None
                         else self.tr("New sector"), parent)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._names: dict[int, str] = {}
        self.name = QLineEdit()
        self.name.setObjectName("sectorName")
        limit_lengths({self.name: Sector.name})
        self.organisation = ChoiceCombo(empty=self.tr("(none)"))
        self.areas = QTreeWidget()
        self.areas.setObjectName("sectorAreas")
        self.areas.setHeaderHidden(True)
        self.areas.setMinimumHeight(220)
        self.notes = _notes_field()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Responsible organisation"), self.organisation)
        self.form.addRow(self.tr("Areas &covered"), self.areas)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.resize(600, 560)
        self.start()

    def read_work(self) -> Callable[[Session], SectorRead]:
        sector_id, lang = self.record_id, self.ctx.language

        def read(session: Session) -> SectorRead:
            found = sector_rows(session, ids=[sector_id])[0] if sector_id is not None else None
            return SectorRead(found, read_organisation_choices(session, lang),
                              area_rows(session))

        return read

    def show_read(self, read: SectorRead) -> None:
        self.organisation.set_choices(read.organisations)
        self._items = fill_area_tree(self.areas, read.areas, checkable=True)
        self._names = {area.id: area.path for area in read.areas}
        if read.sector is not None:
            sector = read.sector
            self.version = sector.version
            self._show(sector.name, sector.organisation_id, sector.area_ids, sector.notes)

    def _show(self, name: str, organisation_id: int | None, area_ids: Iterable[int],
              notes: str | None) -> None:
        self.name.setText(name)
        self.organisation.set_value(organisation_id)
        chosen = set(area_ids)
        for area_id, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if area_id in chosen
                               else Qt.CheckState.Unchecked)
            if area_id in chosen:  # a covered area is seen without opening its parents
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
        self.notes.setPlainText(notes or "")

    def checked_areas(self) -> list[int]:
        return sorted(area_id for area_id, item in self._items.items()
                      if item.checkState(0) == Qt.CheckState.Checked)

    def entered(self) -> SectorInput:
        return SectorInput(name=self.name.text(), organisation_id=self.organisation.value(),
                           area_ids=self.checked_areas(),
                           notes=self.notes.toPlainText() or None)

    def save_work(self, entered: SectorInput) -> Callable[[Session], int]:
        return self.create_or_update(create_sector, update_sector, entered)

    def _area_names(self, ids: Iterable[int] | None) -> str:
        return "، ".join(self._names.get(i, str(i)) for i in sorted(ids or ()))

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        return [
            (self.tr("Name"), stored.get("name"), clean_input(data.name)),
            (self.tr("Responsible organisation"),
             self.organisation.choices.text_of(stored.get("organisation_id")),
             self.organisation.choices.text_of(data.organisation_id)),
            (self.tr("Areas covered"), self._area_names(stored.get("area_ids")),
             self._area_names(data.area_ids)),
            (self.tr("Notes"), stored.get("notes"), clean_input(data.notes)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        stored = error.stored
        self.version = error.stored_version
        self._show(stored.get("name") or "", stored.get("organisation_id"),
                   stored.get("area_ids") or (), stored.get("notes"))


# -- an area --------------------------------------------------------------------------------------

# The level a new area under a parent most likely has.
NEXT_LEVEL = {AreaLevel.GOVERNORATE: AreaLevel.DISTRICT, AreaLevel.DISTRICT: AreaLevel.SUBDISTRICT,
              AreaLevel.SUBDISTRICT: AreaLevel.MUNICIPALITY}


def _beneath(areas: Sequence[AreaRow], root: int) -> set[int]:
    """An area and every area under it (where it may not be moved)."""
    children: dict[int | None, list[int]] = {}
    for area in areas:
        children.setdefault(area.parent_id, []).append(area.id)
    found, frontier = {root}, [root]
    while frontier:
        frontier = [c for f in frontier for c in children.get(f, []) if c not in found]
        found.update(frontier)
    return found


class AreaEditor(RecordDialog):
    """A governorate, district, sub-district or municipality, and where it stands."""

    KIND = "areas"
    ROLES = permissions.REGISTRY

    def __init__(self, ctx: AppContext, area_id: int | None, parent_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, area_id, self.tr("Area") if area_id is not None
                         else self.tr("New area"), parent)
        self._under = parent_id
        self.name_ar = QLineEdit()
        self.name_ar.setObjectName("areaName")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit()
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.level = ChoiceCombo(enum_choices(AreaLevel))
        self.level.set_value(AreaLevel.GOVERNORATE)
        self.parent_area = ChoiceCombo(empty=self.tr("(top of the tree)"))
        self.code = QLineEdit()
        self.code.setObjectName("areaCode")
        limit_lengths({self.name_ar: AdministrativeArea.name_ar,
                       self.name_en: AdministrativeArea.name_en,
                       self.code: AdministrativeArea.code})
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMaximumWidth(220)
        self.form.addRow(self.tr("&Name (Arabic)"), self.name_ar)
        self.form.addRow(self.tr("Name (&English)"), self.name_en)
        self.form.addRow(self.tr("&Level"), self.level)
        self.form.addRow(self.tr("&Under"), self.parent_area)
        self.form.addRow(self.tr("&Code"), self.code)
        self.start()

    def read_work(self) -> Callable[[Session], list[AreaRow]]:
        return area_rows

    def show_read(self, read: list[AreaRow]) -> None:
        mine = next((a for a in read if a.id == self.record_id), None)
        excluded = _beneath(read, self.record_id) if self.record_id is not None else set()
        self.parent_area.set_choices(sorted(((a.id, a.path) for a in read
                                             if a.id not in excluded), key=lambda c: c[1]))
        if mine is None:
            parent = next((a for a in read if a.id == self._under), None)
            if parent is not None:
                self.parent_area.set_value(parent.id)
                self.level.set_value(NEXT_LEVEL.get(parent.level, AreaLevel.MUNICIPALITY))
            return
        self.version = mine.version
        self._show(mine.name_ar, mine.name_en, mine.level, mine.parent_id, mine.code)

    def _show(self, name_ar: str, name_en: str | None, level: Any, parent_id: int | None,
              code: str | None) -> None:
        self.name_ar.setText(name_ar)
        self.name_en.setText(name_en or "")
        self.level.set_value(level)
        self.parent_area.set_value(parent_id)
        self.code.setText(code or "")

    def entered(self) -> AreaInput:
        return AreaInput(name_ar=self.name_ar.text(),
                         level=self.level.value() or AreaLevel.GOVERNORATE,
                         parent_id=self.parent_area.value(), name_en=typed(self.name_en),
                         code=typed(self.code))

    def save_work(self, entered: AreaInput) -> Callable[[Session], int]:
        return self.create_or_update(create_area, update_area, entered)

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        return [
            (self.tr("Name (Arabic)"), stored.get("name_ar"), clean_input(data.name_ar)),
            (self.tr("Name (English)"), stored.get("name_en"), clean_input(data.name_en)),
            (self.tr("Level"), stored.get("level"), data.level),
            (self.tr("Under"), self.parent_area.choices.text_of(stored.get("parent_id")),
             self.parent_area.choices.text_of(data.parent_id)),
            (self.tr("Code"), stored.get("code"), code_form(data.code)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        stored = error.stored
        self.version = error.stored_version
        self._show(stored.get("name_ar") or "", stored.get("name_en"), stored.get("level"),
                   stored.get("parent_id"), stored.get("code"))
