"""Carrying directives over to a later sitting: chosen from the draft minutes to come.

The sittings offered are the core's answer (``directives.carry_targets``): minutes still a
draft, of meetings after every one the chosen directives stand in. The carry-over is an
operation naming the later minutes' version as listed, so a clerk's open copy of them is told
at its save that they changed; each directive goes on there as the same directive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.directives import Seen, carry_over, carry_targets
from ui.context import AppContext
from ui.operations import change_op, query_op


class CarryOverDialog(QDialog):
    """``carried(list[int])`` once the directives stand on the later sitting's agenda."""

    carried = Signal(object)

    def __init__(self, ctx: AppContext, rows: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = list(rows)
        self.targets: list[Any] = []
        self.setWindowTitle(self.tr("Carry over to a later meeting"))
        self.setMinimumWidth(480)
        about = QLabel(self.tr("Directives chosen: {count}. Each goes on the agenda of the "
                               "later meeting as the same directive, its history whole.")
                       .format(count=len(self.rows)))
        about.setWordWrap(True)
        self.meeting = QComboBox()
        self.meeting.setObjectName("carryTarget")
        self.meeting.setEnabled(False)
        self.meeting.addItem("…")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Carry over"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.carry)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("The later meeting (minutes still a draft)")))
        layout.addWidget(self.meeting)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        numbers = [row.id for row in self.rows]
        query_op(self, ctx.db, lambda session: carry_targets(session, numbers)) \
            .success(self._on_targets).run()

    def _on_targets(self, targets: list[Any]) -> None:
        self.targets = targets
        self.meeting.clear()
        for target in targets:
            self.meeting.addItem(f"{target.starts_at.date().isoformat()} — {target.subject}")
        self.meeting.setEnabled(bool(targets))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(targets))
        if not targets:
            self.empty.setText(self.tr("No later meeting of their election has its minutes "
                                       "still in draft. Start the next sitting in the Meetings "
                                       "area first."))

    def carry(self) -> None:
        index = self.meeting.currentIndex()
        if not 0 <= index < len(self.targets):
            return
        target = self.targets[index]
        seen = [Seen(row.id, row.head_id, row.version) for row in self.rows]
        actor = self.ctx.actor
        self.buttons.setEnabled(False)

        def refused(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            from ui.errors import show_error

            show_error(self, error)

        change_op(self, self.ctx.db, lambda session: carry_over(
            session, actor, seen, target.id, expected_version=target.version)) \
            .success(self._on_carried).failure(refused).run()

    def _on_carried(self, numbers: list[int]) -> None:
        self.carried.emit(numbers)
        self.accept()
