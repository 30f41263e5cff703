"""Right to left where the language runs so, left to right where the text does (paths), in both
languages: the letterheads, the database and logo fields, Qt's file dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPlainTextEdit

from tests.ui import file_dialog_fixtures, shell_fixtures
from ui import file_dialogs
from ui.direction import file_dialog_paths, show_as_path
from ui.settings.area import DatabasePage
from ui.settings.offices import OfficeEditor

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db
qt_settings_aside = file_dialog_fixtures.qt_settings_aside
pytestmark = pytest.mark.usefixtures("qt_settings_aside")

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def english_ctx(ctx):
    """The same program in English: left to right, the Arabic letterhead still Arabic."""
    QGuiApplication.setLayoutDirection(LTR)
    ctx.language = "en"
    yield ctx
    QGuiApplication.setLayoutDirection(RTL)


def _first_line_side(edit: QPlainTextEdit) -> str:
    """Where the first line begins, seen on the screen: its cursor at the line's start."""
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    edit.setTextCursor(cursor)
    middle = edit.viewport().width() / 2
    return "right" if edit.cursorRect().center().x() > middle else "left"


def _letterheads(qtbot, ctx) -> OfficeEditor:
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.loading, timeout=10_000)  # the offices come later
    editor.resize(1100, 560)
    editor.show()
    editor.header_lines.setPlainText("جمهورية العراق\nوزارة الداخلية")
    editor.header_lines_en.setPlainText("Republic of Iraq\nMinistry of Interior")
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.parametrize("program", ["ar", "en"])
def test_the_arabic_letterhead_runs_right_to_left_the_english_left_to_right(
        qtbot, request, program):
    ctx = request.getfixturevalue("ctx" if program == "ar" else "english_ctx")
    editor = _letterheads(qtbot, ctx)
    arabic_box, english_box = editor.header_lines, editor.header_lines_en
    assert arabic_box.document().defaultTextOption().textDirection() == RTL
    assert english_box.document().defaultTextOption().textDirection() == LTR
    assert _first_line_side(arabic_box) == "right"
    assert _first_line_side(english_box) == "left"


def test_an_empty_arabic_letterhead_starts_typing_at_the_right(qtbot, ctx):
    editor = _letterheads(qtbot, ctx)
    editor.header_lines.clear()
    assert _first_line_side(editor.header_lines) == "right"


def test_paths_and_addresses_in_settings_run_left_to_right(qtbot, ctx):
    page = DatabasePage(ctx)
    qtbot.addWidget(page)
    assert page.layoutDirection() == RTL
    assert page.url.layoutDirection() == LTR and page.sqlite_path.layoutDirection() == LTR
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.loading, timeout=10_000)  # the offices come later
    assert editor.logo.layoutDirection() == LTR
    assert editor.name.layoutDirection() == RTL  # the rest of the form stays Arabic


def _rendered(combo: QComboBox):
    combo.resize(300, 32)
    return combo.grab().toImage()


def test_a_path_in_a_combo_box_reads_as_in_a_left_to_right_program(qtbot, arabic):
    """A box set left to right alone still painted "/tmp/rtl" as "tmp/rtl/"."""
    mirrored = QComboBox()
    qtbot.addWidget(mirrored)
    mirrored.addItem("/tmp/rtl")
    show_as_path(mirrored)
    in_rtl = _rendered(mirrored)
    QGuiApplication.setLayoutDirection(LTR)
    try:
        plain = QComboBox()
        qtbot.addWidget(plain)
        plain.addItem("/tmp/rtl")
        in_ltr = _rendered(plain)
    finally:
        QGuiApplication.setLayoutDirection(RTL)
    assert in_rtl == in_ltr


def _qt_dialog(qtbot, folder) -> QFileDialog:
    dialog = file_dialogs.PathDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_qt_file_dialog_shows_its_folder_and_file_name_left_to_right(qtbot, arabic, tmp_path):
    dialog = _qt_dialog(qtbot, tmp_path)
    dialog.show()
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    file_name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert dialog.layoutDirection() == RTL
    assert look_in.layoutDirection() == LTR and file_name.layoutDirection() == LTR
    assert file_name.completer().popup().layoutDirection() == LTR
    assert look_in.currentText() == str(tmp_path)


def test_a_dialog_without_qt_widgets_is_left_alone(qtbot, arabic):
    plain = QFileDialog()
    qtbot.addWidget(plain)
    for child in plain.findChildren(QLineEdit) + plain.findChildren(QComboBox):
        child.setObjectName("")  # as the system's own dialog: no widgets of Qt's to find
    file_dialog_paths(plain)  # nothing to set, nothing raised
    assert all(child.layoutDirection() == RTL for child in plain.findChildren(QLineEdit))


def _answer_when_shown(accept: bool, file_name: str = "") -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        if accept:
            dialog.selectFile(file_name)
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)


def test_choosing_a_file_gives_its_path_and_cancelling_gives_nothing(qtbot, arabic, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(file_dialogs.PathDialog, "exec", _exec_without_native)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    _answer_when_shown(True, str(logo))
    assert file_dialogs.open_file_name(None, "", str(tmp_path), "Images (*.png)") == str(logo)
    _answer_when_shown(False)
    assert file_dialogs.open_file_name(None, "", str(tmp_path)) == ""
    _answer_when_shown(True, str(tmp_path / "new.xlsx"))
    assert file_dialogs.save_file_name(None, "", str(tmp_path)) == str(tmp_path / "new.xlsx")
    _answer_when_shown(True, str(tmp_path))
    assert file_dialogs.existing_directory(None, "", str(tmp_path)) == str(tmp_path)


def test_a_cancelled_logo_choice_keeps_the_logo(qtbot, ctx, tmp_path,
                                               monkeypatch):
    monkeypatch.setattr(file_dialogs.PathDialog, "exec", _exec_without_native)
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.loading, timeout=10_000)  # the offices come later
    editor.logo.setText(str(tmp_path / "kept.png"))
    _answer_when_shown(False)
    editor.choose_logo()
    assert editor.logo.text() == str(tmp_path / "kept.png")


_qt_exec = file_dialogs.PathDialog.exec


def _exec_without_native(dialog: QFileDialog) -> int:
    """Qt's own dialog, whatever the test machine offers: a system dialog can't be answered."""
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return _qt_exec(dialog)
