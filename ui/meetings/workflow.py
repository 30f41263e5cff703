"""The workflow steps a list or an editor offers: one service call, one unit of work each.

Every step is an operation (``ui.operations.change_op``) on the changing pool: the window
never waits for the database, and the caller hears the outcome through ``done`` (and
``failed``, else the one error place).

Who may do what is the core's (``desktop.services.permissions``): the window asks it which
steps to offer, and the services refuse with ``Forbidden`` whatever the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop import settings
from desktop.models import MeetingStatus
from desktop.services import permissions
from desktop.services.actor import Actor
from reports.file_names import suggested
from ui.context import AppContext
from ui.meetings.common import show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.operations import Operation

T = TypeVar("T")
# The steps' keys, the same in the list and the editor, so a commander approves by keyboard.
SUBMIT_KEY, APPROVE_KEY, RETURN_KEY = "Ctrl+Return", "Ctrl+Shift+A", "Ctrl+Shift+R"
AMEND_KEY, EXCEL_KEY = "Ctrl+Shift+M", "Ctrl+Shift+X"


def can_edit(actor: Actor | None) -> bool:
    return permissions.may(actor, permissions.MINUTES)


def can_approve(actor: Actor | None) -> bool:
    return permissions.may(actor, permissions.APPROVAL)


def allowed(actor: Actor | None, status: MeetingStatus | None) -> dict[str, bool]:
    """Which steps to offer for a meeting in ``status`` (None: nothing selected)."""
    return permissions.meeting_steps(actor, status)


def step(parent: QWidget | None, ctx: AppContext, work: Callable[[Session], T],
         done: Callable[[T], None], failed: Callable[[BaseException], None] | None = None
         ) -> Operation:
    """``work(session)`` as one unit of work off the interface thread; ``done(result)`` once
    it is committed, ``failed(error)`` (by default the one error place) if it is refused."""
    from ui.operations import change_op

    return (change_op(parent, ctx.db, work).success(done)
            .failure(failed or (lambda error: show_error(parent, error))).run())


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes-or-no question before a step that cannot be taken back; No is the default."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# Each step takes the version of the minutes the user saw (the editor's, or the list row's):
# minutes changed on another workstation since are refused (``StaleRecord``), nothing written.

def submit(parent: QWidget | None, ctx: AppContext, meeting_id: int, version: int | None,
           done: Callable[[None], None],
           failed: Callable[[BaseException], None] | None = None) -> Operation:
    from desktop.services import meetings

    return step(parent, ctx, lambda s: meetings.submit(
        s, ctx.actor, meeting_id, expected_version=version), done, failed)


def approve(parent: QWidget | None, ctx: AppContext, meeting_id: int, version: int | None,
            done: Callable[[str], None],
            failed: Callable[[BaseException], None] | None = None) -> Operation | None:
    """Approval seals the minutes for good (a correction is a new revision): asked first;
    None if the commander thought better of it."""
    from desktop.services import minutes

    if not confirm(parent, QCoreApplication.translate("MeetingWorkflow", "Approve the minutes"),
                   QCoreApplication.translate(
                       "MeetingWorkflow", "Approved minutes are sealed and can no longer be "
                       "changed; a correction will be a new revision. Approve them now?")):
        return None
    return step(parent, ctx, lambda s: minutes.approve(
        s, ctx.actor, meeting_id, expected_version=version), done, failed)


def return_to_draft(parent: QWidget | None, ctx: AppContext, meeting_id: int,
                    version: int | None, done: Callable[[None], None],
                    failed: Callable[[BaseException], None] | None = None,
                    reason: str | None = None) -> Operation | None:
    """The commander says what must be corrected (asked unless ``reason`` is given); None if
    the question was cancelled."""
    from desktop.services import meetings

    if reason is None:
        reason, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("MeetingWorkflow", "Return to the clerk"),
            QCoreApplication.translate("MeetingWorkflow", "What must be corrected?"))
        if not ok:
            return None
    return step(parent, ctx, lambda s: meetings.return_to_draft(
        s, ctx.actor, meeting_id, reason, expected_version=version), done, failed)


def amend(parent: QWidget | None, ctx: AppContext, meeting_id: int, version: int | None,
          done: Callable[[int], None],
          failed: Callable[[BaseException], None] | None = None) -> Operation:
    """A new revision of approved minutes; ``done`` gets its id."""
    from desktop.services import minutes

    return step(parent, ctx, lambda s: minutes.amend(
        s, ctx.actor, meeting_id, expected_version=version), done, failed)


def new_from_previous(parent: QWidget | None, ctx: AppContext, meeting_id: int,
                      done: Callable[[int], None],
                      failed: Callable[[BaseException], None] | None = None) -> Operation:
    """The next sitting of a recurring meeting (the previous one is only read, so no version
    is checked); ``done`` gets the new draft's id."""
    from desktop.services import meetings

    return step(parent, ctx, lambda s: meetings.new_from_previous(s, ctx.actor, meeting_id),
                done, failed)


def delete_draft(parent: QWidget | None, ctx: AppContext, meeting_id: int, version: int | None,
                 done: Callable[[None], None],
                 failed: Callable[[BaseException], None] | None = None) -> Operation:
    from desktop.services import meetings

    return step(parent, ctx, lambda s: meetings.delete_draft(
        s, ctx.actor, meeting_id, expected_version=version), done, failed)


def documents_folder() -> Path:
    folder = settings.data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_minutes(ctx: AppContext, meeting_id: int, output: Path, fmt: str = "pdf"
                  ) -> Callable[[Any], Path]:
    """The background work that makes the minutes document (``progress`` is ui.operations')."""

    def work(progress: Any) -> Path:
        from reports import catalogue

        kind = catalogue.get("minutes")
        request = catalogue.BuildRequest(
            db=ctx.db, params={"meeting": meeting_id}, output=output, fmt=fmt,
            actor=ctx.actor, lang=ctx.language,
            progress=lambda done, total: progress.report(done, total),
            cancelled=progress.is_cancelled)
        return kind.build(request) or output

    return work


def print_minutes(parent: QWidget | None, ctx: AppContext, meeting_id: int,
                  title: str) -> Any:
    """Preview the minutes, built in the background with no number drawn; printing or saving
    from the preview makes the official copy, kept in the documents folder."""
    from ui.reports.printing import preview_document

    title_text = QCoreApplication.translate("MeetingWorkflow", "Preparing the minutes…")
    return preview_document(parent, ctx, "minutes", {"meeting": meeting_id}, title,
                            lambda: suggested(documents_folder(), "minutes-{id}", ".pdf",
                                              id=meeting_id),
                            title_text, on_error=lambda error: show_error(parent, error))


def export_excel(parent: QWidget | None, ctx: AppContext, meeting_id: int, output: Path,
                 on_done: Callable[[Path], None] | None = None) -> Any:
    from ui.operations import run_in_background

    title_text = QCoreApplication.translate("MeetingWorkflow",
                                            "Exporting attendance and directives…")
    return run_in_background(parent, title_text, build_minutes(ctx, meeting_id, output, "xlsx"),
                             on_done or (lambda _path: None),
                             lambda error: show_error(parent, error))
