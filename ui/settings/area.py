"""The settings area: the database, the language, the issuing offices' letterheads, the
least protection each risk level asks, (for administrators) the room's users, and (for
administrators and the commander) the audit trail.

The database is chosen at start (``desktop.settings``), so a change here is saved and applies
at the next start; the language switches at once (the window is rebuilt in it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop import settings
from desktop.services import permissions
from ui.context import AppContext
from ui.direction import show_as_path
from ui.settings import store
from ui.settings.map_settings import MapSettingsPage
from ui.settings.offices import OfficeEditor
from ui.settings.protection import ProtectionPage

POSTGRES_EXAMPLE = "postgresql+psycopg://user@host:5432/ghurfa"


class DatabasePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        current = QLabel(ctx.db.describe())
        current.setWordWrap(True)
        self.sqlite = QRadioButton(self.tr("SQLite file on this computer (the default)"))
        self.postgres = QRadioButton(self.tr("PostgreSQL server, shared by several computers"))
        group = QButtonGroup(self)
        group.addButton(self.sqlite)
        group.addButton(self.postgres)
        self.sqlite_path = QLabel(settings.default_sqlite_url().removeprefix("sqlite:///"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(POSTGRES_EXAMPLE)
        self.url.setMinimumWidth(420)
        show_as_path(current, self.sqlite_path, self.url)
        saved = store.saved_database_url()
        if saved and saved.startswith("postgresql"):
            self.postgres.setChecked(True)
            self.url.setText(saved)
        else:
            self.sqlite.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("In use now"), current)
        form.addRow(self.sqlite)
        form.addRow(self.tr("File"), self.sqlite_path)
        form.addRow(self.postgres)
        form.addRow(self.tr("Address"), self.url)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A change of database applies at the next start.")))
        layout.addLayout(row)
        layout.addStretch(1)

    def save(self) -> bool:
        if self.sqlite.isChecked():
            store.save_database_url(None)
        else:
            url = self.url.text().strip()
            try:
                backend = make_url(url).get_backend_name() if url else ""
            except ArgumentError:
                backend = ""
            if backend != "postgresql":
                self.message.setText(self.tr("Give a PostgreSQL address such as {example}.")
                                     .format(example=POSTGRES_EXAMPLE))
                return False
            store.save_database_url(url)
        self.message.setText(self.tr("Saved. Start the program again to use this database."))
        return True


class LanguagePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = QComboBox()
        self.choice.addItem("العربية", "ar")
        self.choice.addItem("English", "en")
        self.choice.setCurrentIndex(self.choice.findData(ctx.language))
        apply = QPushButton(self.tr("Apply"))
        apply.clicked.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language of the program and its documents")))
        row.addWidget(self.choice)
        row.addWidget(apply)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)

    def apply(self) -> None:
        lang = self.choice.currentData()
        window = self.window()
        if hasattr(window, "request_language"):
            window.request_language(lang)
        else:
            store.save_language(lang)


class SettingsArea(QWidget):
    database_restored = Signal(object)  # the backups page replaced the database (a Restored)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.offices = OfficeEditor(ctx)
        self.database = DatabasePage(ctx)
        self.language = LanguagePage(ctx)
        self.protection = ProtectionPage(ctx)
        self.map = MapSettingsPage(ctx)
        self.tabs.addTab(self.offices, self.tr("Letterheads"))
        self.tabs.addTab(self.database, self.tr("Database"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.tabs.addTab(self.protection, self.tr("Minimum protection"))
        self.tabs.addTab(self.map, self.tr("Map"))
        self.users = None
        self.backups = None
        if permissions.may(ctx.actor, permissions.ADMINISTRATION):
            from ui.settings.backups import BackupsPage
            from ui.settings.users import UsersPage

            self.users = UsersPage(ctx)
            self.tabs.addTab(self.users, self.tr("Users"))
            self.backups = BackupsPage(ctx)
            self.backups.restored.connect(self.database_restored)
            self.tabs.addTab(self.backups, self.tr("Backups"))
        self.audit = None
        if permissions.may(ctx.actor, permissions.AUDIT):  # the administrator, the commander
            from ui.audit.view import AuditView

            self.audit = AuditView(ctx)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.tabs)
