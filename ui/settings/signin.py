"""Who is acting: a sign-in against the program's users, or the first administrator.

A database with no users yet offers two ways in: create the first administrator, or load the
demo data (whose users choose their password at their first sign-in). ``GHURFA_USER`` names the
user directly, for tests, screenshots and the startup benchmark, if that user has no password.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.services import accounts
from desktop.services.actor import SYSTEM, Actor, unattended_actor
from desktop.services.errors import DomainError, Forbidden, Invalid
from desktop.storage.database import Database
from ui.operations import run_in_background

USER_ENV = "GHURFA_USER"
ERROR_STYLE = "color: #b00020;"


def _error_label() -> QLabel:
    label = QLabel("")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Ghurfa"))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        hint = QLabel(self.tr("Signing in for the first time? The password you type now "
                              "becomes yours (at least 8 characters)."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)

    def sign_in(self) -> None:
        try:
            with self.db.session() as session:
                self.actor = accounts.sign_in(session, self.username.text(),
                                              self.password.text())
        except DomainError as error:
            self.error.setText(error.message(i18n.language()))
            self.password.selectAll()
            return
        self.accept()


class FirstRunDialog(QDialog):
    """No users yet: make the first administrator, or load the demo data."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Welcome to Ghurfa"))
        intro = QLabel(self.tr("This database has no users yet. Create the first administrator, "
                               "or load the demo data of Maysan and Dhi Qar to look around."))
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        self.error = _error_label()
        self.create_button = QPushButton(self.tr("Create the administrator"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_admin)
        self.demo_button = QPushButton(self.tr("Load the demo data"))
        self.demo_button.clicked.connect(self.load_demo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def create_admin(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            with self.db.session() as session:
                user = accounts.create_user(session, SYSTEM, self.username.text(),
                                            self.display_name.text() or self.username.text(),
                                            "admin", self.password.text() or None)
                if user.password_hash is None:
                    raise Invalid("A password needs at least 8 characters.")
                session.flush()
                self.actor = Actor(user.id, user.username, user.role)
        except DomainError as error:
            self.error.setText(error.message(i18n.language()))
            return
        self.accept()

    def load_demo(self) -> None:
        from desktop.demo import load_demo

        db = self.db
        self.setEnabled(False)

        def work(progress) -> dict:
            return load_demo(db, progress=progress.report, cancelled=progress.is_cancelled)

        def done(_counts: dict) -> None:
            self.demo_loaded = True
            self.accept()

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            from ui.errors import show_error

            show_error(self, error)

        self.operation = run_in_background(self, self.tr("Loading the demo data"), work, done,
                                           failed)


def choose_actor(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The acting user, or None when the person cancelled."""
    named = os.environ.get(USER_ENV)
    if named:
        try:
            with db.reader() as session:
                return unattended_actor(session, named)
        except Forbidden:  # a user with a password signs in in the window, as anyone does
            pass
    with db.reader() as session:
        has_users = accounts.has_users(session)
    if not has_users:
        first = FirstRunDialog(db, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        if first.actor is not None:
            return first.actor
    dialog = SignInDialog(db, parent, "admin" if not has_users else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
