"""The database could not be opened at start: say why, and offer a way on rather than an exit.

A server address saved in the settings that no longer answers (a typo, a server moved) used to
end the program at every start, so the settings page that would correct it was never reached.
This dialog offers what the user can do from where they stand: correct the saved address (or go
back to the local file) and try again; work on the local file this once; or quit. An address
given with ``--db`` or ``GHURFA_DB_URL`` is the caller's to change: only the local file and
quitting are offered for it.

The dialog is shown with ``open()``, not ``exec()``: the program's event loop keeps running, and
the choice comes back through ``chosen``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, settings
from desktop.services.errors import DomainError
from ui.direction import isolate_paths
from ui.settings import store

RETRY, LOCAL, QUIT = "retry", "local", "quit"
ERROR_STYLE = "color: #b00020;"


class DatabaseProblemDialog(QDialog):
    """``chosen`` carries RETRY (the saved address was changed), LOCAL or QUIT."""

    chosen = Signal(str)

    def __init__(self, message: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database could not be opened"))
        self.setModal(True)
        self.source = source
        text = QLabel(isolate_paths(message))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QLabel(isolate_paths(self._where(source)))
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(where)

        self.sqlite = QRadioButton(self.tr("The SQLite file on this computer"))
        self.postgres = QRadioButton(self.tr("The room's PostgreSQL server"))
        self.address = QLineEdit()
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads LTR
        self.address.setPlaceholderText("postgresql+psycopg://user@host:5432/ghurfa")
        self.address.setMinimumWidth(420)
        self.error = QLabel("")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.editable = source == "settings"
        if self.editable:
            group = QButtonGroup(self)
            group.addButton(self.sqlite)
            group.addButton(self.postgres)
            saved = _saved_address()
            if saved and saved.startswith("postgresql"):
                self.postgres.setChecked(True)
                self.address.setText(saved)
            else:
                self.sqlite.setChecked(True)
            self.address.textEdited.connect(lambda _text: self.postgres.setChecked(True))
            form = QFormLayout()
            form.addRow(self.sqlite)
            form.addRow(self.postgres)
            form.addRow(self.tr("Address"), self.address)
            layout.addLayout(form)
            layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.retry_button = QPushButton(self.tr("Save and try again"))
        self.local_button = QPushButton(self.tr("Use the local file this time"))
        self.quit_button = QPushButton(self.tr("Quit"))
        if self.editable:
            buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.retry_button.setDefault(True)
            self.retry_button.clicked.connect(self._on_retry_clicked)
        buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.local_button.clicked.connect(lambda: self._choose(LOCAL))
        self.quit_button.clicked.connect(lambda: self._choose(QUIT))
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _where(self, source: str) -> str:
        if source == "option":
            return self.tr("The address was given with --db: start the program again with "
                           "another address, or use the local file for now.")
        if source == "environment":
            return self.tr("The address comes from the variable GHURFA_DB_URL: change it and "
                           "start again, or use the local file for now.")
        if source == "settings":
            return self.tr("The address is saved in the settings ({file}). Correct it here, "
                           "or use the local file for now.").format(
                file=str(settings.config_file()))
        return self.tr("This is the local database file of this computer.")

    def _on_retry_clicked(self) -> None:
        if self.sqlite.isChecked():
            store.save_database_url(None)
        else:
            from desktop.storage.addresses import server_address

            try:
                address = server_address(self.address.text())
            except DomainError as error:
                self.error.setText(error.message(i18n.language()))
                self.address.setFocus()
                return
            store.save_database_url(address)
        self._choose(RETRY)

    def _choose(self, choice: str) -> None:
        self.chosen.emit(choice)
        self.done(QDialog.DialogCode.Accepted if choice != QUIT
                  else QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape or the window's close button: the same as Quit
        self._choose(QUIT)


def _saved_address() -> str | None:
    try:
        return settings.load(strict=True).get(store.DATABASE)
    except settings.SettingsUnreadable:
        return None
