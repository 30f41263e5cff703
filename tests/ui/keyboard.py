"""Keys sent as a user's keyboard sends them, to a window that really has the focus.

The offscreen platform makes a popup (a type-ahead list, a menu) the active window, and a
popup or window left over from an earlier test in a long run keeps the keyboard: a window
shortcut then answers nothing and a test fails on the delivery, not on the program. These
helpers put the focus where a click would, and say where it was when the key went astray.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def close_popups() -> None:
    """Hide every open popup, as a real window system does when another window is clicked."""
    for popup in QApplication.topLevelWidgets():
        if popup.isVisible() and popup.windowType() == Qt.WindowType.Popup:
            popup.hide()


def keys_to(qtbot, window: QWidget, widget: QWidget) -> None:
    """The keyboard's focus on ``widget`` in the active ``window``, as a click there gives it:
    popups closed, the window activated, and the focus seen to be where the keys will go."""
    close_popups()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                    and QApplication.activePopupWidget() is None)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def where_the_keys_went() -> str:
    """The active window, popup and focus, for a failed key's message."""
    def name(widget: QWidget | None) -> str:
        return "none" if widget is None else f"{type(widget).__name__}({widget.objectName()!r})"
    return (f"active window {name(QApplication.activeWindow())}, popup "
            f"{name(QApplication.activePopupWidget())}, modal "
            f"{name(QApplication.activeModalWidget())}, focus {name(QApplication.focusWidget())}")
