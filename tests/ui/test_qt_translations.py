"""Qt's own dialogs speak Arabic in the Arabic program: the file dialog, buttons, edit menus.

Qt's Arabic catalogue shipped with PySide6 predates some of Qt's texts ("&Look in:",
"Files of &type:", the file types); these tests catch a label left in English.
"""

from __future__ import annotations

import logging
import re

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QTranslator,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from tests.ui import file_dialog_fixtures, shell_fixtures
from ui import translations

arabic = shell_fixtures.arabic
qt_settings_aside = file_dialog_fixtures.qt_settings_aside
pytestmark = pytest.mark.usefixtures("qt_settings_aside")

LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _is_arabic(text: str) -> bool:
    text = text.split("\t")[0]  # an action's shortcut after the tab is Latin everywhere
    return bool(ARABIC.search(text)) and not LATIN.search(text)


def test_qt_ships_its_arabic_catalogue_in_this_install():
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load("qtbase_ar", folder), folder


@pytest.mark.parametrize("context, source", [
    ("QFileDialog", "&Look in:"),
    ("QFileDialog", "Files of &type:"),
    ("QFileDialog", "File &name:"),
    ("QAbstractFileIconProvider", "Folder"),
    ("QAbstractFileIconProvider", "Drive"),
    ("QPlatformTheme", "Cancel"),
])
def test_qt_texts_are_arabic(arabic, context, source):
    assert _is_arabic(QCoreApplication.translate(context, source)), (context, source)


def test_a_renamed_text_keeps_its_shortcut_letter(arabic):
    look_in = QCoreApplication.translate("QFileDialog", "&Look in:")
    assert look_in.startswith("&") and look_in.count("&") == 1


def test_the_file_dialog_labels_and_file_types_are_arabic(arabic, qtbot, tmp_path):
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 3 and all(_is_arabic(text) for text in labels), labels
    files = dialog.findChild(QFileSystemModel)
    root = files.index(str(tmp_path))
    qtbot.waitUntil(lambda: files.rowCount(root) == 1)
    assert _is_arabic(files.index(0, 2, root).data())  # the "Type" column of the folder


def test_standard_buttons_progress_and_edit_menu_are_arabic(arabic, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert _is_arabic(buttons.button(QDialogButtonBox.StandardButton.Cancel).text())
    assert _is_arabic(buttons.button(QDialogButtonBox.StandardButton.Ok).text())
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert all(_is_arabic(button.text()) for button in box.buttons())
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    progress.show()
    cancel = [button.text() for button in progress.findChildren(QPushButton)]
    assert cancel and all(_is_arabic(text) for text in cancel)
    edit = QLineEdit("نص")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts and all(_is_arabic(text) for text in texts), texts


def test_english_keeps_qt_source_texts(qapp):
    installed = translations.install(qapp, "en")
    assert installed == []
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"


def test_a_language_qt_does_not_ship_is_logged_and_left_in_english(qapp, caplog):
    with caplog.at_level(logging.WARNING, logger="ui.translations"):
        assert translations.qt_translator(qapp, "xx") is None
    assert "qtbase_xx" in caplog.text


def test_the_renamed_texts_are_qt_s_own_translations_under_their_new_names(qapp, tmp_path):
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(qapp)
    assert qt.load("qtbase_ar", folder)
    renamed = translations.renamed_qt_texts(qapp, qt, "ar", tmp_path)
    assert renamed is not None and not renamed.isEmpty()
    look_in = renamed.translate("QFileDialog", "&Look in:")
    assert look_in.startswith("&") and look_in[1:] == qt.translate("QFileDialog", "Look in:")
    assert renamed.translate("QFileDialog", "Nothing Qt says") == ""  # a compiled catalogue
    assert translations.renamed_qt_texts(qapp, QTranslator(), "ar", tmp_path) is None


def test_many_look_ups_of_unknown_texts_do_not_wear_the_binding_out(arabic):
    """A Python translator that answered None for an unknown text had the binding release
    None once per look-up, until the interpreter aborted (none_dealloc)."""
    for i in range(30_000):
        QCoreApplication.translate("Nowhere", f"unknown {i % 3}")
    assert QCoreApplication.translate("Nowhere", "unknown 1") == "unknown 1"


def test_a_text_nobody_translates_keeps_its_source_not_a_blank(arabic):
    """Qt takes "" from a Python translator for the translation itself: the text went blank."""
    assert QCoreApplication.translate("Nowhere", "A text no catalogue holds") == (
        "A text no catalogue holds")


def test_the_catalogue_fallback_translates_and_leaves_unknown_texts_alone(qapp):
    fallback = translations.CatalogueTranslator("ar")
    qapp.installTranslator(fallback)
    try:
        assert QCoreApplication.translate("Errors", "Not done") == "لم يُنفَّذ"
        assert QCoreApplication.translate("Nowhere", "Unknown") == "Unknown"
    finally:
        qapp.removeTranslator(fallback)
