"""The Meetings area: the list of meetings and, in tabs beside it, the minutes being edited."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import MeetingStatus
from reports.file_names import suggested
from ui.audit.view import history_action
from ui.context import AppContext
from ui.meetings import workflow
from ui.meetings.editor import MeetingEditor
from ui.meetings.listing import MeetingsList
from ui.meetings.workflow import AMEND_KEY, APPROVE_KEY, EXCEL_KEY, RETURN_KEY, SUBMIT_KEY

# The toolbar's groups (making a meeting, its workflow, printing) and the "More" menu's
# actions (None: a separator before the one that deletes).
TOOLBAR_GROUPS = (("new", "open", "recurring"), ("submit", "approve", "return", "amend"),
                  ("print",))
MORE_MENU = ("excel", "archive", None, "delete")
# The list's actions that write: off while one of them runs.
LIST_STEPS = frozenset({"recurring", "delete", "submit", "approve", "return", "amend"})


class MeetingsArea(QWidget):
    saved_on_the_way_out = Signal()  # an editor closed once the save its user chose was in

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stepping = False  # a step from the list is under way
        self.list = MeetingsList(ctx)
        self.list.open_requested.connect(self.open_meeting)
        self.list.selection_changed.connect(self._update_actions)

        page = QWidget()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("meetingsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_menu = QMenu(page)
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
                ("new", self.tr("New meeting"), QKeySequence.StandardKey.New, self.new_meeting),
                ("open", self.tr("Open"), None, self._on_open),
                ("recurring", self.tr("New from this one"), QKeySequence("Ctrl+Shift+N"),
                 self._on_recurring),
                ("delete", self.tr("Delete draft"), QKeySequence.StandardKey.Delete,
                 self.delete_selected),
                ("submit", self.tr("Submit"), QKeySequence(SUBMIT_KEY), self._on_submit),
                ("approve", self.tr("Approve"), QKeySequence(APPROVE_KEY), self._on_approve),
                ("return", self.tr("Return to the clerk"), QKeySequence(RETURN_KEY),
                 self._on_return),
                ("amend", self.tr("Amend"), QKeySequence(AMEND_KEY), self._on_amend),
                ("print", self.tr("Print…"), QKeySequence.StandardKey.Print, self._on_print),
                ("excel", self.tr("Excel…"), QKeySequence(EXCEL_KEY), self._on_excel),
                ("archive", self.tr("Archive export…"), None, self.export_archive)):
            action = QAction(text, page)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            page.addAction(action)
            self.actions_[key] = action
        self._lay_out_toolbar()
        self.history_action = history_action(
            ctx, page, "meetings", lambda: getattr(self._selected(), "id", None))
        if self.history_action is not None:
            self.more_menu.addSeparator()
            self.more_menu.addAction(self.history_action)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.toolbar)
        page_layout.addWidget(self.list, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(page, self.tr("Meetings"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        # Tab from the navigation lands in the search box, not on the tab bar, so the list's
        # shortcuts fire at once; Ctrl+Tab still moves between the open minutes.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close_tab = QAction(self.tr("Close minutes"), self)
        close_tab.setShortcut(QKeySequence.StandardKey.Close)
        close_tab.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_tab.triggered.connect(self._on_close_current)
        self.addAction(close_tab)
        self.setFocusProxy(self.list.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_actions(None)

    def _lay_out_toolbar(self) -> None:
        """The daily actions in groups on the toolbar, the rare ones in a "More" menu at its
        end: eleven actions in a row passed the width of a 1366-pixel screen in Arabic, and
        those Qt then folded behind "››" were hard to find and their list hung off the
        screen."""
        for group in TOOLBAR_GROUPS:
            if self.toolbar.actions():
                self.toolbar.addSeparator()
            for key in group:
                self.toolbar.addAction(self.actions_[key])
        for key in MORE_MENU:
            if key is None:
                self.more_menu.addSeparator()
            else:
                self.more_menu.addAction(self.actions_[key])
        self.more_button = QToolButton()
        self.more_button.setObjectName("meetingsMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.more_button)

    # -- editors -------------------------------------------------------------------------------

    def editors(self) -> list[MeetingEditor]:
        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), MeetingEditor)]

    def _add_editor(self, editor: MeetingEditor) -> MeetingEditor:
        # No lambda holds the editor: its last reference must not go while Qt deletes it.
        editor.title_changed.connect(self._on_editor_title_changed)
        editor.saved.connect(lambda _id: self.list.refresh())
        editor.changed_elsewhere.connect(self.list.refresh)
        editor.open_meeting.connect(self.open_meeting)
        editor.close_requested.connect(self._on_editor_close_requested)
        index = self.tabs.addTab(editor, editor.title())
        self.tabs.setCurrentIndex(index)
        editor.subject.setFocus()
        return editor

    def _on_editor_close_requested(self) -> None:
        """An editor saved on the way out (the user chose Save when closing it); the window,
        if it was closing too, goes on closing."""
        editor = self.sender()
        if isinstance(editor, MeetingEditor) and self.tabs.indexOf(editor) >= 0:
            self.close_editor(editor, ask=False)
            self.saved_on_the_way_out.emit()

    def _on_editor_title_changed(self, title: str) -> None:
        index = self.tabs.indexOf(self.sender())
        if index >= 0:
            self.tabs.setTabText(index, title)

    def open_meeting(self, meeting_id: int) -> MeetingEditor:
        for editor in self.editors():
            if editor.meeting_id == meeting_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        return self._add_editor(MeetingEditor(self.ctx, meeting_id))

    def new_meeting(self) -> MeetingEditor:
        return self._add_editor(MeetingEditor(self.ctx))

    def open_draft(self, key: str, state: dict[str, Any]) -> MeetingEditor:
        """Reopen a journalled draft (after a crash) in an editor of its own."""
        for editor in self.editors():
            if editor.draft_key == key:
                editor.close_quietly = True
                self.close_editor(editor, ask=False)
        return self._add_editor(MeetingEditor(self.ctx, draft=state, draft_key=key))

    def close_editor(self, editor: MeetingEditor, *, ask: bool = True) -> bool:
        if ask and not editor.can_close():
            return False
        editor.close()
        self.tabs.removeTab(self.tabs.indexOf(editor))
        # A closed editor tells the area nothing more; left connected, Qt's deferred delete
        # released the Python slots mid-destruction and crashed after a Delete-key shortcut.
        for signal in (editor.title_changed, editor.saved, editor.changed_elsewhere,
                       editor.open_meeting, editor.close_requested):
            signal.disconnect()
        editor.deleteLater()
        return True

    def _on_close_current(self) -> None:
        editor = self.tabs.currentWidget()
        if isinstance(editor, MeetingEditor):
            self.close_editor(editor)
            self.tabs.currentWidget().setFocus()

    def _on_tab_close_requested(self, index: int) -> None:
        editor = self.tabs.widget(index)
        if isinstance(editor, MeetingEditor):
            self.close_editor(editor)

    def can_close(self) -> bool:
        """The main window asks before it closes: every editor may keep its unsaved work."""
        return all(editor.can_close() for editor in self.editors())

    # -- list actions --------------------------------------------------------------------------

    def _selected(self) -> Any | None:
        return self.list.current_row()

    def _update_actions(self, row: Any | None) -> None:
        steps = workflow.allowed(self.ctx.actor, row.status if row is not None else None)
        for key, action in self.actions_.items():
            action.setEnabled(steps.get(key, True)
                              and not (self._stepping and key in LIST_STEPS))
        self.actions_["archive"].setEnabled(True)

    def _on_open(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_meeting(row.id)

    def _on_recurring(self) -> None:
        self._list_step(lambda row, done, refused: workflow.new_from_previous(
            self, self.ctx, row.id, done, refused), self._on_meeting_made)

    def _on_meeting_made(self, new_id: int) -> None:
        """A new sitting or a new revision: the list shows it, its minutes open."""
        self.list.refresh()
        self.open_meeting(new_id)

    # The list's steps take the version of the row the user chose: minutes changed on another
    # workstation since the list read them are refused, nothing written.

    def _on_list_step_refused(self, error: BaseException) -> None:
        from desktop.services.errors import StaleRecord
        from ui.meetings.common import show_error

        show_error(self, error)
        if isinstance(error, StaleRecord):
            self.list.refresh()  # the row as stored now, with its version

    def _after_list_step(self, meeting_id: int) -> None:
        self.list.refresh()
        for editor in self.editors():
            if editor.meeting_id == meeting_id and not editor.is_dirty():
                editor.reload()

    def _list_step(self, start, done, row: Any | None = None) -> bool:
        """One step on the row in focus, ``start(row, finished, refused)``; the list's steps
        are off until it ends, so a key pressed twice sends it once. False if none began."""
        row = row if row is not None else self._selected()
        if row is None or self._stepping:
            return False

        def ended() -> None:
            self._stepping = False
            self._update_actions(self._selected())

        def finished(result: Any = None) -> None:
            ended()
            done(result)

        def refused(error: BaseException) -> None:
            ended()
            self._on_list_step_refused(error)

        if start(row, finished, refused) is None:  # the user thought better of it
            return False
        self._stepping = True
        self._update_actions(row)
        return True

    def _step(self, start) -> None:
        row = self._selected()
        if row is not None:
            self._list_step(start, lambda _result, meeting_id=row.id: self._after_list_step(
                meeting_id), row)

    def _on_submit(self) -> None:
        self._step(lambda row, done, refused: workflow.submit(
            self, self.ctx, row.id, row.version, done, refused))

    def _on_approve(self) -> None:
        self._step(lambda row, done, refused: workflow.approve(
            self, self.ctx, row.id, row.version, done, refused))

    def _on_return(self) -> None:
        self._step(lambda row, done, refused: workflow.return_to_draft(
            self, self.ctx, row.id, row.version, done, refused))

    def _on_amend(self) -> None:
        self._list_step(lambda row, done, refused: workflow.amend(
            self, self.ctx, row.id, row.version, done, refused), self._on_meeting_made)

    def delete_selected(self) -> bool:
        """Delete the draft in focus once the clerk confirms; submitted minutes are kept.
        True if the deletion was asked of the core (it goes on in the background)."""
        row = self._selected()
        if row is None or row.status is not MeetingStatus.DRAFT or self._stepping:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft minutes «{subject}»? This cannot be undone.")
            .format(subject=row.subject),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        # The editors to close are known now: once the notice of the deletion arrives, an
        # open editor no longer names the meeting (it keeps the text as new minutes).
        doomed = [editor for editor in self.editors() if editor.meeting_id == row.id]
        number = self.list.view.currentIndex().row()

        def deleted(_none: None) -> None:
            for editor in doomed:
                if shiboken6.isValid(editor) and self.tabs.indexOf(editor) >= 0:
                    editor.discard_draft()
                    self.close_editor(editor, ask=False)

            def focus_the_next() -> None:  # the row that took the deleted one's place
                if self.list.model.rowCount():
                    self.list.view.setCurrentIndex(
                        self.list.model.index(min(number, self.list.model.rowCount() - 1), 1))

            self.list.refresh(then=focus_the_next)
            self.list.view.setFocus()

        return self._list_step(lambda row, done, refused: workflow.delete_draft(
            self, self.ctx, row.id, row.version, done, refused), deleted, row)

    def _on_print(self) -> Any:
        row = self._selected()
        if row is None:
            return None
        return workflow.print_minutes(self, self.ctx, row.id, row.subject)

    def _on_excel(self) -> Any:
        row = self._selected()
        if row is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance and directives"),
            str(suggested(workflow.documents_folder(), "minutes-{id}", ".xlsx", id=row.id)),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from pathlib import Path

        return workflow.export_excel(self, self.ctx, row.id, Path(path))

    def export_archive(self) -> None:
        """The archive dialog, window-modal but without a nested event loop: it does its
        work by an operation and closes itself."""
        from ui.meetings.archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.archive_dialog = dialog
