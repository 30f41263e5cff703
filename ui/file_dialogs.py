"""Choosing a file or a folder: Qt's static ``QFileDialog`` functions, with paths left to right.

The static functions give no hold on the dialog they build, so where the system has no file
dialog of its own and Qt's is used, its path fields run right to left with the window
(``ui.direction.file_dialog_paths``). These build the dialog themselves, the same one the
static functions would (the system's where it has one), and set those fields first.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui.direction import file_dialog_paths


class PathDialog(QFileDialog):
    """A file dialog whose path fields run left to right, in whatever window direction."""

    def showEvent(self, event: QShowEvent) -> None:
        # Qt may build its widgets only when it finds the system offers no dialog: set here.
        file_dialog_paths(self)
        super().showEvent(event)


def _ask(dialog: PathDialog) -> str:
    """The path chosen, or ""; the dialog goes afterwards, as the static functions' does."""
    file_dialog_paths(dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, title: str, start: str = "",
                   filters: str = "") -> str:
    """An existing file's path, or "" when the user cancels."""
    dialog = PathDialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)


def save_file_name(parent: QWidget | None, title: str, start: str = "",
                   filters: str = "") -> str:
    """A path to write, the overwrite asked about by the dialog, or "" when cancelled."""
    dialog = PathDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _ask(dialog)


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    """An existing folder's path, or "" when the user cancels."""
    dialog = PathDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _ask(dialog)
