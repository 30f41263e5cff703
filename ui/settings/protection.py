"""The settings page of the least protection each risk level asks: officers, vehicles and
rapid-response cover. The assignment board measures a shift's coverage against it.

Read by an operation, saved by one change (every level edited, in one unit of work, each with
the version it was read at): a level changed on another workstation meanwhile is refused,
said with what is stored now, and what was typed stays in the page to be saved again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import RiskLevel
from desktop.services import permissions
from desktop.services.errors import DomainError, StaleRecord
from desktop.services.sites import MinimumInput, minimums, set_minimum
from ui.centres.common import ERROR_STYLE, NOTE_STYLE, CountBox, refusal
from ui.centres.table import RISK_COLOURS
from ui.context import AppContext
from ui.labels import label
from ui.operations import Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

MOST = 999  # officers or vehicles at one centre: more is a typing slip


@dataclass(frozen=True)
class Minimum:
    officers: int
    vehicles: int
    rapid_response: bool
    version: int  # 0: the level is not stored yet, the room's default stands

    @property
    def values(self) -> MinimumInput:
        return MinimumInput(self.officers, self.vehicles, self.rapid_response)


def read_minimums(session: Session) -> dict[RiskLevel, Minimum]:
    return {risk: Minimum(row.officers, row.vehicles, row.rapid_response, row.version)
            for risk, row in minimums(session).items()}


class ProtectionPage(QWidget):
    """``loaded`` after each reading, ``saved`` after each save (for tests)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: Operation | None = None
        self.read: dict[RiskLevel, Minimum] = {}
        self.reason = refusal(ctx.actor, permissions.DEPLOYMENT)
        self.officers: dict[RiskLevel, CountBox] = {}
        self.vehicles: dict[RiskLevel, CountBox] = {}
        self.cover: dict[RiskLevel, QCheckBox] = {}
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Risk level"), self.tr("Officers"),
                                        self.tr("Vehicles"), self.tr("Rapid-response cover"))):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        for row, risk in enumerate(RiskLevel, start=1):
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(RISK_COLOURS[risk]))
            name = QLabel(label(risk))
            level = QHBoxLayout()
            mark = QLabel()
            mark.setPixmap(swatch)
            level.addWidget(mark)
            level.addWidget(name)
            level.addStretch(1)
            self.officers[risk] = CountBox(maximum=MOST)
            self.vehicles[risk] = CountBox(maximum=MOST)
            self.cover[risk] = QCheckBox(self.tr("Required"))
            grid.addLayout(level, row, 0)
            grid.addWidget(self.officers[risk], row, 1)
            grid.addWidget(self.vehicles[risk], row, 2)
            grid.addWidget(self.cover[risk], row, 3)
            for box in (self.officers[risk], self.vehicles[risk]):
                box.setObjectName(f"{risk.value}Minimum")
                box.setMinimumWidth(90)
        grid.setColumnStretch(4, 1)
        explain = QLabel(self.tr(
            "The least protection a centre of each risk level must have in a shift. The "
            "assignment board counts a centre's coverage against it: full, partial or none."))
        explain.setWordWrap(True)
        self.note = QLabel(self.reason or "")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.setVisible(self.reason is not None)
        self.message = QLabel()
        self.message.setObjectName("protectionMessage")
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("protectionSave")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_enabled(False)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)
        self.load()

    def _set_enabled(self, enabled: bool) -> None:
        editable = enabled and self.reason is None
        for boxes in (self.officers, self.vehicles, self.cover):
            for box in boxes.values():
                box.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(self.reason or "")
        self.reload_button.setEnabled(enabled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- reading -----------------------------------------------------------------------------------

    def load(self) -> Operation | None:
        if self.pending is not None:
            return None
        self._set_enabled(False)
        self.pending = (query_op(self, self.ctx.db, read_minimums)
                        .success(self._on_read).failure(self._on_failed).run())
        return self.pending

    def _on_read(self, read: dict[RiskLevel, Minimum]) -> None:
        self.pending = None
        self.read = read
        for risk, minimum in read.items():
            self._show(risk, minimum.values)
        self._say("")
        self._set_enabled(True)

    def _show(self, risk: RiskLevel, values: MinimumInput) -> None:
        self.officers[risk].setValue(values.officers)
        self.vehicles[risk].setValue(values.vehicles)
        self.cover[risk].setChecked(values.rapid_response)

    def _on_failed(self, error: BaseException) -> None:
        self.pending = None
        self._set_enabled(bool(self.read))
        if isinstance(error, DomainError):
            self._say(error.message(i18n.language()), error=True)
            return
        from ui.errors import show_error

        show_error(self, error)

    def entered(self) -> dict[RiskLevel, MinimumInput]:
        return {risk: MinimumInput(self.officers[risk].value(), self.vehicles[risk].value(),
                                   self.cover[risk].isChecked()) for risk in RiskLevel}

    def edited(self) -> dict[RiskLevel, MinimumInput]:
        """The levels whose values differ from those read."""
        return {risk: values for risk, values in self.entered().items()
                if risk in self.read and values != self.read[risk].values}

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> Operation | None:
        edited = self.edited()
        if self.pending is not None or self.reason is not None:
            return None
        if not edited:
            self._say(self.tr("Nothing to save: these are the values stored."))
            return None
        actor = self.ctx.actor
        versions = {risk: self.read[risk].version for risk in edited}

        def work(session: Session) -> dict[RiskLevel, Minimum]:
            for risk, values in edited.items():
                set_minimum(session, actor, risk, values, expected_version=versions[risk])
            session.flush()
            return read_minimums(session)

        self._set_enabled(False)
        self._say(self.tr("Saving…"))
        self.pending = (change_op(self, self.ctx.db, work)
                        .success(self._on_saved).failure(self._on_refused).run())
        return self.pending

    def _on_saved(self, read: dict[RiskLevel, Minimum]) -> None:
        self._on_read(read)
        self._say(self.tr("Saved."))

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self._set_enabled(True)
        if isinstance(error, StaleRecord):
            self._stale(error)
        elif isinstance(error, DomainError):
            self._say(error.message(i18n.language()), error=True)
        else:
            self._say(self.tr("Not saved."), error=True)
            from ui.errors import show_error

            show_error(self, error)

    def _stale(self, error: StaleRecord) -> None:
        """Another workstation changed a level first: said with what it stored; the values
        typed stay, and saving again (knowingly) replaces theirs."""
        stored = error.stored
        risk = stored.get("risk")
        if not isinstance(risk, RiskLevel) or risk not in self.read:
            self._say(error.message(i18n.language()), error=True)
            return
        theirs = Minimum(stored.get("officers") or 0, stored.get("vehicles") or 0,
                         bool(stored.get("rapid_response")), error.stored_version)
        self.read[risk] = theirs
        cover = self.tr("with rapid-response cover") if theirs.rapid_response \
            else self.tr("without rapid-response cover")
        self._say(self.tr(
            "Not saved: the minimum for «{level}» was changed on another workstation to "
            "{officers} officers and {vehicles} vehicles, {cover}. Your values are still here: "
            "save again to replace theirs, or reload to take them.").format(
                level=label(risk), officers=theirs.officers, vehicles=theirs.vehicles,
                cover=cover), error=True)

    # -- the room ----------------------------------------------------------------------------------

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if not (notice.everything or notice.touches("risk_minimums")) \
                or self.pending is not None:
            return
        if not self.edited():
            self.load()
        else:
            self._say(self.tr("The minimums were changed on another workstation. Saving "
                              "will say where yours and theirs differ; reload to see theirs."),
                      error=True)
