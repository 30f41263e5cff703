"""Finding people as the clerk types, and adding a person or organisation on the spot.

The picker searches the registry (name, rank, service number, position, organisation; Arabic
normalised by the core) a moment after each keystroke, by an operation: the interface thread
never waits, and only the answer to the latest search is shown (an older keystroke's answer,
arriving late, is dropped). Enter takes the highlighted match, or the first one, so a whole
attendance list can be typed without the mouse; Enter pressed before the answer has come takes
its first match once it comes, and what was typed after the Enter stays in the box.

A new person or organisation is a change: the form's buttons wait while it runs, and the
core's refusal is said in the form, which keeps what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import Organisation, OrganisationKind, Person
from desktop.services.actor import Actor
from desktop.services.errors import DomainError
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, create_person, person_cards
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings import lookup
from ui.meetings.common import ID_ROLE, ChoiceCombo, enum_choices, show_error
from ui.operations import Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 150
ERROR_STYLE = "color: #b00020;"


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
    """A search box over the people registry; ``picked`` carries the chosen person's card,
    ``found`` follows each answer shown (the latest search's)."""

    picked = Signal(object)  # lookup.PersonCard
    found = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results = PeopleModel(self)
        self._asked = 0  # the latest search started
        self._answered = 0  # the latest search whose answer is shown
        self._take_first: tuple[int, str] | None = None  # Enter came first: (search, typed)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name, rank, service number or position…"))
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._on_result_activated)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())

    @property
    def searching(self) -> bool:
        """A search waits to start or for its answer: the results shown are not the text's."""
        return self._timer.isActive() or self._answered < self._asked

    def search_now(self) -> Operation | None:
        """Search for the text as it stands; the answer comes later (``found``). None when
        the box is empty (no results, at once)."""
        self._timer.stop()
        self._asked += 1
        asked, text = self._asked, self.text().strip()
        if not text:
            self._on_found(asked, [])
            return None
        return query_op(self, self.ctx.db, lambda session: lookup.read_people(session, text)) \
            .success(lambda cards: self._on_found(asked, cards)) \
            .failure(lambda error: self._on_search_failed(asked, error)).run()

    def _on_found(self, asked: int, cards: list[lookup.PersonCard]) -> None:
        take = self._take_first
        if take is not None and take[0] == asked:
            self._take_first = None
            self._take_found(asked, take[1], cards)
            return
        if asked != self._asked:
            return  # the answer to an older keystroke: a newer search is on its way
        self._answered = asked
        self.results.set_cards(cards)
        if self.results.cards and self.hasFocus():
            self._completer.complete()
        else:
            self._completer.popup().hide()
        self.found.emit()

    def _on_search_failed(self, asked: int, error: BaseException) -> None:
        if self._take_first is not None and self._take_first[0] == asked:
            self._take_first = None
        if asked != self._asked:
            return
        self._answered = asked
        show_error(self, error)

    def _take_found(self, asked: int, typed: str, cards: list[lookup.PersonCard]) -> None:
        """Enter was pressed on ``typed`` before its answer came: take the first match, and
        leave in the box only what was typed after the Enter (searched for in turn)."""
        if not cards:  # nothing matches: the text stays, to be corrected
            if asked == self._asked:
                self._answered = asked
                self.results.set_cards([])
                self.found.emit()
            return
        # a search started since the Enter was for the text with the taken name in it
        self._asked += 1
        self._answered = self._asked
        now = self.text()
        rest = now[len(typed):] if now.startswith(typed) else now
        self._completer.popup().hide()
        self.setText(rest)
        self.results.set_cards([])
        if rest.strip():
            self._timer.start()
        self.picked.emit(cards[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.searching:  # what is shown is not yet the text's: take its first answer
                if self._timer.isActive():
                    self.search_now()
                if self._answered < self._asked:
                    self._take_first = (self._asked, self.text())
                    return
            popup = self._completer.popup()
            current = popup.currentIndex() if popup.isVisible() else QModelIndex()
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
    """A small form whose OK creates the record, as a change; a refusal is said in the form,
    which stays with what was typed. ``created_id`` is set once the record exists."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.pending: Operation | None = None  # the creation under way
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def entered(self) -> Any:
        """What the form holds, read here on the interface thread for the change to use."""
        raise NotImplementedError

    @staticmethod
    def create(session: Session, actor: Actor, entered: Any) -> Any:
        """The record made from ``entered``, in the change's session; returns what ``_made``
        takes."""
        raise NotImplementedError

    def _made(self, made: Any) -> int:
        return made

    def _on_ok(self) -> Operation | None:
        if self.pending is not None:
            return None
        entered, actor, create = self.entered(), self.ctx.actor, self.create
        self.buttons.setEnabled(False)
        self.pending = change_op(self, self.ctx.db, lambda session: create(
            session, actor, entered)).success(self._on_created).failure(self._on_refused).run()
        return self.pending

    def _on_created(self, made: Any) -> None:
        self.pending = None
        self.buttons.setEnabled(True)
        self.error.setText("")
        self.created_id = self._made(made)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self.buttons.setEnabled(True)
        if isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
            return
        show_error(self, error)

    def reject(self) -> None:
        if self.pending is None:  # a record on its way is not left half-known
            super().reject()


class NewOrganisationDialog(_CreateDialog):
    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New organisation"), parent)
        self.name = QLineEdit(name)
        self.kind = ChoiceCombo(enum_choices(OrganisationKind))
        self.kind.set_value(OrganisationKind.OTHER)
        self.parent_org = ChoiceCombo(empty=self.tr("(none)"))
        lang = ctx.language
        lookup.fill(self.parent_org, ctx.db,
                    lambda session: lookup.read_organisations(session, lang))
        self.short_name = QLineEdit()
        limit_lengths({self.name: Organisation.name_ar, self.short_name: Organisation.short_name})
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Under"), self.parent_org)
        self.form.addRow(self.tr("&Short name"), self.short_name)

    def entered(self) -> OrganisationInput:
        return OrganisationInput(
            name_ar=self.name.text(), kind=self.kind.value() or OrganisationKind.OTHER,
            parent_id=self.parent_org.value(), short_name=self.short_name.text() or None)

    @staticmethod
    def create(session: Session, actor: Actor, entered: OrganisationInput) -> int:
        org = create_organisation(session, actor, entered)
        session.flush()
        return org.id


class NewPersonDialog(_CreateDialog):
    """``created_card`` is the new person as the pickers show them, read in the same change."""

    def __init__(self, ctx: AppContext, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New person"), parent)
        self.created_card: lookup.PersonCard | None = None
        self.name = QLineEdit(name)
        self.honorific = QLineEdit()
        self.rank = ChoiceCombo(empty=self.tr("(no rank)"))
        lookup.fill(self.rank, ctx.db, lookup.read_ranks)
        self.position = QLineEdit()
        self.service_number = QLineEdit()
        limit_lengths({self.name: Person.full_name_ar, self.honorific: Person.honorific,
                       self.position: Person.position_title,
                       self.service_number: Person.service_number})
        self.organisation = ChoiceCombo(empty=self.tr("(none)"))
        lang = ctx.language
        lookup.fill(self.organisation, ctx.db,
                    lambda session: lookup.read_organisations(session, lang))
        self.form.addRow(self.tr("Full &name"), self.name)
        self.form.addRow(self.tr("&Honorific"), self.honorific)
        self.form.addRow(self.tr("&Rank"), self.rank)
        self.form.addRow(self.tr("&Position"), self.position)
        self.form.addRow(self.tr("Service &number"), self.service_number)
        self.form.addRow(self.tr("&Organisation"), self.organisation)

    def entered(self) -> PersonInput:
        return PersonInput(
            full_name_ar=self.name.text(), honorific=self.honorific.text() or None,
            rank_id=self.rank.value(), position_title=self.position.text() or None,
            service_number=self.service_number.text() or None,
            organisation_id=self.organisation.value())

    @staticmethod
    def create(session: Session, actor: Actor, entered: PersonInput) -> lookup.PersonCard:
        person = create_person(session, actor, entered)
        session.flush()
        return person_cards(session, [person.id])[person.id]

    def _made(self, made: lookup.PersonCard) -> int:
        self.created_card = made
        return made.id
