"""At start, unsaved minutes left by a crash or a power cut are offered back to the clerk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import drafts
from ui.context import AppContext
from ui.meetings.editor import DRAFT_KIND


def _area(parent: QWidget | None):
    """The Meetings area of the main window, opened if need be."""
    from ui.meetings.area import MeetingsArea

    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "open_area"):
        area = window.open_area("meetings")
        if isinstance(area, MeetingsArea):
            return area
    return None


def offer_pending_drafts(parent: QWidget | None, ctx: AppContext, *, area=None,
                         ask=None) -> list[str]:
    """Offer each pending meeting draft of this database: reopen it, or discard it.

    ``ask(draft) -> QMessageBox.StandardButton`` stands in for the question in tests. Returns
    the keys of the drafts reopened.
    """
    pending = [d for d in drafts.pending(ctx.db.describe()) if d.kind == DRAFT_KIND]
    reopened: list[str] = []
    for draft in pending:
        if ask is None:
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("MeetingRecovery", "Unsaved minutes"),
                QCoreApplication.translate(
                    "MeetingRecovery", "The minutes «{title}» were not saved when the program last "
                    "closed (last change {when}). Open them to continue?")
                .format(title=draft.title, when=draft.saved_at.strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Ignore, QMessageBox.StandardButton.Open)
        else:
            answer = ask(draft)
        if answer == QMessageBox.StandardButton.Discard:
            drafts.discard(draft.key)
        elif answer == QMessageBox.StandardButton.Open:
            target = area or _area(parent)
            if target is None:
                continue
            target.open_draft(draft.key, draft.state)
            reopened.append(draft.key)
    return reopened
