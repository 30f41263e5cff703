"""The program: ``ghurfa`` with no sub-command (entry point ``ghurfa.program``).

The order matters: the language is chosen, translators installed and the layout direction set
before the first widget exists; then the main window is shown, saying it opens the database,
while a worker thread imports the database layer, opens the database and brings its schema up
to date; then the demo data is loaded if asked, the acting user signs in, and the window opens
its last area. A language switch rebuilds the window in the new language, live; so does a
restore from the settings, on the restored data (``Program.reconnect_after_restore``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import i18n, settings
from desktop.services.errors import DomainError
from ui import translations
from ui.context import AppContext
from ui.errors import install_excepthook, show_error
from ui.main_window import MainWindow
from ui.operations import Op, Operation, Progress, run_in_background
from ui.settings import store

log = logging.getLogger("ghurfa")
EXIT_ENV = "GHURFA_EXIT_WHEN_SHOWN"
SHUTDOWN_WAIT_S = 30
SCREEN_FONTS = ("Noto Sans Arabic", "Noto Sans", "DejaVu Sans")  # Amiri is for print


def setup_logging() -> None:
    if logging.getLogger().handlers:
        return
    handler = logging.FileHandler(settings.data_dir() / "ghurfa.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang) else Qt.LayoutDirection.LeftToRight


def screen_font(lang: str) -> QFont:
    """A clear sans for the screen; Qt falls back along the list for scripts a font lacks."""
    available = set(QFontDatabase.families())
    families = [f for f in SCREEN_FONTS if f in available]
    if lang != "ar":
        families.sort(key=lambda f: "Arabic" in f)
    font = QFont(QGuiApplication.font())
    if families:
        font.setFamilies(families)
    font.setPointSizeF(10.5)
    return font


def apply_language(app: QApplication, lang: str, installed: list | None = None) -> list:
    """Set the language everywhere (core, Qt translators, direction, font); widgets come after."""
    i18n.set_language(lang)
    if installed:
        translations.remove(app, installed)
    QGuiApplication.setLayoutDirection(direction(lang))
    app.setFont(screen_font(lang))
    return translations.install(app, lang)


class Program(QObject):
    """The one main window and the state that outlives it across a language switch."""

    def __init__(self, app: QApplication, ctx: AppContext, translators: list) -> None:
        super().__init__()
        self.app = app
        self.ctx = ctx
        self.translators = translators
        self.window: MainWindow | None = None
        self._opening: Operation | None = None
        self._offered_drafts = False
        self._told_late: set[int] = set()  # the users told what became late, this run
        self._fallback_note = ""
        self.problem_dialog: Any = None
        self.sign_in_dialog: Any = None
        self.signing_in: Any = None  # the first sign-in under way (ui.settings.signin.SignIn)
        self.guard: Any = None  # the idle lock and the demo's banner (ui.lock.SessionGuard)
        self.backups: Any = None  # the automatic backups (ui.backups.BackupKeeper)

    def show(self, area: str | None = None) -> MainWindow:
        window = MainWindow(self.ctx)
        window.language_requested.connect(self.switch_language)
        window.first_shown.connect(self._on_first_shown)
        window.ready.connect(self._on_ready)
        window.sign_out_requested.connect(lambda switch: self.sign_out(switch=switch))
        window.database_restored.connect(self.reconnect_after_restore)
        if area and self.ctx.actor is not None:
            window.open_area(area)
        self.window = window
        if self.guard is None:
            from ui.lock import SessionGuard

            self.guard = SessionGuard(self.ctx, self)
        self.guard.adopt(window)
        window.show()
        return window

    def _on_first_shown(self) -> None:
        if os.environ.get(EXIT_ENV) == "1":
            # The startup benchmark reads these moments (wall clock) from the process's output.
            sys.stderr.write(f"ghurfa: shown at {time.time():.6f}\n")

    def _on_ready(self) -> None:
        from ui import memory

        # The start's objects live as long as the program: out of the collector's way, once
        # the window has painted what it is ready with.
        QTimer.singleShot(0, memory.settle)
        if os.environ.get(EXIT_ENV) == "1":
            sys.stderr.write(f"ghurfa: ready at {time.time():.6f}\n")
            QTimer.singleShot(0, self.app.quit)
            return
        if not self._offered_drafts:
            self._offered_drafts = True
            QTimer.singleShot(0, self._offer_drafts)
        QTimer.singleShot(0, self._tell_what_became_late)

    def open_database(self, cli: Any, *, demo: bool = False) -> None:
        """Open the database behind the shown window; then sign in and attach the window.

        ``cli`` is the command line's context: its ``db`` opens (and migrates) on first use.
        The worker also imports what signing in and the home view need, so the interface
        thread does not stop for SQLAlchemy's import either."""

        def work(_progress: Any) -> Any:
            db = cli.db
            import desktop.services.accounts
            import desktop.services.overview  # noqa: F401

            return db

        def opened(db: Any) -> None:
            self._opening = None
            if self.window is None or not self.window.isVisible():
                return  # the window was closed while the database opened: nobody to sign in
            self.window.database_opened(db)
            if demo:
                self._load_demo_if_empty(db, lambda: self._sign_in(cli, db))
            else:
                self._sign_in(cli, db)

        def failed(error: BaseException) -> None:
            self._opening = None
            log.error("the database could not be opened", exc_info=error)
            if self.window is None or not self.window.isVisible():
                self.app.exit(1)
                return
            message = error.message() if isinstance(error, DomainError) else (
                QApplication.translate(
                    "Program", "The database could not be opened. Check the address in the "
                               "settings or the --db option."))
            self._offer_another_database(cli, message, demo)

        self._opening = run_in_background(self.window, "", work, opened, failed,
                                          show_dialog=False)

    def _sign_in(self, cli: Any, db: Any) -> None:
        """Ask who is acting over the shown window (``choose_actor`` answers later, the
        interface never waiting for the database); then attach the window to them."""
        if self.window is None or not self.window.isVisible():
            return
        from ui.settings.signin import choose_actor

        def chosen(actor: Any) -> None:
            self.signing_in = None
            if actor is None:  # the person cancelled: nobody to work for
                self.app.exit(0)
                return
            if self.window is None:
                return
            self._signed_in(db, actor)

        def refused(error: BaseException) -> None:
            self.signing_in = None
            if isinstance(error, DomainError):  # GHURFA_USER names nobody: said on that terminal
                cli.error(error.message())
            else:
                log.error("the sign-in could not read the database", exc_info=error)
                cli.error(QApplication.translate(
                    "Program", "The sign-in could not read the database; the details are in "
                               "the log file."))
            self.app.exit(1)

        self.signing_in = choose_actor(db, self.window, chosen, refused)

    def _signed_in(self, db: Any, actor: Any) -> None:
        self.ctx.db, self.ctx.actor = db, actor
        if self.ctx.changes is None:  # the room's notices, for every view from now on
            from ui.changes import RoomChanges

            self.ctx.changes = RoomChanges(db, listen=os.environ.get(EXIT_ENV) != "1")
        if self.backups is None and os.environ.get(EXIT_ENV) != "1":  # at start, then each 30 min
            from ui.backups import BackupKeeper

            self.backups = BackupKeeper(db, self)
            self.backups.taken.connect(self._on_automatic_backup)
            self.backups.failed.connect(self._on_automatic_backup)
            self.backups.start()
        self.window.attach()
        if self._fallback_note:
            self.window.show_fallback(self._fallback_note)

    def _on_automatic_backup(self, *_done: Any) -> None:
        """An automatic backup taken or failed: the views that say so read it again."""
        areas = getattr(self.window, "areas", {})
        home = areas.get("home")
        if home is not None:
            home.refresh()
        page = getattr(areas.get("settings"), "backups", None)
        if page is not None and not page._busy():
            page.refresh()

    def _load_demo_if_empty(self, db: Any, then: Callable[[], None]) -> None:
        """``ghurfa --demo``: the demo data first, with progress, when the database has no
        users; ``then`` goes on (to the sign-in) whether it loaded, was there or failed."""

        def work(progress: Progress) -> None:
            from desktop.demo import load_demo
            from desktop.services.accounts import has_users

            with db.reader() as session:
                if has_users(session):
                    return
            load_demo(db, progress=progress.report, cancelled=progress.is_cancelled)

        def failed(error: BaseException) -> None:
            show_error(self.window, error)
            then()

        title = QApplication.translate("Program", "Loading the demo data")
        Op(self.window, work).success(lambda _none: then()).failure(failed) \
            .with_progress(title).run()

    def _offer_another_database(self, cli: Any, message: str, demo: bool) -> None:
        """The database did not open: the user corrects the saved address, takes the local
        file this once, or quits; never locked out of the settings that would mend it."""
        from ui.database_problem import LOCAL, RETRY, DatabaseProblemDialog

        source = settings.database_source(getattr(cli, "db_url", None))
        dialog = DatabaseProblemDialog(message, source, self.window)
        self.problem_dialog = dialog

        def chosen(choice: str) -> None:
            self.problem_dialog = None
            if choice == RETRY:
                self.open_database(cli, demo=demo)
            elif choice == LOCAL:
                cli.db_url = settings.default_sqlite_url()
                self._fallback_note = QApplication.translate(
                    "Program", "Working on the local file this time: the database chosen "
                               "could not be opened.")
                self.open_database(cli, demo=demo)
            else:
                self.app.exit(1)

        dialog.chosen.connect(chosen)
        dialog.open()

    def _tell_what_became_late(self) -> None:
        """Once a run for each user who signs in: the directives that became late since
        their last visit (``ui.directives.notice``)."""
        actor = self.ctx.actor
        if actor is None or actor.user_id is None or actor.user_id in self._told_late:
            return
        self._told_late.add(actor.user_id)
        try:
            from ui.directives.notice import tell_what_became_late
        except ImportError:
            return
        tell_what_became_late(self.window, self.ctx)

    def _offer_drafts(self) -> None:
        try:
            from ui.meetings.recovery import offer_pending_drafts
        except ImportError:
            return
        try:
            offer_pending_drafts(self.window, self.ctx)
        except Exception as error:
            show_error(self.window, error)

    def switch_language(self, lang: str) -> bool:
        """Rebuild the window in ``lang``; False when an open editor would not let go."""
        old = self.window
        if old is not None and not old.ready_to_close(then=lambda: self.switch_language(lang)):
            return False
        store.save_language(lang)
        self.ctx.language = lang
        self.translators = apply_language(self.app, lang, self.translators)
        self._replace_window(old)
        return True

    def sign_out(self, *, switch: bool = False) -> bool:
        """End the user's session without ending the program.

        ``switch`` hands the workstation to another user: the sign-in is asked over the
        current window, and cancelling it leaves everything as it was. A plain sign-out closes
        the areas at once, so nothing of the previous user's work stays on screen, and asks
        for a sign-in; cancelling that quits. Either way an editor with unsaved work asks
        first, and the new user gets a window of their own (no area keeps the old user's
        state). False when nothing changed."""
        old = self.window
        db = self.ctx.db
        if old is None or db is None or not old.ready_to_close(
                then=lambda: self.sign_out(switch=switch)):
            return False
        from ui.settings.signin import SignInDialog

        if not switch:
            self.ctx.actor = None
            old = self._replace_window(old)
        dialog = SignInDialog(db, old)
        self.sign_in_dialog = dialog

        def finished(result: int) -> None:
            self.sign_in_dialog = None
            if result != SignInDialog.DialogCode.Accepted or dialog.actor is None:
                if not switch:
                    self.app.exit(0)
                return
            self.ctx.actor = dialog.actor
            self._replace_window(self.window)

        dialog.finished.connect(finished)
        dialog.open()
        return True

    def reconnect_after_restore(self, done: Any) -> None:
        """A backup replaced the database (the backups page asked every open editor first):
        the program goes on, on the same database object (``restore`` closed its
        connections; they open again on the restored file or server), without a restart.

        The room's notices start listening again on it and the automatic backups compare
        from it; then the window is made anew, as for another language, so no area keeps
        what it read from the replaced data. The signed-in user stays signed in only when
        the restored data holds the same account (its id and name), active: with the role it
        gives it there, so what the window offers follows the restored data. An account the
        backup predates, or one deactivated there, is nobody on the restored data: the
        window is signed out and asks for a sign-in, against the restored accounts and
        passwords (cancelled, the program quits, as after a sign-out)."""
        from desktop.services.backups import account_after_restore

        db, actor, old = self.ctx.db, self.ctx.actor, self.window
        if db is None or actor is None or old is None:
            return
        if self.ctx.changes is not None:
            self.ctx.changes.reconnect()
        if self.backups is not None:
            self.backups.mark = None  # the restored change log is another's: compare afresh

        def found(there: Any) -> None:
            if self.window is not old:
                return  # the window changed meanwhile (closed, another language)
            if there is None:
                self._restored_without_the_account(actor)
                return
            self.ctx.actor = there
            window = self._replace_window(old)
            area = window.areas.get("settings")
            page = getattr(area, "backups", None)
            if page is not None:  # back where the restore was asked, on the restored data
                area.tabs.setCurrentWidget(page)
            self._tell_restored(window, done)

        def failed(error: BaseException) -> None:  # the restored data cannot be read
            log.error("the restored database could not be read", exc_info=error)
            if self.window is old:
                self._restored_without_the_account(actor)

        Op(old, lambda _p: account_after_restore(db, actor)).success(found) \
            .failure(failed).run()

    def _restored_without_the_account(self, actor: Any) -> None:
        old = self.window
        if old is None or not self.sign_out(switch=False):
            return
        opening = getattr(self.window, "opening", None)
        if opening is not None:
            opening.setWordWrap(True)
            opening.setText(QApplication.translate(
                "Program", "The backup was restored. Its data has no active account for "
                           "{user}: sign in with an account of the restored data.")
                .format(user=actor.username))

    def _tell_restored(self, window: MainWindow, done: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.direction import isolate_paths

        kept = getattr(done, "kept_aside", None)
        text = QApplication.translate(
            "Program", "The backup was restored: the window shows the restored data.")
        if kept:
            text += "\n\n" + isolate_paths(QApplication.translate(
                "Program", "The database it replaced is kept at {file}.").format(file=kept))
        box = QMessageBox(QMessageBox.Icon.Information,
                          QApplication.translate("Program", "Backup restored"), text,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("restoredBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _replace_window(self, old: MainWindow | None) -> MainWindow:
        """A new window for the context as it now stands, on the area the old one showed."""
        area = old.current_area() if old is not None else None
        if old is not None:
            old.remember()
        window = self.show(area if self.ctx.actor is not None else None)
        if old is not None:
            old.setProperty("checked_close", True)
            old.close()
            old.deleteLater()
        self.save()
        return window

    def save(self) -> None:
        if self.window is not None:
            self.window.remember()
        store.save_preferences(self.ctx.preferences)

    def shutdown(self) -> None:
        """Let background work finish before Qt tears its threads down."""
        self.save()
        from ui.operations import drain

        if self.guard is not None:
            self.guard.stop()
        if self.backups is not None:
            self.backups.stop()
        if self.ctx.changes is not None:
            self.ctx.changes.close()
        for operation in list(Operation._running):
            operation.cancel()
        deadline = time.monotonic() + SHUTDOWN_WAIT_S
        while Operation._running and time.monotonic() < deadline:
            # Results come back through queued signals: deliver them so each thread is joined.
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)
        drain(max(0, int((deadline - time.monotonic()) * 1000)))


def _prepare_for_the_map() -> None:
    """QtWebEngine's scheme and GL sharing, which must be set before the application exists.
    A machine without QtWebEngine's libraries still runs the program; its map says why not."""
    try:
        from ui.centres.web_scheme import prepare_application
    except ImportError:
        logging.getLogger("ghurfa.map").warning("QtWebEngine is not available", exc_info=True)
        return
    prepare_application()


def run(args: argparse.Namespace, ctx: Any) -> int:
    """Start the program; ``ctx`` is the command line's ``CliContext`` (database URL, voice)."""
    setup_logging()
    lang = getattr(args, "lang", None) or store.saved_language() or i18n.DEFAULT_LANGUAGE
    i18n.set_language(lang)
    _prepare_for_the_map()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ghurfa")
    app.setOrganizationName("Ghurfa")
    translators = apply_language(app, lang)
    install_excepthook()
    program = Program(app, AppContext(None, None, lang, store.load_preferences()), translators)
    program.show()
    program.open_database(ctx, demo=getattr(args, "demo", False))
    try:
        return int(app.exec())
    finally:
        program.shutdown()
