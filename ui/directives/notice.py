"""At start: the directives that became late since the user's last visit, told once.

The visit is read and moved to now in one unit of work (``desktop.services.visits``), by an
operation: the window never waits for it. When something became late, a box that does not
block the window names the directives, the longest overdue first, and offers to show them on
the board; nothing became late, or a first visit, and nothing is said. A failure here is
logged, not shown: the program started well, only this reminder was lost.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import room_clock, visits
from desktop.services.directive_board import DirectiveFilter
from ui.context import AppContext
from ui.directives.board import ltr
from ui.operations import Operation, change_op

log = logging.getLogger(__name__)
LISTED = 10  # directives named in the box; the rest are counted


def tell_what_became_late(window: QWidget, ctx: AppContext) -> Operation | None:
    """Record the visit; say what became late since the last one. The box, once shown, is
    ``window.late_notice`` (for tests)."""
    actor = ctx.actor
    if ctx.db is None or actor is None or actor.user_id is None:
        return None
    lang = ctx.language

    def failed(error: BaseException) -> None:
        log.warning("what became late since the last visit could not be read: %s", error)

    return change_op(window, ctx.db, lambda session: visits.visit(session, actor, lang=lang)) \
        .success(lambda late: _tell(window, late)).failure(failed).run()


def _tell(window: QWidget, late: visits.LateSinceVisit) -> QMessageBox | None:
    if not late.count or late.previous is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("DirectivesNotice", "Directives that became late"),
                      QCoreApplication.translate(
                          "DirectivesNotice", "Since your last visit, directives that became "
                          "late: {count}.").format(count=late.count),
                      QMessageBox.StandardButton.Close, window)
    lines = [f"• {row.id} — {row.text[:90]} — {row.responsible or '—'} "
             f"({ltr(row.due_date.isoformat()) if row.due_date else ''})"
             for row in late.rows[:LISTED]]
    if late.count > LISTED:
        lines.append(QCoreApplication.translate("DirectivesNotice", "… and {count} more.")
                     .format(count=late.count - LISTED))
    box.setInformativeText("\n".join(lines))
    show = box.addButton(QCoreApplication.translate("DirectivesNotice",
                                                    "Show them on the board"),
                         QMessageBox.ButtonRole.AcceptRole)
    since = room_clock.day_of(late.previous)

    def clicked(button: Any) -> None:
        opener = getattr(window, "open_filtered", None)
        if button is show and opener is not None:
            opener("directives", DirectiveFilter(late_since=since))

    box.buttonClicked.connect(clicked)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the window goes on working
    box.show()
    window.late_notice = box  # type: ignore[attr-defined]
    return box
