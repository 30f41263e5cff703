"""Finding people as the clerk types, and adding a person or organisation on the spot.

The picker searches the registry (name, rank, service number, position, organisation; Arabic
normalised by the core) a moment after each keystroke. Enter takes the highlighted match, or
the first one, so a whole attendance list can be typed without the mouse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import OrganisationKind
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, create_person
from ui.context import AppContext
from ui.meetings import lookup
from ui.meetings.common import ID_ROLE, ChoiceCombo, enum_choices, show_error

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 150


class PeopleModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: list[lookup.PersonCard] = []

    def set_cards(self, cards: list[lookup.PersonCard]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.line
        if role == ID_ROLE:
            return card.id
        return None


class PersonPicker(QLineEdit):
    """A search box over the people registry; ``picked`` carries the chosen person's card."""

    picked = Signal(object)  # lookup.PersonCard

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results = PeopleModel(self)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name, rank, service number or position…"))
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._on_result_activated)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())

    def search_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        self.results.set_cards(lookup.find_people(self.ctx.db, text) if text else [])
        if self.results.cards and self.hasFocus():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self._completer.popup()
            current = popup.currentIndex() if popup.isVisible() else QModelIndex()
            if self._timer.isActive():
                self.search_now()
            self.take(current.row() if current.isValid() else 0)
            return
        super().keyPressEvent(event)

    def take(self, row: int) -> None:
        if 0 <= row < len(self.results.cards):
            card = self.results.cards[row]
            self._completer.popup().hide()
            self.clear()
            self.results.set_cards([])
            self.picked.emit(card)

    def _on_result_activated(self, index: QModelIndex) -> None:
        row = index.row()
        QTimer.singleShot(0, lambda: self.take(row))


class _CreateDialog(QDialog):
    """A small form whose OK creates the record; a refusal is shown and the form stays."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def create(self, session) -> int:
        raise NotImplementedError

    def _on_ok(self) -> None:
        try:
            with self.ctx.db.session() as session:
                record_id = self.create(session)
        except Exception as error:
            show_error(self, error)
            return
        self.created_id = record_id
        self.accept()


class NewOrganisationDialog(_CreateDialog):
    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New organisation"), parent)
        self.name = QLineEdit(name)
        self.kind = ChoiceCombo(enum_choices(OrganisationKind))
        self.kind.set_value(OrganisationKind.OTHER)
        self.parent_org = ChoiceCombo(lookup.organisations(ctx.db, ctx.language),
                                      empty=self.tr("(none)"))
        self.short_name = QLineEdit()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Under"), self.parent_org)
        self.form.addRow(self.tr("&Short name"), self.short_name)

    def create(self, session) -> int:
        org = create_organisation(session, self.ctx.actor, OrganisationInput(
            name_ar=self.name.text(), kind=self.kind.value() or OrganisationKind.OTHER,
            parent_id=self.parent_org.value(), short_name=self.short_name.text() or None))
        session.flush()
        return org.id


class NewPersonDialog(_CreateDialog):
    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New person"), parent)
        self.name = QLineEdit(name)
        self.honorific = QLineEdit()
        self.rank = ChoiceCombo(lookup.ranks(ctx.db), empty=self.tr("(no rank)"))
        self.position = QLineEdit()
        self.service_number = QLineEdit()
        self.organisation = ChoiceCombo(lookup.organisations(ctx.db, ctx.language),
                                        empty=self.tr("(none)"))
        self.form.addRow(self.tr("Full &name"), self.name)
        self.form.addRow(self.tr("&Honorific"), self.honorific)
        self.form.addRow(self.tr("&Rank"), self.rank)
        self.form.addRow(self.tr("&Position"), self.position)
        self.form.addRow(self.tr("Service &number"), self.service_number)
        self.form.addRow(self.tr("&Organisation"), self.organisation)

    def create(self, session) -> int:
        person = create_person(session, self.ctx.actor, PersonInput(
            full_name_ar=self.name.text(), honorific=self.honorific.text() or None,
            rank_id=self.rank.value(), position_title=self.position.text() or None,
            service_number=self.service_number.text() or None,
            organisation_id=self.organisation.value()))
        session.flush()
        return person.id
