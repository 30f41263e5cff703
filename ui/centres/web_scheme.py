"""The map's URL scheme, ``ghurfa-map:``, told to QtWebEngine before the application exists.

QtWebEngine takes a custom scheme only before the QApplication is made, and wants
``Qt.AA_ShareOpenGLContexts`` set by then too. The program calls ``prepare_application`` at
start; this module loads QtWebEngineCore alone (some 40 ms), not the map view and the page
builder behind it, so the window is not delayed by a map that may never be opened.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

SCHEME = b"ghurfa-map"


def register_scheme() -> None:
    """Tell QtWebEngine of ``ghurfa-map:`` (once, before any of its objects is made)."""
    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME)).name() == QByteArray(SCHEME):
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setDefaultPort(QWebEngineUrlScheme.SpecialPort.PortUnspecified.value)
    scheme.setFlags(QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored)
    QWebEngineUrlScheme.registerScheme(scheme)


def prepare_application() -> None:
    """Call before the QApplication is made, where the program may show the map."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox cannot run as root and QtWebEngine would refuse to start: a
        # program run by root (a kiosk, a container) still shows its map.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_scheme()
