"""Which way a field's text runs when it does not follow the program's language.

The window runs right to left in Arabic, and every widget inherits it. Two kinds of text must
not: a file path or a database address is left to right in every language (mirrored, its
slashes land on the wrong side and its folders read backwards), and a field written in one
language (the Arabic or the English letterhead) runs that language's way whatever the
program's language is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyledItemDelegate,
    QWidget,
)

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft

# A path or an address inside a sentence: "/a/b", "C:\\a", "~/a", "postgresql+psycopg://u@h/db".
_PATH = re.compile(r"(?<![\w/])(?:[A-Za-z][\w+.-]*://[^\s()«»،]+|[A-Za-z]:\\[^\s()«»،]*"
                   r"|~?/[^\s()«»،]*[^\s()«»،.,:;])")
LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate and its end


def isolate_paths(text: str) -> str:
    """The paths and addresses of a message kept left to right inside a right-to-left line.

    Mirrored with the Arabic around them, "/tmp/a.json" read "tmp/a.json/": each is wrapped
    in an isolate, which Qt's layout honours, so it runs its own way and the sentence its own.
    Text without a path comes back as it was."""
    if not any(ch in text for ch in "/\\"):
        return text
    return _PATH.sub(lambda match: f"{LRI}{match.group(0)}{PDI}", text)


# The widgets of Qt's own (not the system's) file dialog that show a path, by object name.
FILE_DIALOG_PATH_WIDGETS = ("lookInCombo", "fileNameEdit")


class _LeftToRightText(QProxyStyle):
    """Draws item texts left to right: a combo box paints its current text with a painter that
    takes the application's direction, not the box's, so a box set left to right alone still
    put a path's leading slash at its end."""

    def drawItemText(self, painter: QPainter, rect: QRect, flags: int, palette: QPalette,
                     enabled: bool, text: str,
                     textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole) -> None:
        flags = int(flags) | Qt.TextFlag.TextForceLeftToRight.value
        super().drawItemText(painter, rect, flags, palette, enabled, text, textRole)


_left_to_right_text: _LeftToRightText | None = None


def _path_style() -> _LeftToRightText:
    global _left_to_right_text
    if _left_to_right_text is None:
        _left_to_right_text = _LeftToRightText()
        _left_to_right_text.setParent(QApplication.instance())  # lives as long as the program
    return _left_to_right_text


def show_as_path(*widgets: QWidget) -> None:
    """Paths and addresses read left to right in every language."""
    for widget in widgets:
        widget.setLayoutDirection(LTR)
        if isinstance(widget, QComboBox):
            if not widget.isEditable():
                widget.setStyle(_path_style())
            # The default popup delegate paints as a menu, with the application's direction;
            # the item view's own delegate follows the list's.
            widget.setItemDelegate(QStyledItemDelegate(widget))


def written_in(edit: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """A multi-line field of one language: its lines run and align that language's way.

    A ``QPlainTextEdit`` lays its lines out with its document's own option, left to right and
    left-aligned, whatever the widget's direction: both are set here, the alignment absolute
    so that it does not flip with the window."""
    edit.setLayoutDirection(direction)
    document = edit.document()
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(direction)
    side = Qt.AlignmentFlag.AlignRight if direction == RTL else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def file_dialog_paths(dialog: QFileDialog) -> None:
    """Qt's file dialog, mirrored with the window, shows its folder and file name mirrored:
    those two fields run left to right. The system's own dialog has no such widgets, and
    this does nothing to it."""
    for name in FILE_DIALOG_PATH_WIDGETS:
        widget = dialog.findChild(QWidget, name)
        if widget is None:
            continue
        show_as_path(widget)
        completer = widget.completer() if isinstance(widget, QLineEdit) else None
        if completer is not None:  # its list of paths is a window of its own
            show_as_path(completer.popup())
