"""The areas a sheet names (governorate → district → sub-district), found in the tree or planned.

A name is matched after normalisation (in Arabic or English) among the children of the area
above it, so «ميسان» and «ميسـان» are one governorate and two districts of one name under two
governorates stay two. A name the tree lacks is planned as a new area under the one above,
once however many rows name it; the plan's new areas are created, parents first, when the
import is written. A sheet that skips a level (a sub-district without its district) is matched
among the areas below the level it gives, and refused if that finds none or several: an area
cannot be created without its parent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.imports.fields import AREA_FIELDS, LABELS
from desktop.models import AdministrativeArea, AreaLevel
from desktop.services.errors import Invalid
from desktop.text.arabic import normalise

LEVELS = (AreaLevel.GOVERNORATE, AreaLevel.DISTRICT, AreaLevel.SUBDISTRICT)
_FIELD_OF = dict(zip(LEVELS, AREA_FIELDS, strict=True))


@dataclass(frozen=True)
class PlannedArea:
    key: int  # negative: stands for the area's id until it is created
    parent: int | None  # an area's id, or another planned area's key
    level: AreaLevel
    name: str


class AreaTree:
    """The stored tree, read once, with the areas the import will add."""

    def __init__(self, session: Session) -> None:
        self._children: dict[int | None, dict[str, list[int]]] = defaultdict(
            lambda: defaultdict(list))
        self._parent: dict[int, int | None] = {}
        self._level: dict[int, AreaLevel] = {}
        self.planned: list[PlannedArea] = []
        # by the names as written and as normalised
        self._resolved: dict[tuple[str | None, ...], int | Invalid | None] = {}
        rows = session.execute(select(AdministrativeArea.id, AdministrativeArea.parent_id,
                                      AdministrativeArea.level, AdministrativeArea.name_ar,
                                      AdministrativeArea.name_en))
        for id_, parent, level, name_ar, name_en in rows:
            self._add(id_, parent, AreaLevel(level), name_ar, name_en)

    def _add(self, id_: int, parent: int | None, level: AreaLevel, *names: str | None) -> None:
        self._parent[id_] = parent
        self._level[id_] = level
        for key in {normalise(name) for name in names if name}:
            self._children[parent][key].append(id_)

    def _below(self, top: int | None, key: str) -> list[int]:
        """Areas of this name anywhere under ``top`` (the whole tree for None)."""
        found = []
        for parent, named in self._children.items():
            for id_ in named.get(key, ()):
                node: int | None = parent
                while node is not None and node != top:
                    node = self._parent.get(node)
                if node == top:
                    found.append(id_)
        return found

    def resolve(self, names: tuple[str | None, ...]) -> int | None:
        """The id (or planned key) of the deepest area named, planning what is missing;
        None if the row names no area. Rows of one place ask once."""
        key: Any = names  # most rows write their place as the row before: no normalising
        if key not in self._resolved:
            key = tuple(normalise(name) if name else "" for name in names)
        if key not in self._resolved:
            try:
                self._resolved[key] = self._resolve(names)
            except Invalid as refusal:
                self._resolved[key] = refusal
        found = self._resolved[key]
        self._resolved[names] = found
        if isinstance(found, Invalid):
            raise found
        return found

    def beneath(self, area: int | None, above: int | None) -> bool:
        """Whether ``area`` lies under ``above`` (not at it) in the tree."""
        if area is None or above is None:
            return False
        node, steps = self._parent.get(area), 0
        while node is not None and steps < len(LEVELS):
            if node == above:
                return True
            node, steps = self._parent.get(node), steps + 1
        return False

    def _resolve(self, names: tuple[str | None, ...]) -> int | None:
        current: int | None = None
        gap = False  # a level above was left empty
        for level, name in zip(LEVELS, names, strict=True):
            if not name:
                gap = True
                continue
            key = normalise(name)
            if gap and (current is not None or level is not AreaLevel.GOVERNORATE):
                found = self._below(current, key)
                if len(found) != 1:
                    above = LEVELS[LEVELS.index(level) - 1]
                    text = ("The {level} «{name}» is not in the area tree; give its {parent} "
                            "in the sheet so that it can be added." if not found else
                            "More than one {level} is named «{name}»; give its {parent} in "
                            "the sheet.")
                    raise Invalid(text, level=LABELS[_FIELD_OF[level]], name=name,
                                  parent=LABELS[_FIELD_OF[above]])
                current, gap = found[0], False
                continue
            matches = self._children[current].get(key, [])
            if len(matches) > 1:
                raise Invalid("More than one area under the same parent is named «{name}»; "
                              "correct the area tree first.", name=name)
            current = matches[0] if matches else self._plan(current, level, name)
            gap = False
        return current

    def _plan(self, parent: int | None, level: AreaLevel, name: str) -> int:
        key = -(len(self.planned) + 1)
        self.planned.append(PlannedArea(key, parent, level, name))
        self._add(key, parent, level, name)
        return key
