"""An open minutes editor among the room's workstations: the changes to its minutes committed
elsewhere, heard, judged and said; the banner's and the conflict dialog's answers.

Every committed change reaches the editor through the change hub (``ctx.changes``). One that
touches its minutes is its own save coming back, news it holds already, or a change made
elsewhere. A notice heard while an operation of the editor runs (it may be that operation's
own commit, which is told before the operation's result arrives) waits until the operation
has ended; then a notice carrying a version no newer than the editor's is passed over, and a
newer one is said in the banner. A notice that does not tell the version (shortened, or
"refresh everything" after a lost link) is checked against the database.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models import MeetingStatus
from desktop.services.errors import NotFound
from desktop.services.meetings import MeetingState, load_meeting
from ui.meetings import conflict, workflow
from ui.meetings.common import show_error
from ui.operations import query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice
    from ui.meetings.editor import MeetingEditor

log = logging.getLogger("ghurfa.meetings")


class EditorRoom(QObject):
    """The room as one editor hears it (its child: it goes with the editor)."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.deferred: list[ChangeNotice] = []  # heard while an operation of the editor ran
        self.elsewhere: ChangeNotice | None = None  # the last change made elsewhere
        self.dialog: conflict.ConflictDialog | None = None
        self._hub = editor.ctx.changes
        editor.room_banner.show_changes.connect(self._on_banner_show_changes)
        editor.room_banner.reload.connect(self._on_banner_reload)
        if self._hub is not None:
            self._hub.changed.connect(self._on_room_changed)

    # -- hearing -------------------------------------------------------------------------------

    def _on_room_changed(self, notice: ChangeNotice) -> None:
        editor = self.editor
        if not shiboken6.isValid(editor) or editor.meeting_id is None \
                or not notice.touches("meetings", editor.meeting_id):
            return
        if editor.busy:
            self.deferred.append(notice)
            return
        self.judge(notice)

    def judge_deferred(self) -> None:
        """After an operation of the editor: the notices heard meanwhile, judged now."""
        pending, self.deferred = self.deferred, []
        for notice in pending:
            if self.editor.busy:
                self.deferred.append(notice)
            else:
                self.judge(notice)

    def judge(self, notice: ChangeNotice) -> None:
        editor = self.editor
        meeting_id = editor.meeting_id
        if meeting_id is None:
            return
        if notice.was_deleted("meetings", meeting_id):
            self.deleted_elsewhere(notice)
            return
        version = notice.versions.get("meetings", {}).get(meeting_id)
        if version is not None:
            if editor.version is None or version > editor.version:
                self.changed_elsewhere(notice)
            return

        def compare(stored: int) -> None:
            if editor.meeting_id == meeting_id and (editor.version is None
                                                    or stored > editor.version):
                self.changed_elsewhere(notice)

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFound) and editor.meeting_id == meeting_id:
                self.deleted_elsewhere(notice)
            else:
                log.warning("the stored version could not be read: %s", error)

        (query_op(editor, editor.ctx.db,
                  lambda session: load_meeting(session, meeting_id).version)
         .success(compare).failure(failed).run())

    # -- saying --------------------------------------------------------------------------------

    def changed_elsewhere(self, notice: ChangeNotice | None, *, quietly: bool = True) -> None:
        """Said at once in the banner; minutes the user cannot edit here (approved, awaiting
        approval) are simply read again, unless ``quietly`` is False (a save was refused)."""
        if notice is not None:
            self.elsewhere = notice
        editor = self.editor
        if quietly and editor.read_only and not editor.is_dirty():
            editor.reload(QCoreApplication.translate(
                "MeetingEditor", "Read again: {change}").format(
                    change=conflict.changed_text(self.elsewhere)))
            return
        editor.room_banner.say_changed(conflict.changed_text(self.elsewhere))

    def deleted_elsewhere(self, notice: ChangeNotice | None) -> None:
        """Gone from the database: the text stays in the form and the journal, and a save
        records it as new minutes."""
        if notice is not None:
            self.elsewhere = notice
        editor = self.editor
        keeps = workflow.can_edit(editor.ctx.actor) and editor.status is MeetingStatus.DRAFT
        editor.room_banner.say_deleted(conflict.deleted_text(self.elsewhere, keeps_text=keeps))
        if keeps:
            editor.take_as_new()

    def forget(self) -> None:
        """The editor shows the minutes as stored now: nothing elsewhere is news any more."""
        self.elsewhere = None
        self.editor.room_banner.hide()

    # -- answering -----------------------------------------------------------------------------

    def _on_banner_reload(self) -> None:
        """Reload at once if nothing is typed; else ask, and keep the typed text first."""
        editor = self.editor
        if editor.is_dirty():
            answer = QMessageBox.question(
                editor, QCoreApplication.translate("MeetingEditor", "Reload the minutes"),
                QCoreApplication.translate(
                    "MeetingEditor", "Your unsaved changes to these minutes will be replaced by "
                    "the minutes as stored now. Your text will be put on the clipboard and kept "
                    "in the draft journal. Reload?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            QApplication.clipboard().setText(conflict.version_text(
                conflict.values_of(editor.minutes(), editor.status), editor.names()))
            editor.keep_in_journal()
        editor.reload()

    def _on_banner_show_changes(self) -> None:
        """The minutes as stored now beside the form, in the conflict dialog."""
        editor = self.editor
        meeting_id = editor.meeting_id
        if meeting_id is None:
            return
        mine = conflict.values_of(editor.minutes(), editor.status)

        def shown(state: MeetingState) -> None:
            self.open_conflict(conflict.values_of(state.minutes, state.status), mine)

        def failed(error: BaseException) -> None:
            if isinstance(error, NotFound):
                self.deleted_elsewhere(None)
            else:
                show_error(editor, error)

        (query_op(editor, editor.ctx.db, lambda session: load_meeting(session, meeting_id))
         .success(shown).failure(failed).run())

    def open_conflict(self, theirs: dict[str, Any], mine: dict[str, Any]) -> None:
        """Read the names both versions hold, then show them side by side."""
        editor = self.editor
        seen, lang = editor.seen, editor.ctx.language

        def names(session: Session) -> conflict.Names:
            return conflict.read_names(session, [theirs, mine], lang)

        def show(found: conflict.Names) -> None:
            self.close_dialog()
            dialog = conflict.ConflictDialog(
                conflict.changed_text(self.elsewhere),
                conflict.compare(theirs, mine, seen, found),
                conflict.version_text(theirs, found), conflict.version_text(mine, found), editor)
            dialog.reload_theirs.connect(self._on_conflict_reload_theirs)
            self.dialog = dialog
            dialog.show()

        (query_op(editor, editor.ctx.db, names).success(show)
         .failure(lambda error: show_error(editor, error)).run())

    def _on_conflict_reload_theirs(self) -> None:
        """The dialog has put the user's version on the clipboard; the journal keeps it too."""
        self.editor.keep_in_journal()
        self.editor.reload()

    def close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None

    def close(self) -> None:
        """The editor closes: it hears no more, and its dialog goes with it."""
        if self._hub is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # gone with the hub already
                self._hub.changed.disconnect(self._on_room_changed)
            self._hub = None
        self.close_dialog()
