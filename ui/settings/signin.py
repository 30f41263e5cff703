"""Who is acting: a sign-in against the program's users, or the first administrator.

A database with no users yet offers two ways in: create the first administrator, or load the
demo data. A demo database's sign-in names the demo's accounts with their passwords, under a
banner saying the data is the demo's; a real database's never does (``desktop.demo.accounts``
asks the database). ``GHURFA_USER`` names the user directly, for tests, screenshots and the
startup benchmark: a demo user, or a user without a password (``unattended_actor``).

Nothing here waits for the database on the interface thread: what the door needs to know
(whether ``GHURFA_USER`` names someone, whether the database has users) and the demo's
accounts are reads, and a sign-in or the first administrator is a change, each an operation
(``ui.operations``); the dialogs open with ``open()``, not a nested event loop, and
``choose_actor`` answers through a callback. What a password needs, how long a name waits
after wrong passwords and who may sign in are the core's to say (``desktop.services.signin``,
``desktop.services.passwords``): a dialog shows its refusal.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import User
from desktop.services import accounts, signin
from desktop.services.actor import Actor, unattended_actor
from desktop.services.errors import DomainError, Forbidden
from desktop.storage.database import Database
from ui.field_limits import limit_lengths
from ui.labels import label
from ui.operations import Op, Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.demo.accounts import DemoAccount

USER_ENV = "GHURFA_USER"
ERROR_STYLE = "color: #b00020;"
DEMO_BANNER_STYLE = ("QLabel#demoBanner { background: #fff3cd; color: #664d03; "
                     "border: 1px solid #e0c36a; border-radius: 4px; padding: 6px 10px; "
                     "font-weight: 600; }")


def _error_label() -> QLabel:
    label = QLabel("")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def demo_banner(parent: QWidget | None = None) -> QLabel:
    """The banner that marks a database as the demo's (the sign-in, the main window)."""
    banner = QLabel(QCoreApplication.translate(
        "DemoBanner", "Demo data: a made-up room to look around in, not a real one."), parent)
    banner.setObjectName("demoBanner")
    banner.setStyleSheet(DEMO_BANNER_STYLE)
    banner.setWordWrap(True)
    return banner


def _demo_accounts(session: Session) -> list[DemoAccount]:
    from desktop.demo.accounts import demo_accounts

    return demo_accounts(session)


class SignInDialog(QDialog):
    """A name and a password; ``actor`` is set once the core has let the user in.

    The sign-in is a change (the wrong passwords' count, a stronger hash, the audit), run off
    the interface thread; the button waits while it runs, and a refusal is said in the
    dialog. On a demo database the demo's accounts are listed: choosing one fills the name
    and the password."""

    def __init__(self, db: Database, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.pending: Operation | None = None  # the sign-in under way
        self.reading: Operation | None = None  # the demo's accounts being read
        self.demo: list[DemoAccount] = []
        self._answered = False
        self.setWindowTitle(self.tr("Sign in — Ghurfa"))
        self.username = QLineEdit(username)
        self.username.setObjectName("signInUsername")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.banner = demo_banner()
        self.banner.setVisible(False)
        self.demo_note = QLabel(self.tr("The demo's accounts, one for each role: choose one "
                                        "to fill in its name and password."))
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        self.demo_table = QTableWidget(0, 3)
        self.demo_table.setObjectName("demoAccounts")
        self.demo_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Username"), self.tr("Password")])
        self.demo_table.verticalHeader().setVisible(False)
        self.demo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demo_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demo_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.demo_table.horizontalHeader().setStretchLastSection(True)
        self.demo_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demo_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demo_table.itemSelectionChanged.connect(self._on_demo_selection_changed)
        self.demo_table.cellDoubleClicked.connect(lambda _row, _column: self.sign_in())
        self.demo_table.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.demo_table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(460)
        self.reading = query_op(self, db, _demo_accounts).success(self._on_demo_read) \
            .failure(lambda _error: self._on_demo_read([])).run()

    def _on_demo_read(self, found: list[DemoAccount]) -> None:
        """The demo's accounts, or none on a real database (nothing of the demo shows)."""
        self.reading = None
        self.demo = list(found)
        self.banner.setVisible(bool(found))
        self.demo_note.setVisible(bool(found))
        self.demo_table.setVisible(bool(found))
        self.demo_table.setRowCount(len(found))
        for row, account in enumerate(found):
            for column, text in enumerate((label(account.role), account.username,
                                           account.password)):
                self.demo_table.setItem(row, column, QTableWidgetItem(text))
        if found:
            table = self.demo_table
            table.resizeRowsToContents()
            table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                                 + table.verticalHeader().length() + 2 * table.frameWidth())
            self.adjustSize()
            typed = self.username.text().strip().lower()
            chosen = next((r for r, a in enumerate(found) if a.username == typed), None)
            if chosen is not None and not self.password.text():  # never over a typed one
                self.choose_demo_account(chosen)

    def choose_demo_account(self, row: int) -> None:
        """Fill in one of the demo's accounts (through the selection model:
        ``QTableView.selectRow`` chooses nothing in a right-to-left window)."""
        flags = QItemSelectionModel.SelectionFlag
        self.demo_table.selectionModel().setCurrentIndex(
            self.demo_table.model().index(row, 0), flags.ClearAndSelect | flags.Rows)

    def _on_demo_selection_changed(self) -> None:
        rows = self.demo_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.demo):
            account = self.demo[rows[0].row()]
            self.username.setText(account.username)
            self.password.setText(account.password)

    def sign_in(self) -> Operation | None:
        """Ask the core to let the user in; None if a sign-in is already under way."""
        if self.pending is not None:
            return None
        username, password = self.username.text(), self.password.text()
        db = self.db
        self._wait(True)
        self.pending = Op(self, lambda _progress: signin.sign_in(db, username, password),
                          changes=True) \
            .success(self._on_sign_in_done).failure(self._on_sign_in_failed).run()
        return self.pending

    def _wait(self, waiting: bool) -> None:
        for widget in (self.sign_in_button, self.username, self.password, self.demo_table):
            widget.setEnabled(not waiting)

    def _on_sign_in_done(self, actor: Actor) -> None:
        self.pending = None
        self._wait(False)
        if self._answered:
            return  # cancelled meanwhile: the person chose not to go in
        self.actor = actor
        self.accept()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self.pending = None
        self._wait(False)
        _say(self, self.error, error)
        self.password.selectAll()
        self.password.setFocus()

    def done(self, result: int) -> None:
        self._answered = True
        super().done(result)


class FirstRunDialog(QDialog):
    """No users yet: make the first administrator, or load the demo data."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.demo_loaded = False
        self.pending: Operation | None = None  # the administrator being made, or the demo
        self._answered = False
        self.setWindowTitle(self.tr("Welcome to Ghurfa"))
        intro = QLabel(self.tr("This database has no users yet. Create the first administrator, "
                               "or load the demo data of Maysan and Dhi Qar to look around."))
        intro.setWordWrap(True)
        rules = QLabel(self.tr("The password needs at least 8 characters and may not be one of "
                               "the commonest; a few words you will remember make a good one."))
        rules.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        limit_lengths({self.username: User.username, self.display_name: User.display_name})
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
        layout.addWidget(rules)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def create_admin(self) -> Operation | None:
        """Ask the core for the first administrator (it checks the two passwords and their
        length); None if something is already under way."""
        if self.pending is not None:
            return None
        typed = (self.username.text(), self.display_name.text(), self.password.text(),
                 self.confirm.text())
        self._wait(True)
        self.pending = change_op(self, self.db, lambda session: accounts
                                 .create_first_administrator(session, *typed)) \
            .success(self._on_admin_created).failure(self._on_admin_refused).run()
        return self.pending

    def _wait(self, waiting: bool) -> None:
        for widget in (self.create_button, self.demo_button, self.username, self.display_name,
                       self.password, self.confirm):
            widget.setEnabled(not waiting)

    def _on_admin_created(self, actor: Actor) -> None:
        self.pending = None
        self._wait(False)
        self.actor = actor
        if not self._answered:
            self.accept()

    def _on_admin_refused(self, error: BaseException) -> None:
        self.pending = None
        self._wait(False)
        _say(self, self.error, error)

    def load_demo(self) -> Operation | None:
        """The demo data, as one change with progress; the sign-in follows."""
        if self.pending is not None:
            return None
        from desktop.demo import load_demo

        db = self.db
        self.setEnabled(False)

        def work(progress) -> dict:
            return load_demo(db, progress=progress.report, cancelled=progress.is_cancelled)

        def done(_counts: dict) -> None:
            self.pending = None
            self.demo_loaded = True
            self.setEnabled(True)
            if not self._answered:
                self.accept()

        def failed(error: BaseException) -> None:
            self.pending = None
            self.setEnabled(True)
            from ui.errors import show_error

            show_error(self, error)

        self.pending = Op(self, work, changes=True).success(done).failure(failed) \
            .with_progress(self.tr("Loading the demo data")).run()
        return self.pending

    def done(self, result: int) -> None:
        self._answered = True
        super().done(result)


def _say(dialog: QWidget, label: QLabel, error: BaseException) -> None:
    """A refusal in the dialog's own words, in the user's language; anything else, which is
    a fault of ours, goes to the one error place with its details."""
    if isinstance(error, DomainError):
        label.setText(error.message(i18n.language()))
        return
    label.setText("")
    from ui.errors import show_error

    show_error(dialog, error)


@dataclass(frozen=True)
class _Door:
    """What the sign-in needs to know before it asks anything."""

    actor: Actor | None  # the user ``GHURFA_USER`` names, when they may come in unasked
    has_users: bool


def _door(session: Session, named: str | None) -> _Door:
    if named:
        try:
            return _Door(unattended_actor(session, named), True)
        except Forbidden:  # a user with a password signs in in the window, as anyone does
            pass
    return _Door(None, accounts.has_users(session))


class SignIn(QObject):
    """Who is acting, asked without stopping the interface.

    ``chosen(actor)`` once someone is in, ``chosen(None)`` when the person cancelled;
    ``refused(error)`` when the database cannot tell (``GHURFA_USER`` naming nobody is a
    ``NotFound``). ``dialog`` is the dialog being shown, if any."""

    chosen = Signal(object)
    refused = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._window = parent
        self.dialog: QDialog | None = None

    def start(self) -> Operation:
        named = os.environ.get(USER_ENV)
        return query_op(self._window, self.db, lambda session: _door(session, named)) \
            .success(self._on_door_read).failure(self.refused.emit).run()

    def _on_door_read(self, door: _Door) -> None:
        if door.actor is not None:
            self.chosen.emit(door.actor)
        elif not door.has_users:
            first = FirstRunDialog(self.db, self._window)
            first.finished.connect(lambda result: self._on_first_run_finished(first, result))
            self._show(first)
        else:
            self._ask("")

    def _on_first_run_finished(self, first: FirstRunDialog, result: int) -> None:
        self._close(first)
        if result != QDialog.DialogCode.Accepted:
            self.chosen.emit(None)
        elif first.actor is not None:
            self.chosen.emit(first.actor)
        else:  # the demo data was loaded: its administrator signs in
            self._ask("admin")

    def _ask(self, username: str) -> None:
        dialog = SignInDialog(self.db, self._window, username)
        dialog.finished.connect(lambda result: self._on_sign_in_finished(dialog, result))
        self._show(dialog)

    def _on_sign_in_finished(self, dialog: SignInDialog, result: int) -> None:
        self._close(dialog)
        accepted = result == QDialog.DialogCode.Accepted
        self.chosen.emit(dialog.actor if accepted else None)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _close(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def choose_actor(db: Database, parent: QWidget | None,
                 on_chosen: Callable[[Actor | None], None],
                 on_refused: Callable[[BaseException], None] | None = None) -> SignIn:
    """Find the acting user and call ``on_chosen`` with them (None when the person cancelled);
    ``on_refused`` gets a failure to read the database or a ``GHURFA_USER`` naming nobody
    (without it, the failure goes to the one error place). Keep the returned ``SignIn`` until
    it has answered."""
    sign_in = SignIn(db, parent)
    sign_in.chosen.connect(on_chosen)
    if on_refused is not None:
        sign_in.refused.connect(on_refused)
    else:
        from ui.errors import show_error

        sign_in.refused.connect(lambda error: show_error(parent, error))
    sign_in.start()
    return sign_in
