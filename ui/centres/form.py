"""A registry record's form: read by an operation, saved by a change, refused without loss.

Each form of the Centres area (a centre, a post, a sector, an area) is a dialog built on
``RecordDialog``. It opens at once, its fields waiting while the record and the choices of its
boxes are read; Save is a change (one unit of work) whose buttons wait while it runs. A
refusal is said in the form, which stays open with everything typed; a save refused because
another workstation saved the record first opens ``RecordConflict`` (theirs beside mine). A
change to the open record committed elsewhere is said at once, in a line above the fields.
Who may not change the record sees it greyed out, with the core's reason.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import UserRole
from desktop.services import permissions
from desktop.services.errors import DomainError, StaleRecord
from ui.centres.common import ERROR_STYLE, NOTE_STYLE, refusal
from ui.centres.conflict import FieldDifference, RecordConflict
from ui.context import AppContext
from ui.labels import label
from ui.operations import Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

BANNER_STYLE = ("QLabel#recordBanner { background: #fde8e6; border: 1px solid #d9776c; "
                "color: #6b1d14; padding: 6px; }")
EMPTY = "—"


class RecordDialog(QDialog):
    """The frame of a form. A subclass lays its fields out in ``self.form``, then calls
    ``start()``; it gives ``read_work`` / ``show_read`` (what is read and how it shows),
    ``entered`` (the input typed), ``save_work`` (the change), and for a refusal as stale
    ``stored_fields`` (each field's stored value beside the typed one) and ``take_stored``.

    ``saved(id)`` once the record is saved; the dialog then closes."""

    saved = Signal(int)
    KIND = ""  # the record's table, as the change notices name it
    ROLES: tuple[UserRole, ...] = permissions.DEPLOYMENT

    def __init__(self, ctx: AppContext, record_id: int | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.version: int | None = None  # the version read, handed back when saving
        self.loaded = False
        self.pending: Operation | None = None  # the read or the save under way
        self.conflict: RecordConflict | None = None
        self._initial: Any = None
        self._discarding = False
        self.setWindowTitle(title)
        self.setObjectName(f"{type(self).__name__}Dialog")
        self.reason = refusal(ctx.actor, self.ROLES)

        self.banner = QLabel()
        self.banner.setObjectName("recordBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("recordReload")
        self.reload_button.clicked.connect(self.load)
        self.reload_button.hide()
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self.reason or "")
        self.note.setObjectName("recordNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.setVisible(self.reason is not None)
        self.error = QLabel()
        self.error.setObjectName("recordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(banner_row)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._hub = ctx.changes
        if self._hub is not None:
            self._hub.changed.connect(self._on_room_changed)

    # -- what a form gives ------------------------------------------------------------------------

    def read_work(self) -> Callable[[Session], Any]:
        raise NotImplementedError

    def show_read(self, read: Any) -> None:
        raise NotImplementedError

    def entered(self) -> Any:
        raise NotImplementedError

    def save_work(self, entered: Any) -> Callable[[Session], int]:
        """The change: it returns the record's id."""
        raise NotImplementedError

    def create_or_update(self, create: Callable[..., Any], update: Callable[..., Any],
                         entered: Any) -> Callable[[Session], int]:
        """The usual change: ``create(session, actor, entered)`` for a new record, else
        ``update(session, actor, id, entered, expected_version=…)`` with the version read."""
        actor, record_id, version = self.ctx.actor, self.record_id, self.version

        def save(session: Session) -> int:
            if record_id is None:
                record = create(session, actor, entered)
            else:
                record = update(session, actor, record_id, entered, expected_version=version)
            session.flush()
            return record.id

        return save

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        """(label, stored value, typed value) for each field the form edits."""
        raise NotImplementedError

    def take_stored(self, error: StaleRecord) -> None:
        """Show the stored record the refusal carries, and take its version."""
        raise NotImplementedError

    def keep_typed(self, error: StaleRecord) -> None:
        """The user keeps what was typed: the next save replaces the stored version."""
        self.version = error.stored_version

    def versions(self) -> dict[str, dict[int, int | None]]:
        """The records the form shows, by kind, with the version read of each."""
        if self.record_id is None:
            return {}
        return {self.KIND: {self.record_id: self.version}}

    def readable(self, value: Any) -> str:
        """A value as the conflict dialog shows it; forms name their ids by overriding."""
        if value is None or value == "":
            return EMPTY
        if isinstance(value, Enum):
            return label(value)
        if isinstance(value, float):
            return f"{value:.6f}".rstrip("0").rstrip(".")
        return str(value)

    # -- reading -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Once the subclass has laid out its fields: read the record and the choices."""
        self.load()

    def load(self) -> Operation | None:
        if self.pending is not None:
            return None
        self.fields.setEnabled(False)
        self.save_button.setEnabled(False)
        self.error.setText(self.tr("Reading…"))
        self.pending = (query_op(self, self.ctx.db, self.read_work())
                        .success(self._on_read).failure(self._on_read_failed).run())
        return self.pending

    def _on_read(self, read: Any) -> None:
        self.pending = None
        self.show_read(read)
        self.loaded = True
        self._initial = self.entered()
        self.error.setText("")
        self.banner.hide()
        self.reload_button.hide()
        self._update_state()

    def _on_read_failed(self, error: BaseException) -> None:
        self.pending = None
        self._update_state()
        if isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
            return
        self.error.setText("")
        from ui.errors import show_error

        show_error(self, error)

    def _update_state(self) -> None:
        editable = self.loaded and self.reason is None and self.pending is None
        self.fields.setEnabled(self.loaded and self.pending is None)
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(self.reason or "")
        if self.reason is not None:
            for child in self.fields.findChildren(QWidget):
                if hasattr(child, "setReadOnly"):
                    child.setReadOnly(True)
                elif not isinstance(child, QLabel):
                    child.setEnabled(False)

    def is_dirty(self) -> bool:
        return self.loaded and self.entered() != self._initial

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> Operation | None:
        if self.pending is not None or not self.loaded or self.reason is not None:
            return None
        work = self.save_work(self.entered())
        self.error.setText(self.tr("Saving…"))
        self.pending = (change_op(self, self.ctx.db, work)
                        .success(self._on_saved).failure(self._on_refused).run())
        self._update_state()
        return self.pending

    def _on_saved(self, record_id: int) -> None:
        self.pending = None
        self.record_id = record_id
        self.error.setText("")
        self._update_state()
        self.saved.emit(record_id)
        self._discarding = True
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self._update_state()
        if isinstance(error, StaleRecord):
            self.error.setText(self.tr(
                "Not saved: this record was changed elsewhere since you opened it."))
            self.open_conflict(error)
        elif isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
        else:
            self.error.setText(self.tr("Not saved."))
            from ui.errors import show_error

            show_error(self, error)

    def open_conflict(self, error: StaleRecord) -> RecordConflict:
        differences = [FieldDifference(name, self.readable(theirs), self.readable(mine))
                       for name, theirs, mine in self.stored_fields(error)
                       if self.readable(theirs) != self.readable(mine)]
        heading = self.tr("Another workstation saved this record after you opened it.")
        self.conflict = RecordConflict(heading, differences, self)
        self.conflict.take_theirs.connect(lambda: self._on_take_theirs(error))
        self.conflict.keep_mine.connect(lambda: self._on_keep_mine(error))
        self.conflict.open()
        return self.conflict

    def _on_take_theirs(self, error: StaleRecord) -> None:
        self.take_stored(error)
        self.error.setText(self.tr("The stored values are in the form; yours are on the "
                                   "clipboard."))

    def _on_keep_mine(self, error: StaleRecord) -> None:
        self.keep_typed(error)
        self.error.setText(self.tr("Your values are kept. Save again to replace theirs."))

    # -- the room ----------------------------------------------------------------------------------

    def _on_room_changed(self, notice: ChangeNotice) -> None:
        """Said at once when the open record is changed or deleted elsewhere; a form with
        nothing typed simply reads it again."""
        if not shiboken6.isValid(self) or not self.loaded or self.pending is not None:
            return
        for kind, records in self.versions().items():
            for record_id, version in records.items():
                if not notice.touches(kind, record_id):
                    continue
                if notice.was_deleted(kind, record_id):
                    self._say_elsewhere(self.tr(
                        "This record was deleted on another workstation; what you typed is "
                        "still here."), reload=False)
                    return
                newer = notice.versions.get(kind, {}).get(record_id)
                if newer is not None and version is not None and newer <= version:
                    continue
                if not self.is_dirty():
                    self.load()
                    return
                self._say_elsewhere(self._changed_text(notice), reload=True)
                return

    def _changed_text(self, notice: ChangeNotice) -> str:
        if notice.everything or not notice.workstation:
            return self.tr("This record was changed on another workstation since you opened "
                           "it. Saving will show what differs.")
        return self.tr("«{user}» at {workstation} changed this record since you opened it. "
                       "Saving will show what differs.").format(
                           user=notice.user or "?", workstation=notice.workstation)

    def _say_elsewhere(self, text: str, *, reload: bool) -> None:
        self.banner.setText(text)
        self.banner.show()
        self.reload_button.setVisible(reload)

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: typed changes are given up only once the user says so."""
        if self.pending is not None and not self.loaded:
            super().reject()  # still reading: nothing typed yet
            return
        if self.pending is not None:
            return  # a save on its way is not left half-known
        if self._discarding or not self.is_dirty() or self.reason is not None:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Discard the changes you typed?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._discard() if box.standardButton(
            button) == QMessageBox.StandardButton.Discard else None)
        self.discard_box = box
        box.open()

    def _discard(self) -> None:
        if not self._discarding:
            self._discarding = True
            self.reject()

    def done(self, result: int) -> None:
        if self._hub is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with Qt
                self._hub.changed.disconnect(self._on_room_changed)
            self._hub = None
        super().done(result)
