"""One place where every failure reaches the user, in their language, without a crash.

A domain error is the user's to act on: its message alone. A cancellation is the user's own
choice: a quiet line in the status bar. Anything else is our fault: a short apology with the
details folded away, and the traceback in the log. Every box is titled in the user's language.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop import i18n
from desktop.services.errors import DomainError
from reports.errors import Cancelled
from ui.direction import isolate_paths

log = logging.getLogger("ghurfa")
STATUS_TIMEOUT_MS = 5000


def _main_window(parent: QWidget | None) -> QMainWindow | None:
    window = parent.window() if parent is not None else QApplication.activeWindow()
    if isinstance(window, QMainWindow):
        return window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setModal(True)
    box.show()
    return box


def _cancelled(error: BaseException) -> bool:
    # The demo loader's own Cancelled, looked up only if loaded: the demo is heavy to import.
    demo = sys.modules.get("desktop.demo.loader")
    return isinstance(error, Cancelled) or (demo is not None and isinstance(error, demo.Cancelled))


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox | None:
    """Tell the user what went wrong; returns the message box shown, if any (for tests)."""
    if _cancelled(error):
        window = _main_window(parent)
        if window is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Errors", "Cancelled."), STATUS_TIMEOUT_MS)
        return None
    if isinstance(error, DomainError):
        return _box(parent, QMessageBox.Icon.Warning,
                    QCoreApplication.translate("Errors", "Not done"),
                    isolate_paths(error.message(i18n.language())))
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    return _box(parent, QMessageBox.Icon.Critical,
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors", "The action could not be completed. Nothing you saved before was "
                    "lost; the details below are in the log file."), details)


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    error.__traceback__ = tb
    try:
        show_error(None, error)
    except Exception:  # the last resort must never raise itself
        log.exception("could not show an error")


def install_excepthook() -> None:
    """Uncaught exceptions in slots go to ``show_error`` instead of ending the program."""
    sys.excepthook = _excepthook
