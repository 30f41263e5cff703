"""The system libraries Qt needs on Linux, checked before Qt is loaded.

Qt's window-system plugin (xcb) is loaded when the application object is made; when one of
its libraries is missing, Qt prints a line in English naming the wrong library (it blames
``libxcb-cursor0`` whatever is absent) and aborts the process. Loading each library ourselves
first lets the program name the missing Debian packages, in the user's language, and end with
an ordinary exit code. The list is what ``objdump -p`` gives for Qt's xcb plugin, its XCB QPA
library, QtGui and QtWidgets of the PySide6 wheel, less what every Linux has (libc, libstdc++)
and what the wheel itself bundles (ICU): checked on a bare Debian 12.

This module imports no Qt: it runs before any of Qt is loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable

# (shared object, Debian package). ``GUI`` is loaded by QtGui under any platform; ``XCB`` by
# the X11 platform plugin only.
GUI: tuple[tuple[str, str], ...] = (
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
)
XCB: tuple[tuple[str, str], ...] = (
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb.so.1", "libxcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-glx.so.0", "libxcb-glx0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will load its X11 plugin: asked by name, or by default on an X display.

    Qt 6 prefers Wayland where a Wayland session runs and falls back to X11; the check then
    stays out of the way (a Wayland session has its own libraries)."""
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages(libraries: Iterable[tuple[str, str]],
                     loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian packages of the libraries that do not load, each named once, in order."""
    packages: list[str] = []
    for library, package in libraries:
        if not loads(library) and package not in packages:
            packages.append(package)
    return packages


def problem(environ: dict[str, str] | os._Environ[str] = os.environ,
            loads: Callable[[str], bool] = _loads) -> str | None:
    """The message to print when a needed library is missing, else None (and None off Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    needed = GUI + XCB if uses_xcb(environ) else GUI
    packages = missing_packages(needed, loads)
    if not packages:
        return None
    from desktop.i18n import translate

    return translate("cli", "The window cannot open: this computer lacks system libraries "
                              "that Qt needs ({packages}). On Debian or Ubuntu install them "
                              "(as root) with:\n  apt-get install {packages}").format(
        packages=" ".join(packages))
