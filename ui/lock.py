"""The signed-in session's guard: the screen locks after the room's idle period, and a demo
database says so on the window.

Workstations of an operations room are shared: an officer called away leaves a window open
with minutes being typed. After the idle period an administrator sets for the whole room
(``room_settings.lock_after_minutes``) without a key, a click or a move of the mouse, a lock
screen covers the program; the same user's password opens it again (``signin.confirm``: the
sign-in's waits and audit apply). Nothing underneath is closed, saved or thrown away: an
editor's unsaved text is there as it was. Ctrl+L locks at once.

The lock screen is a window of its own over the whole screen, modal to the application and
kept on top, so a dialog that was open (itself modal) is covered and cannot be typed into
either. Input is noticed by one event filter on the application that only notes the time; a
timer looks at that time every few seconds, so nothing is restarted on each mouse move.

The guard reads the room's idle period and whether the database is the demo's by an operation
when a window is ready, and again when the room's notices say the settings changed. It is made
with the first window, before the database is open, so it imports the core only when used.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from ui.operations import Op, Operation, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.actor import Actor
    from desktop.storage.changes import ChangeNotice
    from ui.context import AppContext

MINUTE_MS = 60_000  # a test makes the room's minutes shorter
LONGEST_LOOK_MS = 5_000
CARD_WIDTH = 460  # how often, at most, the idle time is looked at
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
LOCK_STYLE = """
QDialog#lockScreen { background: #1d2733; }
QFrame#lockCard { background: palette(window); border-radius: 10px; }
QLabel#lockTitle { font-size: 18pt; font-weight: 600; }
"""


@dataclass(frozen=True)
class RoomState:
    lock_minutes: int
    demo: bool


def read_room_state(session: Session) -> RoomState:
    from desktop.services import room_settings

    return RoomState(room_settings.lock_after_minutes(session), room_settings.is_demo(session))


class LockScreen(QDialog):
    """Covers the program until the signed-in user types their password again.

    ``unlocked`` once the core has confirmed the password; Escape and closing do nothing."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.ctx = ctx
        self.actor: Actor = ctx.actor
        self.pending: Operation | None = None
        self._open = False
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet(LOCK_STYLE)
        self.setWindowTitle(self.tr("Ghurfa is locked"))
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(CARD_WIDTH)
        title = QLabel(self.tr("Ghurfa is locked"))
        title.setObjectName("lockTitle")
        who = QLabel(self.tr("{user} was signed in here and left it unused. Their work is kept "
                             "as it was: type their password to go on.").format(
                                 user=self.actor.username))
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.error = QLabel("")
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(28, 24, 28, 24)
        inside.setSpacing(12)
        for widget in (title, who, self.password, self.error, self.unlock_button):
            # a wrapped text's height follows its width only when the width is known
            widget.setFixedWidth(CARD_WIDTH - 2 * 28)
            inside.addWidget(widget)
        who.setMinimumHeight(who.heightForWidth(CARD_WIDTH - 2 * 28))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def cover(self) -> None:
        """Over the whole screen of the window it locks, its password field empty."""
        self._open = False
        self.password.clear()
        self.error.setText("")
        self.unlock_button.setEnabled(True)
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) \
            or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def unlock(self) -> Operation | None:
        if self.pending is not None:
            return None
        from desktop.services import signin

        db, actor, password = self.ctx.db, self.actor, self.password.text()
        self.unlock_button.setEnabled(False)
        self.pending = Op(self, lambda _progress: signin.confirm(db, actor, password),
                          changes=True).success(self._on_confirmed) \
            .failure(self._on_refused).run()
        return self.pending

    def _on_confirmed(self, _actor: Actor) -> None:
        self.pending = None
        self._open = True
        self.password.clear()
        self.accept()
        self.unlocked.emit()

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self.unlock_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        from desktop.services.errors import DomainError

        if isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
            self.error.setMinimumHeight(self.error.heightForWidth(self.error.width()))
            return
        from ui.errors import show_error

        show_error(self, error)

    def reject(self) -> None:  # Escape: the lock stays
        return

    def closeEvent(self, event: Any) -> None:
        if self._open:
            super().closeEvent(event)
        else:
            event.ignore()


class _InputNoted(QObject):
    """The application's input, as the moment it last came."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last = time.monotonic()
        return False


class SessionGuard(QObject):
    """Locks the screen after the room's idle period; marks a demo database on the window.

    ``adopt(window)`` for each main window the program shows: once the window is ready (the
    user signed in), the guard reads the room's state and watches. ``locked`` and
    ``unlocked`` as the lock screen comes and goes; ``lock_screen`` is the one shown."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window: QWidget | None = None
        self.state: RoomState | None = None
        self.lock_screen: LockScreen | None = None
        self._spare: LockScreen | None = None  # the window's lock screen, kept for next time
        self.banner: QToolBar | None = None
        self.reading: Operation | None = None
        self._input = _InputNoted(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._listening = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._input)

    def adopt(self, window: Any) -> None:
        """Guard ``window`` once it is ready; at once if it was made for a signed-in user (a
        window made anew in another language, or for the next user)."""
        window.ready.connect(lambda: self.watch(window))
        if self.ctx.actor is not None and self.ctx.db is not None:
            self.watch(window)

    def watch(self, window: QWidget) -> Operation | None:
        """Read the room's state for ``window`` and guard it from now on."""
        if self.ctx.db is None or window.property("ghurfa_guarded"):
            return None
        window.setProperty("ghurfa_guarded", True)
        self.window = window
        # A window gone (closed for good, or a language's old window) leaves nothing to cover:
        # the guard stops with it rather than locking the program from behind a later window.
        # (Only the window it guards: a window replaced by a newer one, for another language
        # or after a restore, is deleted after the newer one is watched.)
        window.destroyed.connect(self._on_window_destroyed)
        app = QApplication.instance()
        if app is not None:  # again, should a window gone before have stopped it
            app.installEventFilter(self._input)
        shortcut = QShortcut(QKeySequence(self.tr("Ctrl+L")), window)
        # The window's own shortcut, not the application's: two application-wide Ctrl+L (a
        # second window, one not yet deleted) are ambiguous and Qt then fires neither.
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.lock)
        if self.ctx.changes is not None and not self._listening:
            self._listening = True
            self.ctx.changes.changed.connect(self._on_change_noticed)
        return self._read()

    def _read(self) -> Operation:
        self.reading = query_op(self.window, self.ctx.db, read_room_state) \
            .success(self._on_state_read).failure(lambda _error: None).run()
        return self.reading

    def _on_state_read(self, state: RoomState) -> None:
        self.reading = None
        self.state = state
        self._show_demo_banner(state.demo)
        self._input.last = time.monotonic()
        period = self.period_ms()
        self._timer.start(max(50, min(LONGEST_LOOK_MS, period // 4)))

    def period_ms(self) -> int:
        """The room's idle period; none is kept before the room's state is read."""
        if self.state is None:
            return 2**62
        return self.state.lock_minutes * MINUTE_MS

    def _on_timer_timeout(self) -> None:
        idle_ms = (time.monotonic() - self._input.last) * 1000
        if idle_ms >= self.period_ms():
            self.lock()

    def lock(self) -> LockScreen | None:
        """Cover the program now (None: already locked, or nobody is signed in)."""
        if self.lock_screen is not None or self.ctx.actor is None or self.window is None:
            return None
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return None  # a closed window: its application-modal lock would hold the others
        screen = self._spare
        if screen is None or not shiboken6.isValid(screen) \
                or screen.parentWidget() is not self.window or screen.actor != self.ctx.actor:
            screen = LockScreen(self.ctx, self.window)
            screen.unlocked.connect(lambda: self._on_unlocked(screen))
            self._spare = screen
        self.lock_screen = screen
        screen.cover()
        self.locked.emit()
        return screen

    def _on_unlocked(self, screen: LockScreen) -> None:
        if self.lock_screen is screen:
            self.lock_screen = None
        self._input.last = time.monotonic()
        self.unlocked.emit()

    def _show_demo_banner(self, demo: bool) -> None:
        window = self.window
        if not demo or window is None or not hasattr(window, "addToolBar") \
                or window.findChild(QToolBar, "demoBar") is not None:
            return
        from ui.settings.signin import demo_banner

        bar = QToolBar(window)
        bar.setObjectName("demoBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setContentsMargins(4, 2, 4, 2)
        banner = demo_banner(bar)
        banner.setWordWrap(False)
        banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.show()  # added to a window already shown
        self.banner = bar

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if self.reading is None and self.window is not None and (
                notice.everything or notice.touches("room_settings")):
            self._read()

    def _on_window_destroyed(self, *_gone: object) -> None:
        gone = self.sender()
        if gone is None or gone is self.window or not shiboken6.isValid(self.window):
            self.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._input)

