"""The home view: the room's figures at a glance, counted by the database in the background.

The counts come from ``desktop.services.overview`` in one cheap set of COUNT/GROUP BY queries,
run off the interface thread, so the window paints at once even on the national data set.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CentreKind, MeetingStatus
from desktop.services.backups import BackupStatus, backup_status
from desktop.services.overview import Overview, overview
from ui.areas import AREAS
from ui.backups import WARNING_STYLE, stamp
from ui.changes import Debounce
from ui.context import AppContext
from ui.direction import isolate_paths
from ui.labels import label
from ui.operations import Op, Operation, query_op

TILE_STYLE = """
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#tileValue { font-size: 26pt; font-weight: 600; color: #1f4e79; }
QLabel#tileTitle { font-size: 11pt; font-weight: 600; }
QLabel#tileDetail { color: palette(dark); }
QLabel#tileDetail[alert="true"] { color: #b00020; font-weight: 600; }
"""


# Which area each tile opens, where that area is built. The directives' tiles open the
# board filtered to what they count (``ui.directives.home_tiles``).
TILE_AREAS = {"centres": "centres", "people": "personnel", "meetings": "meetings",
              "assignments": "assignments", "incidents": "incidents"}


def number(value: int) -> str:
    return f"{value:,}"


def unbroken(text: str) -> str:
    """A label whose words must stay on one line ("مصادق عليه"): a tile's detail wraps
    between its parts, never inside one."""
    return text.replace(" ", "\u00a0")


def parts(items: list[tuple[str, int]]) -> str:
    return " · ".join(unbroken(f"{name}: {number(count)}") for name, count in items)


class Tile(QFrame):
    """One figure: a big number, what it counts, and an optional line of detail.

    A tile whose area is built opens it: a click, or Enter or Space once it has the focus."""

    activated = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.opens = False
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.detail = QLabel("")
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        # Digits alone carry no direction; align them with the words of the tile, on its start.
        side = (Qt.AlignmentFlag.AlignRight if self.layoutDirection()
                == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft)
        start = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        for widget in (self.title, self.value, self.detail):
            widget.setAlignment(start)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setMinimumSize(220, 130)

    def link_to(self, area_title: str) -> None:
        """Make the tile open an area (titled ``area_title``) when activated."""
        self.opens = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Open {area}").format(area=area_title))
        self.setAccessibleDescription(self.toolTip())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.opens and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.opens and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def show_figure(self, value: int, detail: str = "", alert: bool = False) -> None:
        self.value.setText(number(value))
        self.detail.setText(detail)
        self.detail.setProperty("alert", alert)
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)


class HomeView(QWidget):
    """Counts of what the room holds; refreshed on demand and whenever the view is shown."""

    loaded = Signal(object)  # the Overview, once counted
    open_area_requested = Signal(str)  # a tile was activated: the key of its area
    # a directives tile was activated: the area's key and the board's filter to show
    open_filtered_requested = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Overview | None = None
        self._operation: Operation | None = None
        self._again = False
        self.setStyleSheet(TILE_STYLE)

        heading = QLabel(self.tr("Operations room"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.status = QLabel(self.tr("Counting…"))
        # when the database was last backed up (ui.backups), or that the last automatic
        # backup failed: wrapped beside the heading, for a failure's reason may be long
        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setWordWrap(True)
        self.last_backup.setAlignment(Qt.AlignmentFlag.AlignTrailing
                                      | Qt.AlignmentFlag.AlignVCenter)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(24)
        top.addWidget(self.last_backup, 1)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)

        self.tiles: dict[str, Tile] = {
            "elections": Tile(self.tr("Elections")),
            "centres": Tile(self.tr("Centres")),
            "people": Tile(self.tr("Personnel")),
            "meetings": Tile(self.tr("Meetings")),
            "assignments": Tile(self.tr("Assignments")),
            "incidents": Tile(self.tr("Open incidents")),
        }
        for key, target in TILE_AREAS.items():
            destination = next((a for a in AREAS if a.key == target), None)
            if destination is not None and destination.available:
                tile = self.tiles[key]
                tile.link_to(destination.title)
                tile.activated.connect(
                    lambda target=target: self.open_area_requested.emit(target))
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(grid)
        board = next((a for a in AREAS if a.key == "directives"), None)
        self.directives = None
        if board is not None and board.available:
            from ui.directives.home_tiles import DirectiveTiles

            self.directives = DirectiveTiles(ctx, Tile, board.title, self)
            self.directives.open_requested.connect(
                lambda f: self.open_filtered_requested.emit("directives", f))
            layout.addSpacing(16)
            layout.addWidget(self.directives)
        layout.addStretch(1)
        self.refresh()
        # Any change in the room may move a count: counted again once a burst has passed.
        self._changes = Debounce(lambda _notices: self.refresh(), self, delay_ms=500)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._changes.add)

    def refresh(self) -> None:
        if self._operation is not None:
            self._again = True  # counted once more when this count returns
            return
        self._again = False
        self.status.setText(self.tr("Counting…"))
        self.refresh_button.setEnabled(False)
        self._operation = query_op(self, self.ctx.db, overview) \
            .success(self._on_counted).failure(self._on_failed).run()
        db = self.ctx.db
        Op(self, lambda _progress: backup_status(db)).success(self._on_last_backup) \
            .failure(lambda _error: self.last_backup.setText("")).run()
        if self.directives is not None and self.directives.election.isEnabled():
            self.directives.refresh()  # (its first count waits for its elections)

    def _on_counted(self, data: Overview) -> None:
        self._operation = None
        if self._again:
            self.refresh()
        self.data = data
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        t = self.tiles
        t["elections"].show_figure(data.elections)
        # Counted centres are many: the plural words, where a centre's kind is one.
        kinds = {CentreKind.REGISTRATION: self.tr("Registration centres"),
                 CentreKind.POLLING: self.tr("Polling centres")}
        t["centres"].show_figure(data.centre_total, parts(
            [(kinds[kind], data.centres.get(kind, 0)) for kind in CentreKind]))
        t["people"].show_figure(data.people)
        t["meetings"].show_figure(data.meeting_total, parts(
            [(label(status), data.meetings.get(status, 0)) for status in MeetingStatus]))
        t["assignments"].show_figure(data.assignments)
        t["incidents"].show_figure(data.open_incidents)
        self.loaded.emit(data)

    def _on_last_backup(self, status: BackupStatus) -> None:
        taken, failure = status.taken, status.failure
        last = (self.tr("Last backup: {time}").format(time=stamp(taken))
                if taken is not None else self.tr("No backup yet"))
        if failure is None:
            self.last_backup.setStyleSheet("")
            self.last_backup.setText(last)
            return
        self.last_backup.setStyleSheet(WARNING_STYLE)
        self.last_backup.setText(isolate_paths(
            self.tr("The last automatic backup failed ({time}): {reason}").format(
                time=stamp(failure.when), reason=failure.message()) + " — " + last))

    def _on_failed(self, error: BaseException) -> None:
        self._operation = None
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("The figures could not be counted."))
        from ui.errors import show_error

        show_error(self, error)
