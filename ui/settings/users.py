"""The users view (in the settings, for administrators): the room's users, and how long a
workstation may stay unused before it locks.

An administrator adds a user, gives one another role, resets a password, deactivates or lets
sign in again; each is one change, audited by the core (``desktop.services.accounts``). What
the buttons allow is the core's table (``permissions.user_steps``); the core refuses the same
whatever the buttons offer (the last administrator, one's own account). The list is read by an
operation and read again when the room's notices say users changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.services import accounts, permissions, room_settings
from desktop.services.accounts import UserRow
from desktop.services.errors import DomainError
from ui.context import AppContext
from ui.labels import label
from ui.operations import Operation, change_op, query_op
from ui.settings.user_dialogs import AddUserDialog, PasswordDialog, RoleDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b00020;"
INACTIVE = QColor("#8a8a8a")


@dataclass(frozen=True)
class UsersPageData:
    users: list[UserRow]
    lock_minutes: int


def read_users_page(session: Session, actor: Any) -> UsersPageData:
    return UsersPageData(accounts.list_users(session, actor),
                         room_settings.lock_after_minutes(session))


class UsersModel(QAbstractTableModel):
    """The users as rows: name, display name, role, whether they may sign in. A room has
    tens of users, read whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UserRow] = []
        self.headers = (self.tr("Username"), self.tr("Display name"), self.tr("Role"),
                        self.tr("Sign-in"))

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def state(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if not row.has_password:
            return self.tr("No password yet")
        return self.tr("May sign in")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.username, row.display_name, label(row.role),
                    self.state(row))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return INACTIVE
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            # user names are Latin: read left to right, in the column's start
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class UsersPage(QWidget):
    """``loaded`` after each reading (for tests); ``dialog`` is the dialog open, if any."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: Operation | None = None
        self.dialog: QDialog | None = None
        self.data: UsersPageData | None = None
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Change the role…"))
        self.role_button.clicked.connect(self.change_role)
        self.password_button = QPushButton(self.tr("Reset the password…"))
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(room_settings.LOCK_LEAST_MINUTES,
                                   room_settings.LOCK_MOST_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_save = QPushButton(self.tr("Save"))
        self.lock_save.clicked.connect(self.save_lock_minutes)
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock a workstation left unused for")))
        lock_row.addWidget(self.lock_minutes)
        lock_row.addWidget(self.lock_save)
        lock_row.addStretch(1)
        lock_note = QLabel(self.tr("Every workstation of the room locks its screen after this "
                                   "time without a key or a click; the same user's password "
                                   "opens it, and unsaved work stays as it was."))
        lock_note.setWordWrap(True)

        self.message = QLabel("")
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addLayout(lock_row)
        layout.addWidget(lock_note)
        self._update_buttons()
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)
        self.load()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> Operation | None:
        if self.pending is not None:
            return None
        actor = self.ctx.actor
        self.pending = query_op(self, self.ctx.db, lambda s: read_users_page(s, actor)) \
            .success(self._on_read).failure(self._on_failed).run()
        self._update_buttons()
        return self.pending

    def _on_read(self, data: UsersPageData) -> None:
        self.pending = None
        chosen = self.chosen()
        self.data = data
        self.model.set_rows(data.users)
        self.lock_minutes.setValue(data.lock_minutes)
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.pending = None
        self._update_buttons()
        self._say_refusal(error)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _say_refusal(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._say(error.message(i18n.language()), error=True)
            return
        from ui.errors import show_error

        show_error(self, error)

    # -- the chosen user ---------------------------------------------------------------------

    def chosen(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def select(self, user_id: int) -> None:
        """Choose the user's row (through the selection model: ``QTableView.selectRow``
        chooses nothing in a right-to-left window)."""
        for row, user in enumerate(self.model.rows):
            if user.id == user_id:
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
                return

    def _on_table_selection_changed(self, *_changed: Any) -> None:
        self._update_buttons()

    def steps(self) -> dict[str, bool]:
        user = self.chosen()
        actor = self.ctx.actor
        return permissions.user_steps(
            actor, active=None if user is None else user.active,
            itself=user is not None and actor is not None and user.id == actor.user_id)

    def _update_buttons(self) -> None:
        steps = self.steps()
        idle = self.pending is None and self.data is not None
        user = self.chosen()
        self.add_button.setEnabled(idle and steps["add"])
        self.role_button.setEnabled(idle and steps["role"])
        self.password_button.setEnabled(idle and steps["reset_password"])
        activates = user is not None and not user.active
        self.active_button.setText(self.tr("Let sign in again") if activates
                                   else self.tr("Deactivate"))
        self.active_button.setEnabled(idle and (steps["activate"] if activates
                                                else steps["deactivate"]))
        self.lock_minutes.setEnabled(idle and steps["settings"])
        self.lock_save.setEnabled(idle and steps["settings"])

    # -- changes -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: str) -> QDialog:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._say(done)
                self.load()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        return self._open(AddUserDialog(self.ctx, self), self.tr("The user was added."))

    def change_role(self) -> QDialog | None:
        user = self.chosen()
        if user is None or not self.steps()["role"]:
            return None
        return self._open(RoleDialog(self.ctx, user, self),
                          self.tr("The role of {user} was changed.").format(user=user.username))

    def reset_password(self) -> QDialog | None:
        user = self.chosen()
        if user is None or not self.steps()["reset_password"]:
            return None
        return self._open(PasswordDialog(self.ctx, user, self),
                          self.tr("{user} has a new password.").format(user=user.username))

    def toggle_active(self) -> Operation | None:
        user = self.chosen()
        if user is None or self.pending is not None:
            return None
        actor, active = self.ctx.actor, not user.active
        done = (self.tr("{user} may sign in again.") if active
                else self.tr("{user} can no longer sign in.")).format(user=user.username)
        return self._change(lambda s: accounts.set_active(s, actor, user.id, active,
                                                          expected_version=user.version).id,
                            done)

    def save_lock_minutes(self) -> Operation | None:
        if self.pending is not None:
            return None
        actor, minutes = self.ctx.actor, self.lock_minutes.value()
        return self._change(lambda s: room_settings.set_lock_after(s, actor, minutes),
                            self.tr("Saved: workstations lock after {minutes} minutes without "
                                    "use.").format(minutes=minutes))

    def _change(self, work: Any, done: str) -> Operation:
        def succeeded(_result: Any) -> None:
            self.pending = None
            self._say(done)
            self.load()

        def failed(error: BaseException) -> None:
            self.pending = None
            self._update_buttons()
            self._say_refusal(error)

        self.pending = change_op(self, self.ctx.db, work).success(succeeded) \
            .failure(failed).run()
        self._update_buttons()
        return self.pending

    # -- the room ----------------------------------------------------------------------------

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if self.pending is None and (notice.everything or notice.touches("users")
                                     or notice.touches("room_settings")):
            self.load()
