"""The main window: the navigation of areas on the start side, the open area, and the status bar.

Areas are built the first time they are opened (see ``ui.areas``). Before the window closes,
each open area that has unsaved work may refuse through ``can_close() -> bool``.

The window can be shown before the database is open (``ctx.db`` None): it says so and keeps
its areas shut until ``attach`` hands it the database and the signed-in user. The program
starts that way, so the window appears while SQLAlchemy loads and the schema is checked.
"""

from __future__ import annotations

import platform
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, Signal, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFontMetrics,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui.areas import AREAS
from ui.context import AppContext
from ui.labels import label
from ui.version import program_version

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_POINT_SIZE, NAV_MIN_WIDTH, NAV_MAX_WIDTH = 11.0, 200, 340
RLM, LRM = "\u200f", "\u200e"  # right-to-left and left-to-right marks
GEOMETRY = "window_geometry"
LAST_AREA = "last_area"


class MainWindow(QMainWindow):
    first_shown = Signal()
    ready = Signal()  # attached, and the area it opened on has its data
    language_requested = Signal(str)
    area_opened = Signal(str)
    sign_out_requested = Signal(bool)  # True: switch to another user; False: sign out
    database_restored = Signal(object)  # a backup replaced the database (its Restored)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.areas: dict[str, QWidget] = {}
        self._after_saving: Callable[[], object] | None = None
        self._shown = False
        self.setWindowTitle(self.tr("Ghurfa — operations room"))
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if ctx.rtl
                                else Qt.LayoutDirection.LeftToRight)

        self.nav_model = QStandardItemModel(self)
        for area in AREAS:
            item = QStandardItem(area.icon(self.style()), area.title)
            item.setData(area.key, KEY_ROLE)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setObjectName("navigation")
        self.nav.setModel(self.nav_model)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setStyleSheet(
            f"QListView#navigation {{ font-size: {NAV_POINT_SIZE:g}pt; padding: 6px; }}"
            "QListView#navigation::item { padding: 8px 6px; }")
        self.nav.setFixedWidth(self._navigation_width())
        self.nav.selectionModel().currentChanged.connect(self._on_nav_current_changed)
        self.stack = QStackedWidget()

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if ctx.db is not None and ctx.actor is not None:
            self.attach()
        else:
            self.opening = QLabel(self.tr("Opening the database…") if ctx.db is None
                                  else self.tr("Signed out. Sign in to go on."))
            self.opening.setObjectName("opening")
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.opening)
            self.nav.setEnabled(False)
            self.view_menu.setEnabled(False)
            self._set_user_actions(False)
            if ctx.db is not None:
                self.database_label.setText(ctx.db.describe())

    def database_opened(self, db: object) -> None:
        """The database is open; the user is yet to sign in: the status bar names it now."""
        self.database_label.setText(db.describe())
        if getattr(self, "opening", None) is not None:
            self.opening.setText(self.tr("Signing in…"))

    def _on_room_listening(self, listening: bool) -> None:
        """While the link to the other workstations is down their changes do not show here;
        said until it is back (then every view reads afresh)."""
        self.link_label.setVisible(not listening)

    def show_fallback(self, note: str) -> None:
        """A lasting word that this session works on another database than the one chosen."""
        self.fallback_label.setText(note)
        self.fallback_label.setVisible(True)

    def _navigation_width(self) -> int:
        """Wide enough for the longest area title in this language (English ones are longer
        than Arabic), at the navigation's own font size, within bounds."""
        font = self.nav.font()
        font.setPointSizeF(NAV_POINT_SIZE)
        metrics = QFontMetrics(font)
        text = max(metrics.horizontalAdvance(area.title) for area in AREAS)
        # icon, the gap after it, the item's and the list's padding, spacing, frame, a margin
        chrome = 22 + 8 + 2 * 6 + 2 * 6 + 2 * 2 + 2 * 2 + 12
        return max(NAV_MIN_WIDTH, min(NAV_MAX_WIDTH, text + chrome))

    def attach(self) -> None:
        """The database is open and the user known: name them, and open the last area."""
        self.database_label.setText(self.ctx.db.describe())
        # A Latin username first would turn the whole line left to right; the mark keeps the
        # line in the window's direction, the name an isolated run within it.
        mark = RLM if self.ctx.rtl else LRM
        self.user_label.setText(mark + self.tr("{role}: {user}").format(
            user=self.ctx.actor.username, role=label(self.ctx.actor.role)))
        self.nav.setEnabled(True)
        self.view_menu.setEnabled(True)
        self._set_user_actions(True)
        if self.ctx.changes is not None:
            self.ctx.changes.listening.connect(self._on_room_listening)
        last = self.ctx.preferences.get(LAST_AREA)
        widget = self.open_area(last if any(a.key == last for a in AREAS) else "home")
        opening = getattr(self, "opening", None)
        if opening is not None:
            self.stack.removeWidget(opening)
            opening.deleteLater()
            self.opening = None
        loaded = getattr(widget, "loaded", None)
        if loaded is not None and getattr(widget, "data", None) is None:
            def once(_data: object) -> None:
                loaded.disconnect(once)
                self.ready.emit()

            loaded.connect(once)
        else:
            self.ready.emit()

    # -- areas ---------------------------------------------------------------------------------

    def open_area(self, key: str) -> QWidget:
        """Show the area ``key``, building it the first time."""
        row = next(i for i, area in enumerate(AREAS) if area.key == key)
        widget = self.areas.get(key)
        if widget is None:
            widget = AREAS[row].factory(self.ctx, self.stack)
            widget.setObjectName(f"area_{key}")
            requested = getattr(widget, "open_area_requested", None)
            if requested is not None:  # an area that leads to another (the home view's cards)
                requested.connect(self.open_area)
            filtered = getattr(widget, "open_filtered_requested", None)
            if filtered is not None:  # …showing something of it (a count's directives)
                filtered.connect(self.open_filtered)
            restored = getattr(widget, "database_restored", None)
            if restored is not None:  # the settings' backups page: the program reconnects
                restored.connect(self.database_restored)
            saved = getattr(widget, "saved_on_the_way_out", None)
            if saved is not None:  # unsaved work saved as the user left: go on leaving
                saved.connect(self._on_area_saved_on_the_way_out)
            self.areas[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        index = self.nav_model.index(row, 0)
        if self.nav.currentIndex() != index:
            self.nav.setCurrentIndex(index)
        self.ctx.preferences[LAST_AREA] = key
        self.area_opened.emit(key)
        return widget

    def open_filtered(self, key: str, what: object) -> QWidget:
        """Show the area ``key`` as ``what`` narrows it (the area's ``show_filter``)."""
        widget = self.open_area(key)
        show = getattr(widget, "show_filter", None)
        if show is not None:
            show(what)
        return widget

    def current_area(self) -> str:
        return self.nav.currentIndex().data(KEY_ROLE) or "home"

    def _on_nav_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if key and self.areas.get(key) is not self.stack.currentWidget():
            self.open_area(key)

    # -- menus and status ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_user_action = QAction(self.tr("S&witch user…"), self)
        self.switch_user_action.setShortcut(self.tr("Ctrl+Shift+U"))
        self.switch_user_action.triggered.connect(lambda: self.sign_out_requested.emit(True))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(lambda: self.sign_out_requested.emit(False))
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(self.tr("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, area in enumerate(AREAS):
            action = QAction(area.icon(self.style()), area.title, self)
            if i < 9:
                action.setShortcut(f"Ctrl+{i + 1}")
            action.triggered.connect(lambda _=False, key=area.key: self.open_area(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("ar", "العربية"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(lang == self.ctx.language)
            action.triggered.connect(lambda _=False, lang=lang: self.request_language(lang))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[lang] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Ghurfa"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _set_user_actions(self, enabled: bool) -> None:
        self.switch_user_action.setEnabled(enabled)
        self.sign_out_action.setEnabled(enabled)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.fallback_label = QLabel("")
        self.fallback_label.setObjectName("fallback")
        self.fallback_label.setStyleSheet("QLabel#fallback { color: #b00020; font-weight: 600; }")
        self.fallback_label.setVisible(False)
        bar.addWidget(self.fallback_label)
        self.link_label = QLabel(self.tr("The link to the room is lost: other workstations' "
                                         "changes will show once it is back."))
        self.link_label.setObjectName("link")
        self.link_label.setStyleSheet("QLabel#link { color: #b00020; }")
        self.link_label.setVisible(False)
        bar.addWidget(self.link_label)
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.user_label = QLabel("")
        self.language_label = QLabel("العربية" if self.ctx.language == "ar" else "English")
        for widget in (self.database_label, self.user_label, self.language_label):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(widget)

    def request_language(self, lang: str) -> None:
        if lang != self.ctx.language:
            self.language_requested.emit(lang)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Ghurfa"), self.tr(
            "Ghurfa — the operations room for election security: meetings and minutes, "
            "directives, centres, personnel, assignments, incidents and official documents."),
            QMessageBox.StandardButton.Ok, self)
        lines = [self.tr("Version {version}").format(version=program_version()),
                 f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python "
                 f"{platform.python_version()}"]
        if self.ctx.db is not None:
            lines.append(self.ctx.db.describe())
        box.setInformativeText("\n".join(LRM + line if i else line
                                         for i, line in enumerate(lines)))
        box.show()
        return box

    # -- life cycle ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self.ctx.preferences.get(GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            self.resize(1280, 800)

    def ready_to_close(self, then: Callable[[], object] | None = None) -> bool:
        """Whether every open area lets go (an editor with unsaved work may ask first).

        An editor whose user chose Save lets go only once the save is committed, in the
        background; ``then`` (what the user asked for: quit, switch user, another language)
        is done when it is, rather than waiting for the user to ask again."""
        ready = all(getattr(widget, "can_close", lambda: True)()
                    for widget in self.areas.values())
        self._after_saving = None if ready else then
        return ready

    def _on_area_saved_on_the_way_out(self) -> None:
        then, self._after_saving = self._after_saving, None
        if then is not None:
            then()

    def remember(self) -> None:
        self.ctx.preferences[GEOMETRY] = bytes(self.saveGeometry().toBase64()).decode()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.property("checked_close") and not self.ready_to_close(then=self.close):
            event.ignore()
            return
        self.remember()
        event.accept()
