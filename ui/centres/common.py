"""Small pieces the Centres area's lists and forms share: who may change the registry and why
not, the choices of its boxes read by operations, a count box and a coordinate field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop import i18n
from desktop.models import UserRole
from desktop.services import permissions
from desktop.services.errors import Forbidden, Invalid
from desktop.services.lookups import elections as election_choices
from desktop.services.lookups import organisations as organisation_choices
from desktop.services.site_lists import area_rows, sector_rows
from desktop.services.validation import INT_MAX, number
from ui.meetings.common import ascii_digit_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.actor import Actor

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: palette(dark);"
Choices = list[tuple[int, str]]


def refusal(actor: Actor | None, roles: tuple[UserRole, ...]) -> str | None:
    """Why ``actor`` may not change what ``roles`` guard, in the core's words; None if they
    may. The interface greys out what the core would refuse, and says the core's reason."""
    if permissions.may(actor, roles):
        return None
    if actor is None:
        return QCoreApplication.translate("Centres", "Nobody is signed in.")
    try:
        permissions.require(actor, roles)
    except Forbidden as error:
        return error.message(i18n.language())
    return None


# -- choices, read inside an operation's session -----------------------------------------------

def read_area_choices(session: Session) -> Choices:
    """Every area by its path from the governorate down («ميسان / العمارة / كميت»)."""
    return sorted(((row.id, row.path) for row in area_rows(session)), key=lambda c: c[1])


def read_sector_choices(session: Session) -> Choices:
    return [(row.id, row.name) for row in sector_rows(session)]


def read_organisation_choices(session: Session, lang: str) -> Choices:
    return [(choice.id, choice.text) for choice in organisation_choices(session, lang)]


# -- fields -------------------------------------------------------------------------------------

class CountBox(QSpinBox):
    """A count (stations, voters, officers) from zero; Arabic-Indic digits type as digits."""

    def __init__(self, parent: QWidget | None = None, maximum: int = INT_MAX) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a number reads one way
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(ascii_digit_key(event))


def coordinate_field(placeholder: str) -> QLineEdit:
    """A latitude or longitude as typed: the core reads it (either script's digits, the
    Arabic decimal point) and refuses it in words if it is not a number on the map."""
    edit = QLineEdit()
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(160)
    return edit


def typed(edit: QLineEdit) -> str | None:
    """The text of a field, None if it holds nothing but spaces."""
    text = edit.text()
    return text if text.strip() else None


def shown_number(value: float | None) -> str:
    """A coordinate as the field shows it again: as stored, without a trailing «.0»."""
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def typed_number(text: str | None) -> Any:
    """A typed coordinate as the core would read it, to set beside the stored one; the text
    itself if it is no number (the save would refuse it in words)."""
    if text is None:
        return None
    try:
        return number(text, "Latitude", required=False)
    except Invalid:
        return text


def read_election_choices(session: Session, lang: str) -> Choices:
    """The elections, latest first; their dates come isolated left to right from the core."""
    return [(choice.id, choice.text) for choice in election_choices(session, lang)]
