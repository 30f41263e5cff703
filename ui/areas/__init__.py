"""The areas of the program: what the navigation lists, in order, each built when first opened.

An area is a key, a title (English source, translated when shown), a standard icon and a
factory ``(ctx, parent) -> QWidget``. Factories import their module only when called, so the
window opens without loading the documents engine or an area that is never visited. An area
whose module has not landed yet shows a placeholder that says what will come.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from ui.areas.placeholder import Placeholder
from ui.context import AppContext

log = logging.getLogger(__name__)
CONTEXT = "Areas"
Factory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class Area:
    key: str
    title_source: str  # English; ``title`` translates it
    icon_name: QStyle.StandardPixmap
    factory: Factory

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title_source)

    def icon(self, style: QStyle) -> QIcon:
        return style.standardIcon(self.icon_name)

    @property
    def available(self) -> bool:
        """Whether the area is built yet, rather than a placeholder saying what will come."""
        return not getattr(self.factory, "placeholder", False)


def imported(module: str, name: str, coming: str) -> Factory:
    """A factory for ``module.name(ctx, parent)``, or a placeholder while the module is absent."""

    def build(ctx: AppContext, parent: QWidget | None) -> QWidget:
        try:
            widget_class = getattr(importlib.import_module(module), name)
        except Exception as error:  # an area that fails to load must not take the window down
            absent = isinstance(error, ImportError) and (error.name or "").startswith(
                module.rsplit(".", 1)[0])
            if not absent:
                log.exception("the area %s failed to import", module)
            return Placeholder(QCoreApplication.translate(CONTEXT, coming), parent)
        return widget_class(ctx, parent)

    return build


def placeholder(coming: str) -> Factory:
    def build(ctx: AppContext, parent: QWidget | None) -> QWidget:
        return Placeholder(QCoreApplication.translate(CONTEXT, coming), parent)

    build.placeholder = True  # type: ignore[attr-defined]
    return build


SP = QStyle.StandardPixmap

AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("Areas", "Home"), SP.SP_DirHomeIcon,
         imported("ui.home", "HomeView", "")),
    Area("meetings", QT_TRANSLATE_NOOP("Areas", "Meetings and minutes"),
         SP.SP_FileDialogDetailedView,
         imported("ui.meetings.area", "MeetingsArea", QT_TRANSLATE_NOOP(
             "Areas", "Meetings and their minutes: attendees in protocol order, the agenda, "
             "decisions and directives, approval by the commander and the signed minutes."))),
    Area("directives", QT_TRANSLATE_NOOP("Areas", "Directives and follow-up"),
         SP.SP_DialogApplyButton,
         imported("ui.directives.area", "DirectivesArea", QT_TRANSLATE_NOOP(
             "Areas", "The follow-up of decisions and directives: the responsible body, the "
             "due date, dated notes on progress, and what is overdue."))),
    Area("centres", QT_TRANSLATE_NOOP("Areas", "Centres and map"), SP.SP_DriveNetIcon,
         imported("ui.centres.area", "CentresArea", QT_TRANSLATE_NOOP(
             "Areas", "Registration and polling centres with their risk levels, the sectors of "
             "responsibility, checkpoints, and the offline map of coverage."))),
    Area("personnel", QT_TRANSLATE_NOOP("Areas", "Personnel and units"), SP.SP_DirIcon,
         imported("ui.personnel.area", "PersonnelArea", QT_TRANSLATE_NOOP(
             "Areas", "The registry of officers by rank and service number, the organisation "
             "tree, detachments and vehicles, and imports from the personnel sheets."))),
    Area("assignments", QT_TRANSLATE_NOOP("Areas", "Assignments and rosters"),
         SP.SP_FileDialogListView,
         imported("ui.assignments.area", "AssignmentsArea", QT_TRANSLATE_NOOP(
             "Areas", "The assignment board: who guards which centre or post in each shift, "
             "assignment orders and duty rosters ready to sign."))),
    Area("reports", QT_TRANSLATE_NOOP("Areas", "Reports"), SP.SP_FileIcon,
         imported("ui.reports.area", "ReportsArea", "")),
    Area("incidents", QT_TRANSLATE_NOOP("Areas", "Incidents"), SP.SP_MessageBoxWarning,
         placeholder(QT_TRANSLATE_NOOP(
             "Areas", "The polling-day log of incidents against centres and posts, their "
             "severity and handling, and the situation reports sent up."))),
    Area("settings", QT_TRANSLATE_NOOP("Areas", "Settings"), SP.SP_FileDialogInfoView,
         imported("ui.settings.area", "SettingsArea", "")),
)


def area(key: str) -> Area:
    for candidate in AREAS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
