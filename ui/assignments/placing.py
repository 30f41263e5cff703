"""One change of the board, step by step: may the user, is it an amendment, what the rules
say, confirmed, then saved.

Every placing, move, taking off and copy goes the same way, so the board explains each at
the moment it arises and in one voice:

1. the core says what the user may do with the roster (``permissions.roster_steps``); a
   refusal is said with the core's reason and nothing more happens;
2. a change of a published roster is asked for explicitly, as an amendment;
3. ``check_assignment`` runs in a read (``query_op``) and its findings are shown at once, in
   the user's language: an error refuses, warnings are asked to be confirmed;
4. the change runs as one unit of work (``change_op``); the core checks again under its
   locks, so a colleague who placed the same officer a moment before on another workstation
   is caught there, and said the same way. A record changed elsewhere since it was read is
   said so, and the board reads it again; nothing the user chose is lost, since the choice
   is still on the screen to make again.

The questions are windows that do not block (``open``, not a nested event loop): the step
that follows runs when they are answered. ``question`` is the one open, for tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import i18n
from desktop.models import RosterStatus
from desktop.services import permissions
from desktop.services.errors import DomainError, StaleRecord
from desktop.services.findings import Finding, Rule
from ui.assignments.findings_view import DONE_COLOUR, ERROR_COLOUR, FindingsView, year_first
from ui.centres.common import refusal
from ui.context import AppContext
from ui.operations import change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Check = Callable[["Session", bool], Sequence[Finding]]
Commit = Callable[["Session", bool], Any]


class Placer(QObject):
    """``committed(result)`` after a change is saved; ``refused()`` after one is not (by a
    rule, the user, or another workstation's change); ``stale()`` when what was changed had
    changed elsewhere (the board reads it again)."""

    committed = Signal(object)
    refused = Signal()
    stale = Signal()

    def __init__(self, ctx: AppContext, window: QWidget, findings: FindingsView) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.findings = findings
        self.question: QMessageBox | None = None
        self.busy = False
        self._then: Callable[[Any], None] | None = None
        self.last_refusal = ""  # the reason last said for a change not done

    # -- the steps --------------------------------------------------------------------------------

    def run(self, what: str, status: RosterStatus | None, commit: Commit, *,
            check: Check | None = None, step: str = "assign",
            then: Callable[[Any], None] | None = None) -> bool:
        """Start the change ``what`` (a line the user reads: «Guard: name at centre»);
        ``then(result)`` once it is saved. False if it could not even start (busy, or not
        the user's to make)."""
        if self.busy:
            return False
        steps = permissions.roster_steps(self.ctx.actor, status)
        amending = status is RosterStatus.PUBLISHED and step != "pin"
        allowed = steps["pin"] if step == "pin" else steps["amend" if amending else "assign"]
        if not allowed:
            self._refuse(what, self.reason(status))
            return False
        self.busy = True
        self._then = then
        if amending:
            self._ask(self.tr("Amend the published roster?"), self.tr(
                "The roster of this shift is published. {what}\n\nThis change is an "
                "amendment: it is recorded, the roster's revision goes up, and its documents "
                "are to be printed again.").format(what=what),
                lambda: self._checked(what, commit, check, True),
                yes=self.tr("Make the amendment"), what=what)
        else:
            self._checked(what, commit, check, False)
        return True

    def reason(self, status: RosterStatus | None) -> str:
        """Why the roster's changes are not the user's to make, in the core's words."""
        if status is None:
            return self.tr("Choose an election and a shift first.")
        return refusal(self.ctx.actor, permissions.DEPLOYMENT) or self.tr(
            "This roster cannot be changed now.")

    def _checked(self, what: str, commit: Commit, check: Check | None, amend: bool) -> None:
        if check is None:
            self._commit(what, commit, amend, ())
            return

        def found(findings: Sequence[Finding]) -> None:
            findings = list(findings)
            if any(f.is_error for f in findings):
                self.busy = False
                self.refuse_findings(what, findings)
                return
            warnings = [f for f in findings if f.rule is not Rule.PUBLISHED]
            if not warnings:
                self._commit(what, commit, amend, findings)
                return
            self.findings.show_findings(self.tr("To confirm: {what}").format(what=what),
                                        findings, outcome="confirm")
            lang = i18n.language()
            self._ask(self.tr("Confirm the placing?"), self.tr(
                "{what}\n\n{warnings}\n\nPlace anyway?").format(
                what=what, warnings="\n".join("• " + year_first(f.message(lang))
                                              for f in warnings)),
                lambda: self._commit(what, commit, amend, findings),
                yes=self.tr("Place anyway"), what=what)

        (query_op(self.window, self.ctx.db, lambda session: check(session, amend))
         .success(found).failure(lambda error: self._failed(what, error)).run())

    def _commit(self, what: str, commit: Commit, amend: bool,
                findings: Sequence[Finding]) -> None:
        def done(result: Any) -> None:
            self.busy = False
            self.findings.show_findings(self.tr("Done: {what}").format(what=what),
                                        [f for f in findings if not f.is_error],
                                        colour=DONE_COLOUR, outcome="done")
            then, self._then = self._then, None
            if then is not None:
                then(result)
            self.committed.emit(result)

        (change_op(self.window, self.ctx.db, lambda session: commit(session, amend))
         .success(done).failure(lambda error: self._failed(what, error)).run())

    def _failed(self, what: str, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, StaleRecord):
            self._refuse(what, self.tr(
                "It was changed on another workstation since the board read it: the board "
                "shows it again as it is now. Nothing was saved; make the change again if it "
                "still stands."))
            self.stale.emit()
            return
        if isinstance(error, DomainError):
            self._refuse(what, year_first(error.message(i18n.language())))
            self.refused.emit()
            return
        self.refused.emit()
        from ui.errors import show_error

        show_error(self.window, error)

    def refuse_findings(self, what: str, findings: Sequence[Finding]) -> None:
        """Say ``what`` is refused by the rules' ``findings``, as a checked change is."""
        self.findings.show_findings(self.tr("Refused: {what}").format(what=what),
                                    list(findings), outcome="refused")
        self.refused.emit()

    def refuse(self, what: str, why: str) -> None:
        """Say ``what`` is not done, and why (a refusal of the core, in the user's words)."""
        self._refuse(what, why)
        self.refused.emit()

    def _refuse(self, what: str, why: str) -> None:
        self.findings.show_findings(self.tr("Not done: {what}").format(what=what), [],
                                    outcome="not_done")
        self.findings.say(self.tr("Not done: {what}").format(what=what) + "\n" + why,
                          ERROR_COLOUR)
        self.last_refusal = why

    # -- questions that do not block --------------------------------------------------------------

    def _ask(self, title: str, text: str, then: Callable[[], None], *, yes: str,
             what: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self.window)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is accept:
                then()
            else:
                self.busy = False
                self.findings.say(self.tr("Left as it was: {what}").format(what=what),
                                  "#5f5f5f", outcome="left")
                self.refused.emit()

        box.finished.connect(answered)
        box.open()

    def answer(self, yes: bool) -> None:
        """Answer the open question as a user would (tests, and keyboard macros)."""
        box = self.question
        if box is None:
            raise RuntimeError("no question is open")
        if yes:
            button = next(b for b in box.buttons()
                          if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        else:
            button = box.button(QMessageBox.StandardButton.Cancel)
        button.click()
