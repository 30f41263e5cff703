"""The users view's dialogs: a new user, a new password, another role.

Each dialog is one change (``ui.operations``): its button waits while the core decides, a
refusal is said inside the dialog in the core's words with what was typed kept, and the dialog
closes once the change is committed. What a password needs and who may be given which role are
the core's rules (``desktop.services.accounts``, ``desktop.services.passwords``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import User, UserRole
from desktop.services import accounts, permissions
from desktop.services.errors import DomainError
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.labels import label
from ui.operations import Operation, change_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.accounts import UserRow

ERROR_STYLE = "color: #b00020;"


def role_box(current: UserRole | None = None) -> QComboBox:
    """The roles an administrator may give, by their labels; ``current`` chosen."""
    box = QComboBox()
    for role in permissions.OFFERED_ROLES:
        box.addItem(label(role), role)
    if current is not None:
        index = box.findData(current)
        box.setCurrentIndex(index if index >= 0 else 0)
    return box


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(1024)
    return field


class _ChangeDialog(QDialog):
    """A form, its refusal, and OK that runs ``change(session)`` as one unit of work."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: Operation | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("userDialogError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def change(self, session: Session) -> Any:
        raise NotImplementedError

    def apply(self) -> Operation | None:
        """Ask the core; None if a change is already under way."""
        if self.pending is not None:
            return None
        work: Callable[[Session], Any] = self.change_with_typed()
        self.ok_button.setEnabled(False)
        self.pending = change_op(self, self.ctx.db, work) \
            .success(self._on_done).failure(self._on_refused).run()
        return self.pending

    def change_with_typed(self) -> Callable[[Session], Any]:
        """The change, holding what was typed now (the worker reads no widget)."""
        return self.change

    def _on_done(self, _result: Any) -> None:
        self.pending = None
        self.ok_button.setEnabled(True)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self.ok_button.setEnabled(True)
        if isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
            return
        self.error.setText("")
        from ui.errors import show_error

        show_error(self, error)


class AddUserDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a user"), parent)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        limit_lengths({self.username: User.username, self.display_name: User.display_name})
        self.role = role_box(permissions.OFFERED_ROLES[0])  # the commonest: a clerk
        self.password = _password_field()
        self.confirm = _password_field()
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.confirm)
        self.say(self.tr("At least 8 characters, not one of the commonest; tell it to the user "
                         "in person."))
        self.ok_button.setText(self.tr("Add"))

    def change_with_typed(self) -> Callable[[Session], Any]:
        actor = self.ctx.actor
        typed = (self.username.text(), self.display_name.text().strip(),
                 self.role.currentData(), self.password.text(), self.confirm.text())

        def work(session: Session) -> int:
            username, display, role, password, confirmation = typed
            if password != confirmation:
                from desktop.services.errors import Invalid

                raise Invalid("The two passwords differ.")
            user = accounts.create_user(session, actor, username, display or username, role,
                                        password)
            session.flush()
            return user.id

        return work


class PasswordDialog(_ChangeDialog):
    """A new password for ``user``, typed twice."""

    def __init__(self, ctx: AppContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Reset the password of {user}").format(
            user=user.username), parent)
        self.user = user
        self.password = _password_field()
        self.confirm = _password_field()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.confirm)
        self.say(self.tr("The old password stops working at once, and any wait after wrong "
                         "passwords ends."))

    def change_with_typed(self) -> Callable[[Session], Any]:
        actor, user_id = self.ctx.actor, self.user.id
        password, confirmation = self.password.text(), self.confirm.text()
        return lambda session: accounts.reset_password(session, actor, user_id, password,
                                                       confirmation).id


class RoleDialog(_ChangeDialog):
    """Another role for ``user``."""

    def __init__(self, ctx: AppContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change the role of {user}").format(
            user=user.username), parent)
        self.user = user
        self.role = role_box(user.role)
        self.form.addRow(self.tr("Role"), self.role)
        if user.role not in permissions.OFFERED_ROLES:
            self.say(self.tr("{role} is a role of earlier versions: choose one of these.")
                     .format(role=label(user.role)))

    def change_with_typed(self) -> Callable[[Session], Any]:
        actor, user_id, version = self.ctx.actor, self.user.id, self.user.version
        role = self.role.currentData()
        return lambda session: accounts.set_role(session, actor, user_id, role,
                                                 expected_version=version).id
