"""No statement of the sign-in, the letterheads, the pickers, the archive export or the reports'
parameters runs on the interface thread: each reaches the database by an operation.

An engine listener records every statement the database runs, with its thread and the files of
ours that asked for it: those on the stack where its operation was made (the interface thread)
and where it ran (a worker). Each test drives one part of the interface as a user would and
asserts that it ran statements, all of them off the interface thread, and that the files it
stands for are among those that asked: so every file of the part is seen to reach the
database, and to reach it by an operation only.
"""

from __future__ import annotations

import inspect
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import event

from desktop.demo.accounts import password_of
from desktop.services import accounts
from desktop.services.actor import actor_for
from desktop.services.meetings import AttendeeInput
from desktop.storage.database import Database
from tests.ui import shell_fixtures
from ui import operations
from ui.app import Program
from ui.context import AppContext
from ui.meetings.archive_dialog import ArchiveDialog
from ui.meetings.attendees_panel import AttendeesPanel
from ui.meetings.pickers import NewOrganisationDialog, NewPersonDialog, PersonPicker
from ui.reports.area import ReportsArea
from ui.reports.params import PICKERS
from ui.settings.area import SettingsArea
from ui.settings.signin import FirstRunDialog, SignInDialog, choose_actor

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000
# The files of this change: each reaches the database by operations only.
OURS = ("ui/settings/signin.py", "ui/settings/offices.py", "ui/settings/area.py",
        "ui/meetings/pickers.py", "ui/meetings/lookup.py", "ui/meetings/attendees_panel.py",
        "ui/meetings/archive_dialog.py", "ui/reports/area.py", "ui/reports/params.py",
        "ui/app.py")


def _our_files(frame: FrameType | None) -> set[str]:
    """The interface's files on a stack (the operations' own machinery left out)."""
    found: set[str] = set()
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(ROOT / "ui") and path.name != "operations.py":
            found.add(path.relative_to(ROOT).as_posix())
        frame = frame.f_back
    return found


@dataclass(frozen=True)
class Statement:
    thread: int
    asked_by: frozenset[str]
    sql: str


class Statements:
    """Every statement the engine runs while recording, with its thread and who asked."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self.interface = threading.get_ident()  # the tests run on Qt's thread
        self.seen: list[Statement] = []
        self.recording = False
        self._started_by = threading.local()
        made = operations.Op.__init__
        started_by = self._started_by

        def op_init(op, parent, work, **kwargs) -> None:
            asking = frozenset(_our_files(sys._getframe(1)))

            def traced(progress):
                started_by.files = asking
                try:
                    return work(progress)
                finally:
                    started_by.files = frozenset()

            made(op, parent, traced, **kwargs)

        monkeypatch.setattr(operations.Op, "__init__", op_init)
        event.listen(db.engine, "before_cursor_execute", self._on_statement)

    def _on_statement(self, _connection, _cursor, sql, _parameters, _context, _many) -> None:
        if not self.recording:
            return
        asked_by = getattr(self._started_by, "files", frozenset()) | _our_files(
            sys._getframe(1))
        self.seen.append(Statement(threading.get_ident(), frozenset(asked_by), sql))

    def close(self) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._on_statement)

    @contextmanager
    def recorded(self) -> Iterator[None]:
        self.recording = True
        try:
            yield
        finally:
            self.recording = False

    def on_the_interface(self) -> list[str]:
        return [f"{sorted(s.asked_by)}: {s.sql[:80]}" for s in self.seen
                if s.thread == self.interface]

    def asked_by(self) -> set[str]:
        return set().union(*(s.asked_by for s in self.seen)) if self.seen else set()

    def check(self, *files: str) -> None:
        """Statements ran, none on the interface thread, and ``files`` asked for some."""
        assert self.seen, "the drive ran no statement: it tested nothing"
        assert self.on_the_interface() == [], "statements on the interface thread"
        missing = set(files) - self.asked_by()
        assert not missing, f"these files reached the database by no operation: {missing}"


def _statements(db: Database, monkeypatch) -> Iterator[Statements]:
    statements = Statements(db, monkeypatch)
    yield statements
    statements.close()


@pytest.fixture
def statements(demo_db, monkeypatch) -> Iterator[Statements]:
    yield from _statements(demo_db, monkeypatch)


@pytest.fixture
def empty_statements(sqlite_db, monkeypatch) -> Iterator[Statements]:
    yield from _statements(sqlite_db, monkeypatch)


# -- the sign-in ----------------------------------------------------------------------------------

def test_signing_in_runs_no_statement_on_the_interface_thread(statements, demo_db, arabic,
                                                              monkeypatch, qtbot):
    chosen: list = []
    monkeypatch.setenv("GHURFA_USER", "staff")
    with statements.recorded():
        choose_actor(demo_db, None, chosen.append)
        qtbot.waitUntil(lambda: bool(chosen), timeout=WAIT_MS)
        monkeypatch.delenv("GHURFA_USER")
        sign_in = choose_actor(demo_db, None, chosen.append)
        qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=WAIT_MS)
        dialog = sign_in.dialog
        assert isinstance(dialog, SignInDialog)
        dialog.username.setText("commander")
        dialog.password.setText("short")
        dialog.sign_in()
        qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)
        assert dialog.error.text() and len(chosen) == 1  # refused in the dialog
        dialog.password.setText(password_of("commander"))
        dialog.sign_in()
        qtbot.waitUntil(lambda: len(chosen) == 2, timeout=WAIT_MS)
    assert [actor.username for actor in chosen] == ["staff", "commander"]
    statements.check("ui/settings/signin.py")


def test_the_first_administrator_runs_no_statement_on_the_interface_thread(
        empty_statements, sqlite_db, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    chosen: list = []
    with empty_statements.recorded():
        sign_in = choose_actor(sqlite_db, None, chosen.append)
        qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=WAIT_MS)
        first = sign_in.dialog
        assert isinstance(first, FirstRunDialog)
        first.password.setText("ghurfa-2010")
        first.confirm.setText("ghurfa-2011")
        first.create_button.click()
        qtbot.waitUntil(lambda: first.pending is None, timeout=WAIT_MS)
        assert first.error.text() and chosen == []
        first.confirm.setText("ghurfa-2010")
        first.create_button.click()
        qtbot.waitUntil(lambda: bool(chosen), timeout=WAIT_MS)
    assert chosen[0].username == "admin"
    empty_statements.check("ui/settings/signin.py")


class _Cli:
    def __init__(self, db) -> None:
        self.db, self.said = db, []

    def error(self, message: str) -> None:
        self.said.append(message)


def test_the_program_signs_in_with_no_statement_on_the_interface_thread(
        statements, demo_db, qapp, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    program = Program(qapp, AppContext(None, None, "ar", {}), arabic)
    exits: list[int] = []
    monkeypatch.setattr(program.app, "exit", exits.append)
    program.show()
    # The sign-in is what is asked here; the areas the window then opens are theirs to test.
    monkeypatch.setattr(program.window, "attach", lambda: None)
    try:
        with statements.recorded():
            program.open_database(_Cli(demo_db))
            qtbot.waitUntil(lambda: program.signing_in is not None
                            and program.signing_in.dialog is not None, timeout=WAIT_MS)
            dialog = program.signing_in.dialog
            dialog.username.setText("admin")
            dialog.password.setText(password_of("admin"))
            dialog.sign_in()
            qtbot.waitUntil(lambda: program.ctx.actor is not None, timeout=WAIT_MS)
    finally:
        program.window.setProperty("checked_close", True)
        program.window.close()
        program.shutdown()
        program.translators = []
    assert program.ctx.actor.username == "admin" and exits == []
    statements.check("ui/app.py", "ui/settings/signin.py")


# -- the letterheads ------------------------------------------------------------------------------

def test_the_letterheads_load_edit_and_save_off_the_interface_thread(statements, ctx, qtbot):
    with statements.recorded():
        area = SettingsArea(ctx)
        qtbot.addWidget(area)
        editor = area.offices
        qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)
        editor.name.setText("  ")
        editor.save_button.click()
        qtbot.waitUntil(lambda: editor.pending is None, timeout=WAIT_MS)
        assert editor.error.text()  # refused: the name is needed
        editor.name.setText("غرفة العمليات الرئيسية")
        editor.city.setText("العمارة")
        with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
            editor.save_button.click()
    assert editor.current.data.city == "العمارة"
    statements.check("ui/settings/area.py", "ui/settings/offices.py")


# -- the pickers ----------------------------------------------------------------------------------

def _typed(qtbot, picker: PersonPicker, text: str) -> None:
    """Arabic typed key by key (QTest's key clicks know only ASCII keys), then Enter."""
    picker.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(picker, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.searching, timeout=WAIT_MS)


def _panel(ctx: AppContext, qtbot) -> AttendeesPanel:
    panel = AttendeesPanel(ctx, QUndoStack(), lambda _id: "", lambda: [],
                           lambda person_id: AttendeeInput(person_id))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_type_ahead_the_forms_and_the_protocol_order_query_off_the_interface_thread(
        statements, ctx, qtbot):
    with statements.recorded():
        panel = _panel(ctx, qtbot)
        _typed(qtbot, panel.picker, "حربيه")
        assert len(panel.model.rows) == 1 and "حربيه" in panel.model.rows[0].name

        dialog = panel.new_person()
        assert isinstance(dialog, NewPersonDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.rank.isEnabled() and dialog.organisation.isEnabled(),
                        timeout=WAIT_MS)
        dialog.name.setText("")  # refused: a person needs a name
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)
        assert dialog.error.text() and dialog.isVisible()
        dialog.name.setText("سامي عبد الرضا")
        dialog.rank.set_value(dialog.rank.choices.value_at(1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: len(panel.model.rows) == 2, timeout=WAIT_MS)
        assert panel.model.rows[1].name.endswith("سامي عبد الرضا")

        organisation = panel.new_organisation()
        assert isinstance(organisation, NewOrganisationDialog)
        qtbot.waitUntil(organisation.parent_org.isEnabled, timeout=WAIT_MS)
        organisation.name.setText("لجنة المراقبين المحليين")
        with qtbot.waitSignal(panel.organisations_changed, timeout=WAIT_MS):
            organisation.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        panel.protocol_button.click()
        qtbot.waitUntil(lambda: panel.ordering is None, timeout=WAIT_MS)
    statements.check("ui/meetings/attendees_panel.py", "ui/meetings/pickers.py",
                     "ui/meetings/lookup.py")


# -- the archive export ---------------------------------------------------------------------------

def test_the_archive_export_reads_its_elections_off_the_interface_thread(statements, ctx, qtbot):
    with statements.recorded():
        dialog = ArchiveDialog(ctx)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.elections_read, timeout=WAIT_MS):
            pass
    assert dialog.election.value() is not None and dialog.export_button.isEnabled()
    statements.check("ui/meetings/archive_dialog.py", "ui/meetings/lookup.py")


# -- the reports' parameters ----------------------------------------------------------------------

def test_the_reports_parameters_are_read_off_the_interface_thread(statements, ctx, qtbot):
    with statements.recorded():
        area = ReportsArea(ctx)
        qtbot.addWidget(area)
        chosen = [key for key, kind in area.kinds.items()
                  if any(param.kind in PICKERS for param in kind.params)]
        assert chosen
        for key in chosen:
            area.select(key)
            qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    statements.check("ui/reports/area.py", "ui/reports/params.py")


# -- every file of the change ---------------------------------------------------------------------

DRIVEN = {  # which test above stands for which file
    "ui/settings/signin.py": test_signing_in_runs_no_statement_on_the_interface_thread,
    "ui/app.py": test_the_program_signs_in_with_no_statement_on_the_interface_thread,
    "ui/settings/offices.py": test_the_letterheads_load_edit_and_save_off_the_interface_thread,
    "ui/settings/area.py": test_the_letterheads_load_edit_and_save_off_the_interface_thread,
    "ui/meetings/pickers.py":
        test_the_type_ahead_the_forms_and_the_protocol_order_query_off_the_interface_thread,
    "ui/meetings/attendees_panel.py":
        test_the_type_ahead_the_forms_and_the_protocol_order_query_off_the_interface_thread,
    "ui/meetings/lookup.py": test_the_archive_export_reads_its_elections_off_the_interface_thread,
    "ui/meetings/archive_dialog.py":
        test_the_archive_export_reads_its_elections_off_the_interface_thread,
    "ui/reports/area.py": test_the_reports_parameters_are_read_off_the_interface_thread,
    "ui/reports/params.py": test_the_reports_parameters_are_read_off_the_interface_thread,
}
SESSION_CALL = re.compile(r"\.(session|reader)\(\)")


def test_every_file_of_the_change_is_driven_and_opens_no_session_of_its_own():
    """Each file has a test above that sees it reach the database (its ``check`` names the
    file), and none opens a session itself (but the program's demo loading, whose session is
    its operation's own)."""
    assert set(DRIVEN) == set(OURS)
    for file, test in DRIVEN.items():
        assert f'"{file}"' in inspect.getsource(test), f"{test.__name__} does not check {file}"
    for file in OURS:
        text = (ROOT / file).read_text(encoding="utf-8")
        if file == "ui/app.py":
            text = text[text.index("    def _sign_in("):text.index("    def _load_demo_if_empty(")]
        assert not SESSION_CALL.search(text), f"{file} opens a session on the calling thread"


def test_the_listener_sees_a_query_on_the_interface_thread(statements, demo_db):
    """The check itself: a query run here, on the interface thread, is caught."""
    with statements.recorded(), demo_db.reader() as session:
        accounts.has_users(session)
    with pytest.raises(AssertionError, match="interface thread"):
        statements.check()
    seen = len(statements.seen)
    assert seen and all(s.thread == statements.interface for s in statements.seen)
    with demo_db.reader() as session:  # not recording: not seen
        actor_for(session, "admin")
    assert len(statements.seen) == seen
