"""Minutes changed on another workstation: the banner that says so, and the dialog that sets
"theirs" beside "mine" when a save is refused as stale.

Nobody's update is lost. A save made on a copy that another workstation has changed since is
refused by the core (``StaleRecord``, carrying the minutes as stored now); this dialog shows,
field by field, what is stored now beside what the clerk typed, readable (dates as dates,
bodies and people by name), and the whole of both versions as text to copy from. Nothing here
writes: reloading the stored minutes is the editor's, and before it the clerk's version goes
to the clipboard and stays in the dialog (and in the draft journal, which is the editor's too).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import MeetingStatus
from desktop.services.meetings import MinutesInput
from ui.direction import LRI, PDI
from ui.meetings.common import label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

CONTEXT = "MeetingConflict"
CELL_LIMIT = 400  # characters of a list shown in one cell; the whole is in the texts below
DIALOG_SIZE = (1040, 680)  # fits a 1366×768 laptop screen with the taskbar

# The fields of the minutes a clerk edits, in the form's order, with their labels. The keys
# are those of ``desktop.services.meetings.meeting_values`` (what a ``StaleRecord`` carries).
FIELDS: tuple[tuple[str, str], ...] = (
    ("subject", QT_TRANSLATE_NOOP("MeetingConflict", "Subject")),
    ("kind", QT_TRANSLATE_NOOP("MeetingConflict", "Kind")),
    ("classification", QT_TRANSLATE_NOOP("MeetingConflict", "Classification")),
    ("election_id", QT_TRANSLATE_NOOP("MeetingConflict", "Election")),
    ("organiser_id", QT_TRANSLATE_NOOP("MeetingConflict", "Organising body")),
    ("starts_at", QT_TRANSLATE_NOOP("MeetingConflict", "Starts")),
    ("ends_at", QT_TRANSLATE_NOOP("MeetingConflict", "Ends")),
    ("place", QT_TRANSLATE_NOOP("MeetingConflict", "Place")),
    ("chair_id", QT_TRANSLATE_NOOP("MeetingConflict", "Chair")),
    ("status", QT_TRANSLATE_NOOP("MeetingConflict", "Status")),
    ("attendees", QT_TRANSLATE_NOOP("MeetingConflict", "Attendees")),
    ("agenda", QT_TRANSLATE_NOOP("MeetingConflict", "Agenda and outcomes")),
    ("other_outcomes", QT_TRANSLATE_NOOP("MeetingConflict", "Other outcomes")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(key: str) -> str:
    return tr(dict(FIELDS)[key])


# -- the values compared ---------------------------------------------------------------------

def values_of(minutes: MinutesInput, status: MeetingStatus | None) -> dict[str, Any]:
    """The minutes as the fields compared here: the same keys and kinds of value as the
    stored values a ``StaleRecord`` carries, so "mine" and "theirs" compare field by field."""
    m = minutes.meeting
    return {"subject": m.subject, "kind": m.kind, "classification": m.classification,
            "election_id": m.election_id, "organiser_id": m.organiser_id,
            "starts_at": m.starts_at, "ends_at": m.ends_at, "place": m.place or None,
            "chair_id": m.chair_id, "status": status, "attendees": list(minutes.attendees),
            "agenda": list(minutes.agenda), "other_outcomes": list(minutes.other_outcomes)}


def stored_of(stored: Mapping[str, Any]) -> dict[str, Any]:
    """The compared fields out of a refusal's stored values (which hold more columns)."""
    values = {key: stored.get(key) for key, _label in FIELDS}
    values["place"] = values["place"] or None
    for key in ("attendees", "agenda", "other_outcomes"):
        values[key] = list(values[key] or [])
    return values


def people_in(values: Mapping[str, Any]) -> set[int]:
    """The people a version names (chair, attendees, those responsible for outcomes)."""
    found = {values.get("chair_id")}
    found |= {a.person_id for a in values.get("attendees") or ()}
    outcomes = [o for item in values.get("agenda") or () for o in item.outcomes]
    found |= {o.responsible_person_id for o in outcomes + list(values.get("other_outcomes") or ())}
    return {i for i in found if i is not None}


@dataclass(frozen=True)
class Names:
    """How the ids a version holds read: people, bodies and elections by name."""

    people: Mapping[int, str] = field(default_factory=dict)
    organisations: Mapping[int, str] = field(default_factory=dict)
    elections: Mapping[int, str] = field(default_factory=dict)


def read_names(session: Session, versions: Iterable[Mapping[str, Any]], lang: str) -> Names:
    """The names of everything the versions name, read in one unit of work (in a worker)."""
    from ui.meetings import lookup

    ids: set[int] = set()
    for values in versions:
        ids |= people_in(values)
    cards = lookup.read_cards(session, ids)
    return Names(people={i: card.name for i, card in cards.items()},
                 organisations=dict(lookup.read_organisations(session, lang)),
                 elections=dict(lookup.read_elections(session, lang)))


def _rtl() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _comma() -> str:
    return "، " if _rtl() else ", "


def _semicolon() -> str:
    return "؛ " if _rtl() else "; "


def _left_to_right(text: str) -> str:
    """A date read year first in an Arabic line too (mirrored, «2008-07-20 10:00» read
    «10:00 20-07-2008»)."""
    return f"{LRI}{text}{PDI}" if _rtl() else text


def _named(names: Mapping[int, str], value: int | None) -> str:
    if value is None:
        return "—"
    return names.get(value) or QCoreApplication.translate(
        "MeetingConflict", "(unknown, number {id})").format(id=value)


def readable(key: str, value: Any, names: Names) -> str:
    """One field's value as the clerk reads it: a date as a date, an id as a name."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, datetime):
        return _left_to_right(value.strftime("%Y-%m-%d %H:%M"))
    if isinstance(value, date):
        return _left_to_right(value.isoformat())
    if key == "election_id":
        return _named(names.elections, value)
    if key == "organiser_id":
        return _named(names.organisations, value)
    if key == "chair_id":
        return _named(names.people, value)
    if key == "attendees":
        shown = _comma().join(_named(names.people, a.person_id) for a in value)
        return _cut(f"({len(value)}) {shown}" if value else "—")
    if key == "agenda":
        shown = _semicolon().join(f"{item.title} ({len(item.outcomes)})" for item in value)
        return _cut(f"({len(value)}) {shown}" if value else "—")
    if key == "other_outcomes":
        shown = _semicolon().join(o.text for o in value)
        return _cut(f"({len(value)}) {shown}" if value else "—")
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


def _outcome_line(outcome: Any, names: Names) -> str:
    parts = [f"[{label(outcome.kind)}] {outcome.text}"]
    if outcome.responsible_organisation_id is not None:
        parts.append(_named(names.organisations, outcome.responsible_organisation_id))
    if outcome.responsible_person_id is not None:
        parts.append(_named(names.people, outcome.responsible_person_id))
    if outcome.due_date is not None:
        parts.append(_left_to_right(outcome.due_date.isoformat()))
    parts.append(label(outcome.priority))
    return "    - " + " — ".join(parts)


def version_text(values: Mapping[str, Any], names: Names) -> str:
    """A whole version as plain text, every word of it, to copy back piece by piece."""
    lines = [f"{field_label(key)}: {readable(key, values.get(key), names)}"
             for key in ("subject", "kind", "classification", "election_id", "organiser_id",
                         "starts_at", "ends_at", "place", "chair_id", "status")]
    lines += ["", f"{field_label('attendees')}:"]
    for number, attendee in enumerate(values.get("attendees") or (), start=1):
        parts = [_named(names.people, attendee.person_id), label(attendee.capacity),
                 label(attendee.presence)]
        if attendee.represents_id is not None:
            parts.append(_named(names.organisations, attendee.represents_id))
        lines.append(f"{number}. " + " — ".join(parts))
    lines += ["", f"{field_label('agenda')}:"]
    for number, item in enumerate(values.get("agenda") or (), start=1):
        lines.append(f"{number}. {item.title}")
        if item.discussion:
            lines.append(item.discussion)
        lines += [_outcome_line(o, names) for o in item.outcomes]
    others = values.get("other_outcomes") or ()
    if others:
        lines += ["", f"{field_label('other_outcomes')}:"]
        lines += [_outcome_line(o, names) for o in others]
    return "\n".join(lines)


@dataclass(frozen=True)
class Difference:
    """One field on which the stored minutes and the clerk's differ."""

    key: str
    theirs: str
    mine: str
    changed_there: bool | None  # None: what the clerk first read is not known
    changed_here: bool | None


def compare(theirs: Mapping[str, Any], mine: Mapping[str, Any],
            seen: Mapping[str, Any] | None, names: Names) -> list[Difference]:
    """The fields where "theirs" and "mine" differ, in the form's order. ``seen`` (what the
    clerk read before editing) tells which side changed each."""
    found: list[Difference] = []
    for key, _label in FIELDS:
        if theirs.get(key) == mine.get(key):
            continue
        there = here = None
        if seen is not None:
            there, here = theirs.get(key) != seen.get(key), mine.get(key) != seen.get(key)
        theirs_text, mine_text = readable(key, theirs.get(key), names), readable(
            key, mine.get(key), names)
        if theirs_text == mine_text:  # the same titles: a discussion or an outcome differs
            mine_text += " — " + QCoreApplication.translate(
                "MeetingConflict", "the texts differ; see the whole versions below")
        found.append(Difference(key, theirs_text, mine_text, there, here))
    return found


# -- who changed what, said in words -----------------------------------------------------------

def _when(moment: datetime) -> str:
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def changed_text(notice: ChangeNotice | None) -> str:
    """«{user}» at {workstation} changed these minutes at {time}, or as much as is known."""
    if notice is None or notice.everything or not notice.workstation:
        return QCoreApplication.translate(
            "MeetingConflict",
            "These minutes were changed on another workstation since you opened them.")
    if notice.user:
        return QCoreApplication.translate(
            "MeetingConflict", "«{user}» at {workstation} changed these minutes at {time}.",
        ).format(user=notice.user, workstation=notice.workstation, time=_when(notice.at))
    return QCoreApplication.translate(
        "MeetingConflict", "These minutes were changed at {workstation} at {time}.",
    ).format(workstation=notice.workstation, time=_when(notice.at))


def deleted_text(notice: ChangeNotice | None, *, keeps_text: bool) -> str:
    if notice is not None and notice.user and notice.workstation:
        said = QCoreApplication.translate(
            "MeetingConflict", "«{user}» at {workstation} deleted these minutes at {time}.",
        ).format(user=notice.user, workstation=notice.workstation, time=_when(notice.at))
    else:
        said = QCoreApplication.translate(
            "MeetingConflict", "These minutes were deleted on another workstation.")
    if keeps_text:
        said += " " + QCoreApplication.translate(
            "MeetingConflict", "Your text is kept here and in the draft journal: save to "
            "record it as new minutes, or copy what you need.")
    return said


# -- the banner --------------------------------------------------------------------------------

class RoomBanner(QFrame):
    """At the top of an open editor: the minutes changed (or went) elsewhere, said at once."""

    show_changes = Signal()
    reload = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomBanner")
        self.setStyleSheet("QFrame#roomBanner { background: #fde8e6; border: 1px solid #d9776c; }"
                           " QFrame#roomBanner QLabel { color: #6b1d14; }")
        self.text = QLabel()
        self.text.setObjectName("roomBannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("Show the changes"))
        self.show_button.setObjectName("roomShowChanges")
        self.show_button.clicked.connect(self.show_changes)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("roomReload")
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.reload_button)
        self.hide()

    def say_changed(self, text: str) -> None:
        self.text.setText(text)
        self.show_button.show()
        self.reload_button.show()
        self.show()

    def say_deleted(self, text: str) -> None:
        self.text.setText(text)
        self.show_button.hide()
        self.reload_button.hide()
        self.show()


# -- the dialog --------------------------------------------------------------------------------

class ConflictDialog(QDialog):
    """Theirs beside mine, field by field and whole; the clerk reloads theirs, keeps this open
    to copy from, or cancels. It saves nothing and stays open (not modal) while the clerk
    copies from it into the editor."""

    reload_theirs = Signal()

    def __init__(self, heading: str, differences: list[Difference], theirs_text: str,
                 mine_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingConflict")
        self.setWindowTitle(self.tr("The minutes were changed elsewhere"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.differences = differences
        self.mine_text = mine_text
        self.heading = QLabel(heading + " " + self.tr(
            "Nothing of yours was saved. Compare the two versions below, then reload theirs "
            "or keep yours to copy from."))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(differences), 4)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Theirs (stored now)"), self.tr("Mine (typed here)"),
            self.tr("Changed")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for row, difference in enumerate(differences):
            for column, text in enumerate((field_label(difference.key), difference.theirs,
                                           difference.mine, self._side(difference))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # a long list wraps to the width its column is given, once it is given one
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())

        self.theirs = self._text(theirs_text, "conflictTheirs")
        self.mine = self._text(mine_text, "conflictMine")
        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.setChildrenCollapsible(False)
        for title, edit in ((self.tr("Their version, as stored now"), self.theirs),
                            (self.tr("My version"), self.mine)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(edit)
            texts.addWidget(box)

        self.note = QLabel()
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.reload_button = QPushButton(self.tr("Reload theirs"))
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.clicked.connect(self._on_reload_clicked)
        self.keep_button = QPushButton(self.tr("Keep mine to copy"))
        self.keep_button.setObjectName("conflictKeep")
        self.keep_button.clicked.connect(self._on_keep_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("conflictCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reload_button, self.keep_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        layout.addWidget(texts, 2)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(*DIALOG_SIZE)

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(name)
        edit.setReadOnly(True)  # read-only, still selectable and copied with Ctrl+C
        edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return edit

    def _side(self, difference: Difference) -> str:
        there, here = difference.changed_there, difference.changed_here
        if there and here:
            return self.tr("On both")
        if there:
            return self.tr("There")
        if here:
            return self.tr("Here")
        return ""

    def _on_reload_clicked(self) -> None:
        """The clerk's version goes to the clipboard first, then the editor reloads theirs."""
        QApplication.clipboard().setText(self.mine_text)
        self.reload_theirs.emit()
        self.reload_button.setEnabled(False)
        self.keep_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self._say(self.tr("The stored minutes are now in the editor. Your version is on the "
                          "clipboard, and below until you close this window."))

    def _on_keep_clicked(self) -> None:
        self.keep_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self._say(self.tr("Nothing was saved. Your text stays in the editor; copy what you "
                          "need from either version."))
        self.mine.setFocus()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
